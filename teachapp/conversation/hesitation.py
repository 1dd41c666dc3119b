"""A turn that is only a hesitation ("hmm", "um", "well", "let me think", "thanks").

Said at a question that wants words of the person's own (what to remind of, a routine's
new name, a step), such a turn is no answer: it became the answer ("I'll remind you to
hmm at 20:00", "Renamed movie night to um"). The dialogue reads it here and keeps the
question open (``TurnOrder._hesitated``).
"""

from __future__ import annotations

import re

__all__ = ["hesitation", "thanked"]

_ONE = (r"u+m+|u+h+|e+r+m*|h+m+|a+h+|o+h+|mm+|well|ok|okay|thanks|thank you|cheers"
        r"|let me think|let me see|let's see|i'm thinking|im thinking|good question"
        r"|hang on|hold on|one (?:moment|sec|second|minute)"
        r"|(?:just |give me )?a (?:moment|sec|second|minute)")
_HESITATION = re.compile(rf"^(?:(?:{_ONE})(?:[\s,.!?…-]+|$))+$")
"""The hesitations, fillers and thanks a turn may be made of, strung together ("hmm, let
me think"). Words of a request never are ("wait" is a step, "so" and "right" begin
one)."""


def hesitation(text: str) -> bool:
    """Whether ``text`` is nothing but hesitations ("hmm", "um, well", "let me think…")."""
    said = " ".join(text.casefold().replace("\u2019", "'").split())
    return bool(said) and _HESITATION.match(said) is not None


_THANKS = re.compile(r"\b(?:thanks|thank you|cheers)\b")


def thanked(text: str) -> bool:
    """Whether the hesitation ``text`` thanks ("ok thanks"): "You're welcome.", not
    "Take your time."."""
    return _THANKS.search(text.casefold()) is not None
