"""Sounds that are not speech, and short speech: what the Whisper engine makes of each.

    .venv/bin/python benchmarks/speech_nonspeech.py [--quick] [--live] [--jsonl FILE]

Sounds (tests/_nonspeech_sounds.py, made with sox): coughs, claps, a door, a laugh,
"hmm", a sneeze, music, a kettle, beeps, a phone, a dog, a glass, running water; each
as made and 12 dB softer, alone and with pink noise behind (15 dB). Speech: the 30 real
recordings of datasets/speech, and hibari-tts (speeds 0.85, 1.0, 1.2) and espeak-ng
(en-us 150, en-gb 175, en-us+f3 190 words a minute) saying dialogue words and commands,
clean, with pink noise (15 dB) and brown noise (10 dB). Heard by the app's engine
through ``Assistant.recognize`` in a default home (what ``chat`` starts with), in
command mode. A sound counts as rejected when nothing is heard; speech as kept when
something is (right or not: word errors are benchmarks/speech.py's). "main" is main's
rule (``only_a_sound`` without the no-prompt figure) on the same decodes.

--live: the sounds (as made, 1 s of quiet after, alone and in pink noise) and the one-word
answers and "good night" (1.2 s either side) fed as the microphone feeds them (0.1 s
blocks, never told the audio ended), through main's streaming path (``_MainStream``: the
endpointer's own frames, its 0.3 s window alone, main's rule) and now's.

Measured 2026-12-05 (one thread). First (11103fa), main's 0.3 s gate and Whisper's own
rule -> only_a_sound: sounds heard as nothing 30 -> 88 of 92, speech 277 -> 281 of 282.
Then main -> now (the no-prompt no-speech figure, ``_no_words.PLAIN_WEIGHT``): sounds
88 -> 92 of 92 (music 5 -> 8/8, sneeze 3 -> 4/4: "i'm gonna go go go ...", "i'm",
"i'm gonna", "it's just", "i'm not sure" are gone), speech 281 -> 281 of 282 (lost still:
espeak-ng en-us "help" in pink noise, written "tell"). --quick, a run of now's code:
sounds 87 -> 92 of 92, speech 114 -> 114 of 114.
--live --quick (hibari 1.0 and 1.2, en-gb): sounds 44 -> 45 of 46 (a chord's "i'm" gone;
a kettle still "i'm not going to do that"), speech 56 -> 76 of 81 (brown 15 -> 25/27,
pink 14 -> 24/27, clean 27/27): in loud noise main's endpointer never ended the
utterance (its detector called the noise voice), and a fast "stop" was shorter than its
window. All six voices (a run whose rule was then changed, its --jsonl decodes judged by
now's): sounds 45 of 46, speech 152 of 162; of the 10 lost, 9 were written "i'm", "um",
"and so", "tons" and the like, which main's rule drops too, and one ("what's up" for
"stop") is dropped by the no-prompt figure.
--live --sphinx (all six voices; the default home's one-word answers and commands its
grammar holds; a new recogniser per clip), first main -> then (``speech/_level.py``'s
``LevelledEndpointer``): the utterance ended 104 -> 140 of 144 (pink 33 -> 45, brown
23 -> 47, clean 48/48), heard right 72 -> 87 (brown 21 -> 36, pink 18 -> 18, clean
33 -> 33); lost: en-us+f3 "yes" and "undo" in pink noise (now an empty decode).
Then the final words from the utterance decoded again whole (``sphinx_engine._end``)
rather than the streamed decode's (main): heard right 87 -> 122 of 144, pink 18 -> 43 of
48 (per voice: en-gb 1 -> 7, en-us+f3 2 -> 7, en-us 4 -> 7, hibari 0.85 3 -> 8, 1.0 5 ->
8, 1.2 3 -> 6), brown 36 -> 43, clean 33 -> 36. Why: the endpointing was right (the
segment it cut, decoded whole, was right 42 of 48 in pink noise); the streamed decode's
cepstral mean starts from the model's and follows the noise slowly, and wrote "" or
"yes" for "no". Cost: the end of speech to the words (best of 3, a loaded 2-core machine,
espeak-ng words clean and in pink noise) median 51 -> 218 ms.
--live --quick, the audio before the start of speech decoded with it
(``WhisperRecognizer.pre_roll``) 0.1 s (main) -> 0.4 s: sounds heard as nothing 45 -> 46
of 46 (a kettle's "i'm not going to do that" gone), speech heard 77 -> 76 of 81 (en-gb
"stop" in pink noise "let's talk" -> "stop"; en-gb "thanks" in brown noise "next turn on
the desk" -> nothing); the sound rule's no-prompt score (logprob - 5 no_speech - 4 plain,
a sound below -5.2) where it was asked: closest speech heard -4.61 -> -4.51, highest
sound -4.84 (heard) -> -5.93. 0.8 s: the same two gains, and hibari "no" in brown noise
"no" -> "i know". Then 0.2 s (0.4 s lost a fast clean "no", espeak-ng at 280 words a
minute, to the sound rule: test_speech_whisper's short-answer test failed two runs in
three): sounds 46 of 46, speech 77 of 81.
Then the decode at the end from the same audio as the decode ahead
(``WhisperRecognizer._heard``; a word only the gate heard from its own audio): sounds 46
of 46, speech 77 -> 79 of 81.
--cost (this 2-core machine, shared with other jobs, one decoder thread; fastest of 3):
the no-prompt decoder step was asked for 29 of 46 sounds and 3 of 58 speech recordings
(the 30 real ones, hibari words clean and in pink noise); where asked it took 39.5 ms
(sounds, median) and 25.8 ms (speech). Per recording, transcribe without -> with it:
mean 527 -> 541 ms (sounds), 581 -> 596 ms (speech), 557 -> 571 ms in all (+14 ms,
about 2.5 %; the medians, 531 -> 565, move more with the machine's load than the step).
"""

from __future__ import annotations

import argparse
import collections
import json
import logging
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from _live_feed import heard_live  # noqa: E402
from _nonspeech_sounds import SOUNDS, make_sound  # noqa: E402
from speech_controls import DATASET, noisy, say  # noqa: E402

from teachapp.home import ensure_default_home  # noqa: E402
from teachapp.speech._no_words import only_a_sound  # noqa: E402
from teachapp.speech.sphinx_engine import PocketSphinxRecognizer  # noqa: E402
from teachapp.speech.whisper_engine import WhisperRecognizer  # noqa: E402
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
        self.all: list[tuple] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg.startswith("whisper heard"):
            self.last = record.args  # type: ignore[assignment]
            self.all.append(self.last)  # type: ignore[arg-type]


class _MainStream(WhisperRecognizer):
    """The streaming path as main had it: the endpointer's own frames (no levelling),
    its 0.3 s window alone (no word shorter than it heard) and main's sound rule."""

    pre_roll = 0.1

    def _reset_stream(self) -> None:
        import pocketsphinx

        super()._reset_stream()
        self._endpointer = pocketsphinx.Endpointer(window=0.3, ratio=0.9)

    def _brief(self, frame: bytes, last: bool, *, covered: bool) -> bytes | None:
        return None

    def _plain(self, features: object, no_speech: float, seconds: float, *,
               words: bool = False) -> tuple[float, str | None]:
        # (main's rule: only_a_sound without the no-prompt figure)
        return -1.0, super()._plain(features, no_speech, seconds, words=True)[1] if words else None


def _streamed(recognizer: WhisperRecognizer, wav: Path) -> str:
    """What the microphone's path hears of ``wav`` (tests/_live_feed.py)."""
    return " ".join(heard_live(recognizer, wav))


def live(args: argparse.Namespace) -> None:
    """--live: sounds and one-word answers through the microphone's path, main's and now."""
    from _assistant_helpers import make_assistant

    tally: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    wrong: list[str] = []
    heard = _Heard()
    engine_log = logging.getLogger("teachapp.speech.whisper_engine")
    engine_log.setLevel(logging.DEBUG)
    engine_log.addHandler(heard)
    out = args.jsonl.open("w") if args.jsonl else None
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store.open(folder / "home.db")
        ensure_default_home(store)
        assistant, _events = make_assistant(store)
        words = assistant.vocabulary("command")  # what chat and the window listen for
        assistant.close()
        store.close()
        before, after = _MainStream(words, threads=1), WhisperRecognizer(words, threads=1)

        def hear(kind: str, group: str, label: str, wav: Path) -> None:
            then = _streamed(before, wav)
            heard.all = []
            now = _streamed(after, wav)
            if out is not None:
                out.write(json.dumps({"kind": kind, "label": label, "heard": now,
                                      "main": then, "decodes": heard.all}) + "\n")
                out.flush()
            row = tally[(kind, group)]
            row[0] += 1
            row[1] += bool(then)
            row[2] += bool(now)
            if (kind == "sound") == bool(now):
                wrong.append(f"{kind} {label}: {now!r} (main: {then!r})")

        for name in SOUNDS:
            wav = make_sound(folder / "sounds", name)
            padded = folder / f"{name}_live.wav"
            subprocess.run(["sox", str(wav), str(padded), "pad", "0", "1"], check=True)
            hear("sound", name.split("_")[0], name, padded)
            hear("sound", name.split("_")[0], f"{name}+pink", noisy(folder, padded, "pink", 15))
        voices = (("hibari", 1.0), ("hibari", 1.2), ("en-gb", 175)) if args.quick else VOICES
        for text in [w for w in WORDS if " " not in w] + ["good night"]:
            for voice, rate in voices:
                clean = say(folder, text, voice, rate, pad=1.2)
                for noise, mix in NOISES.items():
                    wav = clean if mix is None else noisy(folder, clean, *mix)
                    hear("speech", f"{noise}", f"{text} {voice}:{rate} {noise}", wav)
    _report(tally, wrong, "main")


class _StreamedSphinx(PocketSphinxRecognizer):
    """PocketSphinx's streaming path as main had it: the final words are the streamed
    decode's (its cepstral mean followed the audio frame by frame), not the utterance
    decoded again whole. (The verification is left out: words only.)"""

    def _end(self, started: float):  # type: ignore[no-untyped-def]
        from teachapp.speech.transcript import Transcript, utterance_timings

        self._streamer.end_utt()
        self._decoder, self._streamer = self._streamer, self._decoder
        try:
            text, conf, alts = self._result()  # (the streamed decoder's words)
        finally:
            self._decoder, self._streamer = self._streamer, self._decoder
        pcm, self._speech, self._in_utt = self._speech, b"", False
        closing = (time.perf_counter() - started) * 1000
        return Transcript(text, conf, alts, "pocketsphinx:en-us", True,
                          utterance_timings(len(pcm), self._decode_ms, closing),
                          closed_set=True)


def live_sphinx(args: argparse.Namespace) -> None:
    """--live --sphinx: the PocketSphinx engine (the fallback without Whisper) fed the
    one-word answers and commands its grammar holds, as the microphone feeds them, main's
    (the streamed decode's words) and now's (the utterance decoded again whole): how often
    the utterance ended with the words said (its grammar forces any speech onto a phrase),
    per noise and per voice, and the time from the end of speech to the words (the block
    that closed the utterance; median, ms)."""
    import statistics

    from _assistant_helpers import make_assistant

    from teachapp.speech.audio import chunks, read_wav

    tally: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    closing: dict[str, list[float]] = collections.defaultdict(list)
    wrong: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store.open(folder / "home.db")
        ensure_default_home(store)
        assistant, _events = make_assistant(store)
        words = assistant.vocabulary("command")
        assistant.close()
        store.close()

        def ended(recognizer: PocketSphinxRecognizer, wav: Path, how: str) -> list[str]:
            finals = [recognizer.accept(block) for block in chunks(read_wav(wav).pcm, 100)]
            for final in finals:
                if final is not None and final.timings.get("audio", 0) > 0:
                    closing[how].append(final.timings["end_of_speech_to_final"])
            return [final.text for final in finals if final is not None]

        voices = (("hibari", 1.0), ("hibari", 1.2), ("en-gb", 175)) if args.quick else VOICES
        for text in [w for w in [*WORDS, "good night"] if w in words]:
            for voice, rate in voices:
                clean = say(folder, text, voice, rate, pad=1.2)
                for noise, mix in NOISES.items():
                    wav = clean if mix is None else noisy(folder, clean, *mix)
                    # a new recogniser each: its cepstral means carry over utterances
                    then = ended(_StreamedSphinx(words), wav, "main")
                    now = ended(PocketSphinxRecognizer(words), wav, "now")
                    for key in ((noise, "all"), (noise, f"{voice}:{rate}"),
                                ("all", "all")):
                        row = tally[key]
                        row[0] += 1
                        row[1] += text in then
                        row[2] += text in now
                    if text not in now:
                        wrong.append(f"{text} {voice}:{rate} {noise}: {now} (main: {then})")
    print(f"{'noise':8} {'voice':16} {'n':>4} {'right main':>11} {'now':>5}")
    for (noise, voice), (n, then, now) in sorted(tally.items()):
        print(f"{noise:8} {voice:16} {n:4} {then:11} {now:5}")
    print("end of speech to words, median ms: " + ", ".join(
        f"{how} {statistics.median(ms):.1f} (n {len(ms)})" for how, ms in closing.items()))
    print("\n".join(["not heard right now ([] = the utterance never ended):", *wrong]))


class _NoStep(WhisperRecognizer):
    """The engine without the no-prompt decoder step (``_plain``'s no-speech figure)."""

    def _plain(self, features: object, no_speech: float, seconds: float, *,
               words: bool = False) -> tuple[float, str | None]:
        return -1.0, super()._plain(features, no_speech, seconds, words=True)[1] if words else None


class _TimedStep(WhisperRecognizer):
    """The engine as it is, the time of each no-prompt decoder step noted."""

    steps: list[float]

    def _plain(self, features: object, no_speech: float, seconds: float, *,
               words: bool = False) -> tuple[float, str | None]:
        started = time.perf_counter()
        plain = super()._plain(features, no_speech, seconds, words=words)
        self.steps.append((time.perf_counter() - started) * 1000)
        return plain


def cost(args: argparse.Namespace) -> None:
    """--cost: what the no-prompt decoder step costs per recording (one thread): each
    recording decoded (``transcribe``) with and without it, alternately, the fastest of
    three runs each; and the step's own time where it was asked."""
    import statistics

    from _assistant_helpers import make_assistant

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store.open(folder / "home.db")
        ensure_default_home(store)
        assistant, _events = make_assistant(store)
        words = assistant.vocabulary("command")
        assistant.close()
        store.close()
        without, with_step = _NoStep(words, threads=1), _TimedStep(words, threads=1)
        wavs: list[tuple[str, Path]] = []
        for name in SOUNDS:
            wav = make_sound(folder / "sounds", name)
            wavs += [("sound", wav), ("sound", noisy(folder, wav, "pink", 15))]
        for path in sorted((DATASET / "wav").glob("*.wav")):
            wav = folder / f"real_{path.stem}.wav"
            subprocess.run(["sox", str(path), "-r", "16000", "-c", "1", "-b", "16", str(wav)],
                           check=True)
            wavs.append(("speech", wav))
        for text in WORDS:
            clean = say(folder, text, "hibari", 1.0)
            wavs += [("speech", clean), ("speech", noisy(folder, clean, "pink", 15))]
        from teachapp.speech.audio import read_wav

        rows: dict[str, list[tuple[float, float, float]]] = collections.defaultdict(list)
        for kind, wav in wavs:
            pcm = read_wav(wav).pcm
            before, after, step = [], [], 0.0
            for _ in range(3):
                with_step.steps = []
                for recognizer, times in ((without, before), (with_step, after)):
                    started = time.perf_counter()
                    recognizer.transcribe(pcm)
                    times.append((time.perf_counter() - started) * 1000)
                step = min(with_step.steps) if with_step.steps else 0.0
            rows[kind].append((min(before), min(after), step))
    print(f"{'kind':8} {'n':>4} {'asked':>6} {'ms without':>11} {'with':>6} "
          f"{'step (asked)':>13}   (median per recording; mean in brackets)")
    for kind, found in [*rows.items(), ("all", [r for v in rows.values() for r in v])]:
        asked = [r[2] for r in found if r[2] > 0]
        print(f"{kind:8} {len(found):4} {len(asked):6} "
              f"{statistics.median(r[0] for r in found):11.0f} "
              f"{statistics.median(r[1] for r in found):6.0f} "
              f"{statistics.median(asked) if asked else 0.0:13.1f}   "
              f"({statistics.mean(r[0] for r in found):.0f} -> "
              f"{statistics.mean(r[1] for r in found):.0f})")


def _report(tally: dict[tuple[str, str], list[int]], wrong: list[str], before: str) -> None:
    print(f"{'':8} {'group':28} {'n':>4} {before:>7} {'now':>6}  (sounds: heard as "
          "nothing; speech: heard as words)")
    for kind in ("sound", "speech"):
        totals = [0, 0, 0]
        for (k, group), (n, then, now) in sorted(tally.items()):
            if k != kind:
                continue
            b, a = (n - then, n - now) if kind == "sound" else (then, now)
            totals = [totals[0] + n, totals[1] + b, totals[2] + a]
            print(f"{kind:8} {group:28} {n:4} {b:7} {a:6}")
        print(f"{kind:8} {'all':28} {totals[0]:4} {totals[1]:7} {totals[2]:6}")
    print("\n".join(["still wrong:", *wrong]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="hibari 1.0 and 1.2 and en-gb, pink and brown only")
    parser.add_argument("--jsonl", type=Path, help="write each clip's figures here")
    parser.add_argument("--live", action="store_true",
                        help="through the microphone's path (streamed), main's and now")
    parser.add_argument("--sphinx", action="store_true",
                        help="with --live: the PocketSphinx engine's streaming path")
    parser.add_argument("--cost", action="store_true",
                        help="time the no-prompt decoder step per recording")
    args = parser.parse_args()
    if args.cost:
        cost(args)
        return
    if args.live and args.sphinx:
        live_sphinx(args)
        return
    if args.live:
        live(args)
        return
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
            plain = args_[6] if args_ else 1.0
            before = bool(wrote) and not (no_speech > 0.6 and logprob < -1.0) and not (
                only_a_sound(wrote, no_speech, logprob))
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
                                      "logprob": logprob, "plain": plain,
                                      "before": before,
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
    _report(tally, wrong, "main")


if __name__ == "__main__":
    main()
