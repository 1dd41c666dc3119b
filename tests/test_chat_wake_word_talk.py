"""A wake word before what chat answers itself, in ``teachapp chat`` (a child process):
"alexa, what time is it?", "hey teachapp, what does movie night do?", "computer, is the
tv on?", "alexa open the garage door" were offered as phrases to learn ("I don't know
"alexa, what time is it". Shall I learn it?") or told "I can't answer", where the same
words alone are answered. The script is said twice, once with wake words, and the
replies must be the same."""

from __future__ import annotations

from itertools import cycle
from pathlib import Path

from conftest import chat_lines, run_teachapp

from teachapp.conversation.intents import past_wake_word

_EXAMPLES = Path(__file__).resolve().parents[1] / "assets" / "examples.yaml"
_TURNS = ["what does movie night do?", "what time is it?", "set a timer for 5 minutes",
          "what's scheduled?", "is the tv on?", "what's on?", "open the garage door",
          "forget movie night", "no", "what have you learned?", "turn on the tv"]


def _chat(db: Path, turns: list[str]) -> list[str]:
    assert run_teachapp("--db", str(db), "import", str(_EXAMPLES)).returncode == 0
    return chat_lines(db, *turns, env={"TEACHAPP_NOW": "2026-12-07T19:30:00"})


def test_a_wake_word_before_a_question_or_talk_is_heard_past(teachapp_cli, tmp_path):
    bare = _chat(tmp_path / "bare.db", _TURNS)
    wakes = cycle(["alexa, ", "hey teachapp, ", "computer, ", "um alexa ", "hey google "])
    woken = _chat(tmp_path / "woken.db", [
        turn if turn == "no" else next(wakes) + turn for turn in _TURNS])
    assert not any("Shall I learn it" in line or "can't answer" in line for line in woken)
    assert woken == bare


def test_the_words_past_a_wake_word_keep_their_marks():
    assert past_wake_word("alexa, is the tv on?") == "is the tv on?"
    assert past_wake_word("um alexa, what time is it?") == "what time is it?"
    assert past_wake_word("hey google what's scheduled") == "what's scheduled"
    for kept in ("alexa tv", "computer off", "alexa", "what time is it?", "movie night"):
        assert past_wake_word(kept) == kept  # (one word after it: a name may begin so)


def test_a_turn_past_a_wake_word_is_resolved_once_a_reading(store, monkeypatch):
    """"alexa, make it cosy" (no phrase, no command) was decided twice, every reading
    tried on the words with the wake word and then all again on those past it: the
    resolver read them six times. Each reading is made once; the reply is the same."""
    from collections import Counter

    from _assistant_helpers import make_assistant, said, seed_routines

    seed_routines(store)
    assistant, _ = make_assistant(store)
    resolver = assistant._get_resolver()
    read: Counter[str] = Counter()
    resolve = resolver.resolve

    def counted(text):
        read[text] += 1
        return resolve(text)

    monkeypatch.setattr(resolver, "resolve", counted)
    assert said(assistant, "alexa, make it cosy") == [
        'I don\'t know "make it cosy". Shall I learn it?']
    assert read == {"alexa, make it cosy": 1, "make it cosy": 1}
