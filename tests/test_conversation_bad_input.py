"""Input no phrase can be: punctuation only, pasted text longer than a phrase may be.
It is not offered for teaching (a teaching dialogue over it ended in a save that failed),
and a long one is quoted short."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said

from teachapp.conversation import TurnInput
from teachapp.domain import MAX_NAME_CHARS


def test_punctuation_alone_is_not_offered_for_teaching(store):
    """"..." was offered; "yes" then said "A phrase needs at least one word"."""
    assistant, _events = make_assistant(store)
    for text in ("...", "?", "@"):
        result = assistant.handle(TurnInput(text))
        assert result.question is None, text
        assert result.lines == [f'I didn\'t catch a request in "{text}". Say a phrase, or '
                                '"help".']


def test_text_too_long_for_a_phrase_is_quoted_short_and_not_offered(store):
    assistant, _events = make_assistant(store)
    pasted = "blah " * 1000
    result = assistant.handle(TurnInput(pasted))
    assert result.question is None
    assert len(result.lines[0]) < 200 and "too long to learn" in result.lines[0]


def test_a_phrase_too_long_is_refused_when_given_not_when_saved(store):
    """A 300-character phrase went through the whole dialogue and failed at "yes"."""
    assistant, _events = make_assistant(store)
    reply = said(assistant, "teach", "x" * (MAX_NAME_CHARS + 1))
    assert "too long for a phrase" in reply[-1] and reply[-1].endswith("What's the phrase?")
    assert said(assistant, "reading corner")[-1].startswith('What should "reading corner" do?')
