"""Sounds that are not speech, made with sox, for benchmarks/speech_nonspeech.py and the
test of the rule: each a recipe of sox effects (16 kHz mono, quiet either side).

A cough is brown noise band-passed and shaped like a burst; a clap a click of white
noise; a door a thud (low noise) or a knock; a laugh and a hum ("hmm") a buzz at a
voice's pitch shaped by a vowel's band; a sneeze a short buzz then a hiss; music notes
and chords; a kettle a rising whistle over a rumble.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

__all__ = ["SOUNDS", "make_sound", "with_noise"]

_RATE = ["-r", "16000", "-c", "1", "-b", "16"]


def _burst(kind: str, seconds: float, band: str, vol: float, fade: str) -> list[str]:
    return ["synth", f"{seconds}", kind, "sinc", band, "fade", "q", *fade.split(),
            "vol", f"{vol}"]


SOUNDS: dict[str, list[list[str]]] = {
    # each: a list of parts (sox -n arguments after the output), joined in order
    "cough": [_burst("brownnoise", 0.35, "300-3000", 0.5, "0.02 0.35 0.2")],
    "cough_low": [_burst("brownnoise", 0.3, "150-1500", 0.6, "0.01 0.3 0.22")],
    "cough_double": [_burst("brownnoise", 0.25, "300-2500", 0.5, "0.01 0.25 0.15"),
                     ["trim", "0", "0.12"],
                     _burst("brownnoise", 0.3, "250-2000", 0.45, "0.01 0.3 0.2")],
    "cough_harsh": [_burst("pinknoise", 0.3, "500-4000", 0.5, "0.01 0.3 0.2")],
    "cough_voiced": [["synth", "0.3", "brownnoise", "sinc", "300-3000", "synth", "0.3",
                      "sawtooth", "mix", "140", "fade", "q", "0.01", "0.3", "0.2",
                      "vol", "0.4"]],
    "clap": [_burst("whitenoise", 0.06, "1000-6000", 0.8, "0 0.06 0.05")],
    "clap_double": [_burst("whitenoise", 0.05, "800-6000", 0.8, "0 0.05 0.045"),
                    ["trim", "0", "0.25"],
                    _burst("whitenoise", 0.05, "800-6000", 0.8, "0 0.05 0.045")],
    "door_slam": [_burst("brownnoise", 0.4, "40-600", 0.9, "0 0.4 0.38")],
    "door_knock": [_burst("brownnoise", 0.08, "80-900", 0.9, "0 0.08 0.07"),
                   ["trim", "0", "0.15"],
                   _burst("brownnoise", 0.08, "80-900", 0.9, "0 0.08 0.07"),
                   ["trim", "0", "0.15"],
                   _burst("brownnoise", 0.08, "80-900", 0.9, "0 0.08 0.07")],
    "door_creak": [["synth", "0.9", "sawtooth", "90-160", "sinc", "200-2500", "tremolo",
                    "25", "60", "fade", "q", "0.1", "0.9", "0.2", "vol", "0.3"]],
    "laugh": [*[p for _ in range(4) for p in (
        ["synth", "0.12", "sawtooth", "230", "sinc", "300-1500", "synth", "0.12",
         "pinknoise", "mix", "fade", "q", "0.02", "0.12", "0.05", "vol", "0.4"],
        ["trim", "0", "0.08"])]],
    "hmm": [["synth", "0.7", "sawtooth", "120-105", "lowpass", "400", "fade", "q", "0.08",
             "0.7", "0.15", "vol", "0.6"]],
    "hmm_high": [["synth", "0.5", "sawtooth", "190-210", "lowpass", "600", "fade", "q",
                  "0.06", "0.5", "0.1", "vol", "0.6"]],
    "sneeze": [["synth", "0.3", "sawtooth", "250-300", "sinc", "400-2000", "fade", "q",
                "0.1", "0.3", "0.05", "vol", "0.35"],
               _burst("whitenoise", 0.25, "2000-7000", 0.6, "0.01 0.25 0.2")],
    "music": [["synth", "0.4", "pluck", "C4", "synth", "0.4", "pluck", "mix", "E4",
               "vol", "0.5"],
              ["synth", "0.4", "pluck", "G4", "vol", "0.5"],
              ["synth", "0.4", "pluck", "E4", "synth", "0.4", "pluck", "mix", "C5",
               "vol", "0.5"],
              ["synth", "0.8", "pluck", "D4", "synth", "0.8", "pluck", "mix", "A4",
               "vol", "0.5"]],
    "music_chord": [["synth", "2.0", "sine", "220", "synth", "2.0", "sine", "mix",
                     "277", "synth", "2.0", "sine", "mix", "330", "fade", "q", "0.2",
                     "2.0", "0.5", "vol", "0.4"]],
    "kettle": [["synth", "2.0", "sine", "1500-2300", "synth", "2.0", "brownnoise", "mix",
                "fade", "q", "0.5", "2.0", "0.3", "vol", "0.3"]],
    "kettle_rumble": [_burst("brownnoise", 1.5, "60-700", 0.5, "0.4 1.5 0.4")],
    "beeps": [["synth", "0.15", "sine", "1000", "vol", "0.5"], ["trim", "0", "0.15"],
              ["synth", "0.15", "sine", "1000", "vol", "0.5"], ["trim", "0", "0.15"],
              ["synth", "0.15", "sine", "1000", "vol", "0.5"]],
    "phone_ring": [["synth", "0.8", "sine", "440", "synth", "0.8", "sine", "mix", "480",
                    "tremolo", "20", "80", "vol", "0.4"]],
    "bark": [["synth", "0.15", "sawtooth", "450-350", "sinc", "300-3000", "synth", "0.15",
              "pinknoise", "mix", "fade", "q", "0.01", "0.15", "0.06", "vol", "0.5"],
             ["trim", "0", "0.2"],
             ["synth", "0.15", "sawtooth", "450-350", "sinc", "300-3000", "synth", "0.15",
              "pinknoise", "mix", "fade", "q", "0.01", "0.15", "0.06", "vol", "0.5"]],
    "glass": [["synth", "0.6", "sine", "3100", "synth", "0.6", "sine", "mix", "4700",
               "fade", "q", "0", "0.6", "0.58", "vol", "0.4"]],
    "water": [_burst("whitenoise", 1.5, "500-5000", 0.25, "0.2 1.5 0.2")],
}


def make_sound(folder: Path, name: str, *, gain_db: float = 0.0) -> Path:
    """The sound ``name`` of :data:`SOUNDS` as a 16 kHz mono WAV with 0.3 s of quiet
    before and 0.5 s after, ``gain_db`` louder or softer."""
    folder.mkdir(parents=True, exist_ok=True)
    parts = []
    for index, effects in enumerate(SOUNDS[name]):
        part = folder / f"{name}.{index}.wav"
        if effects[0] == "trim":  # a gap
            subprocess.run(["sox", "-n", *_RATE, str(part), "trim", *effects[1:]],
                           check=True)
        else:
            subprocess.run(["sox", "-R", "-n", *_RATE, str(part), *effects], check=True,
                           capture_output=True)
        parts.append(str(part))
    out = folder / f"{name}{'' if not gain_db else f'_{gain_db:+.0f}dB'}.wav"
    subprocess.run(["sox", *parts, str(out), "gain", f"{gain_db}", "pad", "0.3", "0.5"],
                   check=True)
    for part in parts:
        Path(part).unlink()
    return out


def with_noise(wav: Path, kind: str, snr_db: float) -> Path:
    """``wav`` with sox's ``kind`` noise ("pink", "brown") behind it throughout, ``snr_db``
    under the loud part of ``wav`` (benchmarks/speech_controls.py's ``noisy``)."""
    import wave

    import numpy as np

    def read(path: Path) -> np.ndarray:
        with wave.open(str(path)) as clip:
            return np.frombuffer(clip.readframes(clip.getnframes()), "<i2").astype(np.float64)

    sound = read(wav)
    made = wav.with_name(f"{wav.stem}_{kind}_noise.wav")
    subprocess.run(["sox", "-R", "-n", *_RATE, str(made), "synth",
                    f"{sound.size / 16000 + 0.2:.2f}", f"{kind}noise", "vol", "0.3"], check=True)
    noise = read(made)[:sound.size]
    loud = sound[np.abs(sound) > 0.05 * np.abs(sound).max()]
    level = np.sqrt(np.mean(loud ** 2)) / 10 ** (snr_db / 20)
    mixed = sound + noise / (np.sqrt(np.mean(noise ** 2)) + 1e-9) * level
    out = wav.with_name(f"{wav.stem}_{kind}.wav")
    with wave.open(str(out), "wb") as clip:
        clip.setnchannels(1)
        clip.setsampwidth(2)
        clip.setframerate(16000)
        clip.writeframes(np.clip(mixed, -32768, 32767).astype("<i2").tobytes())
    return out
