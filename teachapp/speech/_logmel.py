"""Whisper's log-mel front end in numpy (so the app needs neither torch nor PyAV).

The same computation as OpenAI's ``whisper.audio.log_mel_spectrogram``: a 25 ms Hann
window every 10 ms (400/160 samples at 16 kHz), reflect padding at both ends, power
spectrum, 80 Slaney-style mel filters, log10 clamped 8 decades under the maximum,
then scaled to about -1..1. tests/test_speech_whisper.py checks it by transcribing
real recordings.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

__all__ = ["HOP", "N_FFT", "SAMPLE_RATE", "log_mel"]

SAMPLE_RATE = 16_000
N_FFT = 400
HOP = 160
MAX_FRAMES = 3000
"""Whisper's window: 30 s of audio, 3000 feature frames."""


def _hz_to_mel(freq: np.ndarray | float) -> np.ndarray:
    """Slaney's mel scale: linear below 1 kHz, logarithmic above."""
    freq = np.asarray(freq, dtype=np.float64)
    linear = freq / (200.0 / 3)
    min_log_mel = 1000.0 / (200.0 / 3)
    step = np.log(6.4) / 27.0
    return np.where(freq >= 1000.0,
                    min_log_mel + np.log(np.maximum(freq, 1e-10) / 1000.0) / step, linear)


def _mel_to_hz(mels: np.ndarray | float) -> np.ndarray:
    mels = np.asarray(mels, dtype=np.float64)
    min_log_mel = 1000.0 / (200.0 / 3)
    step = np.log(6.4) / 27.0
    return np.where(mels >= min_log_mel, 1000.0 * np.exp(step * (mels - min_log_mel)),
                    mels * (200.0 / 3))


@lru_cache(maxsize=2)
def mel_filters(n_mels: int = 80) -> np.ndarray:
    """The (n_mels, N_FFT/2+1) filter bank librosa builds with ``norm="slaney"``."""
    fft_freqs = np.linspace(0, SAMPLE_RATE / 2, N_FFT // 2 + 1)
    edges = _mel_to_hz(np.linspace(_hz_to_mel(0.0), _hz_to_mel(SAMPLE_RATE / 2), n_mels + 2))
    widths = np.diff(edges)
    ramps = edges[:, None] - fft_freqs[None, :]
    lower = -ramps[:-2] / widths[:-1, None]
    upper = ramps[2:] / widths[1:, None]
    weights = np.maximum(0.0, np.minimum(lower, upper))
    weights *= (2.0 / (edges[2:n_mels + 2] - edges[:n_mels]))[:, None]
    return weights.astype(np.float32)


@lru_cache(maxsize=1)
def _window() -> np.ndarray:
    return (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)).astype(np.float32)


def log_mel(audio: np.ndarray, frames: int = MAX_FRAMES, n_mels: int = 80) -> np.ndarray:
    """(n_mels, frames) float32 features of mono float audio in -1..1 at 16 kHz,
    zero-padded (or cut) to ``frames`` frames of 10 ms."""
    if frames <= 0:
        raise ValueError("frames must be positive")
    samples = np.zeros(frames * HOP, dtype=np.float32)
    take = min(len(audio), samples.size)
    samples[:take] = audio[:take]
    padded = np.pad(samples, N_FFT // 2, mode="reflect")
    index = np.arange(N_FFT)[None, :] + HOP * np.arange(frames + 1)[:, None]
    spectrum = np.fft.rfft(padded[index] * _window(), axis=1)
    power = (spectrum.real ** 2 + spectrum.imag ** 2)[:-1].T.astype(np.float32)
    mel = mel_filters(n_mels) @ power
    logs = np.log10(np.maximum(mel, 1e-10))
    logs = np.maximum(logs, logs.max() - 8.0)
    return ((logs + 4.0) / 4.0).astype(np.float32)
