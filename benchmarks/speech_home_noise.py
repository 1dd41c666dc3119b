"""Commands in the noise a home really has, heard as ``teachapp listen --wav`` hears them.

    .venv/bin/python benchmarks/speech_home_noise.py --record FILE [--clips DIR]
    .venv/bin/python benchmarks/speech_home_noise.py --table FILE [--base FILE]

Speakers: the 30 real recordings of datasets/speech (human voices; a home taught their
sentences, less those the typed sentence does not run: timers, the time, questions the
devices answer), and hibari-tts (seed 1) and espeak-ng (en-us+m3) saying the DEV and TEST
phrases of benchmarks/_speech_english.py with a carrier ("turn on X", "start X" ...; one
home each). Each is heard in six conditions:

- clean: as recorded or spoken;
- tv: a television talking behind the speaker (another voice, 5, 10 or 15 dB under it in
  turn, from before the speaker starts to after), its line naming *another* taught
  phrase of the home ("tonight on channel four, it's movie time"), so a run of the TV's
  phrase is a wrong run;
- kettle: brown noise (a kettle, an extractor) 10 dB under the voice;
- reverb: a tiled kitchen (sox ``reverb 80 50 100``);
- far: a microphone across the room: 22 dB quieter, the telephone band (``sinc
  300-3400``), some reverberation, over the microphone's own hiss (-66 dBFS);
- tv alone: nobody speaks; the television says a line naming a taught phrase, or the
  phrase alone ("movie time!"), as loud as a speaker (``tvloud``) or 10 dB under one
  (``tvquiet``). Nothing may run.

Outcomes per condition: right / asked / rejected / wrong (a request), ran / not run (the
TV alone). Half of each home's phrases (even places) are for choosing, the other half for
reporting. The record keeps Whisper's transcript and the decode time of each clip;
``--table`` prints the outcomes, the transcripts of what was not heard right, and the
decode time (median, p90); ``--base`` compares two records clip by clip.

``--cost``: decode time per clip, main's decode against now's (``foreground=False``).
The microphone's path: benchmarks/speech_live.py.

Measured 2026-12-06 (one thread; 195 requests and 24 TV-alone clips per half), right of
each condition's requests, main -> with ``speech._foreground`` (the speaker's start
when a voice talked before it; quiet audio made louder):

    choosing half      human    hibari   espeak   | reporting half  human   hibari  espeak
    clean              12->12   12->12    9->9    |                 13->13  12->12  10->10
    tv behind          1->2      5->7     6->6    |                  4->3    5->5    5->5
    kettle             12->12   12->12   10->10   |                 13->13  12->12  10->10
    reverb             13->14   12->12    9->9    |                 13->13  11->11   7->7
    far                 9->10    7->8     3->2    |                  7->10   8->7    1->3

Wrong runs 1 -> 0 (choosing half, tv: Whisper wrote the TV's "deep focus!" before "start
morning routine" and deep focus ran), 0 -> 0 everywhere else. The TV behind is where the
phrase is lost: Whisper writes both voices ("and now, turn on cinema, welcome to the
news", "join us for light, reading mode"), and the resolver rejects the sentence (45 of
156 TV requests before and after). Cutting the TV after the speaker as
well gave +6 on the choosing half but cut a speaker's own quiet last words ("set a timer
for five minutes" falls 15-20 dB from "set"), so only the start is cut.

TV alone (nobody speaks): a line naming a taught phrase in a sentence ("tonight on
channel four, it's movie time with the classics") ran nothing (40 of 40); the phrase
said alone by the TV ("movie time!") ran, as loud as a speaker and 10 dB under alike
(8 of 8, main and now): Whisper hears a word said, not who said it. Left alone.

--cost --step 3 --repeats 2 (146 clips, fastest of 2, interleaved, one thread): decode
median 378 -> 384 ms, p90 504 -> 492 ms (main -> now; the level and gain are numpy over
a few seconds of audio, the rest is noise between runs).

Real recordings whose sentence chat reads as a timer ("set a timer for 5 minutes":
Whisper writes "five", and the timer reader takes it) are rejected here in every
condition; they are not speech's to get right.
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _speech_english import (  # noqa: E402
    DEV_PHRASES,
    REAL,
    SAMPLE_RATE,
    TEST_PHRASES,
    Voices,
    print_decode_times,
)
from speech_asks import CARRIERS, DEVICES, _decided, outcome  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from _home_sounds import behind, far, sox, tv_line, write_wav  # noqa: E402

CONDITIONS = ("clean", "tv", "kettle", "reverb", "far")
TV_LINES = ("tonight on channel four, it's {} with the classics",
            "and now, {} is back after the news", "stay tuned for {} right after this",
            "{}!", "join us for {} this saturday")
TV_SNR = (5.0, 10.0, 15.0)


def real_rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in
            (REAL / "transcripts.jsonl").read_text(encoding="utf-8").splitlines()]


def _phrase(text: str) -> str:
    return " ".join("".join(c if c.isalnum() or c in " '" else " " for c in text.lower()
                            ).split())


def homes() -> dict[str, tuple[str, ...]]:
    return {"real": tuple(_phrase(r["text"]) for r in real_rows()),
            "dev": DEV_PHRASES, "test": TEST_PHRASES}


def sayings(real_kept: set[str]) -> list[dict[str, Any]]:
    """Every saying: home, speaker, text said, routine wanted (None: nothing may run),
    condition, the TV's line, half."""
    out: list[dict[str, Any]] = []
    all_homes = homes()
    for home, phrases in all_homes.items():
        for i, phrase in enumerate(phrases):
            if home == "real" and phrase not in real_kept:
                continue
            half = "choose" if i % 2 == 0 else "report"
            other = phrases[(i + 3) % len(phrases)]
            speakers = ([("human", phrase)] if home == "real" else
                        [("hibari", CARRIERS[i % len(CARRIERS)].format(phrase)),
                         ("espeak", CARRIERS[(i + 3) % len(CARRIERS)].format(phrase))])
            for s, (voice, said) in enumerate(speakers):
                for c, cond in enumerate(CONDITIONS):
                    tv = TV_LINES[(i + s + c) % len(TV_LINES)].format(other)
                    out.append({"home": home, "voice": voice, "said": said, "wanted": phrase,
                                "cond": cond, "tv": tv if cond == "tv" else "",
                                "tv_snr": TV_SNR[(i + s) % 3] if cond == "tv" else None,
                                "half": half, "n": i})
            if home != "real":
                for loud in ("tvloud", "tvquiet"):
                    k = i + (loud == "tvquiet")
                    out.append({"home": home, "voice": "tv", "said": "",
                                "wanted": None, "cond": loud,
                                "tv": TV_LINES[k % len(TV_LINES)].format(phrase),
                                "tv_snr": None, "half": half, "n": i})
    return out


class Room:
    """The sounds of a room, made with sox (``-R``: the same every run) and numpy."""

    def __init__(self, folder: Path, voices: Voices) -> None:
        self.folder = folder
        self.voices = voices
        self._noise: dict[str, np.ndarray] = {}

    def noise(self, kind: str) -> np.ndarray:
        if kind not in self._noise:
            path = self.folder / f"{kind}.wav"
            subprocess.run(["sox", "-R", "-n", "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16",
                            str(path), "synth", "30", kind], check=True)
            self._noise[kind] = _samples(path.read_bytes()[44:])
        return self._noise[kind]

    def tv_voice(self, text: str, voice: str) -> bytes:
        """The television: a voice unlike the speaker's, through a small loudspeaker."""
        if voice in ("hibari", "human"):
            return tv_line(text)
        pcm = self.voices.hibari(text, seed=7)
        assert pcm is not None
        return sox(pcm, "sinc", "150-6000", "reverb", "40", "50", "60")


def _samples(pcm: bytes) -> np.ndarray:
    return np.frombuffer(pcm[:len(pcm) - len(pcm) % 2], "<i2").astype(np.float64)


def _read(path: Path) -> bytes:
    from teachapp.speech.audio import read_wav

    return read_wav(path).pcm


def _pcm(x: np.ndarray) -> bytes:
    return np.clip(np.round(x), -32768, 32767).astype("<i2").tobytes()


def _power(x: np.ndarray) -> float:
    loud = x[np.abs(x) > 0.05 * max(1.0, float(np.abs(x).max()))]
    return float(np.mean(loud ** 2)) if loud.size else 1.0


def _under(speech: np.ndarray, noise: np.ndarray, snr_db: float, offset: int) -> np.ndarray:
    """``noise`` (looped to the speech's length) scaled ``snr_db`` under the speech."""
    noise = np.resize(np.roll(noise, offset * 7919), speech.size)
    return noise * np.sqrt(_power(speech) / 10 ** (snr_db / 10)
                           / max(float(np.mean(noise ** 2)), 1e-9))


SPEAKER_LEVEL = 3000.0
"""RMS of a speaker's loud frames near the microphone (about -21 dBFS): the TV alone is
as loud as this (``tvloud``) or 10 dB under it (``tvquiet``)."""


def make_clip(room: Room, saying: dict[str, Any], real: dict[str, bytes]) -> bytes:
    voices, cond = room.voices, saying["cond"]
    if cond in ("tvloud", "tvquiet"):
        tv = _samples(room.tv_voice(saying["tv"], "hibari"))
        tv = np.concatenate([np.zeros(SAMPLE_RATE // 2), tv, np.zeros(SAMPLE_RATE // 2)])
        gain = SPEAKER_LEVEL / np.sqrt(_power(tv)) * (1.0 if cond == "tvloud" else 10 ** -0.5)
        floor = _under(np.full(tv.size, SPEAKER_LEVEL), room.noise("pinknoise"), 40.0,
                       saying["n"])
        return _pcm(tv * gain + floor)
    if saying["voice"] == "human":
        pcm = real[saying["wanted"]]
    elif saying["voice"] == "hibari":
        got = voices.hibari(saying["said"], seed=1)
        if got is None:
            raise SystemExit("hibari-tts is not installed (the `bench` extra)")
        pcm = got
    else:
        pcm = voices.espeak(saying["said"])
    speech = _samples(pcm)
    offset = saying["n"] + len(saying["said"])
    if cond == "clean":
        return pcm
    if cond == "kettle":
        return _pcm(speech + _under(speech, room.noise("brownnoise"), 10.0, offset))
    if cond == "reverb":
        return sox(pcm, "pad", "0", "0.6", "reverb", "80", "50", "100")
    if cond == "far":
        return far(pcm)
    # tv: the line from before the speaker starts to after, scaled under the speaker
    return behind(pcm, room.tv_voice(saying["tv"], saying["voice"]), saying["tv_snr"])


def clip_path(folder: Path, saying: dict[str, Any]) -> Path:
    text = saying["said"] or saying["tv"]
    name = f"{saying['home']}_{saying['voice']}_{saying['cond']}_{text}"
    return folder / ("".join(c if c.isalnum() else "_" for c in name)[:120] + ".wav")


def _home_db(folder: Path, home: str, phrases: tuple[str, ...]) -> Path:
    lines = ["version: 1", "routines:"]
    for i, phrase in enumerate(phrases):
        device, change = DEVICES[i % len(DEVICES)]
        lines += [f"  - name: \"{phrase}\"", f"    phrases: [\"{phrase}\"]",
                  f"    steps: [{{device: {device}, set: {change}}}]"]
    (folder / f"{home}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = folder / f"{home}.sqlite3"
    subprocess.run([sys.executable, "-m", "teachapp", "--db", str(db), "import",
                    str(folder / f"{home}.yaml")], check=True, capture_output=True)
    return db


def typed_runs(cli: Any, resolver: Any, phrases: tuple[str, ...]) -> set[str]:
    """The taught sentences that run when typed (the others are timers, the time, device
    questions: nothing for speech to get right)."""
    from teachapp.speech.transcript import Transcript

    kept = set()
    for phrase in phrases:
        typed = Transcript(phrase, 1.0, [], "typed", True, {}, closed_set=False,
                           verified=True, open_vocabulary=True)
        decided = _decided(cli, typed, resolver)
        if decided.get("decision") == "run" and decided.get("routine") == phrase:
            kept.add(phrase)
    return kept


def record(args: argparse.Namespace) -> None:
    from teachapp.cli import speech as cli
    from teachapp.settings import Settings
    from teachapp.speech import recognize_wav
    from teachapp.speech.whisper_engine import WhisperRecognizer

    clips = Path(args.clips)
    clips.mkdir(parents=True, exist_ok=True)
    real = {_phrase(r["text"]): _read(REAL / r["file"]) for r in real_rows()}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        voices = Voices(folder)
        room = Room(folder, voices)
        heard = {}
        kept: set[str] = set()
        for home, phrases in homes().items():
            resolver, listened = cli._phrases(argparse.Namespace(
                db=str(_home_db(folder, home, phrases)), mode="command"))
            heard[home] = (resolver, listened,
                           WhisperRecognizer(listened, settings=Settings(), threads=1))
            if home == "real":
                kept = typed_runs(cli, resolver, phrases)
        todo = sayings(kept)
        if args.only:
            todo = [s for s in todo if s["cond"] in args.only]
        if args.half:
            todo = [s for s in todo if s["half"] == args.half]
        for saying in todo:
            resolver, listened, recognizer = heard[saying["home"]]
            path = clip_path(clips, saying)
            if not path.exists():
                write_wav(path, make_clip(room, saying, real))
            started = time.perf_counter()
            try:
                transcript = recognize_wav(str(path), phrases=listened, recognizer=recognizer)
                decided = _decided(cli, transcript, resolver)
            except Exception as exc:  # a silent file: AudioError, said as chat says it
                decided = {"decision": "reject", "transcript_punctuated": f"! {exc}"}
                transcript = None
            ms = (time.perf_counter() - started) * 1000
            row = {**saying, "clip": path.name, "heard": decided.get("transcript_punctuated"),
                   "verified": getattr(transcript, "verified", None),
                   "confidence": getattr(transcript, "confidence", None),
                   "as_is": [decided.get("decision"), decided.get("routine")],
                   "ms": round(ms, 1)}
            rows.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
    Path(args.record).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _outcome(row: dict[str, Any]) -> str:
    return outcome({**row, "as_asked": row["as_is"]}, False)


def table(args: argparse.Namespace) -> None:
    rows = [json.loads(line) for line in Path(args.table).read_text().splitlines()]
    base = ({r["clip"]: r for r in map(json.loads, Path(args.base).read_text().splitlines())}
            if args.base else {})
    for half in ("choose", "report"):
        print(f"\n{half} half" + (" (base -> now)" if base else ""))
        tally: dict[tuple[str, str], collections.Counter] = collections.defaultdict(
            collections.Counter)
        before: dict[tuple[str, str], collections.Counter] = collections.defaultdict(
            collections.Counter)
        for row in rows:
            if row["half"] != half:
                continue
            key = (row["cond"], row["voice"])
            tally[key][_outcome(row)] += 1
            if row["clip"] in base:
                before[key][_outcome(base[row["clip"]])] += 1
        order = (*CONDITIONS, "tvloud", "tvquiet")
        for key in sorted(tally, key=lambda k: order.index(k[0])):
            names = (("ran", "not run") if key[0].startswith("tv") and key[1] == "tv"
                     else ("right", "asked", "rejected", "wrong"))
            cells = [f"{n} {before[key][n]}->{tally[key][n]}" if base else
                     f"{n} {tally[key][n]}" for n in names]
            print(f"  {key[0]:8} {key[1]:7} " + "  ".join(cells))
    if args.show:
        print("\nnot heard right:")
        for row in rows:
            got = _outcome(row)
            if got not in ("right", "not run") and (not args.half or row["half"] == args.half):
                was = f" (was {_outcome(base[row['clip']])})" if row["clip"] in base else ""
                print(f"  {got:8}{was} {row['cond']:7} {row['voice']:6} "
                      f"{row['said'] or row['tv']!r} -> {row['heard']!r} "
                      f"conf {row['confidence']}")
    times = sorted(r["ms"] for r in rows)
    if times:
        print(f"\ndecode ms over {len(times)} clips: median {statistics.median(times):.0f}, "
              f"p90 {times[int(0.9 * (len(times) - 1))]:.0f}")


def cost(args: argparse.Namespace) -> None:
    """Decode time per clip (``listen --wav``'s recogniser), main's (no foreground, no
    gain) against now, each the fastest of ``--repeats``, interleaved, one thread; the
    clips of an earlier ``--record``."""
    from teachapp.cli import speech as cli
    from teachapp.settings import Settings
    from teachapp.speech._recording import command_audio
    from teachapp.speech.whisper_engine import WhisperRecognizer

    rows = [json.loads(line) for line in Path(args.cost).read_text().splitlines()]
    times: dict[str, list[float]] = {"main": [], "now": []}
    with tempfile.TemporaryDirectory() as tmp:
        heard = {}
        for home, phrases in homes().items():
            _resolver, listened = cli._phrases(argparse.Namespace(
                db=str(_home_db(Path(tmp), home, phrases)), mode="command"))
            heard[home] = {name: WhisperRecognizer(listened, settings=Settings(), threads=1,
                                                   foreground=name == "now")
                           for name in times}
        for row in rows[::args.step]:
            path = Path(args.clips) / row["clip"]
            pcm = command_audio(_read(path), path)
            best = dict.fromkeys(times, 1e9)
            for _ in range(args.repeats):
                for name in times:
                    started = time.perf_counter()
                    heard[row["home"]][name].transcribe(pcm)
                    best[name] = min(best[name], (time.perf_counter() - started) * 1000)
            for name in times:
                times[name].append(best[name])
    print_decode_times(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", help="hear every clip, write the record here")
    parser.add_argument("--table", help="outcomes from a record")
    parser.add_argument("--base", help="--table: an earlier record to compare with")
    parser.add_argument("--show", action="store_true", help="--table: the transcripts")
    parser.add_argument("--half", help="--record, --show: only this half")
    parser.add_argument("--only", nargs="*", help="--record: only these conditions")
    parser.add_argument("--cost", help="decode time, main against now, on a record's clips")
    parser.add_argument("--step", type=int, default=3, help="--cost: every STEP-th clip")
    parser.add_argument("--repeats", type=int, default=2, help="--cost: fastest of so many")
    parser.add_argument("--clips", default=str(Path(tempfile.gettempdir()) / "speech_home"))
    args = parser.parse_args()
    if args.record:
        record(args)
    if args.cost:
        cost(args)
    if args.table:
        table(args)


if __name__ == "__main__":
    main()
