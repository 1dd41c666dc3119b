"""The vocabulary of built-in device commands, loaded from ``data/commands.yaml``.

Everything language-specific lives in the YAML; this module turns it into a phrase
table (token tuple -> what the phrase means) that the parser scans longest-first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError
from ._parsed_yaml import parsed_yaml

__all__ = ["Meaning", "Vocabulary", "default_vocabulary"]

Meaning = tuple[str, str]
"""(category, value): ("kind", "light"), ("action", "on"), ("value", "max")..."""


def _key(text: str) -> tuple[str, ...]:
    return tuple(str(text).lower().split())


MODE_PREFIX = "mode "
SOURCE_PREFIX = "source "
WHITE_PREFIX = "white "
"""A value word naming a climate mode ("mode cool"), kept apart from levels and ends."""


@dataclass(frozen=True)
class Vocabulary:
    """Device-command words of one language."""

    fillers: frozenset[tuple[str, ...]]
    """Wake words, hesitations and politeness, removed first."""
    questions: frozenset[tuple[str, ...]]
    """Openings that make an utterance a question."""
    negations: frozenset[tuple[str, ...]]
    schedule: frozenset[tuple[str, ...]]
    """Words that put a command in the future ("tomorrow"); not run now."""
    schedule_units: frozenset[str]
    """Time units that make a schedule after a number ("in 10 minutes")."""
    phrases: Mapping[tuple[str, ...], tuple[Meaning, ...]]
    """Every meaningful phrase and what it means; scanned longest-first."""
    longest: int
    plural: frozenset[tuple[str, ...]]
    kind_words: Mapping[str, frozenset[str]]
    """Kind -> single words naming it; used to let "machine" stand in for "maker"."""
    particle_verbs: frozenset[str]
    player_on_verbs: frozenset[str]
    """Words that switch on only a TV or speaker named ("play the radio")."""
    broad_kind_words: frozenset[str]
    """Kind words that mean every device of the kind, never one by its name."""
    names_of_their_own: frozenset[str]
    """Words of a device's name that say what it is though they name no kind ("gate")."""
    appliances: frozenset[str]
    """Kind words for a thing a switch powers ("kettle"): only a device so named is one."""
    relative_attributes: Mapping[tuple[str, ...], str]
    steps: Mapping[str, float]
    primary_attribute: Mapping[str, str]
    implies_on: Mapping[str, str]
    minimum_values: Mapping[str, float]
    level_values: Mapping[str, Mapping[str, float]]
    """What "low", "medium" and "high" set each attribute to; an attribute with no
    levels (a thermostat) is not set by a level word."""
    function_words: frozenset[tuple[str, ...]]
    device_adjectives: frozenset[str]
    """Words that describe a device without naming it ("smart", "main")."""
    everything_kinds: tuple[str, ...]
    """Kinds that "everything" switches on or off."""
    place_adjectives: frozenset[str] = frozenset()
    """"back" of "the back door": a word that tells things of a kind apart by where they
    are; said before a kind word no device is named by, it names another thing."""
    unmuted_volume: float = 20.0
    """The volume "unmute" puts back when nothing recorded says the one before the mute."""
    room_nouns: frozenset[str] = frozenset()
    """"garage" of "the garage light": a word naming a room or a place of a home; said
    before a kind word in a home without that room, it is where the thing is."""
    down_means_off: frozenset[str] = frozenset()
    """Verbs after which a later "down" means off ("shut the plug down")."""
    synonyms: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Word -> the words that name the same thing ("socket" -> plug, outlet...)."""
    past_times: frozenset[tuple[str, ...]] = frozenset()
    """"yesterday", "last night": a story, not a command to run now."""
    times_of_day: frozenset[tuple[str, ...]] = frozenset()
    """"in the morning", "at sunset": when to do a command, so not one to run now (kept
    apart from ``schedule``, whose words the resolver also reads as words of time)."""
    done_states: frozenset[tuple[str, ...]] = frozenset()
    """"is already", "it's already": a state told, not a command to run now."""
    negated_complaints: frozenset[tuple[str, ...]] = frozenset()
    """Complaints that hold a negation ("cant see"): not a refusal."""
    plug_words: frozenset[tuple[str, ...]] = frozenset()
    """Kind words of a plug, which may be named by what it powers."""
    plug_links: frozenset[str] = frozenset()
    """"for", "of": after a plug word, what it powers follows."""
    none_words: frozenset[tuple[str, ...]] = frozenset()
    """"no", "no more": said first before a device, switch it off ("no lights")."""
    of_means_off_after: frozenset[str] = frozenset()
    """Verbs after which "of" is "off" mistyped ("turn of the lights")."""
    unwanted: frozenset[tuple[str, ...]] = frozenset()
    """"dont need", "dont want": the thing after them is not wanted ("i dont need
    the lights" is off)."""
    station_before: frozenset[str] = frozenset()
    """A bare number after these names a station or channel ("radio 4"), no value."""
    station_after: frozenset[str] = frozenset()
    """... and so does a number before these ("5 live", "100 fm")."""
    degree_kinds: dict[str, str] = field(default_factory=dict)
    """"warm" -> climate: what "how warm is it?" asks about."""
    sources: dict[str, str] = field(default_factory=dict)
    """An input's word as heard -> as shown ("hdmi" -> "HDMI"): "switch the tv to hdmi 2"."""
    source_words: frozenset[str] = frozenset()
    """Words for a media player's input itself ("input", "source")."""
    switched_on_modes: tuple[tuple[str, frozenset[tuple[str, ...]]], ...] = ()
    """(mode, names): a climate device switched on by one of these names is set to the
    mode ("turn on the ac" cools)."""
    lead_conjunctions: frozenset[str] = frozenset()
    """"but", "and": said first, they join a clause to what was said before it and
    change nothing of what it is ("but is the lamp on?" is still a question)."""
    clause_openers: frozenset[str] = frozenset()
    """"if", "whether": with a verb of being after them they open a clause of their own
    ("i wonder if the fan is on", "... if it is dark")."""
    clause_verbs: frozenset[str] = frozenset()
    """The verbs of being such a clause has ("is", "are", "its")."""
    people_states: frozenset[tuple[str, ...]] = frozenset()
    """"we are", "i am": a clause that opens with a person and a form of "be" tells
    what people are doing ("we're off to bed"), a reason or remark, no command."""
    state_subjects: frozenset[str] = frozenset()
    """"my", "the": the determiners of a noun phrase subject of which a form of "be"
    tells a state ("my sister is coming over"), a remark as ``people_states``'."""
    coming_verbs: frozenset[tuple[str, ...]] = frozenset()
    """"came", "turned up": after a name said alone, a remark ("sam came home")."""
    name_states: frozenset[str] = frozenset()
    """"here", "home": after a name whose "'s" was joined to it, a remark ("grannys
    here")."""
    abilities: Mapping[tuple[str, ...], str] = field(default_factory=dict)
    """Words asking what no kind of device here can do -> that in words ("blue" ->
    "change colour", "pause" -> "pause"): read only to say so, never as a command."""
    player_abilities: frozenset[str] = frozenset()
    """Those of ``abilities`` only a TV or speaker is asked for ("pause", "skip"): said
    with no thing, asked of the home's players."""

    @property
    def longest_unwanted(self) -> int:
        return max((len(p) for p in self.unwanted), default=0)

    def meanings(self, phrase: tuple[str, ...]) -> tuple[Meaning, ...]:
        return self.phrases.get(phrase, ())

    def kind_of_word(self, word: str) -> str | None:
        for kind, words in self.kind_words.items():
            if word in words:
                return kind
        return None


def _phrase_set(raw: Mapping[str, Any], section: str) -> frozenset[tuple[str, ...]]:
    return frozenset(_key(str(p)) for p in raw.get(section) or ())


def _complaints(raw: Mapping[str, Any]) -> dict[tuple[str, ...], tuple[str, str]]:
    """Complaint phrases made of an opener, any intensifier and a state word ("its" +
    "pretty" + "gloomy"), or of how the person feels and a word of warmth ("im" +
    "freezing"): phrase -> ("more" or "less", the attribute)."""
    openers = [_key(str(o)) for o in raw.get("openers") or ()]
    felt = [_key(str(o)) for o in raw.get("felt_openers") or ()]
    intensifiers = [(), *(_key(str(i)) for i in raw.get("intensifiers") or ())]
    found: dict[tuple[str, ...], tuple[str, str]] = {}
    for direction in ("more", "less"):
        for attribute, words in (raw.get(direction) or {}).items():
            for word in words or ():
                said = _key(str(word))
                for opener in openers + (felt if attribute == "target_temp" else []):
                    for intensifier in intensifiers:
                        found[(*opener, *intensifier, *said)] = (direction, str(attribute))
    return found


def _containing(phrases: frozenset[tuple[str, ...]],
                parts: frozenset[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """The phrases in which one of ``parts`` occurs as consecutive words. The complaints
    built from the vocabulary number some 17,000 and few hold a negation: those with no
    word that starts one are passed over by one set test, and the rest are looked up by
    length and position. Comparing each with every negation at every position took a
    fifth of the CPU time of a ``teachapp resolve``."""
    if () in parts:  # the empty phrase occurs in every phrase
        return phrases
    sizes = {len(p) for p in parts}
    firsts = {p[0] for p in parts}
    return frozenset(c for c in phrases
                     if not firsts.isdisjoint(c)
                     and any(c[i:i + size] in parts
                             for size in sizes for i in range(len(c) - size + 1)))


def _plural_of(phrase: str) -> str:
    """"telly" -> "tellies", "media player" -> "media players", "switch" -> "switches"."""
    *before, last = phrase.split()
    if last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u"):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return " ".join([*before, last])


def _unlisted_plurals(raw: Mapping[str, Any]) -> dict[str, list[str]]:
    """By kind, the plural of each of its words that the file lists without one
    ("televisions", "tellies", "kettles", "media players"): read as that kind in the
    plural, so a kind said in the plural asks for every device of it whichever of its
    words is said ("turn off the televisions" was no command). They are words of
    commands only: ``kind_words``, which the resolver reads too, keeps the file's."""
    listed = {str(w) for w in raw.get("plural") or ()}
    given = {str(kind): [str(w) for w in words or ()]
             for kind, words in (raw.get("kinds") or {}).items()}
    known = listed | {w for words in given.values() for w in words}
    return {kind: [_plural_of(w) for w in words
                   if w not in listed and _plural_of(w) not in known]
            for kind, words in given.items()}


def _build(raw: Mapping[str, Any]) -> Vocabulary:
    table: dict[tuple[str, ...], list[Meaning]] = {}

    def add(words: Any, meaning: Meaning) -> None:
        for word in words or ():
            key = _key(str(word))
            if key and meaning not in table.setdefault(key, []):
                table[key].append(meaning)

    for kind, words in (raw.get("kinds") or {}).items():
        add(words, ("kind", kind))
    unlisted = _unlisted_plurals(raw)
    for kind, words in unlisted.items():
        add(words, ("kind", kind))
    add(raw.get("all"), ("scope", "all"))
    add(raw.get("everywhere"), ("scope", "everywhere"))
    add(raw.get("everything"), ("scope", "everything"))
    add(raw.get("here"), ("scope", "here"))
    for section, action in (("on_particles", "on_particle"), ("off_particles", "off_particle"),
                            ("on_verbs", "on"), ("off_verbs", "off"), ("open_verbs", "open"),
                            ("close_verbs", "close"), ("lock_verbs", "lock"),
                            ("unlock_verbs", "unlock"), ("up_words", "up"),
                            ("down_words", "down"), ("more_words", "more"),
                            ("less_words", "less")):
        add(raw.get(section), ("action", action))
    add(raw.get("light_on_verbs"), ("action", "on"))
    add(raw.get("light_on_verbs"), ("kind", "light"))
    add(raw.get("player_on_verbs"), ("action", "on"))
    for attribute, words in (raw.get("attributes") or {}).items():
        add(words, ("attribute", attribute))
    add(raw.get("percent_units"), ("unit", "percent"))
    add(raw.get("degree_units"), ("unit", "degrees"))
    add(raw.get("fahrenheit_units"), ("unit", "fahrenheit"))
    add(raw.get("kelvin_units"), ("unit", "kelvin"))
    for value, words in (raw.get("value_words") or {}).items():
        add(words, ("value", value))
    for value in ("mute", "unmute"):  # of a volume only: "mute the tv", "unmute"
        add(raw.get(f"{value}_words"), ("value", value))
        add(raw.get(f"{value}_words"), ("attribute", "volume"))
    for level, words in (raw.get("level_words") or {}).items():
        add(words, ("value", level))
    for mode, words in (raw.get("mode_words") or {}).items():
        add(words, ("value", MODE_PREFIX + str(mode)))
    for kelvin, words in (raw.get("white_words") or {}).items():
        add(words, ("value", WHITE_PREFIX + str(int(kelvin))))

    relative: dict[tuple[str, ...], str] = {}
    for attribute, words in (raw.get("relative_attributes") or {}).items():
        for word in words or ():
            relative[_key(str(word))] = attribute
    phrases = {k: tuple(v) for k, v in table.items()}
    complaints = _complaints(raw.get("complaints") or {})
    # (one tuple of meanings a direction for the 17,000 complaints, not a list and a tuple
    # each: 2 MB)
    meant = {direction: (("action", direction),) for direction in ("more", "less")}
    for key, (direction, attribute) in complaints.items():
        if key not in phrases:  # a listed phrase keeps its own meaning
            phrases[key] = meant[direction]
            relative.setdefault(key, attribute)
    kind_words = {
        kind: frozenset(str(w) for w in words or () if " " not in str(w))
        for kind, words in (raw.get("kinds") or {}).items()
    }
    negations = _phrase_set(raw, "negations")
    complaints_said = (_phrase_set(raw, "more_words") | _phrase_set(raw, "less_words")
                       | frozenset(complaints))
    synonyms: dict[str, frozenset[str]] = {}
    for group in raw.get("synonyms") or ():
        words = frozenset(str(w) for w in group)
        for word in words:
            synonyms[word] = synonyms.get(word, frozenset()) | words
    return Vocabulary(
        fillers=_phrase_set(raw, "fillers"),
        questions=_phrase_set(raw, "questions"),
        negations=negations,
        schedule=_phrase_set(raw, "schedule"),
        past_times=_phrase_set(raw, "past_times"),
        times_of_day=_phrase_set(raw, "times_of_day"),
        done_states=_phrase_set(raw, "done_states"),
        schedule_units=frozenset(str(w) for w in raw.get("schedule_units") or ()),
        phrases=phrases,
        longest=max((len(k) for k in phrases), default=1),
        plural=_phrase_set(raw, "plural") | {
            _key(w) for words in unlisted.values() for w in words},
        kind_words=kind_words,
        particle_verbs=frozenset(str(w) for w in raw.get("particle_verbs") or ()),
        player_on_verbs=frozenset(str(w) for w in raw.get("player_on_verbs") or ()),
        broad_kind_words=frozenset(str(w) for w in raw.get("broad_kind_words") or ()),
        names_of_their_own=frozenset(str(w) for w in raw.get("names_of_their_own") or ()),
        appliances=frozenset(str(w) for w in raw.get("appliances") or ()),
        relative_attributes=relative,
        steps={str(k): float(v) for k, v in (raw.get("steps") or {}).items()},
        primary_attribute={str(k): str(v) for k, v in (raw.get("primary_attribute") or {}).items()},
        implies_on={str(k): str(v) for k, v in (raw.get("implies_on") or {}).items()},
        minimum_values={str(k): float(v) for k, v in (raw.get("minimum_values") or {}).items()},
        unmuted_volume=float(raw.get("unmuted_volume", 20)),
        level_values={str(attribute): {str(k): float(v) for k, v in (levels or {}).items()}
                      for attribute, levels in (raw.get("level_values") or {}).items()},
        function_words=_phrase_set(raw, "function_words"),
        device_adjectives=frozenset(str(w) for w in raw.get("device_adjectives") or ()),
        place_adjectives=frozenset(str(w) for w in raw.get("place_adjectives") or ()),
        room_nouns=frozenset(str(w) for w in raw.get("room_nouns") or ()),
        everything_kinds=tuple(str(k) for k in raw.get("everything_kinds") or ()),
        synonyms=synonyms,
        down_means_off=frozenset(str(w) for w in raw.get("down_means_off") or ()),
        negated_complaints=_containing(complaints_said, negations),
        plug_words=_phrase_set(raw, "plug_words"),
        plug_links=frozenset(str(w) for w in raw.get("plug_links") or ()),
        none_words=_phrase_set(raw, "none_words"),
        of_means_off_after=frozenset(str(w) for w in raw.get("of_means_off_after") or ()),
        unwanted=_phrase_set(raw, "unwanted"),
        station_before=frozenset(str(w) for w in raw.get("station_before") or ()),
        station_after=frozenset(str(w) for w in raw.get("station_after") or ()),
        degree_kinds={str(w): str(kind) for kind, words in (raw.get("degree_kinds") or {}).items()
                      for w in words or ()},
        sources={str(k): str(v) for k, v in (raw.get("sources") or {}).items()},
        source_words=frozenset(str(w) for w in raw.get("source_words") or ()),
        lead_conjunctions=frozenset(str(w) for w in raw.get("lead_conjunctions") or ()),
        people_states=_phrase_set(raw, "people_states"),
        state_subjects=frozenset(str(w) for w in raw.get("state_subjects") or ()),
        coming_verbs=_phrase_set(raw, "coming_verbs"),
        name_states=frozenset(str(w) for w in raw.get("name_states") or ()),
        abilities={_key(str(w)): str(ability)
                   for ability, words in (raw.get("abilities") or {}).items()
                   for w in words or ()},
        player_abilities=frozenset(str(w) for w in raw.get("player_abilities") or ()),
        clause_openers=frozenset(str(w) for w in raw.get("clause_openers") or ()),
        clause_verbs=frozenset(str(w) for w in raw.get("clause_verbs") or ()),
        switched_on_modes=tuple((str(mode), frozenset(_key(str(w)) for w in words or ()))
                                for mode, words in (raw.get("switched_on_modes") or {}).items()),
    )


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """The bundled English vocabulary (read once)."""
    # A path beside the module, as normalize reads the lexicon: ``importlib.resources``
    # would import zipfile on every start for a file that is always on disk.
    source = Path(__file__).with_name("data") / "commands.yaml"
    try:
        raw = parsed_yaml(source) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(
            f"The device-command vocabulary {source} cannot be read ({exc}); "
            "reinstall teachapp or fix the file."
        ) from exc
    # One list of wake words for phrases and commands: the resolver's lexicon (which a
    # user file extends) names them; "hey google, lamp off" is then a sure command.
    from .normalize import default_lexicon

    wake = [" ".join(words) for words in sorted(default_lexicon().wake_words)]
    return _build({**raw, "fillers": [*(raw.get("fillers") or ()), *wake]})
