"""A ban of something else said beside a taught phrase: "no" and a thing or a deed of its
own, and where, when or to whom it is forbidden.

The negative determiner "no" before a noun phrase negates that noun phrase only (local
negation, Quirk et al. 1985, "A Comprehensive Grammar of the English Language", 10.58 and
10.64); said beside a request it forbids its own thing and leaves the request made:
"fire up the generator, no bubblegum indoors", "no swearing at the godparents, feed the
cat". The shapes read here (said words only, fillers and hedges aside):

    ban     := "no" ["more"] thing adjunct{0,2} [adverb of time]
    thing   := gerund [particle] [object]  |  bare noun (one to three words)
    adjunct := preposition (noun phrase | bare noun | object pronoun | "here" | "there")
             | adverb of place

- a gerund, the -ing form of a verb as the head of a verbal noun phrase ("no smoking",
  "no feeding the ducks": Quirk et al. 1985, 17.54 on the gerund and 10.58 on "no"
  before it), maybe with a particle and its own object ("no sliding down the
  banisters");
- a bare noun, the zero article of plural and noncount nouns ("no bubblegum", "no ball
  games": 5.52-5.59);
- an adjunct of place, time or the person concerned: a prepositional phrase ("at the
  godparents", "before supper", "for him": 9.1-9.2) or an adverb of place, the
  lexicon's ``clause_shape.place_adverbs`` ("indoors", "upstairs": 8.46-8.47).

A taught word in the thing forbidden makes the ban bear on the request ("no bath time
tonight", "no bunk room lights"): no shape here. In an adjunct's noun phrase one is let
be only as a premodifier of a head that is no taught word, with no taught word after it
("no bouncing on the *bunk* beds" beside "upper bunk room lights on": a compound of its
own, 17.104 on premodification by nouns): a word a home taught before a word the home
never said makes no taught phrase's words there, while "on the bunk room beds" may
(:func:`loose_words`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from teachapp.understanding.normalize import bundled_section, tokens

__all__ = ["MORE", "Content", "NounPhrase", "forbids_other", "inflected", "loose_words",
           "place_adverbs"]

MORE = "more"
"""The comparative quantifier that "no" may come before ("no more sweets": Quirk et al.
1985, 5.17)."""
HERE_THERE = frozenset({"here", "there"})
"""Adverbs of place that may complete a preposition ("in here", "out there": 9.4)."""
PARTICLES = frozenset({"up", "down", "out", "about", "around", "over", "back", "away",
                       "in"})
"""Adverb particles of a phrasal verb that its gerund may keep before a phrase of its own
("no dressing up in my clothes": Quirk et al. 1985, 16.2-16.3); "on" and "off", which
may say a device's state, are none here."""
MORE_PREPOSITIONS = frozenset({"before", "during", "past", "across", "along", "between",
                               "among", "round", "above", "below", "underneath",
                               "beneath", "within", "out", "except"})
"""Prepositions of place and time beyond :data:`_clause_shape.PREPOSITIONS` that open an
adjunct of a ban ("no biscuits *before* supper", "no ball games *across* the lawn")."""
TIMES = frozenset({"today", "tonight", "tomorrow", "again", "anymore", "ever"})
"""Adverbs of time a ban may end with ("no sweets tonight": Quirk et al. 1985, 8.51)."""
MOST_ADJUNCTS = 2
LONGEST_BAN = 10


@lru_cache(maxsize=1)
def place_adverbs() -> frozenset[str]:
    """The lexicon's ``clause_shape.place_adverbs``."""
    raw = bundled_section("clause_shape") or {}
    return frozenset(t for w in raw.get("place_adverbs") or () for t in tokens(str(w)))


Taught = Callable[[str], bool]
Content = Callable[[str, Taught], bool]
"""Whether a word may be a word of a noun phrase of the clause's own, given which words
count as taught (no pro-form, pronoun, function word nor taught word)."""
NounPhrase = Callable[[Sequence[str], int, Taught], int]
"""Where a noun phrase with a determiner that opens at an index ends, or 0."""


def inflected(taught: Taught) -> Taught:
    """``taught`` that also holds an inflected form of a taught word whose ending the
    resolver's stem leaves on: a plural in "-ies" or "-es" ("stories" of "story time")
    or an "-ing" form of a verb ending in "e" ("driving" of "drive to work")."""

    def said_of(word: str) -> bool:
        if taught(word):
            return True
        if len(word) > 4 and word.endswith("ies"):
            return taught(word[:-3] + "y")
        if len(word) > 4 and word.endswith("es"):
            return taught(word[:-2])
        return len(word) > 5 and word.endswith("ing") and taught(word[:-3] + "e")

    return said_of


def loose_words(said: Sequence[str], taught: Taught, content: Content,
                noun_phrase: NounPhrase) -> frozenset[str]:
    """Taught words that a ban ``said`` uses only as a premodifier in a noun phrase of its
    adjunct: after a determiner or another premodifier, before a content word the home
    never taught ("on the *bunk* beds"), never in the thing forbidden."""
    if len(said) < 5 or said[0] != "no":
        return frozenset()
    untaught: Taught = lambda w: False  # noqa: E731

    def modifier(j: int) -> bool:
        nxt = said[j + 1] if j + 1 < len(said) else ""
        return (said[j - 1] not in ("no", MORE) and not taught(nxt) and content(nxt, untaught)
                and nxt not in TIMES and nxt not in place_adverbs())

    # (the thing forbidden, its words read as if none were taught)
    thing = _thing(said, 1 + (said[1] == MORE), untaught, noun_phrase, content)
    out = {said[j] for j in range(thing, len(said) - 1) if taught(said[j]) and modifier(j)}
    # (a word loosened is never said in the thing forbidden, nor as a head)
    return frozenset(w for w in out if all(
        said[j] != w or (j >= thing and modifier(j)) for j in range(1, len(said))))


def forbids_other(said: Sequence[str], taught: Taught, content: Content,
                  noun_phrase: NounPhrase, prepositions: frozenset[str],
                  object_pronouns: frozenset[str]) -> bool:
    """Whether ``said`` is a ban of a thing or a deed of its own and nothing more (see the
    module docstring): the thing forbidden names no taught word; an adjunct may name one
    of :func:`loose_words`."""
    if len(said) < 2 or len(said) > LONGEST_BAN or said[0] != "no":
        return False
    k = 1 + (said[1] == MORE and len(said) > 2)
    end = _thing(said, k, taught, noun_phrase, content)
    if end <= k:
        return False
    loose = loose_words(said, taught, content, noun_phrase)
    around: Taught = lambda w: taught(w) and w not in loose  # noqa: E731
    ends_at = len(said) - (said[-1] in TIMES and len(said) - 1 > end)
    preps = prepositions | MORE_PREPOSITIONS
    for _ in range(MOST_ADJUNCTS):
        if end == ends_at:
            return True
        end = _adjunct(said[:ends_at], end, around, noun_phrase, content, preps,
                       object_pronouns)
        if not end:
            return False
    return end == ends_at


def _thing(said: Sequence[str], k: int, taught: Taught, noun_phrase: NounPhrase,
           content: Content) -> int:
    """Where the thing forbidden that opens at ``said[k]`` ends: a gerund, its particle and
    its object, or a bare noun of one to three words; ``k`` when none opens there."""
    head = said[k]
    if not content(head, taught):
        return k
    if head.endswith("ing") and len(head) > 5:
        end = k + 1
        if end + 1 < len(said) and said[end] in PARTICLES:
            end += 1  # ("no dressing up in my clothes"; the particle needs more after it)
        return noun_phrase(said, end, taught) or _bare(said, end, taught, content, 2)
    return _bare(said, k, taught, content, 3)


def _bare(said: Sequence[str], k: int, taught: Taught, content: Content, most: int) -> int:
    """Where a noun phrase of up to ``most`` content words with no determiner ends, opening
    at ``said[k]`` ("ball games", "bubblegum"), or ``k`` when none opens there; no adverb
    of place or time, nor an -ing word, is its word."""
    end = k
    while (end < len(said) and end - k < most and content(said[end], taught)
           and said[end] not in place_adverbs() and said[end] not in TIMES
           and not said[end].endswith("ing")):
        end += 1
    return end


def _adjunct(said: Sequence[str], k: int, taught: Taught, noun_phrase: NounPhrase,
             content: Content, prepositions: frozenset[str],
             object_pronouns: frozenset[str]) -> int:
    """Where an adjunct of place, time or person that opens at ``said[k]`` ends, or 0."""
    w = said[k]
    if w in place_adverbs():
        return k + 1  # ("no bubblegum indoors")
    if w not in prepositions or k + 1 >= len(said):
        return 0
    nxt = said[k + 1]
    if nxt in object_pronouns or nxt in HERE_THERE:
        return k + 2  # ("no more biscuits for him", "no muddy paws in here")
    end = noun_phrase(said, k + 1, taught)
    if end:
        return end  # ("at the godparents")
    end = _bare(said, k + 1, taught, content, 2)
    return end if end > k + 1 else 0  # ("before supper", "in bed")
