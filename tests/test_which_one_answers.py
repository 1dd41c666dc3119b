"""Answers to a which-one question, as a person gives them: "Do you want me to turn up
Ceiling light and Living room lamp? Say yes, or which one." answered "the first one",
"brighter", "neither", "the kitchen light"; "Did you mean movie mode or reading mode?"
answered "the second one". Real engine, real SQLite file, the default simulated home."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from _assistant_helpers import STRICT, make_assistant, said, seed_routines

from teachapp.conversation import TurnInput

LIGHTS = ("light.ceiling_light", "light.living_room_lamp", "light.kitchen_lights",
          "light.bedroom_lamp", "light.desk_lamp")
ASKED = "Do you want me to turn up"


def _lights(store) -> dict[str, int]:
    """Each light's brightness, 0 when it is off."""
    return {i: (store.device(i).state.get("brightness") or 0) if store.device(i).state["on"]
            else 0 for i in LIGHTS}


def _asked(assistant, text: str) -> list[str]:
    """Say ``text``; the ids of the devices the assistant then asks about, in the order
    its question names them."""
    result = assistant.handle(TurnInput(text))
    assert result.lines[0].startswith(ASKED) and result.lines[0].endswith(
        "Say yes, or which one."), result.lines
    ids = [d.id for d in result.command.devices]
    names = [d.name for d in result.command.devices]
    question = result.lines[0]
    assert question.index(names[0]) < question.index(names[1])  # the order it is said in
    return ids


def _changed(before: dict[str, int], store) -> set[str]:
    after = _lights(store)
    return {i for i in LIGHTS if after[i] != before[i]}


@pytest.mark.parametrize(("answer", "position"), [
    ("the first one", 0), ("first", 0), ("the second", 1), ("the last one", 1),
    ("number two", 1), ("no, the second one", 1)])
def test_an_answer_by_position_changes_that_light_alone(store, answer, position):
    assistant, _ = make_assistant(store)
    before = _lights(store)
    asked = _asked(assistant, "make the living room brighter")
    lines = said(assistant, answer)
    assert _changed(before, store) == {asked[position]}
    assert not any("Shall I learn it" in line for line in lines)


@pytest.mark.parametrize("answer", ["brighter", "yes brighter", "make it brighter please",
                                    "brighten them"])
def test_the_request_said_again_means_the_lights_asked_not_every_light(store, answer):
    assistant, _ = make_assistant(store)
    before = _lights(store)
    asked = _asked(assistant, "make the living room brighter")
    lines = said(assistant, answer)
    assert _changed(before, store) == set(asked)
    assert not any(line.startswith(ASKED) for line in lines)  # not a wider question


@pytest.mark.parametrize(("answer", "chosen"), [
    ("make the lamp brighter", {"light.living_room_lamp"}),
    ("just the lamp brighter", {"light.living_room_lamp"}),
    ("not the ceiling one", {"light.living_room_lamp"}),
    ("either", None),  # one of them, whichever
    ("i don't mind", None),
])
def test_a_narrowed_request_picks_among_the_lights_asked(store, answer, chosen):
    assistant, _ = make_assistant(store)
    before = _lights(store)
    asked = _asked(assistant, "make the living room brighter")
    said(assistant, answer)
    changed = _changed(before, store)
    assert changed == (chosen or {asked[0]})


@pytest.mark.parametrize("answer", ["neither", "none of them", "neither of them"])
def test_neither_changes_nothing_and_closes_the_question(store, answer):
    assistant, _ = make_assistant(store)
    before = _lights(store)
    _asked(assistant, "make the living room brighter")
    assert said(assistant, answer) == ["OK, I won't."]
    assert said(assistant, "yes") == [
        "There's nothing to answer right now. Say a phrase, or \"teach\" to teach me a new one."]
    assert not _changed(before, store)


def test_a_light_not_asked_about_is_answered_with_the_ones_asked(store):
    assistant, _ = make_assistant(store)
    before = _lights(store)
    _asked(assistant, "make the living room brighter")
    reply = said(assistant, "the kitchen light")
    assert len(reply) == 1 and reply[0].startswith("I asked about ")
    assert "Ceiling light" in reply[0] and "Living room lamp" in reply[0]
    assert "not Kitchen lights" in reply[0]
    assert not _changed(before, store)
    # the question is still open: the next answer picks
    said(assistant, "the lamp")
    assert _changed(before, store) == {"light.living_room_lamp"}


def test_a_position_past_the_last_asks_again(store):
    assistant, _ = make_assistant(store)
    before = _lights(store)
    asked = _asked(assistant, "make the living room brighter")
    assert said(assistant, "the third one")[0].startswith("I asked about two: ")
    said(assistant, "the second one")
    assert _changed(before, store) == {asked[1]}


def test_something_else_said_instead_replaces_the_question(store):
    assistant, _ = make_assistant(store)
    before = _lights(store)
    _asked(assistant, "make the living room brighter")
    assert said(assistant, "the third one")[0].startswith("I asked about two")
    said(assistant, "i don't want them")  # "don't" is no "don't mind": nothing picked
    assert not _changed(before, store)
    _asked(assistant, "make the living room brighter")
    assert said(assistant, "turn off the tv") == ["TV is already off."]
    assert said(assistant, "the first one") == ["I don't know \"the first one\". Shall I learn it?"]
    assert not _changed(before, store)


def test_a_several_part_sentence_asks_about_its_part_and_takes_a_position(store):
    assistant, _ = make_assistant(store)
    before = _lights(store)
    question = said(assistant, "make the living room brighter and turn off the tv")
    assert question[0].startswith("Nothing has run yet.")
    first = "light.ceiling_light" if question[0].index("Ceiling light") < question[0].index(
        "Living room lamp") else "light.living_room_lamp"
    said(assistant, "the first one")
    assert _changed(before, store) == {first}
    assert store.device("media_player.tv").state["on"] is False


# ------------------------------------------------ "did you mean R or S?"


def _two_routines(store):
    seed_routines(store)
    assistant, _ = make_assistant(store, resolver_settings=STRICT)
    assert said(assistant, "mode") == ["Did you mean movie mode or reading mode?"]
    return assistant


def test_two_routines_as_near_are_both_named_and_picked_by_position(store):
    assistant = _two_routines(store)
    assert said(assistant, "the second one") == [_READING]
    assert store.device("light.living_room_lamp").state["brightness"] == 100
    assert store.device("media_player.tv").state["on"] is False


_MOVIE = "Movie mode: set TV on at 40 % and then set Living room lamp on at 20 %."
_READING = "Reading mode: set Living room lamp on at 100 %."


@pytest.mark.parametrize(("answer", "ran"), [
    ("the movie one", _MOVIE), ("reading", _READING),
    ("no, the first one", _MOVIE), ("reading mode", _READING)])
def test_either_routine_is_picked_by_part_of_its_name(store, answer, ran):
    assistant = _two_routines(store)
    assert said(assistant, answer) == [ran]


def test_a_bare_yes_to_two_routines_asks_which(store):
    assistant = _two_routines(store)
    assert said(assistant, "yes") == ["Which one: movie mode or reading mode?"]
    assert store.device("media_player.tv").state["on"] is False
    assert said(assistant, "movie") == [_MOVIE]


def test_neither_routine_counts_against_both(store):
    assistant = _two_routines(store)
    assert said(assistant, "neither")[0].startswith("OK. Say it another way")
    against = {e.routine for e in store.evidence("mode") if e.negative}
    assert against == {"Movie mode", "Reading mode"}
    assert store.device("media_player.tv").state["on"] is False


# ------------------------------------------------------------- the window


def test_the_window_reads_the_answer_the_same_way(qtbot, db_path):
    from gui_helpers import close_window, open_window, settle

    window, bridge = open_window(qtbot, db_path)
    try:
        store = bridge.engine.store
        before = _lights(store)
        window.strip.entry.setText("make the living room brighter")
        window.strip.send.click()
        qtbot.waitUntil(lambda: window.strip.lines()[-1].startswith(ASKED), timeout=10_000)
        question = window.strip.lines()[-1]
        window.strip.entry.setText("the first one")
        window.strip.send.click()
        settle(qtbot, bridge)
        first = "light.ceiling_light" if question.index("Ceiling light") < question.index(
            "Living room lamp") else "light.living_room_lamp"
        qtbot.waitUntil(lambda: _changed(before, store) == {first}, timeout=10_000)
        assert not any("Shall I learn it" in line for line in window.strip.lines())
    finally:
        close_window(window, bridge)


# ------------------------------------------------------------- while teaching


def _teaching_asks(assistant) -> str:
    said(assistant, "teach", "cosy")
    question = said(assistant, "turn on the lamp")[0]
    assert question.startswith("I'm not sure which device you mean in \"turn on the lamp\"")
    assert question.endswith("Say yes, or which one.")
    return question


def test_while_teaching_which_lamp_is_answered_by_position(store):
    assistant, _ = make_assistant(store)
    question = _teaching_asks(assistant)
    lamps = sorted(("Bedroom lamp", "Living room lamp", "Desk lamp"), key=question.index)
    said(assistant, "the second one")
    wanted = {d.id for d in store.devices() if d.name == lamps[1]}
    assert set(assistant.teaching.targets) == wanted


@pytest.mark.parametrize(("answer", "count"), [("yes", 3), ("neither", 0), ("no", 0),
                                               ("the desk one", 1)])
def test_while_teaching_yes_takes_them_all_and_neither_none(store, answer, count):
    assistant, _ = make_assistant(store)
    _teaching_asks(assistant)
    lines = said(assistant, answer)
    assert len(assistant.teaching.targets) == count, lines
    if not count:
        assert lines == ["OK, I left \"turn on the lamp\" out."]
    assert not any(line.startswith("I didn't get") for line in lines)


def test_a_recogniser_with_a_closed_grammar_can_hear_the_answers(store):
    assistant, _ = make_assistant(store)
    words = assistant.vocabulary("command")
    assert {"the first one", "the second one", "the last one", "both", "neither"} <= set(words)
