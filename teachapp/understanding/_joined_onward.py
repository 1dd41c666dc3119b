"""A coordinator said last in a piece, just before a pause, joins the piece to what follows,
not to what went before: "countermarching, bandsmen, heating on *and*, a glassie,
ricocheted" is the request, then the speaker going on.

In a list a coordinator stands before the last item ("A, B and C": Quirk et al. 1985,
13.29 on commas and the coordinator in a list; 13.5 on the coordinator heading the conjoin
it introduces), so a piece that is an item of a list said after its verb holds the
coordinator *inside* it, with the item after it ("i've done the recycling, game night
and the car wash today"). A coordinator with nothing after it in its piece heads no
conjoin there: what it introduces comes after the pause, so it ties the piece to the next
one (the speaker pausing after "and", as one does before going on), never to the pieces
before it. :func:`_carried_line.phrase_piece` reads the piece without it.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["without_onward_joiner"]

COORDINATORS = frozenset({"and", "or"})
"""The coordinators that join a list's last item ("A, B and C")."""


def without_onward_joiner(piece: Sequence[str]) -> list[str]:
    """``piece`` (the words between two pauses) without the coordinators said last in it,
    which join it to what follows (see the module docstring); a piece of nothing else is
    kept as it is."""
    end = len(piece)
    while end > 0 and piece[end - 1] in COORDINATORS:
        end -= 1
    return list(piece[:end]) if end else list(piece)
