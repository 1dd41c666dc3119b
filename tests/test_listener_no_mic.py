"""With no microphone, listening fails before any speech model is loaded: the window
showed "listening" for the seconds Whisper took to load, then said "No microphone
found", and quitting meanwhile aborted the process in the model's loader. A real
Listener, real PortAudio (no sound card here), the real model choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from teachapp.settings import Settings
from teachapp.speech import Listener, list_input_devices


def test_no_microphone_is_said_without_loading_a_recogniser(tmp_path: Path) -> None:
    if list_input_devices():
        pytest.skip("this machine has a microphone")
    settings = Settings(tmp_path / "settings.json")
    settings.update("speech", language="en")
    errors: list[Exception] = []
    ready: list[object] = []
    listener = Listener(phrases=["party mode"], settings=settings, on_error=errors.append,
                        on_ready=ready.append)
    listener.start()
    listener.join(60)
    assert len(errors) == 1 and "No microphone found" in str(errors[0])
    assert ready == [] and listener.recognizer is None
