"""Learning from use, in ``teachapp chat`` (a child process): a phrase learnt from a
rephrase is said back and taken away by voice ("what does book time mean?" was offered
as a phrase to learn; "forget that 'book time' means reading mode" asked to forget all of
Reading mode; "book time doesn't mean reading mode" said "OK, I won't run reading
mode."); and a remark of how one is ("i'm so tired today") followed by a routine is no
phrase for it (the third time it asked "Did you mean reading mode?")."""

from __future__ import annotations

from conftest import chat_lines, run_teachapp

_NOW = {"TEACHAPP_NOW": "2026-12-07T21:00:00+00:00", "TZ": "UTC"}


def _home(db_path) -> None:
    for phrase, *sets in (
            ("movie night", "media_player.tv.on=true"),
            ("reading mode", "light.desk_lamp.brightness=80", "fan.bedroom_fan.on=true")):
        args = [a for s in sets for a in ("--set", s)]
        proc = run_teachapp("--db", str(db_path), "teach", phrase, *args, env=_NOW)
        assert proc.returncode == 0, proc.stderr


_LEARN_BOOK_TIME = ("book time", "reading mode", "movie night", "book time", "reading mode",
                    "movie night", "book time", "yes")


def test_a_learnt_phrase_is_said_back_and_forgotten_by_voice(db_path):
    _home(db_path)
    lines = chat_lines(db_path, *_LEARN_BOOK_TIME, "what does book time mean?",
                       "forget that book time means movie night",
                       "forget that 'book time' means reading mode", "undo",
                       "book time doesn't mean reading mode", "book time", "movie night",
                       echo=True, env=_NOW)
    at = lines.index("> what does book time mean?")
    assert lines[at + 2] == ("\"book time\" starts reading mode (a phrase I learned): it will "
                             "set Desk lamp on at 80 % and then turn on Bedroom fan.")
    at = lines.index("> forget that book time means movie night")
    assert lines[at + 1] == "\"book time\" starts reading mode, not movie night, so I left it."
    at = lines.index("> forget that 'book time' means reading mode")
    assert lines[at + 1] == ("OK, \"book time\" no longer starts reading mode. It was an alias "
                             "I had learned; I won't learn it again.")
    assert lines[at + 3] == "Undone: \"book time\" starts reading mode again."
    at = lines.index("> book time doesn't mean reading mode")
    assert lines[at + 1] == ("OK, \"book time\" no longer starts reading mode. It was an alias "
                             "I had learned; I won't learn it again.")
    assert lines[at + 3] == (  # (offered once a session: ``offers_asked``)
        "I don't know \"book time\". Say \"teach book time\" to teach it to me.")
    assert "Movie night" in lines[at + 5]  # (reading mode and movie night both still run)


def test_a_remark_before_a_routine_is_not_learnt(db_path):
    _home(db_path)
    said = ("i'm so tired today", "reading mode", "movie night") * 2 + ("i'm so tired today",)
    lines = chat_lines(db_path, *said, echo=True, env=_NOW)
    assert lines[-1] == ("I don't know \"i'm so tired today\". Say \"teach i'm so tired "
                         "today\" to teach it to me.")  # (offered once a session)
