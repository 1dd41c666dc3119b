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


REAL = Path(__file__).resolve().parent / "data" / "speech" / "wav" / "stp__turn_off_lights_in_the_office.wav"


def test_a_recording_cut_inside_its_audio_is_said_as_cut_short(tmp_path):
    """A real recording of "turn off lights in the office" cut off 1.0 s into its audio
    (a copy or download that stopped): on main the part there was heard as if whole,
    "turn off the tv" in a home with a TV (`listen --wav`; chat would have run it), and
    a file cut sooner "is silent ... Check that the microphone is not muted". A
    recording streamed to a pipe, whose header says nothing of its length, is still
    heard whole."""
    from teachapp.errors import AudioError
    from teachapp.speech.audio import read_wav

    whole = REAL.read_bytes()
    start = whole.index(b"data") + 8
    cut = tmp_path / "cut.wav"
    cut.write_bytes(whole[:start + 32_000])
    with pytest.raises(AudioError) as said:
        read_wav(cut)
    assert str(said.value) == (
        f"{cut} is cut short: it ends after {start + 32_000:,} bytes, 1.0 s into the "
        f"{(len(whole) - start) / 32_000:.1f} s of audio its header says it holds, so what "
        "was said may be cut off too. Copy or record it again.")
    streamed = bytearray(whole)
    streamed[4:8] = streamed[start - 4:start] = (0xFFFFFFFF).to_bytes(4, "little")
    (tmp_path / "streamed.wav").write_bytes(bytes(streamed))
    assert read_wav(tmp_path / "streamed.wav").pcm == read_wav(REAL).pcm
