"""``teachapp run`` when chat would ask (DESIGN.md): nothing runs, the question is
printed on one stderr line, exit 1 -- whichever part of the engine asked it."""

from __future__ import annotations

import pytest
from conftest import chat_lines, device_states

from teachapp.cli import main
from teachapp.domain import Phrase, Routine, SetStep
from teachapp.home import ensure_default_home
from teachapp.store import Store


@pytest.fixture
def movie_night(db_path):
    """The default home with "movie night" = turn on the tv."""
    with Store.open(db_path) as store:
        ensure_default_home(store)
        store.save_routine(Routine(name="Movie night", phrases=[Phrase("movie night")],
                                   steps=[SetStep("media_player.tv", {"on": True})]))
    return db_path


@pytest.mark.parametrize("said", [
    "wait a bit then movie night",       # how long? (before: printed on stdout, exit 0)
    "remind me to call mum",             # when? (before: stdout, exit 0)
    "turn off the lamp in 10 minutes",   # which lamp, at 20:17? (before: stdout, exit 0)
    "movie night at 9pm",                # every day at 21:00?
    "forget movie night",
])
def test_run_prints_any_question_chat_asks_and_runs_nothing(movie_night, capsys, said):
    asked = chat_lines(movie_night, said)[-1]
    before = device_states(movie_night)
    status = main(["--db", str(movie_night), "--no-speech", "run", said])
    out, err = capsys.readouterr()
    assert status == 1 and out == "", out
    assert err.startswith(f"teachapp: {asked[:30]}") and err.count("\n") == 1, err
    assert "Nothing was run" in err
    assert device_states(movie_night) == before
