"""Speech: audio in (microphone, WAV), recognisers (Vosk, Whisper, PocketSphinx), the model
manager and spoken replies.

Public surface: ``Transcript``, the ``Recognizer`` protocol and its engines,
``make_recognizer``, ``recognize_wav``, ``Listener``, ``list_input_devices``,
``make_speaker`` / ``SilentSpeaker``, ``ModelManager`` and ``diagnose``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_names

# Names are loaded on first use: importing ``teachapp.speech.transcript`` (as the
# engine does) must not pull in numpy, vosk and PortAudio before anyone listens.
_SOURCES = {
    "InputDevice": "devices", "WavAudio": "audio", "level": "audio",
    "list_input_devices": "devices", "read_wav": "audio",
    "diagnose": "doctor", "sound_input": "doctor", "sound_output": "doctor",
    "Listener": "listener",
    "ModelInfo": "models", "ModelManager": "models",
    "Recognizer": "recognizer", "choose_engine": "engine_choice",
    "make_recognizer": "recognizer", "recognize_wav": "recognizer",
    "SilentSpeaker": "speaker", "ThreadedSpeaker": "speaker", "make_speaker": "speaker",
    "PocketSphinxRecognizer": "sphinx_engine",
    "Mode": "transcript", "Transcript": "transcript",
    "VoskRecognizer": "vosk_engine",
    "WhisperRecognizer": "whisper_engine",
}

if TYPE_CHECKING:
    from .audio import WavAudio, level, read_wav
    from .devices import InputDevice, list_input_devices
    from .doctor import diagnose, sound_input, sound_output
    from .engine_choice import choose_engine
    from .listener import Listener
    from .models import ModelInfo, ModelManager
    from .recognizer import Recognizer, make_recognizer, recognize_wav
    from .speaker import SilentSpeaker, ThreadedSpeaker, make_speaker
    from .sphinx_engine import PocketSphinxRecognizer
    from .transcript import Mode, Transcript
    from .vosk_engine import VoskRecognizer
    from .whisper_engine import WhisperRecognizer


__getattr__ = lazy_names(__name__, _SOURCES)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_SOURCES))


__all__ = [
    "InputDevice",
    "Listener",
    "Mode",
    "ModelInfo",
    "ModelManager",
    "PocketSphinxRecognizer",
    "Recognizer",
    "SilentSpeaker",
    "ThreadedSpeaker",
    "Transcript",
    "VoskRecognizer",
    "WavAudio",
    "WhisperRecognizer",
    "choose_engine",
    "diagnose",
    "level",
    "list_input_devices",
    "make_recognizer",
    "make_speaker",
    "read_wav",
    "recognize_wav",
    "sound_input",
    "sound_output",
]
