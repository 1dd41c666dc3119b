"""A home's sound around a spoken command, made with sox (``-R``: the same every run) and
numpy: a television talking behind the speaker, and a microphone across the room.
benchmarks/speech_home_noise.py plays its clips through these too."""

from __future__ import annotations

import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np

__all__ = ["HISS_RMS", "behind", "far", "sox", "tv_line", "under", "write_wav"]

RATE = 16_000
HISS_RMS = 16.0
"""A microphone's own hiss (about -66 dBFS)."""


def write_wav(path: Path, pcm: bytes) -> Path:
    """``pcm`` (16 kHz mono 16-bit) written as a WAV file: the one writer the speech
    tests' and benchmarks' made clips go through."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm)
    return path


def _read(path: Path) -> bytes:
    with wave.open(str(path), "rb") as got:
        assert (got.getframerate(), got.getnchannels(), got.getsampwidth()) == (RATE, 1, 2)
        return got.readframes(got.getnframes())


def _samples(pcm: bytes) -> np.ndarray:
    return np.frombuffer(pcm[:len(pcm) - len(pcm) % 2], "<i2").astype(np.float64)


def _pcm(x: np.ndarray) -> bytes:
    return np.clip(np.round(x), -32768, 32767).astype("<i2").tobytes()


def _power(x: np.ndarray) -> float:
    loud = x[np.abs(x) > 0.05 * max(1.0, float(np.abs(x).max()))]
    return float(np.mean(loud ** 2)) if loud.size else 1.0


def sox(pcm: bytes, *effects: str) -> bytes:
    """16 kHz mono ``pcm`` through sox ``effects`` (``-G`` guards against clipping)."""
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.wav", Path(tmp) / "out.wav"
        write_wav(src, pcm)
        subprocess.run(["sox", "-R", "-G", str(src), "-r", str(RATE), "-c", "1", "-b", "16",
                        str(dst), *effects], check=True, capture_output=True)
        return _read(dst)


def _noise(kind: str) -> np.ndarray:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "noise.wav"
        subprocess.run(["sox", "-R", "-n", "-r", str(RATE), "-c", "1", "-b", "16", str(path),
                        "synth", "30", kind], check=True)
        return _samples(_read(path))


def far(pcm: bytes) -> bytes:
    """The voice from across the room: 22 dB quieter, the telephone band, some echo,
    over the microphone's own hiss."""
    voice = _samples(sox(pcm, "sinc", "300-3400", "reverb", "50", "50", "80", "pad", "0",
                         "0.4", "vol", "0.08"))
    hiss = _noise("whitenoise")
    return _pcm(voice + np.resize(hiss, voice.size) * (HISS_RMS / np.sqrt(np.mean(hiss ** 2))))


def tv_line(text: str) -> bytes:
    """A television saying ``text``: espeak-ng's en-gb+f3 through a small loudspeaker."""
    with tempfile.TemporaryDirectory() as tmp:
        raw, wav = Path(tmp) / "raw.wav", Path(tmp) / "tv.wav"
        subprocess.run(["espeak-ng", "-v", "en-gb+f3", "-s", "175", "-w", str(raw), text],
                       check=True)
        subprocess.run(["sox", "-R", str(raw), "-r", str(RATE), "-c", "1", str(wav), "pad",
                        "0.3", "0.5"], check=True)
        return sox(_read(wav), "sinc", "150-6000", "reverb", "40", "50", "60")


def behind(speech: bytes, tv: bytes, snr_db: float, lead: float = 0.4) -> bytes:
    """``speech`` with the television ``snr_db`` under it, the TV starting ``lead``
    seconds before the speaker."""
    voice, set_ = _samples(speech), _samples(tv)
    start = int(lead * RATE)
    mixed = np.zeros(max(voice.size + start, set_.size))
    mixed[start:start + voice.size] += voice
    mixed[:set_.size] += set_ * np.sqrt(_power(voice) / 10 ** (snr_db / 10) / _power(set_))
    return _pcm(mixed)


def under(pcm: bytes, kind: str, snr_db: float) -> bytes:
    """``pcm`` with sox's ``kind`` noise ("brownnoise": a kettle, an extractor) ``snr_db``
    under it throughout."""
    voice, noise = _samples(pcm), _noise(kind)
    noise = np.resize(noise, voice.size)
    return _pcm(voice + noise * np.sqrt(_power(voice) / 10 ** (snr_db / 10)
                                        / max(float(np.mean(noise ** 2)), 1e-9)))
