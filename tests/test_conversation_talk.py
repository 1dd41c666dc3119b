"""Conversation commands told apart from phrases; explanations from what the
database recorded (spoken turns, asks and rejects, later sessions); learning
never sees a conversation command; the window's history shows explanations."""

from __future__ import annotations

import time

import pytest
from _assistant_helpers import STRICT, Clock, add_routine, make_assistant, said, seed_routines

from teachapp.conversation import Source, TurnInput
from teachapp.conversation.explain import explained_history, how_matched
from teachapp.conversation.talk import parse_talk
from teachapp.domain import SetStep


@pytest.mark.parametrize(("text", "kind", "target", "value"), [
    ("Why did you do that?", "explain", "", ""),
    ("what did you just do", "explain_done", "", ""),  # (the newest turn that did something)
    ("why didn't you turn on the lamp?", "explain_miss", "", ""),
    ("What did I teach you?", "taught", "", ""),
    ("what routines do you know", "taught", "", ""),
    ("what does movie mode do?", "describe", "movie mode", ""),
    ("how do I start movie mode?", "howto", "movie mode", ""),
    ("remind me how to start movie mode", "howto", "movie mode", ""),
    ("tell me what movie mode does", "describe", "movie mode", ""),
    ("forget movie mode", "forget", "movie mode", ""),
    ("please delete the study mode routine", "forget", "study mode", ""),
    ("rename movie mode to Cinema", "rename", "movie mode", "Cinema"),
    ("also call it Film Night", "add_phrase", "it", "Film Night"),
    ("stop calling it film night", "remove_phrase", "it", "film night"),
    ("add the phrase film night to movie mode", "add_phrase", "movie mode", "film night"),
    ("Thank you!", "thanks", "", ""), ("great, thanks alexa", "thanks", "", ""),
    ("cheers", "thanks", "", ""), ("hello", "greet", "", ""), ("ok google", "greet", "", ""),
    ("are you there?", "greet", "", ""),
])
def test_conversation_commands_are_recognised(text, kind, target, value):
    talk = parse_talk(text)
    assert talk is not None and (talk.kind, talk.target, talk.value) == (kind, target, value)


@pytest.mark.parametrize("text", ["movie mode", "forget it", "turn off the desk lamp",
                                  "what time is it", "reading mode and close the blinds",
                                  "let it snow", "stop", "good night",
                                  "thank you for the music", "that's it"])
def test_phrases_and_commands_are_not_conversation_commands(text):
    assert parse_talk(text) is None


@pytest.mark.parametrize("text", [
    "what routines do you have", "which routines are there", "how many routines do you know",
    "how many routines have I taught you?", "what are my routines", "what are all the routines",
    "show me your routines", "read me my routines", "what phrases have you got",
    "tell me what you know"])
def test_asking_for_every_routine_in_other_words(text):
    """A new user's first questions were offered for teaching ("I don't know 'what
    routines do you have'. Shall I learn it?")."""
    assert parse_talk(text) == parse_talk("what routines do you know")


@pytest.mark.parametrize("text", ["how many devices do you have", "what lights are there",
                                  "which lamps do you have", "list all the devices"])
def test_asking_for_every_device_in_other_words(text):
    talk = parse_talk(text)
    assert talk is not None and talk.kind == "devices"


@pytest.mark.parametrize("text", ["which lights are on", "how many lights are on",
                                  "what lights are on in the kitchen",
                                  "what routines turn on the lamp"])
def test_a_question_about_states_is_not_a_request_for_the_list(text):
    talk = parse_talk(text)  # ("what routines turn on the lamp": the routines that use it)
    assert talk is None or (talk.kind, talk.value) == ("uses_device", "the lamp")


def test_how_many_routines_is_answered_with_the_count(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    result = assistant.handle(TurnInput("how many routines are there?"))
    assert result.run is None and result.lines[0] == "You taught me 3 routines:"


def test_what_did_i_teach_you_says_when_each_runs_and_which_is_switched_off(store):
    """The list left a schedule out, and read a routine switched off as one that runs."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    said(assistant, "run wake up every weekday at 7", "disable movie mode")
    lines = said(assistant, "what did I teach you?")
    assert lines[1].startswith("Movie mode: say \"movie mode\"; it will ")
    assert lines[1].endswith(" It is switched off.")
    assert lines[3] == ("Wake up: say \"wake up\"; it will open Living room blinds and then "
                        "turn on Coffee maker, every weekday at 07:00.")


@pytest.mark.parametrize(("text", "starts"), [
    ("who are you?", "I'm teachapp, an assistant you teach"),
    ("What's your name", "I'm teachapp"), ("are you a robot", "I'm teachapp"),
    ("how are you doing today?", "All well here, thank you."),
])
def test_a_new_users_questions_about_the_assistant_are_answered(store, text, starts):
    """They were offered for teaching ("I don't know 'who are you'. Shall I learn it?")."""
    assistant, _events = make_assistant(store)
    result = assistant.handle(TurnInput(text))
    assert result.run is None and result.lines[0].startswith(starts), result.lines


def test_a_routine_taught_as_how_are_you_still_runs(store):
    add_routine(store, "Check in", ["how are you"], [SetStep("light.desk_lamp", {"on": True})])
    assistant, _events = make_assistant(store)
    assert assistant.handle(TurnInput("how are you")).run is not None


def test_how_a_phrase_matched():
    assert how_matched("movie mode", "Movie mode") == {"how": "exact"}
    misheard = how_matched("movie mood", "movie mode")
    assert misheard["how"] == "misheard" and misheard["pairs"] == [["mood", "mode"]]
    assert how_matched("please movie mode", "movie mode")["extra"] == ["please"]


def test_forget_never_runs_the_routine_even_when_the_resolver_would(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    # Whatever the resolver makes of it (it once ran Reading mode), no routine runs.
    result = assistant.handle(TurnInput("forget reading mode"))
    assert result.run is None and result.question is not None
    assert store.device("light.living_room_lamp").state["on"] is False


def test_a_spoken_turn_is_explained_with_engine_and_confidence(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assistant.handle(TurnInput("movie mood", Source.AUDIO, 0.81, engine="vosk"))
    lines = assistant.handle(TurnInput("why did you do that", Source.AUDIO, 0.9,
                                       engine="vosk")).lines
    text = "\n".join(lines)
    assert 'I heard "movie mood" by vosk, 81 % sure.' in text
    assert "mood → mode" in text and '"movie mode"' in text
    assert "set TV on at 40 %" in text and "undo" in text


def test_a_word_of_like_meaning_is_explained_as_chosen_not_misheard(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assistant.handle(TurnInput("film mode"))
    text = "\n".join(assistant.handle(TurnInput("why did you do that")).lines)
    assert "words of like meaning as the taught ones (film for movie)" in text, text
    assert "misheard" not in text


def test_a_clarify_names_the_nearest_routines_and_why(store):
    seed_routines(store)
    assistant, _events = make_assistant(store, resolver_settings=STRICT)
    assert assistant.handle(TurnInput("moving mode")).question is not None
    lines = "\n".join(assistant.handle(TurnInput("why didn't you do it?")).lines)
    assert "The nearest routines: Movie mode" in lines
    assert "it takes 0.99 to run without asking" in lines
    assert assistant.handle(TurnInput("why?")).lines[0] == 'You typed "moving mode".'


def test_an_unverified_closed_set_guess_is_explained(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assistant.handle(TurnInput("movie mode", Source.AUDIO, 0.4, verified=False,
                               engine="pocketsphinx"))
    text = "\n".join(assistant.handle(TurnInput("why didn't you do it")).lines)
    assert "by pocketsphinx, 40 % sure" in text
    assert "sound check did not confirm it" in text


def test_explanations_survive_a_new_session(store):
    seed_routines(store)
    first, _events = make_assistant(store)
    first.handle(TurnInput("reading mode"))
    first.close()
    later, _events = make_assistant(store)
    text = "\n".join(later.handle(TurnInput("what did you just do?")).lines)
    assert '"reading mode"' in text and "word for word" in text
    assert "set Living room lamp on at 100 %" in text


def test_conversation_commands_are_never_rephrases(store):
    seed_routines(store)
    clock = Clock()
    assistant, _events = make_assistant(store, clock)
    for text in ("what does movie mode do", "forget movie mode", "no",
                 "why did you do that", "how do I start movie mode", "movie mode"):
        assistant.handle(TurnInput(text))
        clock.advance(2)
    assistant.handle(TurnInput("wake up"))  # settles whatever the run credited
    evidence = {e.utterance for e in store.evidence()}
    assert not any(u.startswith(("what", "forget", "why", "how")) for u in evidence)
    phrases = {text for text, _r, _o in store.phrase_index()}
    assert phrases == {"movie mode", "reading mode", "wake up"}


def test_describe_and_taught_change_nothing(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    before = ([d.state for d in store.devices()], store.routines())
    for text in ("what did I teach you?", "what does movie mode do?",
                 "how do I start wake up?", "what routines do you know"):
        assert assistant.handle(TurnInput(text)).run is None
    assert ([d.state for d in store.devices()], store.routines()) == before


def test_every_turn_of_the_history_has_an_explanation(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    for text in ("reading mode", "blah blah", "turn off the desk lamp", "why?"):
        assistant.handle(TurnInput(text))
    history = explained_history(store)
    assert [t.heard for t, _lines in history] == ["why?", "turn off the desk lamp",
                                                   "blah blah", "reading mode"]
    assert all(lines for _t, lines in history)
    assert "device command" in " ".join(history[1][1])
    assert "did nothing" in " ".join(history[2][1])


def test_a_taught_phrase_that_looks_like_a_command_runs_its_routine(store):
    from _assistant_helpers import add_routine

    from teachapp.domain import SetStep

    add_routine(store, "Flowers", ["forget me not"], [SetStep("light.desk_lamp", {"on": True})])
    assistant, _events = make_assistant(store)
    assert assistant.handle(TurnInput("forget me not")).routine == "Flowers"


def test_no_after_the_explanation_undoes_the_run_it_explained(store):
    """The explanation ends "Say "no" or "undo" to put things back": "no" right after
    it does (it used to say there was nothing to answer); after any other turn it
    does not."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assistant.handle(TurnInput("movie mode"))
    assert store.device("media_player.tv").state["on"] is True
    why = assistant.handle(TurnInput("why did you do that?"))
    assert 'Say "no" or "undo" to put things back.' in why.lines
    assistant.handle(TurnInput("no"))
    assert store.device("media_player.tv").state["on"] is False
    assistant.handle(TurnInput("reading mode"))
    assistant.handle(TurnInput("what does movie mode do?"))
    assistant.handle(TurnInput("no"))
    assert store.device("light.living_room_lamp").state["brightness"] == 100


def test_thanks_is_answered_and_neither_learned_nor_offered(store):
    """"thank you" got "I don't know 'thank you'. Shall I learn it?"; a taught phrase
    "thank you" still runs its routine."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assert assistant.handle(TurnInput("reading mode")).run is not None
    result = assistant.handle(TurnInput("thank you"))
    assert result.lines == ["You're welcome."] and result.question is None
    assert assistant.handle(TurnInput("no")).lines[0].startswith("Undone")  # still offered
    turn = store.interactions(limit=1)[0]
    assert (turn.heard, turn.decision) == ("no", "dialogue")
    assert store.evidence("thank you") == []


def test_hello_is_answered_unless_a_routine_is_taught_for_it(store):
    """"hello" got "I don't know 'hello'. Shall I learn it?"; a routine taught for
    "hello" runs, said alone or wrapped."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assert assistant.handle(TurnInput("hello")).lines[0].startswith("Hello!")
    assert assistant.handle(TurnInput("ok google")).lines[0].startswith("Hello!")
    for name in ("teachapp", "hey teachapp"):  # (the app's own name: offered to learn it)
        assert assistant.handle(TurnInput(name)).lines[0].startswith("Hello!"), name
    assert assistant.handle(TurnInput("thanks teachapp")).lines == ["You're welcome."]
    add_routine(store, "Welcome", ["hello"], [SetStep("light.desk_lamp", {"on": True})])
    assert assistant.handle(TurnInput("hello there")).routine == "Welcome"
    assert store.device("light.desk_lamp").state["on"] is True


def _phrases(store, routine: str) -> list[str]:
    return [p.text for p in store.routine(routine).phrases]


def test_it_is_the_routine_of_the_last_turn_or_two_not_one_long_forgotten(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assistant.handle(TurnInput("movie mode"))
    assistant.handle(TurnInput("what's on?"))
    assert assistant.handle(TurnInput("also call it film time")).lines[0].startswith("OK")
    assert "film time" in _phrases(store, "Movie mode")
    for text in ("turn off the desk lamp", "is the tv on", "turn on the bedroom fan",
                 "what time is it"):
        assistant.handle(TurnInput(text))
    reply = assistant.handle(TurnInput("also call it cinema")).lines[0]
    assert reply.startswith("I'm not sure which routine you mean"), reply
    assert "cinema" not in _phrases(store, "Movie mode")


def test_after_a_restart_it_is_the_routine_of_a_recent_turn_only(store):
    seed_routines(store)
    first, _events = make_assistant(store)
    first.handle(TurnInput("reading mode"))
    first.close()
    later, _events = make_assistant(store)
    assert later.handle(TurnInput("also call it book time")).lines[0].startswith("OK")
    later.close()
    much_later, _events = make_assistant(store, wall_clock=lambda: time.time() + 3600)
    reply = much_later.handle(TurnInput("also call it novel time")).lines[0]
    assert reply.startswith("I'm not sure which routine you mean"), reply


def test_a_routine_named_as_it_was_said_starts_its_description_with_a_capital(store):
    """"teach movie night" names the routine "movie night"; its description read
    "movie night will set ..." where every other answer starts "Movie night"."""
    from _assistant_helpers import add_routine, make_assistant, said

    from teachapp.domain import SetStep

    add_routine(store, "movie night", ["movie night"],
                [SetStep("light.ceiling_light", {"on": False})])
    assistant, _events = make_assistant(store)
    assert said(assistant, "what does movie night do?")[0].startswith(
        "Movie night will turn off Ceiling light")


@pytest.mark.parametrize("text", ["show me movie mode", "Show movie mode.",
                                  "show me the movie mode routine",
                                  "can you show me movie mode", "show me moovie mode"])
def test_show_me_a_routine_tells_its_steps_and_runs_nothing(store, text):
    """It said "Did you mean movie mode?" (the resolver asked about the phrase with a word
    left over); a person asks to see the routine, as "what does movie mode do?" asks."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    before = [d.state for d in store.devices()]
    turn = assistant.handle(TurnInput(text))
    assert turn.run is None
    assert turn.lines == ["Movie mode will set TV on at 40 % and then set Living room lamp "
                          "on at 20 %.", 'Say "movie mode" to start it.']
    assert [d.state for d in store.devices()] == before


@pytest.mark.parametrize("text", ["show me the weather", "show me the tv"])
def test_show_me_what_no_routine_is_goes_on(store, text):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    lines = assistant.handle(TurnInput(text)).lines
    assert not any("Movie mode will" in line for line in lines), lines
