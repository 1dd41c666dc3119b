"""Sounds that are not speech, and short speech: what the Whisper engine makes of each.

    .venv/bin/python benchmarks/speech_nonspeech.py [--quick] [--jsonl FILE]

Sounds (benchmarks/_nonspeech_sounds.py, made with sox): coughs, claps, a door, a laugh,
"hmm", a sneeze, music, a kettle, beeps, a phone, a dog, a glass, running water; each
as made and 12 dB softer, alone and with pink noise behind (15 dB). Speech: the 30 real
recordings of datasets/speech, and hibari-tts (speeds 0.85, 1.0, 1.2) and espeak-ng
(en-us 150, en-gb 175, en-us+f3 190 words a minute) saying dialogue words and commands,
clean, with pink noise (15 dB) and brown noise (10 dB). Heard by the app's engine
through ``Assistant.recognize`` in a default home (what ``chat`` starts with), in
command mode.

"before" is what main did: the 0.3 s voice gate (``Endpointer(0.3, 0.9)``) and
Whisper's own no-speech rule; "after" is the engine now (``_no_words.only_a_sound``
and the shorter gate). A sound counts as rejected when nothing is heard; speech as
kept when something is (right or not: word errors are benchmarks/speech.py's).

Measured 2026-12-05 (one thread), before -> after: sounds heard as nothing 30 -> 88 of
92 (cough 8 -> 20/20, door 7 -> 12/12, hmm 0 -> 8/8, kettle 1 -> 8/8, phone 0 -> 4/4,
laugh 1 -> 4/4, water 0 -> 4/4, glass 0 -> 4/4, beeps 2 -> 4/4, bark 3 -> 4/4, clap 8/8,
music 0 -> 5/8, sneeze 0 -> 3/4); speech heard as words 277 -> 281 of 282: real
recordings 30/30, hibari one word 67 -> 72/72 ("stop" and "yes" at speed 1.2 in pink or
brown noise were heard as nothing), commands 126/126; lost: espeak-ng en-us "help" in
pink noise, which Whisper wrote "tell". Still heard as words: music in pink noise
("i'm gonna go go go ..."), a chord ("i'm", "i'm gonna"), a sneeze in noise ("i'm not
sure"). --quick (hibari 1.0 and 1.2 and en-gb, pink and brown): sounds 28 -> 86 of 92,
speech 109 -> 114 of 114.
"""

from __future__ import annotations

import argparse
import collections
import json
import logging
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from _nonspeech_sounds import SOUNDS, make_sound  # noqa: E402
from speech_controls import DATASET, noisy, say  # noqa: E402

from teachapp.home import ensure_default_home  # noqa: E402
from teachapp.speech._no_words import only_a_sound  # noqa: E402
from teachapp.store import Store  # noqa: E402

WORDS = ("stop", "yes", "no", "undo", "cancel", "done", "help", "thanks",
         "turn off the ceiling light", "turn on the desk lamp", "lock the front door",
         "what time is it", "dim the kitchen lights", "good night")
VOICES = (("hibari", 0.85), ("hibari", 1.0), ("hibari", 1.2), ("en-us", 150),
          ("en-gb", 175), ("en-us+f3", 190))
NOISES = {"clean": None, "pink": ("pink", 15), "brown": ("brown", 10)}


class _Heard(logging.Handler):
    """The engine's own account of each decode (its debug line)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.last: tuple | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg.startswith("whisper heard"):
            self.last = record.args  # type: ignore[assignment]


def _old_gate(wav: Path) -> bool:
    import wave

    import pocketsphinx

    with wave.open(str(wav)) as clip:
        pcm = clip.readframes(clip.getnframes())
    endpointer = pocketsphinx.Endpointer(window=0.3, ratio=0.9)
    size = endpointer.frame_bytes
    return any(endpointer.process(pcm[i:i + size]) is not None
               for i in range(0, len(pcm) - size + 1, size))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="hibari 1.0 and 1.2 and en-gb, pink and brown only")
    parser.add_argument("--jsonl", type=Path, help="write each clip's figures here")
    args = parser.parse_args()
    from _assistant_helpers import make_assistant

    heard = _Heard()
    engine_log = logging.getLogger("teachapp.speech.whisper_engine")
    engine_log.setLevel(logging.DEBUG)
    engine_log.addHandler(heard)
    out = args.jsonl.open("w") if args.jsonl else None
    tally: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    wrong: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store.open(folder / "home.db")
        ensure_default_home(store)
        assistant, _events = make_assistant(store)

        def hear(kind: str, group: str, label: str, wav: Path) -> None:
            heard.last = None
            turn = assistant.recognize(wav)
            args_ = heard.last
            wrote = args_[5] if args_ else ""
            logprob, no_speech = (args_[2], args_[3]) if args_ else (0.0, 1.0)
            before = bool(wrote) and _old_gate(wav) and not (no_speech > 0.6
                                                             and logprob < -1.0)
            after = bool(turn.text)
            row = tally[(kind, group)]
            row[0] += 1
            row[1] += before
            row[2] += after
            if (kind == "sound") == after:
                wrong.append(f"{kind} {label}: {turn.text or wrote!r} (no speech "
                             f"{no_speech:.2f}, logprob {logprob:.2f})")
            if out is not None:
                out.write(json.dumps({"kind": kind, "label": label, "wrote": wrote,
                                      "heard": turn.text, "no_speech": no_speech,
                                      "logprob": logprob, "before": before,
                                      "sound_rule": bool(wrote) and only_a_sound(
                                          wrote, no_speech, logprob)}) + "\n")
                out.flush()

        for name in SOUNDS:
            for gain in (0, -12):
                wav = make_sound(folder / "sounds", name, gain_db=gain)
                hear("sound", name.split("_")[0], f"{name}{gain:+d}dB", wav)
                hear("sound", name.split("_")[0], f"{name}{gain:+d}dB+pink",
                     noisy(folder, wav, "pink", 15))
        for path in sorted((DATASET / "wav").glob("*.wav")):
            wav = folder / f"real_{path.stem}.wav"
            subprocess.run(["sox", str(path), "-r", "16000", "-c", "1", "-b", "16", str(wav)],
                           check=True)
            hear("speech", "real recordings", path.stem, wav)
        voices = (("hibari", 1.0), ("hibari", 1.2), ("en-gb", 175)) if args.quick else VOICES
        noises = ("pink", "brown") if args.quick else tuple(NOISES)
        for text in WORDS:
            for voice, rate in voices:
                clean = say(folder, text, voice, rate)
                for noise in noises:
                    wav = clean if NOISES[noise] is None else noisy(folder, clean,
                                                                    *NOISES[noise])
                    group = "one word" if " " not in text else "commands"
                    hear("speech", f"{voice} {group}", f"{text} {voice}:{rate} {noise}", wav)
        assistant.close()
        store.close()
    print(f"{'':8} {'group':28} {'n':>4} {'before':>7} {'after':>6}  (sounds: heard as "
          "nothing; speech: heard as words)")
    for kind in ("sound", "speech"):
        totals = [0, 0, 0]
        for (k, group), (n, before, after) in sorted(tally.items()):
            if k != kind:
                continue
            b, a = (n - before, n - after) if kind == "sound" else (before, after)
            totals = [totals[0] + n, totals[1] + b, totals[2] + a]
            print(f"{kind:8} {group:28} {n:4} {b:7} {a:6}")
        print(f"{kind:8} {'all':28} {totals[0]:4} {totals[1]:7} {totals[2]:6}")
    print("\n".join(["still wrong:", *wrong]))


if __name__ == "__main__":
    main()
