"""`import` of a routine whose phrase another routine has: the file's routine is named.

On main: "teachapp: The phrase 'book time' already starts routine 'book time'; choose
another phrase or remove it from that routine first." - which of the file's routines
(of 300, say) had it was not said, though every other check of a routine in the file
names it ("Routine 'x': ...", "…, routine 'x', field 'phrases': ...").
"""

from __future__ import annotations

import json


def test_the_routine_of_the_file_that_has_the_taken_phrase_is_named(teachapp_cli, tmp_path):
    db = str(tmp_path / "home.db")
    taught = teachapp_cli("--db", db, "--no-speech", "teach", "book time", "--say", "hi")
    assert taught.returncode == 0, taught.stderr
    routines = tmp_path / "routines.yaml"
    routines.write_text(
        "version: 1\nroutines:\n"
        "  - name: Movie night\n    phrases: [movie night]\n    steps:\n      - say: films\n"
        "  - name: Reading mode\n    phrases: [reading mode, Book time]\n    steps:\n"
        "      - device: light.living_room_lamp\n        set: {brightness: 60}\n",
        encoding="utf-8")
    proc = teachapp_cli("--db", db, "--no-speech", "import", str(routines))
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1] == (
        "teachapp: Routine 'Reading mode': the phrase 'Book time' already starts routine "
        "'book time'; choose another phrase or remove it from that routine first.")
    listed = teachapp_cli("--db", db, "list", "--json")
    assert [json.loads(line)["name"] for line in listed.stdout.splitlines()] == ["book time"]
