"""Spoken replies: the real pyttsx3 engine on its worker thread, and silence."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from teachapp.home import Speaker
from teachapp.settings import Settings
from teachapp.speech import SilentSpeaker, ThreadedSpeaker, make_speaker


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json")


def test_no_speech_flag_gives_a_silent_speaker(settings: Settings) -> None:
    speaker = make_speaker(False, settings)
    assert isinstance(speaker, SilentSpeaker) and isinstance(speaker, Speaker)
    speaker.say("hello")
    assert not speaker.available and "--no-speech" in speaker.description
    settings.update("speech", tts_enabled=False)
    assert isinstance(make_speaker(True, settings), SilentSpeaker)


def test_pyttsx3_speaks_on_its_own_thread_without_noise(
        settings: Settings, capfd: pytest.CaptureFixture[str]) -> None:
    speaker = make_speaker(True, settings)
    if isinstance(speaker, SilentSpeaker):
        pytest.skip(f"no TTS engine here: {speaker.description}")
    assert isinstance(speaker, ThreadedSpeaker) and isinstance(speaker, Speaker)
    started = time.monotonic()
    speaker.say("Reading mode is on.")
    speaker.say("Enjoy your book.")
    returned = time.monotonic() - started
    assert speaker.wait_idle(30)
    assert speaker.spoken == 2
    assert returned < 1.0  # say() only queues (not a speed figure: 1 s is generous)
    out, err = capfd.readouterr()
    assert "Audio saved" not in out and "aplay" not in err
    speaker.close()


def test_interrupt_drops_queued_replies(settings: Settings) -> None:
    speaker = ThreadedSpeaker()
    if not speaker.available:
        pytest.skip(speaker.description)
    for i in range(20):
        speaker.say(f"reply number {i}")
    speaker.interrupt()
    assert speaker.wait_idle(30)
    assert speaker.spoken < 20
    speaker.close()


def test_voice_and_rate_settings_apply(settings: Settings) -> None:
    settings.update("speech", tts_rate=220, tts_voice="no-such-voice")
    speaker = make_speaker(True, settings)
    if isinstance(speaker, SilentSpeaker):
        pytest.skip(speaker.description)
    speaker.say("still speaks")  # an unknown voice is logged, not fatal
    assert speaker.wait_idle(30) and speaker.spoken == 1
    speaker.close()
