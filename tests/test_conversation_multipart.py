"""Several things in one sentence: each part decided, all or nothing, one undo; "it"
and "them" for the devices last acted on."""

from __future__ import annotations

from _assistant_helpers import add_routine, make_assistant, seed_routines

from teachapp.conversation import Action, TurnInput
from teachapp.domain import SetStep


def _states(store):
    return {d.id: dict(d.state) for d in store.devices()}


def test_a_routine_and_a_command_run_together_and_one_undo_restores_both(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    before = _states(store)
    result = assistant.handle(TurnInput("reading mode and close the blinds"))
    assert result.action == Action.RUN_ROUTINE and result.run is not None and result.run.ok
    assert store.device("light.living_room_lamp").state["brightness"] == 100
    assert store.device("cover.living_room_blinds").state["position"] == 0
    assistant.handle(TurnInput("undo"))
    assert _states(store) == before


def test_commands_for_several_devices(store):
    assistant, _events = make_assistant(store)
    assistant.handle(TurnInput("desk lamp to 30 percent and bedroom fan on"))
    assert store.device("light.desk_lamp").state["brightness"] == 30
    assert store.device("fan.bedroom_fan").state["on"] is True


def test_an_unsure_part_runs_nothing_and_is_asked_about(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    add_routine(store, "Movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    before = _states(store)
    result = assistant.handle(TurnInput("close the blinds and turn up the volume"))
    assert result.run is None and result.action == Action.ASK
    assert "turn up the volume" in result.question and "Nothing has run yet" in result.question
    assert _states(store) == before
    assert assistant.handle(TurnInput("no")).lines == ["OK, I did none of it."]
    assert _states(store) == before


def test_yes_to_the_unsure_part_runs_every_part(store):
    assistant, _events = make_assistant(store)
    result = assistant.handle(TurnInput("close the blinds and turn up the volume"))
    assert result.question is not None
    done = assistant.handle(TurnInput("yes"))
    assert done.run is not None and done.run.ok
    assert store.device("cover.living_room_blinds").state["position"] == 0
    assert store.device("media_player.tv").state["volume"] > 20


def test_a_part_not_understood_runs_nothing_and_is_offered_for_teaching(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    before = _states(store)
    result = assistant.handle(TurnInput("reading mode and purple elephant dance"))
    assert result.run is None
    assert 'I don\'t know "purple elephant dance"' in result.question
    assert _states(store) == before
    teaching = assistant.handle(TurnInput("yes"))
    assert "purple elephant dance" in " ".join(teaching.lines)


def test_a_question_part_is_not_offered_for_teaching(store):
    """"reading mode and what's the weather" offered to learn "what's the weather", as
    the whole question alone no longer is: a routine cannot answer it."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    before = _states(store)
    result = assistant.handle(TurnInput("reading mode and what's the weather"))
    assert result.run is None and _states(store) == before
    assert result.lines[0].startswith(
        'Nothing was done. I understood "reading mode", but I can\'t answer "what\'s the weather')
    assert result.question is None
    assert assistant.handle(TurnInput("yes")).lines == [
        "There's nothing to answer right now. Say a phrase, or \"teach\" to teach me a new one."]


def test_a_taught_phrase_with_and_runs_whole(store):
    add_routine(store, "Rock and roll", ["rock and roll"],
                [SetStep("media_player.tv", {"on": True, "volume": 80})])
    assistant, _events = make_assistant(store)
    result = assistant.handle(TurnInput("rock and roll"))
    assert result.routine == "Rock and roll" and result.run.ok


def test_it_and_them_mean_the_devices_last_acted_on(store):
    assistant, _events = make_assistant(store)
    assistant.handle(TurnInput("desk lamp to 80 percent"))
    said = assistant.handle(TurnInput("turn it down a bit")).lines
    brightness = store.device("light.desk_lamp").state["brightness"]
    assert brightness < 80
    # read back as any device command is: the new state, not the request again
    assert said == [f"Desk lamp: on, brightness {brightness} %."]
    assistant.handle(TurnInput("turn on the bedroom lamp and the desk lamp"))
    assert assistant.handle(TurnInput("turn them off")).lines == [
        "Bedroom lamp: off.", "Desk lamp: off."]
    assert store.device("light.bedroom_lamp").state["on"] is False
    assert store.device("light.desk_lamp").state["on"] is False


def test_why_after_a_sentence_of_several_parts(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assistant.handle(TurnInput("wake up and turn off the desk lamp"))
    text = " ".join(assistant.handle(TurnInput("why did you do that?")).lines)
    assert "split it into parts" in text and "Wake up" in text and "Desk lamp" in text


def test_parts_that_are_no_command_alone_are_not_read_as_one(store):
    """The action of one part must not meet the devices of another."""
    assistant, _events = make_assistant(store)
    before = _states(store)
    result = assistant.handle(TurnInput("please power down and can you bright the lights please"))
    assert result.run is None and result.question is not None
    assert _states(store) == before


def test_the_lamp_among_several_is_asked_about_not_run(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    before = _states(store)
    result = assistant.handle(TurnInput("reading mode and turn on the lamp"))
    assert result.run is None and result.action == Action.ASK
    assert "turn on the lamp" in result.question and "Desk lamp" in result.question
    assert _states(store) == before
    alone = assistant.handle(TurnInput("turn the kitchen lights up to eight"))
    assert alone.run is None and "80 %" in alone.question
    assert _states(store) == before


def test_three_parts_are_read_back_as_commands_are(store):
    assistant, _events = make_assistant(store)
    result = assistant.handle(TurnInput("close the blinds, turn on the bedroom fan and "
                                        "lock the front door"))
    assert result.run is not None and result.run.ok
    assert result.lines == ["Bedroom fan: on.", "Living room blinds were already closed. "
                            "Front door was already locked."]


def test_it_in_a_part_that_names_its_own_devices_is_about_those(store):
    """"i want the kitchen lights off, can you do it": the part says which devices;
    its "it" is not the TV the routine before it turned on."""
    assistant, _events = make_assistant(store)
    add_routine(store, "Movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant.handle(TurnInput("turn on the kitchen lights"))
    result = assistant.handle(TurnInput(
        "movie night and i want the kitchen lights switched off can you do it for me"))
    assert result.run is not None and result.run.ok
    assert store.device("media_player.tv").state["on"] is True
    assert store.device("light.kitchen_lights").state["on"] is False
    assistant.handle(TurnInput("desk lamp on"))
    assistant.handle(TurnInput("the kitchen lights are too dark, brighten them"))
    assert store.device("light.kitchen_lights").state["on"] is True
    assert store.device("light.desk_lamp").state.get("brightness", 100) == 100


def test_a_tag_that_only_asks_belongs_to_the_part_before_it(store):
    """"..., can you do it": not a part of its own that nobody taught (nothing ran)."""
    assistant, _events = make_assistant(store)
    result = assistant.handle(TurnInput(
        "turn on the kitchen lights and i want the tv on, can you do it"))
    assert result.run is not None and result.run.ok
    assert store.device("light.kitchen_lights").state["on"] is True
    assert store.device("media_player.tv").state["on"] is True
    result = assistant.handle(TurnInput("close the blinds, please"))
    assert store.device("cover.living_room_blinds").state["position"] == 0


def test_a_wake_word_before_a_comma_belongs_to_the_part_after_it(store):
    """"hey google, good night" was split into "hey google" (not known) and "good night":
    nothing ran and the app offered to learn "hey google"."""
    assistant, _events = make_assistant(store)
    add_routine(store, "good night", ["good night"],
                [SetStep("light.kitchen_lights", {"on": False})])
    assistant.handle(TurnInput("turn on the kitchen lights"))
    result = assistant.handle(TurnInput("hey google, good night"))
    assert result.action == Action.RUN_ROUTINE and result.routine == "good night"
    assert store.device("light.kitchen_lights").state["on"] is False
    result = assistant.handle(TurnInput("alexa, good night and turn on the tv"))
    assert result.run is not None and result.run.ok
    assert store.device("media_player.tv").state["on"] is True


def test_a_part_that_only_names_a_room_borrows_the_action_before_it(store):
    """"turn on the lights in the bedroom and the kitchen": "I don't know 'the kitchen'"."""
    assistant, _events = make_assistant(store)
    result = assistant.handle(TurnInput("turn on the lights in the bedroom and the kitchen"))
    assert result.run is not None and result.run.ok
    assert store.device("light.bedroom_lamp").state["on"] is True
    assert store.device("light.kitchen_lights").state["on"] is True
    assert store.device("light.desk_lamp").state["on"] is False


def test_a_phrase_with_calls_around_it_is_one_request_whatever_its_commas(store):
    """ "house, movie night" and "um, movie night, ta love" call the house and thank it:
    one taught phrase, not parts ("house" was asked about as a part of its own)."""
    add_routine(store, "Movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    add_routine(store, "Leaving", ["goodbye house"], [SetStep("light.desk_lamp", {"on": False})])
    assistant, _events = make_assistant(store)
    for text in ("house, movie night", "um, er, movie night, ta love"):
        result = assistant.handle(TurnInput(text))
        assert result.action == Action.RUN_ROUTINE and result.routine == "Movie night", text


def test_a_run_the_resolver_took_back_is_not_split_into_parts_that_run(store):
    """"reading mode, so it's already on" says the routine has no need to run; the "it"
    is the routine's, not the last lamp's: split, its second part once turned that lamp
    on."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assistant.handle(TurnInput("turn off the living room lamp"))
    before = _states(store)
    for said in ("reading mode, so it's already on", "reading mode, so it is already on"):
        result = assistant.handle(TurnInput(said))
        assert result.run is None and result.action != Action.RUN_ROUTINE, said
        assert _states(store) == before, said


def test_a_remark_beside_the_part_asked_about_holds_nothing_back(store):
    # "Nothing has run yet." said that other requests wait for the answer; beside a
    # remark ("i'm knackered") there is none, and the words only puzzled
    assistant, _events = make_assistant(store)
    add_routine(store, "Reading time", ["reading time"],
                [SetStep("light.living_room_lamp", {"on": True, "brightness": 100})])
    before = _states(store)
    result = assistant.handle(TurnInput("reading, i'm knackered"))
    assert result.action == Action.ASK
    assert result.question == 'By "reading", did you mean reading time?'
    assert assistant.handle(TurnInput("no")).lines == ["OK, I did none of it."]
    assert _states(store) == before
    # beside a request that waits, it is still said
    result = assistant.handle(TurnInput("close the blinds and turn up the volume"))
    assert result.question.startswith("Nothing has run yet. ")


def test_a_part_asked_in_passing_is_answered_once(store, monkeypatch):
    """"is the tv on and what time is it": whether "what time is it" asks of its own and
    its answer are one answer (it was asked of the asides twice a turn)."""
    assistant, _events = make_assistant(store)
    asked: list[str] = []
    answered = assistant._answered_in_passing

    def counted(replies, text):
        asked.append(text)
        return answered(replies, text)

    monkeypatch.setattr(assistant, "_answered_in_passing", counted)
    result = assistant.handle(TurnInput("is the tv on and what time is it"))
    assert result.lines[0].startswith("TV is off. It's ")
    assert asked.count("what time is it") == 1, asked


def test_a_second_request_after_a_pause_runs_nothing_and_is_offered_for_teaching(store):
    """"reading mode, and make coffee" ran Reading mode and replied "Reading mode.", the
    second request dropped (the comma of a pause; without it nothing ran)."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    before = _states(store)
    result = assistant.handle(TurnInput("reading mode, and make coffee"))
    assert result.run is None and _states(store) == before
    assert 'I don\'t know "make coffee"' in result.question


def test_a_second_request_no_list_knows_is_offered_for_teaching(store):
    """"reading mode, and renew my passport" ran Reading mode and replied "Reading mode.",
    the passport dropped: "renew" is on no list of request words, and the clause after
    "and" was read as the speaker's own. Its shape, a verb and its object, asks."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    before = _states(store)
    result = assistant.handle(TurnInput("reading mode, and renew my passport"))
    assert result.run is None and _states(store) == before
    assert 'I don\'t know "renew my passport"' in result.question
