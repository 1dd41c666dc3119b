"""Reading what follows a command, and a command for something the home lacks.

"and the fan", "the kettle too", "a bit more" said right after a command carry its
change to the things named now, or again; "turn on the toaster" names what this home
does not have (and what it has instead). Both read a sentence as the one before it
reads it (``_command_sentence``)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..domain import ATTRIBUTES, Device, SetStep
from ..errors import TeachappError
from ._command_changes import Intent, changes_for, read_back
from ._command_missing import (
    DETERMINERS,
    MissingThing,
    as_they_are,
    missing_ability,
    missing_setting,
    missing_thing,
)
from ._command_one import kind_of_value
from ._command_reading import Reading, read_utterance
from ._command_result import DeviceCommand, switched_said
from ._command_sentence import SentenceReader
from .parts import split_parts

__all__ = ["FollowUps", "says_more"]

_CONTINUATION = re.compile(
    r"^(?:actually\s+(?=(?:and|also|plus|add|include)\b))?"
    r"(?:(?:and|also|plus|oh|then|add|include)\s+)*(?:(?:the\s+)?same\s+(?:for|with)\s+)?|"
    r"[\s,]+(?:too|as\s+well|also)[\s.!?]*$", re.IGNORECASE)
"""What an elliptical follow-up adds around the names: "and the fan", "same for the
kettle", "the lamp too", "add the fan", "actually include the kettle too" ("actually"
only before a word of adding: "actually the fan" may mean instead)."""

_MORE = re.compile(r"(?:(?:a\s+)?(?:(?:little|tiny|wee)\s+)?(?:bit|little|touch|tad|notch|"
                   r"smidge)\s+|a\s+lot\s+|much\s+|even\s+|some\s+|way\s+|one\s+)?more"
                   r"(?:\s+(?:please|again))?|(?:do\s+(?:that|it)\s+)?again|once\s+more")
""""a bit more", "more please", "again" right after a relative change ("brighter",
"turn it up"): the same change once more."""


def says_more(utterance: str) -> bool:
    """Whether ``utterance`` only asks for more of the last change ("a bit more")."""
    return _MORE.fullmatch(" ".join(utterance.lower().strip(" .!?").split())) is not None


_A_VERB_FIRST = re.compile(r"^(?:switch|change|set|turn|put|go|move|make|bring)\b",
                           re.IGNORECASE)
"""A value said with a verb ("switch to aux") is a command that names no device, read as
one (the one playing, or "which one?"), not a value of the last command's devices."""


class FollowUps(SentenceReader):
    """Reads what is said right after a command, and what a command asks of things the
    home lacks."""

    def missing(self, utterance: str) -> MissingThing | None:
        """The thing a command asks for that this home does not have ("turn on the
        toaster", "open the garage door"), with the devices that take the action
        instead; None when ``utterance`` is a command of this home, no command, or
        several parts."""
        if len(split_parts(utterance)) > 1:
            return None
        try:
            if self.parse(utterance) is not None:
                return None
        except TeachappError:
            return None  # a value out of range: a device was found
        reading = read_utterance(utterance, self._index, self.vocabulary,
                                 name_similarity=self.settings.name_similarity)
        if reading is None:
            return None
        self._find_partial_names(reading)
        intent = self._intent(reading)
        said = self._said(reading)
        found = (missing_setting(reading, intent, said, self.devices) if intent else None) \
            or missing_ability(reading, intent, said, self.vocabulary.abilities,
                               self.vocabulary.primary_attribute,
                               players=self._players(reading),
                               player_abilities=self.vocabulary.player_abilities)
        if found is None and intent is not None and not (
                self._played(reading)
                and all(kind != "media_player" for kind, _plural in reading.kinds)):
            # ("play the party playlist" asks for something to hear, not a thing to switch on)
            found = missing_thing(reading, intent, self.devices,
                                  self.vocabulary.primary_attribute,
                                  self.vocabulary.place_adjectives, kind_of_value(intent.value))
        if found is None or intent is None:
            return found  # (an ability: nothing here takes it, so nothing is offered)
        return as_they_are(found, lambda device: self._changes_or_none(device, intent))

    def _changes_or_none(self, device: Device, intent: Intent) -> dict[str, Any] | None:
        """What ``intent`` would set on ``device``, None when that cannot be said."""
        try:
            return changes_for(device, intent, self.vocabulary)
        except TeachappError:
            return None

    def _said(self, reading: Reading) -> list[Device]:
        """The devices ``reading`` names, else those of the kinds it says (in the rooms it
        says, when any there); [] when it says neither."""
        if reading.names:
            return [self._index.devices[m.key] for m in reading.names]
        kinds = {kind for kind, _plural in reading.kinds}
        of_kind = [d for d in self.devices if d.kind in kinds]
        rooms = {m.key for m in reading.rooms}
        return [d for d in of_kind if d.room in rooms] or of_kind

    def _players(self, reading: Reading) -> list[Device]:
        """The home's TVs and speakers, in the rooms ``reading`` says when it says any."""
        rooms = {m.key for m in reading.rooms}
        return [d for d in self.devices
                if d.kind == "media_player" and (not rooms or d.room in rooms)]

    def continued(self, utterance: str, previous: str) -> DeviceCommand | None:
        """"and the fan", "the kettle too", said right after the command ``previous``
        ("turn on the nursery light"): that command for the devices named now, read as
        the two said in one breath ("turn on the nursery light and the fan"). A value
        carries over only to devices of the kinds it was said of: after "the lamp to
        full", "and the heater" switches the heater on, not to 35 °C. None when
        ``utterance`` says more than names, or nothing of the change fits the devices it
        names (a lock after "dim the lamp")."""
        if says_more(utterance):
            return self._again(previous)
        said = _CONTINUATION.sub("", utterance.strip())
        if said and said == utterance.strip() and not _A_VERB_FIRST.match(said) \
                and self._only_value(said):
            return self._value_of(said, previous)
        if not said or not self.only_names(said):
            return None
        parts = split_parts(previous)
        if len(parts) > 1 and self._each_part(parts, None) is not None:
            previous = parts[-1]  # (the nearest command: "..., and the tv on" + "the fan too")
        before = self.parse(previous)
        if before is None or not before.steps:
            return None
        kinds = {d.kind for d in before.devices}
        both = self.parse(f"{previous} and {said}")
        new = [d for d in both.devices if d not in before.devices] if both else []
        if both is not None and not new:
            return None  # nothing but what was just changed
        if new and all(d.kind in kinds for d in new):
            return both.only(new) if both else None
        sentence = switched_said(before, said)
        bare = self.parse(sentence) if sentence is not None else None
        return bare if bare is not None and bare.steps else None

    def _value_of(self, value: str, previous: str) -> DeviceCommand | None:
        """"50 percent", "half" said alone right after "turn on the desk lamp", "open the
        blinds": that value for the devices the command changed, as "desk lamp on and 50
        percent" reads it (``said_of``); it was offered as a phrase to learn. None when
        it fits none of them or ``previous`` changed nothing."""
        before = self.parse(previous)
        if before is None or not before.steps:
            return None
        command = self._said_of_each(value, before.devices, float(before.confidence))
        return None if command is None else _on_again(command, before)

    def missing_continued(self, utterance: str, previous: str) -> MissingThing | None:
        """"the desk lamp" right after "mute the tv", "the doorbell" after "turn off the
        lamp": what the change said before asks of the things named now that this home
        lacks (a lamp's volume, a doorbell), as ``missing`` says it of the change said of
        them alone ("mute the desk lamp", "turn off the doorbell"). None when the change
        fits them (``continued``) or ``said_with`` finds no such sentence."""
        try:
            if self.continued(utterance, previous) is not None:
                return None
        except TeachappError:
            return None
        sentence = self.said_with(utterance, previous)
        return None if sentence is None else self.missing(sentence)

    def said_with(self, utterance: str, previous: str) -> str | None:
        """The sentence a part that only says what it is about ("the tv", "the doorbell")
        means after the change ``previous``: a plain on or off said again with it ("turn
        off the doorbell"), else ``previous`` with its names in its place ("mute the tv"
        after "mute the desk lamp"), whether or not the home has the thing or the change
        fits it. None when ``utterance`` says more (an action, a setting, a value, a
        scope) or ``previous`` names no device and changes nothing."""
        said = _CONTINUATION.sub("", utterance.strip())
        reading = read_utterance(said, self._index, self.vocabulary,
                                 name_similarity=self.settings.name_similarity) if said else None
        if reading is None or says_more(utterance) or (
                reading.actions or reading.attributes or reading.relative_attribute
                or reading.value or reading.ambiguous_value or reading.scopes):
            return None
        try:
            before = self.parse(previous)
        except TeachappError:
            before = None
        sentence = switched_said(before, said)
        if sentence is not None:
            return sentence
        told = read_utterance(previous, self._index, self.vocabulary,
                              name_similarity=self.settings.name_similarity)
        if told is None or not told.names:
            lacked = self.missing(previous) if before is None else None
            # ("the toaster" after "turn off the doorbell": the change asked of a thing
            # the home lacks, said of the names now)
            return None if lacked is None or lacked.lacks or lacked.cannot \
                else f"{lacked.action} {said}"
        named = {i for m in told.names for i in range(m.start, m.end)}
        first = min(m.start for m in told.names)
        if first and told.tokens[first - 1] in DETERMINERS:
            first -= 1  # ("mute the tv": "the" goes with the names said now)
            named.add(first)
        return " ".join(said if i == first else tok for i, tok in enumerate(told.tokens)
                        if i == first or i not in named)

    def _again(self, previous: str) -> DeviceCommand | None:
        """"a bit more" after "brighter": the change said again, from the states now;
        None when it would change nothing (after "turn on the lamp" "more" means no
        new state, so it is not read as a command)."""
        again = self.parse(previous)
        if again is None or not again.steps:
            return None
        states = {d.id: d.state for d in self.devices}
        if all(states.get(step.device, {}).get(key) == value
               for step in again.steps for key, value in step.set.items()):
            return None
        return again


def _on_again(command: DeviceCommand, before: DeviceCommand) -> DeviceCommand:
    """``command`` (a value said alone after ``before``) switching back on the devices
    ``before`` switched off: "30 percent" right after "turn off the tv" set the volume of
    a TV that stayed off ("TV is already at volume 30 %"), where a lamp's brightness
    switches it on. A person who says a level of the thing just switched off has
    changed their mind about off, so it is switched on at that level and the read-back
    says "on" (a level of a thing left off does nothing they can see or hear)."""
    off = {step.device for step in before.steps if step.set.get("on") is False}
    steps = [SetStep(step.device, {"on": True, **step.set})
             if step.device in off and "on" in ATTRIBUTES[device.kind] else step
             for step, device in zip(command.steps, command.devices, strict=True)]
    if steps == command.steps:
        return command
    return replace(command, steps=steps,
                   reply=read_back(command.devices, [step.set for step in steps]))
