""""what ran last?" in ``teachapp chat`` (a child process): the newest run or device
command, explained as "what did you just do?" explains a turn, past the questions asked
since ("I can't answer "what ran last"" before)."""

from __future__ import annotations

from conftest import chat_lines

from teachapp.domain import Phrase, Routine, SetStep
from teachapp.home import ensure_default_home
from teachapp.store import Store


def _seed(db_path) -> None:
    with Store.open(db_path) as store:
        ensure_default_home(store)
        store.save_routine(Routine(name="Movie night", phrases=[Phrase("movie night")],
                                   steps=[SetStep("media_player.tv", {"on": True})]))


def _reply(lines: list[str], turn: str) -> str:
    return lines[lines.index(f"> {turn}") + 1]


def test_what_ran_last_skips_the_questions_asked_since(teachapp_cli, db_path):
    _seed(db_path)
    lines = chat_lines(db_path, "what ran last", "movie night", "what time is it",
                       "what's on", "what ran last", "turn on the kitchen lights",
                       "is the tv on", "what was the last thing you did", echo=True)
    assert _reply(lines, "what ran last") == "Nothing has run yet."
    at = lines.index("> what ran last", lines.index("> movie night"))
    assert lines[at + 1:at + 3] == [
        'You typed "movie night".',
        'It matched "movie night", the phrase you taught, word for word.']
    assert _reply(lines, "what was the last thing you did") == (
        'You typed "turn on the kitchen lights".')


def test_why_names_the_routine_a_phrase_is_taught_for(teachapp_cli, db_path):
    """Was "It matched "movie time", a phrase you taught, of Movie night, word for word."."""
    with Store.open(db_path) as store:
        ensure_default_home(store)
        store.save_routine(Routine(name="Movie night", phrases=[
            Phrase("movie night"), Phrase("movie time")],
            steps=[SetStep("media_player.tv", {"on": True})]))
    lines = chat_lines(db_path, "movie time", "why did you do that")
    assert lines[2] == ('It matched "movie time", a phrase you taught for movie night, '
                        'word for word.')
