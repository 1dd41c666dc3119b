"""How a run is told: what each step said, what failed, what a pause leaves for later.

One wording for every run, whoever started it: a phrase, a device command, several
parts in one breath (``multipart``), or the rest of a routine after its pause
(``runs``). Pure functions of the run's result: they only add lines to the replies.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..domain import (
    Device,
    SayStep,
    SetStep,
    counted,
    default_state,
    kind_noun,
    kind_of,
    name_in_sentence,
    names_singular,
    spoken_list,
)
from ..home.executor import RunResult, StepOutcome
from .steps_told import steps_sentence
from .teaching import describe_target, readback
from .turns import TurnReplies
from .wait_talk import paused_line

__all__ = ["already_so", "changed_line", "left_as_they_were", "report_commands", "report_run",
           "said_already", "said_was_already"]


def report_run(replies: TurnReplies, result: RunResult, title: str, *,
                rest: bool = False, changes: bool = False,
                names: Mapping[str, str] | None = None) -> None:
    """Say how a run went. ``rest``: only the steps after the pause (the rest's own
    report); a run that paused says what it did and what follows instead of "done".
    ``changes``: a routine's run says what it changed (``changed_line``), not only its
    name. ``title`` opens the lines: a routine's ``name_opening``. ``names``: device
    names by id, for the steps still to come after a pause."""
    waiting = result.waiting
    start = 0
    if rest and waiting is not None:  # only what came after the pause
        start = next((i for i, o in enumerate(result.outcomes) if o.index >= waiting.start),
                     len(result.outcomes))
    for done in result.outcomes[start:]:
        if done.ok and isinstance(done.step, SayStep):
            replies.say(done.step.text)  # spoken by the executor; shown everywhere
    if rest:
        later = result.outcomes[start:]
        if result.cancelled:
            replies.report(f"{title}: stopped; the rest did not run. Say \"undo\" to put "
                         "back what changed.")
        elif all(o.ok for o in later):
            replies.report(f"{title}: the rest is done.")
        else:
            _failed_steps(replies, result, title, [o for o in later if not o.ok])
            replies.report(_the_others_line(result, later))
        return
    if waiting is not None and not result.cancelled:
        _failed_steps(replies, result, title, result.failures)
        replies.report(paused_line(title[:1].upper() + title[1:], waiting,
                                   ran=changed_line(result) if changes else "", names=names))
        return
    if result.cancelled:
        replies.report(f"{title}: stopped." + (" Say \"undo\" to put back what changed."
                                             if result.before else ""))
        return
    if result.ok:
        line = title[:1].upper() + title[1:]  # a sentence, whatever the name's case
        if changes and not result.outcomes:  # (a routine imported or made with no steps)
            replies.report(f"{line.rstrip('.!?')} does nothing yet: it has no steps, so "
                           "nothing changed. Give it one, e.g. \"add turn on the lamp to "
                           f"{name_in_sentence(title)}\", or in the window's Routine tab.")
            return
        told = changed_line(result) if changes else ""
        if told:
            replies.report(f"{line.rstrip('.!?')}: {told}")
            return
        replies.report(line if line.endswith((".", "!", "?")) else line + ".")
        return
    _failed_steps(replies, result, title, result.failures)
    if result.before:
        replies.report(_the_others_line(result, result.outcomes))


def _the_others_line(result: RunResult, outcomes: Sequence[StepOutcome]) -> str:
    """What the steps that worked did, after a failed one: "done; say undo" only when
    they changed something. A routine whose one change failed and whose other devices
    were already so said "The other steps were done; say "undo" to put them back.", and
    "undo" then said it changed nothing."""
    kept = _unchanged(result)
    if any(o.ok and o.device is not None and isinstance(o.step, SetStep)
           and o.device.id not in kept for o in outcomes):
        return "The other steps were done; say \"undo\" to put them back."
    return "The other steps changed nothing: the rest was already so."


_NAMED_CHANGES = 3
"""Up to this many changes a routine's run made are named; more are counted."""


def changed_line(result: RunResult) -> str:
    """What a routine's run changed, as one sentence after its name: "turned off Living
    room lamp and then set Thermostat to 18 °C; the rest was already so.", "everything
    was already so." ("Good night." alone left a person who taught it weeks ago no way
    to know it did anything). Up to ``_NAMED_CHANGES`` changes are named, more counted
    ("… and 4 other changes"); "" when the routine sets no device (its own words, the
    ``say`` steps, are the reply)."""
    sets = [o for o in result.outcomes
            if o.ok and o.device is not None and isinstance(o.step, SetStep)]
    if not sets:
        return ""
    kept = _unchanged(result)
    changed = [o for o in sets if o.device is not None and o.device.id not in kept]
    if not changed:
        return "everything was already so."
    names = {o.device.id: o.device.name for o in changed if o.device is not None}
    shown: list[SetStep] = [o.step for o in changed[:_NAMED_CHANGES]
                            if isinstance(o.step, SetStep)]
    hidden = [o.step for o in changed[_NAMED_CHANGES:] if isinstance(o.step, SetStep)]
    last, more = shown[-1], 0
    if hidden and all(s.set == last.set for s in hidden):  # told with the last one:
        more, hidden = len(hidden), []  # "turned on A, B, C and 2 more"
    told = steps_sentence(shown, names, past=True, more=more)
    if hidden:
        told += f", and made {counted(len(hidden), 'other change')}"
    return told + ("; the rest was already so." if len(changed) < len(sets) else ".")


def _failed_steps(replies: TurnReplies, result: RunResult, title: str,
                  failures: Sequence[StepOutcome]) -> None:
    """A routine's failed steps, each with its number; a backend that could not be
    reached at all once, with the steps that ran (as ``teachapp run`` says it: with
    the MQTT broker down, "goodnight" said the same reason once per device)."""
    summary = result.unreachable_summary() if any(f.unreachable for f in failures) else ""
    if summary:
        replies.error(f"{title}: {summary}")
    for failure in failures:
        if not (summary and failure.unreachable):
            replies.error(f"{title}: step {failure.index + 1} failed: {failure.message}")


def _failed_commands(replies: TurnReplies, result: RunResult) -> None:
    """Device commands that did not work: each failure's own words, which name the
    device and the fix; a backend that could not be reached, once ("turn off the
    lights" with the broker down said "That: step 1 failed: …" for each light)."""
    down = [f for f in result.failures if f.unreachable]
    if down:
        reason = down[0].unreachable.rstrip(".")
        reason = reason[:1].upper() + reason[1:]
        none = not any(o.ok and o.device is not None for o in result.outcomes)
        replies.error(f"{reason}. " + ("Nothing was changed." if none else
                                       "The rest was not changed."))
    for failure in result.failures:
        if not failure.unreachable:
            replies.error(failure.message)


def report_commands(replies: TurnReplies, result: RunResult, title: str = "That") -> None:
    """After device commands (no routine), each device's new state: "Telly: volume
    30 %.", whether the command named it or said "it". A device that was already so is
    said to be ("TV is already off.", was "TV: off." as if it had done something);
    among several, in one line ("The other 7 were already off."). A device that did
    not change is said by the failure's own words ("Porch light (light.porch_light)
    was not changed: …"; it was "That: step 1 failed: …"). ``title``: what a stop or a
    pause is said of (the parts' requests of a sentence of several)."""
    done = [(o.device, {k: o.device.state.get(k) for k in o.step.set})
            for o in result.outcomes if o.device is not None and isinstance(o.step, SetStep)]
    if not result.ok and (result.cancelled or result.waiting is not None):
        report_run(replies, result, title)
        return
    if not result.ok:
        _read_back(replies, result, done)
        _failed_commands(replies, result)
        return
    _read_back(replies, result, done)


def _read_back(replies: TurnReplies, result: RunResult,
               done: list[tuple[Device, dict[str, Any]]]) -> None:
    if not done:
        return
    kept = _unchanged(result)
    if kept and {device.id for device, _state in done} <= kept:  # nothing changed: as
        # things are now, as one device says it ("TV and Bedroom fan are already off.",
        # "All 5 lights are already off."; they were "... were already off.")
        replies.report(_already(done, kept, every=True, now=True))
        return
    for device, state in done:
        if device.id not in kept:
            replies.report(readback(device, state))
    if kept:
        replies.report(_already(done, kept, every=len(kept) == len(done)))


def already_so(steps: list[Any], devices: list[Device]) -> str | None:
    """"Bedroom lamp, Living room lamp and Desk lamp are already off.": what to say
    instead of asking which device was meant, when every step would leave its device as
    it is (so no answer could change anything); None when some step would change one."""
    by_id = {d.id: d for d in devices}
    done = []
    for step in steps:
        device = by_id.get(step.device) if isinstance(step, SetStep) else None
        if device is None:
            return None
        state = {**default_state(device.kind), **device.state}
        if any(state.get(key) != value for key, value in step.set.items()):
            return None
        done.append((device, dict(step.set)))
    if not done:
        return None
    return _already(done, {d.id for d, _ in done}, every=True, now=True)


def said_already(done: Sequence[tuple[Device, dict[str, Any]]], action: str = "") -> str:
    """"Front door is already locked.", "All 9 devices are already off.": devices a
    change would leave as they are, each with that change, said before anything ran.
    ``action`` ("turn off"): the devices are all that take it, so too many to name are
    "Everything I can turn off is already off." (not "All 9 devices", which in a home of
    twelve reads as a miscount, beside a thing it lacks)."""
    return _already(list(done), {d.id for d, _ in done}, every=True, now=True,
                    action=action)


def said_was_already(done: Sequence[tuple[Device, dict[str, Any]]]) -> str:
    """"Desk lamp was already on.": devices a run left as they were, each with what it
    set, told afterwards (the explanation of a run, ``run_steps``)."""
    return _already(list(done), {d.id for d, _ in done}, every=True)


def left_as_they_were(result: RunResult) -> set[str]:
    """The devices a run left as they were: each value it set was the value before."""
    return _unchanged(result)


_NAMED_ALREADY = 3
"""Up to this many devices left as they were are named; more are counted."""


def _unchanged(result: RunResult) -> set[str]:
    """The devices a command left as they were (each value set was the value before)."""
    return {device for device, after in result.after.items()
            if after == {k: result.before.get(device, {}).get(k) for k in after}}


def _already(done: list[tuple[Device, dict[str, Any]]], kept: set[str], *,
             every: bool, now: bool = False, action: str = "") -> str:
    """One short line for the devices a command found as asked ("turn off everything":
    "The other 7 were already off."), instead of reading back the whole house.
    ``now``: said before anything ran ("… are already off")."""
    groups: dict[str, list[str]] = {}
    kinds: dict[str, set[str]] = {}
    for device, state in done:
        if device.id in kept:
            words = _as_already(kind_of(device.id), state)
            groups.setdefault(words, []).append(device.name)
            kinds.setdefault(words, set()).add(kind_of(device.id))
    lines = []
    for words, names in groups.items():
        names = list(dict.fromkeys(names))
        shared = kinds[words].pop() if len(kinds[words]) == 1 else None
        noun = kind_noun(shared or "", 2, "and") or "devices"  # ("All 5 lights")
        if len(groups) == 1 and len(names) > _NAMED_ALREADY and action:
            return f"Everything I can {action} is already {words}."
        if len(groups) == 1 and len(names) > _NAMED_ALREADY:
            who = f"All {len(names)} {noun}" if every else f"The other {len(names)}"
        elif len(names) > _NAMED_ALREADY:
            who = f"{len(names)} {noun}"
        else:
            who = spoken_list(names)
        verb = ("is" if now else "was") if names_singular(names) else ("are" if now else "were")
        lines.append(f"{who} {verb} already {words}.")
    return " ".join(lines)


_KEPT_WORDS = ("on", "off", "locked", "unlocked", "open", "closed")
"""States said as they are after "is already" ("on at 50 %" too)."""


def _as_already(kind: str, state: dict[str, Any]) -> str:
    """A state as "X is already ..." says it: "off", "locked", "at 20 °C", "on at 50 %",
    "set to heat" ("Upstairs thermostat is already at 20 °C.", was "... already target
    temp 20 °C", the words of a read-back, which make no sentence)."""
    clauses = describe_target(f"{kind}.device", state, " ").split(", ")
    words = []
    for clause in (c.strip() for c in clauses):
        if clause.split(" ")[0] in _KEPT_WORDS:
            words.append(clause)
        elif clause.startswith("to "):
            words.append("at " + clause[3:])
        elif clause.endswith(" mode"):
            words.append("set to " + clause[:-5])
        else:
            words.append("at " + clause)
    return spoken_list(words)
