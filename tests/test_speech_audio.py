"""WAV reading, resampling and level values (no engines needed)."""

from __future__ import annotations

import math
import struct
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from teachapp.errors import AudioError
from teachapp.speech import level, list_input_devices, read_wav
from teachapp.speech.audio import SAMPLE_RATE, chunks, resample


def _tone(path: Path, rate: int, channels: int, seconds: float = 0.5, freq: float = 440) -> None:
    n = int(rate * seconds)
    t = np.arange(n) / rate
    mono = (0.5 * np.sin(2 * math.pi * freq * t) * 32767).astype("<i2")
    frames = np.repeat(mono[:, None], channels, axis=1)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames.tobytes())


@pytest.mark.parametrize(("rate", "channels"), [(44100, 2), (8000, 1), (16000, 1), (48000, 6)])
def test_any_rate_and_channels_become_16k_mono(tmp_path: Path, rate: int, channels: int) -> None:
    path = tmp_path / "tone.wav"
    _tone(path, rate, channels)
    audio = read_wav(path)
    assert (audio.source_rate, audio.source_channels) == (rate, channels)
    assert abs(audio.seconds - 0.5) < 0.01
    samples = np.frombuffer(audio.pcm, dtype="<i2").astype(float)
    # The tone survives: its level is about half scale and its pitch is unchanged.
    assert 0.3 < np.abs(samples).max() / 32767 < 0.6
    spectrum = np.abs(np.fft.rfft(samples))
    peak_hz = np.argmax(spectrum) * SAMPLE_RATE / samples.size
    assert abs(peak_hz - 440) < 10


@pytest.mark.parametrize("encoding", [["-e", "floating-point", "-b", "32"],
                                      ["-e", "signed", "-b", "24"],
                                      ["-e", "unsigned", "-b", "8"]])
def test_float_24_bit_and_8_bit_files(tmp_path: Path, encoding: list[str]) -> None:
    src, out = tmp_path / "src.wav", tmp_path / "out.wav"
    _tone(src, 22050, 2)
    subprocess.run(["sox", str(src), *encoding, str(out)], check=True)
    audio = read_wav(out)
    samples = np.frombuffer(audio.pcm, dtype="<i2").astype(float)
    assert audio.source_rate == 22050
    assert 0.3 < np.abs(samples).max() / 32767 < 0.6


def test_resample_keeps_duration() -> None:
    signal = np.zeros(44100)
    assert resample(signal, 44100, 16000).size == 16000
    assert resample(np.zeros(8000), 8000, 16000).size == 16000


@pytest.mark.parametrize(("content", "fragment"), [
    (b"", "empty"),
    (b"hello, this is text and not audio", "not a WAV file"),
])
def test_unreadable_files_say_why(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    with pytest.raises(AudioError, match=fragment) as info:
        read_wav(path)
    assert str(path) in str(info.value)


def _riff(*chunks_: bytes) -> bytes:
    body = b"WAVE" + b"".join(chunks_)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _fmt(rate: int = 16000, channels: int = 1, bits: int = 16) -> bytes:
    align = channels * bits // 8
    return b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * align, align, bits)


def test_huge_header_chunk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.wav"
    path.write_bytes(_riff(_fmt(), b"LIST" + struct.pack("<I", 0x7FFFFFF0) + b"x" * 20))
    with pytest.raises(AudioError, match="cut short: .*claims"):
        read_wav(path)


def test_empty_data_and_missing_parts(tmp_path: Path) -> None:
    empty = tmp_path / "empty-data.wav"
    empty.write_bytes(_riff(_fmt(), b"data" + struct.pack("<I", 0)))
    with pytest.raises(AudioError, match="no audio"):
        read_wav(empty)
    no_fmt = tmp_path / "no-fmt.wav"
    no_fmt.write_bytes(_riff(b"data" + struct.pack("<I", 4) + b"\0\0\0\0"))
    with pytest.raises(AudioError, match="'fmt '"):
        read_wav(no_fmt)
    odd = tmp_path / "odd.wav"
    odd.write_bytes(_riff(_fmt(rate=5), b"data" + struct.pack("<I", 4) + b"\0\0\0\0"))
    with pytest.raises(AudioError, match="impossible header"):
        read_wav(odd)
    with pytest.raises(AudioError, match="does not exist"):
        read_wav(tmp_path / "missing.wav")
    with pytest.raises(AudioError, match="folder"):
        read_wav(tmp_path)


def test_streamed_wav_with_unknown_length_is_read(tmp_path: Path) -> None:
    pcm = (np.ones(1600) * 1000).astype("<i2").tobytes()
    path = tmp_path / "stream.wav"
    path.write_bytes(_riff(_fmt(), b"data" + struct.pack("<I", 0xFFFFFFFF) + pcm))
    assert len(read_wav(path).pcm) == len(pcm)


def test_level_and_chunks() -> None:
    silence = bytes(3200)
    loud = (np.ones(1600) * 30000).astype("<i2").tobytes()
    assert level(silence) == 0.0
    assert level(loud) > 0.95
    quiet = (np.ones(1600) * 200).astype("<i2").tobytes()
    assert 0.1 < level(quiet) < 0.4
    assert [len(c) for c in chunks(bytes(8000), ms=100)] == [3200, 3200, 1600]


def test_no_input_device_is_an_empty_list() -> None:
    devices = list_input_devices()
    assert isinstance(devices, list)
    assert all(d.channels > 0 for d in devices)
