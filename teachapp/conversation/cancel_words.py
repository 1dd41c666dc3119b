"""The verbs that cancel, for the conversation's readings of "cancel X".

Beside "cancel", "stop" and the like that each reading lists, the verbs of putting an end
to a plan ("kill", "terminate", "drop", "axe", "ditch" …) come from the one list the
resolver reads them by (``understanding.ending_words``, the lexicon's ``ending_verbs``):
"kill movie night" right after it ran is offered as undo by the resolver's reading, and
"kill the pasta timer" or "ditch that" right after a timer now cancel it by the
conversation's, as "cancel" does (they were offered for teaching).
"""

from __future__ import annotations

from ..understanding.ending_words import ending_verbs_pattern

__all__ = ["ENDING_VERBS"]

ENDING_VERBS = ending_verbs_pattern()
"""A regular expression alternation: "kill|terminate|drop|axe|ditch|discontinue|cease"."""
