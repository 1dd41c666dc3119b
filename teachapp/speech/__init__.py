"""Speech: audio in (microphone, WAV), recognisers (Vosk, PocketSphinx), the model
manager and spoken replies.

Public surface: ``Transcript``, the ``Recognizer`` protocol and its engines,
``make_recognizer``, ``recognize_wav``, ``Listener``, ``list_input_devices``,
``make_speaker`` / ``SilentSpeaker``, ``ModelManager`` and ``diagnose``.
"""

from .audio import InputDevice, WavAudio, level, list_input_devices, read_wav
from .doctor import diagnose
from .listener import Listener
from .models import ModelInfo, ModelManager
from .recognizer import Recognizer, choose_engine, make_recognizer, recognize_wav
from .speaker import SilentSpeaker, ThreadedSpeaker, make_speaker
from .sphinx_engine import PocketSphinxRecognizer
from .transcript import Mode, Transcript
from .vosk_engine import VoskRecognizer

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
    "choose_engine",
    "diagnose",
    "level",
    "list_input_devices",
    "make_recognizer",
    "make_speaker",
    "read_wav",
    "recognize_wav",
]
