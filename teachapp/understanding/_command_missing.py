"""A command for a thing this home does not have ("turn on the toaster", "open the
garage door"), or for a setting the things said do not have ("mute the desk lamp"):
the words that name it, and the devices that could take the action instead, so the
reply can say what the home has rather than offer to learn the words."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..domain import ATTRIBUTES, Device, default_state, kind_noun, names_singular, spoken_list
from ._command_changes import Intent, implied_attribute
from ._command_reading import Reading, is_place_adverb
from ._command_targets import canonical

__all__ = ["DETERMINERS", "MissingThing", "OutOfPlace", "as_they_are", "missing_ability",
           "missing_place", "missing_setting", "missing_thing", "thing_said"]

_ACTION_KINDS = {"on": ("switch", "fan", "media_player", "light"),
                 "off": ("switch", "fan", "media_player", "light"),
                 "open": ("cover",), "close": ("cover",),
                 "lock": ("lock",), "unlock": ("lock",)}
"""The kinds each action applies to, a plug-like switch first: an appliance the home
does not name is most often on a switch."""
DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "their",
                          "this", "that"})
"""A thing is named as a noun phrase is: after a determiner ("turn on the toaster")."""
_FOR_WHOM = frozenset({"for", "with"})
"""Words before a noun phrase that say whom or what a change is for or done with ("turn
up the volume for the baby"), not the thing changed."""
_ACTION_WORDS = {"on": "turn on", "off": "turn off", "open": "open", "close": "close",
                 "lock": "lock", "unlock": "unlock", "up": "turn up", "down": "turn down",
                 "set": "set"}
_SETTING_WORDS = {"target_temp": "temperature", "color_temp": "colour temperature"}
"""A setting in a person's words, where its name is not one."""
_VALUE_ACTIONS = frozenset({"mute", "unmute"})
"""Values said as the action itself ("mute the doorbell": "I can mute TV ...")."""


@dataclass(frozen=True)
class MissingThing:
    """What a command asked for that the home lacks, and what it has instead."""

    thing: str
    """The words that named it, as said: "toaster", "garage light"."""
    action: str
    """The action in words: "turn on", "open"."""
    rooms: tuple[str, ...]
    """The rooms said ("the kitchen toaster"), as the home names them."""
    instead: tuple[Device, ...]
    """Devices that take the action, of the kind said if one was, in the rooms said
    first; empty when nothing in the home takes it."""
    lacks: str | None = None
    """The setting in words ("volume") when ``thing`` is in the home but has no such
    setting ("mute the desk lamp"); None when the thing itself is missing."""
    named: bool = False
    """With ``lacks``: ``thing`` is a device's name ("Desk lamp"), not a kind word."""
    plural: bool = False
    """With ``lacks``: ``thing`` was said in the plural ("the lights")."""
    already: tuple[tuple[Device, dict[str, Any]], ...] = ()
    """Devices that take the action but are already as it would leave them, each with
    that change (``as_they_are``): not offered in ``instead`` ("turn off the toaster"
    with only the TV on offers the TV), and said so when no other is left."""
    value: str = ""
    """With ``lacks``: the level said ("50 %", "half") when no thing said takes a level
    at all ("set the front door to 50 percent": a lock is only locked or unlocked)."""
    kinds: tuple[str, ...] = ()
    """With ``value``: the kinds of the things said, so a reply can say what they take."""
    cannot: str = ""
    """What the things said (in the home) were asked to do and cannot, as "Desk lamp can't
    ..." says it: "change colour", "pause", "be locked"; "" otherwise. ``kinds`` are
    their kinds, so the reply can say what they can do."""
    in_rooms: bool = False
    """``thing`` is a kind no device of the ``rooms`` said is, told only by the value
    ("set the garage to 19 degrees": a heating control); the home has the rooms."""
    changes: tuple[tuple[str, dict[str, Any] | None], ...] = ()
    """Every device that takes the action (by id, in the order offered) with what the
    action would set on it (None: unknown): how ``as_they_are`` splits them again by
    their states after other parts of the sentence ran."""

    def now(self, devices: Sequence[Device]) -> MissingThing:
        """This thing with what it offers split again by the states of ``devices``."""
        return as_they_are(self, devices=devices)


@dataclass(frozen=True)
class OutOfPlace:
    """A state question's place that does not hold what it asks about (or, ``thing``, the
    thing it asks about that the home lacks)."""

    place: str
    """The place as said ("garage", "lights upstairs"), or the rooms said as the home
    names them ("Bedroom")."""
    missing: bool
    """True: the home has no such place; False: the devices asked about are elsewhere."""
    devices: tuple[Device, ...]
    """The devices asked about, wherever they are (every device when no kind was said)."""
    kind_said: bool
    """Whether a kind or a device was said ("is anything on in the garage?": no)."""
    named: bool = False
    """Whether the devices were named ("the tv"), not found by their kind."""
    thing: bool = False
    """``place`` is a thing the home lacks ("is the garage door open?"), said with a kind
    word; ``devices`` are those of that kind it has."""


def missing_thing(reading: Reading, intent: Intent, devices: Sequence[Device],
                  primary: Mapping[str, str], places: frozenset[str],
                  value_kind: str | None = None) -> MissingThing | None:
    """The thing ``reading`` asks ``intent`` of, when no device of ``devices`` is it;
    None when the words name no thing (the command failed for another reason).
    ``primary``: each kind's main attribute (what "up" and "set" change); ``places``:
    words that say where a thing is ("back", "front"); ``value_kind``: the one kind the
    value said is of ("19 degrees": climate), the thing of rooms said without one."""
    if reading.names:
        return None
    thing = missing_place(reading) or thing_said(reading, places)
    if thing is None:
        return _kind_not_in_rooms(reading, intent, devices,
                                  value_kind or _kind_changed(intent, primary))
    kinds = {kind for kind, _plural in reading.kinds}
    takes = set(_ACTION_KINDS.get(intent.action, ())) or {
        kind for kind, attribute in primary.items()
        if intent.attribute in (None, attribute)}
    fitting = [d for d in devices if d.kind in takes and (not kinds or d.kind in kinds)]
    rooms = tuple(dict.fromkeys(m.key for m in reading.rooms))
    return MissingThing(thing, _action_words(intent), rooms, _ordered(fitting, intent, rooms))


def _kind_changed(intent: Intent, primary: Mapping[str, str]) -> str | None:
    """The one kind whose main setting a relative change said of a room alone changes
    ("make the bedroom warmer": the heating's temperature; "the kitchen brighter": a
    light's brightness), or None."""
    if intent.action not in ("up", "down") or intent.attribute is None:
        return None
    kinds = [kind for kind, attribute in primary.items() if attribute == intent.attribute]
    return kinds[0] if len(kinds) == 1 else None


def _kind_not_in_rooms(reading: Reading, intent: Intent, devices: Sequence[Device],
                       kind: str | None) -> MissingThing | None:
    """"set the garage to 19 degrees" with no heating control in the Garage: the kind
    the value is of, missing from the rooms said (it was no command: "... is not a
    taught phrase"), with the devices of that kind elsewhere."""
    rooms = tuple(dict.fromkeys(m.key for m in reading.rooms))
    noun = kind_noun(kind) if kind is not None else None
    if noun is None or not rooms or reading.kinds or reading.leftovers:
        return None
    fitting = [d for d in devices if d.kind == kind]
    if not fitting or any(d.room in rooms for d in fitting):
        return None
    return MissingThing(noun, _action_words(intent), rooms, _ordered(fitting, intent, rooms),
                        in_rooms=True)


def missing_setting(reading: Reading, intent: Intent, said: Sequence[Device],
                    devices: Sequence[Device]) -> MissingThing | None:
    """The setting ``intent`` changes when no device of ``said`` (those the words name,
    or of the kinds they say) has it ("mute the desk lamp", "turn the volume of the lamp
    up": a light has no volume), with the devices of ``devices`` that have it; None
    when one of them has it, or no setting was said."""
    attribute = implied_attribute(intent)  # ("the fan to warm white": its colour temp)
    level = _level_said(intent) if attribute is None else ""
    if level and said and not any(_takes_level(d.kind) for d in said):
        attribute = "level"
    elif attribute is None or not said or any(attribute in ATTRIBUTES[d.kind] for d in said):
        return None
    found = _things_said(reading, said)
    if found is None:
        return None
    thing, named, plural = found
    rooms = tuple(dict.fromkeys(m.key for m in reading.rooms))
    fitting = [d for d in devices if attribute in ATTRIBUTES[d.kind] or (
        attribute == "level" and _takes_level(d.kind))]
    return MissingThing(thing, _action_words(intent), rooms, _ordered(fitting, intent, rooms),
                        lacks=_SETTING_WORDS.get(attribute, attribute), named=named,
                        plural=plural, value=level,
                        kinds=tuple(dict.fromkeys(d.kind for d in said)) if level else ())


def missing_ability(reading: Reading, intent: Intent | None, said: Sequence[Device],
                    abilities: Mapping[tuple[str, ...], str],
                    primary: Mapping[str, str], *, players: Sequence[Device] = (),
                    player_abilities: frozenset[str] = frozenset()) -> MissingThing | None:
    """What the devices ``said`` were asked to do and none of them can: an ability no
    kind here has, in ``abilities``' words ("set the desk lamp to blue": change colour;
    "pause the tv"), or an action their kinds do not take ("lock the tv", "turn up the
    coffee maker"); None when the words say more than that, or one of them can.
    ``primary``: each kind's main attribute (what "up" and "set" change). With no thing
    said, one of ``player_abilities`` ("pause", "next" alone) is asked of ``players``
    (the home's TVs and speakers, of the rooms said): it was offered for teaching."""
    alone = not said and not reading.names and not reading.kinds
    if alone and _only_ask(reading, abilities) in player_abilities:
        said = players
    if not said:
        return None
    if reading.leftovers:
        cannot = _ability_said(reading, abilities)
    elif intent is not None and not any(_takes(d.kind, intent, primary) for d in said):
        cannot = _PASSIVE.get(intent.action, "")
    else:
        return None
    found = _things_said(reading, said) if cannot else None
    if found is None and cannot and alone:
        found = _PLAYERS, False, True  # (named below when they are few)
    if found is None:
        return None
    thing, named, plural = found
    names = list(dict.fromkeys(d.name for d in said))
    if not named and len(names) <= _NAMED_BY_KIND:  # ("pause the music": TV and ...)
        thing, named, plural = spoken_list(names), True, not names_singular(names)
    return MissingThing(thing, intent.action if intent else "", tuple(dict.fromkeys(
        m.key for m in reading.rooms)), (), named=named, plural=plural, cannot=cannot,
        kinds=tuple(dict.fromkeys(d.kind for d in said)))


_PLAYERS = "TVs and speakers"
"""Players asked with no thing said, when there are too many to name."""
_NAMED_BY_KIND = 3
"""Up to this many devices found by a kind word are named ("TV and Office speaker can't
pause"), not said by the word ("The music can't pause")."""
_PASSIVE = {"on": "be turned on", "off": "be turned off", "open": "be opened",
            "close": "be closed", "lock": "be locked", "unlock": "be unlocked",
            "up": "be turned up", "down": "be turned down"}
"""An action as "X can't ..." says it of a thing that does not take it."""


def _takes(kind: str, intent: Intent, primary: Mapping[str, str]) -> bool:
    """Whether a device of ``kind`` takes ``intent``'s action at all (a switch is not
    turned up, a lock not turned on); a value that is wrong for it is another answer."""
    if intent.action in _ACTION_KINDS:
        return kind in _ACTION_KINDS[intent.action]
    if implied_attribute(intent) is not None:
        return True  # (a setting it lacks: ``missing_setting`` says so)
    return kind in primary or intent.action not in _PASSIVE


_AROUND_ALONE = frozenset({"in", "the", "please", "now"})
"""Words an ability said with no thing may come with ("pause in the office please")."""


def _only_ask(reading: Reading, abilities: Mapping[tuple[str, ...], str]) -> str:
    """The one ability of ``abilities`` that every word of ``reading`` but its rooms and
    ``_AROUND_ALONE`` asks for ("pause", "next", "pause in the office"); "" when a word
    says more ("skip it tonight" skips a routine's run)."""
    in_rooms = {i for m in reading.rooms for i in range(m.start, m.end)}
    rest = [t for i, t in enumerate(reading.tokens)
            if i not in in_rooms and t not in _AROUND_ALONE]
    found, covered = _abilities_in(rest, abilities)
    return found.pop() if rest and len(found) == 1 and set(rest) <= covered else ""


def _ability_said(reading: Reading, abilities: Mapping[tuple[str, ...], str]) -> str:
    """The one ability of ``abilities`` the words left over all ask for ("blue", "pause");
    "" when some word asks for none, or they ask for two."""
    found, covered = _abilities_in(reading.tokens, abilities)
    return found.pop() if len(found) == 1 and set(reading.leftovers) <= covered else ""


def _abilities_in(toks: Sequence[str], abilities: Mapping[tuple[str, ...], str]
                  ) -> tuple[set[str], set[str]]:
    """The abilities ``toks`` ask for, and the words that ask them."""
    found: set[str] = set()
    covered: set[str] = set()
    at = 0
    longest = max((len(k) for k in abilities), default=0)
    while at < len(toks):
        for size in range(min(longest, len(toks) - at), 0, -1):
            ability = abilities.get(tuple(toks[at:at + size]))
            if ability is not None:
                found.add(ability)
                covered.update(toks[at:at + size])
                at += size
                break
        else:
            at += 1
    return found, covered


def _things_said(reading: Reading, said: Sequence[Device]) -> tuple[str, bool, bool] | None:
    """The things ``said`` as the words name them: their names ("Desk lamp"), else the
    kind word said ("lights"); with whether they were named and said in the plural.
    None when no thing is plainly said (a name heard twice over)."""
    named = list(dict.fromkeys(d.name for d in said)) if reading.names else []
    if reading.names and len(named) != len(reading.names):
        return None  # (a name heard twice over: not plainly these devices)
    if named:
        thing = spoken_list(named)
    else:
        words = [canonical(w) for w in reading.heard_kind_words]
        thing = next((t for t in reading.tokens if canonical(t) in words), "")
    if not thing:
        return None
    plural = not names_singular(named) if named else any(p for _kind, p in reading.kinds)
    return thing, bool(named), plural  # ("Kitchen lights have no volume", one device)


def _level_said(intent: Intent) -> str:
    """The level ``intent`` sets with no setting named, in words ("50 %", "half"), when
    it says one ("set the front door to 50 percent"); "" otherwise."""
    value = intent.value
    if intent.action != "set" or value is None or value.relative or value.on_a_scale:
        return ""
    if value.word == "half" and value.number is None:
        return "half"
    if value.number is not None and value.unit in ("percent", None):
        return f"{value.number:g} %" if value.unit else f"{value.number:g}"
    return ""


def _takes_level(kind: str) -> bool:
    """Whether a device of ``kind`` has a setting from 0 to 100 % (a brightness, a volume,
    a speed, a position)."""
    return any(spec.unit == "%" for spec in ATTRIBUTES[kind].values())


def as_they_are(missing: MissingThing,
                changes: Callable[[Device], dict[str, Any] | None] | None = None, *,
                devices: Sequence[Device] = ()) -> MissingThing:
    """``missing`` with the devices it offers instead that the action would leave as they
    are (``changes``: what it sets on a device, None when unknown) moved to ``already``:
    "turn off the toaster" offers only what is on. Without ``changes``, split again by
    the states of ``devices`` now (the changes kept from the first split)."""
    if changes is not None:
        said = tuple((d.id, changes(d)) for d in missing.instead)
        candidates = list(missing.instead)
    else:
        said = missing.changes
        by_id = {d.id: d for d in [*missing.instead, *(d for d, _c in missing.already)]}
        by_id.update((d.id, d) for d in devices if d.id in by_id)
        candidates = [by_id[device_id] for device_id, _change in said if device_id in by_id]
    wanted = dict(said)
    instead: list[Device] = []
    already: list[tuple[Device, dict[str, Any]]] = []
    for device in candidates:
        change = wanted.get(device.id)
        state = {**default_state(device.kind), **device.state}
        if change and all(state.get(key) == value for key, value in change.items()):
            already.append((device, change))
        else:
            instead.append(device)
    return replace(missing, instead=tuple(instead), already=tuple(already), changes=said)


def _action_words(intent: Intent) -> str:
    """The action in words: "turn on"; a value said as the action ("mute") itself."""
    value = intent.value.word if intent.value is not None else None
    if value in _VALUE_ACTIONS:
        return str(value)
    return _ACTION_WORDS.get(intent.action, intent.action)


def _ordered(fitting: list[Device], intent: Intent, rooms: tuple[str, ...]
             ) -> tuple[Device, ...]:
    """The devices that take the action, in the rooms said first, a plug-like switch
    before the other kinds."""
    order = list(_ACTION_KINDS.get(intent.action, ()))
    return tuple(sorted(fitting, key=lambda d: (
        d.room not in rooms, order.index(d.kind) if d.kind in order else len(order))))


def missing_place(reading: Reading) -> str | None:
    """The place said that this home lacks, as a reply names it ("This home has no
    garage"): the room's words, or a kind said with a word of where, "lights upstairs"
    (the rooms say no floor); None when no such place is said. Commands and questions
    about the home both say it so (also of a device named: "is the tv on in the
    garage?")."""
    place = reading.unknown_place
    if place is None:
        return None
    if not is_place_adverb(place):
        return place
    said_kinds = set(reading.heard_kind_words)
    kind = next((t for t in reading.tokens if canonical(t) in said_kinds), "rooms")
    return f"{kind} {place}"


def thing_said(reading: Reading, places: frozenset[str]) -> str | None:
    """The words that name the thing a command asks for ("toaster", "garage door");
    None when no thing is named, whatever word is left ("rise early", "wake up")."""
    toks = reading.tokens
    left, said_kinds = set(reading.leftovers), set(reading.heard_kind_words)
    at = [i for i, t in enumerate(toks)
          if t in left or i in reading.describing or canonical(t) in said_kinds]
    if not at:
        return None
    end = next((j for j, i in enumerate(at[1:], 1) if i != at[0] + j), len(at))
    in_room = {i for m in reading.rooms for i in range(m.start, m.end)}
    start = at[0]
    while start > 0 and (toks[start - 1] in places or start - 1 in in_room):
        start -= 1  # "the back door", "the kitchen toaster": where it is
    if start > 0 and toks[start - 1] in DETERMINERS:
        if start > 1 and toks[start - 2] in _FOR_WHOM:
            return None  # (not "the volume for the baby": whom it is for, not what)
    elif start == 0 or toks[start - 1] in _FOR_WHOM \
            or canonical(toks[at[end - 1]]) not in said_kinds:
        return None  # without a determiner, only a name that ends in a kind word is a
        # thing ("turn on standing lights", as a recogniser writes it; not "rise early")
    return " ".join([toks[i] for i in range(start, at[0]) if i not in in_room] + [
        toks[i] for i in at[:end]])  # the first thing named: "toaster" of "... for tea"
