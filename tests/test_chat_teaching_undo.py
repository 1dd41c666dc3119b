""""undo" while teaching, in ``teachapp chat`` (a child process): it takes back the last
command as said, so a device that command changed gets back the target it had, and only
the devices it added go."""

from __future__ import annotations

from conftest import chat_lines

from teachapp.domain import SetStep
from teachapp.home import ensure_default_home
from teachapp.store import Store


def test_undo_of_a_command_that_changed_earlier_steps_puts_them_back(teachapp_cli, db_path):
    with Store.open(db_path) as store:
        ensure_default_home(store)
    lines = chat_lines(db_path, "teach movie night", "tv on",
                       "dim the living room lamp to 20 percent", "close the blinds",
                       "turn everything off", "undo", "done", "yes", echo=True)
    at = lines.index("> undo")
    reply = lines[at + 1]
    assert reply.startswith("Removed Bedroom fan, ")  # one line, not a line a device
    assert reply.endswith(" Put back Living room lamp on at 20 % and TV on.")
    assert "Living room blinds" not in reply  # "turn everything off" left the blinds
    assert lines[-1] == 'Saved. Say "movie night" any time.'
    with Store.open(db_path) as store:
        assert store.routine("Movie night").steps == [
            SetStep("media_player.tv", {"on": True}),
            SetStep("light.living_room_lamp", {"on": True, "brightness": 20}),
            SetStep("cover.living_room_blinds", {"position": 0})]


def test_undo_after_undo_goes_on_back_one_step_at_a_time(teachapp_cli, db_path):
    with Store.open(db_path) as store:
        ensure_default_home(store)
    lines = chat_lines(db_path, "teach bath time", "bedroom lamp to 30 percent",
                       "bedroom lamp to 70 percent", "undo", "undo", "undo", echo=True)
    replies = [lines[i + 1] for i, line in enumerate(lines) if line == "> undo"]
    assert replies == ["Put back Bedroom lamp on at 30 %.", "Removed Bedroom lamp.",
                       "There's nothing to take back yet. To use other words than "
                       "\"bath time\", say \"call it\" and them, e.g. \"call it bedtime\"; "
                       "or say \"cancel\" to stop teaching."]
