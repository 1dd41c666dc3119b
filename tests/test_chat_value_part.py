"""A part of a sentence that holds only a value ("desk lamp on and 20 percent") is the
value of the devices of the part before it, by the parser's one rule for a part said of
the part before (``CommandParser.said_of``): in ``chat``, ``run`` and teaching (child
processes, the simulated home)."""

from __future__ import annotations

from conftest import chat_lines


def test_a_value_alone_is_the_value_of_the_part_before(teachapp_cli, db_path):
    lines = chat_lines(db_path, "desk lamp on and 20 percent",
                  "tv on and 25 percent", "the lamp on and 40 percent", "the desk one",
                  "desk lamp off and lock the front door and 20 percent")
    # was "Nothing was done. I understood "desk lamp on", but I don't know "20 percent".
    # Shall I learn it?"
    assert lines == [
        "Desk lamp: on, brightness 20 %.",
        "TV: on, volume 25 %.",  # a TV's value is its volume
        "Nothing has run yet. By \"the lamp on\", do you want me to turn on Bedroom lamp, "
        "Living room lamp and Desk lamp?",
        "Desk lamp: on, brightness 40 %.",  # the answer picks for both parts
        # a lock has no value: nothing is guessed of the lamp two parts before
        "Nothing was done. I understood \"desk lamp off\", \"lock the front door\", but I "
        "don't know \"20 percent\". Shall I learn it?"]


def test_run_and_teaching_read_it_alike(teachapp_cli, db_path):
    db = ("--db", str(db_path), "--no-speech")
    proc = teachapp_cli(*db, "run", "tv on and 35 percent")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "TV (media_player.tv): on, volume 35 %"
    lines = chat_lines(db_path, "teach", "study mode", "desk lamp on and 20 percent",
                  "done", "yes")
    assert lines[2:4] == ["Desk lamp → on, brightness 20 %, when the routine runs.",
                          "\"study mode\" will set Desk lamp on at 20 %. Shall I save it?"]
