""""turn the living room lamp to 40", then "make the lamp 30": the lamp just set is the
one meant, in teaching (it was "I'm not sure which device you mean …: set Bedroom lamp,
Living room lamp and Desk lamp to 30 %?") and out of it ("Do you want me to set …?"). The
read-back names the lamp. After another device, or several lamps, it is asked as before."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from _assistant_helpers import make_assistant, said

EVENING = datetime(2026, 12, 7, 19, 0, tzinfo=UTC)
LAMP = "light.living_room_lamp"


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store):
    return make_assistant(store, wall_clock=lambda: EVENING.timestamp())[0]


def test_the_lamp_after_a_step_on_one_lamp_is_that_lamp(store):
    assistant = _assistant(store)
    said(assistant, "when I say dusk", "turn the living room lamp to 40")
    assert said(assistant, "make the lamp 30") == [
        "Living room lamp → on, brightness 30 %, when the routine runs."]
    assert said(assistant, "done") == [
        "\"dusk\" will set Living room lamp on at 30 %. Shall I save it?"]


def test_the_lamp_after_several_lamps_is_still_asked(store):
    assistant = _assistant(store)
    said(assistant, "when I say dusk", "turn on the lamps")
    assert said(assistant, "make the lamp 30")[0].startswith(
        "I'm not sure which device you mean in \"make the lamp 30\"")


def test_the_lamp_right_after_a_command_on_one_lamp_is_that_lamp(store):
    assistant = _assistant(store)
    said(assistant, "turn the living room lamp to 40")
    assert said(assistant, "make the lamp 30") == ["Living room lamp: on, brightness 30 %."]
    assert store.device(LAMP).state["brightness"] == 30
    assert store.device("light.desk_lamp").state["on"] is False


def test_the_lamp_after_another_device_is_still_asked(store):
    assistant = _assistant(store)
    said(assistant, "turn the living room lamp to 40", "turn on the tv")
    assert said(assistant, "make the lamp 30")[0].startswith("Do you want me to set ")
    assert store.device(LAMP).state["brightness"] == 40


def test_the_lamp_that_would_stay_as_it_is_means_another(store):
    assistant = _assistant(store)
    said(assistant, "turn on the living room lamp")
    assert said(assistant, "turn the lamp on")[0].startswith("Do you want me to turn on ")
