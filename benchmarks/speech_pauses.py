"""A taught phrase said beside a clause of the speaker's own, with and without a pause,
through `teachapp listen --wav F --json` (in process) in a home taught the phrases.

    .venv/bin/python benchmarks/speech_pauses.py [--quick]

Speech: hibari-tts (the `bench` extra) and espeak-ng say each clause alone; sox puts
0.25, 0.4 or 1.0 s of silence between them (its own edge silence trimmed first), or
the voice says both in one breath, without and with a comma (the voice's own pause);
some with pink noise. Pairs: a phrase beside an aside ("movie night ... we're off to
bed", "sorry ... lights off please") should run the phrase; a negation or a question
("don't ... movie night", "is it ... movie night") must run nothing. A pause is what
`Transcript.punctuated` keeps for the resolver; the table says how many run.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PHRASES = ("movie night", "lights off", "bath time", "reading mode", "kettle on")
RUN = {("movie night", "we're off to bed"): "movie night",
       ("sorry", "lights off please"): "lights off",
       ("bath time", "the kids are filthy"): "bath time",
       ("lights off", "night all"): "lights off",
       ("reading mode", "i've got a new book"): "reading mode",
       ("right", "kettle on"): "kettle on",
       ("the kids are filthy", "bath time"): "bath time",
       ("i'm tired", "movie night"): "movie night"}
NOT_RUN = (("don't", "movie night"), ("no", "not bath time"), ("is it", "movie night"),
           ("don't", "lights off"))
CONDITIONS = ("fluent", "comma", "gap250", "gap400", "gap1000", "fluent+pink", "gap400+pink")


def _sh(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True)


def _trimmed(raw: Path, out: Path) -> None:
    _sh("sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(out), "silence", "1", "0.02",
        "0.5%", "reverse", "silence", "1", "0.02", "0.5%", "reverse")


def _say(voice: str, text: str, out: Path, seed: int) -> None:
    raw = out.with_suffix(".raw.wav")
    if voice == "hibari":
        hibari = str(Path(sys.executable).with_name("hibari"))
        _sh(hibari, text, "-o", str(raw), "--seed", str(seed))
    else:
        _sh("espeak-ng", "-v", "en-us+m3", "-s", "160", "-w", str(raw), text)
    _trimmed(raw, out)


def make(folder: Path, voice: str, first: str, second: str, condition: str, n: int) -> Path:
    base, _, noise = condition.partition("+")
    out = folder / f"{voice}_{n}_{condition}.wav"
    clip = folder / f"{voice}_{n}_{base}.clip.wav"
    if base in ("fluent", "comma"):
        _say(voice, f"{first}{',' if base == 'comma' else ''} {second}", clip, n)
        parts = [clip]
    else:
        a, b, gap = folder / f"{n}a.wav", folder / f"{n}b.wav", folder / f"{n}gap.wav"
        _say(voice, first, a, n)
        _say(voice, second, b, n + 100)
        _sh("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(gap), "trim", "0",
            str(int(base[3:]) / 1000))
        parts = [a, gap, b]
    padded = folder / f"{voice}_{n}_{condition}.padded.wav"
    _sh("sox", *map(str, parts), str(padded), "pad", "0.3", "0.5")
    if not noise:
        padded.rename(out)
        return out
    hiss = folder / "pink.wav"
    seconds = subprocess.run(["soxi", "-D", str(padded)], capture_output=True, text=True,
                             check=True).stdout.strip()
    _sh("sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", str(hiss), "synth", seconds,
        "pinknoise", "vol", "0.02")
    _sh("sox", "-m", str(padded), str(hiss), str(out))
    return out


def listen(db: str, wav: Path) -> dict:
    from teachapp.cli.speech import cmd_listen

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        cmd_listen(argparse.Namespace(db=db, wav=str(wav), mode="command", json=True))
    return json.loads(buf.getvalue().strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="espeak-ng only, no noise")
    args = parser.parse_args()
    voices = ("espeak",) if args.quick else ("hibari", "espeak")
    conditions = [c for c in CONDITIONS if not (args.quick and "+" in c)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["TEACHAPP_SETTINGS"] = str(folder / "settings.json")
        db = str(folder / "home.sqlite3")
        from teachapp.cli import main as cli

        for phrase in PHRASES:
            with contextlib.redirect_stdout(io.StringIO()):
                cli(["--db", db, "teach", phrase, "--set", "light.living_room_lamp.brightness=40"])
        table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        misses = []
        pairs = [(p, RUN[p]) for p in RUN] + [(p, None) for p in NOT_RUN]
        for voice in voices:
            for n, ((first, second), want) in enumerate(pairs):
                for condition in conditions:
                    out = listen(db, make(folder, voice, first, second, condition, n))
                    ran = out["decision"] == "run"
                    row = table[(voice, condition)]
                    if want is not None:
                        row[0] += ran and out["routine"] == want
                        row[1] += 1
                    else:
                        row[2] += ran
                        row[3] += 1
                    if (want is not None) != ran:
                        misses.append((voice, condition, first, second,
                                       out.get("transcript_punctuated", out["transcript"]),
                                       out["decision"]))
    total = [0, 0, 0, 0]
    print(f"{'voice':<8}{'condition':<14}{'phrase + aside run':>20}{'negation/question run':>24}")
    for (voice, condition), row in table.items():
        total = [a + b for a, b in zip(total, row, strict=True)]
        print(f"{voice:<8}{condition:<14}{f'{row[0]}/{row[1]}':>20}{f'{row[2]}/{row[3]}':>24}")
    print(f"{'all':<22}{f'{total[0]}/{total[1]}':>20}{f'{total[2]}/{total[3]}':>24}")
    for miss in misses:
        print("  not as wanted:", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
