"""Audio in: WAV files of any rate and channel count, the microphone, level values.

Everything leaves this module as 16 kHz mono signed 16-bit little-endian PCM, the
format both recognisers take. WAV parsing is done here (not with :mod:`wave`) so
float, 24-bit and WAVE_FORMAT_EXTENSIBLE files work and a lying header is caught.
"""

from __future__ import annotations

import logging
import math
import queue
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import AudioError
from .devices import InputDevice, list_input_devices, sounddevice_module

__all__ = ["SAMPLE_RATE", "InputDevice", "MicrophoneSource", "WavAudio", "chunks",
           "level", "list_input_devices", "read_wav", "resample"]

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
MAX_WAV_BYTES = 200 * 1024 * 1024
"""Larger files are refused: a spoken command is seconds long, not hours."""
_PCM, _FLOAT, _EXTENSIBLE = 1, 3, 0xFFFE


@dataclass(frozen=True)
class WavAudio:
    """Audio ready for a recogniser, and what the file was before conversion."""

    pcm: bytes
    """16 kHz mono int16 little-endian."""
    source_rate: int
    source_channels: int

    @property
    def seconds(self) -> float:
        return len(self.pcm) / (2 * SAMPLE_RATE)


def read_wav(path: str | Path) -> WavAudio:
    """Read a WAV file and convert it to 16 kHz mono int16; AudioError says why not."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_WAV_BYTES:
            raise AudioError(f"{path} is {size // 2**20} MB; teachapp reads WAV files up to "
                             f"{MAX_WAV_BYTES // 2**20} MB. Cut the recording to the command.")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise AudioError(f"{path} does not exist; give the path of a WAV file.") from exc
    except IsADirectoryError as exc:
        raise AudioError(f"{path} is a folder; give the path of a WAV file.") from exc
    except OSError as exc:
        raise AudioError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    fmt, payload = _parse_riff(path, data)
    samples = _decode(path, fmt, payload)
    if samples.size == 0:
        if struct.unpack_from("<I", data, 4)[0] + 8 > len(data):
            raise _cut_short(path, data, "right after its header (its header says the "
                             f"file is {struct.unpack_from('<I', data, 4)[0] + 8:,} bytes)")
        raise AudioError(f"{path} holds no audio (its data chunk is empty); "
                         "record the command again.")
    mono = samples.mean(axis=1) if samples.shape[1] > 1 else samples[:, 0]
    mono = resample(mono, fmt["rate"], SAMPLE_RATE)
    pcm = np.clip(np.round(mono * 32767.0), -32768, 32767).astype("<i2").tobytes()
    return WavAudio(pcm=pcm, source_rate=fmt["rate"], source_channels=fmt["channels"])


def _parse_riff(path: Path, data: bytes) -> tuple[dict[str, int], bytes]:
    if data[:4] == b"RIFF" and 4 <= len(data) < 12 and b"WAVE".startswith(data[8:12]):
        raise _cut_short(path, data, "inside the RIFF/WAVE header")
    if len(data) < 12 or data[:4] not in (b"RIFF", b"RIFX") or data[8:12] != b"WAVE":
        what = "empty" if not data else "not a WAV file (no RIFF/WAVE header)"
        raise AudioError(f"{path} is {what}; teachapp reads PCM or float WAV files. "
                         "Convert it, e.g. `sox IN.mp3 OUT.wav`.")
    if data[:4] == b"RIFX":
        raise AudioError(f"{path} is a big-endian (RIFX) WAV file; convert it with "
                         "`sox IN.wav -e signed -b 16 OUT.wav`.")
    pos, fmt, payload, promised = 12, None, None, 0
    while pos + 8 <= len(data):
        cid, csize = data[pos:pos + 4], struct.unpack_from("<I", data, pos + 4)[0]
        body_end = pos + 8 + csize
        if cid == b"data":
            if body_end > len(data):
                # Streamed WAVs leave the size at 0 or 0xFFFFFFFF: take what is there.
                if _sized(data, csize, body_end):
                    promised = csize  # (one whose header was written whole: cut short)
                body_end = len(data)
            payload = data[pos + 8:body_end]
            if fmt is not None:
                break
        elif body_end > len(data):
            name = cid.decode("latin-1")
            raise _cut_short(path, data, f"inside its {name!r} header chunk (the chunk "
                             f"claims {csize:,} bytes; {len(data) - pos - 8:,} are there)")
        elif cid == b"fmt ":
            fmt = _parse_fmt(path, data[pos + 8:body_end])
        pos = body_end + (csize & 1)
    if (fmt is None or payload is None) and pos < len(data):
        raise _cut_short(path, data, "inside its header (in the middle of a chunk's name "
                         "and size)")
    if fmt is None or payload is None:
        said = struct.unpack_from("<I", data, 4)[0] + 8
        if said > len(data):
            raise _cut_short(path, data, "before its audio (its header says the file is "
                             f"{said:,} bytes)")
    if fmt is None:
        raise AudioError(f"{path} has no 'fmt ' chunk, so its sample rate is unknown; "
                         "the file is damaged.")
    if payload is None:
        raise AudioError(f"{path} has no audio data chunk; record the command again.")
    if promised and payload:
        rate = fmt["rate"] * fmt["align"]
        raise _cut_short(path, data, f"{len(payload) / rate:.1f} s into the "
                         f"{promised / rate:.1f} s of audio its header says it holds",
                         holds="so what was said may be cut off too")
    return fmt, payload


_STREAMED = 0x7FFF0000
"""Data sizes from here up (0xFFFFFFFF; arecord to a pipe writes 0x80000000), and 0, are
what a recorder writing to a pipe puts in the header before it knows the length."""


def _sized(data: bytes, size: int, end: int) -> bool:
    """Whether a data chunk that runs past the file's end was given its real size: not a
    streamed recorder's placeholder, and the RIFF header counts the file past it too (a
    copy, download or recording cut off, where a stream says nothing true of its length)."""
    riff = struct.unpack_from("<I", data, 4)[0]
    return 0 < size < _STREAMED and riff + 8 >= end


def _cut_short(path: Path, data: bytes, where: str,
               holds: str = "so it holds no audio") -> AudioError:
    """A file that ends before its header does (an interrupted copy, download or
    recording): said as that, not as "not a WAV file", a missing part or silence."""
    return AudioError(f"{path} is cut short: it ends after {len(data):,} bytes, {where}, "
                      f"{holds}. Copy or record it again.")


def _parse_fmt(path: Path, body: bytes) -> dict[str, int]:
    if len(body) < 16:
        raise AudioError(f"{path}: its 'fmt ' chunk is {len(body)} bytes, too short.")
    tag, channels, rate, _, align, bits = struct.unpack_from("<HHIIHH", body)
    if tag == _EXTENSIBLE and len(body) >= 26:
        tag = struct.unpack_from("<H", body, 24)[0]
    if tag not in (_PCM, _FLOAT):
        raise AudioError(f"{path} is compressed (WAV format {tag:#x}); teachapp reads PCM "
                         "or float WAV. Convert it: `sox IN.wav -e signed -b 16 OUT.wav`.")
    if not 1 <= channels <= 32 or not 1000 <= rate <= 384_000 or bits not in (8, 16, 24, 32, 64):
        raise AudioError(f"{path} has an impossible header ({channels} channels, {rate} Hz, "
                         f"{bits}-bit); the file is damaged.")
    if tag == _FLOAT and bits not in (32, 64):
        raise AudioError(f"{path} says it is {bits}-bit float; the file is damaged.")
    return {"tag": tag, "channels": channels, "rate": rate, "bits": bits,
            "align": max(align, channels * bits // 8)}


def _decode(path: Path, fmt: dict[str, int], payload: bytes) -> np.ndarray:
    """Samples as float64 in -1..1, shape (frames, channels)."""
    width = fmt["bits"] // 8
    frame = fmt["channels"] * width
    usable = len(payload) - len(payload) % frame
    raw = payload[:usable]
    if fmt["tag"] == _FLOAT:
        values = np.frombuffer(raw, dtype="<f4" if width == 4 else "<f8").astype(np.float64)
    elif width == 1:
        values = (np.frombuffer(raw, dtype=np.uint8).astype(np.float64) - 128.0) / 128.0
    elif width == 3:
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        ints = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        values = np.where(ints >= 1 << 23, ints - (1 << 24), ints) / float(1 << 23)
    else:
        dtype = {2: "<i2", 4: "<i4", 8: "<i8"}[width]
        values = np.frombuffer(raw, dtype=dtype).astype(np.float64) / float(1 << (8 * width - 1))
    values = np.nan_to_num(values, nan=0.0, posinf=1.0, neginf=-1.0)
    return values.reshape(-1, fmt["channels"])


def resample(signal: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    """Band-limited resampling: windowed-sinc low-pass (when lowering) + interpolation.

    Good enough for speech recognition and free of a SciPy dependency.
    """
    if rate_in == rate_out or signal.size == 0:
        return signal.astype(np.float64)
    if rate_out < rate_in:
        cutoff = 0.45 * rate_out / rate_in  # cycles per input sample, below new Nyquist
        taps = np.arange(-32, 33)
        kernel = 2 * cutoff * np.sinc(2 * cutoff * taps) * np.hamming(taps.size)
        signal = np.convolve(signal, kernel / kernel.sum(), mode="same")
    n_out = round(signal.size * rate_out / rate_in)
    positions = np.arange(n_out) * (rate_in / rate_out)
    return np.interp(positions, np.arange(signal.size), signal)


def chunks(pcm: bytes, ms: int = 100) -> Iterator[bytes]:
    """Split 16 kHz mono int16 PCM into blocks of ``ms`` milliseconds."""
    step = SAMPLE_RATE * 2 * ms // 1000
    for start in range(0, len(pcm), step):
        yield pcm[start:start + step]


def pcm_samples(pcm: bytes) -> np.ndarray:
    """The int16 samples of 16 kHz mono PCM (a trailing odd byte dropped), as a view."""
    return np.frombuffer(pcm[: len(pcm) - len(pcm) % 2], dtype="<i2")


def level(pcm: bytes) -> float:
    """A meter value in 0..1 for a block of int16 PCM (-60 dBFS -> 0, 0 dBFS -> 1)."""
    if len(pcm) < 2:
        return 0.0
    samples = pcm_samples(pcm).astype(np.float64)
    rms = math.sqrt(float(np.mean(samples * samples))) / 32768.0
    if rms <= 1e-6:
        return 0.0
    return max(0.0, min(1.0, (20 * math.log10(rms) + 60.0) / 60.0))


_NO_MIC = ("No microphone found, so teachapp cannot listen; plug one in and start "
           "listening again, or type instead — typing works without one.")


class MicrophoneSource:
    """The microphone through sounddevice: 16 kHz mono int16 blocks of 100 ms."""

    def __init__(self, device: int | str | None = None, block_ms: int = 100) -> None:
        self.device = device
        self.block_ms = block_ms
        self._queue: queue.Queue[bytes] = queue.Queue(maxsize=100)
        self._stream: Any = None
        self.overflows = 0

    def open(self) -> None:
        sd = sounddevice_module()
        if sd is None or not list_input_devices():
            raise AudioError(_NO_MIC)
        try:
            self._stream = sd.RawInputStream(
                samplerate=SAMPLE_RATE, channels=1, dtype="int16", device=self.device,
                blocksize=SAMPLE_RATE * self.block_ms // 1000, callback=self._callback)
            self._stream.start()
        except Exception as exc:
            self._stream = None
            which = f"microphone {self.device!r}" if self.device is not None else "the microphone"
            raise AudioError(f"Cannot open {which}: {exc}. Choose another input device in "
                             "the settings, or type instead.") from exc

    def _callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        if status:
            self.overflows += 1
        try:
            self._queue.put_nowait(bytes(indata))
        except queue.Full:
            self.overflows += 1

    def read(self, timeout: float = 0.5) -> bytes | None:
        """The next block, or None when none arrived within ``timeout`` seconds."""
        try:
            return self._queue.get(timeout=timeout)
        except queue.Empty:
            return None

    def close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
                stream.close()
            except Exception as exc:
                log.info("closing the microphone: %s", exc)
