"""Questions about routines, said aloud, must not run them; the routines asked for must.

    .venv/bin/python benchmarks/speech_questions.py [--quick] [--cost] [--jsonl FILE]

A home of eight taught routines (tests/_spoken_home.py, the speech tests' own). Said by hibari-tts
(speed 1.0, seed 1) and espeak-ng (en-us+m3, 160 words a minute), clean and with pink
noise at 10 dB SNR, heard as ``teachapp listen --wav`` hears a file (the same recogniser
and the same reading, in one process): TUNE (26 questions and statements of a state the
question rule was chosen on), HELD (24 others, not looked at while choosing), and the
phrases asked for: said plainly, after "um,", as "alexa X please", and wrapped ("switch to
X", "X now please", "ok X", "X now"). A question counts as wrong when anything runs;
a request as right when its routine runs, else asked, rejected or wrong (another ran).

--cost: each recording of the requests and questions decoded (``transcribe``) as the engine
does now and as main did, where the no-prompt decode ran once for its no-speech figure and
again for its words (``WhisperRecognizer._plain``); the fastest of three, one thread.
With --quick: the 10 dB recordings only, and only those where main decoded three times.

Measured 2026-12-06 (one thread), main -> now (``speech._asked``):
TUNE questions, 104 sayings: ran 5 -> 2 (hibari 10 dB "is quiet hours on" written "it's
quiet hours on": Whisper gave "is" 0.01 there; espeak-ng 10 dB "did bath time finish"
written "bath time finish", its "did" lost); HELD, 96: ran 7 -> 5 ("do you know call
grandma" heard right and run, 4 times: the resolver's; "have we had tea for two" written
"can we have tea for two"). The routines asked for (160 sayings) ran right 109 -> 108
("switch to bath time", espeak-ng clean, asked: "which" 0.16 at "switch"), wrong 0 -> 0.
Then ``_no_words.copied_after_filler`` and "m" read as "um" (``filler_heard``): "um, X"
23 -> 24 of 32 (hibari-tts "um, call grandma", written "m call grandma", was asked).
The 30 real recordings of datasets/speech (half taught, then the other half): heard and
decided alike on main and now (taught: 26 of 30 run).

Then the detector read only where the clause opens as a question's statement form does
(``_asked.STATEMENT_OPENERS``): "switch to bath time" runs again; figures over three homes
and seven carriers in benchmarks/speech_asks.py.

--cost --quick, 2026-12-06: of the 200 recordings at 10 dB, 18 needed both the no-prompt
figure and its words (main: three generates, now two); decode median 850 -> 845 ms there
(the one-step generate saved is ~5 ms of a decode whose encoder and prompted pass cost the
rest).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from _home_sounds import write_wav  # noqa: E402
from _speech_english import Voices  # noqa: E402
from _spoken_home import ROUTINES, spoken_home  # noqa: E402

from teachapp.speech.whisper_engine import WhisperRecognizer  # noqa: E402

PHRASES = [r[0] for r in ROUTINES]
TUNE = ("is it quiet hours yet", "is it bath time yet", "is it bath time",
        "are we in quiet hours", "is quiet hours on", "are quiet hours over",
        "did lights out run", "has school run started", "did you make tea for two",
        "did you run cosy evening", "what does call grandma do", "when does quiet hours end",
        "is the porch light on", "is the porch light still on", "have you done lights out",
        "did bath time finish", "is it time for school run", "what time is school run",
        "why did quiet hours run", "how long is bath time", "does cosy evening dim the lamp",
        "should i do lights out now", "is it too early for bath time",
        "was call grandma cancelled", "is it school run today", "is tea for two ready")
HELD = ("is quiet hours still on", "are we doing school run", "did tea for two work",
        "is bath time over", "was lights out done", "what's in cosy evening",
        "is porch light working", "do you know call grandma", "has bath time run",
        "does lights out lock the door", "is school run at eight", "when is tea for two",
        "is it cosy evening tonight", "are quiet hours on now", "did porch light come on",
        "is call grandma set up", "have we had tea for two", "is it lights out already",
        "what happens in quiet hours", "is bath time tonight", "was school run done today",
        "who did lights out", "is cosy evening too dim", "why is quiet hours on")
WRAPS = ("switch to {}", "{} now please", "ok {}")
REQUESTS = {
    "plain": [(p, p) for p in PHRASES],
    "um": [(f"um, {p}", p) for p in PHRASES],
    "alexa": [(f"alexa {p} please", p) for p in PHRASES],
    "wrapped": [(WRAPS[i % 3].format(p), p) for i, p in enumerate(PHRASES)]
    + [(f"{p} now", p) for p in PHRASES],
}
CONDITIONS = [("hibari", 0), ("hibari", 10), ("espeak", 0), ("espeak", 10)]


def _home(folder: Path) -> Path:
    """The tests' home (``tests/_spoken_home.py``), imported by the CLI."""
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "teachapp", *args],
                              capture_output=True, text=True)

    return spoken_home(cli, folder)


def _wav(folder: Path, voices: Voices, text: str, voice: str, snr: int, n: int) -> Path:
    pcm = voices.hibari(text, seed=1) if voice == "hibari" else voices.espeak(text)
    if pcm is None:
        raise SystemExit("hibari-tts is not installed (the `bench` extra)")
    if snr:
        pcm = voices.noisy(pcm, float(snr), n)
    return write_wav(folder / f"{voice}_{snr}_{n}_{abs(hash(text))}.wav", pcm)


class _Listen:
    """``teachapp listen --wav FILE --json`` in this process, one recogniser for all."""

    def __init__(self, db: Path) -> None:
        from teachapp.cli import speech as cli
        from teachapp.settings import Settings

        self.cli = cli
        # the engine listen decides with, and the words its recogniser listens for
        self.engine, self.phrases = cli._engine(
            argparse.Namespace(db=str(db), mode="command", no_speech=True), Settings())
        self.recognizer = WhisperRecognizer(self.phrases, settings=Settings(), threads=1)

    def __call__(self, wav: Path) -> dict:
        from teachapp.speech import recognize_wav

        transcript = recognize_wav(str(wav), phrases=self.phrases, recognizer=self.recognizer)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            self.cli._report(transcript, self.engine.assistant, "command", True)
        return json.loads(out.getvalue().strip().splitlines()[-1])


def outcome(heard: dict, wanted: str | None) -> str:
    ran = heard.get("decision") == "run"
    if wanted is None:
        return "ran" if ran else "not run"
    if ran:
        return "right" if heard.get("routine") == wanted else "wrong"
    return "rejected" if heard.get("decision") == "reject" else "asked"


def table(args: argparse.Namespace) -> None:
    conditions = CONDITIONS[:2] if args.quick else CONDITIONS
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        voices = Voices(folder)
        listen = _Listen(_home(folder))
        groups = {"tune": [(q, None) for q in TUNE], "held": [(q, None) for q in HELD],
                  **REQUESTS}
        tally: dict[tuple[str, str], collections.Counter] = collections.defaultdict(
            collections.Counter)
        ran: list[str] = []
        rows = []
        for group, items in groups.items():
            for voice, snr in conditions:
                for n, (text, wanted) in enumerate(items):
                    heard = listen(_wav(folder, voices, text, voice, snr, n))
                    got = outcome(heard, wanted)
                    tally[(group, f"{voice} {snr or 'clean'}")][got] += 1
                    rows.append({"group": group, "voice": voice, "snr": snr, "said": text,
                                 "heard": heard.get("transcript_punctuated"),
                                 "decision": heard.get("decision"),
                                 "routine": heard.get("routine"), "outcome": got})
                    if got in ("ran", "wrong"):
                        ran.append(f"  {voice} {snr or 'clean'}: {text!r} heard "
                                   f"{heard.get('transcript_punctuated')!r}")
        if args.jsonl:
            Path(args.jsonl).write_text("".join(json.dumps(r) + "\n" for r in rows),
                                        encoding="utf-8")
    kinds = ("right", "asked", "rejected", "wrong", "ran", "not run")
    print(f"{'group':8} {'condition':12} " + " ".join(f"{k:>8}" for k in kinds))
    for (group, condition), counts in tally.items():
        print(f"{group:8} {condition:12} " + " ".join(f"{counts[k]:8}" for k in kinds))
    print("\n".join(["ran (a question) or ran another routine:", *ran]))


class _MainPlain(WhisperRecognizer):
    """The no-prompt decode as main had it: one decoder step for the no-speech figure,
    then, when the words were needed too, a second generate for them."""

    def _plain(self, features: object, no_speech: float, seconds: float, *,
               words: bool = False) -> tuple[float, str | None]:
        figure = super()._plain(features, no_speech, seconds)[0]
        return figure, super()._plain(features, no_speech, seconds, words=True)[1] if words \
            else None


def cost(args: argparse.Namespace) -> None:
    from teachapp.speech.audio import read_wav

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        voices = Voices(folder)
        listen = _Listen(_home(folder))
        now = listen.recognizer
        main = _MainPlain(listen.phrases, threads=1)
        generates = {"now": 0, "main": 0}
        for name, recognizer in (("now", now), ("main", main)):
            model = recognizer._model

            class _Counted:
                def __init__(self, inner: object, key: str) -> None:
                    self.inner, self.key = inner, key

                def generate(self, *a: object, **k: object) -> object:
                    generates[self.key] += 1
                    return self.inner.generate(*a, **k)  # type: ignore[attr-defined]

                def __getattr__(self, attr: str) -> object:
                    return getattr(self.inner, attr)

            recognizer._model = _Counted(model, name)
        items = [text for group in REQUESTS.values() for text, _w in group]
        items += [*TUNE, *HELD]
        rows: list[tuple[int, float, float]] = []  # (generates main made, main ms, now ms)
        for voice, snr in CONDITIONS[1::2] if args.quick else CONDITIONS:
            for n, text in enumerate(items):
                pcm = read_wav(_wav(folder, voices, text, voice, snr, n)).pcm
                before = generates["main"]
                main.transcribe(pcm)
                made = generates["main"] - before
                if made < 3 and args.quick:
                    continue  # (--quick times only the decodes the change is about)
                best = {"now": 1e9, "main": 1e9}
                for _ in range(3):
                    for name, recognizer in (("main", main), ("now", now)):
                        started = time.perf_counter()
                        recognizer.transcribe(pcm)
                        best[name] = min(best[name], (time.perf_counter() - started) * 1000)
                rows.append((made, best["main"], best["now"]))
    print(f"{'decodes':24} {'n':>4} {'main ms':>8} {'now ms':>7}   (median; fastest of 3, "
          "one thread)")
    for label, keep in (("all", lambda r: True),
                        ("main ran 3 generates", lambda r: r[0] == 3),
                        ("main ran 1 or 2", lambda r: r[0] < 3)):
        found = [r for r in rows if keep(r)]
        if found:
            print(f"{label:24} {len(found):4} {statistics.median(r[1] for r in found):8.0f} "
                  f"{statistics.median(r[2] for r in found):7.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="hibari only, fewer sayings")
    parser.add_argument("--cost", action="store_true",
                        help="decode time of the no-prompt decode, main's way and now's")
    parser.add_argument("--jsonl", help="write each saying's outcome here")
    args = parser.parse_args()
    (cost if args.cost else table)(args)


if __name__ == "__main__":
    main()
