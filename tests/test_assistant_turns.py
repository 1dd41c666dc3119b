"""Normal turns of the engine: run, clarify, reject, device commands, undo, events."""

from __future__ import annotations

import threading

import pytest
from _assistant_helpers import STRICT, Clock, add_routine, make_assistant, said, seed_routines

from teachapp.conversation import Source, TurnInput
from teachapp.conversation.events import (
    DevicesChanged,
    Heard,
    LaterReplies,
    Reply,
    RunFinished,
    TurnResolved,
)
from teachapp.domain import SetStep, WaitStep
from teachapp.errors import AudioError
from teachapp.speech.transcript import Transcript


def _evidence(store, utterance):
    return {(e.routine, e.positive, e.negative) for e in store.evidence(utterance)}


def test_a_confident_phrase_runs_and_confirms_briefly(store):
    seed_routines(store)
    assistant, events = make_assistant(store)
    assert assistant.handle_text("movie mode please") == ["Movie mode: set TV on at 40 % and then set Living room lamp on at 20 %."]
    assert store.device("media_player.tv").state["on"] is True
    turn = store.interactions()[0]
    assert (turn.heard, turn.decision, turn.routine, turn.outcome) == (
        "movie mode please", "run", "Movie mode", "ok")
    assert turn.score > 0.8
    kinds = [type(e) for e in events]
    assert kinds[0] is Heard and TurnResolved in kinds and RunFinished in kinds
    assert DevicesChanged in kinds and kinds[-1] is Reply


def test_clarify_then_yes_runs_and_learns_the_alias(store):
    seed_routines(store)
    assistant, _ = make_assistant(store, resolver_settings=STRICT)
    assert said(assistant, "moving mode") == ["Did you mean movie mode?"]
    assert store.device("media_player.tv").state["on"] is False
    assert said(assistant, "yes") == ["Movie mode: set TV on at 40 % and then set Living room lamp on at 20 %."]
    assert store.device("media_player.tv").state["on"] is True
    # Nobody objected: the choice is learned with the next turn.
    assert said(assistant, "wake up")[0].startswith(
        'I\'ll take "moving mode" to mean movie mode from now on.')
    clarified = next(t for t in store.interactions() if t.heard == "moving mode")
    assert (clarified.decision, clarified.feedback) == ("clarify", "confirmed")
    assert _evidence(store, "moving mode") == {("Movie mode", 1, 0)}


def test_clarify_then_no_counts_against_the_guess(store):
    seed_routines(store)
    assistant, _ = make_assistant(store, resolver_settings=STRICT)
    said(assistant, "moving mode")
    assert said(assistant, "no") == ['OK. Say it another way, or say "teach" to teach it to me.']
    assert store.device("media_player.tv").state["on"] is False
    assert _evidence(store, "moving mode") == {("Movie mode", 0, 1)}


def test_clarify_then_the_right_name(store):
    seed_routines(store)
    assistant, _ = make_assistant(store, resolver_settings=STRICT)
    said(assistant, "moving mode")
    assert said(assistant, "Reading mode")[0] == "Reading mode: set Living room lamp on at 100 %."
    assert store.device("light.living_room_lamp").state["brightness"] == 100
    assert ("Reading mode", 1, 0) in _evidence(store, "moving mode")


def test_unknown_speech_is_rejected_and_teaching_offered(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    assert said(assistant, "play the party playlist") == [
        'I don\'t know "play the party playlist". Shall I learn it?']
    assert said(assistant, "no") == ["OK."]
    turn = next(t for t in store.interactions() if t.heard == "play the party playlist")
    assert (turn.decision, turn.routine) == ("reject", None)


def test_a_recogniser_that_hears_nothing(store):
    modes = []

    def recognize(path, *, mode, phrases, settings=None):
        modes.append((mode, "movie mode" in phrases))
        return Transcript(text="", confidence=None)

    seed_routines(store)
    assistant, _ = make_assistant(store, recognize=recognize)
    assert assistant.handle_audio("silence.wav") == ["I didn't catch that."]
    assert store.interactions()[0].outcome == "nothing heard"
    assistant.start_teaching()
    assert assistant.handle_audio("silence.wav") == ["I didn't catch that. What's the phrase?"]
    assert assistant.teaching.stage == "phrase"
    assert modes == [("command", True), ("teach", False)]


def test_a_recogniser_error_is_said_not_raised(store):
    def recognize(path, **_):
        raise AudioError(f"{path} is not a WAV file.")

    assistant, _ = make_assistant(store, recognize=recognize)
    reply = assistant.handle_audio("notes.txt")
    # (was "I could not listen to notes.txt: notes.txt is not a WAV file.": named twice)
    assert reply == ["I could not listen to that file: notes.txt is not a WAV file."]


def test_recognised_turns_are_logged_with_their_confidence(store):
    seed_routines(store)
    assistant, events = make_assistant(
        store, recognize=lambda path, **_: Transcript(text="wake up", confidence=0.83))
    assert assistant.handle_audio("x.wav") == ["Wake up: opened Living room blinds and then turned on Coffee maker."]
    turn = store.interactions()[0]
    assert (turn.source, turn.confidence) == ("audio", 0.83)
    assert Heard("wake up", "audio", 0.83) in events


def test_device_commands_work_without_teaching_and_can_be_undone(store):
    assistant, _ = make_assistant(store)
    assert said(assistant, "thermostat to 19 degrees") == ["Thermostat: set to 19 °C."]
    assert store.device("climate.thermostat").state["target_temp"] == 19
    assert store.interactions()[0].decision == "command"
    assert said(assistant, "undo") == ["Undone: Thermostat put back."]
    assert store.device("climate.thermostat").state["target_temp"] == 20


def test_no_right_after_a_run_undoes_it_and_counts_against_the_pair(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "movie mode")
    reply = said(assistant, "no")
    assert reply == ["Undone: Living room lamp and TV put back.",
                     'What did you mean? Say it another way, or say "teach" to teach me.']
    assert store.device("media_player.tv").state["on"] is False
    assert _evidence(store, "movie mode") == {("Movie mode", 0, 1)}
    run = next(t for t in store.interactions() if t.heard == "movie mode")
    assert run.feedback == "wrong"


def test_no_later_on_is_not_an_undo(store):
    seed_routines(store)
    clock = Clock()
    assistant, _ = make_assistant(store, clock=clock)
    said(assistant, "movie mode", "help")
    assert said(assistant, "no")[0].startswith("There's nothing to answer right now.")
    assert store.device("media_player.tv").state["on"] is True


def test_nothing_to_undo(store):
    assistant, _ = make_assistant(store)
    assert said(assistant, "undo") == ["There is nothing to undo."]


def test_resolve_has_no_side_effects_and_the_resolver_is_cached(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    first = assistant._get_resolver()
    assert assistant.resolve("movie mode").routine == "Movie mode"
    assert assistant._get_resolver() is first
    assert store.interactions() == []
    store.add_phrase("Movie mode", "film night")
    assert assistant._get_resolver() is not first
    assert assistant.resolve("film night").decision == "run"


def test_unsubscribe_stops_events(store):
    assistant, events = make_assistant(store)
    later: list = []
    stop = assistant.subscribe(later.append)
    said(assistant, "help")
    count = len(later)
    stop()
    said(assistant, "help")
    assert count > 0 and len(later) == count and len(events) > count


def test_a_broken_listener_does_not_break_a_turn(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)

    def broken(event):
        raise RuntimeError("listener bug")

    assistant.subscribe(broken)
    assert said(assistant, "movie mode") == ["Movie mode: set TV on at 40 % and then set Living room lamp on at 20 %."]


def test_a_waiting_routine_can_be_cancelled_from_another_thread(store):
    """The window's Stop (``cancel_run``, on the GUI thread) ends a routine's pause: the
    turn has answered at the pause, and the rest's report says it was stopped."""
    add_routine(store, "Slow", ["slow start"], [
        SetStep("light.desk_lamp", {"on": True}), WaitStep(600),
        SetStep("light.kitchen_lights", {"on": True})])
    assistant, events = make_assistant(store)
    assert said(assistant, "slow start") == [
        'Slow: turned on Desk lamp. In 10 minutes it will turn on Kitchen lights. Say "stop" '
        'to cancel it.']
    ended = threading.Event()
    assistant.subscribe(lambda e: ended.set() if isinstance(e, LaterReplies) else None)
    stopper = threading.Thread(target=assistant.cancel_run)
    stopper.start()
    stopper.join(30)
    assert ended.wait(30)
    assert [e.lines for e in events if isinstance(e, LaterReplies)] == [
        ['Slow: stopped; the rest did not run. Say "undo" to put back what changed.']]
    assert store.device("light.kitchen_lights").state["on"] is False
    assert said(assistant, "undo") == ["Undone: Desk lamp put back."]
    assert store.device("light.desk_lamp").state["on"] is False


def test_set_device_from_a_tile_is_undoable(store):
    assistant, _ = make_assistant(store)
    device = assistant.set_device("cover.living_room_blinds", {"position": 60})
    assert device.state["position"] == 60
    assistant.undo()
    assert store.device("cover.living_room_blinds").state["position"] == 0


def test_replies_are_spoken(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "wake up")
    assert assistant.speaker.said == ["Wake up: opened Living room blinds and then turned on Coffee maker."]


def test_relative_commands_start_from_the_current_state(store):
    assistant, _ = make_assistant(store)
    assistant.handle_text("desk lamp to 50 percent")
    assistant.handle_text("desk lamp brighter")
    first = store.device("light.desk_lamp").state["brightness"]
    assistant.handle_text("desk lamp brighter")
    assert 50 < first < store.device("light.desk_lamp").state["brightness"]


def test_never_mind_with_nothing_open_leaves_things_be(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "movie mode", "help")
    assert said(assistant, "never mind")[0].startswith("OK, I'll leave things as they are.")
    assert store.device("media_player.tv").state["on"] is True


def test_a_question_about_several_devices_is_answered_by_naming_one(store):
    assistant, _ = make_assistant(store)
    question = said(assistant, "turn on the lamp")[0]
    assert question.startswith("Do you want me to turn on") and "which one" in question
    assert said(assistant, "the desk one") == ["Desk lamp: on."]
    assert store.device("light.desk_lamp").state["on"] is True
    assert store.device("light.desk_lamp").state["brightness"] != 1  # "one" is the lamp
    assert store.device("light.bedroom_lamp").state["on"] is False
    assert store.device("light.living_room_lamp").state["on"] is False


def test_the_answer_may_pick_by_room_or_take_them_all(store):
    assistant, _ = make_assistant(store)
    said(assistant, "turn on the lamp")
    assert said(assistant, "the one in the bedroom") == ["Bedroom lamp: on."]
    said(assistant, "turn off the lamps")
    said(assistant, "turn on the lamp")
    said(assistant, "all of them")
    assert all(store.device(f"light.{name}").state["on"]
               for name in ("desk_lamp", "bedroom_lamp", "living_room_lamp"))


def test_the_light_with_several_lights_and_no_room_is_asked_about(store):
    assistant, _ = make_assistant(store)
    assert said(assistant, "turn on the light")[0].startswith("Do you want me to turn on")
    assert not any(d.state.get("on") for d in store.devices() if d.kind == "light")
    # a room named between is still one thing: the living room has a lamp and a ceiling light
    assert said(assistant, "turn on the living room light") == [
        "Do you want me to turn on Ceiling light and Living room lamp? Say yes, or which one."]
    assert said(assistant, "the lamp") == ["Living room lamp: on."]
    assert not store.device("light.ceiling_light").state["on"]
    # the room's lights, plural, are all of them
    said(assistant, "turn on the living room lights")
    assert store.device("light.ceiling_light").state["on"]


def test_and_the_fan_right_after_a_command_does_the_same_for_it(store):
    clock = Clock()
    assistant, _ = make_assistant(store, clock)
    said(assistant, "turn on the desk lamp")
    assert said(assistant, "and the bedroom lamp") == ["Bedroom lamp: on."]
    assert said(assistant, "the bedroom fan too") == ["Bedroom fan: on."]
    said(assistant, "undo")  # one command at a time
    assert store.device("fan.bedroom_fan").state["on"] is False
    assert store.device("light.bedroom_lamp").state["on"] is True
    # heard doubtfully, the follow-up is asked about, as any command is
    said(assistant, "turn on the desk lamp")
    doubtful = assistant.handle(TurnInput("and the office speaker", source=Source.AUDIO,
                                          confidence=0.2, open_vocabulary=True))
    assert doubtful.lines[0].startswith("Do you want me to turn on Office speaker?")
    assert store.device("media_player.office_speaker").state["on"] is False
    # long after, "and the tv" is not taken as a follow-up: the TV named alone (7c7058d)
    clock.advance(600)
    assert said(assistant, "and the tv")[0].startswith("TV is off. Say what to do with it")
    assert store.device("media_player.tv").state["on"] is False


@pytest.mark.parametrize("words", ["what's the weather", "who won the match?",
                                   "is it going to rain", "what's on my calendar",
                                   "why is the sky blue", "why is it so cold"])
def test_a_question_about_the_world_is_not_offered_for_teaching(store, words):
    """"I don't know 'what's the weather'. Shall I learn it?" promised an answer no routine
    can give; "what's on my calendar" was read as "what's on?" and listed the devices. A
    "why" no talk answers was offered so (a "why" is read as talk, not as a question)."""
    assistant, _ = make_assistant(store)
    [reply] = said(assistant, words)
    assert reply.startswith(f"I can't answer \"{words}\": I know this home's devices")
    assert said(assistant, "yes") == [
        "There's nothing to answer right now. Say a phrase, or \"teach\" to teach me a new one."]


@pytest.mark.parametrize("words", ["how do i use you", "what can i ask you", "help me",
                                   "what should I do first?", "where do I start"])
def test_asking_how_to_use_the_app_is_help(store, words):
    assistant, _ = make_assistant(store)
    [reply] = said(assistant, words)
    assert "to hear the words for anything else" in reply and "remind me to call mum at 5" in reply


def test_help_says_how_to_begin_and_names_a_routine_in_its_examples(store):
    """With nothing taught, "help" said "I don't know any phrases yet. Say a phrase to
    run it"; with routines, its examples said "what does <routine> do?" aloud."""
    assistant, _ = make_assistant(store)
    assert said(assistant, "help")[0].startswith(
        'I don\'t know any phrases yet: say "teach" to teach me one. You can say a device '
        "command such as")
    seed_routines(store)
    [reply] = said(assistant, "what can you do")
    # (its name does not say the half of the day: the example says it, so it asks nothing)
    assert '"what does movie mode do?"' in reply and '"run movie mode every day at 7 pm"' in reply
    assert "<routine>" not in reply


def test_how_to_start_with_nothing_taught_says_how_to_teach(store):
    """"how do I start?" in a new home said 'Say its phrase, e.g. "movie night"', a
    routine it does not have."""
    assistant, _ = make_assistant(store)
    assert said(assistant, "how do I start?")[0].startswith(
        'There is no phrase to say yet: say "teach", then the phrase')
    seed_routines(store)
    assert said(assistant, "how do I start?")[0].startswith('Say its phrase, e.g. "movie mode"')


def test_a_device_unclear_but_already_as_asked_is_said_so_not_asked_about(store):
    # every lamp is off: whichever one was meant, nothing is left to do or to ask
    assistant, _ = make_assistant(store)
    assert said(assistant, "turn the lamp off") == [
        "Bedroom lamp, Living room lamp and Desk lamp are already off."]
    assert assistant._pending is None
    # one of them on: the unclear "the lamp" still asks before turning any on
    said(assistant, "turn on the bedroom lamp")
    assert said(assistant, "turn the lamp on")[0].startswith("Do you want me to turn on")
    assert not store.device("light.desk_lamp").state.get("on")
