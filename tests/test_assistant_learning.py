"""Learning from rephrasing, corrections and explicit choices."""

from __future__ import annotations

import pytest
from _assistant_helpers import STRICT, Clock, make_assistant, said, seed_routines

from teachapp.conversation.events import AliasLearned
from teachapp.errors import NotFoundError
from teachapp.settings import Settings


@pytest.fixture
def home(store):
    seed_routines(store)
    clock = Clock()
    assistant, events = make_assistant(store, clock=clock, resolver_settings=STRICT)
    return assistant, events, clock, store


def _pairs(store, utterance):
    return {(e.routine, e.positive, e.negative, e.promoted) for e in store.evidence(utterance)}


def test_a_rephrase_and_one_confirmation_make_an_alias(home):
    assistant, events, clock, _store = home
    assert said(assistant, "rise and shine")[0].startswith("I don't know")
    clock.advance(5)
    assert said(assistant, "wake up") == ["Wake up.",
                                          'Should "rise and shine" also mean wake up?']
    assert said(assistant, "yes") == ['I\'ll take "rise and shine" to mean wake up from now on.']
    assert AliasLearned("rise and shine", "Wake up") in events
    assert assistant.learned_aliases() == [("rise and shine", "Wake up", "learned")]
    assert said(assistant, "rise and shine") == ["Wake up."]


def test_a_single_silent_rephrase_is_not_enough(home):
    assistant, _, _clock, store = home
    said(assistant, "rise and shine", "wake up", "movie mode")
    assert assistant.learned_aliases() == []
    assert _pairs(store, "rise and shine") == {("Wake up", 1, 0, False)}


def test_repeated_evidence_makes_an_alias_without_asking_twice(home):
    assistant, _, clock, _store = home
    said(assistant, "rise and shine", "wake up")       # asked; the person does not answer
    clock.advance(3600)
    said(assistant, "rise and shine")
    clock.advance(4)
    assert said(assistant, "wake up") == ["Wake up."]   # second evidence: no question
    assert said(assistant, "movie mode") == [
        'I\'ll take "rise and shine" to mean wake up from now on.', "Movie mode."]
    assert assistant.learned_aliases() == [("rise and shine", "Wake up", "learned")]


def test_a_success_long_after_the_miss_is_no_evidence(home):
    assistant, _, clock, store = home
    said(assistant, "rise and shine")
    clock.advance(120)
    assert said(assistant, "wake up") == ["Wake up."]
    assert store.evidence("rise and shine") == []


def test_no_to_the_question_blocks_the_pair_for_good(home):
    assistant, _, clock, store = home
    said(assistant, "rise and shine", "wake up")
    assert said(assistant, "no") == ["OK, I won't."]
    assert store.device("cover.living_room_blinds").state["position"] == 100  # not undone
    for _ in range(3):
        clock.advance(3600)
        said(assistant, "rise and shine", "wake up", "movie mode")
    assert assistant.learned_aliases() == []
    assert _pairs(store, "rise and shine") == {("Wake up", 4, 1, False)}


def test_a_wrong_run_after_a_miss_counts_against_both_and_learns_the_right_one(home):
    assistant, _, _clock, store = home
    said(assistant, "rise and shine", "movie mode")     # the person gave up: not a rephrase
    assert said(assistant, "that's wrong")[0].startswith("Undone:")
    assert _pairs(store, "rise and shine") == {("Movie mode", 1, 1, False)}
    assert _pairs(store, "movie mode") == {("Movie mode", 0, 1, False)}
    # The undone utterances wait for the right routine.
    assert said(assistant, "wake up") == ["Wake up.", 'Should "rise and shine" also mean wake up?']
    assert said(assistant, "yes")[0].startswith('I\'ll take "rise and shine"')
    assert assistant.learned_aliases() == [("rise and shine", "Wake up", "learned")]


def test_evidence_is_settled_only_when_nobody_objects(home):
    assistant, _, _clock, store = home
    store.add_evidence("rise and shine", "Movie mode", positive=1)
    said(assistant, "rise and shine", "movie mode")     # second piece of evidence
    said(assistant, "undo")
    assert assistant.learned_aliases() == []
    assert _pairs(store, "rise and shine") == {("Movie mode", 2, 1, False)}


def test_clarify_yes_is_evidence_and_a_confirmation_adds_the_alias(home):
    assistant, _, _clock, _store = home
    said(assistant, "moving mode", "yes")
    assert said(assistant, "yes") == ['I\'ll take "moving mode" to mean movie mode from now on.']
    assert said(assistant, "moving mode") == ["Movie mode."]


def test_assign_from_the_history_adds_the_alias_at_once(home):
    assistant, events, _clock, store = home
    said(assistant, "bath time")
    turn = next(t for t in store.interactions() if t.heard == "bath time")
    assistant.assign(turn.id, "reading mode")
    assert AliasLearned("bath time", "Reading mode") in events
    # Assigned by hand, not learned from a rephrase; the turn is no longer a miss.
    assert ("bath time", "Reading mode", "alias") in assistant.learned_aliases()
    assigned = next(t for t in store.interactions() if t.id == turn.id)
    assert assigned.feedback == "meant Reading mode" and assigned.outcome == "assigned"
    with pytest.raises(NotFoundError):
        assistant.assign(99999, "Reading mode")


def test_a_run_from_a_button_is_in_the_history(home):
    assistant, _events, _clock, store = home
    assistant.run_routine("reading mode")
    turn = store.interactions()[0]
    assert (turn.heard, turn.source, turn.routine) == ("Reading mode", "button", "Reading mode")
    assert turn.outcome and turn.outcome != "running"
    assert assistant.learned_aliases() == []


def test_a_removed_alias_is_not_learned_again(home):
    assistant, _, clock, _store = home
    said(assistant, "rise and shine", "wake up", "yes")
    assistant.remove_alias("Wake up", "rise and shine")
    assert assistant.learned_aliases() == []
    for _ in range(3):
        clock.advance(3600)
        said(assistant, "rise and shine", "wake up", "movie mode")
    assert assistant.learned_aliases() == []


def test_learning_can_be_turned_off(store, tmp_path):
    seed_routines(store)
    settings = Settings(tmp_path / "settings.json")
    settings.update("learning", enabled=False)
    assistant, _ = make_assistant(store, settings=settings, resolver_settings=STRICT)
    for _ in range(3):
        said(assistant, "rise and shine", "wake up", "movie mode")
    assert store.evidence() == [] and assistant.learned_aliases() == []


def test_a_choice_in_the_window_after_a_miss_is_evidence(home):
    assistant, _, _clock, store = home
    said(assistant, "rise and shine")
    assistant.run_routine("Wake up")
    assert _pairs(store, "rise and shine") == {("Wake up", 1, 0, False)}
