"""What the assistant knows, told without changing anything: "what did I teach
you?", "what does movie mode do?", "how do I start movie mode?"."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..domain import (
    Device,
    PhraseOrigin,
    Routine,
    WaitStep,
    counted,
    listed_name,
    name_in_sentence,
    name_opening,
    phrase_quoted,
    spoken_list,
)
from ..store import Store, phrase_key
from ..triggers import describe_trigger
from ..understanding.resolution import Decision, Resolution
from .steps_told import duration_words, steps_sentence
from .teaching import spoken_state

__all__ = ["describe_routine", "devices_overview", "find_routine", "how_long_words",
           "how_to_start", "taught"]


def find_routine(store: Store, words: str,
                 resolve: Callable[[str], Resolution] | None = None) -> str | None:
    """The routine that ``words`` name: its name, one of its phrases, or (with a
    resolver) the routine they would run or be asked about."""
    key = phrase_key(words)
    if not key:
        return None
    for name in store.routine_names():
        if phrase_key(name) == key:
            return name
    owner = store.phrase_owner(words)
    if owner is not None:
        return owner
    if resolve is not None:
        resolution = resolve(words)
        if resolution.decision in (Decision.RUN, Decision.CLARIFY):
            return resolution.routine
    return None


def steps_words(routine: Routine, names: dict[str, str]) -> str:
    """The steps as one clause, told as the save question told them ("set TV on at
    40 % and then turn off Lamp")."""
    return steps_sentence(routine.steps, names) or "do nothing yet (it has no steps)"


def _phrases_words(routine: Routine) -> str:
    out = []
    for phrase in routine.phrases:
        note = {PhraseOrigin.LEARNED: " (learned)",
                PhraseOrigin.ALIAS: " (added)"}.get(PhraseOrigin(phrase.origin), "")
        out.append(f"\"{phrase_quoted(phrase.text)}\"{note}")
    return spoken_list(out, "or")  # phrases are alternatives


def how_long_words(routine: Routine) -> str:
    """"how long does bedtime take?": its pauses are all the time it takes (a device
    step is done at once)."""
    pauses = [float(s.seconds) for s in routine.steps if isinstance(s, WaitStep)]
    total = sum(pauses)
    if not total:
        return f"{name_opening(routine.name)} takes no time: it has no pauses, so every " \
               "step is done at once."
    each = "" if len(pauses) == 1 else f" ({len(pauses)} pauses)"
    return (f"{name_opening(routine.name)} takes about {duration_words(total)}: that is "
            f"how long it waits between its steps{each}.")


def describe_routine(routine: Routine, names: dict[str, str]) -> list[str]:
    state = "" if routine.enabled else " It is switched off at the moment."
    return [f"{name_opening(routine.name)} will {steps_words(routine, names)}.{state}",
            f"Say {_phrases_words(routine)} to start it."]


def how_to_start(routine: Routine) -> list[str]:
    lines = [f"Say {_phrases_words(routine)} to start {name_in_sentence(routine.name)}."]
    if not routine.enabled:
        lines.append("It is switched off at the moment; say \"enable "
                     f"{phrase_quoted(routine.name)}\" (or use the window) to switch it on.")
    return lines


def taught(store: Store) -> list[str]:
    """Every routine in a line or two: its phrases, what it does and when it runs by
    itself, as "forget X" reads it back (a schedule was left out, and a routine
    switched off read as one that runs)."""

    routines = store.routines()
    if not routines:
        return ["You haven't taught me anything yet. Say \"teach\" to start."]
    names = {d.id: d.name for d in store.devices()}
    lines = [f"You taught me {counted(len(routines), 'routine')}:"]
    for routine in routines:
        runs = spoken_list([describe_trigger(t) for t in routine.triggers])
        off = " It is switched off." if not routine.enabled else ""
        lines.append(f"{listed_name(routine.name)}: say {_phrases_words(routine)}; it will "
                     f"{steps_words(routine, names)}{f', {runs}' if runs else ''}.{off}")
    return lines


def devices_overview(devices: Iterable[Device]) -> list[str]:
    """Every device by room with its state, a line per room: what "what devices do you
    have?" is answered with."""
    rooms: dict[str, list[str]] = {}
    for device in sorted(devices, key=lambda d: (d.room or "~", d.name.casefold())):
        rooms.setdefault(device.room or "No room", []).append(
            f"{device.name} ({spoken_state(device)})")
    if not rooms:
        return ["There are no devices yet. Add them in the window's device panel or with "
                "'teachapp import'."]
    total = sum(len(names) for names in rooms.values())
    return [f"I can control {counted(total, 'device')}:"] + [
        f"{room}: {spoken_list(names)}." for room, names in rooms.items()]
