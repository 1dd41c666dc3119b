"""The status bar: speech engine and model, voice, device backend, and busy state.

Checks run on a worker (listing audio devices or models touches the disk and
PortAudio); the backend's status is asked again every few seconds, since an MQTT
broker can come and go.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from .bridge import Bridge

__all__ = ["SpeechStatus", "StatusProbe", "speech_status"]


from ..errors import TeachappError


@dataclass(frozen=True)
class SpeechStatus:
    engine: str
    model: str
    microphones: int
    voice: str
    hint: str = ""
    sound_output: bool = True
    """False when replies cannot be heard (no sound card): they are shown only."""
    sound_note: str = ""
    can: str = ""
    """What the speech engine can and cannot do here, in the person's words."""


def speech_status(engine: Any) -> SpeechStatus:
    """What speech can do on this machine (slow: runs on a worker)."""
    voice = getattr(engine.speaker, "description", "") or (
        "on" if engine.speech_enabled else "off (--no-speech)")
    speech = importlib.import_module("teachapp.speech")
    microphones = len(speech.list_input_devices())
    checks = {name: (ok, text) for name, ok, text in speech.diagnose(engine.settings)}
    sound_ok, sound_note = checks.get("sound output", (True, ""))
    extra = {"sound_output": bool(sound_ok), "sound_note": sound_note}
    phrases = [text for text, _routine, _origin in engine.store.phrase_index()]
    try:
        choice = speech.choose_engine("command", phrases, engine.settings)
    except TeachappError as exc:
        return SpeechStatus("unavailable", "none", microphones, voice, str(exc),
                            can="Cannot listen: type commands and phrases instead.", **extra)
    can = str(choice.abilities)
    can = can[:1].upper() + can[1:] + ("" if can.endswith(".") else ".")
    if choice.engine == "vosk":
        return SpeechStatus("Vosk", choice.reason.removeprefix("Vosk model "),
                            microphones, voice, f"Vosk ({choice.lang}): {choice.abilities}.",
                            can=can, **extra)
    if choice.engine == "whisper":
        return SpeechStatus("Whisper tiny.en", "tiny.en (commands and teaching by voice)",
                            microphones, voice,
                            f"English: {choice.abilities} (Whisper tiny.en, loaded when "
                            "you first speak).", can=can, **extra)
    hint = (f"No Vosk model for {choice.lang!r}: commands use PocketSphinx's basic English "
            "model. Install a Vosk model in Settings → Speech; it recognises far better.")
    return SpeechStatus("PocketSphinx (basic)", "built-in English", microphones, voice, hint,
                        can=can, **extra)


class StatusProbe(QObject):
    """Fills the status bar labels; ``micAvailable(bool, why)`` for the strip."""

    micAvailable = Signal(bool, str)

    def __init__(self, bridge: Bridge, bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.speech = QLabel("Speech: …")
        self.speech.setAccessibleName("Speech engine")
        self.model = QLabel("")
        self.model.setAccessibleName("Speech model")
        self.voice = QLabel("")
        self.voice.setAccessibleName("Voice")
        self.audio = QLabel("")
        self.audio.setAccessibleName("Microphone and sound output")
        self.audio.hide()
        self.backend = QLabel("Devices: opening…")
        self.backend.setAccessibleName("Device backend")
        self.busy = QLabel("")
        for label in (self.busy, self.audio, self.speech, self.model, self.voice,
                      self.backend):
            bar.addPermanentWidget(label)
        bridge.busyChanged.connect(lambda busy: self.busy.setText("Working…" if busy else ""))
        self._timer = QTimer(self)
        self._timer.setInterval(5000)
        self._timer.timeout.connect(self._poll_backend)
        self._engine: Any = None

    def start(self, engine: Any) -> None:
        self._engine = engine
        self.bridge.call(speech_status, engine, done=self._show_speech,
                         failed=lambda exc: self.speech.setText(f"Speech: unavailable ({exc})"),
                         long=True)
        self._poll_backend()
        self._timer.start()

    def stop(self) -> None:
        """The engine is closing: ask it nothing more until ``start``."""
        self._timer.stop()
        self._engine = None

    def _show_speech(self, status: SpeechStatus) -> None:
        self.speech.setText(f"Speech: {status.engine}")
        self.speech.setToolTip(status.can or status.engine)
        self.model.setText(f"Model: {status.model}")
        self.model.setToolTip(status.hint or status.model)
        self.voice.setText(f"Voice: {status.voice}")
        mics = status.microphones
        missing = ([] if mics else ["no microphone"]) + \
            ([] if status.sound_output else ["no sound output"])
        self.audio.setText("⚠ " + ", ".join(missing).capitalize() if missing else "")
        self.audio.setToolTip(" ".join(
            ([] if mics else ["No microphone found: plug one in to talk; typing works "
                              "without one."]) +
            ([] if status.sound_output else [status.sound_note or
                                             "No sound output: replies are shown here, "
                                             "not heard."])))
        self.audio.setVisible(bool(missing))
        self.micAvailable.emit(mics > 0, "" if mics else
                               "No microphone found: plug one in, or type instead.")

    def _poll_backend(self) -> None:
        if self._engine is None:
            return
        self.bridge.call(self._engine.backend.status, done=self._show_backend,
                         failed=lambda exc: self.backend.setText(f"Devices: {exc}"), long=True)

    def _show_backend(self, status: Any) -> None:
        mark = "✓" if status.connected else "✗"
        self.backend.setText(f"Devices: {status.name} {mark}")
        self.backend.setToolTip(status.message or status.name)
