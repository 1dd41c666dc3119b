""""what is movie night?" in ``teachapp chat`` (a child process): a bare "what is X"
describes the routine when X is its name or phrase as taught, and goes on as any other
question when it is not ("what's on", "what is the time")."""

from __future__ import annotations

from conftest import chat_lines

from teachapp.domain import Phrase, Routine, SetStep
from teachapp.home import ensure_default_home
from teachapp.store import Store


def _seed(db_path) -> None:
    with Store.open(db_path) as store:
        ensure_default_home(store)
        store.save_routine(Routine(name="Movie night", phrases=[Phrase("movie night"),
                                                                 Phrase("film time")],
                                   steps=[SetStep("media_player.tv", {"on": True})]))


def test_what_is_a_routine_describes_it(teachapp_cli, db_path):
    _seed(db_path)
    lines = chat_lines(db_path, "what is movie night", "what's film time?",
                       "what is the movie night routine", echo=True)
    replies = [lines[i + 1] for i, line in enumerate(lines) if line.startswith("> ")]
    assert replies == ["Movie night will turn on TV."] * 3
    assert 'Say "movie night" or "film time" to start it.' in lines


def test_what_is_something_else_is_still_its_own_question(teachapp_cli, db_path):
    _seed(db_path)
    lines = chat_lines(db_path, "what's on", "what is the time", "what is movie", echo=True)
    replies = [lines[i + 1] for i, line in enumerate(lines) if line.startswith("> ")]
    assert replies[0].endswith("are off.") or "is on" in replies[0]
    assert replies[1].startswith("It's ")
    assert "will set" not in replies[2]  # a word of the phrase is not the routine
