"""Asked while teaching how far it has got ("what have I got so far?", "where are we?",
"read it back"): the steps so far and that nothing is saved yet, as "what does it do?"
is answered. It was 'I can't answer "what have I got so far": I know this home's
devices …' before the steps, or "I didn't get "read it back" as something to do"."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said, seed_routines

SO_FAR = ('"arriving" isn\'t saved yet: so far it will turn on Ceiling light. Tell me what '
          'else it should do, or say "done".')


@pytest.mark.parametrize("asked", [
    "what have I got so far?", "what have we got so far", "what do we have so far",
    "what have I taught so far", "what's in it so far", "what does it do so far",
    "so far?", "where are we?", "what have we got", "read it back", "um, what have I got?"])
def test_how_far_the_teaching_has_got(store, asked):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "arriving", "turn on the ceiling light")
    assert assistant.handle_text(asked) == [SO_FAR]
    assert said(assistant, "done", "yes") == [
        '"arriving" will turn on Ceiling light. Shall I save it?',
        'Saved. Say "arriving" any time.']


def test_at_shall_i_save_it_the_question_comes_again(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "arriving", "turn on the ceiling light", "done")
    assert assistant.handle_text("what have I got so far") == [
        '"arriving" isn\'t saved yet: it will turn on Ceiling light. Shall I save it?']


@pytest.mark.parametrize("words", ["what time is it so far away", "turn on the desk lamp"])
def test_other_words_are_read_as_before(store, words):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "arriving", "turn on the ceiling light")
    assert not assistant.handle_text(words)[0].startswith('"arriving" isn\'t saved yet')
