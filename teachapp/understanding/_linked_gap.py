"""Calls said before a taught phrase, then "then" or "and" that the resolver leaves out as a
filler: "booomph then porch light on", "tuwhooo oh and water the ferns".

:mod:`_not_addressed` holds the edge before a phrase sure when the words before it are
calls and then "then" or "and" (:func:`_not_addressed.calls_then_linked`: the connective
opens the next move, the phrase: Quirk et al. 1985, 8.137 on "then" and 13.21 on "and").
The resolver leaves "then", "and" and "oh" out of the speaker's words as fillers where
they carry nothing, so the side read was the calls alone and ended a word before the
phrase; with no pause written the side was only asked about, though the same words with
a comma ("booomph, then porch light on") run. The words left out between the last call
and the phrase are read back with the calls when they are only those connectives, an
interjection maybe before them ("oh and"), and end in one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding._not_addressed import LINKS

__all__ = ["linked_gap"]


def linked_gap(toks: Sequence[str], said: Sequence[int], at: int,
               called: Callable[[str], bool]) -> list[str] | None:
    """The speaker's words before the phrase at ``toks[at]`` (``said``: their indices, the
    fillers left out) with the words left out after the last of them when those are a
    connective of :data:`_not_addressed.LINKS`, maybe after interjections (``called``),
    and end right before the phrase; None when nothing or anything else is left out
    there."""
    if not said or said[-1] >= at - 1:
        return None
    gap = toks[said[-1] + 1:at]
    if gap[-1] not in LINKS or not all(w in LINKS or called(w) for w in gap[:-1]):
        return None
    return [*(toks[k] for k in said), *gap]
