"""Home Assistant conventions as pure functions: entities <-> teachapp devices.

Home Assistant's entity domains are teachapp's kinds (``light``, ``switch``, ``climate``,
``lock``, ``cover``, ``media_player``, ``fan``), and its entity ids are teachapp's device
ids. What differs are the units and the shape of a state, which this module converts
both ways, with no network, so all of it is tested without a server:

    brightness        0–255            <-> 0–100 %   (service calls use brightness_pct)
    colour temp       kelvin / mireds  <-> K
    climate           temperature in the home's unit (°C or °F), hvac mode <-> °C, mode
    media volume      0–1              <-> 0–100 %
    cover             current_position / open|closed <-> position 0–100
    lock              locked|unlocked  <-> locked

Covers and locks pass through ``opening``/``closing``/``locking``/``unlocking`` before
they settle; ``settled`` says whether a state is final, and ``confirms`` whether a
settled state shows what was asked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..domain import ATTRIBUTES, KINDS

__all__ = [
    "STUCK",
    "TRANSITIONAL",
    "UNASSIGNED",
    "Entity",
    "ServiceCall",
    "attributes_of",
    "brightness_to_percent",
    "celsius_from",
    "celsius_to",
    "confirms",
    "entity_from_state",
    "percent_to_brightness",
    "room_of",
    "service_calls",
    "settled",
    "state_from_entity",
    "supported",
]

UNASSIGNED = "Unassigned"
"""The room of an entity whose entity and device have no area."""

TRANSITIONAL = frozenset({"opening", "closing", "locking", "unlocking"})
STUCK = frozenset({"jammed"})
"""Settled states that will not reach what was asked by waiting."""
UNAVAILABLE = frozenset({"unavailable", "unknown"})
_PLAYER_OFF = frozenset({"off", "standby"})

# light.supported_color_modes values that carry brightness / colour temperature
_DIMMABLE_MODES = frozenset({"brightness", "color_temp", "hs", "xy", "rgb", "rgbw", "rgbww",
                             "white"})
# cover/media_player/fan supported_features bits (Home Assistant's enums, stable since 2022)
COVER_SET_POSITION = 4
COVER_OPEN, COVER_CLOSE = 1, 2
PLAYER_VOLUME_SET = 4
PLAYER_TURN_ON, PLAYER_TURN_OFF = 128, 256
PLAYER_SELECT_SOURCE = 2048
FAN_SET_SPEED = 1
CLIMATE_TARGET_TEMPERATURE = 1


@dataclass(frozen=True)
class Entity:
    """One Home Assistant entity of a kind teachapp drives, as teachapp sees it."""

    entity_id: str
    name: str
    room: str
    kind: str
    attributes: tuple[str, ...]
    """The teachapp attributes this entity supports (a subset of the kind's)."""
    state: str = ""
    """Home Assistant's raw state string (``on``, ``closing``, ``unavailable``)."""
    raw: Mapping[str, Any] = field(default_factory=dict)
    """Home Assistant's attributes as last reported."""

    @property
    def available(self) -> bool:
        return self.state not in UNAVAILABLE


@dataclass(frozen=True)
class ServiceCall:
    """``call_service`` arguments: ``domain.service`` with ``data`` for one entity."""

    domain: str
    service: str
    data: dict[str, Any] = field(default_factory=dict)


# ------------------------------------------------------------------ units


def brightness_to_percent(raw: float) -> int:
    """Home Assistant brightness 0–255 to 0–100 %."""
    return max(0, min(100, round(float(raw) * 100 / 255)))


def percent_to_brightness(percent: float) -> int:
    """0–100 % to 0–255 (for comparing; service calls send ``brightness_pct``)."""
    return max(0, min(255, round(float(percent) * 255 / 100)))


def mireds_to_kelvin(mireds: float) -> int:
    return round(1_000_000 / max(float(mireds), 1.0))


def celsius_from(value: float, unit: str) -> float:
    """A temperature in the home's unit (``°C`` or ``°F``) in °C, to 0.5 °C."""
    if unit == "°F":
        value = (float(value) - 32) * 5 / 9
    return round(float(value) * 2) / 2


def celsius_to(value: float, unit: str) -> float:
    """A °C temperature in the home's unit, as Home Assistant expects it."""
    if unit == "°F":
        return round(float(value) * 9 / 5 + 32, 1)
    return float(value)


def _clamp(kind: str, attribute: str, value: float) -> float:
    spec = ATTRIBUTES[kind][attribute]
    assert spec.minimum is not None and spec.maximum is not None
    return max(spec.minimum, min(spec.maximum, value))


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


# ------------------------------------------------------------------ discovery


def supported(entity_id: str) -> bool:
    """Whether teachapp drives entities of this domain."""
    return entity_id.split(".", 1)[0] in KINDS


def attributes_of(kind: str, raw: Mapping[str, Any]) -> tuple[str, ...]:
    """The teachapp attributes an entity supports, from its reported attributes."""
    features = int(_number(raw.get("supported_features")) or 0)
    if kind == "light":
        modes = set(raw.get("supported_color_modes") or ())
        out = ["on"]
        if modes & _DIMMABLE_MODES or raw.get("brightness") is not None:
            out.append("brightness")
        if "color_temp" in modes:
            out.append("color_temp")
        return tuple(out)
    if kind == "climate":
        out = []
        if features & CLIMATE_TARGET_TEMPERATURE:
            out.append("target_temp")
        if raw.get("hvac_modes"):
            out.append("mode")
        return tuple(out)
    if kind == "cover":
        if features & (COVER_SET_POSITION | COVER_OPEN | COVER_CLOSE):
            return ("position",)
        return ()
    if kind == "media_player":
        out = []
        if features & (PLAYER_TURN_ON | PLAYER_TURN_OFF):
            out.append("on")
        if features & PLAYER_VOLUME_SET:
            out.append("volume")
        if features & PLAYER_SELECT_SOURCE:
            out.append("source")
        return tuple(out)
    if kind == "fan":
        return ("on", "speed") if features & FAN_SET_SPEED else ("on",)
    return tuple(ATTRIBUTES[kind])  # switch: on; lock: locked


def room_of(entity_id: str, entities: Mapping[str, Mapping[str, Any]],
            devices: Mapping[str, Mapping[str, Any]], areas: Mapping[str, str]) -> str:
    """The entity's area, else its device's area, else ``Unassigned``.

    ``entities`` and ``devices`` are the registries keyed by entity id and device id;
    ``areas`` maps area ids to names.
    """
    entry = entities.get(entity_id) or {}
    area = entry.get("area_id")
    if not area and entry.get("device_id"):
        area = (devices.get(entry["device_id"]) or {}).get("area_id")
    return areas.get(area, UNASSIGNED) if area else UNASSIGNED


def entity_from_state(state: Mapping[str, Any], room: str) -> Entity:
    """An ``Entity`` from one object of ``get_states`` or a ``state_changed`` event."""
    entity_id = str(state["entity_id"])
    kind = entity_id.split(".", 1)[0]
    raw = dict(state.get("attributes") or {})
    name = str(raw.get("friendly_name") or entity_id.split(".", 1)[1].replace("_", " "))
    return Entity(entity_id, name.strip() or entity_id, room, kind,
                  attributes_of(kind, raw), str(state.get("state", "")), raw)


# ------------------------------------------------------------------ state


def state_from_entity(entity: Entity, temperature_unit: str = "°C") -> dict[str, Any]:
    """The teachapp attributes Home Assistant reports now (only those it reports).

    An attribute Home Assistant does not report at the moment (a lamp's brightness
    while it is off, a climate's setpoint in a range mode) is left out, so the caller
    keeps its last known value.
    """
    kind, raw, state = entity.kind, entity.raw, entity.state
    if not entity.available:
        return {}
    out: dict[str, Any] = {}
    if kind in ("light", "switch", "fan"):
        if state in ("on", "off"):
            out["on"] = state == "on"
    if kind == "light":
        brightness = _number(raw.get("brightness"))
        if brightness is not None and "brightness" in entity.attributes:
            out["brightness"] = brightness_to_percent(brightness)
        kelvin = _number(raw.get("color_temp_kelvin"))
        if kelvin is None and _number(raw.get("color_temp")):
            kelvin = mireds_to_kelvin(float(raw["color_temp"]))
        if kelvin is not None and "color_temp" in entity.attributes:
            out["color_temp"] = int(_clamp("light", "color_temp", round(kelvin)))
    elif kind == "fan":
        percentage = _number(raw.get("percentage"))
        if percentage is not None and "speed" in entity.attributes:
            out["speed"] = int(_clamp("fan", "speed", round(percentage)))
    elif kind == "lock":
        if state in ("locked", "unlocked"):
            out["locked"] = state == "locked"
    elif kind == "cover":
        position = _number(raw.get("current_position"))
        if position is not None:
            out["position"] = int(_clamp("cover", "position", round(position)))
        elif state in ("open", "closed"):
            out["position"] = 100 if state == "open" else 0
    elif kind == "climate":
        target = _number(raw.get("temperature"))
        if target is not None:
            out["target_temp"] = _clamp("climate", "target_temp",
                                        celsius_from(target, temperature_unit))
        mode = _teachapp_mode(state)
        if mode is not None:
            out["mode"] = mode
    elif kind == "media_player":
        out["on"] = state not in _PLAYER_OFF
        volume = _number(raw.get("volume_level"))
        if volume is not None:
            out["volume"] = int(_clamp("media_player", "volume", round(volume * 100)))
        if raw.get("source") is not None:
            out["source"] = str(raw["source"])[:200]
    return {k: v for k, v in out.items() if k in entity.attributes}


def _teachapp_mode(hvac: str) -> str | None:
    if hvac in ("off", "heat", "cool", "auto"):
        return hvac
    if hvac == "heat_cool":
        return "auto"
    return None  # dry, fan_only: no teachapp mode


def _hvac_mode(mode: str, hvac_modes: Iterable[str]) -> str:
    modes = list(hvac_modes or ())
    if mode == "auto" and "auto" not in modes and "heat_cool" in modes:
        return "heat_cool"
    return mode


def settled(entity: Entity) -> bool:
    """Whether the entity is not passing through ``opening``/``locking`` and the like."""
    return entity.state not in TRANSITIONAL


# ------------------------------------------------------------------ changes


def service_calls(entity: Entity, changes: Mapping[str, Any],
                  temperature_unit: str = "°C") -> list[ServiceCall]:
    """The service calls that make ``entity`` show the (validated) ``changes``.

    Raises ``ValueError`` with a sentence when the entity cannot do what is asked
    (the caller names the device); an unsupported attribute is such a case.
    """
    kind = entity.kind
    unsupported = [a for a in changes if a not in entity.attributes]
    if unsupported:
        can = ", ".join(entity.attributes) or "nothing teachapp can set"
        raise ValueError(f"Home Assistant does not offer {', '.join(unsupported)} for it "
                         f"(it offers {can})")
    if kind in ("light", "fan", "switch"):
        return _on_off_calls(entity, changes)
    if kind == "lock":
        return [ServiceCall("lock", "lock" if changes["locked"] else "unlock")]
    if kind == "cover":
        position = int(changes["position"])
        features = int(_number(entity.raw.get("supported_features")) or 0)
        if features & COVER_SET_POSITION:
            return [ServiceCall("cover", "set_cover_position", {"position": position})]
        if position in (0, 100):
            return [ServiceCall("cover", "open_cover" if position else "close_cover")]
        raise ValueError("it can only open (100 %) or close (0 %) in Home Assistant")
    if kind == "climate":
        calls = []
        if "mode" in changes:
            calls.append(ServiceCall("climate", "set_hvac_mode", {
                "hvac_mode": _hvac_mode(changes["mode"], entity.raw.get("hvac_modes", ()))}))
        if "target_temp" in changes:
            calls.append(ServiceCall("climate", "set_temperature", {
                "temperature": celsius_to(changes["target_temp"], temperature_unit)}))
        return calls
    if kind == "media_player":
        calls = []
        if "on" in changes:
            calls.append(ServiceCall("media_player",
                                     "turn_on" if changes["on"] else "turn_off"))
        if "volume" in changes and changes.get("on", True):
            calls.append(ServiceCall("media_player", "volume_set",
                                     {"volume_level": round(changes["volume"] / 100, 2)}))
        if "source" in changes and changes.get("on", True) and changes["source"]:
            source = _listed_source(str(changes["source"]), entity.raw.get("source_list") or ())
            calls.append(ServiceCall("media_player", "select_source", {"source": source}))
        return calls
    raise ValueError(f"teachapp cannot drive {kind} entities")


def _listed_source(said: str, sources: Sequence[object]) -> str:
    """The entity's own name for the input said: "HDMI 2" as heard is its "HDMI2" or
    "hdmi 2" (case and spaces aside). Any text when it lists no sources."""
    if not sources:
        return said
    for source in map(str, sources):
        if source == said or _source_key(source) == _source_key(said):
            return source
    raise ValueError(f"it has no source {said!r} (it has {', '.join(map(str, sources))})")


def _source_key(source: str) -> str:
    return "".join(source.lower().split())


def _on_off_calls(entity: Entity, changes: Mapping[str, Any]) -> list[ServiceCall]:
    """Lights, fans, switches: off wins; anything else turns on with its values."""
    kind = entity.kind
    if changes.get("on") is False:
        return [ServiceCall(kind, "turn_off")]
    data: dict[str, Any] = {}
    if kind == "light":
        if "brightness" in changes:
            if int(changes["brightness"]) == 0:
                return [ServiceCall(kind, "turn_off")]
            data["brightness_pct"] = int(changes["brightness"])
        if "color_temp" in changes:
            data["color_temp_kelvin"] = _kelvin_in_range(entity, int(changes["color_temp"]))
    elif kind == "fan" and "speed" in changes:
        if int(changes["speed"]) == 0:
            return [ServiceCall(kind, "turn_off")]
        data["percentage"] = int(changes["speed"])
    return [ServiceCall(kind, "turn_on", data)]


def _kelvin_in_range(entity: Entity, kelvin: int) -> int:
    low = _number(entity.raw.get("min_color_temp_kelvin"))
    high = _number(entity.raw.get("max_color_temp_kelvin"))
    if low is not None:
        kelvin = max(int(low), kelvin)
    if high is not None:
        kelvin = min(int(high), kelvin)
    return kelvin


def expected(entity: Entity, changes: Mapping[str, Any]) -> dict[str, Any]:
    """What a settled state must show after ``changes`` (``color_temp`` in its range).

    Values that cannot show while the device is off (a lamp's brightness, a fan's
    speed, a player's volume) are not expected when the change turns it off.
    """
    out = dict(changes)
    if entity.kind in ("light", "fan", "media_player") and (
            out.get("on") is False or (out.get("brightness") == 0 and entity.kind == "light")
            or (out.get("speed") == 0 and entity.kind == "fan")):
        return {"on": False}
    if "color_temp" in out:
        out["color_temp"] = _kelvin_in_range(entity, int(out["color_temp"]))
    if entity.kind in ("light", "fan") and "on" not in out:
        out["on"] = True
    return out


def confirms(entity: Entity, wanted: Mapping[str, Any], temperature_unit: str = "°C"
             ) -> bool:
    """Whether the entity's settled state shows every value of ``expected(...)``."""
    if not entity.available or not settled(entity):
        return False
    now = state_from_entity(entity, temperature_unit)
    for attribute, value in wanted.items():
        have = now.get(attribute)
        if have is None:
            return False
        if attribute == "color_temp":  # mireds round-trips lose a few kelvin
            if abs(int(have) - int(value)) > max(30, int(value) // 100):
                return False
        elif attribute == "speed":  # fans snap to their steps (33.3 % for 3 speeds)
            step = _number(entity.raw.get("percentage_step")) or 1.0
            if abs(float(have) - float(value)) > max(1.0, step / 2 + 0.5):
                return False
        elif attribute in ("brightness", "volume", "position"):
            if abs(float(have) - float(value)) > 1:
                return False
        elif attribute == "target_temp":
            if abs(float(have) - float(value)) > 0.5:
                return False
        elif attribute == "source":  # "HDMI 2" as heard is the entity's "HDMI2"
            if _source_key(str(have)) != _source_key(str(value)):
                return False
        elif have != value:
            return False
    return True
