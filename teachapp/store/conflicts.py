"""Two people editing one routine: the later save is refused with what changed.

A routine read from the store carries its ``version``; saving it back checks that
the stored version is still that one (under the writers' lock, so two saves cannot
both pass). When it is not, the message says who changed it, when, and how the
stored routine now differs from the one being saved; nothing is overwritten.
"""

from __future__ import annotations

from datetime import datetime

from ..domain import Routine, SayStep, SetStep, Step, WaitStep
from ..errors import EditConflictError
from .records import aware

__all__ = ["changed_elsewhere", "deleted_elsewhere", "differences"]


def _step_text(step: Step) -> str:
    if isinstance(step, SetStep):
        values = ", ".join(f"{k}={v}" for k, v in step.set.items())
        return f"{step.device} {values}"
    if isinstance(step, WaitStep):
        return f"wait {step.seconds} s"
    assert isinstance(step, SayStep)
    return f"say {step.text!r}"


def _listing(items: list[str]) -> str:
    return "; ".join(items) if items else "none"


def differences(current: Routine, mine: Routine) -> list[str]:
    """How ``current`` (stored) differs from ``mine`` (being saved), in words."""
    out: list[str] = []
    if current.name != mine.name:
        out.append(f"its name is now {current.name!r}")
    theirs_p, mine_p = current.phrase_texts(), mine.phrase_texts()
    if theirs_p != mine_p:
        added = [p for p in theirs_p if p not in mine_p]
        gone = [p for p in mine_p if p not in theirs_p]
        bits = []
        if added:
            bits.append("added " + ", ".join(repr(p) for p in added))
        if gone:
            bits.append("without " + ", ".join(repr(p) for p in gone))
        out.append("phrases " + (" and ".join(bits) if bits else "reordered"))
    theirs_s = [_step_text(s) for s in current.steps]
    mine_s = [_step_text(s) for s in mine.steps]
    if theirs_s != mine_s:
        out.append(f"steps are now: {_listing(theirs_s)}")
    if current.enabled != mine.enabled:
        out.append("it is now " + ("enabled" if current.enabled else "disabled"))
    return out


def _when(at: datetime | None) -> str:
    if at is None:
        return ""
    return " at " + aware(at).astimezone().strftime("%H:%M:%S")


def changed_elsewhere(current: Routine, mine: Routine) -> EditConflictError:
    who = current.updated_by or "another computer"
    what = differences(current, mine)
    summary = ("; ".join(what) if what
               else "the same content as yours, saved first")
    return EditConflictError(
        f"Routine {current.name!r} was changed by {who}{_when(current.updated_at)} "
        f"while you edited it (you started from version {mine.version}, it is now "
        f"version {current.version}): {summary}. Your save was refused and nothing was "
        "overwritten; reopen the routine and make your change again.", current)


def deleted_elsewhere(mine: Routine, name: str) -> EditConflictError:
    return EditConflictError(
        f"Routine {name!r} was deleted or renamed on another computer while you edited "
        "it. Your save was refused; save it as a new routine if you still want it.", None)
