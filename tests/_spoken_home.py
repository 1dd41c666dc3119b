"""A home a person taught in `chat` for the speech tests that speak its phrases (the
routines of p42voice's and p43voice's checks), imported into a database by the CLI."""

from __future__ import annotations

from pathlib import Path

__all__ = ["ROUTINES", "spoken_home"]

ROUTINES = (("bath time", "light.bedroom_lamp", "{on: true, brightness: 40}"),
            ("porch light", "light.living_room_lamp", "{on: true}"),
            ("lights out", "light.kitchen_lights", "{on: false}"),
            ("cosy evening", "light.living_room_lamp", "{on: true, brightness: 30}"),
            ("call grandma", "media_player.tv", "{on: false}"),
            ("school run", "cover.living_room_blinds", "{position: 100}"),
            ("tea for two", "switch.coffee_maker", "{on: true}"),
            ("quiet hours", "media_player.office_speaker", "{volume: 10}"))
"""A home a person taught in chat, in the order taught (Whisper's prompt lists them so)."""


def spoken_home(teachapp_cli, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    lines = ["version: 1", "routines:"]
    for phrase, device, change in ROUTINES:
        lines += [f"  - name: {phrase}", f"    phrases: [{phrase}]",
                  f"    steps: [{{device: {device}, set: {change}}}]"]
    routines = folder / "routines.yaml"
    routines.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = folder / "home.sqlite3"
    made = teachapp_cli("--db", str(db), "import", str(routines))
    assert made.returncode == 0, made.stderr
    return db
