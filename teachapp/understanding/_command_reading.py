"""Reading an utterance into the parts of a device command (one parse attempt's state).

The reading is layered: clean the text, drop wake words and politeness, refuse
questions, negations and schedules, turn number words into digits, then find
device names, rooms and vocabulary phrases, each claiming the words it covers.
What no layer claims and is not a function word is "left over": evidence that the
utterance is about something else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ._command_targets import NameMatch, TargetIndex, canonical
from ._command_vocab import SOURCE_PREFIX, Vocabulary
from .normalize import fold_accents
from .numbers import number_value, ungrouped, words_to_numbers

__all__ = ["Reading", "ValueSpec", "read_utterance", "tokenise"]

_SYMBOLS = (("%", " percent "), ("°", " degrees "), ("&", " and "), ("+", " plus "))
_DECIMAL_DOT = re.compile(r"(?<=\d)\.(?=\d)")
_NOT_WORD = re.compile(r"[^a-z0-9\s\u2024]+")
_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")
_TARGET_PREPOSITIONS = frozenset({"to", "at"})
_SCALE_WORDS = frozenset({"level", "notch", "setting", "step"})
_SOURCE_PREPOSITIONS = frozenset({"to", "on", "onto"})
_DETERMINERS = frozenset({"the", "my", "our", "a", "an", "this", "that", "your", "all"})


_WE_ARE = re.compile(r"\bwe're\b")
"""Without its apostrophe "we're" is "were", which opens a question ("were the lights
on?"): "we're freezing" is no question."""


def tokenise(text: str) -> list[str]:
    """Lower-case words as a recogniser writes them; "20.5%" -> ["20.5", "percent"].
    Accents are folded, as :func:`normalise` folds them ("café" -> "cafe"), so a device
    called "Café lights" is found, not "caf lights"."""
    if not text.isascii():
        text = fold_accents(text)
    text = ungrouped(text.lower().replace("’", "'"))
    text = _WE_ARE.sub("we are", text).replace("'", "").replace("-", " ")
    for symbol, word in _SYMBOLS:
        text = text.replace(symbol, word)
    text = _DECIMAL_DOT.sub("\u2024", text)  # keep decimal points through the cleaning
    text = _NOT_WORD.sub(" ", text).replace("\u2024", ".")
    return _DIGIT_LETTER.sub(" ", text).split()


@dataclass(frozen=True)
class ValueSpec:
    """A value heard in the utterance."""

    number: float | None = None
    word: str | None = None
    """"max", "min", "half", or a level ("low", "medium", "high"), when said in words."""
    unit: str | None = None
    """"percent", "degrees" or "kelvin" when said."""
    relative: bool = False
    """"by 20 percent": a change, not a target value."""
    target: bool = False
    """Said after "to" or "at" ("up to 22 degrees"): a value to reach, never a change."""
    firm: bool = True
    """Said with a unit or after "to"/"at"/"by", or as a word; not just a number."""
    on_a_scale: bool = False
    """Said after "level" ("lights to level 3"): a step on a scale, not a percentage."""
    after_thing: bool = False
    """Said right after a device's name or kind word ("desk lamp one"): a label?"""
    scale_of_ten: bool = False
    """A bare 1..10 said with a direction ("turn the lights up to eight"): likely a
    step of ten, read against the device's state (see _command_changes). On the value
    read back (``number`` in percent) it says the step was taken: "80 % (8 of 10)"."""


@dataclass
class Reading:
    """What one utterance was found to contain."""

    tokens: list[str]
    free: list[bool]
    names: list[NameMatch] = field(default_factory=list)
    rooms: list[NameMatch] = field(default_factory=list)
    kinds: list[tuple[str, bool]] = field(default_factory=list)
    """(kind, said in the plural) for each kind word not part of a name."""
    heard_kind_words: list[str] = field(default_factory=list)
    scopes: set[str] = field(default_factory=set)
    """"everywhere", "everything", "here"."""
    actions: list[str] = field(default_factory=list)
    attributes: list[str] = field(default_factory=list)
    relative_attribute: str | None = None
    value: ValueSpec | None = None
    ambiguous_value: bool = False
    leftovers: list[str] = field(default_factory=list)
    unknown_device: bool = False
    """A place this home does not have: "the plug in the dining room"."""
    unknown_place: str | None = None
    """That place's words: "dining room", "garage", "upstairs" (``_unknown_place``)."""
    described: bool = False
    """An unknown word right before a kind word ("the porch light", "the rice cooker
    socket") or a plug named by what it powers ("the plug of my phone"): a thing this
    home names otherwise, if it has it at all (see CommandParser._described)."""
    describing: set[int] = field(default_factory=set)
    """Where the words describing a thing are ("rice cooker"): not left over."""
    unwanted: bool = False
    """Said as not wanted ("i dont need the lights", "we dont want the fan on"): the
    on/off said is turned round, and with none said it is off."""
    conjunction: bool = False
    kinds_named: bool = False
    """Every kind word was said with a partial name ("the bedside lamps"): no group."""
    named_together: bool = False
    """Several devices named by a word of their names they share, asked for together
    ("the bedside lamps" for Bedside left and Bedside right)."""
    down_off: bool = False
    """A lone "down" after "shut" or "power": "shut the smart socket down" is off."""
    place_directions: set[str] = field(default_factory=set)
    """"up" or "down" said as a place ("hard to see down here"), when right before
    "here" or "there"."""


def _strip_phrases(toks: list[str], phrases: frozenset[tuple[str, ...]]) -> list[str]:
    longest = max((len(p) for p in phrases), default=0)
    out: list[str] = []
    i = 0
    while i < len(toks):
        for size in range(min(longest, len(toks) - i), 0, -1):
            if tuple(toks[i:i + size]) in phrases:
                i += size
                break
        else:
            out.append(toks[i])
            i += 1
    return out


def contains_phrase(toks: Sequence[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether one of ``phrases`` (word tuples) is said in ``toks``."""
    for size in {len(p) for p in phrases}:
        for i in range(len(toks) - size + 1):
            if tuple(toks[i:i + size]) in phrases:
                return True
    return False


def is_question(toks: Sequence[str], vocab: Vocabulary) -> bool:
    """Starts as a question does: "is", "are the", "what's", "which", "tell me"."""
    return any(tuple(toks[:n]) in vocab.questions for n in (1, 2))


def _is_refused(toks: list[str], vocab: Vocabulary) -> bool:
    """Questions, negations, schedules, stories and states told are not commands to run
    now."""
    if is_question(toks, vocab):
        return True
    if contains_phrase(toks, vocab.negations) and contains_phrase(
            _strip_phrases(toks, vocab.negated_complaints), vocab.negations):
        return True  # "dont turn it on", but not "i cant see"
    if contains_phrase(toks, vocab.schedule) or contains_phrase(toks, vocab.past_times) or (
            contains_phrase(toks, vocab.times_of_day)):
        return True
    if contains_phrase(toks, vocab.done_states):
        return True  # "the lamp is already on" tells a state
    opens = next((i for i, tok in enumerate(toks) if tok in vocab.clause_openers), None)
    if opens is not None and any(tok in vocab.clause_verbs for tok in toks[opens + 1:]):
        return True  # "i wonder if the fan is on", "the lamp on if it is dark": a
        # question asked inside the sentence, or a condition, not a command to run now
    for i, tok in enumerate(toks):
        if tok in vocab.schedule_units and i > 0 and (
                number_value(toks[i - 1]) is not None or toks[i - 1] in ("a", "an")):
            return True
    return False


def tells_people_state(utterance: str, vocab: Vocabulary) -> bool:
    """Whether ``utterance`` opens with a person and a form of "be" ("we're off to bed",
    "i'm watching a film", after any "and" or "but"), or with a noun phrase subject and
    one ("my sister is coming over", "the kids are asleep": ``_noun_subject_state``):
    it tells what people are doing, or how things are."""
    toks = _strip_phrases(tokenise(utterance), vocab.fillers)
    while toks[:1] and toks[0] in vocab.lead_conjunctions:
        toks = toks[1:]
    return any(tuple(toks[:n]) in vocab.people_states for n in (1, 2)) or (
        _noun_subject_state(toks, vocab))


_LONGEST_SUBJECT = 3
"""Words of a noun phrase subject after its determiner ("my little sister's friends")."""


def _noun_subject_state(toks: Sequence[str], vocab: Vocabulary) -> bool:
    """A determiner of ``state_subjects``, one to three words, then a form of "be" and
    what it says ("our guests are here"), or an -ing verb right after a word whose "'s"
    the recogniser joined to it ("my sisters coming over"): a statement, the copula or
    the progressive after its subject (Quirk et al. 1985, 2.13 on the subject, 3.19 on
    the forms of "be")."""
    if not toks or toks[0] not in vocab.state_subjects:
        return False
    for end in range(2, min(len(toks), _LONGEST_SUBJECT + 2)):
        if toks[end] in vocab.clause_verbs:
            return end + 1 < len(toks)
        if toks[end].endswith("ing") and toks[end - 1].endswith("s"):
            return True
    return False


def _take_unwanted(toks: list[str], vocab: Vocabulary) -> tuple[list[str], bool]:
    """"i dont need the lights": the words that say a thing is not wanted, taken out
    (so the negation in them refuses nothing), when a thing follows them (not "i dont
    want to turn it on", which is a refusal)."""
    for i in range(len(toks)):
        for size in range(vocab.longest_unwanted, 0, -1):
            end = i + size
            if tuple(toks[i:end]) in vocab.unwanted and end < len(toks) and (
                    toks[end] not in ("to", "you")):
                return toks[:i] + toks[end:], True
    return toks, False


def _turn_round(reading: Reading) -> bool:
    """A thing said as not wanted: on is off, off is on, nothing said is off. False
    when anything else is asked ("i dont want it so bright"): not plainly a command."""
    said = set(reading.actions)
    if said - {"on", "off"} or len(said) > 1 or reading.value or reading.attributes or (
            reading.relative_attribute):
        return False
    reading.actions = [{"on": "off", "off": "on"}.get(a, a) for a in reading.actions] or ["off"]
    return True


def _claim_describing(reading: Reading, kind_start: int, vocab: Vocabulary) -> None:
    """"rice cooker" in "the rice cooker socket": the unknown words right before a kind
    word describe the thing; they are not left over (whether the thing is one of this
    home's devices is decided from the kind word, CommandParser._described)."""
    i = kind_start - 1
    while i >= 0 and reading.free[i] and (reading.tokens[i],) not in vocab.function_words \
            and number_value(reading.tokens[i]) is None:
        reading.describing.add(i)  # still free: it may name a device ("the desk light")
        i -= 1


def _claim(reading: Reading, start: int, end: int) -> None:
    for i in range(start, end):
        reading.free[i] = False


def _read_source(reading: Reading, vocab: Vocabulary) -> str | None:
    """The input a media player is switched to ("to hdmi 2", "on aux", "input hdmi 1"),
    as shown ("HDMI 2"); its words, and the words for the input itself, are claimed.
    None when no input is named; two different ones make the value ambiguous."""
    toks, free = reading.tokens, reading.free
    found: dict[str, bool] = {}  # input -> said after "to", "on" or "input"
    spans: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):
        if tok not in vocab.sources or not free[i]:
            continue
        before = toks[i - 1] if i > 0 else ""
        number = toks[i + 1] if i + 1 < len(toks) and free[i + 1] else ""
        numbered = number.isdigit()
        if tok in vocab.source_words and not numbered:
            continue  # "change the input": which one is not said
        placed = before in _SOURCE_PREPOSITIONS or before in vocab.source_words
        if not (placed or numbered or before == "from"):
            continue  # "turn on the usb hub": a thing, not an input
        spans.append((i, i + 1 + numbered))
        if before != "from":  # "from hdmi 1 to hdmi 2": the input it was on
            label = vocab.sources[tok] + (f" {number}" if numbered else "")
            found[label] = found.get(label, False) or placed
    if not any(found.values()):
        return None
    for start, end in spans:
        _claim(reading, start, end)
    for i, tok in enumerate(toks):
        if free[i] and tok in vocab.source_words:
            free[i] = False  # "change the input to hdmi 2"
    if len(found) > 1:
        reading.ambiguous_value = True  # "hdmi 1 or hdmi 2"
        return None
    return next(iter(found))


def _scan_phrases(reading: Reading, vocab: Vocabulary) -> list[tuple[int, int, tuple]]:
    """Longest vocabulary phrases among the unclaimed words, left to right."""
    toks, free = reading.tokens, reading.free
    found: list[tuple[int, int, tuple]] = []
    i = 0
    while i < len(toks):
        if not free[i]:
            i += 1
            continue
        for size in range(min(vocab.longest, len(toks) - i), 0, -1):
            if not all(free[i:i + size]):
                continue
            meanings = vocab.meanings(tuple(toks[i:i + size]))
            if meanings:
                found.append((i, i + size, meanings))
                _claim(reading, i, i + size)
                i += size
                break
        else:
            i += 1
    return found


def _extend_names(reading: Reading, index: TargetIndex, vocab: Vocabulary) -> None:
    """Let a kind word right after a name belong to it ("play corner lights")."""
    extended: list[NameMatch] = []
    for match in reading.names:
        end = match.end
        kind = index.devices[match.key].kind
        if end < len(reading.tokens) and reading.free[end] and (
                ("kind", kind) in vocab.meanings((reading.tokens[end],))):
            reading.free[end] = False
            end += 1
        extended.append(NameMatch(match.key, match.start, end, match.score))
    reading.names = extended


def _is_particle_on(toks: Sequence[str], pos: int, reading: Reading,
                    vocab: Vocabulary) -> bool:
    """"on" starts a device ("turn on", "lights on"), not a place ("on the first floor")."""
    if pos == 0 or toks[pos - 1] in vocab.particle_verbs:
        return True  # "on the plug": said first, "on" is the action
    if pos + 1 >= len(toks):
        return True
    nxt = toks[pos + 1]
    starts_target = any(m.start == pos + 1 for m in reading.names + reading.rooms)
    return not (nxt in _DETERMINERS or starts_target)


def _read_value(reading: Reading, phrase_at: dict[int, tuple], vocab: Vocabulary,
                thing_ends: frozenset[int] = frozenset(),
                attribute_ends: frozenset[int] = frozenset()) -> None:
    """The number said, and whether it is firmly a value: a unit, "to"/"at" or an
    attribute word ("volume 20") before it, not a name's number ("light 2")."""
    toks, free = reading.tokens, reading.free
    candidates: list[ValueSpec] = []
    for i, tok in enumerate(toks):
        number = number_value(tok)
        if number is None or not free[i]:
            continue
        free[i] = False
        unit = None
        if i + 1 < len(toks) and i + 1 in phrase_at:
            for category, value in phrase_at[i + 1]:
                if category == "unit":
                    unit = value
        if unit == "fahrenheit":  # the home keeps degrees Celsius
            number = round(((number - 32) * 5 / 9 if before_word(toks, i) != "by"
                            else number * 5 / 9) * 2) / 2
            unit = "degrees"
        before = toks[i - 1] if i > 0 else ""
        relative = before == "by"
        firm = unit is not None or relative or before in _TARGET_PREPOSITIONS or (
            i in attribute_ends)
        after = toks[i + 1] if i + 1 < len(toks) else ""
        if unit is None and (after in vocab.station_after
                             or (not firm and before in vocab.station_before)):
            free[i] = True  # "radio 4", "channel 5", "5 live": a name, not a volume
            continue
        candidates.append(ValueSpec(number=number, unit=unit, relative=relative, firm=firm,
                                    target=before in _TARGET_PREPOSITIONS,
                                    after_thing=i in thing_ends,
                                    on_a_scale=before in _SCALE_WORDS))
    firm = [c for c in candidates if c.firm]
    if len(candidates) == 1:
        reading.value = candidates[0]
        reading.ambiguous_value = False
    elif len(firm) == 1:
        reading.value = firm[0]
        reading.ambiguous_value = False
    elif candidates:
        reading.ambiguous_value = True


def before_word(toks: Sequence[str], i: int) -> str:
    return toks[i - 1] if i > 0 else ""


def _describes_device(toks: Sequence[str], i: int, names_at: set[int],
                      vocab: Vocabulary) -> bool:
    """"smart" in "the new smart socket": a word that describes the device named next."""
    j = i
    while j < len(toks) and toks[j] in vocab.device_adjectives:
        j += 1
    return j > i and j in names_at


_PLACE_BEFORE = frozenset({"in", "inside"})
_PLACE_DETERMINERS = frozenset({"the", "my", "our"})
"""Not "in this space": "this" points at where the speaker is."""
_PLACE_AFTER = frozenset({"room", "rooms"})
_PLACE_ADVERBS = frozenset({"upstairs", "downstairs", "outside", "outdoors"})
"""Where, in one word ("the lights upstairs"): a home whose rooms say no floor cannot
tell which lights those are, and all of them is more than was asked."""


def _said_none(reading: Reading, vocab: Vocabulary) -> None:
    """"no lights", "no more lights" said first: the lights off, unless an action word
    says otherwise (not "there is no light", a complaint)."""
    toks = reading.tokens
    names_at = {m.start for m in reading.names + reading.rooms}
    for size in (2, 1):
        if tuple(toks[:size]) in vocab.none_words and size < len(toks) and (
                size in names_at or any(c == "kind" for n in (1, 2)
                                        for c, _v in vocab.meanings(tuple(toks[size:size + n])))
                ) and all(reading.free[:size]):
            _claim(reading, 0, size)
            reading.actions.append("none")
            return


def _misspelt_off(reading: Reading, vocab: Vocabulary) -> None:
    """"turn of the lights", "lights of": "of" written for "off" right after turn or
    switch, or last, when no other word says on or off."""
    toks = reading.tokens
    if {"on", "off"} & set(reading.actions):
        return
    for i, tok in enumerate(toks):
        if tok == "of" and reading.free[i] and i > 0 and (
                toks[i - 1] in vocab.of_means_off_after or i == len(toks) - 1):
            reading.free[i] = False
            reading.actions.append("off")
            return


def _plug_of_something(reading: Reading, phrases: list[tuple[int, int, tuple]],
                       vocab: Vocabulary) -> bool:
    """"the socket for the lamp", "the plug of my phone": a plug named by what it powers,
    which no device of this home is named by (a room after it is only where it is)."""
    toks = reading.tokens
    room_starts = {m.start for m in reading.rooms}
    for start, end, _meanings in phrases:
        if tuple(toks[start:end]) not in vocab.plug_words or end >= len(toks) or (
                toks[end] not in vocab.plug_links):
            continue
        j = end + 1
        while j < len(toks) and toks[j] in _DETERMINERS | {"his", "her", "their", "its"}:
            j += 1
        if j < len(toks) and j not in room_starts:
            return True
    return False


def _unknown_place(reading: Reading, vocab: Vocabulary, rooms: Iterable[str]) -> str | None:
    """"in the bathroom", "dining room", "upstairs", "the garage light": a place this home
    does not have, in the words said ("bathroom", "dining room", "upstairs", "garage");
    None when none is said. The one reading of a missing place, for commands and
    questions alike, whether the place is said before the thing or after it. A room
    word that opens a word of the home's rooms ("hall" of "Hallway") is no missing place."""
    toks, free = reading.tokens, reading.free
    starts = {m.start for m in reading.rooms + reading.names}
    before_thing = [toks[i] for i in sorted(reading.describing) if free[i]]
    room_words = [w for room in rooms for w in tokenise(room)]
    if set(before_thing) & vocab.room_nouns and set(before_thing) <= (
            vocab.room_nouns | _PLACE_AFTER) and not any(
            w.startswith(said) for said in before_thing for w in room_words):
        return " ".join(before_thing)  # "the garage light": the light in the garage
    for i, tok in enumerate(toks):
        if not free[i] or tok not in reading.leftovers or i + 1 in starts:
            continue  # "the upstairs bedroom": a word describing a room the home has
        if tok in _PLACE_ADVERBS:
            return tok
        before = toks[max(i - 2, 0):i]
        if (before[-1:] and before[-1] in _PLACE_BEFORE) or (len(before) == 2 and (
                before[0] in _PLACE_BEFORE and before[1] in _PLACE_DETERMINERS)) or (
                i + 1 < len(toks) and free[i + 1] and toks[i + 1] in _PLACE_AFTER):
            end = i + 1  # "the tool shed", "the dining room": every word of it
            while end < len(toks) and free[end] and end not in starts and (
                    toks[end] in reading.leftovers or toks[end] in _PLACE_AFTER):
                end += 1
            return " ".join(toks[i:end])
    return None


def is_place_adverb(place: str) -> bool:
    """Whether a missing place was said in one word of where ("upstairs", "outside"),
    not as a room ("garage"): the home's rooms say no floor, rather than lack a room."""
    return place in _PLACE_ADVERBS


_PRONOUN_DETERMINERS = frozenset({"the", "that", "this", "my", "our"})
_NOT_BEFORE_PRONOUN = frozenset({"to", "at", "by", "of", "number", "level", "and"})


def _without_pronoun_one(toks: list[str], vocab: Vocabulary) -> list[str]:
    """"the desk one", "the big ones": "one" stands for the thing, not the number 1.
    Only after a determiner and a word or two that are not a number or a kind word
    ("lamp one" may be the name Lamp 1; "to one" is a value), or, after a kind word
    too, closing a bare "the tv one" (no verb, no "to"): an answer said without its
    question, which set the TV's volume to 1 %."""
    if 3 <= len(toks) <= 5 and toks[-1] == "one" and toks[0] in _PRONOUN_DETERMINERS \
            and not _NOT_BEFORE_PRONOUN & set(toks) and all(
                number_value(t) is None and t not in _PRONOUN_DETERMINERS for t in toks[1:-1]):
        return toks[:-1]
    out: list[str] = []
    for i, tok in enumerate(toks):
        if tok in ("one", "ones") and i >= 2:
            before = toks[max(0, i - 3):i]
            word = toks[i - 1]
            if word not in _NOT_BEFORE_PRONOUN and word not in _PRONOUN_DETERMINERS and (
                    number_value(word) is None) and not any(
                    c == "kind" for c, _v in vocab.meanings((word,))) and (
                    _PRONOUN_DETERMINERS & set(before[:-1])):
                continue
        out.append(tok)
    return out


_AMOUNTS = ((("a", "couple", "of"), "2"), (("a", "couple"), "2"), (("couple", "of"), "2"),
            (("a", "few"), "3"), (("few",), "3"))
"""Words of an amount before a unit ("a couple of degrees", "a few percent"), as many as
a person means by them: two, about three."""


def _amounts(toks: list[str], vocab: Vocabulary) -> list[str]:
    """``toks`` with an amount in words before a unit as its number: "a couple of
    degrees" -> "2 degrees" (was read as no number, the step of one degree)."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        for words, number in _AMOUNTS:
            end = i + len(words)
            if tuple(toks[i:end]) == words and end < len(toks) and any(
                    category == "unit" for category, _v in vocab.phrases.get(
                        (toks[end],), ())):
                out.append(number)
                i = end
                break
        else:
            out.append(toks[i])
            i += 1
    return out


def read_utterance(utterance: str, index: TargetIndex, vocab: Vocabulary, *,
                   name_similarity: float, question: bool = False) -> Reading | None:
    """Read an utterance; None when it cannot be a command to run now.

    ``question``: read the devices of a question ("are the lights on?") too; its
    reading is never a command."""
    toks = _amounts(words_to_numbers(_without_pronoun_one(
        _strip_phrases(tokenise(utterance), vocab.fillers), vocab)), vocab)
    while toks[:1] and toks[0] in vocab.lead_conjunctions:
        toks = toks[1:]  # "but is the lamp on": what follows says what the clause is
    toks, unwanted = _take_unwanted(toks, vocab) if not question else (toks, False)
    if not toks or (not question and _is_refused(toks, vocab)):
        return None
    reading = Reading(tokens=toks, free=[True] * len(toks), unwanted=unwanted)
    reading.names = index.find_devices(toks, reading.free, name_similarity)
    for match in reading.names:
        _claim(reading, match.start, match.end)
    _extend_names(reading, index, vocab)
    reading.rooms = index.find_rooms(toks, reading.free, name_similarity)
    for match in reading.rooms:
        _claim(reading, match.start, match.end)

    source = _read_source(reading, vocab)
    _said_none(reading, vocab)
    phrases = _scan_phrases(reading, vocab)
    phrase_at = {start: meanings for start, _end, meanings in phrases}
    value_words: list[str] = []
    kind_spans = [(start, end) for start, end, meanings in phrases
                  if any(c == "kind" for c, _v in meanings)]
    for start, end, meanings in phrases:
        key = tuple(toks[start:end])
        for category, value in meanings:
            if category == "kind" and any(s == end for s, _e in kind_spans):
                continue  # "the lamp socket": the last kind word is the thing named
            if category == "kind" and len(key) == 1 and key[0] in vocab.particle_verbs and (
                    start == 0 or (toks[start - 1] not in _DETERMINERS
                                   and toks[end:end + 1] in (["on"], ["off"], ["out"]))):
                continue  # "switches off the lights": the verb, not switches to change
            if category == "kind":
                before = toks[start - 1] if start > 0 else ""
                if start > 0 and reading.free[start - 1] and ((
                        (before,) not in vocab.function_words
                        and before not in vocab.device_adjectives
                        and number_value(before) is None) or before in vocab.place_adjectives):
                    reading.described = True
                    _claim_describing(reading, start, vocab)
                reading.kinds.append((value, key in vocab.plural))
                reading.heard_kind_words.extend(canonical(t) for t in key)
            elif category == "scope":
                reading.scopes.add(value)
            elif category == "attribute":
                reading.attributes.append(value)
            elif category == "value":
                value_words.append(value)
            elif category == "action":
                if value == "on_particle":
                    if _is_particle_on(toks, start, reading, vocab):
                        reading.actions.append("on")
                elif value == "off_particle":
                    reading.actions.append("off")
                else:
                    reading.actions.append(value)
                    reading.down_off = reading.down_off or (
                        value == "down" and key == ("down",)
                        and bool(vocab.down_means_off & set(toks[:start])))
                    if key in (("up",), ("down",)) and toks[end:end + 1] in (
                            ["here"], ["there"]):
                        reading.place_directions.add(value)
        if key in vocab.relative_attributes:
            reading.relative_attribute = vocab.relative_attributes[key]
    _misspelt_off(reading, vocab)
    thing_ends = frozenset({m.end for m in reading.names} | {e for _s, e in kind_spans})
    attribute_ends = frozenset(end for _start, end, meanings in phrases
                               if any(c == "attribute" for c, _v in meanings))
    _read_value(reading, phrase_at, vocab, thing_ends, attribute_ends)
    if source is not None:
        if reading.value is None and not value_words:
            reading.value = ValueSpec(word=SOURCE_PREFIX + source)
        else:
            reading.ambiguous_value = True  # "tv on hdmi 2 at 30": which is asked for?
    if reading.value is None and len(set(value_words)) == 1 and not reading.ambiguous_value:
        reading.value = ValueSpec(word=value_words[0])
    elif reading.value is None and len(set(value_words)) > 1:
        reading.ambiguous_value = True
    reading.conjunction = "and" in toks
    names_at = {m.start for m in reading.names} | {
        start for start, _end, meanings in phrases if any(c == "kind" for c, _v in meanings)}
    reading.leftovers = [
        tok for i, (tok, free) in enumerate(zip(toks, reading.free, strict=True))
        if free and (tok,) not in vocab.function_words and i not in reading.describing
        and not _describes_device(toks, i, names_at, vocab)
    ]
    reading.unknown_place = _unknown_place(reading, vocab, index.rooms)
    reading.unknown_device = reading.unknown_device or reading.unknown_place is not None
    reading.described = reading.described or _plug_of_something(reading, phrases, vocab)
    if unwanted and not _turn_round(reading):
        return None
    return reading
