"""A taught phrase said in the middle of a line of the speaker's own that carries on after
it, or said first with a line read off something after it: "knit two together, fan on,
purl two", "slip one, knit one, lights on, pass it over", "greek grapes, greek grapes.
ring oonagh, two magpies, fortuitous", "make coffee, rovers nil, wanderers three".

A pause (a comma, a full stop) parts the line into pieces. When a run of pieces, read
alone, is a taught phrase said exactly, and what is said before it and what is said after
it are each a stretch of the speaker's own (:func:`_said_before.own_sentence`: two
content words of its own, no word a home taught, no device, no request word opening it, no
cue of negation, cancellation, condition or saying with nothing said), the request is read
as it would be alone. The readers that free one clause beside the phrase read one side at
a time; a phrase with a stretch on both sides is read here, each side by the same rule.

Cohesion runs backwards: a pro-form points at what was said before it (Halliday & Hasan
1976, "Cohesion in English", 2.4 on anaphora, cataphora being the marked case). So the
stretch said after the phrase is held to more than the one before it: no pro-form or
adverb that may point back at the phrase at all (:data:`_said_before.POINTING`, "lights
on, pass it over", "movie night, we had one already"), no question mark, no cue of past
time, of someone else's words or of a question anywhere in it. The stretch
said before may hold a pro-form after a word of its own ("purl it all, ..."), as a
sentence said first may; no question mark ends it ("is it on? reading mode"), nor a colon,
which introduces what follows as the text it names ("caption for the snap: sunset scene";
Quirk et al. 1985, App. III.16 on the colon). Neither side may hold a verb of reading aloud or
of labelling (:mod:`_mentioned_text`: "sound out each word, fan on, brilliant" holds the
phrase up as text), and what frames the whole line as a text held up (:mod:`_taken_back`:
"what a caption, sunset scene, lovely") still takes it back.
What the stretch is about decides, not its tense: "they've equalised" names nothing of the
home, so it is a story of something else; "we had movie night" names the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from teachapp.understanding._mentioned_text import LABELLING, READING_ALOUD
from teachapp.understanding._said_before import FORWARD, LONGEST, POINTING, own_sentence
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import Lexicon, tokens

__all__ = ["CarriedLine", "carried_lines", "own_after", "own_before"]

Taught = Callable[[str], bool]

_PAUSE = re.compile(r"[,.;:!?]+(?=\s+\S)")
"""A pause mark with more said after it (a decimal point has no space after it)."""
_QUESTION_OR_COLON = frozenset("?:")
AFTER_CUES = ("past", "reported", "question")
"""Cues that, said after the phrase, may be about it wherever they stand in the stretch."""


@dataclass(frozen=True)
class CarriedLine:
    """One way to read a line: the stretch said before the phrase, the pieces that may be
    the phrase, and the stretch said after it (either stretch may be empty, not both)."""

    before: str
    phrase: str
    after: str


def carried_lines(text: str) -> Iterator[CarriedLine]:
    """Every run of whole pieces of ``text`` that leaves a stretch before or after it,
    shortest stretch before first."""
    cuts = [(m.start(), m.end(), m.group()) for m in _PAUSE.finditer(text)]
    if not cuts:
        return
    # (piece k runs from starts[k] to ends[k]; the mark after it is marks[k])
    starts = [0, *(end for _, end, _ in cuts)]
    ends = [*(start for start, _, _ in cuts), len(text)]
    marks = [*(mark for _, _, mark in cuts), ""]
    n = len(starts)
    for i in range(n):
        for j in range(i + 1, n + 1):
            if i == 0 and j == n:
                continue
            before = text[:ends[i - 1] + len(marks[i - 1])].strip() if i else ""
            if "?" in marks[j - 1] or (i and not _QUESTION_OR_COLON.isdisjoint(marks[i - 1])):
                continue  # (a question about the phrase, one said just before it, or a
                # colon that introduces the phrase as what it names: "caption: sunset")
            yield CarriedLine(before, text[starts[i]:ends[j - 1]].strip(),
                              text[starts[j]:].strip() if j < n else "")


def _cued(words: list[str], lexicon: Lexicon, kinds: tuple[str, ...]) -> bool:
    for kind in kinds:
        for cue in lexicon.cues.get(kind, ()):
            n = len(cue)
            if any(tuple(words[k:k + n]) == cue for k in range(len(words) - n + 1)):
                return True
    return False


def _about_words(words: list[str], taught: Taught) -> bool:
    """Whether ``words`` hold a verb of reading aloud or of labelling, which makes the
    phrase beside them a text held up, not a request ("sound out each word, ...")."""
    return any(stem(w) in READING_ALOUD or stem(w) in LABELLING for w in words
               if not taught(w))


def own_before(text: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``text``, said before the phrase, is a stretch of the speaker's own."""
    if not text:
        return True
    words = tokens(text, lexicon)
    return (len(words) <= LONGEST and not text.rstrip().endswith("?")
            and not _about_words(words, taught) and own_sentence(words, lexicon, taught))


def own_after(text: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``text``, said after the phrase, is a stretch of the speaker's own that
    points nowhere back at it."""
    if not text:
        return True
    words = tokens(text, lexicon)
    if (len(words) > LONGEST or "?" in text or not POINTING.isdisjoint(words)
            or not FORWARD.isdisjoint(words) or _about_words(words, taught)):
        return False
    return not _cued(words, lexicon, AFTER_CUES) and own_sentence(words, lexicon, taught)
