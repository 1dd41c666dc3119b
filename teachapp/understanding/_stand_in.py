"""How like a word of a routine's other phrases a heard word must be to be explained by it,
when the phrase read leaves a word unsaid: said as that word, not near it ("ask tam for a
lift to the diving baths" is not "... the swimming baths" because the routine's other
phrase says "drive").

A routine taught several ways explains a heard word with all its phrases' words, near ones
too ("pleas" for "please", "lites" of "lights on downstairs" heard by "lights off"): the
word was said, in some form, of the same request. But when the phrase read left a word
unsaid and another content word stands in that place, a word only near one of the other
phrases' ("diving" 0.6 like "drive") is no word of the request: it is the word said instead
of the unsaid one, a near sibling (another pool, "diving baths"), and is left unexplained,
so the phrase is asked about, as "the paddling baths" is. Said as the other phrase's very
word ("... lift, drive me to the baths"), it is still that phrase's word.
"""

from __future__ import annotations

__all__ = ["STAND_IN", "routine_bar"]

STAND_IN = 0.95
"""Likeness at which a word of the routine's other phrases explains a heard word beside an
unsaid phrase word: that word itself, or spelled a letter apart ("drive" / "drives")."""


def routine_bar(bar: float, unsaid: bool) -> float:
    """The likeness at which a word of a routine's other phrases explains a heard word: the
    usual ``bar``, or :data:`STAND_IN` when the phrase read left a word ``unsaid``."""
    return max(bar, STAND_IN) if unsaid else bar
