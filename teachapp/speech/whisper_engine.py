"""Whisper tiny.en through CTranslate2: English with an open vocabulary, no download.

Command mode: the taught phrases and device names go into Whisper's initial prompt,
which biases it strongly towards them (word error rate on the shared real
recordings: about 1 % with the prompt, 20 % without); a transcript close to exactly
one taught phrase is written as that phrase (_whisper_text.snap). Untaught speech
comes out as what was said, so the resolver can reject it: nothing is forced onto a
taught phrase. Teach mode: no prompt, up to three hypotheses from a small beam.

Confidence: the decoder's mean log-probability per token (exp'd) times the chance
it gives that there is speech at all. A transcript below ``speech.whisper_threshold``
is marked ``verified=False``, so the assistant asks before running anything on it.

The encoder is given the utterance plus a margin rather than Whisper's full 30 s
window (cost grows with the window); repeats that a short window provokes are cut.
Whisper writes the clause punctuation it hears in the pauses ("Movie night, we're off
to bed."): the transcript keeps it in ``punctuated`` for the resolver.
Loading (about 0.3-1 s, +100 MB) happens on the caller's thread: the Listener's.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import ModelError
from ..settings import Settings
from ._asked import ASKED_MASS, question_mass
from ._boundaries import words_only
from ._foreground import foreground, louder
from ._framing import FramedStream
from ._no_words import (
    copied_after_filler,
    only_a_sound,
    only_hesitation,
    opens_with_hesitation,
    plain_counts,
    taught_only_a_sound,
)
from ._settings import threshold_setting
from ._tokenizer import load_tokenizer, warm_tokenizer
from ._vocab_tables import load_tables, tables_for
from ._whisper_text import (
    clean,
    cut_repeats,
    cut_repeats_marked,
    filler_heard,
    name_heard,
    prompt_text,
    said_again,
    snap,
)
from .engine_choice import whisper_available
from .transcript import Mode, Transcript, utterance_timings
from .whisper_model import check_weights, packaged_whisper

__all__ = ["DEFAULT_THRESHOLD", "PROMPT_TOKENS", "WhisperRecognizer", "load_tokenizer",
           "load_whisper_model", "prompt_ids", "warm_tokenizer", "whisper_available"]

log = logging.getLogger(__name__)

DEFAULT_THRESHOLD = 0.3
"""Word confidence a command transcript needs to be acted on without asking (setting
``speech.whisper_threshold``). Chosen on espeak-ng development speech (clean and with
noise; benchmarks/_speech_english.py's DEV phrases), not on the real recordings or
the hibari voice: the highest value that lets every correctly heard development
utterance through (the lowest were 0.33); it stops 3 of the 23 misheard ones. The
confidence alone cannot tell every mishearing (some reach 0.76): that a routine runs
only from its taught phrase said as such does the rest."""
ADDED_CHECK_BELOW = 0.8
"""Below this confidence a transcript that is a taught phrase of two words or more is
decoded again without the prompt (:func:`_words_added`): espeak-ng saying "bath" alone
was written "bath time" (confidence 0.66 and 0.42) and ran bath time. Correctly heard
phrases were at 0.31-0.99 (median 0.89; hibari-tts and espeak-ng, clean and noisy)."""
_ALONE_ALIKE = 50
"""rapidfuzz ratio at which the word said alone sounds like the phrase's words ("buh" /
"bath" 57, "bast" / "bath" 75)."""
MIN_FRAMES = 1000
"""Smallest encoder window (10 s). Shorter windows make Whisper repeat itself and
mishear more, longer ones cost more (the encoder's work grows with the window); the
"30 s window" row of benchmarks/speech.py gives the trade-off."""
MARGIN_FRAMES = 200
"""Silence after the utterance inside the window (2 s)."""
_NO_SPEECH = 0.6
_NO_SPEECH_LOGPROB = -1.0
_GATE_WINDOW = 0.21
_GATE_RATIO = 0.85
"""A recording is given to Whisper once 6 of 7 frames (0.18 s) in a row are voice."""
PROMPT_TOKENS = 200
"""Prompt tokens given to Whisper, its hesitations included. Whisper reads up to 223
(half its 448-token context, less one), but tiny.en given 213 wrote a real recording of
"cancel timer" as "cancel timer, it's a cancel timer, okay" (right with 131 to 194).
The prompt was cut at 600 characters (131-157 tokens as the words fell), the
hesitations before the list cut first; of 200 routines 43 were in it, now 57, of 50
routines 41, now all (benchmarks/speech_prompt.py; a decode took 360-390 ms for 3 to
200 routines alike, one thread)."""
_CONTEXT = 448
PRE_ROLL = 0.2
"""Seconds of the audio before the endpointer's start of speech decoded with it (from
the microphone; a recording is decoded whole). With 0.1 s Whisper had too little of the
room to doubt a kettle was speech ("i'm not going to do that"); with 0.4 s a fast clean
"no" (espeak-ng at 280 words a minute) scored just under the sound rule's floor and
was heard as nothing. 0.2 s: sounds 46 of 46 heard as nothing, speech 77 of 81 heard
(0.1 s: 44 and 77; 0.4 s: 46 and 76; benchmarks/speech_nonspeech.py --live --quick).
The decode ahead of the end had it; the decode at the end, when none had run ahead, did
not, until both decoded one audio (:meth:`WhisperRecognizer._heard`)."""
LEAD_SILENCE = 0.3
"""Seconds of silence put before the audio of an utterance from the microphone (not a
recording, decoded whole from its first sample): the real recording "resume", live,
starts 0.2 s (:data:`PRE_ROLL`) before a breath the endpointer started on and was
written "resum" at confidence 0.17-0.19 (6 of 6 hiss draws; the default home's words
and six one-word phrases), so it was asked about, where the file was run (0.89); with
0.3 s of silence before it, 0.92-0.94 (benchmarks/speech_live.py --main-lead). Silence,
not more of the room: 0.4 s of the room lost a fast "no" (:data:`PRE_ROLL`)."""
_SPECULATE_AFTER_MS = 150
"""Quiet raw audio after which the utterance so far is decoded ahead of the end."""
_QUIET_SHARE = 0.12
"""A frame is quiet below this share of the utterance's loudest frame (RMS)."""
_UNFINISHED = frozenset("the a an to for at of and my your our by until till with from then "
                        "into".split())
"""Words a request does not end on: an utterance heard ending on one ("set a timer
for", "dim the lights to") was cut at a pause inside it, so the rest is waited for."""
_HEARD_IN_QUIET = frozenset({"it", "you"})
"""Words Whisper writes into the quiet after such a word ("set a timer for it"): after
one of ``_UNFINISHED`` the utterance is still taken as cut there."""
HOLD_MS = 1200
"""How long the rest of an utterance cut at such a word is waited for (quiet audio)
before what was heard is given as it is."""
_RAW_BYTES = 30 * 2 * 16_000
_MAX_TOKENS_PER_SECOND = 8
FIRST_TOKENS = 8
FIRST_TOKENS_PER_SECOND = 4
"""Tokens a command decode writes first (these, plus so many a second of audio), before
it is seen whether Whisper has begun saying it again: after a short command tiny.en
writes it over and over up to the cap (8 a second, 28 tokens for a 2.5 s "start bath time"),
113 of 688 sayings (benchmarks/speech_asks.py), and each token costs a decoder step
(~9 ms; 28 tokens 320-440 ms, 6 tokens 120-190 ms). Of the 575 that ended by themselves
all but 2 ended within this budget, and those 2 had said a clause again by then."""
_SAMPLE_RATE = 16_000
_load_lock = threading.Lock()
_MODELS: dict[str, tuple[Any, Any, dict[str, int]]] = {}
_GROUPS: dict[tuple[int, int], Any] = {}


def decode_threads() -> int:
    """Threads for one decode: 2 (faster), or ``TEACHAPP_WHISPER_THREADS``. With two,
    CTranslate2's int8 decode is not bit-for-bit repeatable when the CPU is contended, and
    a borderline word can flip (the tests' "bath time, the kids are filthy" was heard
    "the kids are filthy" 1 run in 8 under four busy processes; 0 in 10 with one thread):
    the tests use one, so the same recording is always heard alike."""
    try:
        return max(1, int(os.environ.get("TEACHAPP_WHISPER_THREADS", "2")))
    except ValueError:
        return 2


def load_whisper_model(path: str | Path, threads: int = 2) -> tuple[Any, Any, dict[str, int],
                                                                    float]:
    """(model, tokenizer, special token ids, load ms); cached per folder. The weights'
    SHA-256 is checked first (ModelError when damaged)."""
    folder = Path(path).resolve()
    key = f"{folder}:{threads}"
    with _load_lock:
        if key in _MODELS:
            return (*_MODELS[key], 0.0)
        started = time.perf_counter()
        check_weights(folder)
        try:
            import ctranslate2
            import tokenizers  # noqa: F401 (load_tokenizer reads with it)
        except ImportError as exc:
            raise ModelError("ctranslate2 or tokenizers is missing, so Whisper cannot run; "
                             "reinstall teachapp (`pip install ctranslate2 tokenizers`)."
                             ) from exc
        try:
            model = ctranslate2.models.Whisper(str(folder), device="cpu",
                                               compute_type="int8", intra_threads=threads)
            tokenizer = load_tokenizer(folder)
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelError(f"CTranslate2 could not load the Whisper model in {folder}: "
                             f"{exc}. Reinstall it with `teachapp models install "
                             "whisper-tiny.en`.") from exc
        special = {}
        for name in ("<|startoftranscript|>", "<|startofprev|>", "<|notimestamps|>",
                     "<|endoftext|>"):
            token = tokenizer.token_to_id(name)
            if token is None:
                raise ModelError(f"The tokenizer in {folder} lacks {name}; it is not a "
                                 "Whisper tokenizer. Reinstall the model.")
            special[name] = token
        # (the question detector's and the case pooling's passes over the vocabulary:
        # read from the cache folder, or made here, never in a command)
        load_tables(tokenizer, folder / "tokenizer.json")
        _MODELS[key] = (model, tokenizer, special)
        return model, tokenizer, special, (time.perf_counter() - started) * 1000


def default_model_path(settings: Settings | None = None) -> Path | None:
    """The Whisper folder to use: the one set in settings, else one installed by
    `models install`, else the one that comes with the app."""
    from .models import ModelManager

    info = ModelManager(settings or Settings()).find_whisper()
    return info.path if info is not None else packaged_whisper()


class WhisperRecognizer(FramedStream):
    """A Whisper recogniser: whole utterances, cut by an energy endpointer."""

    engine = "whisper"
    pre_roll = PRE_ROLL
    _endpointer: Any
    _onset: Any
    _brief_started: bool
    _brief_from: int
    _brief_covered: bool
    _frame_bytes: int
    _pending: bytes
    _speech: bytes
    _in_utt: bool
    _raw: bytearray
    _raw_offset: int
    _peak: float
    _quiet_frames: int
    _guess: Any
    _stale: Any
    _prefix: bytes
    _from: int | None
    _held: _Held | None

    def __init__(self, phrases: Sequence[str] = (), *, mode: Mode = "command",
                 hints: Sequence[str] = (), model_path: str | Path | None = None,
                 settings: Settings | None = None, threads: int | None = None,
                 threshold: float | None = None, min_frames: int = MIN_FRAMES,
                 use_prompt: bool = True, snap_phrases: bool = True,
                 speculate: bool = True, foreground: bool = True) -> None:
        settings = settings or Settings()
        path = Path(model_path) if model_path else default_model_path(settings)
        if path is None:
            raise ModelError("No Whisper model is installed for English. Reinstall teachapp "
                             "(it brings one), or run `teachapp models install "
                             "whisper-tiny.en`.")
        self.model_path = path
        self.mode: Mode = mode
        self.sample_rate = _SAMPLE_RATE
        self.description = "Whisper tiny.en (English, any words)"
        self._model, self._tokenizer, self._special, self.load_ms = load_whisper_model(
            path, threads or decode_threads())
        self.threshold = _threshold(threshold, settings)
        self.min_frames = min_frames
        self.use_prompt = use_prompt
        self.snap_phrases = snap_phrases
        self.speculate = speculate
        self.foreground = foreground
        """Decode from the speaker's start when a voice talked before it, a quiet (far)
        voice made louder (``_foreground``)."""
        self._worker: Any = None
        self.missing_words: list[str] = []
        self.phrases: list[str] = []
        self.hints = list(hints)
        self._prompt_ids: list[int] = []
        self._prompt_words: frozenset[str] = frozenset()
        self.set_phrases(phrases)
        self._reset_stream()

    # -- vocabulary ---------------------------------------------------------------
    def set_phrases(self, phrases: Sequence[str]) -> None:
        """New taught phrases: a new prompt (nothing to rebuild). In teach mode the
        words given are what a taught routine's steps are said with: no prompt while a
        new phrase is awaited (none is given then), so any words are heard alike."""
        self.phrases = [p for p in phrases if p and p.strip()]
        self._prompt_ids = []
        if self.use_prompt:
            self._prompt_ids = prompt_ids(self._tokenizer, [*self.hints, *self.phrases])
        self._wholes = {tuple(clean(p).split()) for p in self.phrases} - {()}
        self._begun = {w[:k] for w in self._wholes for k in range(1, len(w))}
        self._longest = max((len(w) for w in self._wholes), default=0)
        self._closes = {(w[0], w[-1]) for w in self._wholes if len(w) > 1}
        """(first word, last word) of each request listened for: an utterance that opens
        and ends as one does ("turn on the lights" as "turn on the kitchen lights") is
        whole, though its last word also begins a taught phrase (:meth:`_phrase_begun`)."""
        self._prompt_words = frozenset(clean(self._tokenizer.decode(self._prompt_ids)).split())
        """The words Whisper's prompt holds (:func:`_no_words.copied_after_filler`)."""

    # -- decoding -----------------------------------------------------------------
    def transcribe(self, pcm: bytes) -> Transcript:
        """A whole recording as one utterance."""
        started = time.perf_counter()
        transcript = self._decode(pcm)
        decode = (time.perf_counter() - started) * 1000
        transcript.timings = utterance_timings(len(pcm), 0.0, decode)
        return transcript

    def _decode(self, pcm: bytes) -> Transcript:
        import ctranslate2
        import numpy as np

        from ._logmel import MAX_FRAMES, log_mel

        if self.foreground:
            pcm = foreground(pcm)  # a television behind the speaker left out
        if len(pcm) < _SAMPLE_RATE // 5 or not _has_speech(pcm):
            return self._empty()  # Whisper "hears" words in silence: don't ask it
        if self.foreground:
            pcm = louder(pcm)  # a far voice brought up (after the gate, which it passed)
        audio = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
        frames = min(MAX_FRAMES, max(self.min_frames, audio.size // 160 + MARGIN_FRAMES))
        frames += frames % 2
        features = self._model.encode(
            ctranslate2.StorageView.from_array(log_mel(audio, frames)[None]), to_cpu=False)
        sp = self._special
        prompt = ([sp["<|startofprev|>"], *self._prompt_ids] if self._prompt_ids else [])
        prompt += [sp["<|startoftranscript|>"], sp["<|notimestamps|>"]]
        seconds = audio.size / _SAMPLE_RATE
        teach = self.mode == "teach"
        result = self._generate(features, prompt, seconds, teach=teach)
        marked = [cut_repeats_marked(self._tokenizer.decode(ids))
                  for ids in result.sequences_ids]
        texts = [words_only(m) for m in marked]
        no_speech = float(result.no_speech_prob)
        avg_logprob = float(result.scores[0]) if result.scores else -10.0
        raw = wrote = texts[0] if texts else ""
        plain = -1.0  # (not asked: nothing written, words it was sure of, or no speech)
        plain_text: str | None = None
        if not teach and raw:
            avg_logprob = _word_logprob(result, self._tokenizer, len(raw.split()))
        confidence = math.exp(max(-20.0, min(0.0, avg_logprob))) * (1.0 - no_speech)
        if self.mode == "command" and raw and marked:
            raw, marked[0] = name_heard(*filler_heard(raw, marked[0], self.phrases))
        text, similarity = raw, 0.0
        if self.mode == "command" and self.snap_phrases and raw:
            text, similarity, _phrase = snap(raw, self.phrases)
        added_due = self._added_check_due(text, confidence)
        copy_due = (self.mode == "command" and bool(self._prompt_ids)
                    and confidence < ADDED_CHECK_BELOW and opens_with_hesitation(raw))
        if no_speech > _NO_SPEECH and avg_logprob < _NO_SPEECH_LOGPROB:
            raw = ""  # Whisper's own rule: it says there is no speech, and doubts its words
        elif raw and not only_hesitation(raw):
            if plain_counts(no_speech, avg_logprob, teach=teach):
                plain, plain_text = self._plain(features, no_speech, seconds,
                                                words=added_due or copy_due)
            if (taught_only_a_sound(raw, plain, avg_logprob) if teach
                    else only_a_sound(raw, no_speech, avg_logprob,
                                      plain if plain >= 0 else None)):
                raw = ""  # a cough, a chord, a kettle: words put to a sound
        elif raw:
            raw = ""  # "uh", "hmm", "shh": a hesitation or a sound, no request
        if raw and copy_due:
            if plain_text is None:
                plain_text = self._plain(features, no_speech, seconds, words=True)[1]
            if copied_after_filler(raw, plain_text or "", self._prompt_words):
                raw = ""  # ("um, uh" written "um, uh, turn off the ceiling light")
        if not raw:
            text, similarity = "", 0.0
        alternatives = [t for t in dict.fromkeys([raw, *texts[1:]]) if t and t != text]
        verified = None
        if text:
            verified = confidence >= self.threshold
        asked = 0.0
        if verified and self.mode == "command" and getattr(result, "logits", None):
            asked = question_mass(result.sequences_ids[0], result.logits[0], self._tokenizer,
                                  self.phrases)
            verified = asked < ASKED_MASS  # ("is quiet hours on" written "it's quiet hours on")
        if verified and added_due:
            if plain_text is None:
                plain_text = self._plain(features, no_speech, seconds, words=True)[1]
            if _words_added(plain_text or "", text):
                verified = False  # ("bath" written "bath time": asked, never run unasked)
        log.debug("whisper heard %r (raw %r, logprob %.2f, no speech %.2f, snap %.2f, "
                  "wrote %r, without the prompt %.2f, a question's first word %.2f)", text,
                  raw, avg_logprob, no_speech, similarity, wrote, plain, asked)
        # Its clause punctuation stays where the text is what it wrote; a transcript
        # snapped onto a taught phrase is that phrase, one clause.
        punctuated = marked[0] if raw and text == raw and marked else ""
        return Transcript(text, confidence if text else None, alternatives[:3],
                          "whisper:tiny.en", True, {}, closed_set=False, verified=verified,
                          verification=confidence if text else None, open_vocabulary=True,
                          punctuated=punctuated)

    def _generate(self, features: Any, prompt: list[int], seconds: float, *,
                  teach: bool) -> Any:
        """Whisper's decode of the audio after ``prompt``. In command mode first up to
        :data:`FIRST_TOKENS` (and so many a second): when it has ended by then, or has
        begun writing a clause again (:func:`_whisper_text.said_again`; what follows is cut
        anyway), that is the result, as the whole decode would have given it up to there;
        else the whole decode is run (greedy: the same tokens, to the cap)."""
        cap = min(_CONTEXT, len(prompt) + 8 + int(seconds * _MAX_TOKENS_PER_SECOND))
        options = {"beam_size": 3 if teach else 1, "num_hypotheses": 3 if teach else 1,
                   "return_scores": True, "return_no_speech_prob": True,
                   "return_logits_vocab": not teach}
        first = len(prompt) + FIRST_TOKENS + int(seconds * FIRST_TOKENS_PER_SECOND)
        if not teach and first < cap:
            result = self._model.generate(features, [prompt], max_length=first, **options)[0]
            ids = result.sequences_ids[0]
            if len(ids) < first - len(prompt) or said_again(self._tokenizer.decode(ids)):
                return result
        return self._model.generate(features, [prompt], max_length=cap, **options)[0]

    def _added_check_due(self, text: str, confidence: float) -> bool:
        """Whether a transcript is checked for words Whisper added to what was said
        (:func:`_words_added`): a taught phrase of two words or more it was not sure of,
        heard with the prompt."""
        return (self.mode == "command" and bool(self._prompt_ids) and len(text.split()) > 1
                and self.threshold <= confidence < ADDED_CHECK_BELOW and text in self.phrases)

    def _plain(self, features: Any, no_speech: float, seconds: float, *,
               words: bool = False) -> tuple[float, str | None]:
        """Whisper on the encoded audio with no prompt: its no-speech probability (the
        prompt's phrases make it expect speech, and it then doubts a sound far less:
        :func:`_no_words.only_a_sound`) and, when ``words``, what it writes (greedy;
        :func:`_words_added`). One generate gives both: the probability is its first
        step's either way, so a transcript that needs the words does not decode twice.
        (``no_speech`` itself, and no words, when there is no prompt.)"""
        if not self._prompt_ids:
            return no_speech, None
        sp = self._special
        start = [sp["<|startoftranscript|>"], sp["<|notimestamps|>"]]
        steps = 8 + int(seconds * _MAX_TOKENS_PER_SECOND) if words else 1
        result = self._model.generate(features, [start], beam_size=1,
                                      max_length=len(start) + steps,
                                      return_no_speech_prob=True)[0]
        text = cut_repeats(self._tokenizer.decode(result.sequences_ids[0])) if words else None
        return float(result.no_speech_prob), text

    def _empty(self) -> Transcript:
        return Transcript("", None, [], "whisper:tiny.en", True, {}, closed_set=False,
                          open_vocabulary=True)

    # -- streaming ----------------------------------------------------------------
    def _feed_frame(self, frame: bytes, *, last: bool = False) -> Transcript | None:
        self._raw += frame
        if len(self._raw) > _RAW_BYTES:
            cut = len(self._raw) - _RAW_BYTES
            del self._raw[:cut]
            self._raw_offset += cut
        speech = (self._endpointer.end_stream(frame) if last
                  else self._endpointer.process(frame))
        brief = self._brief(frame, last, covered=speech is not None or self._in_utt)
        from_brief = speech is None and brief is not None
        if from_brief:
            speech = brief  # the whole of a word too short to start an utterance
        if self._held is not None:
            released = self._held_out(frame, unheard=speech is None and not self._in_utt,
                                      last=last)
            if released is not None:
                return released
        if speech is None:
            return None
        if not self._in_utt:
            if self._held is not None:
                self._speech = self._prefix = self._held.pcm  # the rest of a cut utterance
            self._from = None if from_brief else max(0, int(
                (self._endpointer.speech_start - self.pre_roll) * _SAMPLE_RATE) * 2)
        self._in_utt = True
        self._speech += speech
        if last or not self._endpointer.in_speech:
            return self._end(last=last)
        if self.speculate:
            self._maybe_speculate(frame)
        return None

    def _brief(self, frame: bytes, last: bool, *, covered: bool) -> bytes | None:
        """The audio of an utterance the streaming endpointer never started on, once it
        has ended: its 0.3 s window (0.27 s of voice at once) misses a fast "stop" or "yes"
        in noise that the whole-recording gate (0.18 s, :func:`_has_speech`) lets through,
        so a word a recording of it makes heard was never heard from the microphone.
        ``covered``: the streaming endpointer hears this stretch itself."""
        out = self._onset.end_stream(frame) if last else self._onset.process(frame)
        self._brief_covered = self._brief_covered or covered
        if out is not None and not self._brief_started:
            self._brief_started = True
            start = max(0, int((self._onset.speech_start - self.pre_roll) * _SAMPLE_RATE) * 2)
            self._brief_from = start
        if self._onset.in_speech and not last:
            return None
        started, covered = self._brief_started, self._brief_covered
        self._brief_started, self._brief_covered = False, False
        if not started or covered:
            return None
        return bytes(self._raw[max(0, self._brief_from - self._raw_offset):])

    def _maybe_speculate(self, frame: bytes) -> None:
        """The endpointer waits for 0.3 s of silence, and its speech lags by as much:
        once the raw audio has been quiet for a moment, start decoding what was said
        on a worker, so the result is ready (or nearly) when the end is declared.
        Any loud frame after that makes the guess stale."""
        import numpy as np

        samples = np.frombuffer(frame, dtype="<i2").astype(np.float64)
        rms = float(np.sqrt(np.mean(samples * samples))) if samples.size else 0.0
        self._peak = max(self._peak, rms)
        if rms >= _QUIET_SHARE * self._peak:
            self._quiet_frames = 0
            if self._guess is not None:
                self._stale, self._guess = self._guess, None
            return
        self._quiet_frames += 1
        if self._guess is not None or self._quiet_frames * 30 < _SPECULATE_AFTER_MS:
            return
        if self._stale is not None and not self._stale.done():
            return  # the worker still decodes an earlier guess: don't queue another
        if self._worker is None:
            from concurrent.futures import ThreadPoolExecutor

            self._worker = ThreadPoolExecutor(1, thread_name_prefix="teachapp-whisper")
        self._guess = self._worker.submit(self._decode_live, self._heard())

    def _decode_live(self, pcm: bytes) -> Transcript:
        """An utterance from the microphone decoded after :data:`LEAD_SILENCE`."""
        return self._decode(bytes(int(LEAD_SILENCE * _SAMPLE_RATE) * 2) + pcm)

    def _heard(self) -> bytes:
        """The utterance's audio as it is decoded, ahead of its end or at it: what was
        held before it, then the raw audio from :data:`PRE_ROLL` before the endpointer's
        start of speech (a word too short for the endpointer: its own audio, which has
        the pre-roll). One audio either way, so what is heard does not hang on whether
        the decode ahead ran (it does not while the worker still decodes a stale guess,
        on a loaded machine)."""
        if self._from is None:
            return self._speech
        return self._prefix + bytes(self._raw[max(0, self._from - self._raw_offset):])

    def _end(self, *, last: bool = False) -> Transcript | None:
        started = time.perf_counter()
        guess, self._guess = self._guess, None
        pcm = self._heard() if guess is None else self._speech
        transcript = guess.result() if guess is not None else self._decode_live(pcm)
        held, self._held = self._held, None  # (this utterance went on from it)
        self._speech, self._in_utt, self._prefix = b"", False, b""
        self._peak, self._quiet_frames = 0.0, 0
        closing = (time.perf_counter() - started) * 1000
        transcript.timings = utterance_timings(len(pcm), 0.0, closing)
        transcript.timings["speculative"] = 1.0 if guess is not None else 0.0
        words = transcript.text.split()
        if held is not None and not _words_beyond(held.transcript.text.split(), words):
            return held.transcript  # a cough or a breath after it: nothing more was said
        if self.mode == "command" and not last and (_cut_short(words)
                                                    or self._phrase_begun(words)):
            self._held = _Held(pcm, transcript, _loudest(pcm))  # ("set a timer for" ...)
            return None
        return transcript

    def _phrase_begun(self, words: list[str]) -> bool:
        """Heard ending on the first words of a phrase listened for, not on a whole one:
        a pause inside it ("reading ... mode", "activate ... mood lighting": the first
        part was rejected as a turn of its own, the rest asked about), so the rest is
        waited for as after :data:`_UNFINISHED`. Not when the utterance opens and ends as a
        request listened for does ("turn on the lights": "turn on the kitchen lights" is
        listened for, "lights out" taught): it is whole as it is, and waiting for more
        only put :data:`HOLD_MS` before its reply."""
        if not words or any(tuple(words[-len(p):]) == p for p in self._wholes):
            return False
        if (words[0], words[-1]) in self._closes:
            return False  # a whole request already ("turn on the lights", "lights out" taught)
        return any(tuple(words[-k:]) in self._begun for k in range(1, self._longest))

    def _held_out(self, frame: bytes, *, unheard: bool, last: bool) -> Transcript | None:
        """What was held at a word a request does not end on, once ``HOLD_MS`` of quiet
        (or the end of the audio) says no more is coming; None meanwhile. Quiet: no
        utterance (``unheard``), or, until a frame as loud as speech after it, audio far
        below the held speech (:data:`_QUIET_SHARE` of its loudest frame): the endpointer's
        detector hears a microphone's hiss in a quiet room as speech, and an utterance of
        hiss begun after the held one lasted 4 s (the held words heard again, held again),
        so "turn on the lights" was answered 5.8 s after it was said. An utterance of such
        quiet goes on without what was held."""
        held = self._held
        assert held is not None
        if _rms(frame) >= _QUIET_SHARE * held.peak:
            held.voiced = True
        if unheard or not held.voiced:
            held.quiet += len(frame)
        if (last and self._in_utt) or (not last and held.quiet < HOLD_MS * 32):
            return None
        self._held = None
        if self._in_utt:  # (hiss the endpointer heard as speech: heard alone from now)
            self._speech, self._prefix = self._speech[len(self._prefix):], b""
            if self._guess is not None:
                self._stale, self._guess = self._guess, None
        return held.transcript

    def settle(self) -> None:
        """Wait for the decode ahead of the end to finish, as it has by the time the next
        100 ms of a live microphone arrive: a recording fed faster than real time (tests,
        replays) then hears what a person speaking would, whatever the machine's load."""
        for pending in (self._guess, self._stale):
            if pending is not None:
                pending.result()

    def partial(self) -> str:
        """Whisper hears whole utterances: nothing partial to show."""
        return ""

    def finish(self) -> Transcript:
        result = None
        if self._pending or self._in_utt:
            frame = self._pending.ljust(self._frame_bytes, b"\0")[: self._frame_bytes]
            self._pending = b""
            result = self._feed_frame(frame, last=True)
            if result is None and self._in_utt:
                result = self._end(last=True)
        if result is None and self._held is not None:
            result = self._held.transcript
        self._reset_stream()
        if result is None:
            result = self._empty()
            result.timings = utterance_timings(0, 0.0, 0.0)
        return result

    def reset(self) -> None:
        self._reset_stream()

    def _reset_stream(self) -> None:
        from ._level import LevelledEndpointer  # numpy: loaded when there is audio

        self._endpointer = LevelledEndpointer(window=0.3, ratio=0.9)
        """Its detector hears a loud background brought down (``_level``)."""
        self._frame_bytes = self._endpointer.frame_bytes
        self._onset = LevelledEndpointer(window=_GATE_WINDOW, ratio=_GATE_RATIO)
        """The whole-recording gate's endpointer, run beside: :meth:`_brief`."""
        self._brief_started = False
        self._brief_from = 0
        self._brief_covered = False
        self._pending = b""
        self._speech = b""
        self._in_utt = False
        self._raw = bytearray()
        self._raw_offset = 0
        self._peak = 0.0
        self._quiet_frames = 0
        self._guess = None
        self._stale = None
        self._prefix = b""
        """The audio of a held utterance, before the rest now being said."""
        self._from: int | None = None
        """Where the utterance's decoded audio starts in the stream (bytes), the pre-roll
        in; None for a word only the whole-recording gate heard (:meth:`_heard`)."""
        self._held = None
        """An utterance heard ending on a word a request does not end on, waiting for
        its rest (and, once it goes on, until the utterance that goes on from it ends)."""


def prompt_ids(tokenizer: Any, hints: Sequence[str], budget: int = PROMPT_TOKENS) -> list[int]:
    """Whisper's prompt as tokens: :func:`_whisper_text.prompt_text` of as many of the
    last hints as fit in ``budget`` tokens (the list is cut at the front, where the least
    important hints are), its :data:`HESITATIONS` always kept."""
    items = list(dict.fromkeys(h.strip() for h in hints if h and h.strip()))

    def encoded(kept: Sequence[str]) -> list[int]:
        text = prompt_text(kept, limit_chars=1 << 30)
        return tokenizer.encode(text, add_special_tokens=False).ids if text else []

    used = len(encoded(["x"])) - 1  # the lead and the closing stop
    start = len(items)
    while start > 0:  # each hint costs its tokens and a comma's
        cost = len(tokenizer.encode(" " + items[start - 1] + ",",
                                    add_special_tokens=False).ids)
        if used + cost > budget:
            break
        used += cost
        start -= 1
    ids = encoded(items[start:])
    while len(ids) > budget and start < len(items):  # a join tokenised otherwise
        start += 1
        ids = encoded(items[start:])
    return ids


def _words_added(plain: str, heard: str) -> bool:
    """Whether ``heard`` (a phrase of the prompt) is the audio heard with no prompt
    (``plain``) with words put before or after it: what was said alone sounds like the
    phrase's first or last words and has no more letters than they have (one more at
    most), where the prompt made Whisper finish it into the phrase ("bath" written "bath
    time"; without the prompt it wrote "bast"). Heard right, the plain text has the whole
    phrase's letters ("bathtime", "math time")."""
    from rapidfuzz import fuzz

    alone = "".join(plain.split())
    words = heard.split()
    if not alone:
        return False
    for count in range(1, len(words)):
        for part in (words[:count], words[-count:]):
            kept = "".join(part)
            if len(alone) <= len(kept) + 1 and fuzz.ratio(alone, kept) >= _ALONE_ALIKE:
                return True
    return False


@dataclasses.dataclass
class _Held:
    """An utterance held for its rest: its audio and transcript, the RMS of its loudest
    30 ms, the bytes of quiet since, and whether a frame as loud as speech came since."""

    pcm: bytes
    transcript: Transcript
    peak: float
    quiet: int = 0
    voiced: bool = False


def _rms(pcm: bytes) -> float:
    """RMS of 16-bit audio."""
    import numpy as np

    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float64)
    return float(np.sqrt(np.mean(samples * samples))) if samples.size else 0.0


def _loudest(pcm: bytes) -> float:
    """RMS of the loudest 30 ms of 16-bit audio."""
    import numpy as np

    samples = np.frombuffer(pcm[:len(pcm) // 960 * 960], dtype="<i2").astype(np.float64)
    if not samples.size:
        return _rms(pcm)
    return float(np.sqrt(np.mean(samples.reshape(-1, 480) ** 2, axis=1)).max())


def _words_beyond(held: list[str], heard: list[str]) -> bool:
    """Whether the held utterance and what followed it, heard as one (``heard``), have
    words the held one alone had not (a word Whisper writes into the quiet after a cut,
    :data:`_HEARD_IN_QUIET`, is not one): a cough, a breath or a door after "turn on the
    lights" is not the rest of "lights off", and holding it again waited for a rest
    never said."""
    if heard and heard[-1] in _HEARD_IN_QUIET and len(heard) > len(held):
        heard = heard[:-1]
    return len(heard) > len(held)


def _cut_short(words: list[str]) -> bool:
    """Heard ending on a word a request does not end on, perhaps with a word Whisper
    writes into the quiet after it: a pause inside the request, not its end."""
    if words and words[-1] in _HEARD_IN_QUIET:
        words = words[:-1]
    return bool(words) and words[-1] in _UNFINISHED


def _case_groups(tokenizer: Any, size: int) -> Any:
    """Token id -> id of its group of spellings that differ only in case (" Mood",
    " mood"): Whisper splits its belief between them, which says nothing about
    whether the word was heard. (Ids past the tokenizer's own, up to the logits'
    ``size``, are groups of their own.)"""
    import numpy as np

    key = id(tokenizer), size
    groups = _GROUPS.get(key)
    if groups is None:
        table = tables_for(tokenizer).groups
        groups = table[:size] if size <= table.size else np.concatenate(
            [table, np.arange(table.size, size, dtype=table.dtype)])
        _GROUPS[key] = groups
    return groups


def _word_logprob(result: Any, tokenizer: Any, words: int) -> float:
    """Mean log-probability of the word tokens of the first ``words`` words (case
    variants pooled; punctuation and the repeats cut from the text left out)."""
    import numpy as np

    ids = result.sequences_ids[0]
    logits = getattr(result, "logits", None)
    if not ids or not logits:
        return float(result.scores[0]) if result.scores else -10.0
    steps = logits[0]  # the best hypothesis: one row of logits per generated token
    values: list[float] = []
    for step, token_id in enumerate(ids[:len(steps)]):
        if len(clean(tokenizer.decode(ids[:step + 1])).split()) > words:
            break
        piece = tokenizer.decode([token_id])
        if not any(c.isalnum() for c in piece):
            continue
        row = np.asarray(steps[step], dtype=np.float64).ravel()
        top = row.max()
        weights = np.exp(row - top)
        groups = _case_groups(tokenizer, row.size)
        pooled = weights[groups == groups[token_id]].sum()
        values.append(float(np.log(pooled / weights.sum())))
    return sum(values) / len(values) if values else -10.0


def _has_speech(pcm: bytes) -> bool:
    """Whether PocketSphinx's voice-activity endpointer finds any speech in the audio.
    Its window is shorter than the streaming endpointer's (0.3 s at 0.9, which needs
    0.27 s of voice at once): hibari-tts saying "stop" or "yes" at speed 1.2 in pink or
    brown noise has 0.27 s and was heard as nothing; a sound let through here is
    judged on what Whisper makes of it (:func:`_no_words.only_a_sound`)."""
    import pocketsphinx

    endpointer = pocketsphinx.Endpointer(window=_GATE_WINDOW, ratio=_GATE_RATIO)
    size = endpointer.frame_bytes
    for start in range(0, len(pcm) - size + 1, size):
        if endpointer.process(pcm[start:start + size]) is not None:
            return True
    return endpointer.end_stream(pcm[len(pcm) - len(pcm) % size:].ljust(size, b"\0")
                                 ) is not None if len(pcm) % size else False


def _threshold(value: float | None, settings: Settings) -> float:
    return threshold_setting(value, settings, "whisper_threshold", DEFAULT_THRESHOLD)
