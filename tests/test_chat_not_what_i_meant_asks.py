""""that's not what I meant" right after a run undoes it and asks what was meant, as a
question (the next turn is the rephrase the learner reads): it said only "Say it another
way, or say "teach" to teach me." (``undoing``)."""

from __future__ import annotations

from _assistant_helpers import STRICT, make_assistant, said, seed_routines

from teachapp.conversation import TurnInput

_ASKED = 'What did you mean? Say it another way, or say "teach" to teach me.'


def test_not_what_i_meant_asks_what_was(store):
    seed_routines(store)
    assistant, _events = make_assistant(store, resolver_settings=STRICT)
    said(assistant, "movie mode")
    result = assistant.handle(TurnInput("that's not what I meant"))
    assert result.lines == ["Undone: Living room lamp and TV put back.", _ASKED]
    assert result.question == _ASKED
    assert store.device("media_player.tv").state["on"] is False
    assert said(assistant, "reading mode") == ["Reading mode: set Living room lamp on at 100 %."]
