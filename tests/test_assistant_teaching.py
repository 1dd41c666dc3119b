"""The teaching dialogue of the engine: every path, including leaving it mid-way."""

from __future__ import annotations

import pytest
from _assistant_helpers import Clock, add_routine, make_assistant, said, seed_routines

from teachapp.conversation.events import RoutinesChanged, TeachingChanged
from teachapp.domain import SayStep, SetStep, WaitStep
from teachapp.errors import AttributeValueError, ConflictError, UnknownDeviceError
from teachapp.speech.transcript import Transcript

DESIGN_SEQUENCE = ["teach", "study mode", "desk lamp to 80 percent", "done", "yes"]


def test_the_design_sequence_stores_the_routine_exactly_as_said(store):
    assistant, events = make_assistant(store)
    before = store.device("light.desk_lamp").state
    replies = [assistant.handle_text(turn) for turn in DESIGN_SEQUENCE]
    assert replies == [
        ["What's the phrase?"],
        ['What should "study mode" do? Tell me, or set the devices, then say "done".'],
        ["Desk lamp → on, brightness 80 %, when the routine runs."],
        ['"study mode" will set Desk lamp on at 80 %. Shall I save it?'],
        ['Saved. Say "study mode" any time.'],
    ]
    routine = store.routine("study mode")
    assert routine.name == "study mode"  # as `teachapp teach` and the window name it
    assert [(p.text, p.origin) for p in routine.phrases] == [("study mode", "taught")]
    assert routine.steps == [SetStep("light.desk_lamp", {"on": True, "brightness": 80})]
    assert routine.source == "voice"
    # Teaching records what to do; it does not do it.
    assert store.device("light.desk_lamp").state == before
    assert assistant.teaching is None
    assert any(isinstance(e, RoutinesChanged) for e in events)
    assert [e for e in events if isinstance(e, TeachingChanged)][-1].session is None
    # From now on the phrase runs it.
    assert assistant.handle_text("study mode") == ["Study mode: set Desk lamp on at 80 %."]
    assert store.device("light.desk_lamp").state["brightness"] == 80


@pytest.mark.parametrize("steps_before_leaving", [1, 2, 3, 4])
@pytest.mark.parametrize("leave", ["cancel", "never mind", "stop"])
def test_the_person_can_leave_at_any_step(store, steps_before_leaving, leave):
    assistant, events = make_assistant(store)
    said(assistant, *DESIGN_SEQUENCE[:steps_before_leaving])
    assert assistant.teaching is not None
    # (what was let go, by name: it was "OK, I won't save it." with no phrase yet too)
    assert assistant.handle_text(leave) == ["OK, nothing was taught." if steps_before_leaving
                                            == 1 else 'OK, "study mode" was not taught.']
    assert assistant.teaching is None
    assert store.routine_names() == []
    assert [e for e in events if isinstance(e, TeachingChanged)][-1].session is None
    # Back to normal turns: the phrase is unknown, the device command works.
    assert assistant.handle_text("desk lamp to 30 percent") == ["Desk lamp: on, brightness 30 %."]


def test_a_phrase_that_an_existing_routine_has_is_refused(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "teach")
    reply = assistant.handle_text("Movie mode")
    assert reply == ['"Movie mode" already starts movie mode. Say another phrase, or "cancel".']
    assert assistant.teaching.stage == "phrase"
    assert assistant.handle_text("cinema time")[-1].startswith('What should "cinema time" do?')


def test_a_phrase_that_sounds_like_an_existing_one_is_warned_about(store):
    add_routine(store, "Study mode", ["study mode"], [SetStep("light.desk_lamp", {"on": True})])
    assistant, _ = make_assistant(store)
    said(assistant, "teach")
    reply = assistant.handle_text("steady mode")
    assert reply[0].startswith('Careful: "steady mode" sounds like "study mode", one of your '
                               "routines, so I may mix them up.")
    session = assistant.teaching
    assert session.stage == "actions"
    assert [w.routine for w in session.warnings] == ["Study mode"]
    # The person may go on anyway, or choose another phrase.
    assert assistant.handle_text("the phrase is focus time") == ['The phrase is now "focus time".']
    said(assistant, "lock the front door", "done", "yes")
    assert store.routine("focus time").steps == [SetStep("lock.front_door", {"locked": True})]


def test_a_phrase_that_is_a_device_command_is_warned_about(store):
    """"teach", "turn on the desk lamp" made a routine that lit another lamp, and the
    desk lamp could no longer be turned on by saying so: unwarned."""
    assistant, _ = make_assistant(store)
    said(assistant, "teach")
    reply = assistant.handle_text("turn on the desk lamp")
    assert reply == [
        'Careful: "turn on the desk lamp" is also a device command (turn on Desk lamp). '
        'Once taught, saying it runs this routine instead. Say "the phrase is ..." to '
        "choose another, or go on.",
        'What should "turn on the desk lamp" do? Tell me, or set the devices, then say '
        '"done".']
    # Going on teaches it ("lights off" may mean more than the lights) ...
    said(assistant, "lock the front door", "done", "yes")
    assert store.routine("turn on the desk lamp").steps == [
        SetStep("lock.front_door", {"locked": True})]
    # ... and a phrase that is no command is not warned about.
    said(assistant, "teach")
    assert assistant.handle_text("focus time") == [
        'What should "focus time" do? Tell me, or set the devices, then say "done".']

def test_an_unknown_device_while_teaching_adds_nothing(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "pool party")
    reply = assistant.handle_text("turn on the jacuzzi")
    assert reply[0].startswith('I didn\'t get "turn on the jacuzzi" as something to do.')
    assert "Desk lamp" in reply[0]
    # Nor a guess at a device the home lacks (the parser may refuse or guess unsurely).
    reply = assistant.handle_text("garage light to 50 percent")
    assert reply[0].startswith(("I'm not sure which device you mean", "I didn't get"))
    assert assistant.teaching.targets == {}
    assert assistant.handle_text("done")[0].startswith('"pool party" doesn\'t do anything yet.')
    assert assistant.teaching.stage == "actions"


def test_an_out_of_range_value_is_explained_and_not_added(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "too bright")
    reply = assistant.handle_text("desk lamp to 150 percent")
    assert "150" in reply[0] and reply[0].endswith("Nothing was added.")
    assert assistant.teaching.targets == {}


def test_a_one_second_pause_is_said_in_the_singular(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "porch welcome")
    said(assistant, "turn off the kitchen lights")
    assert said(assistant, "wait one second") == ["Then wait 1 second."]
    assert said(assistant, "done")[0] == (
        '"porch welcome" will turn off Kitchen lights and then wait 1 second. Shall I save it?')
    said(assistant, "yes")
    assert "wait 1 second" in said(assistant, "what does porch welcome do")[0]


def test_and_the_fan_while_teaching_adds_the_same_change_for_it(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "wake the house")
    said(assistant, "turn on the desk lamp to full")
    assert said(assistant, "and the bedroom lamp") == [
        "Bedroom lamp → on, brightness 100 %, when the routine runs."]
    # another kind: switched on, not set to the lamp's value
    assert said(assistant, "the bedroom fan too") == ["Bedroom fan → on, when the routine runs."]
    said(assistant, "done", "yes")
    assert store.routine("wake the house").steps == [
        SetStep("light.desk_lamp", {"on": True, "brightness": 100}),
        SetStep("light.bedroom_lamp", {"on": True, "brightness": 100}),
        SetStep("fan.bedroom_fan", {"on": True})]


def test_several_devices_pauses_and_spoken_replies_keep_their_order(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "good night")
    assert said(assistant, "turn off the kitchen lights") == [
        "Kitchen lights → off, when the routine runs."]
    assert said(assistant, "wait five seconds") == ["Then wait 5 seconds."]
    assert said(assistant, "then say Sleep well!") == ['Then say "Sleep well".']
    # (first named after the pause, so set after it: "when the routine runs" misled)
    assert said(assistant, "lock the front door", "thermostat to 19 degrees") == [
        "Front door → locked, after the pause.",
        "Thermostat → set to 19 °C, after the pause."]
    confirm = said(assistant, "done")[0]
    assert confirm == ('"good night" will turn off Kitchen lights, wait 5 seconds, say '
                       '"Sleep well", lock Front door and then set Thermostat to 19 °C. '
                       "Shall I save it?")
    said(assistant, "yes")
    assert store.routine("good night").steps == [
        SetStep("light.kitchen_lights", {"on": False}), WaitStep(5), SayStep("Sleep well"),
        SetStep("lock.front_door", {"locked": True}),
        SetStep("climate.thermostat", {"target_temp": 19})]


def test_no_at_the_end_goes_back_and_undo_takes_back_the_last_command(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "cosy", "living room lamp to 40 percent", "turn on the tv", "done")
    assert said(assistant, "no")[0].startswith("Not saved yet.")
    assert assistant.teaching.stage == "actions"
    assert said(assistant, "that's wrong") == ["Removed TV."]
    assert said(assistant, "remove the living room lamp") == [
        'OK, not the living room lamp. "cosy" doesn\'t do anything yet.']
    assert assistant.teaching.targets == {}
    said(assistant, "use how the tv and the desk lamp are now")
    assert list(assistant.teaching.targets) == ["media_player.tv", "light.desk_lamp"]
    assert assistant.teaching.targets["light.desk_lamp"] == store.device("light.desk_lamp").state


def test_use_how_things_are_now_asks_which_devices(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "as it is")
    reply = said(assistant, "use how things are now")
    assert reply[0].startswith("Which devices should I take as they are now?")
    assert assistant.teaching.targets == {}


def test_the_phrase_heard_while_teaching_is_kept_as_an_alias(store):
    heard = []

    def recognize(path, *, mode, phrases, settings=None):
        heard.append(mode)
        return Transcript(text="study mowed", confidence=0.6)

    assistant, _ = make_assistant(store, recognize=recognize)
    said(assistant, "teach")
    reply = assistant.handle_audio("phrase.wav")
    assert heard == ["teach"]
    assert reply[0].startswith('I heard "study mowed". What should it do?')
    said(assistant, "the phrase is study mode", "desk lamp to 80 percent", "done", "yes")
    routine = store.routine("Study mode")
    assert [(p.text, p.origin) for p in routine.phrases] == [
        ("study mode", "taught"), ("study mowed", "learned")]
    assert ("study mowed", "study mode", "learned") in assistant.learned_aliases()


def test_the_window_teaches_through_the_api(store):
    assistant, events = make_assistant(store)
    assert assistant.start_teaching() == ["What's the phrase?"]
    assistant.teach_set_phrase("Focus")
    assistant.teach_set_target("light.desk_lamp", {"on": True, "brightness": "70"})
    with pytest.raises(AttributeValueError):
        assistant.teach_set_target("light.desk_lamp", {"brightness": 170})
    with pytest.raises(UnknownDeviceError):
        assistant.teach_set_target("light.garage", {"on": True})
    assistant.teach_capture_current(["media_player.office_speaker"])
    assistant.teach_remove_target("media_player.office_speaker")
    session = assistant.teaching
    assert session.phrase == "Focus"
    assert session.targets == {"light.desk_lamp": {"on": True, "brightness": 70}}
    # The snapshot is a copy: changing it does not change the dialogue.
    session.targets.clear()
    assert assistant.teaching.targets
    routine = assistant.teach_save("Deep work")
    assert routine.name == "Deep work" and routine.phrase_texts() == ["Focus"]
    assert [e.session for e in events if isinstance(e, TeachingChanged)][-1] is None


def test_saving_without_actions_or_phrase_is_refused(store):
    assistant, _ = make_assistant(store)
    assistant.start_teaching()
    with pytest.raises(ConflictError):
        assistant.teach_save()
    assistant.teach_set_phrase("empty")
    with pytest.raises(ConflictError):
        assistant.teach_save()


def test_a_rejected_phrase_can_be_taught_straight_away(store):
    seed_routines(store)
    assistant, _ = make_assistant(store, clock=Clock())
    assert said(assistant, "bath time") == ['I don\'t know "bath time". Shall I learn it?']
    assert said(assistant, "yes") == [
        'What should "bath time" do? Tell me, or set the devices, then say "done".']
    said(assistant, "turn on the bedroom fan", "done", "yes")
    assert store.routine("Bath time").steps == [SetStep("fan.bedroom_fan", {"on": True})]


def test_teach_from_history_starts_with_the_heard_text(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "bath time", "no")
    turn = next(t for t in store.interactions() if t.heard == "bath time")
    assert assistant.teach_from_history(turn.id)[-1].startswith('What should "bath time" do?')
    assert assistant.teaching.phrase == "bath time"


def test_teach_with_the_phrase_in_one_go(store):
    assistant, _ = make_assistant(store)
    assert said(assistant, "teach coffee time")[-1].startswith('What should "coffee time" do?')
    said(assistant, "turn on the coffee maker", "done", "yes")
    assert store.routine("Coffee time").phrase_texts() == ["coffee time"]


def test_dialogue_words_cannot_be_phrases(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach")
    assert said(assistant, "done")[0].startswith('"done" is a word I use when we talk')
    assert assistant.teaching.stage == "phrase"


def test_teaching_turns_are_logged(store):
    assistant, _ = make_assistant(store)
    said(assistant, *DESIGN_SEQUENCE)
    turns = list(reversed(store.interactions()))
    assert [t.heard for t in turns] == DESIGN_SEQUENCE
    assert [t.outcome for t in turns] == ["teach", "phrase", "target", "confirm", "saved"]


def test_another_routine_said_while_teaching_brings_its_steps(store):
    """"wind down" while teaching "bedtime" copies what Wind down does (it was "I didn't
    get that as something to do"); the new routine keeps its own copy."""
    seed_routines(store)
    assistant, _ = make_assistant(store)
    lines = said(assistant, "teach", "bedtime", "movie mode", "and then run wake up",
                 "done", "yes")
    assert "What movie mode does:" in lines and "What wake up does:" in lines
    steps = store.routine("bedtime").steps
    assert steps == [SetStep("media_player.tv", {"on": True, "volume": 40}),
                     SetStep("light.living_room_lamp", {"on": True, "brightness": 20}),
                     SetStep("cover.living_room_blinds", {"position": 100}),
                     SetStep("switch.coffee_maker", {"on": True})]
    assert store.device("media_player.tv").state["on"] is False  # taught, not done
    said(assistant, "forget movie mode", "yes")
    assert store.routine("bedtime").steps == steps
    assert said(assistant, "teach", "nap", "purple elephant")[-1].startswith(
        "I didn't get \"purple elephant\" as something to do.")


def test_a_target_names_its_attributes_as_every_other_reply_does():
    """The teach panel's "Targets:" line said "color temp" where the tiles and the
    read-backs say "colour temp"."""
    from teachapp.conversation import describe_target

    assert describe_target("light.floor_lamp", {"on": True, "color_temp": 2700},
                           "Floor lamp") == "Floor lamp on, colour temp 2700 K"


def test_a_phrase_of_small_words_only_is_refused_and_never_offered(store):
    assistant, _ = make_assistant(store)
    # said alone, "and" or "um" is no request, and not offered for teaching
    assert said(assistant, "and") == ['I didn\'t catch a request in "and". Say a phrase, '
                                      'or "help".']
    assert said(assistant, "yes")[0].startswith("There's nothing to answer")
    # taught, it is refused with what to say instead; a carrier word of its own is fine
    said(assistant, "teach")
    assert said(assistant, "and the")[0].startswith('"and the" has no word I could listen for')
    assert said(assistant, "start")[0].startswith('What should "start" do?')


def test_an_answer_to_shall_i_save_it_that_is_not_yes_or_no_asks_again(store):
    """A new user said the phrase again to try it; the question was lost and every later
    turn met a list of devices."""
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "morning tea", "turn on the desk lamp", "that's it")
    assert assistant.teaching.stage == "confirm"
    reply = assistant.handle_text("morning tea")
    assert reply == ['"morning tea" will turn on Desk lamp. Say "yes" to save it, "no" to '
                     'change it, or "cancel".']
    assert assistant.teaching.stage == "confirm"
    assert assistant.handle_text("yes") == ['Saved. Say "morning tea" any time.']
    assert store.routine("morning tea").steps == [SetStep("light.desk_lamp", {"on": True})]


def test_a_request_of_another_kind_while_teaching_says_how_to_leave(store):
    """(A question is answered and the teaching goes on: ``test_teaching_questions.py``.)"""
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "morning tea", "turn on the desk lamp")
    reply = assistant.handle_text("order me a pizza")
    assert reply == ['We\'re still teaching "morning tea". So far it will turn on Desk lamp. '
                     'Tell me what else it should do. Say "done" to save it, or "cancel" to '
                     'stop teaching and ask me again.']
    assert assistant.teaching.targets == {"light.desk_lamp": {"on": True}}


def test_words_not_understood_twice_say_where_we_are_instead_of_the_devices(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "pool party")
    first = assistant.handle_text("purple elephant")
    assert first[0].startswith('I didn\'t get "purple elephant" as something to do.')
    second = assistant.handle_text("I said pool party")
    assert second == ['We\'re still teaching "pool party". It doesn\'t do anything yet. Tell '
                      'me what it should do. Say "cancel" to stop teaching.']
    # Something understood in between starts the count again.
    said(assistant, "turn on the desk lamp")
    assert assistant.handle_text("purple elephant")[0].startswith("I didn't get")


def test_several_changes_said_in_one_sentence_are_taught_each_as_said(store):
    """"the desk lamp down to 20 percent, close the blinds and tv on" while teaching: read
    whole, the 20 % reached the TV's volume and the blinds' position, and "close" was
    lost. Each part is its own change, as when the sentence is said outside teaching;
    "the fan too" after it borrows the nearest part's action."""
    assistant, _events = make_assistant(store)
    said(assistant, "teach", "cinema time",
         "the desk lamp down to 20 percent, close the blinds and tv on",
         "actually add the bedroom fan too", "done", "yes")
    steps = {s.device: s.set for s in store.routine("cinema time").steps}
    assert steps == {"media_player.tv": {"on": True},
                     "light.desk_lamp": {"on": True, "brightness": 20},
                     "cover.living_room_blinds": {"position": 0},
                     "fan.bedroom_fan": {"on": True}}


def test_a_device_changed_again_after_a_pause_is_a_later_step(store):
    """"bedroom lamp to 10 percent, lock the door, wait 10 minutes, turn off the bedroom
    lamp": merged into the lamp's first target, the routine switched the lamp off at
    once and then waited ten minutes for nothing."""
    assistant, _events = make_assistant(store)
    replies = said(assistant, "teach", "bedtime", "bedroom lamp to 10 percent",
                   "lock the front door", "wait 10 minutes", "turn off the bedroom lamp",
                   "done")
    assert replies[-3:] == [
        "Then wait 10 minutes.",
        "Bedroom lamp → off, after the pause.",
        '"bedtime" will set Bedroom lamp on at 10 %, lock Front door, wait 10 minutes '
        'and then turn off Bedroom lamp. Shall I save it?']
    said(assistant, "yes")
    assert store.routine("bedtime").steps == [
        SetStep("light.bedroom_lamp", {"on": True, "brightness": 10}),
        SetStep("lock.front_door", {"locked": True}), WaitStep(600),
        SetStep("light.bedroom_lamp", {"on": False})]


def test_a_change_before_any_pause_still_corrects_the_target(store):
    assistant, _events = make_assistant(store)
    said(assistant, "teach", "reading", "desk lamp to 30 percent", "actually desk lamp to 80",
         "then say enjoy your book", "done", "yes")
    assert store.routine("reading").steps == [
        SetStep("light.desk_lamp", {"on": True, "brightness": 80}), SayStep("enjoy your book")]


def test_answering_the_offer_by_doing_it_teaches_what_was_shown(store):
    """"I don't know 'reading mode'. Shall I learn it?" answered with the change itself:
    it is done, and the app offers to remember it, so showing is teaching."""
    assistant, _events = make_assistant(store)
    assert said(assistant, "reading mode", "desk lamp to 100 percent and close the blinds") == [
        "I don't know \"reading mode\". Shall I learn it?",
        "Desk lamp: on, brightness 100 %.", "Living room blinds were already closed.",
        "Shall \"reading mode\" do that from now on?"]
    assert store.device("light.desk_lamp").state["brightness"] == 100  # done now, too
    assert said(assistant, "yes") == ["Saved. Say \"reading mode\" any time."]
    assert store.routine("Reading mode").steps == [
        SetStep("light.desk_lamp", {"on": True, "brightness": 100}),
        SetStep("cover.living_room_blinds", {"position": 0})]


@pytest.mark.parametrize("finish", ["yes", "that's it", "done"])
def test_a_routine_is_shown_one_command_at_a_time(store, finish):
    """A person shows a routine of several changes one command at a time ("and turn the
    tv off"): the second command ended the offer, so "that's it" was "nothing to answer"
    and the routine was never taught."""
    assistant, _events = make_assistant(store)
    said(assistant, "reading mode", "desk lamp to 40 percent")
    assert said(assistant, "and close the blinds") == [
        "Living room blinds are already closed.",  # (shown all the same)
        "Shall \"reading mode\" do all that (Desk lamp and Living room blinds) from now on?"]
    assert said(assistant, finish) == ["Saved. Say \"reading mode\" any time."]
    assert store.routine("Reading mode").steps == [
        SetStep("light.desk_lamp", {"on": True, "brightness": 40}),
        SetStep("cover.living_room_blinds", {"position": 0})]


def test_a_device_shown_twice_keeps_its_last_change(store):
    assistant, _events = make_assistant(store)
    said(assistant, "reading mode", "desk lamp to 40 percent", "desk lamp to 70 percent")
    said(assistant, "yes")
    assert store.routine("Reading mode").steps == [
        SetStep("light.desk_lamp", {"on": True, "brightness": 70})]


@pytest.mark.parametrize("request_", ["close the blinds, my sister is coming over",
                                      "turn on the desk lamp because it's dark"])
def test_a_request_with_its_own_reason_is_no_showing(store, request_):
    """"close the blinds, my sister is coming over" right after "I don't know "party
    time". Shall I learn it?" was asked as party time's steps ('Shall "party time" do
    that from now on?'): a request said with its reason is a request of its own, done
    and the offer dropped; said with the words offered as its reason, it shows them."""
    assistant, _events = make_assistant(store)
    said(assistant, "open the blinds", "party time")
    replies = said(assistant, request_)
    assert not any("from now on" in line for line in replies), replies
    assert said(assistant, "yes")[0].startswith("There's nothing to answer right now.")
    assert "Party time" not in store.routine_names()
    said(assistant, "open the blinds", "my sister is coming over")
    assert said(assistant, "close the blinds, my sister is coming over")[-1] == (
        "Shall \"my sister is coming over\" do that from now on?")


def test_why_while_teaching_says_what_the_turn_was_in_words(store):
    """"why did you do that?" after a step said while teaching was 'That was part of our
    conversation (target); it changed no device.': an inner word in brackets."""
    assistant, _events = make_assistant(store)
    said(assistant, "teach", "foo time", "turn off the desk lamp")
    assert said(assistant, "why did you do that?")[1] == (
        "That was a step of the routine you were teaching me: nothing moved; it happens "
        "when the routine runs.")
    said(assistant, "wait 5 seconds")
    assert said(assistant, "why?")[1] == (
        "That was a step of the routine you were teaching me: a wait between its steps.")
    said(assistant, "undo")
    assert said(assistant, "why?")[1] == (
        "That was part of our conversation; it changed no device.")


def test_that_is_it_with_nothing_shown_is_not_a_yes(store):
    assistant, _events = make_assistant(store)
    said(assistant, "reading mode")
    assert not any(line.startswith("Saved") for line in said(assistant, "that's it"))
    assert "Reading mode" not in store.routine_names()


def test_the_offer_to_remember_can_be_declined(store):
    assistant, _events = make_assistant(store)
    said(assistant, "study mode", "turn on the desk lamp")
    assert said(assistant, "no") == ["OK."]
    assert "Study mode" not in store.routine_names()


def test_save_that_as_a_phrase_teaches_the_command_just_done(store):
    """"turn on the tv", then "save that as movie time" was words to learn ("I don't
    know ..."), and "teach that as movie time" taught the phrase "that as movie time"."""
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv")
    assert said(assistant, "save that as movie time") == [
        "TV → on, when the routine runs.", '"movie time" will turn on TV. Shall I save it?']
    assert said(assistant, "yes") == ['Saved. Say "movie time" any time.']
    assert store.routine("movie time").steps == [SetStep("media_player.tv", {"on": True})]
    assert said(assistant, "teach that as bedtime") == [  # (nothing just done: asked)
        'What should "bedtime" do? Tell me, or set the devices, then say "done".']


@pytest.mark.parametrize("answer", ["no", "what time is it"])
def test_the_offer_to_remember_is_asked_once_for_the_same_words(store, answer):
    """'Shall "study mode" do that from now on?' answered "no" (or not answered) was
    asked again each time "study mode" was missed and a command said next."""
    assistant, _events = make_assistant(store)
    said(assistant, "study mode", "turn on the desk lamp", answer)
    assert said(assistant, "study mode", "turn off the desk lamp") == [  # (one rule for
        # both offers, ``offers_asked``: "Shall I learn it?" was asked again here)
        "I don't know \"study mode\". Say \"teach study mode\" to teach it to me.",
        "Desk lamp: off."]
    assert said(assistant, "yes")[0].startswith("There's nothing to answer right now.")
    assert "Study mode" not in store.routine_names()
    assert said(assistant, "nap time", "turn on the fan")[-1] == (
        "Shall \"nap time\" do that from now on?")  # (other words: asked)

@pytest.mark.parametrize("unknown", ["put the dinner on at 6", "a bit more", "what's the weather"])
def test_the_next_command_after_words_of_another_kind_is_not_taken_for_showing(store, unknown):
    """"Shall 'a bit more' do that from now on?" was asked after any command that
    followed any unknown words; words that name a time, ask or follow up are not a name
    to show the meaning of. (Words of a thing the app cannot do itself, "play some jazz",
    "call grandma", were offered for teaching, so a command after them shows them:
    ``test_chat_said_plainly``.)"""
    assistant, _events = make_assistant(store)
    said(assistant, unknown)
    replies = said(assistant, "turn on the desk lamp")
    assert not any("from now on" in line for line in replies), replies
    assert store.device("light.desk_lamp").state["on"] is True


@pytest.mark.parametrize(("said_once", "steps"), [
    ("bedroom lamp to 10 percent, lock the front door, wait 10 minutes, turn off the "
     "bedroom lamp",
     [SetStep("light.bedroom_lamp", {"on": True, "brightness": 10}),
      SetStep("lock.front_door", {"locked": True}), WaitStep(600),
      SetStep("light.bedroom_lamp", {"on": False})]),
    ("turn the desk lamp down to 10 percent, wait ten minutes, then turn it off",
     [SetStep("light.desk_lamp", {"on": True, "brightness": 10}), WaitStep(600),
      SetStep("light.desk_lamp", {"on": False})]),
    ("desk lamp on then say hello and wait 5 seconds then desk lamp off and the tv off",
     [SetStep("light.desk_lamp", {"on": True}), SayStep("hello"), WaitStep(5),
      SetStep("light.desk_lamp", {"on": False}), SetStep("media_player.tv", {"on": False})]),
])
def test_steps_with_a_pause_said_in_one_breath(store, said_once, steps):
    """Said line by line this was taught; said in one sentence, as people (and voice)
    say it, it was "I didn't get ... as something to do"."""
    assistant, _events = make_assistant(store)
    said(assistant, "teach", "nap time", said_once, "done", "yes")
    assert store.routine("nap time").steps == steps


@pytest.mark.parametrize("listed", ["desk lamp on then wait 5 seconds then desk lamp off",
                                    "turn off the tv and lock the front door"])
def test_a_list_of_things_to_do_is_not_taken_as_the_phrase(store, listed):
    """After "teach hello" (refused: no word of its own), the next sentence, a list of
    what to do, became the routine's name."""
    assistant, _events = make_assistant(store)
    said(assistant, "teach")
    [reply] = said(assistant, listed)
    assert reply.endswith("sounds like what it should do, not its name. What's the phrase? "
                          "Say a word or two of its own, like \"reading mode\"; then tell me "
                          "what it should do.")
    assert said(assistant, "lights off")[-1] == (
        "What should \"lights off\" do? Tell me, or set the devices, then say \"done\".")


@pytest.mark.parametrize("finish", ["that's all for now", "that's it for now", "I think that's it.",
                                    "that should do it", "that's about it", "that's enough",
                                    "we're done", "all set", "that's it, save it"])
def test_more_ways_of_saying_the_steps_are_over_end_them(store, finish: str) -> None:
    """Said by a person teaching in chat; each was 'I didn't get "that's all for now" as
    something to do. Name one of the devices (…) and what to set, …; or say "done".'"""
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "tea for two", "turn on the coffee maker")
    assert assistant.handle_text(finish) == [
        '"tea for two" will turn on Coffee maker. Shall I save it?']
    assert assistant.handle_text("yes") == ['Saved. Say "tea for two" any time.']
