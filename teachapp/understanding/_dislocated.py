"""A noun phrase said on its own, then a pronoun that takes it up: "fan on, *a prod, it's*
clinging on", "movie night, *the kitten, it's* chasing the wool" (a remark on a thing of
the speaker's own after the request, not on the request).

This is left dislocation: a noun phrase said first, set apart by a pause, and a pronoun in
the clause after it that repeats it (Quirk et al. 1985, 18.37: "that man, I can't stand
him"). The pronoun points at the noun phrase just said, the nearest thing it may stand for
(Halliday & Hasan 1976, "Cohesion in English", 2.4 on anaphora), so it does not point back
at the phrase said before both. :func:`_carried_line.own_after`, which forbids a pro-form
that may point back at the phrase in the stretch said after it, leaves such a pronoun out.

Only "it" as the subject opening its piece, right after a piece that is one noun phrase of
the speaker's own (a determiner and its content words, no word a home taught:
:func:`_clause_shape.noun_phrase`), with more said after the pronoun. "it" as an object
("the neighbours want it") or after anything else may still be the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from teachapp.understanding._clause_shape import noun_phrase
from teachapp.understanding.normalize import Lexicon, tokens

__all__ = ["RESUMING", "without_resumed"]

Taught = Callable[[str], bool]

RESUMING = frozenset({"it"})
"""Pro-forms of :data:`_said_before.POINTING` that take up a dislocated noun phrase as
the subject of the clause after it."""
_PIECES = re.compile(r"[,.;:!?]+")


def without_resumed(text: str, lexicon: Lexicon, taught: Taught) -> list[str]:
    """The words of ``text`` (said after the phrase) without each pronoun that takes up a
    noun phrase said just before it on its own (see the module docstring)."""
    kept: list[str] = []
    before: list[str] = []
    for piece in _PIECES.split(text):
        words = tokens(piece, lexicon)
        if not words:
            continue
        if (len(words) >= 2 and words[0] in RESUMING and len(before) >= 2
                and noun_phrase(before, 0, lexicon, taught) == len(before)):
            words = words[1:]
            kept.extend(words)
            before = []
            continue
        kept.extend(words)
        before = words
    return kept
