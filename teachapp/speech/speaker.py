"""Spoken replies: pyttsx3 on its own worker thread, or silence.

pyttsx3's loop blocks and its espeak driver plays through ``aplay``, which prints
an error on a machine without a sound card. So the worker renders each reply to a
WAV file with ``save_to_file`` and plays it itself with stderr captured (and can
kill it to interrupt). Where aplay does not exist (macOS, Windows) the driver's
own playback is used, still on the worker thread.
"""

from __future__ import annotations

import logging
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from ..settings import Settings

__all__ = ["LazySpeaker", "SilentSpeaker", "ThreadedSpeaker", "make_speaker"]

log = logging.getLogger(__name__)
_STOP = object()


class SilentSpeaker:
    """Says nothing; remembers the last replies (for --no-speech, tests, no engine)."""

    available = False

    def __init__(self, reason: str = "speech is turned off") -> None:
        self.description = f"silent ({reason})"
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)
        del self.said[:-50]

    def interrupt(self) -> None:
        pass

    def close(self) -> None:
        pass


class ThreadedSpeaker:
    """pyttsx3 driven from one worker thread fed by a queue; ``say`` never blocks."""

    def __init__(self, *, voice: str | None = None, rate: int | None = None,
                 player: str | None = None, timeout: float = 5.0) -> None:
        self._queue: queue.Queue[Any] = queue.Queue()
        self._ready = threading.Event()
        self._lock = threading.Lock()
        self._player = player if player is not None else shutil.which("aplay") or ""
        self._proc: subprocess.Popen[bytes] | None = None
        self._generation = 0
        self._voice, self._rate = voice, rate
        self.available = False
        self.description = "starting"
        self.playback_error: str | None = None
        self.spoken = 0
        self._thread = threading.Thread(target=self._run, name="teachapp-tts", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            self.description = "pyttsx3 did not start in time"

    # -- public, any thread --------------------------------------------------------
    def say(self, text: str) -> None:
        if text.strip():
            self._queue.put((self._generation, text))

    def interrupt(self) -> None:
        """Drop queued replies and stop the one playing."""
        with self._lock:
            self._generation += 1
            proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.kill()

    def set_voice(self, voice: str | None = None, rate: int | None = None) -> None:
        self._queue.put(("settings", voice, rate))

    def close(self, timeout: float = 2.0) -> None:
        self.interrupt()
        self._queue.put(_STOP)
        self._thread.join(timeout)

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until everything queued was spoken (tests, the CLI before exit)."""
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    # -- worker --------------------------------------------------------------------
    def _run(self) -> None:
        try:
            import pyttsx3

            engine = pyttsx3.init()
            _quiet_driver()
            self._apply(engine, self._voice, self._rate)
            self.available = True
            self.description = "pyttsx3 (" + _driver_name(engine) + ")"
        except Exception as exc:  # no espeak library, no SAPI, no NSSpeech...
            self.description = f"no text-to-speech engine ({exc})"
            log.info("pyttsx3 unavailable: %s", exc)
            self._ready.set()
            self._drain_silently()
            return
        self._ready.set()
        with tempfile.TemporaryDirectory(prefix="teachapp-tts-") as tmp:
            wav = Path(tmp) / "reply.wav"
            while True:
                item = self._queue.get()
                if item is _STOP:
                    break
                if isinstance(item, threading.Event):
                    item.set()
                    continue
                if item[0] == "settings":
                    self._apply(engine, item[1], item[2])
                    continue
                generation, text = item
                if generation != self._generation:
                    continue
                try:
                    self._speak(engine, text, wav)
                except Exception as exc:
                    log.warning("speaking %r failed: %s", text, exc)
        try:
            engine.stop()
        except Exception:
            pass

    def _drain_silently(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if isinstance(item, threading.Event):
                item.set()

    def _speak(self, engine: Any, text: str, wav: Path) -> None:
        if not self._player:
            engine.say(text)
            engine.runAndWait()
            self.spoken += 1
            return
        engine.save_to_file(text, str(wav))
        engine.runAndWait()
        with self._lock:
            self._proc = subprocess.Popen([self._player, "-q", str(wav)],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            proc = self._proc
        _, err = proc.communicate()
        with self._lock:
            self._proc = None
        self.spoken += 1
        if proc.returncode not in (0, -9) and proc.returncode is not None:
            message = err.decode("utf-8", "replace").strip().splitlines()
            reason = message[-1] if message else f"exit status {proc.returncode}"
            if self.playback_error is None:
                log.info("no sound output: %s", reason)
            self.playback_error = reason
            self.description = f"pyttsx3, but no sound output ({reason})"

    @staticmethod
    def _apply(engine: Any, voice: str | None, rate: int | None) -> None:
        if voice:
            try:
                engine.setProperty("voice", voice)
            except Exception as exc:
                log.warning("voice %r not available: %s", voice, exc)
        if rate:
            engine.setProperty("rate", int(rate))


def _quiet_driver() -> None:
    """pyttsx3's espeak driver prints "Audio saved to ..." for every reply; send its
    prints to the log instead (a module-level ``print`` shadows the builtin there)."""
    module = sys.modules.get("pyttsx3.drivers.espeak")
    if module is not None:
        module.print = lambda *args, **_: log.debug(" ".join(map(str, args)))  # type: ignore[attr-defined]


def _driver_name(engine: Any) -> str:
    module = getattr(getattr(engine, "proxy", None), "_module", None)
    name = getattr(module, "__name__", "")
    return name.rsplit(".", 1)[-1] or sys.platform


class LazySpeaker:
    """A ThreadedSpeaker started by the first reply: a window that has said nothing yet
    holds no text-to-speech engine (pyttsx3 with espeak is ~10 MB resident)."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._speaker: ThreadedSpeaker | None = None
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        return True if self._speaker is None else self._speaker.available

    @property
    def description(self) -> str:
        if self._speaker is None:
            return "pyttsx3 (starts with the first reply)"
        return self._speaker.description

    @property
    def spoken(self) -> int:
        return 0 if self._speaker is None else self._speaker.spoken

    @property
    def playback_error(self) -> str | None:
        return None if self._speaker is None else self._speaker.playback_error

    def _started(self) -> ThreadedSpeaker:
        with self._lock:
            if self._speaker is None:
                self._speaker = ThreadedSpeaker(**self._options)
            return self._speaker

    def say(self, text: str) -> None:
        if text.strip():
            self._started().say(text)

    def interrupt(self) -> None:
        if self._speaker is not None:
            self._speaker.interrupt()

    def set_voice(self, voice: str | None = None, rate: int | None = None) -> None:
        if self._speaker is None:
            self._options.update(voice=voice, rate=rate)
        else:
            self._speaker.set_voice(voice, rate)

    def wait_idle(self, timeout: float = 10.0) -> bool:
        return True if self._speaker is None else self._speaker.wait_idle(timeout)

    def close(self, timeout: float = 2.0) -> None:
        if self._speaker is not None:
            self._speaker.close(timeout)


def make_speaker(enabled: bool = True, settings: Settings | None = None, *,
                 lazy: bool = False) -> Any:
    """The voice for replies: a ThreadedSpeaker, or a SilentSpeaker when speech is
    off (``--no-speech`` or settings ``speech.tts_enabled = false``) or no engine.

    ``lazy``: start the engine with the first reply (``LazySpeaker``; the window);
    without pyttsx3 installed it is silent at once, as the eager one is.
    """
    speech = (settings or Settings()).section("speech")
    if not enabled:
        return SilentSpeaker("--no-speech")
    if speech.get("tts_enabled") is False:
        return SilentSpeaker("turned off in the settings")
    if lazy:
        import importlib.util

        if importlib.util.find_spec("pyttsx3") is None:
            return SilentSpeaker("no text-to-speech engine (pyttsx3 is not installed)")
        return LazySpeaker(voice=speech.get("tts_voice"), rate=speech.get("tts_rate"))
    speaker = ThreadedSpeaker(voice=speech.get("tts_voice"), rate=speech.get("tts_rate"))
    if not speaker.available:
        reason = speaker.description
        speaker.close()
        return SilentSpeaker(reason)
    return speaker
