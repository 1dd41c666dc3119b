""""Why is the TV on?", "who turned the heating off?": a device's state and what last
changed it, from the device history (every change is recorded with its cause: a
routine, a schedule, a device command, the window, a hunch, an undo, or outside the
app). Pure functions over values; ``manage`` reads the store and says the lines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo

from ..domain import (
    Device,
    describe_state,
    name_in_sentence,
    name_opening,
    names_singular,
    sentence_start,
    spoken_list,
)
from ..store import DeviceChange
from .recap import spoken_when
from .teaching import spoken_state

__all__ = ["PAST_STATES", "STATE_WORDS", "past_lines", "reached", "why_lines"]

STATE_WORDS: Mapping[str, tuple[str, object]] = {
    "on": ("on", True), "off": ("on", False), "playing": ("on", True),
    "running": ("on", True), "locked": ("locked", True), "unlocked": ("locked", False),
    "open": ("position", 100), "closed": ("position", 0), "shut": ("position", 0)}
"""A state said in the question and the attribute value it names: "why are the lights
on?" asks about the lights that are on."""


_OUTSIDE = "outside the app (by hand, by another app or by the device itself)"

_CAUSES: Mapping[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "routine": (("by {}", "by a routine"), ("when {} ran", "when a routine ran")),
    "schedule": (("by {} on its schedule", "on a schedule"),
                 ("when {} ran on its schedule", "on a schedule")),
    "command": (('when you said "{}"', "by a device command"),
                ('when you said "{}"', "on a device command")),
    "window": (("in the window",) * 2, ("from the window",) * 2),
    "hunch": (("by a hunch you agreed to",) * 2, ("on a hunch you agreed to",) * 2),
    "undo": (("when you undid {}", "by an undo"), ("when you undid {}", "on an undo")),
    "redo": (("when you redid {}", "by a redo"), ("when you redid {}", "on a redo")),
    "outside": ((_OUTSIDE,) * 2, (_OUTSIDE,) * 2),
}
"""Each cause of a change, said after "changed" ("by bedtime") and as a clause after its
time ("when bedtime ran"): each with its detail (the routine, the words said) and
without it."""


def _said(forms: tuple[str, str], detail: str) -> str:
    return forms[0].format(detail) if detail else forms[1]


def _cause_words(change: DeviceChange, renamed: Mapping[str, str]) -> str:
    detail = change.detail or ""
    if change.cause in ("routine", "schedule", "undo", "redo") and detail:  # (a routine's
        # name, or a redone command's words, inside a sentence: "by cinema time")
        now_called = renamed.get(detail) if change.cause in ("routine", "schedule") else None
        detail = name_in_sentence(detail)
        if now_called is not None:  # (the name it ran under)
            detail = f"{detail} (now called {name_in_sentence(now_called)})"
    forms = _CAUSES.get(change.cause)
    return _said(forms[0], detail) if forms else f"by {change.cause}"


def why_lines(devices: Sequence[Device], newest: Mapping[str, DeviceChange | None],
              now: datetime, zone: tzinfo, renamed: Mapping[str, str] | None = None
              ) -> list[str]:
    """One sentence per device: its state now and its newest recorded change ("The TV is
    on. It was last changed by Cinema time today at 21:03: on, volume 20 %."), what that
    change set left out when the state now says it ("Desk lamp is on, brightness 20 %. It
    was last changed by Cinema time, today at 21:03."; it was said twice). A routine
    renamed since is said by the name it ran under and the one it has now (``renamed``:
    old name to new)."""
    lines = []
    for device in devices:
        be = "is" if names_singular([device.name]) else "are"
        now_words = spoken_state(device)
        state = f"{device.name} {be} {now_words}."
        change = newest.get(device.id)
        if change is None:
            lines.append(f"{state} I have no record of what changed "
                         f"{'it' if be == 'is' else 'them'}.")
            continue
        at = datetime.fromtimestamp(change.at, zone)
        what = describe_state(device.kind, change.changes)
        if set(what.split(", ")) <= set(now_words.split(", ")):
            what = ""  # (what it set is what it is now, said just before: not twice)
        lines.append(f"{state} {'It was' if be == 'is' else 'They were'} last changed "
                     f"{_cause_words(change, renamed or {})}, "
                     f"{spoken_when(at, now, zone)}" + (f": {what}." if what else "."))
    return lines


PAST_STATES: Mapping[str, tuple[str, str, str]] = {
    "on": ("turned on", "went on", "turns on"), "off": ("turned off", "went off", "turns off"),
    "locked": ("locked", "was locked", "locks"),
    "unlocked": ("unlocked", "was unlocked", "unlocks"),
    "open": ("opened", "was opened", "opens"), "closed": ("closed", "was closed", "closes")}
"""A state asked about in the past ("did you lock the door?", "when did the lights go
off?"): what doing it is called, how it is said to have happened, and what a routine
that does it does."""


def reached(change: DeviceChange, state: str) -> bool:
    """Whether ``change`` put its device in ``state`` (a key of ``PAST_STATES``; any
    opening counts as "open")."""
    attribute = STATE_WORDS[state][0]
    return attribute in change.changes and _is(change.changes[attribute], state)


def _is(value: object, state: str) -> bool:
    attribute, wanted = STATE_WORDS[state]
    if attribute == "position":
        return bool(value) if state == "open" else value == 0
    return bool(value) == wanted


def _because(change: DeviceChange) -> str:
    """The cause of a change as a clause after its time ("when bedtime ran")."""
    forms = _CAUSES.get(change.cause)
    return _said(forms[1], change.detail or "") if forms else _OUTSIDE


def _one(devices: Sequence[Device]) -> bool:
    """Said as "it" ("Front door"), not "they" ("Kitchen lights", two lamps)."""
    return len(devices) == 1 and names_singular([devices[0].name])


def past_lines(devices: Sequence[Device], found: Mapping[str, DeviceChange | None],
               state: str, now: datetime, zone: tzinfo, *, when: bool = False,
               said: str = "", ran: Mapping[str, tuple[str, datetime]] | None = None
               ) -> list[str]:
    """The answer to "did you lock the door?" (``when`` False: yes or no first) or
    "when did the lights go off?" (``when``), from ``found``: each device's newest change
    into ``state`` (a key of ``PAST_STATES``), or None. Devices changed at once by one
    cause are said together, as ``said`` (the words asked with, "the lights") when they
    are all that were asked about: 'Yes: I locked Front door at 20:23 when bedtime ran.',
    'No: Front door has not been unlocked today; it is locked.', 'The lights went off at
    20:23 (bedtime).'. ``ran``: for a device with no such change, a routine run today
    that sets it so (its name and time): it was so already ('Bedtime ran at 20:23 and
    locks Front door, but it was locked already.'); a command's (name "") likewise
    ('No need: Front door was already locked when you asked at 21:00, and still is.')."""
    def named(members: Sequence[Device]) -> str:
        # (words of one thing said of several, "did you turn off the lamp?" with three
        # lamps, name them: it was "No: the lamp have not been turned off today")
        plural = said and not names_singular([said])
        return said if plural and len(members) == len(devices) > 1 else spoken_list(
            [d.name for d in members])

    groups: dict[tuple[str, str, int], list[Device]] = {}
    newest: dict[tuple[str, str, int], DeviceChange] = {}
    never: list[Device] = []
    for device in devices:
        change = found.get(device.id)
        if change is None:
            never.append(device)
            continue
        key = (change.cause, change.detail or "", int(change.at // 60))
        groups.setdefault(key, []).append(device)
        newest.setdefault(key, change)
    lines = [_changed(named(members), members, newest[key], state, now, zone, when=when)
             for key, members in sorted(groups.items(), key=lambda item: -newest[item[0]].at)]
    already: dict[tuple[str, datetime], list[Device]] = {}
    for device in never:
        if ran and device.id in ran and _is(device.state.get(STATE_WORDS[state][0]), state):
            already.setdefault(ran[device.id], []).append(device)
    for (routine, at_run), members in already.items():
        if not routine:  # a command that found it so
            lines.append(f"{'' if lines or when else 'No need: '}"
                         f"{spoken_list([d.name for d in members])} "
                         f"{'was' if _one(members) else 'were'} already "
                         f"{spoken_state(members[0])} when you asked at "
                         f"{at_run.astimezone(zone):%H:%M}, and "
                         f"{'still is' if _one(members) else 'still are'}.")
            continue
        opening = name_opening(routine) if lines or when else f"Yes: {name_in_sentence(routine)}"
        lines.append(f"{opening} ran at "
                     f"{at_run.astimezone(zone):%H:%M} and {PAST_STATES[state][2]} "
                     f"{spoken_list([d.name for d in members])}, but "
                     f"{'it was' if _one(members) else 'they were'} "
                     f"{spoken_state(members[0])} already.")
    never = [d for d in never if not any(d in m for m in already.values())]
    if never:
        lines.append(_never(named(never), never, state, when=when, first=not lines))
    return lines


def _changed(names: str, members: Sequence[Device], change: DeviceChange, state: str,
             now: datetime, zone: tzinfo, *, when: bool) -> str:
    """One cause's change of ``members`` into ``state``, as ``past_lines`` says it."""
    done, went, _does = PAST_STATES[state]
    at = spoken_when(datetime.fromtimestamp(change.at, zone), now, zone).removeprefix("today ")
    why = _because(change)
    again = [d for d in members if not _is(d.state.get(STATE_WORDS[state][0]), state)]
    still = (f" {spoken_list([d.name for d in again])} {'is' if _one(again) else 'are'} "
             f"{spoken_state(again[0])} now." if again else "")
    if when:
        verb = went if went.startswith("went") or _one(members) else went.replace("was", "were")
        cause = (name_in_sentence(change.detail) if change.cause == "routine" and change.detail
                 else why)
        return f"{sentence_start(names)} {verb} {at} ({cause}).{still}"
    today = datetime.fromtimestamp(change.at, zone).date() == now.astimezone(zone).date()
    if change.cause not in ("routine", "schedule", "command", "window", "hunch", "undo",
                            "redo"):  # (not "yes" to "did you …?": not the app's doing)
        head = "" if today else "Not today: "
        return (f"{head}{names if head else sentence_start(names)} "
                f"{'was' if _one(members) else 'were'} {done} {why} {at}, not by me.{still}")
    return f"{'Yes' if today else 'Not today'}: I {done} {names} {at} {why}.{still}"


def _never(names: str, devices: Sequence[Device], state: str, *, when: bool,
           first: bool) -> str:
    """Devices with no recorded change into ``state``: said so, with their state now."""
    done = PAST_STATES[state][0]
    now_in = spoken_list(sorted({spoken_state(d) for d in devices}))
    they = "it is" if _one(devices) else "they are"
    if when:
        going = f"going {state}" if state in ("on", "off") else f"being {done}"
        return f"I have no record of {names} {going}; {they} {now_in}."
    head = "No: " if first else ""
    return (f"{head}{names if first else sentence_start(names)} "
            f"{'has' if _one(devices) else 'have'} not been {done} today; {they} {now_in}.")
