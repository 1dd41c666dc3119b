"""The device just set, meant again by its kind alone ("the lamp" right after "turn the
living room lamp to 40").

A person who has just set one lamp and says "make the lamp 30" means that lamp: asking
which of the home's three lamps was a question with an obvious answer, in teaching
("I'm not sure which device you mean …") and out of it ("Do you want me to set Bedroom
lamp, Living room lamp and Desk lamp to 30 %?"). The read-back names it, so a wrong
guess is heard at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = ["the_one_just_set"]

_WORD = re.compile(r"[a-z0-9]+")


def the_one_just_set(command: Any, last: Sequence[str], said: str) -> Any:
    """``command`` (read from ``said``) for the one device of ``last`` (the ids the step
    or command before set), when it is one of the several ``command`` was unsure between,
    they are all of its kind, ``said`` names it by a word of its name ("the lamp" of
    Living room lamp) and the command changes it (as the parser saw it: now, or as the
    routine so far leaves it). None otherwise: several set before, several meant ("both
    lamps": ``pick``), another kind among them, no word of its name ("i can't hear
    anything" of TV and Office speaker), or nothing to change ("turn on the bedroom lamp",
    "turn the lamp on": another lamp was meant, as is asked)."""
    devices = list(command.devices)
    if len(last) != 1 or len(devices) < 2 or getattr(command, "pick", None):
        return None
    one = next((d for d in devices if d.id == last[0]), None)
    if one is None or any(d.kind != one.kind for d in devices):
        return None
    if not set(_WORD.findall(said.casefold())) & set(_WORD.findall(one.name.casefold())):
        return None
    step = next(s for s, d in zip(command.steps, devices, strict=True) if d.id == one.id)
    if all(one.state.get(key) == value for key, value in step.set.items()):
        return None
    return command.only([one])
