"""Answers said in more words than one ("yeah, go on", "nope, that's wrong", "no no"),
and words that say "wrong" while a question is open: they answer the question; they do
not undo an older run or become a request of their own."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said, seed_routines

from teachapp.conversation import TurnInput
from teachapp.conversation.intents import intent, says_wrong


def _lamp(store):
    return dict(store.device("light.living_room_lamp").state)


def test_an_answer_said_again_in_other_words_is_that_answer():
    assert intent("yeah go on") == "yes"
    assert intent("yes, please do") == "yes"
    assert intent("nah, forget it") == "no"
    assert intent("nope, that's wrong") == intent("no that's wrong") == "undo"
    assert intent("no, the tv on") is None  # an answer and a request: not only an answer
    assert intent("yes, reading mode") is None


def test_wrong_is_told_apart_from_a_plain_undo():
    assert says_wrong("nope, that's wrong") and says_wrong("not that")
    assert not says_wrong("undo that") and not says_wrong("put it back")


def test_that_is_wrong_to_an_offer_to_learn_declines_it_and_undoes_no_older_run(store):
    """"no that's wrong" to "Shall I learn it?" undid reading mode, run two turns before."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    said(assistant, "turn off the living room lamp", "reading mode")
    ran = _lamp(store)
    for unknown, answer in (("purple elephant", "no that's wrong"),
                            ("green giraffe", "nope, that's wrong")):  # (each offered once)
        assert assistant.handle(TurnInput(unknown)).question is not None
        assert said(assistant, answer) == ["OK."], answer
        assert _lamp(store) == ran


def test_yeah_go_on_accepts_an_offer_to_learn(store):
    assistant, _events = make_assistant(store)
    said(assistant, "purple elephant")
    reply = said(assistant, "yeah go on")
    assert 'What should "purple elephant" do?' in " ".join(reply)


def test_no_no_to_did_you_mean_declines_and_asks_nothing_more(store):
    """"no no" declined "did you mean reading mode?" and then offered to learn "no"."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assert assistant.handle(TurnInput("mode reading")).question is not None
    assert said(assistant, "no no") == ['OK. Say it another way, or say "teach" to teach '
                                        'it to me.']


def test_a_plain_undo_asks_no_rephrase_and_a_complaint_does(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    said(assistant, "reading mode")
    assert said(assistant, "undo that") == ["Undone: Living room lamp put back."]
    said(assistant, "reading mode")
    assert said(assistant, "that's wrong")[-1] == ('What did you mean? Say it another way, '
                                                   'or say "teach" to teach me.')


def test_no_and_what_was_meant_right_after_a_run_puts_it_back_and_runs_that(store):
    """"no, reading mode" right after movie mode ran answered "OK, I won't run reading
    mode" (the resolver reads a negation) and movie mode stayed on."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    tv_before = dict(store.device("media_player.tv").state)
    said(assistant, "movie mode")
    reply = said(assistant, "no, reading mode")
    assert reply == ["Undone: Living room lamp and TV put back.", "Reading mode: set Living room lamp on at 100 %."]
    assert store.device("media_player.tv").state == tv_before
    assert _lamp(store)["brightness"] == 100


def test_no_and_words_that_ask_nothing_undo_nothing(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    said(assistant, "reading mode")
    ran = _lamp(store)
    said(assistant, "no problem")
    assert _lamp(store) == ran


def test_dont_and_a_routine_right_after_a_run_neither_undoes_nor_runs_it(store):
    """"don't start movie mode" right after reading mode ran was read as "no, start movie
    mode": reading mode was undone and movie mode ran. A "don't" with words after it
    negates them; said alone right after a run, it still takes the run back."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    tv_before = dict(store.device("media_player.tv").state)
    said(assistant, "reading mode")
    ran = _lamp(store)
    assert said(assistant, "don't start movie mode") == ["OK, I won't run movie mode."]
    assert _lamp(store) == ran
    assert store.device("media_player.tv").state == tv_before
    said(assistant, "movie mode")
    assert said(assistant, "don't.")[0] == "Undone: Living room lamp and TV put back."
