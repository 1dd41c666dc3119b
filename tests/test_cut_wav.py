"""A WAV file cut inside its header (an interrupted copy, download or recording) is said
as cut short, with the file and where it ends.

On main the same file was "not a WAV file (no RIFF/WAVE header)" when cut inside the
first twelve bytes, "its 'fmt ' header chunk claims 16 bytes but the file has 24"
(the whole file's size, not what the chunk holds), "has no audio data chunk; record the
command again" or "holds no audio (its data chunk is empty)": none said it was cut.
"""

from __future__ import annotations

import wave
from pathlib import Path

import pytest


def _recording(path: Path) -> bytes:
    """One second of a real 16 kHz mono PCM file, written by Python's ``wave``."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(bytes(range(256)) * 125)
    return path.read_bytes()


@pytest.mark.parametrize(("size", "where"), [
    (8, "inside the RIFF/WAVE header"),
    (24, "inside its 'fmt ' header chunk (the chunk claims 16 bytes; 4 are there)"),
    (40, "inside its header (in the middle of a chunk's name and size)"),
    (44, "right after its header (its header says the file is 32,044 bytes)"),
])
def test_listen_says_a_wav_cut_in_its_header_is_cut_short(teachapp_cli, tmp_path, size,
                                                            where):
    whole = _recording(tmp_path / "whole.wav")
    assert len(whole) == 32_044
    cut = tmp_path / "cut.wav"
    cut.write_bytes(whole[:size])
    proc = teachapp_cli("--db", str(tmp_path / "home.db"), "--no-speech", "listen",
                        "--wav", str(cut))
    assert proc.returncode == 1, proc.stdout
    assert proc.stderr == (f"teachapp: {cut} is cut short: it ends after {size} bytes, "
                           f"{where}, so it holds no audio. Copy or record it again.\n")


def test_chat_says_a_cut_recording_is_cut_short(teachapp_cli, tmp_path):
    whole = _recording(tmp_path / "whole.wav")
    cut = tmp_path / "phrase.wav"
    cut.write_bytes(whole[:30])
    proc = teachapp_cli("--db", str(tmp_path / "home.db"), "--no-speech", "chat",
                        input=f"@{cut}\n")
    assert proc.returncode == 0, proc.stderr
    assert f"{cut} is cut short: it ends after 30 bytes, inside its 'fmt ' header chunk" \
        in proc.stdout


def test_a_file_that_is_no_wav_is_still_said_as_no_wav(teachapp_cli, tmp_path):
    text = tmp_path / "notes.wav"
    text.write_bytes(b"RIFA and some words that are not audio")
    proc = teachapp_cli("--db", str(tmp_path / "home.db"), "--no-speech", "listen",
                        "--wav", str(text))
    assert proc.returncode == 1
    assert "is not a WAV file (no RIFF/WAVE header)" in proc.stderr
