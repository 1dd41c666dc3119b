"""Small talk said to the assistant itself ("you're great", "i love you", "no worries",
"you're useless", "i can't hear you") gets a short friendly reply (``conversation/social``).
They were offered as phrases to learn ("I don't know "i love you". Shall I learn it?"), and
"no worries" at that question was read as "no" with a correction: 'I don't know
"worries". Shall I learn it?', so the next "ok" started teaching "worries"."""

from __future__ import annotations

import pytest
from _assistant_helpers import add_routine, make_assistant, said, seed_routines
from conftest import chat_lines

from teachapp.domain import SetStep

KIND = "Thank you, that's kind of you."


@pytest.mark.parametrize("words", ["you're great", "i love you", "you're the best",
                                   "You are so clever!", "love you", "good bot", "you rock",
                                   "i really like you", "you're a star, alexa"])
def test_praise_and_affection_are_thanked_not_offered(store, words):
    assistant, _events = make_assistant(store)
    assert said(assistant, words) == [KIND]
    assert said(assistant, "yes") == [
        "There's nothing to answer right now. Say a phrase, or \"teach\" to teach me a new one."]
    assert store.routine_names() == []


@pytest.mark.parametrize(("words", "reply"), [
    ("no worries", "That's all right."), ("i'm sorry", "That's all right."),
    ("nice to meet you", "Nice to meet you too. Say \"help\" to hear what I can do."),
    ("cool", "Glad to hear it."), ("ok great", "Glad to hear it."),
    ("you're useless", "Sorry about that. Say \"why did you do that?\" to hear what I did "
                       "and why, or \"undo\" to put it back."),
])
def test_other_small_talk_has_its_own_reply(store, words, reply):
    assistant, _events = make_assistant(store)
    assert said(assistant, words) == [reply]


def test_small_talk_after_a_run_keeps_the_run_and_why_explains_it(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    said(assistant, "reading mode")
    lamp = dict(store.device("light.living_room_lamp").state)
    assert said(assistant, "you're great") == [KIND]
    assert said(assistant, "no worries") == ["That's all right."]
    assert store.device("light.living_room_lamp").state == lamp  # nothing undone
    assert said(assistant, "why did you do that")[0] == "You typed \"reading mode\"."
    assert said(assistant, "undo") == ["Undone: Living room lamp put back."]


def test_no_worries_at_the_offer_to_learn_teaches_nothing(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "blorp")[-1] == "I don't know \"blorp\". Shall I learn it?"
    assert said(assistant, "no worries") == ["That's all right."]
    assert not any("worries" in line for line in said(assistant, "ok"))
    assert store.routine_names() == []


def test_a_routine_taught_for_the_words_still_runs(store):
    add_routine(store, "Love", ["i love you"], [SetStep("light.desk_lamp", {"on": True})])
    assistant, _events = make_assistant(store)
    assert said(assistant, "i love you") == ["Love: turned on Desk lamp."]
    assert store.device("light.desk_lamp").state["on"] is True


def test_while_teaching_it_is_no_step_and_the_teaching_goes_on(store):
    assistant, _events = make_assistant(store)
    said(assistant, "teach", "evening", "turn on the tv")
    assert said(assistant, "i love you") == [
        KIND, "Back to teaching \"evening\": so far it will turn on TV. Tell me what else "
              "it should do, or say \"done\"."]
    said(assistant, "done")
    assert said(assistant, "you're the best") == [
        f"{KIND} Shall I save \"evening\"? Say yes or no."]
    assert said(assistant, "yes") == ["Saved. Say \"evening\" any time."]
    assert [s.device for s in store.routine("evening").steps] == ["media_player.tv"]


def test_i_cant_hear_you_is_about_the_voice_not_the_tv(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv")
    volume = store.device("media_player.tv").state.get("volume")
    assert said(assistant, "i can't hear you")[0].startswith(
        "Sorry. I speak through this computer's speaker")
    assert store.device("media_player.tv").state.get("volume") == volume


def test_chat_answers_small_talk(db_path, store):
    lines = chat_lines(db_path, "you're great", "i love you", "no worries")
    assert lines == [KIND, KIND, "That's all right."]
