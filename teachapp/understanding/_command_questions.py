"""Which devices a question about the home asks about, read as a command's targets.

"is the garage door open?", "which lights are on?", "how warm is it upstairs?",
"what's on?": the same names, kinds and rooms a command is read with
(``_command_one``), so a question and a command of the same words mean the same
devices; and where a question's place does not hold what it asks of, so the answer
can say so."""

from __future__ import annotations

from ..domain import Device
from ._command_missing import OutOfPlace, thing_said
from ._command_one import ATTRIBUTE_KIND, CommandReader
from ._command_reading import Reading, is_question, read_utterance
from ._command_targets import canonical, split_words

__all__ = ["Questions"]

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

_WEATHER = frozenset({"weather", "forecast", "rain", "raining", "snow", "snowing", "sunny",
                      "windy", "foggy", "cloudy", "stormy"})
"""Words of the weather: a question with one asks of a town's sky, not of a place of the
home ("what's the weather like in new york?" was "This home has no new york.")."""


def _degree_asked(tokens: list[str]) -> str | None:
    """The word of degree a question about a place asks with: "warm" of "how warm is it
    (upstairs)?" and of "is it warm in here?", "cold" of "is it cold in the bedroom?"
    (it asked about every device in the bedroom: "Bedroom fan and Bedroom lamp are
    off."). The caller takes "is it …" only of warmth, where "it" is the weather's: "is
    it loud?" after "is the tv on" asks of the TV. None for any other question."""
    if tokens[:1] == ["how"] and len(tokens) > 1:
        return tokens[1]
    if tokens[:2] == ["is", "it"] and len(tokens) > 2:
        return tokens[2]
    return None


class Questions(CommandReader):
    """Reads which devices a question about the home's states is about."""

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
            named = [d for i, d in enumerate(named) if d not in named[:i]]
            if reading.kinds and "and" in reading.tokens:  # "are the tv and the fan on?"
                of_kind = self._of_kinds(reading, {kind for kind, _plural in reading.kinds},
                                         [])
                named += [d for d in of_kind if d not in named]
            return named
        return self._of_kinds(reading, kinds, rooms)

    def rooms_asked_whole(self, utterance: str, *, here: str | None = None) -> list[str]:
        """The rooms a question asks about as a whole, every device in them ("what's on
        in the living room?", "is anything on in the kitchen?"), so the answer can name
        them; [] when it names devices or kinds, or no room."""
        scope = self._question_scope(utterance, here)
        if scope is None:
            return []
        reading, kinds, rooms = scope
        return [] if reading.names or kinds else rooms

    def _of_kinds(self, reading: Reading, kinds: set[str], rooms: list[str]) -> list[Device]:
        """The devices of ``kinds`` (any, when empty) in ``rooms`` a question asks about,
        narrowed as a command's are ("is the lamp on?": the lamps, not every light)."""
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
        if not (reading.names or reading.kinds) and _WEATHER.intersection(reading.tokens):
            return None  # ("what's the weather like in new york": no place of the home's)
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
            ATTRIBUTE_KIND[a] for a in reading.attributes if a in ATTRIBUTE_KIND}
        toks = reading.tokens
        degree = _degree_asked(toks)
        if not kinds and degree in self.vocabulary.degree_kinds and (
                toks[0] == "how" or self.vocabulary.degree_kinds[degree] == "climate"):
            kinds = {self.vocabulary.degree_kinds[degree]}  # "how warm is it?", "is it cold"
            reading.unknown_device = reading.described = False
        rooms = [m.key for m in reading.rooms]
        everything = bool({"everything", "all"} & reading.scopes) or "anything" in reading.tokens \
            or (reading.tokens[:1] in (["what"], ["whats"])
                and not {"on", "off"}.isdisjoint(reading.tokens[1:4])) \
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
