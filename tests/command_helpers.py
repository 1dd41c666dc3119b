"""The default home as devices, and a command's changes by device, for the command
parser's tests."""

from __future__ import annotations

import yaml

from teachapp.domain import Device, default_state
from teachapp.paths import assets_dir
from teachapp.understanding.commands import DeviceCommand


def default_home(*extra: Device) -> list[Device]:
    """assets/home.yaml's devices in their default states, then ``extra``."""
    raw = yaml.safe_load((assets_dir() / "home.yaml").read_text(encoding="utf-8"))
    return [*(Device(d["id"], d["name"], d.get("room", ""),
                     default_state(d["id"].split(".")[0])) for d in raw["devices"]), *extra]


def changes(command: DeviceCommand | None) -> dict[str, dict]:
    """What the command sets, by device id; the command must be there."""
    assert command is not None
    return {step.device: step.set for step in command.steps}
