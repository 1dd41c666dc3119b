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

from collections.abc import Sequence

from teachapp.understanding.normalize import Lexicon, free_mask, heard_as_taught, tokens

__all__ = ["phrase_said"]


def _how_said(said: list[str], utterance: str, phrase: str,
              lexicon: Lexicon) -> tuple[bool, bool, int]:
    """How well ``utterance`` (its words ``said``) says ``phrase``: whether it is the
    phrase itself, whether the phrase's words (free words aside) are said side by side
    in its order, and how many of them are said."""
    toks = tokens(phrase, lexicon)
    words = [t for t, free in zip(toks, free_mask(toks, lexicon), strict=True) if not free]
    count = sum(w in said for w in words)
    whole = heard_as_taught(utterance, phrase, lexicon)
    return whole, whole or _side_by_side(said, words), count


def _side_by_side(said: list[str], words: list[str]) -> bool:
    """Whether ``words`` are said one after the other, in their order, in ``said``."""
    n = len(words)
    return n > 0 and any(said[i:i + n] == words for i in range(len(said) - n + 1))


def phrase_said(utterance: str, best: str, phrases: Sequence[str], lexicon: Lexicon) -> str:
    """The phrase of ``phrases`` (those of ``best``'s routine, ``best`` among them) that
    ``utterance`` says: ``best`` unless another is said whole where ``best`` is not
    ("turn the reading mode on": "reading mode", not "time to read"), or its words are
    said side by side and more of them than of ``best``'s."""
    said = tokens(utterance, lexicon)
    whole, _, count = _how_said(said, utterance, best, lexicon)
    chosen, rank = best, (whole, count)
    for phrase in phrases:
        if phrase == best:
            continue
        whole, said_so, count = _how_said(said, utterance, phrase, lexicon)
        if said_so and (whole, count) > rank:
            chosen, rank = phrase, (whole, count)
    return chosen
