"""PocketSphinx: English command mode out of the box, with no download.

The PyPI package ships a US-English acoustic model and the CMU dictionary. Taught
phrases become a finite-state grammar (a prefix tree of their words); free decoding
with this model is too poor to offer, so teach mode is not available here.

Known limit: a grammar decoder forces any speech onto the taught phrases, and its
confidence hardly tells taught from untaught speech. Each final result is therefore
verified against a phone loop fed the same audio (verify.py): ``Transcript.verified``
says whether the phrase may run without asking (threshold: setting
``speech.verify_threshold``). A Vosk model with ``[unk]`` in its grammar rejects far
better.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence

from ..errors import ModelError
from ..settings import Settings
from ._framing import FramedStream
from ._settings import threshold_setting
from .engine_choice import pocketsphinx_available
from .g2p import arpabet
from .text import grammar_phrases
from .transcript import Mode, Transcript, utterance_timings
from .verify import DEFAULT_THRESHOLD, PhoneLoop, evidence

__all__ = ["PocketSphinxRecognizer", "pocketsphinx_available"]

log = logging.getLogger(__name__)

# Chosen on benchmarks/speech.py with the shared real recordings: wider beams and a
# low language weight keep the right phrase alive in a grammar of many phrases.
_DECODER_OPTIONS = {"lw": 1.0, "beam": 1e-80, "wbeam": 1e-60, "pbeam": 1e-80}
_NBEST = 40
_RESCUED_FACTOR = 0.6
"""Confidence factor when the best path stopped inside a phrase and the best
complete phrase came from the n-best list instead."""
_ENGINE = "pocketsphinx:en-us"
PRE_ROLL = 0.2
"""Seconds of the audio before the endpointer's start of speech decoded with the utterance
at its end: decoded whole from the first voiced frame, an espeak-ng "good night" gave
nothing (the utterance's cepstral mean was all voice), with 0.1-0.3 s before it "good
night"."""
_RECENT_BYTES = int(1.0 * 16_000) * 2
"""Raw audio kept to take the pre-roll from (the endpointer hands speech out up to its
0.3 s window late)."""
_load_lock = threading.Lock()


class PocketSphinxRecognizer(FramedStream):
    """Command-mode recogniser over PocketSphinx's bundled English model."""

    engine = "pocketsphinx"

    def __init__(self, phrases: Sequence[str] = (), *, mode: Mode = "command",
                 verify: bool = True, verify_threshold: float | None = None,
                 settings: Settings | None = None) -> None:
        if mode != "command":
            raise ModelError(
                "Teach mode needs a model that hears any words: PocketSphinx's built-in "
                "English model only recognises phrases already taught. Whisper tiny.en "
                "comes with teachapp (`teachapp models install whisper-tiny.en` fetches it "
                "again), or type the new phrase.")
        try:
            import pocketsphinx
        except ImportError as exc:
            raise ModelError("PocketSphinx is not installed; install teachapp's dependencies "
                             "again (`pip install pocketsphinx`) or install a Vosk model "
                             "with `teachapp models install en`.") from exc
        self.mode: Mode = "command"
        self.sample_rate = 16_000
        self.description = "PocketSphinx with its built-in US-English model"
        started = time.perf_counter()
        with _load_lock:
            try:
                self._decoder = pocketsphinx.Decoder(lm=None, loglevel="FATAL",
                                                     **_DECODER_OPTIONS)
                self._streamer = pocketsphinx.Decoder(lm=None, loglevel="FATAL",
                                                      **_DECODER_OPTIONS)
                """The words so far (``partial``) while an utterance is said; its final
                words come from ``_decoder``, given the utterance whole (:meth:`_end`).
                One decoder for both heard a whole utterance after a streamed one as
                badly as the streamed pass."""
            except (RuntimeError, ValueError) as exc:
                raise ModelError(f"PocketSphinx could not load its English model from "
                                 f"{pocketsphinx.get_model_path()}: {exc}. Reinstall the "
                                 "pocketsphinx package.") from exc
        self._loop: PhoneLoop | None = None
        if verify:
            try:
                self._loop = PhoneLoop()
            except (OSError, RuntimeError, ValueError) as exc:
                log.warning("PocketSphinx cannot verify what it hears (%s); every voice "
                            "command will be confirmed before it runs", exc)
        self.verify_threshold = _threshold(verify_threshold, settings)
        self.load_ms = (time.perf_counter() - started) * 1000
        self._reset_stream()
        self._frame_bytes = self._endpointer.frame_bytes
        self.phrases: list[str] = []
        self.missing_words: list[str] = []
        self.spelled_words: dict[str, str] = {}
        self._grammar_id = 0
        self.set_phrases(phrases)

    # -- grammar ------------------------------------------------------------------
    def set_phrases(self, phrases: Sequence[str]) -> None:
        """Rebuild the grammar; words missing from the dictionary are spelled by
        espeak-ng's letter-to-sound rules, or the phrase is left out and reported.
        An utterance in progress is dropped first, as Vosk does: the decoder cannot
        switch grammars mid-utterance."""
        if self._in_utt:
            self.reset()
        usable: list[str] = []
        missing: list[str] = []
        for phrase in grammar_phrases(phrases):
            ok = True
            for word in phrase.split():
                if self._decoder.lookup_word(word) is not None:
                    continue
                phones = arpabet(word)
                if phones is None:
                    missing.append(word)
                    ok = False
                    continue
                try:
                    for decoder in (self._decoder, self._streamer):
                        decoder.add_word(word, phones, True)
                    self.spelled_words[word] = phones
                except RuntimeError:
                    missing.append(word)
                    ok = False
            if ok:
                usable.append(phrase)
        self.phrases = usable
        self.missing_words = sorted(set(missing))
        if self.missing_words:
            log.warning("PocketSphinx cannot say these words, so their phrases are left "
                        "out: %s", ", ".join(self.missing_words))
        if usable:
            self._grammar_id += 1
            name = f"phrases{self._grammar_id}"
            for decoder in (self._decoder, self._streamer):
                fsg = decoder.create_fsg(name, 0, 1, _prefix_tree(usable))
                decoder.add_fsg(name, fsg)
                decoder.activate_search(name)

    # -- decoding -----------------------------------------------------------------
    def transcribe(self, pcm: bytes) -> Transcript:
        """Decode a whole utterance at once (batch normalisation: best accuracy)."""
        started = time.perf_counter()
        text, conf, alts, verified, verify_ms = self._decode_whole(pcm)
        decode = (time.perf_counter() - started) * 1000
        timings = utterance_timings(len(pcm), 0.0, decode)
        if verified[1] is not None:
            timings["verify"] = verify_ms
        return Transcript(text, conf, alts, _ENGINE, True, timings, closed_set=True,
                          verified=verified[0], verification=verified[1])

    def _decode_whole(self, pcm: bytes) -> tuple[str, float | None, list[str],
                                                  tuple[bool | None, float | None], float]:
        """(text, confidence, alternatives, (verified, score), verify ms) of ``pcm`` decoded
        as one utterance, its cepstral mean taken from the utterance itself."""
        if not self.phrases:
            return "", None, [], (None, None), 0.0
        self._decoder.start_utt()
        self._decoder.process_raw(pcm, full_utt=True)
        self._decoder.end_utt()
        text, conf, alts = self._result()
        verified: tuple[bool | None, float | None] = (None, None)
        verify_ms = 0.0
        if text and self._loop is not None:
            checking = time.perf_counter()
            self._loop.start()
            self._loop.feed(pcm, full_utt=True)
            verified = self._verify(text)
            verify_ms = (time.perf_counter() - checking) * 1000
        return text, conf, alts, verified, verify_ms

    def _feed_frame(self, frame: bytes, *, last: bool = False) -> Transcript | None:
        started = time.perf_counter()
        self._recent += frame
        self._fed += len(frame)
        if len(self._recent) > _RECENT_BYTES:
            del self._recent[:len(self._recent) - _RECENT_BYTES]
        was_in_speech = self._endpointer.in_speech
        speech = (self._endpointer.end_stream(frame) if last
                  else self._endpointer.process(frame))
        if speech is None:
            return None
        if not was_in_speech and not self._in_utt:
            self._begin()
        if self.phrases:
            self._streamer.process_raw(speech)  # for the words so far (``partial``)
        self._speech += speech
        if last or not self._endpointer.in_speech:
            return self._end(started)
        self._decode_ms += (time.perf_counter() - started) * 1000
        return None

    def _begin(self) -> None:
        self._in_utt = True
        self._decode_ms = 0.0
        # The audio just before the start of speech (:data:`PRE_ROLL`), as heard.
        start = int(self._endpointer.speech_start * 16_000) * 2
        first = self._fed - len(self._recent)
        lead = max(first, start - int(PRE_ROLL * 16_000) * 2)
        self._speech = bytes(self._recent[lead - first:max(lead, start) - first])
        if self.phrases:
            self._streamer.start_utt()

    def _end(self, started: float) -> Transcript:
        """The utterance decoded again whole, as a recording is (:meth:`transcribe`): the
        streamed decode normalises each frame by a cepstral mean that starts from the
        model's and follows the audio slowly, and in pink noise it wrote "yes" for "no"
        or nothing at all where the same audio decoded whole was right (18 -> 42 of 48:
        benchmarks/speech_nonspeech.py --live --sphinx)."""
        if self.phrases:
            self._streamer.end_utt()  # (the streamed pass: its words were the partials)
        pcm, self._speech, self._in_utt = self._speech, b"", False
        text, conf, alts, verified, verify_ms = self._decode_whole(pcm)
        closing = (time.perf_counter() - started) * 1000
        timings = utterance_timings(len(pcm), self._decode_ms, closing)
        if verified[1] is not None:
            timings["verify"] = verify_ms  # the phone loop's share of the closing time
        return Transcript(text, conf, alts, _ENGINE, True, timings, closed_set=True,
                          verified=verified[0], verification=verified[1])

    def partial(self) -> str:
        if not self._in_utt or not self.phrases:
            return ""
        hyp = self._streamer.hyp()
        return hyp.hypstr if hyp is not None else ""

    def finish(self) -> Transcript:
        """End of the stream: flush what is buffered and close the utterance."""
        started = time.perf_counter()
        result = None
        if self._pending or self._in_utt:
            frame = self._pending.ljust(self._frame_bytes, b"\0")[: self._frame_bytes]
            self._pending = b""
            result = self._feed_frame(frame, last=True)
            if result is None and self._in_utt:
                result = self._end(started)
        self._reset_stream()
        return result or Transcript("", None, [], _ENGINE, True,
                                    utterance_timings(0, 0.0, 0.0), closed_set=True)

    def reset(self) -> None:
        if self._in_utt and self.phrases:
            self._streamer.end_utt()
        if self._loop is not None:
            self._loop.abandon()
        self._reset_stream()

    def _reset_stream(self) -> None:
        from ._level import LevelledEndpointer

        self._endpointer = LevelledEndpointer(window=0.3, ratio=0.9)
        """Its detector hears a loud background brought down (``_level``): in pink or
        brown noise it called every frame voice and the utterance never ended."""
        self._pending = b""
        self._in_utt = False
        self._decode_ms = 0.0
        self._speech = b""
        """The utterance's audio as said, decoded whole at its end (:meth:`_end`)."""
        self._recent = bytearray()
        self._fed = 0
        """Bytes of audio fed since the stream began (the endpointer's clock)."""

    def _verify(self, text: str) -> tuple[bool | None, float | None]:
        """(verified, score) of the utterance just ended; (None, None) when nothing
        was checked. Ends the phone loop's utterance either way."""
        if self._loop is None:
            return None, None
        loop = self._loop.end()
        if not text:
            return None, None
        found = evidence(self._decoder, loop, text)
        if found is None:
            return False, 0.0  # no scores to compare: not verified, so it asks first
        score = found.score
        log.debug("verification of %r: %.3f (llr %.2f, cover %.2f, rescued %s)", text,
                  score, found.llr, found.cover, found.rescued)
        return score >= self.verify_threshold, score

    def _result(self) -> tuple[str, float | None, list[str]]:
        hyp = self._decoder.hyp()
        if hyp is None or not hyp.hypstr:
            return "", None, []
        text, conf = hyp.hypstr, _clamp(hyp.prob)
        known = set(self.phrases)
        complete: list[str] = []
        for entry in _take(self._decoder.nbest(), _NBEST):
            if entry is None:
                continue
            if entry.hypstr in known and entry.hypstr not in complete:
                complete.append(entry.hypstr)
        if text not in known:
            # The best path stopped inside a phrase (the grammar's end was pruned away):
            # take the best complete phrase of the lattice, one that continues the
            # partial words first.
            prefix = text + " "
            rescue = next((c for c in complete if c.startswith(prefix)),
                          complete[0] if complete else None)
            if rescue is None:
                # Words that are not a whole phrase are not what the grammar allows;
                # passing "set a" on would let the resolver guess a routine.
                return "", None, complete[:3]
            text, conf = rescue, conf * _RESCUED_FACTOR
        return text, conf, [c for c in complete if c != text][:3]


def _threshold(value: float | None, settings: Settings | None = None) -> float:
    """The explicit threshold, else ``speech.verify_threshold``, else the default
    chosen on the development set."""
    return threshold_setting(value, settings, "verify_threshold", DEFAULT_THRESHOLD)


def _take(iterable, n: int) -> list:
    out = []
    try:
        for item in iterable:
            out.append(item)
            if len(out) >= n:
                break
    except RuntimeError:  # no lattice for this utterance
        pass
    return out


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, float(value)))


def _prefix_tree(phrases: Sequence[str]) -> list[tuple]:
    """FSG transitions (from, to, prob, word) of a word prefix tree; state 1 is final."""
    node_of: dict[tuple[str, ...], int] = {(): 0}
    children: dict[tuple[str, ...], list[tuple[str, ...] | None]] = {}
    for phrase in phrases:
        prefix: tuple[str, ...] = ()
        for word in phrase.split():
            key = (*prefix, word)
            if key not in node_of:
                node_of[key] = len(node_of) + 1  # 1 is reserved for the final state
                children.setdefault(prefix, []).append(key)
            prefix = key
        if None not in children.setdefault(prefix, []):
            children[prefix].append(None)
    transitions: list[tuple] = []
    for prefix, nexts in children.items():
        prob = 1.0 / len(nexts)
        for nxt in nexts:
            if nxt is None:
                transitions.append((node_of[prefix], 1, prob))
            else:
                transitions.append((node_of[prefix], node_of[nxt], prob, nxt[-1]))
    return transitions
