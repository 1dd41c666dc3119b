"""A run's steps told in its explanation ("why did you do that?"): recorded with each
turn (``steps_done``) and told as a routine's steps are told (``steps_told``), in the
past: "Steps: turned on TV and then set Living room lamp on at 30 %." (was "Steps: set
TV on; set Living room lamp on at 30 %.", a clause a step in words no other reply used).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..domain import Device, SayStep, SetStep, Step, WaitStep
from .run_report import left_as_they_were, said_was_already
from .steps_told import steps_sentence

if TYPE_CHECKING:
    from ..home.executor import RunResult

__all__ = ["steps_done", "steps_words"]


def steps_done(result: RunResult,
               name_of: Callable[[str], str] | None = None) -> list[dict[str, Any]]:
    """Each step of a run, and whether it worked: its words as done ("turned on TV") and
    the step itself ("device", "set", "name"; "wait"; "say"), so the explanation tells
    neighbours together as a routine's steps are told (``_steps_words``). A step that
    failed has no device back from the home: ``name_of`` names it ("turned on Desk
    lamp (failed: …)", was "turned on light.desk_lamp")."""
    done = []
    kept = left_as_they_were(result)
    for outcome in result.outcomes:
        step = outcome.step
        entry: dict[str, Any]
        if isinstance(step, SetStep):
            name = (outcome.device.name if outcome.device is not None
                    else name_of(step.device) if name_of is not None else "")
            entry = {"device": step.device, "set": dict(step.set), "name": name}
            if outcome.ok and step.device in kept:
                entry["kept"] = True  # (it was so already: the step changed nothing)
        elif isinstance(step, WaitStep):
            entry = {"wait": step.seconds}
        elif isinstance(step, SayStep):
            entry = {"say": step.text}
        else:  # pragma: no cover - the step kinds are closed
            entry = {"text": str(step)}
        told = _told_step(entry)
        done.append({**entry, "text": told if told is not None else entry.get("text", ""),
                     "ok": outcome.ok, "message": "" if outcome.ok else outcome.message})
    if result.cancelled:
        done.append({"text": "stopped before the rest", "ok": False, "message": "cancelled"})
    elif result.waiting is not None and not result.waiting.finished.is_set():
        done.append({"text": "paused there; the rest went on by itself", "ok": True,
                     "message": ""})
    return done


def _as_step(entry: dict[str, Any]) -> Step | None:
    """The step a recorded entry holds; None for an entry of another kind (a stop, a
    pause) or one recorded before steps were kept (its "text" alone)."""
    if "device" in entry and isinstance(entry.get("set"), dict):
        return SetStep(entry["device"], dict(entry["set"]))
    if "wait" in entry:
        return WaitStep(entry["wait"])
    if "say" in entry:
        return SayStep(str(entry["say"]))
    return None


def _told_step(entry: dict[str, Any]) -> str | None:
    step = _as_step(entry)
    names = {entry["device"]: entry.get("name") or ""} if "device" in entry else {}
    return None if step is None else steps_sentence([step], names, past=True)


def steps_words(detail: dict[str, Any]) -> list[str]:
    """"Steps: turned on TV and then set Living room lamp on at 30 %.": the steps that
    worked told together as a routine's are (``steps_told``), in the past; a step that
    failed, and a stop or a pause, on their own (was "Steps: set TV on; set Living room
    lamp on at 30 %.", which an explanation recorded before still says)."""
    steps = detail.get("steps")
    if not steps:
        return []
    words: list[str] = []
    together: list[Step] = []
    names: dict[str, str] = {}
    kept: list[tuple[Device, dict[str, Any]]] = []
    for entry in steps:
        step = _as_step(entry)
        if isinstance(step, SetStep) and entry.get("ok") and entry.get("kept"):
            kept.append((Device(step.device, entry.get("name") or step.device), step.set))
            continue
        if step is not None and entry.get("ok"):
            together.append(step)
            if isinstance(step, SetStep):
                names[step.device] = entry.get("name") or step.device
            continue
        if together:
            words.append(steps_sentence(together, names, past=True))
            together = []
        failed = str(entry.get("message") or "").rstrip(".")
        words.append(entry["text"] + ("" if entry.get("ok") else f" (failed: {failed})"))
    if together:
        words.append(steps_sentence(together, names, past=True))
    if not kept:
        return ["Steps: " + "; ".join(words) + "."]
    already = said_was_already(kept)  # ("Steps: turned off TV." when it was off already)
    if not words:
        return ["It changed nothing: " + already]
    return ["Steps: " + "; ".join(words) + ".", already]
