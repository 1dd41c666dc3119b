"""The first recording heard in the window made two passes in Python over Whisper's
51,864 tokens on the worker (the question detector's first words when the model
loaded, the case pooling at the first decode; 90-150 ms each, 300 ms on a busy machine),
and the window's own thread waited for the interpreter meanwhile: its paint stalled (a
10 ms heartbeat missed up to 45 ms at a time there, beside the tokenizer's own load).
The tables are now kept in the cache folder: a later start reads them, and hearing its
first recording asks the tokenizer about a few tokens, not every one. Counted as the
tokenizer's calls on the worker (no timing); real Whisper, real engine, real widgets."""

from __future__ import annotations

import importlib
from typing import Any

from gui_helpers import REPO, close_window, open_window, settle

WAV = REPO / "tests" / "data" / "speech" / "wav" / "wyoming_fw__turn_on_the_living_room_lamp.wav"
LAMP = "light.living_room_lamp"
_VOCAB_CALLS = {"decode", "id_to_token"}


def _as_a_new_start(monkeypatch) -> None:  # noqa: ANN001
    """Forget what this process worked out about the model, as a new start has not."""
    from teachapp.speech import _asked, _tokenizer, whisper_engine

    monkeypatch.setattr(whisper_engine, "_MODELS", {})
    monkeypatch.setattr(whisper_engine, "_GROUPS", {})
    monkeypatch.setattr(_tokenizer, "_TOKENIZERS", {}, raising=False)
    monkeypatch.setattr(_asked, "_IDS", {}, raising=False)
    try:
        tables = importlib.import_module("teachapp.speech._vocab_tables")
    except ImportError:
        return
    monkeypatch.setattr(tables, "_TABLES", {})


class _Counted:
    """The real tokenizer, its calls about single tokens counted (``tokenizers`` is a
    compiled class that takes no new attributes; this stands in its module's place)."""

    calls = 0
    _real: Any = None

    def __init__(self, real: Any) -> None:
        self._tokenizer = real

    @classmethod
    def from_file(cls, path: str) -> _Counted:
        return cls(cls._real.from_file(path))

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._tokenizer, name)
        if name not in _VOCAB_CALLS:
            return found

        def call(*args: Any, **kwargs: Any) -> Any:
            _Counted.calls += 1
            return found(*args, **kwargs)

        return call


def test_the_first_recording_makes_no_pass_over_the_vocabulary(qtbot, db_path, monkeypatch):
    import tokenizers

    from teachapp.speech.whisper_engine import default_model_path, load_whisper_model

    _as_a_new_start(monkeypatch)
    load_whisper_model(default_model_path())  # an earlier start: its tables are kept
    _as_a_new_start(monkeypatch)
    _Counted._real = tokenizers.Tokenizer
    monkeypatch.setattr(tokenizers, "Tokenizer", _Counted)
    window, bridge = open_window(qtbot, db_path, examples=True)
    try:
        bridge.handle_audio(str(WAV))
        qtbot.waitUntil(lambda: bool(bridge.engine.backend.device(LAMP).state["on"]),
                        timeout=120_000)
        settle(qtbot, bridge)
    finally:
        close_window(window, bridge)
    assert 0 < _Counted.calls < 2_000, _Counted.calls  # was: over 100,000 (two passes)
