"""Which of a routine's phrases an utterance says, when another of them scored best.

The scorer names the phrase that scored best, and for a routine taught several phrases
that need not be the one said: Whisper's "turn the reading mode on" scores best against
the routine's other phrase "time to read" ("turn the" sounds like "time to"), yet says
"reading mode". The resolution reports the phrase said, so what reads it after the
decision (the open-vocabulary rule of ``conversation.decision``, "did you mean ...?",
the answer to a cue) reads the words that were said.

A phrase of the same routine is reported instead of the best one when the utterance says
it and it is said better: the phrase itself, free words aside (``heard_as_taught``), goes
before one whose words are said side by side among others ("put the lounge reading mode
on in a bit"), and among those, more of its words said goes first. Words of a phrase said
apart, in other clauses ("give me a nudge to ring elda back" holds every word of "give
elda a ring"), are not that phrase said. The decision and the routine are never changed:
this is read after them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from teachapp.understanding.normalize import Lexicon, bare_forms, free_mask, tokens

__all__ = ["TaughtPhrase", "phrase_said", "taught_phrase"]


class TaughtPhrase(NamedTuple):
    """What :func:`phrase_said` reads of a taught phrase, read once at index build (it
    depends on the phrase alone, not on what is said; kept small: one a phrase)."""

    spaced: str
    """Its words, free words aside, joined with a space before, between and after each (no
    word holds one): said side by side in their order where an utterance's words so joined
    hold them; "" when it has none."""
    free: tuple[str, ...]
    """Its free words: the phrase itself is said only with every one of them."""
    forms: tuple[str, ...]
    """Its :func:`bare_forms` (most phrases have one), that the utterance's are compared
    with."""


def taught_phrase(phrase: str, lexicon: Lexicon) -> TaughtPhrase:
    """``phrase`` read for :func:`phrase_said`."""
    toks = tokens(phrase, lexicon)
    mask = free_mask(toks, lexicon)
    words = [t for t, free in zip(toks, mask, strict=True) if not free]
    return TaughtPhrase(_spaced(words) if words else "",
                        tuple(t for t, free in zip(toks, mask, strict=True) if free),
                        tuple(bare_forms(phrase, lexicon)))


def _spaced(words: Sequence[str]) -> str:
    """``words`` joined with a space before, between and after them."""
    return f" {' '.join(words)} "


def phrase_said(utterance: str, best: str, phrases: Sequence[str], lexicon: Lexicon,
                taught: Mapping[str, TaughtPhrase] | None = None) -> str:
    """The phrase of ``phrases`` (those of ``best``'s routine, ``best`` among them) that
    ``utterance`` says: ``best`` unless another is said whole where ``best`` is not
    ("turn the reading mode on": "reading mode", not "time to read"), or its words are
    said side by side and more of them than of ``best``'s. ``taught``: the phrases as
    :func:`taught_phrase` reads them, where read already."""
    said = tokens(utterance, lexicon)
    said_set = frozenset(said)
    spaced = _spaced(said)
    heard = bare_forms(utterance, lexicon)

    def read(phrase: str) -> TaughtPhrase:
        found = taught.get(phrase) if taught is not None else None
        return found if found is not None else taught_phrase(phrase, lexicon)

    def whole(phrase: TaughtPhrase) -> bool:
        # (the phrase itself, free words aside: normalize.heard_as_taught)
        return not heard.isdisjoint(phrase.forms) and said_set.issuperset(phrase.free)

    first = read(best)
    chosen, rank = best, (whole(first), sum(map(said_set.__contains__, first.spaced.split())))
    for phrase in phrases:
        if phrase == best:
            continue
        other = read(phrase)
        is_whole = whole(other)
        # (its words side by side in their order: the words joined, found among those said)
        if not (is_whole or (other.spaced and other.spaced in spaced)):
            continue
        this = (is_whole, sum(map(said_set.__contains__, other.spaced.split())))
        if this > rank:
            chosen, rank = phrase, this
    return chosen
