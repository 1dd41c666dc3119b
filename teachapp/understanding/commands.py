"""Built-in device commands, understood without being taught.

"desk lamp to 80 percent", "turn off the kitchen lights", "lock the front door",
"turn everything off in the office", "make it warmer": these are read directly
against the devices of the home, while teaching (to show what a phrase should do)
and in normal use. The parser is conservative, because it runs beside the routine
resolver: anything that is not plainly a command to a device in this home (a
question, a taught phrase such as "reading mode", chit-chat, "play the party
playlist", a schedule, a device the home does not have) gives None.

How an utterance is read (all words in ``data/commands.yaml``):

1. clean it, drop wake words and politeness; refuse questions, negations and
   schedules ("in ten minutes"); number words become digits;
2. find device names (fuzzily: "living room lump"), then rooms, then vocabulary
   phrases (actions, kinds of device, attributes, units, "all", "here");
3. decide the action (lock > set a value > up/down > open/close > on/off);
4. pick the devices: named ones; else the kind asked for (or implied by the
   attribute: "volume" means a media player) in the rooms said, or "here";
5. turn the action into checked attribute changes for each device.

Confidence falls for every word nothing explains and for a singular word that
fits several devices ("the lamp" in a home with three); below
``CommandSettings.min_confidence`` the answer is None.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..domain import Device, SetStep, merged_sets, spoken_list, value_with_unit
from ..errors import TeachappError
from ._command_changes import Intent, changes_for, join_names, read_back, validated
from ._command_missing import (
    DETERMINERS,
    MissingThing,
    OutOfPlace,
    as_they_are,
    missing_place,
    missing_setting,
    missing_thing,
    thing_said,
)
from ._command_reading import (
    Reading,
    ValueSpec,
    contains_phrase,
    is_question,
    read_utterance,
    tells_people_state,
    tokenise,
)
from ._command_targets import NameMatch, TargetIndex, canonical, split_words
from ._command_vocab import (
    MODE_PREFIX,
    SOURCE_PREFIX,
    WHITE_PREFIX,
    Vocabulary,
    default_vocabulary,
)
from .parts import has_join, split_parts, split_reason

_ALL_BUT = re.compile(r"\s*,?\s+\b(?:except(?: for)?|apart from|but not|other than|"
                     r"but(?= (?:the|my|our)\b)|save for|bar)\b\s+", re.IGNORECASE)
""""all the lights except the lamp", "everything but the telly": what is left out."""

__all__ = ["CommandParser", "CommandSettings", "DeviceCommand", "MissingThing", "OutOfPlace",
           "parse_command", "switched_said"]

_ATTRIBUTE_KIND = {"brightness": "light", "volume": "media_player", "target_temp": "climate",
                   "position": "cover", "speed": "fan"}
_ATTRIBUTE_NAMES = {"target_temp": "temperature", "color_temp": "colour temperature"}
_MORE_LESS = {"more": "up", "less": "down"}
_NAMING_WORDS = frozenset({"the", "a", "an", "my", "our", "your", "this", "that", "these",
                           "those", "both", "all", "too", "also", "in", "of", "at", "and"})
"""The only other words a part that just names things may have ("the lamp in the hall")."""
_PICKING_WORDS = frozenset({"just", "only", "one", "ones", "please", "thanks", "the", "of"})
"""Words an answer that picks devices may have besides their names ("just the desk one")."""
_ALL_OF_THEM = frozenset({"all", "both", "them", "every", "each", "everything"})
_ONE_THING_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
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

_ANY_DEVICE = frozenset({"devices", "device", "things", "appliances", "appliance", "gadgets",
                         "electronics", "stuff"})
"""Nouns of no kind that a question about states says of every device ("which devices are
on?", "how many things are on?", "are any appliances on?"): the whole home, as "what's
on?" asks; a command's words they are not ("turn off the devices" stays as it was)."""
_WHATS_ON_WORDS = frozenset({"what", "whats", "which", "anything", "something", "everything",
                           "all", "is", "are", "there", "theres", "right", "now", "currently",
                           "still", "moment", "at", "the", "switched", "turned", "left", "in",
                           "here", "else", "stuff", "things", "thing", "tell", "me", "you",
                           "can", "do", "know", "if", "please", *_ANY_DEVICE})
"""Words "what's on?" may be asked with ("what's switched on right now?", "is there anything
else on?"); any other word says it is about something else ("what's on my calendar")."""
_REFERS_BACK = re.compile(r"\b(?:it|them|they|those|that|these|this|one|ones|same)\b",
                          re.IGNORECASE)
"""Words by which a part of a sentence means the devices of another part."""
_ACTS_ON_WHAT_IS_ON = frozenset({"off", "up", "down"})
_EXPLICIT = frozenset({"on", "off", "open", "close", "lock", "unlock"})
_ACTION_WORDS = {"on": "turn on", "off": "turn off", "open": "open", "close": "close",
                 "lock": "lock", "unlock": "unlock", "up": "turn up", "down": "turn down",
                 "set": "set"}


@dataclass
class DeviceCommand:
    """A device command understood from an utterance, ready to execute."""

    steps: list[SetStep]
    """One validated step per device, in the order of ``devices``."""
    devices: list[Device]
    """The devices the command changes."""
    text: str
    """What was understood, in words: "turn off Kitchen lights"."""
    confidence: float
    """0..1; below about 0.7 the caller may want to ask before acting."""
    reply: str
    """A short read-back: "Desk lamp: on, brightness 80 %."."""
    elsewhere: OutOfPlace | None = None
    """The place said that the devices named are not in ("turn on the tv in the bedroom"
    of a living-room TV; a place the home lacks, "in the garage"): asked about first, as
    sure as ``CommandSettings.ask_confidence`` at most (``asked_out_of_place``'s rule)."""

    def only(self, keep: Sequence[Device]) -> DeviceCommand:
        """The same command for some of its devices: "the desk one", answering "do you
        want me to turn on Bedroom lamp and Desk lamp?"."""
        ids = {d.id for d in keep}
        pairs = [(s, d) for s, d in zip(self.steps, self.devices, strict=True) if d.id in ids]
        devices = [d for _s, d in pairs]
        text = self.text.replace(join_names([d.name for d in self.devices]),
                                 join_names([d.name for d in devices]), 1)
        return DeviceCommand(steps=[s for s, _d in pairs], devices=devices, text=text,
                             confidence=self.confidence,
                             reply=read_back(devices, [s.set for s, _d in pairs]))


@dataclass(frozen=True)
class CommandSettings:
    """Fixed knobs of the parser; defaults chosen on benchmarks/commands.py."""

    min_confidence: float = 0.5
    """Below this the utterance is not taken as a device command."""
    name_similarity: float = 0.8
    """How close heard words must be to a device or room name (0..1)."""
    leftover_penalty: float = 0.8
    """Confidence is multiplied by this for each word nothing explains."""
    ambiguous_penalty: float = 0.7
    """Confidence factor when a singular word ("the lamp") fits several devices."""
    ask_confidence: float = 0.66
    """At most this confidence for a reading to ask about first: a word that names one
    thing fitting several devices or none by name ("the lamp" with three lamps, "the
    kettle" in a home without), a bare number that may be on a scale of ten ("up to
    eight": 8 or 80 %?). Below the conversation's sure_command (0.7)."""
    partial_name_score: float = 0.85
    """Score of a device named by part of its name ("the coffee" for Coffee maker)."""


@dataclass
class _Targets:
    devices: list[Device] = field(default_factory=list)
    score: float = 1.0
    named: bool = False


def _joined(commands: Sequence[DeviceCommand], *, confidence: float) -> DeviceCommand:
    """The commands of several parts of one sentence as one: a step a device with every
    change the parts make to it (a later part wins), read back once; the parts' words
    joined, each said once ("turn up the heating, i'm freezing" is one "turn up
    Thermostat")."""
    devices = list({d.id: d for c in commands for d in c.devices}.values())
    steps = merged_sets(s for c in commands for s in c.steps)
    by_id = {step.device: step for step in steps}
    return DeviceCommand(
        steps=steps, devices=devices,
        text=join_names(list(dict.fromkeys(c.text for c in commands))),
        confidence=confidence,
        reply=read_back(devices, [by_id[d.id].set for d in devices]))


def switched_said(command: DeviceCommand | None, names: str) -> str | None:
    """"turn on <names>" when ``command`` switched its devices one way only (on, or off):
    how a part that only names devices ("and the fan") says that change of its own; None
    when ``command`` set something else, or both ways."""
    switched = {step.set.get("on") for step in command.steps} if command else set()
    if len(switched) != 1 or None in switched:
        return None
    return f"turn {'on' if switched.pop() else 'off'} {names}"


class CommandParser:
    """Parses device commands against one list of devices; build once, parse per turn."""

    def __init__(self, devices: Sequence[Device], *, settings: CommandSettings | None = None,
                 vocabulary: Vocabulary | None = None,
                 volume_before: Callable[[str], float | None] | None = None) -> None:
        """``volume_before``: the volume a muted device (by id) had before it was muted,
        which "unmute" puts back; asked only when an unmute is read (None: not known,
        then the vocabulary's ``unmuted_volume``)."""
        self.settings = settings or CommandSettings()
        self.volume_before = volume_before
        self.vocabulary = vocabulary or default_vocabulary()
        self.devices = list(devices)
        self._index = TargetIndex(self.devices, self.vocabulary)
        self._room_words = {w for room in self._index.rooms for w in split_words(room)}
        broad = self.vocabulary.broad_kind_words
        self._kind_word_set = {canonical(w) for words in self.vocabulary.kind_words.values()
                               for w in words} | {
            # "garage" of "garage door": a thing whose kind its last word does not say
            # (a door may be a lock), so the word before says what thing it is
            canonical(key[0]) for key, meanings in self.vocabulary.phrases.items()
            if len(key) == 2 and key[1] in broad and key[0] not in broad
            and any(category == "kind" and value != self.vocabulary.kind_of_word(key[1])
                    for category, value in meanings)}
        self._named_as = {d.id: self._kind_words_in_name(d) for d in self.devices}
        self._levels = {level for levels in self.vocabulary.level_values.values()
                        for level in levels}
        self._partial: dict[str, list[Device]] = {}
        for device in self.devices:
            for word in split_words(device.name):
                if self._is_distinctive(word):
                    self._partial.setdefault(canonical(word), []).append(device)

    def _kind_words_in_name(self, device: Device) -> frozenset[str]:
        """The words of ``device``'s name that say what thing of its kind it is
        ("Garage door" -> garage; "Living room blinds" -> blind); broad words
        ("light", "door") say nothing of the sort."""
        toks = split_words(device.name)
        broad = self.vocabulary.broad_kind_words
        found: set[str] = set()
        for size in (1, 2, 3):
            for i in range(len(toks) - size + 1):
                key = tuple(toks[i:i + size])
                if ("kind", device.kind) in self.vocabulary.meanings(key):
                    found |= {canonical(t) for t in key if t not in broad}
        found |= {t for t in toks if t in self.vocabulary.names_of_their_own}
        return frozenset(found)

    def _is_distinctive(self, word: str) -> bool:
        vocab = self.vocabulary
        return (len(word) > 2 and word not in self._room_words and not vocab.meanings((word,))
                and (word,) not in vocab.function_words)

    def parse(self, utterance: str, *, here: str | None = None) -> DeviceCommand | None:
        """The device command in ``utterance``, or None when it is not one.

        ``here`` is the room the assistant is in, for "turn off the lights in here".
        Raises AttributeValueError when a value is out of the device's range.
        """
        request, reason = split_reason(utterance)
        if reason is not None:  # "close the blinds because it's sunny": the request
            return self.parse(request, here=here)
        if has_join(utterance):
            parts = split_parts(utterance)
            told = [p for p in parts[1:] if self.is_remark(p) or self.complains(p)]
            if told:  # "close the blinds, we're off to bed": the reason is no command
                rest = self.parse(", ".join(p for p in parts if p not in told), here=here)
                if rest is not None or any(self.is_remark(p) for p in told):
                    return rest
            if len(parts) > 1:
                each = self._each_part(parts, here)
                if each is not None:
                    return each
        reading = read_utterance(utterance, self._index, self.vocabulary,
                                 name_similarity=self.settings.name_similarity)
        if reading is None:
            return self._all_but(utterance, here)
        self._find_partial_names(reading)
        if reading.unknown_device and not reading.names:
            return None
        intent = self._intent(reading)
        if intent is None:
            return None
        if intent.value is not None and intent.value.word in ("mute", "unmute") and (
                reading.leftovers or tells_people_state(utterance, self.vocabulary)):
            return None  # "mute the doorbell", "you're on mute": no player of this home
        targets = self._targets(reading, intent, here)
        if targets is not None and reading.described and not reading.names:
            targets = self._described(reading, targets)
        if targets is None or not targets.devices:
            return None
        command = self._command(reading, intent, targets)
        elsewhere = self._out_of_place(reading) if (
            command is not None and targets.named and not (
                reading.kinds and not reading.kinds_named)) else None
        if command is not None and elsewhere is not None and elsewhere.named:
            # "turn on the tv in the bedroom" (the TV is in the living room): asked first
            command = replace(command, elsewhere=elsewhere, confidence=min(
                command.confidence, self.settings.ask_confidence))
        return command

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
        if intent is None:
            return None
        found = missing_setting(reading, intent, self._said(reading), self.devices) or \
            missing_thing(reading, intent, self.devices, self.vocabulary.primary_attribute,
                          self.vocabulary.place_adjectives)
        return None if found is None else as_they_are(found, lambda device: self._changes_or_none(
            device, intent))

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

    def complains(self, utterance: str) -> bool:
        """Whether ``utterance`` only says how it is or feels ("it's too loud", "i'm
        freezing"): alone a request for more or less, after a command its reason
        ("turn off the tv, it's too loud" is not also "turn down the speakers")."""
        reading = read_utterance(utterance, self._index, self.vocabulary,
                                 name_similarity=self.settings.name_similarity)
        if reading is None:
            return False
        self._find_partial_names(reading)
        return bool(reading.actions) and set(reading.actions) <= set(_MORE_LESS) and not (
            reading.names or reading.kinds or reading.rooms or reading.attributes)

    def is_remark(self, utterance: str) -> bool:
        """Whether ``utterance`` tells what people are doing and asks nothing of the
        devices ("we're off to bed", "i'm watching a film"): said beside a command, it is
        the reason for it, not a command of its own. "i'm freezing" is a complaint the
        parser reads as a command, so no remark."""
        return tells_people_state(utterance, self.vocabulary) and self.parse(utterance) is None

    def _each_part(self, parts: list[str], here: str | None) -> DeviceCommand | None:
        """"tv on and the lamps down to 20 percent and close the blinds": each part a
        command of its own, read alone, so one part's value or action never reaches
        another's devices (read whole, the TV's volume and the blinds went to 20 %).
        None when a part is no command by itself ("turn on the lamp and the fan": the
        fan borrows the action, so the sentence is read whole). A change said once after
        several things reaches each first (``change_said_once``), as in chat."""
        commands: list[DeviceCommand] = []
        for part in self.change_said_once(parts):
            if self.only_names(part) or _REFERS_BACK.search(part):
                return None  # ("..., then dim it to 20": "it" is the part before's)
            command = self.parse(part, here=here)
            if command is not None and not command.steps:
                command = None
            if commands:  # ("the lamp to 30 percent and warm white": the lamp's white;
                # "desk lamp on and 20 percent": the lamp's brightness)
                command = self.said_of(part, command, commands[-1].devices,
                                       confidence=commands[-1].confidence)
            if command is None:
                return None
            commands.append(command)
        return _joined(commands, confidence=min(c.confidence for c in commands))

    def _all_but(self, utterance: str, here: str | None) -> DeviceCommand | None:
        """"turn off all the lights except the bedroom lamp", "everything but the
        telly": a command for several devices, less those the words after "except"
        pick (as "not the ceiling one" answers "which one?"). None when the first part
        is no command for several devices, or the rest picks none or all of them."""
        match = _ALL_BUT.search(utterance)
        if match is None:
            return None
        command = self.parse(utterance[:match.start()], here=here)
        if command is None or len(command.devices) < 2:
            return None
        left_out = self.picked(utterance[match.end():], command.devices)
        kept = [d for d in command.devices if d not in left_out]
        if not left_out or not kept:
            return None
        return command.only(kept)

    def asked_about(self, utterance: str, *, here: str | None = None) -> list[Device]:
        """The devices a state question asks about, read as a command's targets are:
        "is the garage door open?", "which lights are on?", "what's the temperature
        upstairs?", "is anything on in the kitchen?", "what's on?" (everything). [] when
        ``utterance`` is not a question or names no device of this home ("is the vacuum
        on?")."""
        scope = self._question_scope(utterance, here)
        if scope is None:
            return []
        reading, kinds, rooms = scope
        if reading.names:
            named = [self._index.devices[m.key] for m in reading.names]
            return [d for i, d in enumerate(named) if d not in named[:i]]
        found = [d for d in self.devices
                 if (not kinds or d.kind in kinds) and (not rooms or d.room in rooms)]
        said = self._said_kind_words(reading)
        if said and not any(plural for _kind, plural in reading.kinds):
            # "how loud is the tv?": the one whose name says tv, not every player
            found = [d for d in found if said & {canonical(w) for w in split_words(d.name)}
                     ] or found
        return self._not_named_otherwise(reading, found)

    def asked_elsewhere(self, utterance: str, *, here: str | None = None
                        ) -> tuple[list[str], list[Device]]:
        """For a state question about a kind of device in rooms that have none ("how warm
        is it in the bedroom?" where the only thermostat is in the hallway): those rooms
        and the devices of that kind elsewhere, so the answer can say where they are.
        ([], []) for any other utterance."""
        scope = self._question_scope(utterance, here)
        if scope is None:
            return [], []
        reading, kinds, rooms = scope
        if reading.names or not kinds or not rooms or any(
                d.kind in kinds and d.room in rooms for d in self.devices):
            return [], []
        return rooms, [d for d in self.devices if d.kind in kinds]

    def asked_out_of_place(self, utterance: str) -> OutOfPlace | None:
        """For a state question whose place does not hold what it asks about: a place
        this home lacks ("is the light on in the garage?", "is the garage light on?", "is
        the tv on in the garage?", "is anything on upstairs?"), as a command's reply names
        it (``missing_place``), or a room the device named is not in ("is the tv on in the
        bedroom?"). A thing of a kind this home has none of ("is the garage door open?",
        "is the back door locked?") is said so too, as a command's reply names it
        (``thing_said``). None for any other utterance. One rule for the place said before
        the thing or after it, of a kind or of a device named."""
        reading = read_utterance(utterance, self._index, self.vocabulary, question=True,
                                 name_similarity=self.settings.name_similarity)
        if reading is None or not is_question(reading.tokens, self.vocabulary):
            return None
        self._find_partial_names(reading)
        placed = self._out_of_place(reading)
        if placed is None and not (reading.names or reading.rooms):
            placed = self._thing_lacked(reading)
        return placed

    def _thing_lacked(self, reading: Reading) -> OutOfPlace | None:
        """The thing a question asks about, said with a kind word, when no device of this
        home is called so ("the garage door" with only Living room blinds; "the back
        door" with only a Front door), with the devices of that kind it has."""
        kinds = {kind for kind, _plural in reading.kinds}
        if not kinds or any(reading.tokens[i] in self.vocabulary.room_nouns
                            for i in reading.describing):
            return None  # ("is the weather nice?": no thing; "hall light": the Hallway's?)
        of_kind = [d for d in self.devices if d.kind in kinds]
        if not (reading.described or reading.unknown_device) and self._not_named_otherwise(
                reading, of_kind):
            return None  # a device is called what was said
        words = (thing_said(reading, self.vocabulary.place_adjectives) or "").split()
        ends = [i for i, w in enumerate(words) if canonical(w) in reading.heard_kind_words]
        if not ends:
            return None
        return OutOfPlace(" ".join(words[:ends[-1] + 1]), True, tuple(of_kind), True,
                          thing=True)  # (not "back door locked": the state asked is no name)

    def _out_of_place(self, reading: Reading) -> OutOfPlace | None:
        """``asked_out_of_place`` of a reading: of a question, and of a command that names
        its devices ("turn on the tv in the bedroom": asked about, never run elsewhere)."""
        named = list({m.key: self._index.devices[m.key] for m in reading.names}.values())
        rooms = [m.key for m in reading.rooms]
        place = missing_place(reading)
        if place is not None and named and {
                canonical(w) for w in (reading.unknown_place or "").split()} & {
                w for d in named for w in self._name_words(d)}:
            place = None  # "the temperature upstairs" of the Upstairs thermostat
        if place is not None and not rooms:
            if named:
                return OutOfPlace(place, True, tuple(named), True, named=True)
            kinds = {kind for kind, _plural in reading.kinds} or {
                _ATTRIBUTE_KIND[a] for a in reading.attributes if a in _ATTRIBUTE_KIND}
            return OutOfPlace(place, True, tuple(
                d for d in self.devices if not kinds or d.kind in kinds), bool(kinds))
        if named and rooms and not any(d.room in rooms for d in named):
            return OutOfPlace(spoken_list(rooms), False, tuple(named), True, named=True)
        return None

    def _question_scope(self, utterance: str, here: str | None
                        ) -> tuple[Reading, set[str], list[str]] | None:
        """A state question's reading, the kinds of device and the rooms it asks about;
        None when it is not a question about this home's devices."""
        reading = read_utterance(utterance, self._index, self.vocabulary, question=True,
                                 name_similarity=self.settings.name_similarity)
        if reading is None or not is_question(reading.tokens, self.vocabulary):
            return None
        self._find_partial_names(reading)
        if reading.names:
            return reading, set(), []
        kinds = {kind for kind, _plural in reading.kinds} or {
            _ATTRIBUTE_KIND[a] for a in reading.attributes if a in _ATTRIBUTE_KIND}
        toks = reading.tokens
        if not kinds and toks[:1] == ["how"] and toks[1:2] and (
                toks[1] in self.vocabulary.degree_kinds):
            kinds = {self.vocabulary.degree_kinds[toks[1]]}  # "how warm is it?"
            reading.unknown_device = reading.described = False
        rooms = [m.key for m in reading.rooms]
        everything = bool({"everything", "all"} & reading.scopes) or "anything" in reading.tokens \
            or (reading.tokens[:1] in (["what"], ["whats"]) and "on" in reading.tokens[1:4]) \
            or not _ANY_DEVICE.isdisjoint(reading.tokens)
        described = reading.described and (not reading.describing or any(
            (reading.tokens[i],) not in self.vocabulary.questions  # (not "which" of
            for i in reading.describing))                          # "which lights")
        strange = reading.unknown_device or described
        if (not kinds and (strange or not (rooms or everything))) or (
                strange and not (rooms or everything)):
            return None  # "is the vacuum on?", "is the back door locked?": a thing this
            # home does not have
        if everything and not (kinds or rooms) and not _WHATS_ON_WORDS.issuperset(
                reading.leftovers):
            return None  # "what's on my calendar", "what's on at the cinema": not the home
        if not rooms and here in self._index.rooms and "here" in reading.scopes:
            rooms = [here]
        return reading, kinds, rooms

    def picked(self, utterance: str, among: Sequence[Device]) -> list[Device]:
        """The devices of ``among`` an answer picks: "the desk one", "just the desk
        lamp", "the one in the bedroom", "both", "all of them". [] when the answer
        says anything else (an action, a value, a word of its own) or picks none."""
        toks = [t for t in tokenise(utterance) if t not in _PICKING_WORDS]
        if not toks:
            return []
        if set(toks) <= _ALL_OF_THEM:
            return list(among)
        reading = read_utterance(" ".join(toks), self._index, self.vocabulary,
                                 question=True, name_similarity=self.settings.name_similarity)
        if reading is None:
            return []
        self._find_partial_names(reading)
        if reading.actions or reading.attributes or reading.value or reading.leftovers or (
                reading.ambiguous_value) or any(
                free and tok not in _NAMING_WORDS
                for tok, free in zip(reading.tokens, reading.free, strict=True)):
            return []
        named = {m.key for m in reading.names}
        rooms = {m.key for m in reading.rooms}
        kinds = {kind for kind, _plural in reading.kinds}
        if not (named or rooms or kinds):
            return []
        found = [d for d in among if (not kinds or d.kind in kinds) and (
            d.id in named or d.room in rooms or not (named or rooms))]
        said = self._said_kind_words(reading)  # "the lamp" of a lamp and a ceiling light
        return [d for d in found if said & {canonical(w) for w in split_words(d.name)}
                ] or found

    def is_command(self, utterance: str) -> bool:
        """Whether ``utterance`` is a device command of this home ("turn off the telly"),
        one with a value out of range too ("the heating to 50")."""
        from ..errors import TeachappError

        try:
            command = self.parse(utterance)
        except TeachappError:
            return True
        return command is not None and bool(command.steps)

    def names_things(self, utterance: str, *, or_scope: bool = False) -> bool:
        """Whether ``utterance`` says by itself which devices it is about: a name, a
        kind word or a room ("i want the light off, can you do it", "these lights are
        too bright, lower them"). Then its "it" or "them" is about those, not about
        the devices acted on before ("turn it down", "make it brighter"). With
        ``or_scope``, "all" and "everything" count too: a part of a sentence that names
        nothing ("... and warm white") is said of the part before it."""
        reading = read_utterance(utterance, self._index, self.vocabulary, question=True,
                                 name_similarity=self.settings.name_similarity)
        if reading is None:
            return False
        self._find_partial_names(reading)
        return bool(reading.names or reading.kinds or reading.rooms
                    or (or_scope and reading.scopes))

    def said_of(self, part: str, command: DeviceCommand | None, before: Sequence[Device], *,
                confidence: float) -> DeviceCommand | None:
        """``command``, a part of a sentence read alone (None: no command alone), as the
        sentence means it: a part that names no device, kind, room or scope ("... and
        warm white") is said of the devices ``before`` (the part before it's), so it is
        its command for those it fits, as sure as that part (``confidence``) and read
        back with "it" or "them" ("set it to 2700 K white"); None when it fits none of
        them ("tv on and warm white": a TV has no white, and the lights are not guessed).
        A part holding only a value ("desk lamp on and 20 percent", "tv on and 20"), no
        command alone, is the value of each of them (the lamp's brightness, the TV's
        volume). A part that names its own devices is ``command`` as it is. The one rule
        of every reader of parts (this parser's, the conversation's), so chat, run and
        teaching agree."""
        if not before or self.names_things(part, or_scope=True):
            return command
        if command is None:
            return self._said_of_each(part, before, confidence) if self._only_value(
                part) else None
        ids = {d.id for d in before}
        kept = [d for d in command.devices if d.id in ids]
        if not kept:  # "desk lamp to 40 percent and cooler": alone, "cooler" is the heating
            return self._said_of_each(part, before, confidence)
        borrowed = command.only(kept)
        names = join_names([d.name for d in kept])
        return replace(borrowed, confidence=confidence, text=borrowed.text.replace(
            names, "it" if len(kept) == 1 else "them", 1))

    def _said_of_each(self, part: str, before: Sequence[Device], confidence: float
                      ) -> DeviceCommand | None:
        """``part`` said with the name of each device of ``before`` ("Desk lamp cooler"):
        one command of those it fits, read back with "it"; None when it fits none."""
        commands = []
        for device in before:
            command = self.parse(f"{device.name} {part}")
            if command is not None and command.steps and [
                    d.id for d in command.devices] == [device.id]:
                commands.append(replace(command, text=command.text.replace(
                    device.name, "it", 1)))
        return _joined(commands, confidence=confidence) if commands else None

    def _only_value(self, utterance: str) -> bool:
        """Whether ``utterance`` holds a value and nothing else of a command: "20
        percent", "to 20", "half", "max"."""
        reading = read_utterance(utterance, self._index, self.vocabulary, question=True,
                                 name_similarity=self.settings.name_similarity)
        return reading is not None and reading.value is not None and not (
            reading.names or reading.rooms or reading.kinds or reading.actions
            or reading.attributes or reading.relative_attribute or reading.scopes
            or reading.leftovers or reading.ambiguous_value)

    def only_names(self, utterance: str) -> bool:
        """Whether ``utterance`` names devices or rooms and says nothing else: "the
        fan", "the living room", "the bedside lamps too". As a part of a sentence it
        borrows the action of the part before it."""
        reading = read_utterance(utterance, self._index, self.vocabulary, question=True,
                                 name_similarity=self.settings.name_similarity)
        if reading is None:
            return False
        self._find_partial_names(reading)
        return bool(reading.names or reading.rooms or reading.kinds) and not (
            reading.actions or reading.attributes or reading.relative_attribute
            or reading.value or reading.leftovers or reading.ambiguous_value) and all(
            tok in _NAMING_WORDS for tok, free in zip(reading.tokens, reading.free, strict=True)
            if free)  # not "light is too much": a sentence of its own about the light

    def change_said_once(self, parts: list[str]) -> list[str]:
        """"set the tv and the desk lamp to 30 percent": several things named before the
        last part, the change said once after the last of them. Each part before that
        names things and says nothing else ("set the tv", "the thermostat") gets the
        change ("set the tv to 30 percent"), so each device reads it as it would alone
        (the TV's volume, the lamp's brightness) and one that cannot take it is answered
        on its own. A verb of raising or lowering said once before the first things
        ("dim the desk lamp and the ceiling light to 30 percent", "turn down the tv and
        the speaker all the way") reaches each part too, with the change: "dim the
        ceiling light to 30 percent", never the lamp one step down and the ceiling light
        to full. The change may be a verb said after the things: "turn the tv and the
        speaker off", "make the lamp and the fan brighter" ("turn the tv" alone was no
        command). ``parts`` as they were when the last part has a verb before its names,
        no change after them, or no part before it only names things."""
        if len(parts) < 2:
            return parts
        change = self._change_after_names(parts[-1])
        if change is None:
            return parts
        verb = self._verb_before_names(parts[0])
        if verb is not None and all(self._names_alone(part) for part in parts[1:-1]):
            return [f"{parts[0]} {change}",
                    *(f"{verb} {part} {change}" for part in parts[1:-1]),
                    f"{verb} {parts[-1]}"]
        return [f"{part} {change}" if self._names_alone(part) else part
                for part in parts[:-1]] + [parts[-1]]

    def _things_span(self, reading: Reading) -> tuple[int, int] | None:
        """The tokens from the first thing ``reading`` names (a device, room or kind) to
        the end of the last; None when it names none."""
        things = [(m.start, m.end) for m in [*reading.names, *reading.rooms]] + [
            (i, i + 1) for i, tok in enumerate(reading.tokens)
            if any(c == "kind" for c, _v in self.vocabulary.meanings((tok,)))]
        if not things:
            return None
        return min(s for s, _e in things), max(e for _s, e in things)

    def _change_after_names(self, part: str) -> str | None:
        """"to 30 percent" of "the desk lamp to 30 percent", "brighter", "up", "on to 40
        percent", "on mute": the words after the things a part names first, when they
        say a change (a value or an action) and nothing before the things does."""
        reading = read_utterance(part, self._index, self.vocabulary,
                                 name_similarity=self.settings.name_similarity)
        if reading is None or reading.ambiguous_value or not (
                reading.value is not None or reading.actions or reading.relative_attribute):
            return None
        toks = reading.tokens
        span = self._things_span(reading)
        if span is None:
            return None
        first, end = span
        if any(tok not in DETERMINERS for tok in toks[:first]) or end >= len(toks):
            return None
        return " ".join(toks[end:])

    def _verb_before_names(self, part: str) -> str | None:
        """"dim" of "dim the desk lamp", "turn up" of "turn up the tv": the words before
        the things a part names, when they only raise or lower them and nothing follows
        the things; None for any other part ("turn on the tv" takes no value said after
        another thing: "turn on the tv and the desk lamp to 30 percent")."""
        reading = read_utterance(part, self._index, self.vocabulary,
                                 name_similarity=self.settings.name_similarity)
        if reading is None or not reading.actions or not set(reading.actions) <= {
                "up", "down"} or reading.value is not None or reading.attributes or (
                reading.ambiguous_value or reading.leftovers):
            return None
        span = self._things_span(reading)
        if span is None or span[1] < len(reading.tokens):
            return None
        verb = reading.tokens[:span[0]]
        while verb and verb[-1] in DETERMINERS:
            verb.pop()
        return " ".join(verb) or None

    def _names_alone(self, part: str) -> bool:
        """"set the tv", "the thermostat": things named with no change of their own."""
        reading = read_utterance(part, self._index, self.vocabulary,
                                 name_similarity=self.settings.name_similarity)
        if reading is None:
            return False
        self._find_partial_names(reading)
        return bool(reading.names or reading.kinds) and not (
            reading.actions or reading.attributes or reading.relative_attribute
            or reading.value or reading.ambiguous_value or reading.leftovers)

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
            return None if lacked is None or lacked.lacks else f"{lacked.action} {said}"
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

    def says_nothing(self, utterance: str) -> bool:
        """Whether ``utterance`` holds no device, room, action, value or other word
        of its own: "can you do it", "please", "thanks", "for me". Said after a
        command, such words only ask for it."""
        reading = read_utterance(utterance, self._index, self.vocabulary, question=True,
                                 name_similarity=self.settings.name_similarity)
        if reading is None:
            return True  # nothing but fillers ("please", "thank you")
        return not (reading.names or reading.rooms or reading.kinds or reading.actions
                    or reading.attributes or reading.relative_attribute or reading.value
                    or reading.scopes or reading.leftovers or reading.ambiguous_value)

    # -- reading -> intent ---------------------------------------------------------------

    def _find_partial_names(self, reading: Reading) -> None:
        """"the coffee" names Coffee maker when no whole name was heard; "the bedside
        lamps" names every lamp called bedside, also beside a whole name ("the kettle
        and the bedside lamps")."""
        whole = bool(reading.names)
        if whole and not reading.conjunction:
            return
        in_names = {j for m in reading.names for j in range(m.start, m.end)}
        kind_words = [j for j, tok in enumerate(reading.tokens) if j not in in_names and any(
            c == "kind" for c, _v in self.vocabulary.meanings((tok,)))]
        described: set[int] = set()  # the kind words a partial name is said with
        plural_kinds = {kind for kind, plural in reading.kinds if plural}
        every = bool({"all", "everywhere"} & reading.scopes) or "both" in reading.tokens
        for i, tok in enumerate(reading.tokens):
            devices = self._partial.get(canonical(tok), [])
            if not reading.free[i] or not devices:
                continue
            said_kinds = {k for k, _p in reading.kinds}
            devices = [d for d in devices if not said_kinds or d.kind in said_kinds]
            if len(devices) > 1:
                # "the bedside lamps" for Bedside left and Bedside right: every device
                # the word names, when asked for together; "the bedside lamp": which one?
                # (asked about: the names at one place cost ambiguous_penalty)
                kinds = {d.kind for d in devices}
                reading.named_together = bool(plural_kinds and kinds <= plural_kinds) or (
                    every and bool(said_kinds))
            if whole and len(devices) > 1 and not reading.named_together:
                continue  # beside a whole name, a shared word must say it means them all
            reading.names.extend(NameMatch(d.id, i, i + 1, self.settings.partial_name_score)
                                 for d in devices)
            reading.free[i] = False
            described.add(i + 1)
            if tok in reading.leftovers:
                reading.leftovers.remove(tok)
        # "the kettle and the bedside lamps": "lamps" said only of the bedside ones asks
        # for no other lamp (a kind said on its own, "and the lights", still does)
        reading.kinds_named = bool(described) and bool(kind_words) and (
            set(kind_words) <= described)

    def _intent(self, reading: Reading) -> Intent | None:
        actions = set(reading.actions)
        attributes = set(reading.attributes)
        if reading.relative_attribute:
            attributes.add(reading.relative_attribute)
        if len(attributes) > 1:
            return None
        attribute = next(iter(attributes), None)
        value = reading.value
        if reading.down_off and attribute is None and value is None:
            actions = (actions - {"down", "close"}) | {"off"}
        if {"lock", "unlock"} & actions:
            if {"lock", "unlock"} <= actions:
                return None
            return Intent("lock" if "lock" in actions else "unlock", attribute)
        if reading.ambiguous_value:
            return None
        direction = {"up", "down"} & actions
        if len(direction) == 2 and len(direction - reading.place_directions) == 1:
            direction -= reading.place_directions  # "brighter, it's dark down here"
        if not direction and not actions & _EXPLICIT:
            # "a little more", "too bright": a direction only when nothing else says one
            direction = {_MORE_LESS[a] for a in actions & _MORE_LESS.keys()}
        if "none" in actions and not direction and not actions & _EXPLICIT and value is None:
            actions = actions | {"off"}  # "no lights": nothing else says what to do
        if value is not None and value.word in self._levels and len(direction) == 1 and (
                (value.word, *direction) in (("low", "up"), ("high", "down"))):
            value = None  # "the sound is low, turn it up": the level is a complaint
        toward = None
        if value is not None and value.word in ("max", "min") and len(direction) == 1:
            # "all the way down", "dim the lights fully": the end of the way said
            toward = next(iter(direction))
            value = replace(value, word="max" if toward == "up" else "min")
        if value is not None and (value.word or "").startswith(SOURCE_PREFIX) and (
                actions & {"off", "close", "down", "up"}):
            return None  # "turn off the tv on hdmi 2": switched to an input, or off?
        if value is not None and value.unit is not None and not value.relative and (
                not value.target and len(direction) == 1 and value.number is not None):
            value = replace(value, relative=True)  # "turn the heating up two degrees"
        if value is not None and value.relative:
            if len(direction) != 1:
                return None
            return Intent(direction.pop(), attribute, value)
        ask = False
        if value is not None and not value.firm and {"on", "off"} & actions:
            if not (value.after_thing and value.number == 1):
                return None  # "turn on light 2": a name we do not know, not a brightness
            value, ask = None, True  # "desk lamp one off": the one there is? asked about
        if value is not None:
            if _maybe_tenths(value) and (len(direction) == 1 or value.on_a_scale):
                return Intent("set", attribute, replace(value, scale_of_ten=True),
                              direction=next(iter(direction), None))
            if "off" in actions and "on" not in actions and toward is None:
                return None  # "the radio off at volume 20": off, or set to 20?
            switch_on = "on" in actions and "off" not in actions
            return Intent("set", attribute, value, direction=toward, switch_on=switch_on,
                          named_mode=self._named_mode(reading) if switch_on else None)
        if len(direction) == 1:
            return Intent(direction.pop(), attribute)
        if direction:
            return None
        for pair in (("on", "off"), ("open", "close")):
            found = set(pair) & actions
            if len(found) == 1:
                action = found.pop()
                return Intent(action, attribute, ask=ask,
                              named_mode=self._named_mode(reading) if action == "on" else None)
            if found:
                return None
        return None

    def _named_mode(self, reading: Reading) -> str | None:
        """"turn on the ac": the mode the words for the thing say, when only one does."""
        modes = {mode for mode, names in self.vocabulary.switched_on_modes
                 if contains_phrase(reading.tokens, names)}
        return modes.pop() if len(modes) == 1 else None

    # -- intent -> devices ---------------------------------------------------------------

    def _targets(self, reading: Reading, intent: Intent, here: str | None) -> _Targets | None:
        if reading.names:
            named = _Targets(named=True)
            for match in reading.names:
                device = self._index.devices[match.key]
                if device not in named.devices:
                    named.devices.append(device)
                named.score = min(named.score, match.score)
            if len(reading.names) > len({m.start for m in reading.names}) and not (
                    reading.named_together):
                named.score *= self.settings.ambiguous_penalty
            kinds_apart = reading.kinds and not reading.kinds_named
            if not (reading.conjunction and (kinds_apart or "everything" in reading.scopes)):
                return named
            group = self._group(reading, intent, here)
            if group is not None:
                named.devices += [d for d in group.devices if d not in named.devices]
            return named
        return self._group(reading, intent, here)

    def _group(self, reading: Reading, intent: Intent, here: str | None) -> _Targets | None:
        kinds = {kind for kind, _plural in reading.kinds}
        plural = any(p for _kind, p in reading.kinds)
        everything = "everything" in reading.scopes
        everywhere = "everywhere" in reading.scopes
        every = everywhere or "all" in reading.scopes
        rooms = [m.key for m in reading.rooms]
        score = min((m.score for m in reading.rooms), default=1.0)
        if not rooms and here and here in self._index.rooms and (
                "here" in reading.scopes or not (everywhere or everything)):
            rooms = [here]  # "the lights" said in a room means that room's lights
        unknown_here = not rooms and "here" in reading.scopes
        if everything:
            kinds = ({"cover"} if intent.action in ("open", "close") else {"lock"}
                     if intent.action in ("lock", "unlock")  # (unlocking is asked first)
                     else set(self.vocabulary.everything_kinds))
        if not kinds and intent.action == "lock" and not intent.attribute:
            kinds = {"lock"}  # "lock up", "lock the house"; unlocking is never guessed
        if not kinds and reading.leftovers and thing_said(
                reading, self.vocabulary.place_adjectives) is not None:
            return None  # "turn up the volume of the doorbell": a thing this home lacks
            # is never another device that has the setting (``missing`` says so)
        said_of = _kind_of_value(intent.value)
        if not kinds and said_of is not None:
            kinds = {said_of}  # "switch to hdmi 2", "warm white in the bedroom"
            score *= 0.95
        if not kinds and intent.attribute:
            kinds = {_ATTRIBUTE_KIND[intent.attribute]}
            score *= 0.95
        if not kinds and reading.leftovers:
            return None  # an object we do not know: "turn on the vacuum"
        if not kinds and reading.rooms and intent.action in ("on", "off", "up", "down", "set"):
            kinds = {"light"}  # "turn off the bedroom", "bedroom to 50 percent"
        if not kinds and reading.rooms and intent.action in ("open", "close"):
            kinds = {"cover"}  # "open the garage", "close the bedroom": its door, blinds
        if not kinds:
            return None
        devices = [d for d in self.devices
                   if d.kind in kinds and (not rooms or d.room in rooms)]
        if not devices:
            return None
        devices = self._not_named_otherwise(reading, devices)
        if not devices:
            return None
        if len(devices) > 1 and not (plural or every or everything):
            devices, score = self._singular(reading, intent, devices, score)
        elif len(devices) > 1 and plural and not everything:
            devices = self._called(reading, devices)
            if len(devices) > 1 and unknown_here:
                score *= self.settings.ambiguous_penalty
        elif len(devices) > 1 and unknown_here:
            score *= self.settings.ambiguous_penalty  # "in here", not knowing where: ask
        return _Targets(devices=devices, score=score)

    def _described(self, reading: Reading, targets: _Targets) -> _Targets | None:
        """"the rice cooker socket", "the plug for my phone": one thing, described by
        words no device of this home is named by. When one device is called by the
        thing's own word (the home's only plug), it may be that one: asked about, never
        run. A broad word ("the porch light") or several fitting devices ("the bedside
        lamp" with three lamps): None, as for a thing this home does not have."""
        said = self._said_kind_words(reading)
        fitting = [d for d in targets.devices
                   if said & {canonical(w) for w in split_words(d.name)}]
        if len(fitting) != 1 or len(targets.devices) != 1:
            return None
        return _Targets(devices=fitting, score=min(targets.score, self.settings.ask_confidence))

    def _said_kind_words(self, reading: Reading) -> set[str]:
        """The kind words heard that pick devices by name ("lamp", "blinds", "tv"),
        with their synonyms; broad words ("lights") pick none."""
        vocab = self.vocabulary
        said = set(reading.heard_kind_words) - {canonical(w) for w in vocab.broad_kind_words}
        said &= self._kind_word_set  # not "up" of "light up"
        return said | {canonical(s) for w in said for s in vocab.synonyms.get(w, ())}

    def _not_named_otherwise(self, reading: Reading, devices: list[Device]) -> list[Device]:
        """"close the blinds" in a home whose only cover is the Garage door closes
        nothing: when no device is called what was said, a device whose name says it
        is another thing of the kind ("garage", "soundbar") is left out; devices
        with plain names ("Hall ceiling") stay."""
        said = self._said_kind_words(reading)
        if not said or any(said & self._named_as[d.id] for d in devices):
            return devices
        return [d for d in devices if not self._named_as[d.id]]

    def _called(self, reading: Reading, devices: list[Device]) -> list[Device]:
        """"the lamps": not the devices whose name calls them something else ("turn off
        the lamps" switched off the Kitchen lights and the Ceiling light too). A device
        whose name says no kind ("Bedside left") stays, as may be a lamp; a broad word
        ("the lights") or a word no name says keeps every device of the kind."""
        said = self._said_kind_words(reading)
        if not said or not any(said & self._name_words(d) for d in devices):
            return devices
        return [d for d in devices
                if said & self._name_words(d) or not self._name_words(d) & self._kind_word_set]

    @staticmethod
    def _name_words(device: Device) -> set[str]:
        return {canonical(w) for w in split_words(device.name)}

    def _singular(self, reading: Reading, intent: Intent, devices: list[Device], score: float
                  ) -> tuple[list[Device], float]:
        """"the lamp": the devices whose name says lamp; several left means ambiguous.
        "turn the music down", "turn off the light", "mute" when just one of them is on:
        that one (what is on is what can be turned off, down or muted); "unmute" when
        just one is muted, that one."""
        said = self._said_kind_words(reading)  # socket ~ plug
        narrowed = [d for d in devices
                    if said & {canonical(w) for w in split_words(d.name)}]
        if len(narrowed) == 1:
            return narrowed, score
        muting = intent.value.word if intent.value is not None else None
        if intent.action in _ACTS_ON_WHAT_IS_ON or muting in ("mute", "unmute"):
            on = [d for d in narrowed or devices if (d.state.get("volume") == 0 if (
                muting == "unmute") else d.state.get("on") is True)]
            if len(on) == 1:
                return on, score
        score *= self.settings.ambiguous_penalty
        if said or self._one_thing_said(reading):
            # "the lamp", "the light": one thing, and not one device says which: asked.
            # "i don't need light", "lights": light as such, all of it
            score = min(score, self.settings.ask_confidence)
        return narrowed or devices, score

    def _one_thing_said(self, reading: Reading) -> bool:
        """A broad kind word said of one thing: "the light", "a light", "that light",
        "the nursery light" (a room's words between)."""
        toks = reading.tokens
        broad = {canonical(w) for w in self.vocabulary.broad_kind_words}
        for i, tok in enumerate(toks):
            if canonical(tok) not in broad:
                continue
            j = i - 1
            while j >= 0 and toks[j] in self._room_words:
                j -= 1
            if j >= 0 and toks[j] in _ONE_THING_DETERMINERS:
                return True
        return False

    # -- devices -> command --------------------------------------------------------------

    def _unmuted(self, intent: Intent, device: Device) -> Intent:
        """"unmute the tv": the volume it had before it was muted (``volume_before``);
        a device not muted keeps the volume it has."""
        value = intent.value
        if value is None or value.word != "unmute" or "volume" not in device.state:
            return intent
        volume = device.state["volume"]
        if not volume and self.volume_before is not None:
            volume = self.volume_before(device.id)
        return replace(intent, value=replace(value, number=volume or None))

    def _command(self, reading: Reading, intent: Intent, targets: _Targets
                 ) -> DeviceCommand | None:
        devices: list[Device] = []
        changes: list[dict] = []
        for device in _lit_if_any(targets, intent):
            change = changes_for(device, self._unmuted(intent, device), self.vocabulary)
            if change is None:
                if targets.named:
                    return None  # "open the desk lamp": a named device that cannot
                continue
            devices.append(device)
            changes.append(change)
        if not devices:
            return None
        confidence = targets.score * self.settings.leftover_penalty ** len(reading.leftovers)
        value = intent.value
        if intent.ask:  # "lamp one": only when one device fits; "light one" of five is not
            if len(devices) > 1:
                return None
            confidence = min(confidence, self.settings.ask_confidence)
        if value is not None and value.scale_of_ten:
            # "up to eight": 8 or 80 %? asked about (one question, whatever else is unsure)
            confidence = min(confidence, self.settings.ask_confidence)
            value = _said_tenths(intent, changes)
            if value is None:
                return None
        if confidence < self.settings.min_confidence:
            return None
        checked = [validated(d, c) for d, c in zip(devices, changes, strict=True)]
        steps = [SetStep(device=d.id, set=c) for d, c in zip(devices, checked, strict=True)]
        return DeviceCommand(steps=steps, devices=devices,
                             text=_describe(replace(intent, value=value), devices, checked),
                             confidence=round(confidence, 4), reply=read_back(devices, checked))


_VALUE_KINDS = {SOURCE_PREFIX: "media_player", WHITE_PREFIX: "light"}
"""Values only one kind of device has: an input (a TV or speaker), a white (a light)."""


def _kind_of_value(value: ValueSpec | None) -> str | None:
    word = value.word if value is not None else None
    return next((kind for prefix, kind in _VALUE_KINDS.items()
                 if word is not None and word.startswith(prefix)), None)


def _lit_if_any(targets: _Targets, intent: Intent) -> list[Device]:
    """"dim the lights" with some on: the ones that are on. Dimming (or brightening)
    a group never switches on a light that was off, unless all of them were."""
    devices = targets.devices
    extreme = intent.action == "set" and intent.direction is not None and (
        intent.value is not None and intent.value.word in ("max", "min"))  # "all the way down"
    if not (intent.action in ("up", "down") or extreme) or targets.named or len(devices) < 2:
        return devices
    lit = [d for d in devices if d.state.get("on") is not False]
    return lit or devices


def _maybe_tenths(value: ValueSpec) -> bool:
    """A bare whole number 1..10, no unit, no word: perhaps a step on a scale of ten."""
    number = value.number
    return (number is not None and value.word is None and value.unit is None
            and not value.relative and 1 <= number <= 10 and float(number).is_integer())


def _said_tenths(intent: Intent, changes: Sequence[dict]) -> ValueSpec | None:
    """The value a scale-of-ten reading set, as it will be read back; None when the
    devices ended up with different values (too unclear to ask about in one line)."""
    values = {v for change in changes for k, v in change.items() if k != "on"}
    if len(values) != 1:
        return None
    number = float(values.pop())
    percent = number != intent.value.number if intent.value else False
    return ValueSpec(number=number, unit="percent" if percent else None)


def _with_units(devices: Sequence[Device], changes: Sequence[dict[str, Any]]
                ) -> list[tuple[list[str], str]] | None:
    """The value a plain number set, as each device's read-back says it ("20 °C" on a
    thermostat, "20 %" on a lamp): the devices' names grouped by those words, in order;
    None when some device took no number."""
    said: dict[str, list[str]] = {}
    for device, change in zip(devices, changes, strict=True):
        numbers = [(k, v) for k, v in change.items()
                   if k != "on" and isinstance(v, int | float) and not isinstance(v, bool)]
        if not numbers:
            return None
        said.setdefault(value_with_unit(device.kind, *numbers[0]), []).append(device.name)
    return [(names, words) for words, names in said.items()]


def _describe(intent: Intent, devices: Sequence[Device],
              changes: Sequence[dict[str, Any]] = ()) -> str:
    """What a command does, in words: "turn off TV", "set Thermostat to 20 °C"; a number
    said without a unit is read back with the unit each device took it in ("set the
    thermostat to 20" said "set Thermostat to 20", and so did a reply of several
    parts)."""
    names = join_names([d.name for d in devices])
    action = intent.action
    if action in ("open", "close") and not any(d.kind in ("cover", "lock") for d in devices):
        action = "on" if action == "open" else "off"  # "shut the lights": turned off
    words = _ACTION_WORDS[action]
    if intent.attribute == "target_temp" and action in ("up", "down") and all(
            d.kind == "light" for d in devices):
        return f"make {names} {'warmer' if action == 'up' else 'cooler'}"  # white light
    if intent.named_mode is not None and all(d.kind == "climate" for d in devices):
        return f"set {names} to {intent.named_mode} mode"  # "turn on the ac"
    if intent.action == "set" and intent.value is not None:
        value = intent.value
        if value.word in ("mute", "unmute"):
            return f"{value.word} {names}"
        if value.word is not None and value.word.startswith(MODE_PREFIX):
            return f"set {names} to {value.word.removeprefix(MODE_PREFIX)} mode"
        if value.word is not None and value.word.startswith(SOURCE_PREFIX):
            return f"switch {names} to {value.word.removeprefix(SOURCE_PREFIX)}"
        if value.word is not None and value.word.startswith(WHITE_PREFIX):
            return f"set {names} to {value.word.removeprefix(WHITE_PREFIX)} K white"
        what = f" {_ATTRIBUTE_NAMES.get(intent.attribute, intent.attribute)}" if (
            intent.attribute) else ""
        grouped = _with_units(devices, changes) if (
            value.word is None and value.unit is None and changes) else None
        if grouped is not None:
            return "set " + " and ".join(f"{join_names(group)}{what} to {words}"
                                         for group, words in grouped)
        shown = value.word or (
            f"{value.number:g}" + {"percent": " %", "degrees": " °C", "kelvin": " K"}.get(
                value.unit or "", ""))
        return f"set {names}{what} to {shown}"
    return f"{words} {names}"


def parse_command(utterance: str, devices: Sequence[Device], *,
                  here: str | None = None) -> DeviceCommand | None:
    """The device command in ``utterance`` for these devices, or None.

    A convenience around :class:`CommandParser`; build one parser per device list
    when parsing every turn.
    """
    return CommandParser(devices).parse(utterance, here=here)
