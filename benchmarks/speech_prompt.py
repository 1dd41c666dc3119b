"""Whisper's prompt as a home grows: how long it is, what it keeps, and what a decode costs.

    .venv/bin/python benchmarks/speech_prompt.py [--quick]

Homes of 3, 12, 50 and 200 routines (two-word phrases made from two word lists) in the
simulated home of `make run` (12 devices). For each: the listening vocabulary every front
end uses (``talk.listening_vocabulary``), Whisper's prompt (characters and tokens; Whisper
reads at most 223 prompt tokens), how many taught phrases the prompt holds, and, with
espeak-ng speech of taught phrases (the first and the last ones taught), how they are
heard and how long a decode takes (median; 1 thread, so the figures compare).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from teachapp.conversation.talk import listening_vocabulary  # noqa: E402
from teachapp.home.default_home import default_home_devices  # noqa: E402
from teachapp.speech.audio import read_wav  # noqa: E402
from teachapp.speech.whisper_engine import WhisperRecognizer  # noqa: E402

FIRST = ("amber", "breezy", "cosy", "dusty", "early", "frosty", "golden", "hazy", "idle",
         "jolly", "lazy", "misty", "noisy", "quiet", "rainy")
SECOND = ("evening", "morning", "lounge", "kitchen", "garden", "reading", "dinner", "study",
          "party", "bath", "movie", "music", "sunday", "workout", "picnic")
WHISPER_PROMPT_TOKENS = 223


def phrases(count: int) -> list[str]:
    """``count`` distinct two-word phrases, in the order a person might teach them."""
    made = [f"{a} {b}" for b in SECOND for a in FIRST]
    return made[:count]


def spoken(folder: Path, text: str) -> bytes:
    raw, out = folder / "raw.wav", folder / "out.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "160", "-w", str(raw), text], check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(out),
                    "pad", "0.3", "0.5"], check=True)
    return read_wav(out).pcm


def measure(count: int, folder: Path, said: int) -> dict:
    taught = sorted(phrases(count))  # the store gives them by routine name
    devices = [d.name for d in default_home_devices()]
    vocabulary = listening_vocabulary(taught, devices)
    rec = WhisperRecognizer(vocabulary, threads=1, speculate=False)
    prompt = rec._tokenizer.decode(rec._prompt_ids)
    in_prompt = [p for p in taught if p in prompt]
    tests = list(dict.fromkeys([*taught[:said], *taught[-said:]]))
    heard, times = [], []
    for text in tests:
        pcm = spoken(folder, text)
        started = time.perf_counter()
        transcript = rec.transcribe(pcm)
        times.append((time.perf_counter() - started) * 1000)
        heard.append({"said": text, "heard": transcript.text, "in_prompt": text in in_prompt,
                      "confidence": round(transcript.confidence or 0.0, 3)})
    right = [h for h in heard if h["heard"] == h["said"]]
    return {"routines": count, "vocabulary": len(vocabulary), "prompt_chars": len(prompt),
            "prompt_tokens": len(rec._prompt_ids), "taught_in_prompt": len(in_prompt),
            "prompt_starts": prompt[:40], "decode_ms_median": round(statistics.median(times)),
            "heard_right": f"{len(right)}/{len(heard)}",
            "heard_right_in_prompt": sum(h["in_prompt"] for h in right),
            "said_in_prompt": sum(h["in_prompt"] for h in heard), "heard": heard}


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    said = 3 if quick else 6
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for count in (3, 12, 50, 200):
            rows.append(measure(count, Path(tmp), said))
    print(f"{'routines':>8} {'vocab':>6} {'chars':>6} {'tokens':>6} {'taught in prompt':>17} "
          f"{'decode ms':>9}  heard right (of them in the prompt)")
    for r in rows:
        print(f"{r['routines']:>8} {r['vocabulary']:>6} {r['prompt_chars']:>6} "
              f"{r['prompt_tokens']:>6} {r['taught_in_prompt']:>8}/{r['routines']:<8} "
              f"{r['decode_ms_median']:>9}  {r['heard_right']} "
              f"({r['heard_right_in_prompt']}/{r['said_in_prompt']})")
        for h in r["heard"]:
            if h["heard"] != h["said"]:
                print(f"{'':10}miss: {h['said']!r} -> {h['heard']!r}"
                      f"{'' if h['in_prompt'] else ' (not in the prompt)'}")
    print(f"Whisper reads at most {WHISPER_PROMPT_TOKENS} prompt tokens.")
    out = ROOT / "benchmarks" / "results" / "speech_prompt.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
