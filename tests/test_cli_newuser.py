"""The command line as a new user met it (issue 17, items 2 and 15-21)."""

from __future__ import annotations

import json
import sqlite3


def test_a_routines_words_show_in_chat_without_speech(teachapp_cli, home):
    proc = teachapp_cli("--db", str(home), "--no-speech", "chat", input="reading mode\n")
    assert proc.returncode == 0
    assert "Enjoy your book" in proc.stdout.splitlines()


def test_a_text_file_as_db_says_its_advice_once(teachapp_cli, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    proc = teachapp_cli("--db", str(notes), "list")
    assert proc.returncode == 1
    assert proc.stderr.count("Point --db") == 1 and proc.stderr.count("move it aside") == 1
    assert notes.read_text() == "shopping list\n"


def test_db_in_a_missing_folder_says_a_new_database_was_made_and_where(teachapp_cli,
                                                                        tmp_path):
    db = tmp_path / "typo" / "home.db"
    proc = teachapp_cli("--db", str(db), "list")
    assert proc.returncode == 0
    assert f"Created a new, empty database at {db}" in proc.stderr
    again = teachapp_cli("--db", str(db), "list")
    assert "Created" not in again.stderr  # only the first time


def _interactions(db) -> int:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT count(*) FROM interaction").fetchone()[0]


def test_screenshot_with_say_never_changes_the_home(teachapp_cli, home, tmp_path):
    devices = teachapp_cli("--db", str(home), "devices", "--json").stdout
    turns = _interactions(home)
    shot = tmp_path / "shot.png"
    proc = teachapp_cli("--db", str(home), "gui", "--screenshot", str(shot),
                        "--say", "good night", "--say", "movie night")
    assert proc.returncode == 0, proc.stderr
    assert shot.read_bytes()[:4] == b"\x89PNG"
    assert teachapp_cli("--db", str(home), "devices", "--json").stdout == devices
    assert _interactions(home) == turns


def test_screenshot_of_an_unknown_routine_is_an_error(teachapp_cli, home, tmp_path):
    proc = teachapp_cli("--db", str(home), "gui", "--screenshot", str(tmp_path / "x.png"),
                        "--view", "editor", "--routine", "No such thing")
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "No such thing" in lines[0] and "teachapp list" in lines[0]
    assert not (tmp_path / "x.png").exists()


def test_teach_names_the_routine_as_chat_does(teachapp_cli, tmp_path):
    db = str(tmp_path / "h.db")
    taught = teachapp_cli("--db", db, "teach", "mood lighting",
                          "--set", "light.desk_lamp.brightness=30")
    assert taught.returncode == 0, taught.stderr
    assert "mood lighting" in taught.stdout
    teachapp_cli("--db", db, "--no-speech", "chat",
                 input="teach\nquiet time\ndesk lamp off\ndone\nyes\n")
    names = {json.loads(line)["name"] for line in
             teachapp_cli("--db", db, "list", "--json").stdout.splitlines()}
    assert names == {"mood lighting", "quiet time"}


def test_run_and_undo_name_each_device_once(teachapp_cli, home):
    ran = teachapp_cli("--db", str(home), "run", "good morning")
    assert ran.returncode == 0
    assert "Thermostat (climate.thermostat): set to 21 °C, heat mode" in ran.stdout
    undone = teachapp_cli("--db", str(home), "undo")
    lines = undone.stdout.splitlines()
    assert lines[0].startswith("Undone: ") and lines[0].endswith(" put back.")
    assert "Thermostat (climate.thermostat): set to 20 °C, heat mode" in lines
    assert not any(line.count("hermostat") > 1 and "(" not in line for line in lines)


def test_a_very_long_utterance_is_quoted_short(teachapp_cli, home):
    proc = teachapp_cli("--db", str(home), "run", "launch the rocket " * 2000)
    assert proc.returncode == 1
    assert len(proc.stderr) < 400 and "…" in proc.stderr


def test_models_install_without_network_says_so_in_words(teachapp_cli, tmp_path):
    proc = teachapp_cli("models", "install", "en", "--url",
                        "https://models.example.invalid/vosk-model-small-en-us-0.15.zip")
    assert proc.returncode == 1
    assert proc.stdout.strip() == ""
    assert "no network connection" in proc.stderr and "[Errno" not in proc.stderr
    assert "models use PATH" in proc.stderr


def test_run_asks_no_question_the_next_run_cannot_answer(teachapp_cli, home):
    """'teachapp run' is one turn: "Say yes, or which one." was printed although the next
    run has no open question to answer ("There's nothing to answer right now")."""
    proc = teachapp_cli("--db", str(home), "run", "make the living room brighter")
    assert proc.returncode == 1
    assert "Do you want me to turn up Ceiling light and Living room lamp?" in proc.stderr
    assert "Say yes" not in proc.stderr and "say it with the device's name" in proc.stderr


def test_screenshot_at_a_small_screens_size(teachapp_cli, home, tmp_path):
    from PySide6.QtGui import QImage

    shot = tmp_path / "small.png"
    proc = teachapp_cli("--db", str(home), "gui", "--screenshot", str(shot),
                        "--size", "1024x768")
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(shot))  # before: always 1280x820, whatever the screen
    assert (image.width(), image.height()) == (1024, 768)
    bad = teachapp_cli("--db", str(home), "gui", "--screenshot", str(shot), "--size", "big")
    assert bad.returncode == 2 and "WIDTHxHEIGHT" in bad.stderr
