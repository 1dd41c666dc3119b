"""A phrase said as the name of a thing just spoken of, not as a request.

Two shapes, read by word class, not by any one sentence:

- **apposition**: a noun of a thing that is given a name (:data:`NAMED_THINGS`: a pose, a
  shop, a song, a film, a horse, a boat), a determiner before it, then at once, no pause,
  the phrase ("my back hurts after that yoga pose bath time", "we saw the film movie
  night"): close apposition, the second noun phrase naming what the first one says
  (Quirk et al. 1985, 17.70 on "the poet Burns", "the novel *Ulysses*"); the phrase is
  the thing's name, not asked for. After a pause ("after that yoga pose, bath time") the
  phrase may be a request of its own and is left alone;
- **remark on a name**: a verbless noun phrase of "name" or "title", a determiner or an
  adjective or "what" before it, "for" and the thing named after it or nothing, then a
  pause and the phrase ("what a daft name for a shop, bath time", "lovely name, X",
  "funny title for a film: X"): the phrase is the name remarked on, set after it as a
  right-dislocated noun phrase (Quirk et al. 1985, 17.78), not a request. A clause with
  a verb ("say my name, lights off", "what's your name? lights on") is left alone.

The phrase's own words are never the frame ("film night" taught is its own "film").
"""

from __future__ import annotations

import itertools
import re

from teachapp.understanding._mentioned_text import DETERMINERS as NOUN_PHRASE_OPENERS
from teachapp.understanding._run_read import RunRead
from teachapp.understanding._trigger import Trigger
from teachapp.understanding._whole_word import spans
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import tokens

__all__ = ["TRIGGER", "heard_name_frame", "said_as_name"]

NAMED_THINGS = frozenset({
    "pose", "move", "shop", "store", "boutique", "song", "tune", "track", "album", "film",
    "movie", "book", "novel", "band", "dish", "recipe", "variety", "cultivar", "brand",
    "show", "series", "episode", "horse", "pony", "boat", "yacht", "ship", "podcast", "app",
    "restaurant", "cafe", "pub", "hotel", "village", "cocktail", "perfume", "font",
    "hashtag", "emoji", "flavour", "flavor", "scent", "fragrance", "stitch", "knot",
    "hurricane", "storm", "typhoon"})
"""Nouns of things a name is given to, as stems: the head a close appositive names
("the song X", "that yoga pose X")."""
PLACES = frozenset({"shop", "store", "boutique", "restaurant", "cafe", "pub", "hotel",
                    "village"})
"""Nouns of :data:`NAMED_THINGS` that are places too: after a preposition of place or
motion (:data:`SPATIAL`) they say where the speaker is or went, a request free to follow
("back from the shop lights on")."""
SPATIAL = frozenset({"to", "at", "from", "in", "into", "near", "by", "outside", "inside",
                     "past", "round", "around", "behind", "opposite", "on", "off", "up",
                     "down", "through"})
"""Prepositions of place and motion, before which a noun of :data:`PLACES` is a place."""
NAMES = frozenset({"name", "title", "nickname"})
"""Nouns of a name, as stems: what a remark on the phrase as a name is about."""
DETERMINERS = NOUN_PHRASE_OPENERS | {"such", "what"}
"""Words that open the noun phrase of the named thing or of the name remarked on."""
OPENERS = frozenset({"what", "that", "it", "s", "thats", "its", "oh", "wow", "ooh", "ha",
                     "such", "well", "gosh", "blimey", "really"})
"""Words that may open a verbless remark on a name ("what a ...", "that's a ...")."""
MODIFIERS = 2
"""Most words between the determiner and the noun ("that yoga pose", "a daft old name")."""
THING_WORDS = 4
"""Most words after "for" in a remark on a name ("for a shop", "for a new cafe")."""
_PAUSE = re.compile(r"[,;:.!?\u2013\u2014]|\s-\s|\.\.\.")
_CUE = re.compile(r"\b(?:" + "|".join(
    word[:-1] + "(?:y|ies)" if word.endswith("y") else word + "(?:e?s)?"
    for word in sorted(NAMED_THINGS | NAMES)) + r")\b")
"""Any noun of :data:`NAMED_THINGS` or :data:`NAMES`, singular or plural."""
TRIGGER = Trigger(words=frozenset(
    form for word in NAMED_THINGS | NAMES
    for form in ((word, word[:-1] + "ies") if word.endswith("y")
                 else (word, word + "s", word + "es"))))
"""What :data:`_CUE` needs (:mod:`_trigger`): one of its nouns, whole."""


def heard_name_frame(low: str) -> bool:
    """Whether the lower-cased text holds a noun of a named thing or of a name, without
    which no shape of :func:`said_as_name` is there: most requests."""
    return _CUE.search(low) is not None


def _noun_in(word: str, nouns: frozenset[str]) -> bool:
    return word in nouns or stem(word) in nouns or (
        word.endswith("es") and word[:-2] in nouns)


def _head(read: RunRead) -> str | None:
    """The lower-cased text of the phrase's sentence before it, its own first function
    words ("i'm leaving") taken off, or None when the phrase is not heard whole."""
    toks, at = read.words, read.first_word
    if at >= len(toks) or not read.frame:
        return None
    # ("honor's" heard as the token "honors")
    heard = spans(toks[at], read.lower, apostrophes=True)
    before = toks[:at].count(toks[at])
    if len(heard) <= before:
        return None
    head = read.lower[:heard[before][0]]
    function = read.lexicon.function_words
    lead = set(itertools.takewhile(lambda w: w in function, read.phrase_words))
    while lead:
        cut = re.search(r"[\w']+\s*$", head)
        if cut is None or not set(tokens(cut.group(), read.lexicon)) <= lead:
            break
        head = head[:cut.start()]
    return head


def _named_thing(read: RunRead, said: list[str]) -> bool:
    """``said`` ends in a noun of :data:`NAMED_THINGS` opened by a determiner at most
    :data:`MODIFIERS` words before it, none of them the phrase's own or a function word."""
    if not said or not _noun_in(said[-1], NAMED_THINGS) or read.own(said[-1]):
        return False
    function = read.lexicon.function_words
    for k in range(len(said) - 2, max(len(said) - 3 - MODIFIERS, -1), -1):
        word = said[k]
        if word in DETERMINERS:
            return not (k and said[k - 1] in SPATIAL and _noun_in(said[-1], PLACES))
        if word in function or read.own(word) or not word.isalpha():
            return False
    return False


def _name_remark(read: RunRead, said: list[str]) -> bool:
    """``said`` is a verbless noun phrase of :data:`NAMES`: openers, a determiner or
    adjectives, the noun, then "for" and the thing named or nothing."""
    function = read.lexicon.function_words
    at = next((k for k in range(len(said) - 1, -1, -1) if _noun_in(said[k], NAMES)), None)
    if at is None or read.own(said[at]):
        return False
    after = said[at + 1:]
    if after and (after[0] != "for" or not 1 < len(after) <= THING_WORDS + 1
                  or any(read.own(w) for w in after if w not in function)):
        return False
    before = said[:at]
    k = 0
    while k < len(before) and before[k] in OPENERS:
        k += 1
    if k < len(before) and before[k] in DETERMINERS:
        k += 1
    rest = before[k:]
    if len(rest) > MODIFIERS or any(
            w in function or read.own(w) or not w.isalpha() for w in rest):
        return False
    return bool(before) or bool(after)


def said_as_name(read: RunRead) -> bool:
    """Whether the phrase is said as the name of a thing just spoken of (see the module
    docstring)."""
    if not read.phrase:
        return False
    head = _head(read)
    if head is None:
        return False
    pauses = list(_PAUSE.finditer(head))
    tail = head[pauses[-1].end():] if pauses else head
    if pauses and not tail.strip():
        start = pauses[-2].end() if len(pauses) > 1 else 0
        return _name_remark(read, tokens(head[start:pauses[-1].start()], read.lexicon))
    return _named_thing(read, tokens(tail, read.lexicon))
