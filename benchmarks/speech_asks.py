"""What the question detector (``speech._asked``) costs and catches, on a wide set of sayings.

    .venv/bin/python benchmarks/speech_asks.py [--record FILE] [--table FILE] [--clips DIR]

Three homes taught by their phrases: the eight routines of tests/_spoken_home.py, and
benchmarks/_speech_english.py's DEV_PHRASES and TEST_PHRASES (twelve each). Every phrase
is said with each carrier ("turn on X", "switch to X", "start X", "set X", "let's X",
"time for X", "alexa X please") by hibari-tts (speed 1.0, seed 1) and espeak-ng (en-us+m3,
160 a minute), clean and in pink noise at 10 dB: the first home's in all four, the other
two's each in one of the four in turn (the carriers go round the conditions). Questions
about the routines (which must never run): benchmarks/speech_questions.py's TUNE and HELD
for the first home in all four conditions, and two per phrase of the other homes in two.
Half of each is for choosing (phrases at even places in their home, and TUNE), the other
half for reporting (odd places, HELD).

``--record``: each saying heard as ``teachapp listen --wav`` hears it (the same recogniser
and reading, one process, one thread), with the detector's figure kept aside (it is made
to pass), and the resolver's decision both as the transcript stands and as asked; with
Whisper's words before its repeats were cut, whether it wrote up to the length cap, and
the decode time. ``--table``: outcomes per condition for any threshold from such a record.
The clips are kept in ``--clips`` so a second run hears the same audio. ``--cost``: the
decode time per clip, main's whole decode against the staged one (``FIRST_TOKENS``).

Measured 2026-12-06 (one thread), the detector as main had it (any first word) -> reading
only a statement's first word (``_asked.STATEMENT_OPENERS``), threshold 0.08 both:

    choosing half           right    asked   rejected  wrong  | questions  ran   not run
    espeak-ng 10 dB         17->17   12->12  17->17    0->0   |            0->0  38->38
    espeak-ng clean         38->41    4->1   10->10    0->0   |            0->0  26->26
    hibari-tts 10 dB        41->42    5->4    0->0     0->0   |            0->0  38->38
    hibari-tts clean        51->51    1->1    0->0     0->0   |            0->0  50->50
    reporting half
    espeak-ng 10 dB         23->23   10->10  19->19    0->0   |            0->0  36->36
    espeak-ng clean         31->35    7->3    8->8     0->0   |            1->1  47->47
    hibari-tts 10 dB        48->49    4->3    0->0     0->0   |            0->0  36->36
    hibari-tts clean        45->45    1->1    0->0     0->0   |            0->0  24->24

Without the detector 6 questions ran: 5 written opening "it", "it's", "and", "a" (its
figure 0.11-0.22; caught either way), and "have we had tea for two" written "can we have
tea for two" (the question's own word written: out of its reach; it runs either way). The
9 requests it no longer asks about opened with their verb ("switch" x5: "which" up to
0.30; "turn" x2: "do"; "let's" x2: "what", 0.35). No threshold alone parts them (questions
from 0.110, requests up to 0.346); with the statement's words only, every threshold from 0
to 0.11 gave the same outcomes on the choosing half, so 0.08 stays.

Recorded again with the branch (the rule, the staged decode, the copy check): the same
688 transcripts, confidence checks and as-is decisions; the outcomes changed in exactly
those 9 requests (asked -> right), and in nothing else.

Repeats: Whisper wrote a clause again in 146 of the 688, to its cap in 113 (decode median
726 ms there, 528 ms elsewhere); its cut left a repeat in no transcript (one stutter:
"start start living part of me"). Copied prompt after fillers: not in this set (no
fillers); see ``_no_words.copied_after_filler``.

--cost --step 6 --repeats 2 (115 clips, fastest of 2, interleaved, one thread, a machine
loaded by other jobs): whole decode (main) median 808 ms, p90 1303 ms; staged (now, the
decode stops once a clause is written again) median 784 ms, p90 1065 ms. The staged decode
writes 18 tokens where the whole one wrote 28 (median of the decodes that reach the budget).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import copy
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from _home_sounds import write_wav  # noqa: E402
from _speech_english import (  # noqa: E402
    DEV_PHRASES,
    TEST_PHRASES,
    Voices,
    print_decode_times,
)
from speech_questions import HELD, TUNE  # noqa: E402

HOMES = {"spoken": ("bath time", "porch light", "lights out", "cosy evening", "call grandma",
                    "school run", "tea for two", "quiet hours"),
         "dev": DEV_PHRASES, "test": TEST_PHRASES}
DEVICES = (("light.bedroom_lamp", "{on: true, brightness: 40}"),
           ("light.living_room_lamp", "{on: true}"), ("light.kitchen_lights", "{on: false}"),
           ("media_player.tv", "{on: false}"), ("cover.living_room_blinds", "{position: 100}"),
           ("switch.coffee_maker", "{on: true}"), ("media_player.office_speaker",
                                                   "{volume: 10}"))
CARRIERS = ("turn on {}", "switch to {}", "start {}", "set {}", "let's {}", "time for {}",
            "alexa {} please")
ASKING = ("is it {} yet", "did {} run", "what does {} do", "is {} on", "has {} started",
          "when does {} end", "was {} done", "why did {} run", "are we doing {}",
          "is {} over", "how long is {}", "did you start {}")
CONDITIONS = (("hibari", 0), ("hibari", 10), ("espeak", 0), ("espeak", 10))


def sayings() -> list[dict[str, Any]]:
    """Every saying: home, text, the routine wanted (None: a question), condition, half."""
    out: list[dict[str, Any]] = []
    for home, phrases in HOMES.items():
        for i, phrase in enumerate(phrases):
            half = "choose" if i % 2 == 0 else "report"
            for c, carrier in enumerate(CARRIERS):
                conditions = (CONDITIONS if home == "spoken"
                              else [CONDITIONS[(i + c) % len(CONDITIONS)]])
                for voice, snr in conditions:
                    out.append({"home": home, "said": carrier.format(phrase), "wanted": phrase,
                                "carrier": carrier, "voice": voice, "snr": snr, "half": half})
            if home == "spoken":
                continue
            for q in (2 * i, 2 * i + 1):
                text = ASKING[q % len(ASKING)].format(phrase)
                for voice, snr in (CONDITIONS[q % 4], CONDITIONS[(q + 3) % 4]):
                    out.append({"home": home, "said": text, "wanted": None, "carrier": "?",
                                "voice": voice, "snr": snr, "half": half})
    for group, half in ((TUNE, "choose"), (HELD, "report")):
        for text in group:
            for voice, snr in CONDITIONS:
                out.append({"home": "spoken", "said": text, "wanted": None, "carrier": "?",
                            "voice": voice, "snr": snr, "half": half})
    return out


def _home_db(folder: Path, home: str) -> Path:
    lines = ["version: 1", "routines:"]
    for i, phrase in enumerate(HOMES[home]):
        device, change = DEVICES[i % len(DEVICES)]
        lines += [f"  - name: {phrase}", f"    phrases: [{phrase}]",
                  f"    steps: [{{device: {device}, set: {change}}}]"]
    (folder / f"{home}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = folder / f"{home}.sqlite3"
    subprocess.run([sys.executable, "-m", "teachapp", "--db", str(db), "import",
                    str(folder / f"{home}.yaml")], check=True, capture_output=True)
    return db


def clip(folder: Path, voices: Voices, saying: dict[str, Any], n: int) -> Path:
    """The saying's WAV (16 kHz mono), made once and kept."""
    name = f"{saying['voice']}_{saying['snr']}_{saying['said'].replace(' ', '_')}.wav"
    path = folder / name.replace("'", "")
    if path.exists():
        return path
    text, voice = saying["said"], saying["voice"]
    pcm = voices.hibari(text, seed=1) if voice == "hibari" else voices.espeak(text)
    if pcm is None:
        raise SystemExit("hibari-tts is not installed (the `bench` extra)")
    if saying["snr"]:
        pcm = voices.noisy(pcm, float(saying["snr"]), sum(map(ord, text)) % 97)
    return write_wav(path, pcm)


class _Watched:
    """The engine's decode watched: the detector's figure (kept aside, made to pass),
    Whisper's words before the repeats were cut, and whether it wrote up to its cap."""

    def __init__(self) -> None:
        from teachapp.speech import whisper_engine

        self.engine = whisper_engine
        self.seen: dict[str, Any] = {}
        real_mass, real_cut = whisper_engine.question_mass, whisper_engine.cut_repeats_marked

        def mass(ids: list[int], logits: Any, tokenizer: Any, phrases: Any = ()) -> float:
            self.seen["mass"] = real_mass(ids, logits, tokenizer, phrases)
            self.seen["asked_at"] = _asked_at(ids, logits, tokenizer, phrases)
            return 0.0

        def cut(text: str) -> str:
            self.seen.setdefault("wrote", text)
            return real_cut(text)

        whisper_engine.question_mass = mass
        whisper_engine.cut_repeats_marked = cut

    def watch(self, recognizer: Any) -> None:
        model, seen = recognizer._model, self.seen

        class _Model:
            def generate(self, *a: Any, **k: Any) -> Any:
                result = model.generate(*a, **k)
                if "capped" not in seen:
                    prompt = len(a[1][0])
                    seen["capped"] = len(result[0].sequences_ids[0]) >= k["max_length"] - prompt
                    seen["tokens"] = len(result[0].sequences_ids[0])
                return result

            def __getattr__(self, attr: str) -> Any:
                return getattr(model, attr)

        recognizer._model = _Model()


def _asked_at(ids: list[int], logits: Any, tokenizer: Any, phrases: Any) -> dict[str, Any]:
    """The word the detector read and the question words it weighed there (top three)."""
    import numpy as np

    from teachapp.speech._asked import opener_ids
    from teachapp.speech._whisper_text import clean

    for step, token in enumerate(ids[:len(logits)]):
        if not tokenizer.decode([token]).startswith(" ") and step:
            continue
        said = clean(tokenizer.decode(ids[step:])).split()
        if not said or said[0] in {"alexa", "hey", "hi", "hello", "ok", "okay", "so", "well",
                                   "um", "uh", "er", "hmm"}:
            continue
        row = np.asarray(logits[step], dtype=np.float64).ravel()
        weights = np.exp(row - row.max())
        weights /= weights.sum()
        openers = opener_ids(tokenizer)
        openers = openers[openers < row.size]
        top = openers[np.argsort(-weights[openers])[:3]]
        return {"word": said[0], "step": step, "openers": [
            [tokenizer.decode([int(t)]).strip(), round(float(weights[t]), 4)] for t in top]}
    return {}


def record(args: argparse.Namespace) -> None:
    from teachapp.cli import speech as cli
    from teachapp.settings import Settings
    from teachapp.speech import recognize_wav
    from teachapp.speech.whisper_engine import WhisperRecognizer

    watched = _Watched()
    clips = Path(args.clips)
    clips.mkdir(parents=True, exist_ok=True)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        voices = Voices(folder)
        heard: dict[str, tuple[Any, list[str], Any]] = {}
        for home in HOMES:
            resolver, phrases = cli._phrases(argparse.Namespace(db=str(_home_db(folder, home)),
                                                                mode="command"))
            recognizer = WhisperRecognizer(phrases, settings=Settings(), threads=1)
            watched.watch(recognizer)
            heard[home] = (resolver, phrases, recognizer)
        for n, saying in enumerate(sayings()):
            resolver, phrases, recognizer = heard[saying["home"]]
            path = clip(clips, voices, saying, n)
            watched.seen.clear()
            started = time.perf_counter()
            transcript = recognize_wav(str(path), phrases=phrases, recognizer=recognizer)
            ms = (time.perf_counter() - started) * 1000
            asked = copy.copy(transcript)
            asked.verified = False if transcript.text else transcript.verified
            decisions = [_decided(cli, t, resolver) for t in (transcript, asked)]
            rows.append({**saying, "heard": decisions[0].get("transcript_punctuated"),
                         "verified": transcript.verified, "mass": watched.seen.get("mass", 0.0),
                         "asked_at": watched.seen.get("asked_at", {}),
                         "wrote": watched.seen.get("wrote", ""),
                         "capped": watched.seen.get("capped", False),
                         "tokens": watched.seen.get("tokens", 0), "ms": round(ms, 1),
                         "as_is": [decisions[0].get("decision"), decisions[0].get("routine")],
                         "as_asked": [decisions[1].get("decision"),
                                      decisions[1].get("routine")]})
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    Path(args.record).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _decided(cli: Any, transcript: Any, resolver: Any) -> dict[str, Any]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli._report(transcript, resolver, "command", True)
    return json.loads(out.getvalue().strip().splitlines()[-1])


def outcome(row: dict[str, Any], asks: bool) -> str:
    """right / asked / rejected / wrong for a request, ran / not run for a question."""
    decision, routine = row["as_asked"] if asks else row["as_is"]
    if row["wanted"] is None:
        return "ran" if decision == "run" else "not run"
    if decision == "run":
        return "right" if routine == row["wanted"] else "wrong"
    return "rejected" if decision == "reject" else "asked"


def asks(row: dict[str, Any], threshold: float, statement_only: bool) -> bool:
    """Whether the detector asks about this saying at ``threshold``; ``statement_only``:
    only where the clause opens as a statement does (``_asked.STATEMENT_OPENERS``)."""
    from teachapp.speech._asked import STATEMENT_OPENERS

    return (bool(row["verified"]) and row["mass"] >= threshold
            and (not statement_only or row["asked_at"].get("word") in STATEMENT_OPENERS))


def table(args: argparse.Namespace) -> None:
    rows = [json.loads(line) for line in Path(args.table).read_text().splitlines()]
    for threshold, gated in ((t, g) for t in args.threshold for g in (False, True)):
        print(f"\nthreshold {threshold}{', statement openers only' if gated else ''}:")
        for half in ("choose", "report"):
            tally: dict[str, collections.Counter] = collections.defaultdict(
                collections.Counter)
            for row in rows:
                if row["half"] != half:
                    continue
                kind = "question" if row["wanted"] is None else "request"
                cond = f"{row['voice']} {row['snr'] or 'clean'}"
                tally[f"{kind:8} {cond}"][outcome(row, asks(row, threshold, gated))] += 1
            print(f"  {half}: " + "; ".join(
                f"{k}: " + " ".join(f"{o} {n}" for o, n in sorted(v.items()))
                for k, v in sorted(tally.items())))
    times = [r["ms"] for r in rows]
    if times:
        times.sort()
        print(f"\ndecode ms over {len(times)}: median {statistics.median(times):.0f}, "
              f"p90 {times[int(0.9 * (len(times) - 1))]:.0f}")


def cost(args: argparse.Namespace) -> None:
    """Decode time per clip, the whole decode (main) against the staged one (now), each
    the fastest of ``--repeats``, interleaved, one thread."""
    from teachapp.cli import speech as cli
    from teachapp.settings import Settings
    from teachapp.speech import whisper_engine
    from teachapp.speech.audio import read_wav
    from teachapp.speech.whisper_engine import WhisperRecognizer

    staged = whisper_engine.FIRST_TOKENS
    clips = Path(args.clips)
    clips.mkdir(parents=True, exist_ok=True)
    times: dict[str, list[float]] = {"main": [], "now": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        voices = Voices(folder)
        heard = {}
        for home in HOMES:
            _resolver, phrases = cli._phrases(argparse.Namespace(
                db=str(_home_db(folder, home)), mode="command"))
            heard[home] = WhisperRecognizer(phrases, settings=Settings(), threads=1)
        for n, saying in enumerate(sayings()[::args.step]):
            pcm = read_wav(clip(clips, voices, saying, n)).pcm
            best = {"main": 1e9, "now": 1e9}
            for _ in range(args.repeats):
                for name, first in (("main", 10**6), ("now", staged)):
                    whisper_engine.FIRST_TOKENS = first
                    started = time.perf_counter()
                    heard[saying["home"]].transcribe(pcm)
                    best[name] = min(best[name], (time.perf_counter() - started) * 1000)
            whisper_engine.FIRST_TOKENS = staged
            for name in times:
                times[name].append(best[name])
    print_decode_times(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", help="hear every saying, write the record here")
    parser.add_argument("--table", help="outcomes from a record")
    parser.add_argument("--threshold", type=float, nargs="*", default=[0.08])
    parser.add_argument("--clips", default=str(Path(tempfile.gettempdir()) / "speech_asks"))
    parser.add_argument("--cost", action="store_true",
                        help="decode time per clip: the whole decode against the staged one")
    parser.add_argument("--step", type=int, default=1, help="--cost: every STEP-th saying")
    parser.add_argument("--repeats", type=int, default=3, help="--cost: fastest of so many")
    args = parser.parse_args()
    if args.cost:
        cost(args)
    if args.record:
        record(args)
    if args.table:
        table(args)


if __name__ == "__main__":
    main()
