"""Every list a reply reads back joins its last two names with "and" (or "or"), by the
one helper (``domain.spoken_list``): "Undone: Desk lamp, TV put back." read as two
things said apart; the devices by room, the routines "help" knows, a deleted routine's
phrases were joined by hand with commas (``teachapp chat`` and the CLI, child
processes)."""

from __future__ import annotations

from conftest import chat_lines, run_teachapp

from teachapp.domain import spoken_list


def test_undo_redo_and_the_devices_by_room_read_their_lists_with_and(db_path):
    lines = chat_lines(db_path, "turn on the desk lamp and the tv", "undo", "redo",
                       "what devices do you have?")
    assert lines[2] == "Undone: Desk lamp and TV put back."  # was "Desk lamp, TV"
    assert lines[3] == "Redone: Desk lamp and TV set again. Say \"undo\" to take it back."
    assert "Bedroom: Bedroom fan (off) and Bedroom lamp (off)." in lines  # was "..., ..."
    assert "Office: Desk lamp (on, brightness 100 %) and Office speaker (off)." in lines


def test_the_routines_help_names_and_a_deleted_routines_phrases(db_path):
    db = ("--db", str(db_path), "--no-speech")
    for n, name in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight",
                              "nine", "ten")):
        assert run_teachapp(*db, "teach", f"mode {name}", "--set",
                            f"light.desk_lamp.brightness={n + 1}").returncode == 0
    helped = chat_lines(db_path, "help")[0]
    # was "I know 10 routines: mode eight, ..., mode ten. Say a phrase ..." (eight named,
    # the other two left unsaid, and no "and")
    assert helped.startswith("I know 10 routines: mode eight, mode five, mode four, mode "
                             "nine, mode one, mode seven, mode six, mode ten and 2 more. ")
    routines = db_path.parent / "reading.yaml"
    routines.write_text("version: 1\nroutines:\n  - name: Reading\n    phrases: [reading mode, "
                        "book time]\n    steps:\n      - device: light.desk_lamp\n        set: "
                        "{brightness: 80}\n")
    assert run_teachapp(*db, "import", str(routines)).returncode == 0
    asked = chat_lines(db_path, "forget reading")[0]
    assert 'phrases "reading mode" and "book time" go too' in asked  # was '"...", "..."'
    deleted = run_teachapp(*db, "delete", "Reading")
    assert deleted.stdout.startswith("Deleted 'Reading' (phrases: 'reading mode' and "
                                     "'book time').")

def test_the_helper_counts_what_it_leaves_out():
    assert spoken_list(["A", "B", "C"]) == "A, B and C"
    assert spoken_list(["A", "B"], "or") == "A or B"
    assert spoken_list(iter(["A", "B", "C", "D"]), most=2) == "A, B and 2 more"
    assert spoken_list(["A", "B"], most=2) == "A and B"
