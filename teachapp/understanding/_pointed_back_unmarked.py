"""A clause that points back at the request said right after the phrase with no pause
written between them: "security on it's on already", "cool the house should it be",
"tv time again really", as a recogniser writes them (it marks no pause) and as people
type them.

:mod:`_pointed_back` reads the piece said after the phrase at its pause: a state that
holds already ("..., it's on already"), doubt ("..., are you sure?", "..., or what do
you reckon?"), fault found with it. Without the pause the same words are one run of
text, the phrase runs and what follows is passed over as extra words. The clause can
only begin where the phrase ends, so each place where the phrase's last word is heard
(or a word like it, misheard or run together with the one before: "gameng mode",
"readingmode") is read as that pause; :func:`_pointed_back.pointed_back` then judges the
clause after it as it would with the pause marked. Its shapes are closed (a pro-form or
the phrase's own noun as subject, then "be" or "have" and the state; a modal or "or"
opening a question), so words that only go on with the request ("lights on in the
kitchen", "heating on it's freezing") are none of them.

Two shapes that need the question mark there are read here from the words alone:

- the phrase echoed with "again" and then a formula of incredulity, "tv time again
  really", "lights off again you're joking" (:mod:`_echoed`: an echo question of
  repetition "with a rise of incredulity", Quirk et al. 1985, 11.34-11.35; the formula
  is the lexicon's ``pointed_back.incredulity``), whatever the speaker goes on to say
  after the formula ("tv time again really the varnish is tacky"); or a formula of
  exasperation, ``pointed_back.exasperation``: "lights on again give me strength" is
  tried by the repeat, as "lights on, again? give me strength" is. "again" alone, or with
  anything else after it, is left: "heating on again it's freezing" asks for it once
  more, and "give me strength" said flat after the request alone presses it.
- the phrase and "already" and nothing more, "lights on already": with the state said
  before it ("it's on already") it says the thing is done, and after the request alone
  it is the echo of its time ("coffee time? already?"); no request of the homes read
  ends in it. ("now", "tonight" say when: "lights on now" asks for it.) So is "already"
  before the speaker saying it is done ("heating on already we only just did").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from teachapp.understanding._pointed_back import (
    COPULAS,
    DO,
    MODALS_OF_DOUBT,
    OBJECT_DETERMINERS,
    POINTING,
    heard_pause,
    pointed_back,
)
from teachapp.understanding._run_read import RunRead
from teachapp.understanding._trigger import Trigger
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import Lexicon, bundled_section, tokens

__all__ = ["TRIGGER", "ends_phrase", "heard_unmarked", "pointed_back_unmarked", "wondered"]

SPEAKERS = frozenset({"i", "we"})

LIKE = 0.5
"""How like the phrase's last word a heard word must be to end the phrase misheard
("mowed", "mood" of "mode": normalised Levenshtein similarity)."""


@lru_cache(maxsize=1)
def _incredulity() -> frozenset[tuple[str, ...]]:
    section = bundled_section("pointed_back") or {}
    return frozenset(tuple(tokens(str(w))) for key in ("incredulity", "exasperation")
                     for w in section.get(key) or ())


_CUE = re.compile(
    r"\b(?:already|again|or|should|shouldn't|must|need|ought|do|does|did|are|is|would|will"
    r"|you|it|they|she|he|that|this|those|these|them|been|nobody|no one|none)\b|'(?:s|re|ve)\b")
"""A word that opens or carries a clause of :mod:`_pointed_back` (a pro-form, an operator,
"or", a modal, "already", "again", a "'s" of "be" or "has"): without one, nothing after the
phrase can point back at it (one scan, and most requests end there)."""
TRIGGER = Trigger(words=frozenset({
    "already", "again", "or", "should", "shouldn", "must", "need", "ought", "do", "does", "did",
    "are", "is", "would", "will", "you", "it", "they", "she", "he", "that", "this", "those",
    "these", "them", "been", "nobody", "no", "none", "s", "re", "ve"}))
"""What :data:`_CUE` needs (:mod:`_trigger`): one of its words, whole ("shouldn't" is the runs
"shouldn" and "t", "no one" holds "no", "it's" holds "s")."""


def heard_unmarked(low: str) -> bool:
    """Whether ``low`` marks no pause (the readers of a marked pause find nothing) and has
    a word that a clause pointing back needs (:data:`_CUE`)."""
    return not heard_pause(low) and _CUE.search(low) is not None


def _ends_phrase(word: str, last: str) -> bool:
    """Whether ``word`` may be the phrase's last word (stem ``last``) as heard."""
    return (stem(word) == last or word.endswith(last)
            or Levenshtein.normalized_similarity(word, last) >= LIKE)


def _wondered(after: Sequence[str], lexicon: Lexicon | None = None) -> bool:
    """Whether ``after`` is "again" or "already" said as an echo (see the module
    docstring): "again" and a formula of incredulity, alone or with a clause of the
    speaker's own after it, opened by a function word ("homework time again honestly the
    bus fares have doubled"; not "... again really bright", where the formula's word
    grades the next, nor "... again what a day"), after a filler too ("coffee time um
    again really")."""
    fillers = lexicon.fillers if lexicon is not None else frozenset()
    while len(after) > 1 and (after[0],) in fillers and after[0] not in ("again", "already"):
        after = after[1:]
    if after[:1] == ["already"]:
        return len(after) == 1 or _done_by_speaker(after[1:])
    if after[:1] != ["again"]:
        return False
    formulas = _incredulity()
    if tuple(after[1:]) in formulas:
        return True
    function = lexicon.function_words if lexicon is not None else frozenset()
    return any(tuple(after[1:n]) in formulas and after[n] in function
               and tuple(after[1:n]) != ("what",) for n in range(2, len(after)))


BEFORE_DONE = frozenset({"only", "just", "already", "have", "had", "literally"})
DONE = frozenset({"did", "done"})


def _done_by_speaker(words: Sequence[str]) -> bool:
    """Whether ``words`` open with the speaker saying they did it ("we only just did",
    "i just did": the echo's answer, the act done already)."""
    if not words or words[0] not in SPEAKERS:
        return False
    k = 1
    while k < len(words) and words[k] in BEFORE_DONE:
        k += 1
    return k < len(words) and words[k] in DONE


OPENERS = (POINTING | SPEAKERS | OBJECT_DETERMINERS | MODALS_OF_DOUBT | DO | COPULAS
           | {"or", "so", "but", "and", "you", "would", "will", "nobody", "no", "none", "yes",
              "yeah", "yay", "right", "good"})
"""The words a clause of :mod:`_pointed_back` opens with: a pro-form, the speaker, a
determiner of the phrase's thing, a modal or operator of a question, "or", a connective;
or the phrase's own noun ("feed corrie corrie's been fed"), read apart."""


def pointed_back_unmarked(read: RunRead) -> str | None:
    """Why a request with no pause marked that would run its phrase asks for nothing, by a
    clause after the phrase that points back at it ("question" or "opinion", as
    :func:`_pointed_back.pointed_back` says), or None."""
    if not read.phrase or read.lower.count(" ") <= read.phrase.count(" "):
        return None  # (no more words than the phrase's: most requests, no scan)
    words, stems = read.words, read.phrase_stems
    last = stems[-1]
    # (from the phrase's first word on; misheard, from the first word said)
    first = read.first_word if read.first_word < len(words) else 0
    for k in range(first + 1, len(words)):
        if not _ends_phrase(words[k - 1], last):
            continue
        after = words[k:]
        if all(stem(w) in stems for w in after):
            continue  # (the rest of the phrase itself: "lights | on")
        if _wondered(after, read.lexicon):
            return "opinion"
        if after[0] not in OPENERS and stem(after[0]) not in stems and not (
                after[0].endswith("s") and stem(after[0][:-1]) in stems):
            continue  # (no subject, operator or "or" a clause pointing back opens with)
        marked = f"{' '.join(words[:k])}, {' '.join(after)}"
        why = pointed_back(RunRead(marked, read.lexicon, read.phrase, read.taught))
        if why:
            return why
    return None


ends_phrase = _ends_phrase
"""Whether a heard word may be the phrase's last word (also read by :mod:`_echo_paused`)."""
wondered = _wondered
"""Whether the words after the phrase are its echo of wonder (also read by
:mod:`_echo_paused`, with a pause after "again")."""
