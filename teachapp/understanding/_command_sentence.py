"""Reading a sentence of several parts as device commands.

"tv on and the lamps down to 20 percent", "set the tv and the desk lamp to 30 percent",
"turn off all the lights except the lamp", "close the blinds, we're off to bed": each
part read alone (``_command_one``) so one part's value never reaches another's devices,
unless it is said once for several things; a reason or remark beside a command is no
command; a part that only names things, or only says a value, is said of the part
before it. The same rules the conversation's reader of parts calls, so chat, run and
teaching agree."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..domain import Device
from ..errors import TeachappError
from ._command_changes import join_names
from ._command_intent import MORE_LESS
from ._command_missing import DETERMINERS
from ._command_one import CommandReader
from ._command_reading import Reading, read_utterance, tells_people_state, tokenise
from ._command_result import DeviceCommand, joined
from ._command_targets import canonical, split_words
from ._name_subject import name_subject_state
from .parts import has_join, split_parts, split_reason

__all__ = ["SentenceReader"]

_ALL_BUT = re.compile(r"\s*,?\s+\b(?:except(?: for)?|apart from|but not|other than|"
                     r"but(?= (?:the|my|our)\b)|save for|bar)\b\s+", re.IGNORECASE)
""""all the lights except the lamp", "everything but the telly": what is left out."""

_NAMING_WORDS = frozenset({"the", "a", "an", "my", "our", "your", "this", "that", "these",
                           "those", "both", "all", "too", "also", "in", "of", "at", "and"})
"""The only other words a part that just names things may have ("the lamp in the hall")."""

_PICKING_WORDS = frozenset({"just", "only", "one", "ones", "please", "thanks", "the", "of"})
"""Words an answer that picks devices may have besides their names ("just the desk one")."""

_ALL_OF_THEM = frozenset({"all", "both", "them", "every", "each", "everything"})

_REFERS_BACK = re.compile(r"\b(?:it|them|they|those|that|these|this|one|ones|same)\b",
                          re.IGNORECASE)
"""Words by which a part of a sentence means the devices of another part."""

_POINTS_BACK = frozenset({"it", "them", "they"})
"""Words by which a part names the devices last spoken of ("set it and the ceiling
light to 40 percent"), as the conversation's reader of parts reads them."""


class SentenceReader(CommandReader):
    """Reads a sentence of parts, and the parts that only name things or a value."""

    _home_words: set[str] | None = None
    """Every word of this home's device and room names (``_home_word``), made on first use."""

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
        return self._command_of(reading, utterance, here)

    def reason_said(self, utterance: str) -> str | None:
        """The reason said beside a request, as ``parse`` leaves it out ("close the
        blinds, my sister is coming over" -> "my sister is coming over"; "... because
        it's sunny" -> "it's sunny"); None when there is none."""
        _request, reason = split_reason(utterance)
        if reason is not None:
            return reason
        if not has_join(utterance):
            return None
        told = [p for p in split_parts(utterance)[1:] if self.is_remark(p) or self.complains(p)]
        return ", ".join(told) if told else None

    def complains(self, utterance: str) -> bool:
        """Whether ``utterance`` only says how it is or feels ("it's too loud", "i'm
        freezing"): alone a request for more or less, after a command its reason
        ("turn off the tv, it's too loud" is not also "turn down the speakers")."""
        reading = read_utterance(utterance, self._index, self.vocabulary,
                                 name_similarity=self.settings.name_similarity)
        if reading is None:
            return False
        self._find_partial_names(reading)
        return bool(reading.actions) and set(reading.actions) <= set(MORE_LESS) and not (
            reading.names or reading.kinds or reading.rooms or reading.attributes)

    def is_remark(self, utterance: str) -> bool:
        """Whether ``utterance`` tells what people are doing and asks nothing of the
        devices ("we're off to bed", "i'm watching a film"): said beside a command, it is
        the reason for it, not a command of its own. "i'm freezing" is a complaint the
        parser reads as a command, so no remark."""
        return (tells_people_state(utterance, self.vocabulary) or name_subject_state(
            utterance, self.vocabulary, self._home_word)) and self.parse(utterance) is None

    def _home_word(self, word: str) -> bool:
        """Whether ``word`` is a word of one of this home's device or room names."""
        if self._home_words is None:
            self._home_words = self._room_words | {
                w for device in self.devices for w in split_words(device.name)}
        return word in self._home_words

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
        return joined(commands, confidence=min(c.confidence for c in commands))

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
        return joined(commands, confidence=confidence) if commands else None

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
        to full; so does a setting named with the first things, before them or after
        ("turn the volume of the tv and the speaker down", "turn the tv volume and the
        speaker down", "set the tv's volume and the speaker's to 20": "turn the speaker
        volume down"). The change may be a verb said after the things: "turn the tv and
        the speaker off", "make the lamp and the fan brighter" ("turn the tv" alone was
        no command). ``parts`` as they were when the last part has a verb before its
        names, no change after them, or no part before it only names things."""
        if len(parts) < 2:
            return parts
        last = self._change_after_names(parts[-1])
        if last is None:
            return parts
        things, change = last
        said = self._verb_before_names(parts[0])
        if said is not None and all(self._names_alone(part) for part in parts[1:-1]):
            verb, setting = said
            return [f"{parts[0]} {change}",
                    *(" ".join(w for w in (verb, part, setting, change) if w)
                      for part in parts[1:-1]),
                    " ".join(w for w in (verb, things, setting, change) if w)]
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

    def names_first(self, part: str) -> bool:
        """Whether ``part`` names things first and says their change or state after them,
        with no verb before ("the tv on", "the front door locked"): after "is ... and" it
        is the question's second subject ("is the desk lamp and the tv on?"), not a
        command of its own."""
        return self._change_after_names(part) is not None

    def _change_after_names(self, part: str) -> tuple[str, str] | None:
        """("the desk lamp", "to 30 percent") of "the desk lamp to 30 percent", and the
        change may be "brighter", "up", "on to 40 percent", "on mute": the words up to
        the end of the things a part names first, and the words after them, when those
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
        return " ".join(toks[:end]), " ".join(toks[end:])

    def _verb_before_names(self, part: str) -> tuple[str, str] | None:
        """("dim", "") of "dim the desk lamp", ("turn up", "") of "turn up the tv",
        ("turn the volume of", "") of "turn the volume of the tv", ("turn", "volume") of
        "turn the tv volume" and ("set", "volume") of "set the tv's volume": the words
        before the things a part names and the setting of theirs named right after them,
        when those only raise or lower them, or name a setting of theirs, and nothing
        else follows the things; None for any other part ("turn on the tv" takes no
        value said after another thing: "turn on the tv and the desk lamp to 30
        percent")."""
        reading = read_utterance(part, self._index, self.vocabulary,
                                 name_similarity=self.settings.name_similarity)
        if reading is None or not set(reading.actions) <= {"up", "down"} or (
                reading.value is not None or reading.ambiguous_value or reading.leftovers):
            return None
        span = self._things_span(reading)
        if span is None:
            return None
        verb, after = reading.tokens[:span[0]], reading.tokens[span[1]:]
        setting = [t for t in verb + after if self._is_setting(t)]
        if len(setting) != len(reading.attributes) or not all(
                self._is_setting(t) for t in after) or not (reading.actions or setting):
            return None
        while verb and verb[-1] in DETERMINERS:
            verb.pop()
        if not verb and not after:
            return None
        return " ".join(verb), " ".join(after)

    def _is_setting(self, token: str) -> bool:
        """Whether ``token`` names a setting of a device: "volume", "brightness"."""
        return any(c == "attribute" for c, _v in self.vocabulary.meanings((token,)))

    def _points_back(self, toks: list[str]) -> bool:
        """"it", "set it", "turn them": a part that names only the devices last spoken of,
        maybe after a verb that changes them, so that a change said once after the next
        things reaches them ("set it and the ceiling light to 40 percent"); "do it" asks
        for the part before it."""
        return bool(toks) and toks[-1] in _POINTS_BACK and (
            len(toks) == 1 or (len(toks) == 2 and toks[0] in self.vocabulary.particle_verbs))

    def _names_alone(self, part: str) -> bool:
        """"set the tv", "the thermostat", "set it": things named with no change of their
        own; "it" or "them" names the devices last spoken of, which the conversation's
        reader of parts puts in (so "set it and the ceiling light to 40 percent" sets
        both, as "set it to 40 percent" alone does)."""
        reading = read_utterance(part, self._index, self.vocabulary,
                                 name_similarity=self.settings.name_similarity)
        if reading is None:
            return False
        self._find_partial_names(reading)
        return bool(reading.names or reading.kinds or self._points_back(reading.tokens)) and (
            not (reading.actions or reading.attributes or reading.relative_attribute
                 or reading.value or reading.ambiguous_value or reading.leftovers))

    def says_nothing(self, utterance: str) -> bool:
        """Whether ``utterance`` holds no device, room, action, value or other word
        of its own: "can you do it", "please", "thanks", "for me". Said after a
        command, such words only ask for it."""
        reading = read_utterance(utterance, self._index, self.vocabulary, question=True,
                                 name_similarity=self.settings.name_similarity)
        if reading is None:
            return True  # nothing but fillers ("please", "thank you")
        if self._points_back(reading.tokens):
            return False  # ("set it and the ceiling light to 40 percent")
        return not (reading.names or reading.rooms or reading.kinds or reading.actions
                    or reading.attributes or reading.relative_attribute or reading.value
                    or reading.scopes or reading.leftovers or reading.ambiguous_value)
