"""Reading one device command against the devices of a home.

One part of a sentence, read once (``_command_reading``), becomes a command here: the
devices it names (whole names, a part of one: "the coffee"), else those of the kind
said or implied in the rooms said ("here"); a singular word that fits several is
unsure, a thing no device is called is none; then the changes for each, validated,
and the confidence. The base of :class:`~teachapp.understanding.commands.CommandParser`:
sentences of parts, follow-ups and questions are read on top of it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from ..domain import Device, SetStep, spoken_list
from ._command_changes import Intent, at_limit, changes_for, read_back, validated
from ._command_intent import read_intent
from ._command_missing import OutOfPlace, missing_place, thing_said
from ._command_reading import Reading, ValueSpec, tells_people_state
from ._command_result import DeviceCommand, describe
from ._command_targets import NameMatch, TargetIndex, canonical, split_words
from ._command_vocab import SOURCE_PREFIX, WHITE_PREFIX, Vocabulary, default_vocabulary

__all__ = ["ATTRIBUTE_KIND", "CommandReader", "CommandSettings"]

ATTRIBUTE_KIND = {"brightness": "light", "volume": "media_player", "target_temp": "climate",
                  "position": "cover", "speed": "fan"}

_ONE_THING_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})

_ACTS_ON_WHAT_IS_ON = frozenset({"off", "up", "down"})


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


class CommandReader:
    """Reads one command against one list of devices: names, intent, devices, changes."""

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

    def _command_of(self, reading: Reading, utterance: str, here: str | None
                    ) -> DeviceCommand | None:
        """The command of one part's ``reading`` (of ``utterance``), or None."""
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
        if command is not None and self._played(reading):
            command = self._player_played(reading, command)
        elsewhere = self._out_of_place(reading) if (
            command is not None and targets.named and not (
                reading.kinds and not reading.kinds_named)) else None
        if command is not None and elsewhere is not None and elsewhere.named:
            # "turn on the tv in the bedroom" (the TV is in the living room): asked first
            command = replace(command, elsewhere=elsewhere, confidence=min(
                command.confidence, self.settings.ask_confidence))
        return command

    def _played(self, reading: Reading) -> bool:
        """Whether a word that switches on only a player was said ("play the radio")."""
        verbs = self.vocabulary.player_on_verbs
        return any(tok in verbs and not any(m.start <= i < m.end for m in reading.names)
                   for i, tok in enumerate(reading.tokens))

    def _player_played(self, reading: Reading, command: DeviceCommand
                       ) -> DeviceCommand | None:
        """"play X" switches on TVs and speakers only ("play the kettle" is no command);
        with no player named, of several ("play some music"), it asks which."""
        if any(d.kind != "media_player" for d in command.devices):
            return None
        if not reading.names and len(command.devices) > 1:
            return replace(command, confidence=min(command.confidence,
                                                   self.settings.ask_confidence))
        return command

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
                ATTRIBUTE_KIND[a] for a in reading.attributes if a in ATTRIBUTE_KIND}
            return OutOfPlace(place, True, tuple(
                d for d in self.devices if not kinds or d.kind in kinds), bool(kinds))
        if named and rooms and not any(d.room in rooms for d in named):
            return OutOfPlace(spoken_list(rooms), False, tuple(named), True, named=True)
        return None

    # -- reading -> intent ---------------------------------------------------------------

    def _find_partial_names(self, reading: Reading) -> None:
        """"the coffee" names Coffee maker when no whole name was heard; "the bedside
        lamps" names every lamp called bedside, also beside a whole name ("the kettle
        and the bedside lamps")."""
        whole = bool(reading.names)
        if whole and not reading.conjunction:
            self._named_in_room_said(reading)
            self._named_in_plural(reading)
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
        self._named_in_room_said(reading)
        self._named_in_plural(reading)

    def _named_in_room_said(self, reading: Reading) -> None:
        """"the tv in the bedroom" with TV in the living room and TV 2 in the bedroom:
        TV 2, the one device of that kind in the room said whose name holds every word
        of the name heard. It was "There's no TV in the Bedroom", the room's own TV
        passed over for the one elsewhere."""
        rooms = {m.key for m in reading.rooms}
        if not rooms or not reading.names:
            return
        for k, match in enumerate(reading.names):
            device = self._index.devices[match.key]
            if device.room in rooms:
                continue
            words = self._name_words(device)
            there = [d for d in self.devices if d.room in rooms and d.kind == device.kind
                     and words <= self._name_words(d)]
            if len(there) == 1:
                reading.names[k] = replace(match, key=there[0].id)

    def _named_in_plural(self, reading: Reading) -> None:
        """"the hall lights" with Hall light and Hall light strip: a name said in the
        plural of a device named in the singular is every device of its kind whose name
        holds its words (it was Hall light alone)."""
        for match in list(reading.names):
            said = reading.tokens[match.end - 1] if match.end > match.start else ""
            device = self._index.devices[match.key]
            last = split_words(device.name)[-1:]
            if not last or canonical(said) == said or canonical(last[0]) != last[0]:
                continue  # not said in the plural, or a plural name ("Kitchen lights")
            words = self._name_words(device)
            more = [d for d in self.devices if d.id != device.id and d.kind == device.kind
                    and words <= self._name_words(d)
                    and d.id not in {m.key for m in reading.names}]
            if more:
                reading.names.extend(replace(match, key=d.id) for d in more)
                reading.named_together = True

    def _intent(self, reading: Reading) -> Intent | None:
        return read_intent(reading, self.vocabulary, self._levels)

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
                named.score = min(named.score, group.score)  # "the tv and the lamp": which lamp?
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
        said_of = kind_of_value(intent.value)
        if not kinds and said_of is not None:
            kinds = {said_of}  # "switch to hdmi 2", "warm white in the bedroom"
            score *= 0.95
        if not kinds and intent.attribute:
            kinds = {ATTRIBUTE_KIND[intent.attribute]}
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
        with plain names ("Hall ceiling") stay, unless what was said is an appliance
        ("turn off the kettle" switched off a plug called PC)."""
        said = self._said_kind_words(reading)
        if not said or any(said & self._named_as[d.id] for d in devices):
            return devices
        if said <= self.vocabulary.appliances:
            return []
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
        pick = 2 if "both" in reading.tokens and len(devices) > 2 else None
        if pick is not None:  # "both lamps" of three: which two is asked, never all three
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
                             text=describe(replace(intent, value=value), devices, checked),
                             confidence=round(confidence, 4), reply=read_back(devices, checked),
                             pick=pick, limit=at_limit(intent, devices, checked))

_VALUE_KINDS = {SOURCE_PREFIX: "media_player", WHITE_PREFIX: "light"}
"""Values only one kind of device has: an input (a TV or speaker), a white (a light)."""

_UNIT_KINDS = {"degrees": "climate"}
"""A unit only one kind of device is set in: "set the bedroom to 19 degrees" is its
heating, not its lights (it was not understood)."""


def kind_of_value(value: ValueSpec | None) -> str | None:
    """The one kind of device ``value`` is said of ("19 degrees": climate), or None."""
    if value is not None and value.unit in _UNIT_KINDS:
        return _UNIT_KINDS[value.unit]
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


def _said_tenths(intent: Intent, changes: Sequence[dict]) -> ValueSpec | None:
    """The value a scale-of-ten reading set, as it will be read back; None when the
    devices ended up with different values (too unclear to ask about in one line)."""
    values = {v for change in changes for k, v in change.items() if k != "on"}
    if len(values) != 1:
        return None
    number = float(values.pop())
    percent = number != intent.value.number if intent.value else False
    return ValueSpec(number=number, unit="percent" if percent else None,
                     scale_of_ten=percent)
