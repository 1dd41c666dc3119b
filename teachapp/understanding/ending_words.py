"""The verbs of putting an end to a plan ("kill", "terminate", "drop", "axe" …), one list
for the resolver and the conversation.

The lexicon's ``ending_verbs`` hold them: the resolver reads them as a cancellation when
said first with a taught phrase for object (``_ending_object``: "kill movie night" is
"cancel movie night"), and the conversation's readings of "cancel X" ("cancel the pasta
timer", "cancel that" right after a timer) take them beside "cancel" from here, so "kill
the pasta timer" and "ditch that" mean what "cancel" does there too (they were offered
for teaching: 'I don't know "kill the timer". Shall I learn it?').
"""

from __future__ import annotations

import re
from functools import lru_cache

from .normalize import bundled_section

__all__ = ["ending_verbs_pattern", "ending_verbs_said"]


@lru_cache(maxsize=1)
def ending_verbs_said() -> tuple[str, ...]:
    """The lexicon's ``ending_verbs`` as said ("kill", "terminate", …), in its order."""
    return tuple(str(w).lower() for w in bundled_section("ending_verbs") or ())


def ending_verbs_pattern() -> str:
    """A regular expression alternation of :func:`ending_verbs_said` ("kill|terminate|…"),
    for a conversation pattern's list of verbs of cancelling."""
    return "|".join(re.escape(w) for w in ending_verbs_said())
