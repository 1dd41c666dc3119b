"""A wake word before a call-off, in ``teachapp chat`` (a child process): "alexa cancel",
"alexa stop", "hey teachapp never mind" were offered as phrases to learn ("I don't know
"alexa cancel". Shall I learn it?"), after a run, a question, a timer or in the middle of
teaching. They now do what the call-off alone does, so each script is said twice, once
with the wake words, and the replies must be the same."""

from __future__ import annotations

from itertools import cycle

import pytest
from conftest import chat_lines

from teachapp.conversation.intents import called_to

_SCRIPTS = [
    # (turns, with the call-offs marked {wake})
    ["turn on the tv", "{wake}cancel", "turn on the desk lamp", "{wake}stop",
     "{wake}never mind"],
    ["unlock the front door", "{wake}cancel", "yes"],
    ["turn on the lamp", "{wake}never mind"],
    ["teach", "study mode", "{wake}cancel"],
    ["teach", "{wake}stop"],
    ["turn off the tv in 10 minutes", "{wake}cancel that", "what timers are set"],
]


@pytest.mark.parametrize("turns", _SCRIPTS, ids=lambda turns: turns[0])
def test_a_wake_word_before_a_call_off_acts_as_the_call_off(teachapp_cli, tmp_path, turns):
    bare = chat_lines(tmp_path / "bare.db", *(t.format(wake="") for t in turns))
    wakes = cycle(["alexa ", "hey teachapp, ", "um alexa "])
    woken = chat_lines(tmp_path / "woken.db", *(t.format(wake=next(wakes)) for t in turns))
    assert not any("Shall I learn it" in line or "not saved" in line for line in woken)
    # (a timer's time differs by the minute the second chat started in)
    assert [line.split(" at ")[0] for line in woken] == [
        line.split(" at ")[0] for line in bare]


def test_the_words_past_a_wake_word_count_only_when_they_are_a_dialogue_word():
    assert called_to("alexa cancel") == "cancel"
    assert called_to("hey teachapp, never mind") == "never mind"
    assert called_to("hey google stop") == "stop"
    assert called_to("cancel") == "cancel"
    for other in ("computer off", "alexa tea time", "alexa", "hey siri turn on the tv"):
        assert called_to(other) == other
