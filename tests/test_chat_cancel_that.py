""""cancel that" in ``teachapp chat`` (a child process): right after a run it takes the
run back through the same undo as "undo"; while teaching it drops the last step shown."""

from __future__ import annotations

from conftest import chat_lines

from teachapp.domain import Phrase, Routine, SetStep
from teachapp.home import ensure_default_home
from teachapp.store import Store


def _seed(db_path) -> None:
    with Store.open(db_path) as store:
        ensure_default_home(store)
        store.save_routine(Routine(name="Movie night", phrases=[Phrase("movie night")], steps=[
            SetStep("media_player.tv", {"on": True}),
            SetStep("light.living_room_lamp", {"on": True, "brightness": 20})]))


def _state(db_path, device: str) -> dict:
    with Store.open(db_path) as store:
        return store.device(device).state


def test_cancel_that_right_after_a_routine_or_a_command_takes_it_back(teachapp_cli, db_path):
    _seed(db_path)
    lines = chat_lines(db_path, "movie night", "cancel that",
                  "turn on the kitchen lights", "cancel", "movie night", "never mind", echo=True)
    assert lines == [
        "> movie night", "Movie night: turned on TV and then set Living room lamp on at 20 %.",
        "> cancel that", "Undone: Living room lamp and TV put back.",
        "> turn on the kitchen lights", "Kitchen lights: on.",
        "> cancel", "Undone: Kitchen lights put back.",
        "> movie night", "Movie night: turned on TV and then set Living room lamp on at 20 %.",
        # "never mind" still leaves things as they are
        "> never mind",
        "OK, I'll leave things as they are. Say \"undo\" to put back the last run.",
    ]
    assert _state(db_path, "light.kitchen_lights")["on"] is False
    assert _state(db_path, "media_player.tv")["on"] is True  # the last run stayed


def test_cancel_that_past_questions_still_takes_the_run_back(teachapp_cli, db_path):
    """It was "OK, I'll leave things as they are. Say "undo" to put back the last run.",
    though "cancel that" past a question means the timer or one-off run just set."""
    _seed(db_path)
    lines = chat_lines(db_path, "movie night", "what time is it", "is the tv on",
                       "cancel that", "cancel that", echo=True)
    assert lines[-3:] == ["Undone: Living room lamp and TV put back.", "> cancel that",
                          "OK, I'll leave things as they are. Say \"undo\" to put back the "
                          "last run."]
    assert _state(db_path, "media_player.tv")["on"] is False


def test_cancel_that_after_something_else_was_done_changes_nothing(teachapp_cli, db_path):
    _seed(db_path)
    lines = chat_lines(db_path, "movie night", "forget movie night", "no", "cancel that",
                       echo=True)
    assert lines[-1].startswith("OK, I'll leave things as they are.")
    assert _state(db_path, "media_player.tv")["on"] is True


def test_cancel_that_while_teaching_drops_the_last_step(teachapp_cli, db_path):
    _seed(db_path)
    lines = chat_lines(db_path, "teach", "study mode", "desk lamp to 80 percent",
                  "coffee maker on", "cancel that", "done", "yes", echo=True)
    at = lines.index("> cancel that")
    assert lines[at + 1:at + 3] == [
        "Removed Coffee maker.",
        "So far it will set Desk lamp on at 80 %. Tell me what else it should do, or say "
        "\"done\"; say \"stop teaching\" to leave without saving."]
    assert lines[-1] == 'Saved. Say "study mode" any time.'
    with Store.open(db_path) as store:
        assert store.routine("Study mode").steps == [
            SetStep("light.desk_lamp", {"on": True, "brightness": 80})]


def test_cancel_with_no_step_or_stop_teaching_still_ends_it(teachapp_cli, db_path):
    _seed(db_path)
    lines = chat_lines(db_path, "teach", "bath time", "cancel that",
                  "teach", "bath time", "bedroom fan on", "cancel that", "cancel that",
                  "teach", "bath time", "bedroom fan on", "stop teaching", echo=True)
    assert [line for line in lines if not line.startswith(">")].count(
        'OK, "bath time" was not taught.') == 3
    assert "Removed Bedroom fan." in lines
    with Store.open(db_path) as store:
        assert store.routine_names() == ["Movie night"]


def test_cancel_that_after_a_question_still_means_the_timer_or_run_just_set(teachapp_cli,
                                                                            db_path):
    _seed(db_path)
    lines = chat_lines(db_path, "turn off the tv in 10 minutes", "what time is it",
                       "is the tv on", "cancel that",
                       "run movie night in 10 minutes", "what is scheduled this week",
                       "cancel that", echo=True)
    cancelled = [lines[i + 1] for i, line in enumerate(lines) if line == "> cancel that"]
    assert cancelled[0].startswith("Cancelled the timer to turn off TV ")
    assert cancelled[1].startswith("OK, movie night won't run once ")
    with Store.open(db_path) as store:
        assert store.timers() == []
        assert store.routine("Movie night").triggers == []


def test_cancel_that_after_a_run_in_between_still_means_the_run(teachapp_cli, db_path):
    _seed(db_path)
    lines = chat_lines(db_path, "turn off the tv in 10 minutes", "movie night",
                       "cancel that", echo=True)
    assert lines[-1] == "Undone: Living room lamp and TV put back."
    with Store.open(db_path) as store:
        assert [t.text for t in store.timers()] == ["turn off TV"]
