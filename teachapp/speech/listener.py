"""The microphone (or any audio source) feeding a recogniser on a background thread.

The recogniser is built on that thread, so a Vosk model's seconds of loading never
block the caller (the GUI thread). Results come back through plain callbacks, called
on the listener thread; the GUI bridge turns them into queued Qt signals.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from ..errors import AudioError, SpeechError, TeachappError
from ..settings import Settings
from .audio import MicrophoneSource, level
from .recognizer import Recognizer, make_recognizer
from .transcript import Mode, Transcript

__all__ = ["AudioSource", "IterableSource", "Listener"]

log = logging.getLogger(__name__)


class AudioSource(Protocol):
    """16 kHz mono int16 blocks: ``read`` returns None on a timeout, b"" at the end."""

    def open(self) -> None: ...

    def read(self, timeout: float = 0.5) -> bytes | None: ...

    def close(self) -> None: ...


class IterableSource:
    """Blocks from an iterable (a WAV file's chunks), optionally paced like a live
    microphone; b"" at the end. Lets tests and demos stand in for the microphone."""

    def __init__(self, blocks: Iterable[bytes], *, realtime: bool = False) -> None:
        self._blocks = iter(blocks)
        self._realtime = realtime
        self._next_at = 0.0

    def open(self) -> None:
        self._next_at = time.monotonic()

    def read(self, timeout: float = 0.5) -> bytes | None:
        block = next(self._blocks, b"")
        if self._realtime and block:
            self._next_at += len(block) / 32000.0
            delay = self._next_at - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        return block

    def close(self) -> None:
        pass


class Listener:
    """Listens in a background thread; ``start()`` returns at once."""

    def __init__(self, *, mode: Mode = "command", phrases: Sequence[str] = (),
                 settings: Settings | None = None,
                 on_level: Callable[[float], None] | None = None,
                 on_partial: Callable[[str], None] | None = None,
                 on_final: Callable[[Transcript], None] | None = None,
                 on_error: Callable[[TeachappError], None] | None = None,
                 on_ready: Callable[[Recognizer], None] | None = None,
                 device: int | str | None = None, source: AudioSource | None = None,
                 recognizer: Recognizer | None = None) -> None:
        self.mode = mode
        self.settings = settings or Settings()
        self._phrases = list(phrases)
        self._pending_phrases: list[str] | None = None
        self._callbacks = (on_level, on_partial, on_final, on_error, on_ready)
        configured = self.settings.get("speech", "input_device")
        self._source = source or MicrophoneSource(device if device is not None else configured)
        self._recognizer = recognizer
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.recognizer: Recognizer | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="teachapp-listener",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def join(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def set_phrases(self, phrases: Sequence[str]) -> None:
        """New taught phrases: the grammar is rebuilt on the listener thread."""
        with self._lock:
            self._pending_phrases = list(phrases)

    # -- the thread ------------------------------------------------------------------
    def _emit(self, index: int, value: object) -> None:
        callback = self._callbacks[index]
        if callback is None:
            return
        try:
            callback(value)  # type: ignore[arg-type]
        except Exception:
            log.exception("a listener callback failed")

    def _run(self) -> None:
        # The microphone first: with none there is nothing to load a model for (the
        # window showed "listening" for the ~5 s a model took to load, then said "No
        # microphone found"; quitting meanwhile aborted in the model's loader). Speech
        # said while the model loads waits in the source's queue.
        try:
            self._source.open()
            rec = self._recognizer or make_recognizer(self.mode, self._phrases, self.settings)
            self.recognizer = rec
            self._emit(4, rec)
        except TeachappError as exc:
            self._source.close()
            self._emit(3, exc)
            return
        except Exception as exc:  # an engine or PortAudio failure we did not foresee
            self._source.close()
            log.exception("listener start-up failed")
            self._emit(3, SpeechError(f"Listening could not start: {exc}. Type instead; "
                                      "the details are in the log file."))
            return
        try:
            self._loop(rec)
        except Exception as exc:
            log.exception("listener failed")
            self._emit(3, AudioError(f"Listening stopped: {exc}. Start it again, or type."))
        finally:
            self._source.close()

    def _loop(self, rec: Recognizer) -> None:
        last_partial = ""
        while not self._stop.is_set():
            with self._lock:
                pending, self._pending_phrases = self._pending_phrases, None
            if pending is not None:
                rec.set_phrases(pending)
            block = self._source.read(0.5)
            if block is None:
                continue
            if block == b"":
                final = rec.finish()
                if final.text or final.timings.get("audio"):
                    self._emit(2, final)
                return
            self._emit(0, level(block))
            final = rec.accept(block)
            if final is not None:
                last_partial = ""
                self._emit(2, final)
                continue
            partial = rec.partial()
            if partial != last_partial:
                last_partial = partial
                self._emit(1, partial)
