"""Zigbee2MQTT conventions as pure functions: exposes, payloads <-> teachapp devices.

Zigbee2MQTT describes each device in ``<base>/bridge/devices`` with a list of
``definition.exposes``; this module turns those into a teachapp kind and the
attributes it can drive, turns teachapp changes into a ``/set`` payload, reads a
state payload back into teachapp attributes, and says whether a state payload
confirms what was sent. No network here, so all of it is tested without a broker.

Conversions: brightness 0–254 <-> 0–100 %, colour temperature mireds <-> kelvin,
lock ``LOCK``/``UNLOCK`` <-> ``locked``, cover ``position`` (or ``OPEN``/``CLOSE``)
<-> ``position`` 0–100, climate setpoint and ``system_mode`` <-> ``target_temp``
and ``mode``, fan ``fan_state``/``fan_mode`` <-> ``on``/``speed``.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ..domain import ATTRIBUTES, AttributeSpec
from ..errors import AttributeValueError

__all__ = [
    "Z2MDevice",
    "Z2MFeature",
    "brightness_to_percent",
    "confirmed_properties",
    "kelvin_to_mireds",
    "kind_and_features",
    "mireds_to_kelvin",
    "parse_bridge_devices",
    "percent_to_brightness",
    "slugify",
    "state_from_payload",
    "to_set_payload",
]

FeatureType = Literal["binary", "numeric", "enum"]

_ACCESS_SET = 0b010
"""Zigbee2MQTT access bits: 1 published in state, 2 settable, 4 gettable."""

_SETPOINTS = ("current_heating_setpoint", "occupied_heating_setpoint",
              "occupied_cooling_setpoint")
_FAN_SPECIAL = {"off", "on", "auto", "smart"}
_KIND_ORDER = ("light", "lock", "cover", "climate", "fan", "switch")
_IEEE_RE = re.compile(r"^0x[0-9a-f]{16}$", re.IGNORECASE)
_SLUG_RE = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Z2MFeature:
    """One teachapp attribute and the Zigbee2MQTT property behind it."""

    attribute: str
    """The teachapp attribute (``brightness``)."""
    property: str
    """The key in Zigbee2MQTT payloads (``brightness``, ``state_l1``)."""
    type: FeatureType
    writable: bool = True
    value_on: Any = None
    value_off: Any = None
    value_min: float | None = None
    value_max: float | None = None
    value_step: float | None = None
    values: tuple[str, ...] = ()
    """Enum values; for a fan's ``fan_mode``, the speed levels in order."""


@dataclass(frozen=True)
class Z2MDevice:
    """A Zigbee2MQTT device as teachapp sees it."""

    device_id: str
    """``<kind>.<object_id>``, the object id slugified from the friendly name."""
    friendly_name: str
    """The name in Zigbee2MQTT topics: ``<base>/<friendly_name>/set``."""
    name: str
    room: str
    kind: str
    features: tuple[Z2MFeature, ...]
    ieee_address: str = ""
    model: str = ""

    def feature(self, attribute: str) -> Z2MFeature | None:
        for feature in self.features:
            if feature.attribute == attribute:
                return feature
        return None

    @property
    def attributes(self) -> list[str]:
        return [f.attribute for f in self.features]


# ------------------------------------------------------------------ conversions


def brightness_to_percent(raw: float, maximum: float = 254) -> int:
    """Zigbee brightness (0–254 by default) to 0–100 %."""
    return max(0, min(100, round(float(raw) * 100 / (maximum or 254))))


def percent_to_brightness(percent: float, maximum: float = 254) -> int:
    """0–100 % to Zigbee brightness; 1 % stays above 0 so the lamp stays on."""
    raw = round(float(percent) * (maximum or 254) / 100)
    return max(1 if percent > 0 else 0, min(int(maximum or 254), raw))


def mireds_to_kelvin(mireds: float) -> int:
    return round(1_000_000 / max(float(mireds), 1.0))


def kelvin_to_mireds(kelvin: float) -> int:
    return round(1_000_000 / max(float(kelvin), 1.0))


def slugify(text: str) -> str:
    """A friendly name as an object id: ``Living room/Lamp`` -> ``living_room_lamp``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _SLUG_RE.sub("_", ascii_text.lower()).strip("_")
    return slug or "device"


# ------------------------------------------------------------------ discovery


def parse_bridge_devices(payload: bytes | str | Iterable[Mapping[str, Any]]
                         ) -> list[Z2MDevice]:
    """The devices teachapp can drive from a ``bridge/devices`` message.

    The coordinator, unsupported, disabled and half-interviewed devices and devices
    with nothing teachapp can set (sensors, remotes) are left out. Ids are unique:
    a second friendly name with the same slug gets ``_2``.
    """
    if isinstance(payload, (bytes, str)):
        try:
            payload = json.loads(payload)
        except (ValueError, UnicodeDecodeError):
            return []
    if not isinstance(payload, list):
        return []
    out: list[Z2MDevice] = []
    taken: set[str] = set()
    for entry in payload:
        device = _device_from_entry(entry, taken)
        if device is not None:
            taken.add(device.device_id)
            out.append(device)
    return out


def _device_from_entry(entry: Any, taken: set[str]) -> Z2MDevice | None:
    if not isinstance(entry, Mapping) or entry.get("type") == "Coordinator":
        return None
    if entry.get("disabled") or entry.get("supported") is False:
        return None
    if entry.get("interview_completed") is False:
        return None
    friendly = entry.get("friendly_name")
    definition = entry.get("definition")
    if not isinstance(friendly, str) or not friendly or not isinstance(definition, Mapping):
        return None
    found = kind_and_features(definition.get("exposes") or [])
    if found is None:
        return None
    kind, features = found
    base = f"{kind}.{slugify(friendly)}"
    device_id, number = base, 2
    while device_id in taken:
        device_id, number = f"{base}_{number}", number + 1
    room, _, last = friendly.rpartition("/")
    return Z2MDevice(
        device_id=device_id, friendly_name=friendly, name=_display_name(last, definition),
        room=room.strip(), kind=kind, features=tuple(features),
        ieee_address=str(entry.get("ieee_address") or ""),
        model=str(definition.get("model") or ""))


def _display_name(last: str, definition: Mapping[str, Any]) -> str:
    """A name a person says: ``desk_lamp`` -> ``Desk lamp``; an IEEE address -> model."""
    if _IEEE_RE.match(last):
        words = f"{definition.get('vendor') or ''} {definition.get('description') or ''}"
        return words.strip() or last
    if " " not in last and "_" in last:
        last = last.replace("_", " ")
    last = last.strip()
    return last[:1].upper() + last[1:]


def kind_and_features(exposes: Iterable[Any]) -> tuple[str, list[Z2MFeature]] | None:
    """The teachapp kind of a device and its attributes, from its exposes list.

    When a device exposes several groups (a light and a switch endpoint), the first
    in the order light, lock, cover, climate, fan, switch wins.
    """
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for expose in exposes:
        if isinstance(expose, Mapping) and expose.get("type") in _KIND_ORDER:
            groups.setdefault(str(expose["type"]), list(expose.get("features") or []))
    for kind in _KIND_ORDER:
        if kind in groups:
            features = _PARSERS[kind](groups[kind])
            if any(f.writable for f in features):
                return kind, features
    return None


def _by_name(features: list[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    out: dict[str, Mapping[str, Any]] = {}
    for item in features:
        if isinstance(item, Mapping) and isinstance(item.get("name"), str):
            out.setdefault(item["name"], item)
    return out


def _feature(attribute: str, raw: Mapping[str, Any], **extra: Any) -> Z2MFeature:
    access = raw.get("access")
    kind = raw.get("type")
    return Z2MFeature(
        attribute=attribute,
        property=str(raw.get("property") or raw.get("name")),
        type=kind if kind in ("binary", "numeric", "enum") else "numeric",
        writable=bool(access & _ACCESS_SET) if isinstance(access, int) else True,
        value_on=raw.get("value_on"),
        value_off=raw.get("value_off"),
        value_min=_number(raw.get("value_min")),
        value_max=_number(raw.get("value_max")),
        value_step=_number(raw.get("value_step")),
        values=tuple(str(v) for v in raw.get("values") or ()),
        **extra,
    )


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _parse_light(features: list[Mapping[str, Any]]) -> list[Z2MFeature]:
    named = _by_name(features)
    out = []
    if "state" in named:
        out.append(_feature("on", named["state"]))
    if "brightness" in named:
        out.append(_feature("brightness", named["brightness"]))
    if "color_temp" in named:
        out.append(_feature("color_temp", named["color_temp"]))
    return out


def _parse_switch(features: list[Mapping[str, Any]]) -> list[Z2MFeature]:
    named = _by_name(features)
    return [_feature("on", named["state"])] if "state" in named else []


def _parse_lock(features: list[Mapping[str, Any]]) -> list[Z2MFeature]:
    named = _by_name(features)
    return [_feature("locked", named["state"])] if "state" in named else []


def _parse_cover(features: list[Mapping[str, Any]]) -> list[Z2MFeature]:
    named = _by_name(features)
    if "position" in named:
        return [_feature("position", named["position"])]
    if "state" in named:
        return [_feature("position", named["state"])]
    return []


def _parse_climate(features: list[Mapping[str, Any]]) -> list[Z2MFeature]:
    named = _by_name(features)
    out = []
    for name in _SETPOINTS:
        if name in named and _feature("target_temp", named[name]).writable:
            out.append(_feature("target_temp", named[name]))
            break
    if "system_mode" in named:
        out.append(_feature("mode", named["system_mode"]))
    return out


def _parse_fan(features: list[Mapping[str, Any]]) -> list[Z2MFeature]:
    named = _by_name(features)
    out = []
    if "state" in named:
        out.append(_feature("on", named["state"]))
    mode = named.get("mode")
    if mode is not None:
        levels = tuple(str(v) for v in mode.get("values") or () if str(v) not in _FAN_SPECIAL)
        if levels:
            out.append(_feature("speed", {**mode, "values": levels}))
    return out


_PARSERS = {
    "light": _parse_light,
    "switch": _parse_switch,
    "lock": _parse_lock,
    "cover": _parse_cover,
    "climate": _parse_climate,
    "fan": _parse_fan,
}


# ------------------------------------------------------------------ payloads


def to_set_payload(device: Z2MDevice, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The ``/set`` payload for validated teachapp changes.

    Switching a light or fan off drops brightness, colour and speed from the
    payload: the device keeps its level while off, and Zigbee2MQTT ignores it with
    ``OFF`` (for a fan, a speed would even switch it back on).
    """
    if device.kind in ("light", "fan") and changes.get("on") is False:
        changes = {"on": False}
    payload: dict[str, Any] = {}
    for attribute, value in changes.items():
        feature = device.feature(attribute)
        if feature is None or not feature.writable:
            can = ", ".join(f.attribute for f in device.features if f.writable) or "nothing"
            raise AttributeValueError(
                f"{device.name} ({device.device_id}) cannot set {attribute} through "
                f"Zigbee2MQTT; it can set {can}.")
        payload[feature.property] = _raw_value(device, feature, value)
    return payload


def _raw_value(device: Z2MDevice, feature: Z2MFeature, value: Any) -> Any:
    attribute = feature.attribute
    if feature.type == "binary":
        on = feature.value_on if feature.value_on is not None else "ON"
        off = feature.value_off if feature.value_off is not None else "OFF"
        if attribute == "locked":
            on = feature.value_on or "LOCK"
            off = feature.value_off or "UNLOCK"
        return on if value else off
    if attribute == "position" and feature.type == "enum":
        if value in (0, 100):
            return "OPEN" if value == 100 else "CLOSE"
        raise AttributeValueError(
            f"{device.name} ({device.device_id}) can only open or close fully; "
            f"set position 0 or 100, not {value}.")
    if attribute == "mode":
        if feature.values and value not in feature.values:
            raise AttributeValueError(
                f"{device.name} ({device.device_id}) has no mode {value!r}; "
                f"it offers {', '.join(v for v in feature.values if v in _MODES)}.")
        return value
    if attribute == "speed":
        levels = feature.values
        index = max(0, math.ceil(float(value) * len(levels) / 100) - 1)
        return levels[min(index, len(levels) - 1)]
    if attribute == "brightness":
        return percent_to_brightness(value, feature.value_max or 254)
    if attribute == "color_temp":
        return _quantise(feature, kelvin_to_mireds(value))
    return _quantise(feature, float(value))


_MODES = ATTRIBUTES["climate"]["mode"].choices
_COLOR_TEMP = ATTRIBUTES["light"]["color_temp"]
_TARGET_TEMP = ATTRIBUTES["climate"]["target_temp"]
_POSITION = ATTRIBUTES["cover"]["position"]


def _clamp(spec: AttributeSpec, value: float) -> float:
    """Within the range teachapp accepts for the attribute (``domain.ATTRIBUTES``)."""
    low = spec.minimum if spec.minimum is not None else value
    high = spec.maximum if spec.maximum is not None else value
    return max(low, min(high, value))


def _quantise(feature: Z2MFeature, value: float) -> float | int:
    """Clamp to the device's range and round to its step, as the device would."""
    if feature.value_min is not None:
        value = max(feature.value_min, value)
    if feature.value_max is not None:
        value = min(feature.value_max, value)
    step = feature.value_step
    if step:
        base = feature.value_min or 0.0
        value = base + round((value - base) / step) * step
        value = round(value, 6)
    return int(value) if float(value).is_integer() else value


def state_from_payload(device: Z2MDevice, payload: Mapping[str, Any]) -> dict[str, Any]:
    """The teachapp attributes a state payload reports (others are left out)."""
    state: dict[str, Any] = {}
    for feature in device.features:
        if feature.property not in payload:
            continue
        value = _teachapp_value(feature, payload[feature.property])
        if value is not None:
            state[feature.attribute] = value
    return state


def _teachapp_value(feature: Z2MFeature, raw: Any) -> Any:
    attribute = feature.attribute
    if raw is None:
        return None
    if feature.type == "binary":
        on = feature.value_on if feature.value_on is not None else "ON"
        off = feature.value_off if feature.value_off is not None else "OFF"
        if _same(raw, on):
            return True
        if _same(raw, off):
            return False
        return None
    if attribute == "position" and feature.type == "enum":
        text = str(raw).upper()
        return 100 if text == "OPEN" else 0 if text in ("CLOSE", "CLOSED") else None
    if attribute == "mode":
        text = str(raw).lower()
        return text if text in _MODES else None
    if attribute == "speed":
        text = str(raw)
        if text not in feature.values:
            return None
        return round((feature.values.index(text) + 1) * 100 / len(feature.values))
    number = _number(raw)
    if number is None:
        return None
    if attribute == "brightness":
        return brightness_to_percent(number, feature.value_max or 254)
    if attribute == "color_temp":
        return int(_clamp(_COLOR_TEMP, mireds_to_kelvin(number)))
    if attribute == "position":
        return int(_clamp(_POSITION, round(number)))
    if attribute == "target_temp":
        value = float(_clamp(_TARGET_TEMP, number))
        return int(value) if value.is_integer() else value
    return None


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.upper() == b.upper()
    return a == b


def confirmed_properties(device: Z2MDevice, sent: Mapping[str, Any],
                         reported: Mapping[str, Any]) -> set[str]:
    """The properties of ``sent`` that a state payload shows in effect.

    Numbers match within half a step or 1 % of the range, so a device that rounds
    (a thermostat in 0.5 °C steps, a lamp in brightness units) still confirms.
    """
    by_property = {f.property: f for f in device.features}
    done: set[str] = set()
    for prop, value in sent.items():
        if prop not in reported:
            continue
        got = reported[prop]
        feature = by_property.get(prop)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            number = _number(got)
            if number is not None and abs(number - value) <= _tolerance(feature):
                done.add(prop)
        elif _same(got, value):
            done.add(prop)
    return done


def _tolerance(feature: Z2MFeature | None) -> float:
    if feature is None:
        return 1e-6
    half_step = (feature.value_step or 0) / 2
    span = 0.0
    if feature.value_min is not None and feature.value_max is not None:
        span = (feature.value_max - feature.value_min) / 100
    return max(half_step, span, 1e-6)

