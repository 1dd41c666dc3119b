"""Utterance verification for closed-set decoding: is the phrase a grammar decoder
chose really what was said, or the nearest phrase forced onto other speech?

A grammar can only choose among the taught phrases, so its own confidence hardly
tells taught from untaught speech. The check here is the classic likelihood ratio
against a garbage model: the same audio also goes through an unconstrained phone
loop (PocketSphinx allphone search with the shipped phonetic language model), which
fits any speech. Three pieces of evidence make the score:

- ``llr``: the grammar path's score minus the phone loop's, per frame. A taught
  phrase said aloud scores close to the free phone loop; forced speech scores worse.
- ``cover``: the share of the frames the phone loop hears as speech that the
  grammar path gives to words rather than to silence or noise fillers. Untaught
  speech forced onto a short phrase ("no", "help") leaves most of it to fillers.
- ``rescued``: the grammar's best path stopped inside a phrase and the phrase came
  from the n-best list instead. Seldom for taught speech, common for forced speech.

Calibrated on espeak-ng speech (benchmarks/speech.py ``--calibrate``), reported on
the shared real recordings; see that file for the figures.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DEFAULT_THRESHOLD", "Evidence", "PhoneLoop", "evidence"]

DEFAULT_THRESHOLD = 0.39
"""Verification score a transcript needs to run without asking; the setting
``speech.verify_threshold`` overrides it. Chosen on the espeak-ng development set
(benchmarks/speech.py --calibrate, now reproducible): the lowest value that lets at
most 1 % of the untaught utterances forced onto a taught phrase run (1 of 117; 112
of 180 taught utterances run). The rule's value sits just above the second-best
forced score (0.381, "unpause my show ..." heard as "pause my show ..."), so small
changes to the decoder move it; re-run the calibration after any."""

_COVER_FLOOR = 0.9
"""Speech frames the grammar may leave to fillers (noise, breaths) without penalty."""
_COVER_WEIGHT = 20.0
"""Score units (per-frame LLR) lost per unit of speech left to fillers below the floor."""
_SCALE = 5.0
"""Per-frame LLR units per logit: maps the evidence onto 0..1."""
_NON_SPEECH = {"SIL", "+NSN+", "+SPN+", "<sil>", "<s>", "</s>", "[NOISE]", "[SPEECH]",
               "(NULL)"}
_PHONE_LM = "en-us-phone.lm.bin"
_OPTIONS = {"lw": 2.0, "beam": 1e-20, "pbeam": 1e-20}
_load_lock = threading.Lock()


def _phone_lm() -> Path | None:
    try:
        import pocketsphinx
    except ImportError:
        return None
    path = Path(pocketsphinx.get_model_path()) / "en-us" / _PHONE_LM
    return path if path.is_file() else None


@dataclass(frozen=True)
class Evidence:
    """What the verification score is made of (kept for logs and benchmarks)."""

    frames: int
    llr: float
    """Grammar path score minus phone-loop score, per frame (PocketSphinx log units)."""
    cover: float
    """Share of the phone loop's speech frames the grammar path gives to words."""
    rescued: bool

    @property
    def score(self) -> float:
        """0..1; 0 when the phrase had to be rescued from the n-best list."""
        if self.rescued or self.frames <= 0:
            return 0.0
        z = self.llr + _COVER_WEIGHT * min(0.0, self.cover - _COVER_FLOOR)
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z / _SCALE))))


@dataclass(frozen=True)
class _LoopResult:
    score: int | None
    speech: frozenset[int]


class PhoneLoop:
    """An allphone decoder fed the same audio as the grammar decoder, frame for
    frame, so both see the same features and their scores compare."""

    def __init__(self) -> None:
        import pocketsphinx

        lm = _phone_lm()
        if lm is None:
            raise FileNotFoundError(f"PocketSphinx's phonetic language model {_PHONE_LM} "
                                    "is missing")
        with _load_lock:
            self._decoder = pocketsphinx.Decoder(lm=None, allphone=str(lm), loglevel="FATAL",
                                                 **_OPTIONS)
        self._in_utt = False

    def start(self) -> None:
        if self._in_utt:
            self._decoder.end_utt()
        self._decoder.start_utt()
        self._in_utt = True

    def feed(self, pcm: bytes, *, full_utt: bool = False) -> None:
        if self._in_utt and pcm:
            self._decoder.process_raw(pcm, full_utt=full_utt)

    def abandon(self) -> None:
        if self._in_utt:
            self._decoder.end_utt()
            self._in_utt = False

    def end(self) -> _LoopResult:
        if not self._in_utt:
            return _LoopResult(None, frozenset())
        self._decoder.end_utt()
        self._in_utt = False
        return _LoopResult(_path_score(self._decoder),
                           frozenset(_frames(self._decoder.seg(), speech=True)))


def evidence(grammar_decoder, loop: _LoopResult, text: str) -> Evidence | None:
    """Compare the grammar decoder's finished utterance with the phone loop's;
    None when there is nothing to compare (no text, no scores)."""
    if not text or loop.score is None:
        return None
    hyp = grammar_decoder.hyp()
    if hyp is None:
        return None
    frames = grammar_decoder.n_frames()
    rescued = hyp.hypstr != text
    score = _path_score(grammar_decoder)
    if score is None or frames <= 0:
        return None
    words = set(_frames(grammar_decoder.seg(), speech=True))
    cover = len(words & loop.speech) / len(loop.speech) if loop.speech else 1.0
    return Evidence(frames, (score - loop.score) / frames, cover, rescued)


def _path_score(decoder) -> int | None:
    """The best path's score in PocketSphinx's integer log units (the Python
    binding hands it over exponentiated)."""
    hyp = decoder.hyp()
    if hyp is None or hyp.best_score <= 0:
        return None
    return decoder.logmath.log(hyp.best_score)


def _frames(segments: Iterable | None, *, speech: bool) -> Iterable[int]:
    for seg in segments or ():
        if (seg.word.split("(")[0] not in _NON_SPEECH) == speech:
            yield from range(seg.start_frame, seg.end_frame + 1)
