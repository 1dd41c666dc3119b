"""Phrases and routine names have one length limit (issue 17, item 3), the domain's
``check_text``, applied by the store and every front end; long text is quoted short."""

from __future__ import annotations

import pytest

from teachapp.domain import MAX_NAME_CHARS, Phrase, Routine, SetStep
from teachapp.errors import RoutineError

LONG = "reading mode " * 7_600  # ~98 KB, as the new user typed


def test_store_refuses_long_names_and_phrases_and_keeps_what_was_there(store):
    ok = Routine(name="Reading mode", phrases=[Phrase("reading mode")],
                 steps=[SetStep(device="light.desk_lamp", set={"on": True})])
    store.save_routine(ok)
    for bad in (Routine(name="Long " * 60, phrases=[Phrase("long one")]),
                Routine(name="Long", phrases=[Phrase(LONG)])):
        with pytest.raises(RoutineError) as info:
            store.save_routine(bad)
        assert "\n" not in str(info.value) and len(str(info.value)) < 200
    with pytest.raises(RoutineError):
        store.add_phrase("Reading mode", LONG)
    assert store.routine_names() == ["Reading mode"]
    assert store.routine("Reading mode").phrase_texts() == ["reading mode"]
    assert MAX_NAME_CHARS == 200


def test_cli_teach_refuses_a_long_phrase_in_one_line(teachapp_cli, tmp_path):
    db = str(tmp_path / "h.db")
    proc = teachapp_cli("--db", db, "teach", "x " * 300, "--set", "light.desk_lamp.on=true")
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "200" in lines[0] and len(lines[0]) < 200
    assert teachapp_cli("--db", db, "list").stdout.count("x x x") == 0


def test_one_spelling_of_colour_temp_in_words_and_on_the_tiles():
    from teachapp.domain import attribute_words, describe_state

    assert attribute_words("color_temp") == "colour temp"
    assert describe_state("light", {"on": True, "color_temp": 3000}) == \
        "on, colour temp 3000 K"


def test_cli_devices_say_colour_temp(teachapp_cli, tmp_path):
    proc = teachapp_cli("--db", str(tmp_path / "h.db"), "devices")
    assert "colour temp" in proc.stdout and "color temp" not in proc.stdout
