"""The microphone's path against ``listen --wav``: the same recordings fed through a fake
sounddevice stream (its callback, in real time, 100 ms blocks) into the Listener, its
end-pointing and the recogniser, as the window and ``teachapp listen`` hear a person.

    .venv/bin/python benchmarks/speech_live.py --record FILE [--step N] [--homes ...]
        [--main-hold | --main-lead] [--hiss-pause] [--table FILE]

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
the same delay). "resume" alone was asked about live (as recorded, 6 s after) and run
from the file: see ``--main-lead`` below. "set a timer for 5 minutes" is read by chat
as a timer, so the taught sentence does not run either way; "set coffee time" with a
pause was written "set coffee time time time ..." (Whisper repeating itself) by main
and now alike.

``--homes whole`` (hibari): whole device requests that end on a taught phrase's first word
("turn on the lights" with "lights off" taught: ``WHOLE``), and the phrases opening with
such words said with carriers (``TAUGHT_FIRST``); ``--main-hold`` plays each clip live
twice, with main's wait after a phrase's first words and with now's (none when the words
open and end as a request listened for does: ``WhisperRecognizer._closes``). Measured
2026-12-06 (load average 20-27 on 2 cores), four ways (not "long after"):

    whole requests, choosing half   heard whole in time  0 of 12 -> 12 of 12
                                    (reply median 0.58 s, p90 0.66 s after the speech)
    whole requests, reporting half  0 of 12 -> 8 of 12 (the other four: "turn on the
                                    lamp" written "turn on the desk lamp", as from the
                                    file; reply median 1.17 -> 1.01 s, p90 1.52 -> 1.41)
    taught phrases opening so       right 8 -> 8 of 8 (choosing), 7 -> 7 of 8 (reporting;
                                    "switch to lamp ... on low" asked both ways)

Main never replied to a whole request held so within 2.5 s of quiet: the microphone's
hiss after it started an utterance of no words, which was heard again with the held audio
before it, held again, and so on until the next sound. ``--step 3``, real and dev, as
recorded and paused: the same outcomes main -> now (11 of 14 right either way; "set
coffee time" paused rejected -> asked, Whisper repeating itself, a decode that varies
on a loaded machine), reply median 0.93 -> 0.79 s as recorded, 0.84 -> 0.71 s paused
(noise: none of them is held by the rule).

``--homes cut --ways pause "as recorded" --main-hold`` (voice47, 2026-12-06, load average
~25): a request-like start, 0.7 s of silence, the rest of a taught phrase that begins
with the start's last words ("turn on the lights … off", "lights off" taught; ``CUT``).
Now (no wait when the words open and end as a request listened for) -> main's wait:

    pause         right 0 -> 2 of 4, split 4 -> 1; reply 0.77 -> 0.76 s (median)
    as recorded   right 3 -> 3 of 4; reply 0.82 -> 1.44 s (median), p90 0.91 -> 1.46

Now, each pause was answered at the cut: "turn on the lights" (a device command) 0.3 s
before the person had finished, then "off" asked about; "turn off the blinds" likewise,
then "half open" asked; "turn on the fan", then "on high", each asked. With the wait
"lights off" and "fan on high" ran as from the file; "turn on the lamp … on low" split
both ways (Whisper wrote "turn on the desk lamp", a whole request, which no rule holds).
The wait costs its 1.2 s on every utterance ending on a word a taught phrase begins
with ("off" here), said whole. With the hiss of the other homes in the pause instead of
silence, no clip was cut at all, at 0.7, 1.0 or 1.5 s: WebRTC's detector calls this
hiss speech.

Released (voice48, 2026-12-06, load average 3-20): the endpointer's detector heard the hiss
after a clean synthetic clip as speech, so an utterance of hiss (4 s here) went on from
the held one, was heard as its words again and held again. Now the hold counts audio far
below the held speech as the quiet it waits for, and an utterance after it that adds no
words gives what was held (``WhisperRecognizer._held_out``, ``_words_beyond``). ``--homes
whole --main-hold``, the six whole device requests with the wait after a request-like
start, before -> after: answered within 2.5 s 1 -> 6 of 6, with 6 s of hiss after them
median 5.93 -> 1.75 s (max 7.10 -> 1.82); without that wait 0.60-0.87 s either way.
Whether the wait should apply at a request-like start, now that hiss cannot hold a clip
(``--homes cut --main-hold``; right at the cut / split / reply median of whole phrases):

    silent pause     with the wait 2 of 4 / 1 / 0.68 s   without 0 of 4 / 4 / 0.62 s
    hiss pause       with the wait 2 of 4 / 0 / 0.65 s   without 2 of 4 / 0 / 0.65 s
                     (no clip is cut: the detector hears the hiss in the pause as speech)
    whole requests   with the wait 1.80 s                without 0.73 s (median reply)

Kept off: two pauses of 0.7 s in silence answered whole would cost every whole request
that ends on a taught phrase's first word ("turn on the lights", "lights off" taught)
a second, and with hiss in the pause it gains nothing.

``--main-lead``: each clip live with no silence before the decoded audio (main) and with
``whisper_engine.LEAD_SILENCE`` (0.3 s). Why "resume" was asked about live: not the
resolver (it asks about a transcript below Whisper's confidence threshold, rightly) nor
a rule for one-word phrases, but the audio decoded: from 0.2 s (``PRE_ROLL``) before a
breath the endpointer started on, Whisper wrote "resum" at confidence 0.17-0.89 (2 of 6
hiss draws below the 0.3 threshold with this home's words, 6 of 6 at 0.17-0.19 with the
default home's and six one-word phrases), from the file's first sample 0.86-0.90 (with
0.3 s of silence before the live audio, 0.92-0.94). 0.3 s was
chosen on that one recording; measured 2026-12-06 on the others, ``--step 3``, real and
dev, main -> now:

    as recorded   right 11 -> 12 of 14   reply median 0.59 -> 0.56 s, p90 0.78 -> 0.90
    cough         right 12 -> 12         0.58 -> 0.59 s, p90 1.28 -> 1.44
    at once       right 12 -> 12         0.32 -> 0.15 s, p90 0.67 -> 0.60

Live now decides as ``--wav`` does for every clip. speech_nonspeech.py --live --quick
(now without -> with the silence): sounds heard as nothing 46 -> 46 of 46, speech heard
79 -> 79 of 81 (words: en-gb "undo" in pink noise "i do i'm do" -> "undo", "cancel"
"cancel" -> "come so", "good night" "go to hide" -> "got it").
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
             seed: int, *, quiet_pause: bool = False) -> dict[str, tuple[bytes, int]]:
    """Each way of playing an utterance: (audio, the sample its voice ends at).
    ``quiet_pause``: the pause is silence, not the hiss (the endpointer, WebRTC's
    detector inside PocketSphinx's, heard 1.5 s of this hiss between two words as
    speech and never cut there)."""
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
        gap = np.zeros(int(0.7 * SAMPLE_RATE)) if quiet_pause else _hiss(0.7, seed + 2)
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


TAUGHT_FIRST = ("lights off", "lamp on low", "fan on high", "blinds half open")
"""The "whole" home's phrases besides DEV_PHRASES: each opens with a word a device
command ends on."""
WHOLE = (("turn on the lights", "choose"), ("turn off the lamp", "choose"),
         ("turn off the blinds", "choose"), ("turn on the fan", "report"),
         ("turn off the lights", "report"), ("turn on the lamp", "report"))
"""Whole requests ending on the first word of a taught phrase (TAUGHT_FIRST): right when
heard as said in one turn, soon (``_phrase_begun``'s wait is for a phrase cut short)."""
CUT = (("turn on the lights", "off", "lights off"), ("turn on the lamp", "on low", "lamp on low"),
       ("turn on the fan", "on high", "fan on high"),
       ("turn off the blinds", "half open", "blinds half open"))
"""``--homes cut``: a request-like start, a pause, and the rest of a taught phrase that
begins with the start's last words ("turn on the lights … off", "lights off" taught);
its "pause" is silent. Right: the taught phrase in one turn."""


def utterances(voices: Voices, step: int, homes: tuple[str, ...] = ("real", "dev")
               ) -> list[dict[str, Any]]:
    out = []
    if "whole" in homes:
        for text, half in WHOLE:
            head, last = text.rsplit(" ", 1)
            whole, a, b = (voices.hibari(t, seed=1) for t in (text, head, last))
            if whole is None or a is None or b is None:
                raise SystemExit("hibari-tts is not installed (the `bench` extra)")
            out.append({"home": "whole", "wanted": text, "said": text, "pcm": whole,
                        "apart": (a, b), "half": half})
        for i, phrase in enumerate(TAUGHT_FIRST):
            said = CARRIERS[i % len(CARRIERS)].format(phrase)
            first, rest = phrase.split(" ", 1)
            head = said[:said.index(phrase)] + first
            whole, a, b = (voices.hibari(t, seed=1) for t in (said, head, rest))
            if whole is None or a is None or b is None:
                raise SystemExit("hibari-tts is not installed (the `bench` extra)")
            out.append({"home": "whole", "wanted": phrase, "said": said, "pcm": whole,
                        "apart": (a, b), "half": "choose" if i % 2 == 0 else "report"})
    if "cut" in homes:
        for head, rest, taught in CUT:
            whole, a, b = (voices.hibari(t, seed=1) for t in (f"{head} {rest}", head, rest))
            if whole is None or a is None or b is None:
                raise SystemExit("hibari-tts is not installed (the `bench` extra)")
            out.append({"home": "cut", "wanted": taught, "said": f"{head} … {rest}",
                        "pcm": whole, "apart": (a, b)})
    if "real" not in homes and "dev" not in homes:
        return out
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
                       "text": transcript.text,
                       "decision": [decided.get("decision"), decided.get("routine")],
                       "after_s": round(time.monotonic() - ended, 3)})

    listener = Listener(phrases=[], recognizer=rec, on_final=on_final)
    listener.start()
    time.sleep(len(pcm) / 2 / SAMPLE_RATE + 2.5)
    listener.stop()
    rec.reset()
    return {"finals": finals}


def _judge(decisions: list[list[Any]], wanted: str, heard: list[Any] | None = None) -> str:
    ran = [routine for decision, routine in decisions if decision == "run"]
    if wanted in dict(WHOLE):  # a device command: heard as said, in one turn
        if ran:
            return "wrong"
        return "right" if heard == [wanted] else "split" if len(heard or []) > 1 else "misheard"
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
    from teachapp.speech import audio, recognize_wav, whisper_engine
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
        said = utterances(voices, args.step, tuple(args.homes))
        heard = {}
        for home in ("real", "dev", "whole", "cut"):
            phrases = tuple(u["wanted"] for u in said if u["home"] == home)
            if home == "dev":
                phrases = DEV_PHRASES
            if home in ("whole", "cut"):
                phrases = DEV_PHRASES + TAUGHT_FIRST
            resolver, listened = cli._phrases(argparse.Namespace(
                db=str(_home_db(folder, home, phrases)), mode="command"))
            heard[home] = (resolver, listened, WhisperRecognizer(
                listened, settings=Settings()))
        for n, utt in enumerate(said):
            resolver, listened, rec = heard[utt["home"]]
            for way, (pcm, speech_end) in variants(
                    utt["pcm"], utt["apart"], cough, n,
                    quiet_pause=utt["home"] == "cut" and not args.hiss_pause).items():
                if args.ways and way not in args.ways:
                    continue
                path = write_wav(folder / "clip.wav", pcm)
                rec.reset()
                transcript = recognize_wav(str(path), phrases=listened, recognizer=rec)
                wav = _decided(cli, transcript, resolver)
                for hold in ("main", "now") if args.main_hold or args.main_lead else ("now",):
                    closes, lead = rec._closes, whisper_engine.LEAD_SILENCE
                    if hold == "main" and args.main_hold:
                        rec._closes = set()  # main's wait: after any taught phrase's start
                    if hold == "main" and args.main_lead:
                        whisper_engine.LEAD_SILENCE = 0.0  # main: no silence before
                    rec.reset()
                    got = live(fake, rec, resolver, cli, pcm, speech_end)
                    rec._closes, whisper_engine.LEAD_SILENCE = closes, lead
                    row = {"home": utt["home"], "said": utt["said"], "wanted": utt["wanted"],
                           "half": utt.get("half", ""), "hold": hold, "way": way,
                           "wav_heard": wav.get("transcript_punctuated"),
                           "wav": _judge([[wav.get("decision"), wav.get("routine")]],
                                         utt["wanted"], [wav.get("transcript")]),
                           "live": _judge([f["decision"] for f in got["finals"]],
                                          utt["wanted"], [f["text"] for f in got["finals"]]),
                           **got}
                    rows.append(row)
                    print(json.dumps(row), file=sys.stderr, flush=True)
    Path(args.record).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def table(path: str) -> None:
    rows = [json.loads(line) for line in Path(path).read_text().splitlines()]
    def home(r: dict[str, Any]) -> str:
        return f"{r['home']} home" if r.get("home") in ("whole", "cut") else "real and dev"

    groups = sorted({(home(r), r.get("half", ""), r.get("hold", "now")) for r in rows},
                    key=lambda g: (g[0], g[1], g[2] != "main"))
    for where, half, hold in groups:
        print(f"\n{where} {half} (wait as {hold}):")
        _ways([r for r in rows if (home(r), r.get("half", ""),
                                   r.get("hold", "now")) == (where, half, hold)])
    print("\ndiffering or not right:")
    for r in rows:
        if r["live"] != "right" or r["wav"] != "right":
            print(f"  {r.get('hold', 'now'):4} {r['way']:11} {r['said']!r}: --wav {r['wav']} "
                  f"{r['wav_heard']!r}; live {r['live']} " + " | ".join(
                      f"{f['heard']!r} {f['decision'][0]} +{f['after_s']}s" for f in r["finals"]))


def _ways(rows: list[dict[str, Any]]) -> None:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", help="play every utterance, write the record here")
    parser.add_argument("--table", help="outcomes from a record")
    parser.add_argument("--step", type=int, default=1, help="every STEP-th utterance")
    parser.add_argument("--ways", nargs="*", help="only these ways of playing")
    parser.add_argument("--homes", nargs="*", default=["real", "dev"],
                        choices=["real", "dev", "whole", "cut"], help="which utterances "
                        "(\"whole\": whole requests ending on a taught phrase's first word; "
                        "\"cut\": such a request, a silent pause, the rest of the phrase)")
    parser.add_argument("--main-hold", action="store_true", help="each clip live twice: "
                        "with main's wait after a phrase's first words, and now's")
    parser.add_argument("--hiss-pause", action="store_true", help="\"cut\": the pause "
                        "is the microphone's hiss, as in the other homes, not silence")
    parser.add_argument("--main-lead", action="store_true", help="each clip live twice: "
                        "with no silence before the decoded audio (main), and now's")
    args = parser.parse_args()
    if args.record:
        record(args)
    if args.table:
        table(args.table)


if __name__ == "__main__":
    main()
