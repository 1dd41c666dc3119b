"""A taught phrase said last after someone else's talk and a discourse marker that opens a
new request, with no pause written: "hup hup she's off oh and make coffee", "the kettle's
on anyway movie night".

The readers of talk before a phrase (:mod:`_unlinked_before`) stop at a filler that joins
the phrase to the talk as a second request ("renew my passport then ...") and at a word at
the seam that may take the phrase in ("she's bating ...": an -ing form may take an
object). Yet an interjection followed by "and" ("oh and", "ah and"), or "anyway", is a
discourse marker: it closes what was said and opens a new topic, in any English (Quirk et
al. 1985, 19.55-19.57 on discourse markers, 11.54 on interjections; Schiffrin 1987, 6 on
"oh", 6-7 on "and"), so no word before it is at the seam, and the phrase after it is a
request of its own when the talk before it is none.

So the phrase, said exactly and last (nothing but fillers after it), is read with a pause
written before it (every cue of the readers of asides still stops it there) when

- the words right before it, fillers or not, are a discourse marker: an interjection and
  then "and" ("oh and", "ah and also"), or "anyway" or "anyhow" (and any interjection or
  "and" before them), with talk before it;
- the talk before the marker bears on no request (:func:`_unlinked_amid.bears`: no word
  the home taught or like one, no word of a home, a time, a person of the family, a
  relation, a request word, a negator, a modal or a wh-word) and has no verb of naming,
  saying, an event or a performance (:func:`_patter_around.takes_it`);
- the talk before the marker is no request of its own: it is calls alone (words no
  dictionary lists, :func:`_call_word.call`) or holds a clause with a personal subject
  and a finite verb ("she's bating", "you're it": Quirk et al. 1985, 2.13 on the
  declarative); an imperative before the marker ("polish the brass oh and ...") is a
  second request the phrase may be joined to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding import _word_classes as classes
from teachapp.understanding._call_word import call
from teachapp.understanding._patter_around import takes_it
from teachapp.understanding._unlinked_amid import WAITING, bears
from teachapp.understanding.normalize import Lexicon

__all__ = ["INTERJECTIONS", "marker_before", "marker_start"]

Taught = Callable[[str], bool]

INTERJECTIONS = frozenset({"oh", "ooh", "ah", "aah", "ahh", "aha", "eh", "er", "erm", "um",
                           "umm", "uh", "hmm", "och", "ach", "oops", "whoops"})
"""Interjections of hesitation and of a thought that comes to mind (Quirk et al. 1985,
11.54-11.55): before "and" they mark what follows as a new topic."""
TOPIC_ADVERBS = frozenset({"anyway", "anyhow", "anyways"})
"""Adverbs that close a topic and open the next one (Quirk et al. 1985, 8.137)."""


def marker_start(words: Sequence[str]) -> int | None:
    """Where a discourse marker that opens a new request starts at the end of ``words``
    (said right before a phrase): an interjection, then "and" (and "also" after it), or
    "anyway" with only interjections and "and" before it; None when they end in none."""
    end = len(words) - 1 if words and words[-1] == "also" else len(words)
    if end >= 1 and words[end - 1] in TOPIC_ADVERBS:
        at = end - 1
        while at > 0 and (words[at - 1] in INTERJECTIONS or words[at - 1] == "and"):
            at -= 1
        return at
    if end < 2 or words[end - 1] != "and" or words[end - 2] not in INTERJECTIONS:
        return None
    at = end - 2
    while at > 0 and words[at - 1] in INTERJECTIONS:
        at -= 1
    return at


def _declarative(words: Sequence[str]) -> bool:
    """Whether ``words`` hold a personal subject and a finite verb right after it."""
    return any(w in shape.PRONOUN_SUBJECTS and (nxt in shape.CLAUSE_OPERATORS
                                                or shape.verb_form(nxt) or classes.verb(nxt))
               for w, nxt in pairwise(words))


def marker_before(said: Sequence[str], free: Sequence[bool], phrase: Sequence[str],
                  after: Sequence[str], lexicon: Lexicon, taught: Taught,
                  unlike: Taught) -> bool:
    """Whether the words ``said`` before the ``phrase`` said whole and last (``after`` empty:
    wake words and fillers left out; ``free`` says which of ``said`` are such) are talk
    closed by a discourse marker, no request of its own and linking to it in no way (see
    the module docstring): ``taught`` says whether a home taught a word, ``unlike`` whether
    no taught word is like it."""
    start = marker_start(said)
    if after or not phrase or not start:
        return False
    talk = [w for w, left_out in zip(said[:start], free[:start], strict=True) if not left_out]
    if not talk or takes_it(talk) or any(bears(w, lexicon, taught, unlike) for w in talk):
        return False
    return all(call(w, lexicon, WAITING) for w in talk) or _declarative(talk)
