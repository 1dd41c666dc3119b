"""The microphone's path against ``listen --wav``: the same recordings fed through a fake
sounddevice stream (its callback, in real time, 100 ms blocks) into the Listener, its
end-pointing and the recogniser, as the window and ``teachapp listen`` hear a person.

    .venv/bin/python benchmarks/speech_live.py --record FILE [--step N] [--table]

Utterances: the 30 real recordings of datasets/speech (a home taught their sentences)
and hibari-tts saying the DEV phrases of benchmarks/_speech_english.py with a carrier.
Each is played five ways, over a microphone's hiss (-66 dBFS) that goes on after it:

- as recorded;
- pause: 0.7 s of quiet put inside the phrase (hibari: its last word said apart,
  "turn on reading ... mode"; a recording: at its quietest moment mid-phrase);
- cough: a cough (tests/_nonspeech_sounds.py) 0.3 s before the speech;
- at once: the speech from its first sound, with no quiet before it;
- long after: 6 s of quiet after it (the stream goes on, nothing more is said).

For each: what ``listen --wav`` decides for the same audio; what the live path decides
(each final the Listener gives is one turn, as ``listen`` prints it: right when the
wanted routine ran and nothing else did); the number of finals; and the delay from the
end of speech (where the clip's voice ends) to the reply (the final's callback and the
resolver's decision).

Measured 2026-12-06, --step 3 (10 real recordings, 4 hibari phrases; a machine loaded
by other jobs), live right main -> with the wait after a phrase's first words
(``WhisperRecognizer._phrase_begun``), and the reply's delay after the end of speech
(median / p90, seconds):

    as recorded   12 -> 12 of 14   0.60 / 1.39 -> 0.57 / 0.70
    pause         10 -> 12         0.62 / 0.77 -> 0.55 / 0.79   (split in two: 4 -> 2)
    cough before  12 -> 13         0.61 / 0.79 -> 0.58 / 0.76
    at once       13 -> 13         0.21 / 0.75 -> 0.07 / 0.66
    6 s after     12 -> 12         0.61 / 0.77 -> 0.58 / 0.73

``listen --wav`` heard 13 of 14 right in every way but the pause (12). No end-point cut
a phrase once the wait is there; a long silence after changes nothing (no second turn,
the same delay). Left: "resume" alone is asked about live (as recorded, 6 s after) and
run from the file (live decodes from 0.2 s before the endpointer's start, the file
whole; not looked into further); "set a
timer for 5 minutes" is read by chat as a timer, so the taught sentence does not run
either way; "set coffee time" with a pause was written "set coffee time time time ..."
(Whisper repeating itself) by main and now alike.
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from _home_sounds import write_wav  # noqa: E402
from _speech_english import DEV_PHRASES, REAL, SAMPLE_RATE, Voices  # noqa: E402
from speech_asks import CARRIERS, _decided  # noqa: E402
from speech_home_noise import _home_db, _pcm, _phrase, _read, _samples, real_rows  # noqa: E402

WAYS = ("as recorded", "pause", "cough", "at once", "long after")
HISS = 16.0
BLOCK = SAMPLE_RATE // 10


class FakeStream:
    """sounddevice's RawInputStream over a recording: its callback gets 100 ms blocks
    in real time, from a thread, as PortAudio's does; the hiss goes on after the end."""

    def __init__(self, pcm: bytes, *, callback: Any, blocksize: int, **_: Any) -> None:
        self.pcm, self.callback, self.blocksize = pcm, callback, blocksize
        self.started_at = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self.started_at = time.monotonic()
        self._thread.start()

    def _run(self) -> None:
        rng = np.random.default_rng(5)
        size, k = self.blocksize * 2, 0
        while not self._stop.is_set():
            block = self.pcm[k * size:(k + 1) * size]
            if len(block) < size:
                hiss = _pcm(rng.normal(0.0, HISS, self.blocksize))
                block = block + hiss[len(block):]
            k += 1
            delay = self.started_at + k * self.blocksize / SAMPLE_RATE - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            self.callback(block, self.blocksize, None, None)

    def stop(self) -> None:
        self._stop.set()

    def close(self) -> None:
        self._stop.set()


class FakeSounddevice:
    """Just what teachapp.speech.audio asks of sounddevice."""

    def __init__(self) -> None:
        self.pcm = b""
        self.stream: FakeStream | None = None
        self.default = type("Default", (), {"device": (0, 0)})()

    def query_devices(self) -> list[dict[str, Any]]:
        return [{"name": "fake", "max_input_channels": 1, "default_samplerate": 16000.0}]

    def RawInputStream(self, **kwargs: Any) -> FakeStream:  # noqa: N802 (sounddevice's name)
        self.stream = FakeStream(self.pcm, **kwargs)
        return self.stream


def voiced_span(pcm: bytes) -> tuple[int, int]:
    """First and last sample of the voice (10 ms frames within 30 dB of the loudest)."""
    x = _samples(pcm)
    frames = x[:x.size // 160 * 160].reshape(-1, 160)
    rms = np.sqrt(np.mean(frames ** 2, axis=1))
    loud = np.nonzero(rms > rms.max() * 10 ** (-30 / 20))[0]
    return int(loud[0]) * 160, int(loud[-1] + 1) * 160


def _hiss(seconds: float, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).normal(0.0, HISS, int(seconds * SAMPLE_RATE))


def variants(pcm: bytes, apart: tuple[bytes, bytes] | None, cough: bytes,
             seed: int) -> dict[str, tuple[bytes, int]]:
    """Each way of playing an utterance: (audio, the sample its voice ends at)."""
    x = _samples(pcm)
    start, end = voiced_span(pcm)
    lead, tail = _hiss(0.5, seed), _hiss(1.5, seed + 1)

    def made(*parts: np.ndarray, speech_end: int) -> tuple[bytes, int]:
        return _pcm(np.concatenate(parts)), speech_end

    out = {"as recorded": made(lead, x, tail, speech_end=lead.size + end)}
    if apart is not None:
        a, b = (_samples(p) for p in apart)
        a = a[:voiced_span(apart[0])[1]]
        b0, b1 = voiced_span(apart[1])
        gap = _hiss(0.7, seed + 2)
        out["pause"] = made(lead, a, gap, b[b0:], tail,
                            speech_end=lead.size + a.size + gap.size + b1 - b0)
    else:
        frames = x[:x.size // 480 * 480].reshape(-1, 480)
        rms = np.sqrt(np.mean(frames ** 2, axis=1))
        lo, hi = (start + (end - start) * 2 // 5) // 480, (start + (end - start) * 7 // 10) // 480
        cut = (lo + int(np.argmin(rms[lo:hi]))) * 480 if hi > lo else (start + end) // 2
        gap = _hiss(0.7, seed + 2)
        out["pause"] = made(lead, x[:cut], gap, x[cut:], tail,
                            speech_end=lead.size + end + gap.size)
    c = _samples(cough)
    out["cough"] = made(lead, c, _hiss(0.3, seed + 3), x, tail,
                        speech_end=lead.size + c.size + int(0.3 * SAMPLE_RATE) + end)
    first = max(0, start - 160)
    out["at once"] = made(x[first:], tail, speech_end=end - first)
    out["long after"] = made(lead, x, _hiss(6.0, seed + 4), speech_end=lead.size + end)
    return out


def utterances(voices: Voices, step: int) -> list[dict[str, Any]]:
    out = []
    for r in real_rows()[::step]:
        out.append({"home": "real", "wanted": _phrase(r["text"]), "said": r["text"],
                    "pcm": _read(REAL / r["file"]), "apart": None})
    for i, phrase in enumerate(DEV_PHRASES[::step]):
        said = CARRIERS[i % len(CARRIERS)].format(phrase)
        head, last = said.rsplit(" ", 1)
        whole, a, b = (voices.hibari(t, seed=1) for t in (said, head, last))
        if whole is None or a is None or b is None:
            raise SystemExit("hibari-tts is not installed (the `bench` extra)")
        out.append({"home": "dev", "wanted": phrase, "said": said, "pcm": whole,
                    "apart": (a, b)})
    return out


def live(fake: FakeSounddevice, rec: Any, resolver: Any, cli: Any, pcm: bytes,
         speech_end: int) -> dict[str, Any]:
    """The audio through the Listener from the fake microphone: every final's decision,
    and when each came (seconds after the end of speech)."""
    from teachapp.speech import Listener

    fake.pcm = pcm
    finals: list[dict[str, Any]] = []

    def on_final(transcript: Any) -> None:
        if not transcript.text:
            return
        decided = _decided(cli, transcript, resolver)
        assert fake.stream is not None
        ended = fake.stream.started_at + speech_end / SAMPLE_RATE
        finals.append({"heard": decided.get("transcript_punctuated"),
                       "decision": [decided.get("decision"), decided.get("routine")],
                       "after_s": round(time.monotonic() - ended, 3)})

    listener = Listener(phrases=[], recognizer=rec, on_final=on_final)
    listener.start()
    time.sleep(len(pcm) / 2 / SAMPLE_RATE + 2.5)
    listener.stop()
    rec.reset()
    return {"finals": finals}


def _judge(decisions: list[list[Any]], wanted: str) -> str:
    ran = [routine for decision, routine in decisions if decision == "run"]
    if any(r != wanted for r in ran):
        return "wrong"
    if ran:
        return "right"
    if not decisions:
        return "nothing"
    return "rejected" if decisions[-1][0] == "reject" else "asked"


def record(args: argparse.Namespace) -> None:
    import tests._nonspeech_sounds as sounds
    from teachapp.cli import speech as cli
    from teachapp.settings import Settings
    from teachapp.speech import audio, recognize_wav
    from teachapp.speech.whisper_engine import WhisperRecognizer

    fake = FakeSounddevice()
    audio.sounddevice_module = lambda: fake  # type: ignore[assignment]
    audio.list_input_devices = lambda: [object()]  # type: ignore[assignment,list-item]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        voices = Voices(folder)
        cough = _read(sounds.make_sound(folder / "sounds", "cough"))
        cough = _pcm(_samples(cough)[int(0.3 * SAMPLE_RATE):-int(0.5 * SAMPLE_RATE)])
        said = utterances(voices, args.step)
        heard = {}
        for home in ("real", "dev"):
            phrases = tuple(u["wanted"] for u in said if u["home"] == home)
            if home == "dev":
                phrases = DEV_PHRASES
            resolver, listened = cli._phrases(argparse.Namespace(
                db=str(_home_db(folder, home, phrases)), mode="command"))
            heard[home] = (resolver, listened, WhisperRecognizer(
                listened, settings=Settings()))
        for n, utt in enumerate(said):
            resolver, listened, rec = heard[utt["home"]]
            for way, (pcm, speech_end) in variants(utt["pcm"], utt["apart"], cough,
                                                   n).items():
                if args.ways and way not in args.ways:
                    continue
                path = write_wav(folder / "clip.wav", pcm)
                rec.reset()
                transcript = recognize_wav(str(path), phrases=listened, recognizer=rec)
                wav = _decided(cli, transcript, resolver)
                rec.reset()
                got = live(fake, rec, resolver, cli, pcm, speech_end)
                row = {"home": utt["home"], "said": utt["said"], "wanted": utt["wanted"],
                       "way": way, "wav_heard": wav.get("transcript_punctuated"),
                       "wav": _judge([[wav.get("decision"), wav.get("routine")]],
                                     utt["wanted"]),
                       "live": _judge([f["decision"] for f in got["finals"]], utt["wanted"]),
                       **got}
                rows.append(row)
                print(json.dumps(row), file=sys.stderr, flush=True)
    Path(args.record).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def table(path: str) -> None:
    rows = [json.loads(line) for line in Path(path).read_text().splitlines()]
    for way in WAYS:
        picked = [r for r in rows if r["way"] == way]
        if not picked:
            continue
        wav = collections.Counter(r["wav"] for r in picked)
        got = collections.Counter(r["live"] for r in picked)
        split = sum(len(r["finals"]) > 1 for r in picked)
        delays = sorted(r["finals"][-1]["after_s"] for r in picked if r["finals"])
        delay = (f"reply {statistics.median(delays):.2f} s after the speech (median), "
                 f"p90 {delays[int(0.9 * (len(delays) - 1))]:.2f}") if delays else ""
        print(f"{way:12} --wav {dict(wav)}  live {dict(got)}  split {split}  {delay}")
    print("\ndiffering or not right:")
    for r in rows:
        if r["live"] != "right" or r["wav"] != "right":
            print(f"  {r['way']:11} {r['said']!r}: --wav {r['wav']} {r['wav_heard']!r}; live "
                  f"{r['live']} " + " | ".join(f"{f['heard']!r} {f['decision'][0]} "
                                               f"+{f['after_s']}s" for f in r["finals"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", help="play every utterance, write the record here")
    parser.add_argument("--table", help="outcomes from a record")
    parser.add_argument("--step", type=int, default=1, help="every STEP-th utterance")
    parser.add_argument("--ways", nargs="*", help="only these ways of playing")
    args = parser.parse_args()
    if args.record:
        record(args)
    if args.table:
        table(args.table)


if __name__ == "__main__":
    main()
