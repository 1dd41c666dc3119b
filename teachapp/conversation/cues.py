"""Answers to words that change what is asked: "is movie night on?", "cancel movie
night", "don't start movie night", "we had movie night yesterday", "is the desk lamp
on?".

The resolver rejects such an utterance and says why (``Resolution.reason``) and
which routine it mentions; here the reply says what it really was, from the device
states, and never runs anything. Pure functions over values: the agent asks them
for a reply and acts on the one case that needs a question (an undo offer).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain import (
    Device,
    Routine,
    SetStep,
    counted,
    kind_noun,
    name_in_sentence,
    name_opening,
    names_singular,
    phrase_quoted,
    spoken_list,
    value_with_unit,
)
from ..store import phrase_key
from ..understanding.resolution import Decision, Reason, Resolution
from .models import Outcome
from .places_said import home_lacks
from .teaching import describe_target, spoken_state
from .where_asked import where_answer

if TYPE_CHECKING:
    from ..understanding.commands import CommandParser, DeviceCommand, OutOfPlace

__all__ = ["CueReply", "asks_when", "cue_answer", "cue_reply", "device_question",
           "elsewhere_offer",
           "elsewhere_question", "not_there", "question_about_it"]

_STATE_QUESTION = re.compile(
    r"^(?:(?:and|but|or|oh)\s+)*(?:is|are|was|were|which|whats?|how)\b",  # the parser
    re.IGNORECASE)  # says which devices, if any; "but is the lamp on?" asks as well
_EMBEDDED = re.compile(
    r"^(?:(?:and|but|so|oh)\s+)?(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?"
    r"(?:check|see|tell\s+me|find\s+out|let\s+me\s+know|do\s+you\s+know|i\s+wonder)\s+"
    r"(?:if|whether)\s+(?P<subject>.+?)\s+(?P<be>is|are)\s+(?P<rest>.+)$", re.IGNORECASE)
"""A yes/no question asked inside a request or a wish ("can you check if the front door
is locked", "do you know whether the lights are on"): the question is the clause after
"if", its subject and verb put back in a question's order."""
_LEFT_SO = re.compile(
    r"^(?:(?:and|but|so|oh)\s+)*(?:did|have|has)\s+(?:i|we|you|they|someone|somebody|anyone|"
    r"anybody|the\s+kids)\s+(?:leave|left)\s+(?P<rest>.+)$", re.IGNORECASE)
""""did I leave the lights on?", "did we leave the door unlocked?": how things are now,
asked as "are the lights on?" is (it was 'I can't answer "…"')."""
_HOW_MANY = re.compile(r"^(?P<lead>(?:(?:and|but|so|oh)\s+)*)how\s+many\s+(?P<rest>.+?)"
                       r"(?:\s+(?P<state>on|off|locked|unlocked|open|closed))?"
                       r"(?:\s+(?:in|upstairs|downstairs)\b.*)?$", re.IGNORECASE)
"""A question that counts ("how many lights are on?"): read as "which ... are on?" and
answered with the count first; ``state`` the state counted, when it is one said of a
device's state."""
_WHEN_ASKED = re.compile(
    r"^(?:(?:and|but|so|ok|okay)\s+)*(?:at\s+)?(?:when|what\s+time)(?:'?s|\s+is|\s+will|"
    r"\s+does|\s+do)?\b(?!.*\b(?:did|was|were|has|have|had|last|ran)\b)", re.IGNORECASE)
"""A question of when something will be, not when it was: "when is bedtime?", "what
time is bedtime?" (not "what time did bedtime run?")."""
_MAX_GROUPS, _MAX_NAMES, _DETAILED, _NAMED_OFF = 6, 6, 3, 2
NOT_A_REQUEST = (Reason.PAST, Reason.REPORTED, Reason.HYPOTHETICAL, Reason.CONDITIONAL,
                 Reason.OPINION, Reason.QUESTION)
_QUESTIONS = (Reason.STATE_QUESTION, Reason.QUESTION)


@dataclass(frozen=True)
class CueReply:
    """What to say, and whether to offer undoing ``undo_routine`` (it just ran)."""

    text: str
    outcome: str
    """A word or two for the interaction log."""
    undo_routine: str | None = None


def cue_reply(resolution: Resolution, routine: Routine | None, devices: Iterable[Device],
              *, last_run: str | None) -> CueReply | None:
    """The reply to a rejected utterance whose reason is a cue, or None when the
    reason is not one this module answers (the turn then goes on as a rejection)."""
    reason = resolution.reason
    if routine is None:
        return None
    name = name_in_sentence(routine.name)
    if reason == Reason.STATE_QUESTION:
        return CueReply(_in_effect(routine, {d.id: d for d in devices}), Outcome.ANSWERED)
    if reason == Reason.CANCELLATION:
        if last_run is not None and last_run.casefold() == routine.name.casefold():
            return CueReply(f"Shall I undo {name}?", Outcome.OFFERED_UNDO, routine.name)
        return CueReply(f"{name_opening(routine.name)} isn't running, so there is nothing "
                        "to cancel. Say \"undo\" to put back the last run.",
                        Outcome.NOTHING_TO_CANCEL)
    if reason == Reason.NEGATION:
        return CueReply(f"OK, I won't run {name}.", Outcome.NOT_RUN)
    if reason in NOT_A_REQUEST:
        return CueReply(f"That sounded like talk about {name}, not a request, so I did "
                        f"nothing. Say \"{_phrase(routine)}\" to run it.", Outcome.NOT_A_REQUEST)
    return None


def cue_answer(text: str, resolution: Resolution, routine: Routine | None,
               parser: CommandParser, *, last_run: str | None) -> CueReply | None:
    """The answer to an utterance the resolver rejected for a cue, or to a question
    about devices; None when it is neither. A question that names devices or a room
    without saying a phrase of the routine it mentions ("what's on in the workshop?"
    beside "workshop on") is about the devices, and so is one the resolver only asks
    about ("is the kettle on?" beside "put the kettle on"): for anything else asked
    about, None, and the question "Did you mean …?" stands."""
    if routine is not None and (resolution.reason in _QUESTIONS
                                or resolution.decision == Decision.CLARIFY
                                ) and not _says_a_phrase(routine, text, parser):
        state = device_question(text, parser)
        if state is not None:
            return CueReply(state, Outcome.ANSWERED)
    if resolution.decision == Decision.CLARIFY:
        return None
    answer = cue_reply(resolution, routine, parser.devices, last_run=last_run)
    if answer is not None:
        return answer
    state = device_question(text, parser)
    return None if state is None else CueReply(state, Outcome.ANSWERED)


def asks_when(text: str) -> bool:
    """Whether ``text`` asks when something will be: about a routine the resolver hands
    on as a question, its schedule ("when is bedtime?": "That sounded like talk about
    bedtime, not a request")."""
    return _WHEN_ASKED.match(text.strip()) is not None


def _says_a_phrase(routine: Routine, text: str, parser: CommandParser) -> bool:
    """Whether ``text`` says one of the routine's phrases whole, or its name when the
    name is more than one word and no device's: a one-word name ("Coffee" for "put
    the coffee maker on") is as often a word of a device's name, and "is the coffee
    maker on?" asks about the device, whatever the routine is called."""
    said = f" {phrase_key(text)} "
    name = phrase_key(routine.name)
    devices = {phrase_key(device.name) for device in parser.devices}
    named = len(name.split()) > 1 and name not in devices
    return any(f" {phrase_key(p)} " in said for p in (
        *([name] if named else []), *(phrase.text for phrase in routine.phrases)))


def device_question(text: str, parser: CommandParser, *, here: str | None = None
                    ) -> str | None:
    """"is the desk lamp on?" -> "Desk lamp is off."; "which lights are on?" ->
    "Kitchen pendant is on at 100 %. Hall ceiling and Nightlight are off."; None when
    it is not a question about devices of this home. The devices are found as a
    command's are (``CommandParser.asked_about``)."""
    embedded = _EMBEDDED.match(" ".join(text.strip(" ?.!").split()))
    if embedded is not None:  # "can you check if the front door is locked"
        text = f"{embedded.group('be')} {embedded.group('subject')} {embedded.group('rest')}"
    left = _LEFT_SO.match(" ".join(text.strip(" ?.!").split()))
    if left is not None:  # "did I leave the lights on": "is the lights on", as parsed
        text = f"is {left.group('rest')}"
    where = where_answer(text, parser)  # "which rooms are the lights on in?"
    if where is not None:
        return where
    counting = _HOW_MANY.match(" ".join(text.strip(" ?.!").split()))
    if counting is not None:  # ("how many" was read as a word describing the lights)
        text = re.sub(r"\bhow\s+many\b", "which", text, count=1, flags=re.IGNORECASE)
    if not _STATE_QUESTION.match(text.strip()):
        return None
    rooms = _rooms_asked(text, parser, how_many=counting is not None)
    if rooms is not None:
        return rooms
    placed = _out_of_place(text, parser)
    if placed is not None:
        return placed
    found = parser.asked_about(text, here=here)
    if not found:
        return _none_in_the_room(text, parser, here)
    if counting is not None and counting.group("state"):
        return _counted(found, counting.group("state").casefold())
    if len(found) > 2 and _ASKS_WHAT_IS_OFF.match(" ".join(text.strip(" ?.!").split())):
        return _counted(found, "off")  # (it said "Nothing is on. …", or "I can't answer")
    answer = _warmth_of_the_home(text, found) or _states(
        found, rooms=parser.rooms_asked_whole(text, here=here))
    return f"{answer} {NO_THERMOMETER}" if _no_reading(text, found) else answer


def _no_reading(text: str, asked: list[Device]) -> bool:
    """Whether ``text`` asks how warm it is and ``asked`` are heating controls with no
    reading of the temperature (the simulated home's, and any with a target alone)."""
    return bool(_WARMTH_ASKED.search(text)) and bool(asked) and all(
        d.kind == "climate" and "current_temp" not in d.state for d in asked)


_ASKS_WHAT_IS_OFF = re.compile(
    r"^(?:(?:and|but|so|oh)\s+)?(?:what(?:'?s|\s+is)|which\s+(?:\w+\s+){0,2}(?:is|are)|"
    r"is\s+(?:anything|something))\s+(?:\w+\s+){0,2}off\b", re.IGNORECASE)
"""A question for the devices that are off ("what's off?", "which lights are off?", "is
anything off in the kitchen?"): which, counted, as "how many … are off?" is told."""


def _warmth_of_the_home(text: str, found: list[Device]) -> str | None:
    """The answer to a question that found only heating controls without naming one
    ("how warm is it?", "what's the temperature?", "is it cold in here?"): it says where
    each is whose name does not say its room ("Thermostat, in the Hallway, is set to
    20 °C, mode heat."; "Bedroom thermostat is set to …. Living room thermostat, in the
    Lounge, is set to …."), since what it tells is the warmth of that room (it was
    "Thermostat is set to 20 °C, mode heat.", and with two thermostats "Bedroom
    thermostat and Living room thermostat are set to 20 °C, mode heat.": the person
    could not tell of which room). None when every room is said or in a name."""
    said = f" {phrase_key(text)} "
    if not found or len(found) > _ELSEWHERE_SHOWN or any(
            d.kind != "climate" or not d.room or f" {phrase_key(d.name)} " in said
            for d in found):
        return None
    unplaced = [d for d in found  # (the room said, or in its name: "Living room heating")
                if f" {phrase_key(d.room)} " not in f"{said}{phrase_key(d.name)} "]
    if not unplaced:
        return None
    return " ".join(f"{d.name}{f', in the {d.room},' if d in unplaced else ''} "
                    f"{'is' if names_singular([d.name]) else 'are'} {_said(d)}."
                    for d in found)


NO_THERMOMETER = "I have no thermometer, so that is the setting, not a reading."
"""Said after the setting to "what's the temperature?", "is it cold?" (it answered with
the setting as if measured)."""
_WARMTH_ASKED = re.compile(r"\b(?:temperature|temp|warm|cold|hot|chilly|freezing|cool|"
                           r"degrees)\b", re.IGNORECASE)
"""A question of how warm it is, not of the heating: no thermometer here answers it."""
_CLIMATE_MODES = {"heat": "set to heat to {t}", "cool": "set to cool to {t}",
                  "auto": "set to {t}, on auto", "off": "off (set to {t})"}
"""A heating control's state as said: "set to heat to 21 °C", "off (set to 21 °C)" (it
was "set to 21 °C, mode heat" and, to "is the heating on?", "set to 21 °C, mode off")."""


def _said(device: Device, *, level: bool = True) -> str:
    """A device's state in an answer; a heating control's by what it does
    (``_CLIMATE_MODES``), any other's as ``spoken_state``."""
    if device.unreported:  # (its stored state may be a default: never said as known)
        return device.unreported
    target = device.state.get("target_temp")
    mode = _CLIMATE_MODES.get(str(device.state.get("mode")))
    if device.kind != "climate" or target is None or mode is None:
        return spoken_state(device, level=level)
    return mode.format(t=value_with_unit("climate", "target_temp", target))


def _counted(found: list[Device], state: str) -> str:
    """"how many lights are on?": how many of ``found`` are in ``state``, then which
    ("2 of the 5 lights are on: Kitchen lights and Desk lamp.")."""
    if len(found) == 1:
        return _states(found)
    kinds = {d.kind for d in found}
    noun = (kind_noun(kinds.pop()) if len(kinds) == 1 else None) or "device"
    noun = "devices" if " " in noun else f"{noun}s"  # (not "blind or curtains")
    which = [d.name for d in found
             if re.split(r",| \(", _said(d, level=False))[0] == state]
    if not which:
        return f"None of the {len(found)} {noun} are {state}."
    if len(which) == len(found):
        return f"All {len(found)} {noun} are {state}."
    verb = "is" if len(which) == 1 else "are"
    return f"{len(which)} of the {len(found)} {noun} {verb} {state}: {_names(which)}."


_ROOMS_ASKED = re.compile(r"^(?:(?:so|and|ok|okay)\s+)?(?P<how>what|which|how\s+many)\s+"
                         r"rooms\b(?!\s+(?:is|are)\s+(?:\w+\s+)*(?:on|off|open|closed|"
                         r"locked|unlocked)\b)", re.IGNORECASE)
"""A question for the rooms themselves ("what rooms are there?", "which rooms do you
know?", "how many rooms are there?"), not for those where something is on."""


def _rooms_asked(text: str, parser: CommandParser, *, how_many: bool) -> str | None:
    """"what rooms are there?": this home's rooms (it was "This home has no what rooms.
    Its rooms are …", the question word read as a room's)."""
    asked = _ROOMS_ASKED.match(" ".join(text.strip(" ?.!").split()))
    rooms = sorted({d.room for d in parser.devices if d.room})
    if asked is None or not rooms:
        return None
    if how_many or asked["how"].casefold().startswith("how"):
        return f"This home has {counted(len(rooms), 'room')}: " \
               f"{spoken_list(rooms)}."
    return f"This home's rooms are {spoken_list(rooms)}."


def _out_of_place(text: str, parser: CommandParser) -> str | None:
    """"Is the light on in the garage?" (or "is the garage light on?") in a home without
    one: it has no garage, as a command there is told ("This home has no garage. I can
    turn on ..."), then the state of the lights it has, or, when no kind was asked about
    ("is anything on in the garage?"), the rooms it has (was "I can't answer"). "Is the
    tv on in the bedroom?" when the TV is in the living room: there is none there, and
    the TV's state where it is (the room was ignored: "TV is off.")."""
    asked = parser.asked_out_of_place(text)
    if asked is None:
        return None
    devices, kind_said = list(asked.devices), asked.kind_said
    lead = not_there(asked)
    if not asked.missing:  # (only of devices named)
        return _where_they_are(lead, devices)
    if asked.named or (asked.thing and len(devices) == 1):
        return f"{lead} {_states(devices)}"  # ("This home has no garage door. Living ...")
    if not kind_said or not devices:
        rooms = sorted({d.room for d in parser.devices if d.room})
        return f"{lead} Its rooms are {spoken_list(rooms)}." if rooms else lead
    kinds = list(dict.fromkeys(d.kind for d in devices))
    noun = (kind_noun(kinds[0], len(devices)) if len(kinds) == 1 else None) or \
        ("devices" if len(devices) > 1 else "device")
    states = {spoken_state(d, level=False) for d in devices}
    if len(devices) > 1 and len(states) == 1:
        return f"{lead} Its {len(devices)} {noun} are all {states.pop()}."
    return f"{lead} Its {noun}: {_states(devices)}"


def not_there(asked: OutOfPlace) -> str:
    """"This home has no garage.", "There's no TV in the Bedroom.": the place said does
    not hold what was named (``CommandParser.asked_out_of_place``)."""
    if asked.missing:
        return home_lacks(asked.place)
    names = [d.name for d in asked.devices]
    there = "There's no" if len(names) != 1 or names_singular(names) else "There are no"
    return f"{there} {spoken_list(names, 'or')} in the {asked.place}."  # ("Kitchen lights")


def elsewhere_question(command: DeviceCommand) -> str | None:
    """The question before a command for devices named with a place they are not in
    ("turn on the tv in the bedroom", the TV in the living room): what is not there, as
    a question about the home says it, and whether to do it where they are ("There's no
    TV in the Bedroom. Shall I turn on the one in the Living room?"); None for a command
    said of no such place. It was run on the living-room TV."""
    offer = elsewhere_offer(command)
    if offer is None or command.elsewhere is None:
        return None
    return f"{not_there(command.elsewhere)} Shall I {offer}?"


def elsewhere_offer(command: DeviceCommand) -> str | None:
    """What "yes" to ``elsewhere_question`` does, in words: "turn on the one in the Living
    room" (``run``, which cannot hear the yes, says how to do it instead); None for a
    command said of no such place."""
    if command.elsewhere is None:
        return None
    devices = list(command.devices)
    rooms = spoken_list(list(dict.fromkeys(d.room for d in devices if d.room)))
    names = spoken_list([d.name for d in devices])
    text = command.text
    if rooms and text.endswith(f" {names}"):
        one = "the one" if names_singular([d.name for d in devices]) else "the ones"
        return f"{text[:-len(names)]}{one} in the {rooms}"
    return f"{text}, in the {rooms}" if rooms else text


def _none_in_the_room(text: str, parser: CommandParser, here: str | None) -> str | None:
    """"How warm is it in the bedroom?" where the only thermostat is in the hallway: that
    room has none, and where the ones of that kind are and their state (was "I can't
    answer": the person did not know which rooms have which devices)."""
    rooms, elsewhere = parser.asked_elsewhere(text, here=here)
    if not rooms or not elsewhere:
        return None
    kinds = list(dict.fromkeys(d.kind for d in elsewhere))
    noun = (kind_noun(kinds[0]) if len(kinds) == 1 else None) or "device of that kind"
    said = _where_they_are(f"There's no {noun} in the {spoken_list(rooms)}.", elsewhere)
    return f"{said} {NO_THERMOMETER}" if _no_reading(text, elsewhere) else said


def _where_they_are(none: str, elsewhere: list[Device]) -> str:
    """``none`` ("There's no TV in the Bedroom."), then where the devices asked about
    are and their states; past a few, only the rooms they are in."""
    if len(elsewhere) > _ELSEWHERE_SHOWN:  # where they are, not every state
        places = spoken_list(list(dict.fromkeys(d.room for d in elsewhere if d.room)))
        return f"{none[:-1]}: this home's {len(elsewhere)} are in the {places}."
    return none + "".join(f" {d.name}, in the {d.room}, "
                          f"{'is' if names_singular([d.name]) else 'are'} {_said(d)}."
                          for d in elsewhere)


_ELSEWHERE_SHOWN = 2
"""At most this many devices of the kind asked about, in other rooms, said with states."""


_ABOUT_IT = re.compile(r"^(?:is|are)\s+(?:it|they)\s+(?:still\s+|already\s+)?(?P<state>[a-z]+)"
                       r"(?:\s+(?:now|yet|still|again))?$")
"""A yes/no question whose subject is a pronoun and whose complement is one word: "is it
on?", "are they still off?"."""


def question_about_it(text: str, devices: list[Device], state_words: Iterable[str]
                      ) -> str | None:
    """"is it on?" of ``devices`` (what "it" means now: the devices last acted on), when
    the complement is a word of a device's state (``state_words``): "is it raining?" is
    no question about them. None otherwise."""
    said = _ABOUT_IT.match(" ".join(text.casefold().strip(" ?.!").split()))
    if said is None or not devices or said.group("state") not in set(state_words):
        return None
    return _states(devices)


def _states(found: list[Device], *, rooms: list[str] | None = None) -> str:
    """The state of the devices a question asked about, grouped by state; ``rooms``: the
    rooms asked about as a whole, named when nothing there is on ("Nothing is on in the
    Living room. Living room blinds are closed.", it said "Nothing is on. …" as of the
    whole home)."""
    groups: dict[str, list[str]] = {}
    for device in found:
        # (many devices: "on", not "on, brightness 33 %")
        state = _said(device, level=len(found) <= _DETAILED)
        groups.setdefault(state, []).append(device.name)
    ordered = list(groups.items())  # a few named devices: in the order they were asked
    if len(found) > 2:  # a kind or a room: what is on first
        ordered.sort(key=lambda item: 0 if item[0].startswith("on") else 2 if item[0] == "off"
                     else 1)
    if rooms and not any(state.startswith("on") for state, _names_ in ordered):
        return _nothing_on_in(rooms, ordered, len(found))
    if len(found) > 2 and len(ordered) > 1 and not any(
            state.startswith("on") for state, _names_ in ordered):
        # "what's on?" with nothing on: that first (it began "Front door is locked."
        # and ended "The other 9 are off.", the answer last)
        ordered = [(state, names) for state, names in ordered if state != "off"]
        return " ".join(["Nothing is on.", _lines(ordered, len(found))])
    return _lines(ordered, len(found))


def _nothing_on_in(rooms: list[str], ordered: list[tuple[str, list[str]]], count: int
                   ) -> str:
    """Nothing on in the ``rooms`` asked about: that first, by the rooms' names, then
    what is not simply off; the ones off named when they are few ("Nothing is on in the
    Bedroom: Bedroom fan and Bedroom lamp are off.")."""
    lead = f"Nothing is on in {spoken_list([f'the {room}' for room in rooms])}"
    others = [(state, names) for state, names in ordered if state != "off"]
    if not others:
        off = [name for _state, names in ordered for name in names]
        return (f"{lead}: {_names(off)} {'is' if names_singular(off) else 'are'} off."
                if len(off) <= _NAMED_OFF else f"{lead}: all {count} devices are off.")
    return f"{lead}. {_lines(others, count)}"


def _lines(ordered: list[tuple[str, list[str]]], count: int) -> str:
    """Each state of ``ordered`` with the devices in it, of ``count`` asked about."""
    lines = [f"{_names(names)} {'is' if names_singular(names) else 'are'} {state}."
             if state != "off" or len(names) <= _NAMED_OFF
             else f"None of them is on: all {len(names)} are off." if len(names) == count
             else f"The other {len(names)} are off."  # "what's on?": not every name off
             for state, names in ordered[:_MAX_GROUPS]]
    rest = sum(len(names) for _state, names in ordered[_MAX_GROUPS:])
    if rest:
        lines.append(f"And {rest} more; the device panel shows them all.")
    return " ".join(lines)


def _names(names: list[str]) -> str:
    return spoken_list(names, most=_MAX_NAMES)


def _in_effect(routine: Routine, devices: dict[str, Device]) -> str:
    """Whether the devices are as the routine sets them, and what differs."""
    name = name_in_sentence(routine.name)
    different: list[str] = []
    targets = 0
    for step in routine.steps:
        if not isinstance(step, SetStep) or step.device not in devices:
            continue
        targets += 1
        device = devices[step.device]
        if any(device.state.get(k) != v for k, v in step.set.items()):
            now = spoken_state(device)
            target = describe_target(device, step.set)[len(device.name):].strip()
            different.append(f"{device.name} is {now} ({name} sets it {target})")
    if targets == 0:
        return f"{name_opening(routine.name)} does not set any device, so it cannot be on or off."
    if not different:
        return f"Yes: everything is as {name} sets it."
    shown = "; ".join(different[:3]) + (f"; and {len(different) - 3} more" if len(different) > 3
                                        else "")
    return f"No, not all of {name} is in effect: {shown}."


def _phrase(routine: Routine) -> str:
    """The words that start ``routine``, as said: its first phrase, else its name."""
    return phrase_quoted(routine.phrases[0].text if routine.phrases else routine.name)
