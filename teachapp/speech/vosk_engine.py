"""Vosk: the main engine. Command mode uses a runtime grammar of the taught phrases'
words (plus ``[unk]`` when the model has it); teach mode decodes freely and keeps
alternatives.

Word times (``SetWords``) give the pauses: a silence of ``_boundaries.PAUSE_SECONDS``
or more between two words is written as a comma in the transcript's ``punctuated``.

Models are big (the small Korean one is ~530 MB in memory) and slow to load
(~2 s), so each folder is loaded once per process and shared by recognisers.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import ModelError
from ._boundaries import join_clauses, mark_pauses
from .text import grammar_phrases
from .transcript import Mode, Transcript, utterance_timings

__all__ = ["VoskRecognizer", "load_vosk_model", "vosk_available"]

log = logging.getLogger(__name__)

_MODELS: dict[str, Any] = {}
_MODELS_LOCK = threading.Lock()
_ALTERNATIVES = 3
UNK = "[unk]"
_QUOTED_PATH = re.compile(r'"(/[^"]+)"')


def vosk_available() -> bool:
    """Whether the vosk package is installed; found without importing it, so asking
    (the status bar does at start-up) costs no memory. Loading errors surface when a
    model is loaded."""
    import importlib.util

    return importlib.util.find_spec("vosk") is not None


def load_vosk_model(path: str | Path) -> tuple[Any, float]:
    """The loaded model for a folder (cached) and the milliseconds loading took
    (0 when cached). Call it off the GUI thread."""
    from .models import problems  # a cycle-free late import: models imports nothing here

    key = str(Path(path).resolve())
    with _MODELS_LOCK:
        if key in _MODELS:
            return _MODELS[key], 0.0
        found = problems(Path(key))
        if found:
            raise ModelError(f"{key} is not a usable Vosk model: {'; '.join(found)}. "
                             "Install one with `teachapp models install LANG` or point to "
                             "another folder with `teachapp models use PATH`.")
        try:
            import vosk
        except (ImportError, OSError) as exc:
            raise ModelError("The vosk package is missing or broken; reinstall it with "
                             "`pip install vosk`.") from exc
        vosk.SetLogLevel(-1)
        started = time.perf_counter()
        failure: Exception | None = None
        with _captured_stderr() as captured:
            try:
                model = vosk.Model(key)
            except Exception as exc:  # vosk raises a bare Exception("Failed to create...")
                failure = exc
        errors = [line for line in captured if "ERROR" in line]
        for line in captured:
            log.info("vosk: %s", line)
        if failure is not None or errors:
            # A truncated graph loads "successfully" and crashes the first recogniser,
            # so Kaldi's own error lines count as a failed load too.
            detail = _detail(errors)
            raise ModelError(f"Vosk could not load the model in {key}: its files are "
                             f"damaged or from an incompatible version{detail}. Reinstall it "
                             "with `teachapp models install LANG`, or choose another with "
                             "`teachapp models use PATH`.") from failure
        _MODELS[key] = model
        return model, (time.perf_counter() - started) * 1000


@contextlib.contextmanager
def _captured_stderr() -> Iterator[list[str]]:
    """Collect what native code writes to file descriptor 2 (Kaldi and OpenFst ignore
    Vosk's log level) so it reaches the log file, not the person's terminal.
    Other threads' stderr output during the load is captured too, and logged."""
    lines: list[str] = []
    try:
        saved = os.dup(2)
    except OSError:
        yield lines
        return
    with tempfile.TemporaryFile() as sink:
        try:
            sys.stderr.flush()
            os.dup2(sink.fileno(), 2)
            yield lines
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            text = sink.read(256 * 1024).decode("utf-8", "replace")
            lines.extend(line.strip() for line in text.splitlines() if line.strip())


def _detail(errors: list[str]) -> str:
    """Name the damaged file from Kaldi's error lines, when one is named."""
    for line in errors:
        match = _QUOTED_PATH.search(line)
        if match:
            return f" ({Path(match.group(1)).name} could not be read)"
    return f" ({errors[0][-160:]})" if errors else ""


class VoskRecognizer:
    """A streaming Vosk recogniser in command (grammar) or teach (free) mode."""

    engine = "vosk"

    def __init__(self, model_path: str | Path, phrases: Sequence[str] = (), *,
                 mode: Mode = "command", lang: str | None = None) -> None:
        import vosk

        self.model_path = Path(model_path)
        self.lang = lang
        self.mode = mode
        self.sample_rate = 16_000
        self._model, self.load_ms = load_vosk_model(self.model_path)
        self.description = f"Vosk with the model in {self.model_path}"
        self._label = f"vosk:{lang}" if lang else "vosk"
        self.has_unk = self._model.vosk_model_find_word(UNK) != -1
        # A grammar without [unk] forces every sound onto some taught phrase.
        self._closed_set = mode == "command" and not self.has_unk
        self.phrases: list[str] = []
        self.missing_words: list[str] = []
        self._grammar = "[]"
        if mode == "command":
            self._set_grammar(phrases)
            self._rec = vosk.KaldiRecognizer(self._model, self.sample_rate, self._grammar)
            self._rec.SetWords(True)
        else:
            self._rec = vosk.KaldiRecognizer(self._model, self.sample_rate)
            self._rec.SetMaxAlternatives(_ALTERNATIVES)
            self._rec.SetWords(True)  # each alternative's word times: its pauses
        self._start_utterance()

    # -- grammar ------------------------------------------------------------------
    def _set_grammar(self, phrases: Sequence[str]) -> None:
        spell = (self.lang or "en").startswith("en")
        usable, missing = [], set()
        for phrase in grammar_phrases(phrases, spell_numbers=spell):
            known = [w for w in phrase.split() if self._model.vosk_model_find_word(w) != -1]
            missing.update(w for w in phrase.split() if w not in known)
            if known:
                usable.append(" ".join(known))
        self.phrases = list(dict.fromkeys(usable))
        self.missing_words = sorted(missing)
        if self.missing_words:
            log.warning("the Vosk model %s lacks these words: %s", self.model_path,
                        ", ".join(self.missing_words))
        entries = list(self.phrases) + ([UNK] if self.has_unk else [])
        self._grammar = json.dumps(entries or [UNK], ensure_ascii=False)

    def set_phrases(self, phrases: Sequence[str]) -> None:
        """Rebuild the runtime grammar (command mode); teach mode ignores phrases."""
        if self.mode != "command":
            return
        self._set_grammar(phrases)
        self._rec.SetGrammar(self._grammar)
        self._rec.Reset()
        self._start_utterance()

    # -- decoding -----------------------------------------------------------------
    def _start_utterance(self) -> None:
        self._decode_ms = 0.0
        self._audio_bytes = 0

    def accept(self, pcm: bytes) -> Transcript | None:
        """Feed audio; returns the final transcript when Vosk's endpointer fires."""
        started = time.perf_counter()
        ended = self._rec.AcceptWaveform(pcm)
        self._audio_bytes += len(pcm)
        if not ended:
            self._decode_ms += (time.perf_counter() - started) * 1000
            return None
        return self._transcript(self._rec.Result(), started)

    def partial(self) -> str:
        try:
            return str(json.loads(self._rec.PartialResult()).get("partial", ""))
        except (ValueError, TypeError):
            return ""

    def finish(self) -> Transcript:
        started = time.perf_counter()
        return self._transcript(self._rec.FinalResult(), started)

    def transcribe(self, pcm: bytes) -> Transcript:
        """Decode a whole recording as one utterance (segments joined)."""
        parts: list[Transcript] = []
        confs, alts, timings = [], [], {"audio": 0.0, "decode": 0.0}
        for start in range(0, len(pcm), 8000):
            part = self.accept(pcm[start:start + 8000])
            if part is not None:
                _merge(part, parts, confs, alts, timings)
        last = self.finish()
        _merge(last, parts, confs, alts, timings)
        timings["end_of_speech_to_final"] = last.timings.get("end_of_speech_to_final", 0.0)
        confidence = min(confs) if confs else None
        # Vosk's endpointer ends an utterance at a pause: a boundary between the parts.
        punctuated = join_clauses(p.clause_text for p in parts)
        return Transcript(" ".join(p.text for p in parts), confidence, alts[:_ALTERNATIVES],
                          self._label, True, timings, closed_set=self._closed_set,
                          punctuated=punctuated if "," in punctuated else "")

    def reset(self) -> None:
        self._rec.Reset()
        self._start_utterance()

    def _transcript(self, raw: str, started: float) -> Transcript:
        closing = (time.perf_counter() - started) * 1000
        timings = utterance_timings(self._audio_bytes, self._decode_ms, closing)
        self._start_utterance()
        try:
            result = json.loads(raw)
        except ValueError:
            result = {}
        if "alternatives" in result:
            found = [a for a in result["alternatives"] if str(a.get("text", "")).strip()]
            options = [(str(a["text"]).strip(), float(a.get("confidence", 0.0)))
                       for a in found] or [("", 0.0)]
            text = options[0][0]
            confidence = _softmax_top([c for _, c in options]) if text else None
            alternatives = [t for t, _ in options[1:] if t != text]
            timed = found[0].get("result", []) if found else []
        else:
            timed = result.get("result", [])
            words = [w for w in timed if w.get("word") != UNK]
            text = " ".join(str(w["word"]) for w in words)
            confidence = (sum(float(w.get("conf", 0.0)) for w in words) / len(words)
                          if words else None)
            alternatives = []
        return Transcript(text, confidence, alternatives, self._label, True, timings,
                          closed_set=self._closed_set, punctuated=_pauses(timed))


def _softmax_top(scores: list[float]) -> float:
    """Share of the best hypothesis among the alternatives' lattice scores."""
    top = max(scores)
    return 1.0 / sum(math.exp(min(50.0, s - top)) for s in scores)


def _pauses(timed: list[dict[str, Any]]) -> str:
    """The words with a comma at each pause (``_boundaries.mark_pauses``), or "" when
    there is none or Vosk gave no word times."""
    try:
        words = [(str(w["word"]), float(w["start"]), float(w["end"])) for w in timed]
    except (KeyError, TypeError, ValueError):
        return ""
    marked = mark_pauses(words)
    return marked if "," in marked else ""


def _merge(part: Transcript, parts: list[Transcript], confs: list[float], alts: list[str],
           timings: dict[str, float]) -> None:
    if part.text:
        parts.append(part)
    if part.confidence is not None and part.text:
        confs.append(part.confidence)
    alts.extend(part.alternatives)
    timings["audio"] += part.timings.get("audio", 0.0)
    timings["decode"] += part.timings.get("decode", 0.0)
