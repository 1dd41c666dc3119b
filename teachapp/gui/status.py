"""The status bar: speech engine and model, voice, device backend, and busy state.

Checks run on a worker (listing models touches the disk); the backend's status is
asked again every few seconds, since an MQTT broker can come and go. Whether there is
any sound input at all is asked of ALSA right after the first paint
(``speech.sound_input``, no library loaded, no engine needed), so a machine without
one says so before anyone presses the microphone, and again when the window is come
back to; microphones are listed (PortAudio, ~9 MB) when the person first turns the
microphone on: not by a window that is only typed to.
"""

from __future__ import annotations

import importlib
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from .bridge import Bridge

__all__ = ["SpeechStatus", "StatusProbe", "speech_status"]


from ..errors import TeachappError

RECHECK_SECONDS = 5.0
"""Coming back to the window asks again for sound input at most this often."""
_NO_MICROPHONE = "No microphone found: plug one in to talk, or type instead."


@dataclass(frozen=True)
class SpeechStatus:
    engine: str
    model: str
    microphones: int | None
    """None: not looked for yet (``StatusProbe.check_microphones``)."""
    voice: str
    hint: str = ""
    sound_output: bool = True
    """False when replies cannot be heard (no sound card): they are shown only."""
    sound_note: str = ""
    can: str = ""
    """What the speech engine can and cannot do here, in the person's words."""
    sound_input: bool | None = None
    """False when nothing here can give sound to listen to (``speech.sound_input``)."""
    input_note: str = ""
    """Why it cannot listen, and how to fix it, when ``sound_input`` is False."""


def speech_status(engine: Any) -> SpeechStatus:
    """What speech can do on this machine (slow: runs on a worker)."""
    voice = getattr(engine.speaker, "description", "") or (
        "on" if engine.speech_enabled else "off (--no-speech)")
    speech = importlib.import_module("teachapp.speech")
    microphones = None  # looked for when the microphone is first used
    sound_ok, sound_note = speech.sound_output()
    sound_in, input_note = speech.sound_input()
    extra = {"sound_output": bool(sound_ok), "sound_note": sound_note,
             "sound_input": sound_in, "input_note": input_note}
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


class _EllipsisLabel(QLabel):
    """A status bar label that ends in "…" when the bar is short of room (on a
    1024-pixel screen "Model: tiny.en (commands and teaching by voic" was cut mid-word);
    its whole text is its tooltip unless one is set."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._own_tip = False

    def setToolTip(self, tip: str) -> None:  # noqa: N802 - Qt's name
        self._own_tip = bool(tip)
        super().setToolTip(tip or self.text())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        if not self._own_tip:
            super().setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("Model: …") + 4),
                     hint.height())

    def shown_text(self) -> str:
        """The text as painted: whole, or cut with "…" to the label's width."""
        room = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())


class StatusProbe(QObject):
    """Fills the status bar labels; ``micAvailable(bool, why)`` for the strip."""

    micAvailable = Signal(bool, str)
    backendChecked = Signal(object)
    """The device backend's ``BackendStatus``, each time it is asked (every 5 s)."""

    def __init__(self, bridge: Bridge, bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.speech = _EllipsisLabel("Speech: …")
        self.speech.setAccessibleName("Speech engine")
        self.model = _EllipsisLabel("")
        self.model.setAccessibleName("Speech model")
        self.voice = _EllipsisLabel("")
        self.voice.setAccessibleName("Voice")
        self.audio = QLabel("")
        self.audio.setAccessibleName("Microphone and sound output")
        self.audio.hide()
        self.backend = _EllipsisLabel("Devices: opening…")
        self.backend.setAccessibleName("Device backend")
        self.busy = QLabel("Working…")
        self.busy.hide()  # shown while busy: an empty label took the message's room
        for label in (self.busy, self.audio, self.speech, self.model, self.voice,
                      self.backend):
            bar.addPermanentWidget(label)
        bridge.busyChanged.connect(self.busy.setVisible)
        bar.messageChanged.connect(self._make_room)
        self._timer = QTimer(self)
        self._timer.setInterval(5000)
        self._timer.timeout.connect(self._poll_backend)
        self._engine: Any = None
        self._status: SpeechStatus | None = None
        self._microphones: int | None = None
        self._looking = False
        self._why_no_mic = _NO_MICROPHONE
        self._rechecked = 0.0
        self._asks = 0
        """How many times ALSA was asked (the first paint, the speech status, a recheck):
        each answer carries its ask's number, and only the newest's is taken, so an older
        answer arriving late cannot undo a newer one; 0: not asked yet."""

    def _make_room(self, message: str) -> None:
        """What was just done ("Ran “goodnight”.") is read before the details: while a
        message shows, the model and voice give way, and the speech and device labels
        end in "…" if the bar is still short of room (on a 1024-pixel screen the labels
        filled it and the message was not shown at all)."""
        for label in (self.model, self.voice):
            label.setVisible(not message)
        cut = (self.speech, self.backend)
        for label in cut:
            label.setMaximumWidth(16777215)  # QWIDGETSIZE_MAX
        if not message:
            return
        bar = self.speech.parentWidget()  # (asked each time: PySide can drop a wrapper
        if bar is None:                   # kept of the bar, though the bar lives on)
            return
        need = bar.fontMetrics().horizontalAdvance(message) + 24
        width = bar.width()
        others = sum(label.sizeHint().width() + 6 for label in (self.busy, self.audio)
                     if not label.isHidden())
        room = (width - need - others) // len(cut) - 6
        for label in cut:
            if label.sizeHint().width() > room:
                label.setMaximumWidth(max(room, label.minimumSizeHint().width()))

    def check_microphones(self) -> None:
        """Look for microphones (PortAudio, on a worker) once, when the person first
        turns the microphone on; the strip and the status bar then say if there is none."""
        if self._microphones is not None or self._looking:
            return
        self._looking = True

        def count() -> int:
            return len(importlib.import_module("teachapp.speech").list_input_devices())

        def found(number: int) -> None:
            self._looking = False
            self._microphones = number
            self._why_no_mic = _NO_MICROPHONE
            self._show_audio()
            self.micAvailable.emit(number > 0, "" if number else self._why_no_mic)

        def failed(_exc: BaseException) -> None:
            self._looking = False

        self.bridge.call(count, done=found, failed=failed, long=True)

    def recheck_sound_input(self) -> None:
        """The window is come back to: if it said there is no sound input, ask ALSA
        again (on a worker, at most every few seconds), so a microphone plugged in
        meanwhile makes the button usable without a restart."""
        if self._microphones != 0 or self._looking or self._engine is None:
            return
        now = time.monotonic()
        if now - self._rechecked < RECHECK_SECONDS:
            return
        self._rechecked = now
        self._looking = True
        asked = self._ask()

        def found(answer: tuple[bool | None, str]) -> None:
            self._looking = False
            if answer[0] is False or asked != self._asks:
                return
            self._microphones = None  # PortAudio lists them when the button is pressed
            self._show_audio()
            self.micAvailable.emit(True, "")

        def failed(_exc: BaseException) -> None:
            self._looking = False

        speech = importlib.import_module("teachapp.speech")
        self.bridge.call(speech.sound_input, done=found, failed=failed, long=True)

    def check_sound_input(self) -> None:
        """Ask ALSA whether there is any sound input (on a worker) right after the first
        paint, before the engine is there: the button says so from the first moment.
        It was asked only with the engine's speech status, so the picture ``teachapp
        gui --screenshot`` takes of the first paint showed a usable microphone that a
        moment later was off and crossed out."""
        if self._microphones is not None or self._asks:
            return  # (asked already: by the speech status, or this at an earlier paint)
        asked = self._ask()
        speech = importlib.import_module("teachapp.speech")
        self.bridge.call(speech.sound_input, done=lambda answer: self._no_sound_input(
            *answer) if asked == self._asks else None, failed=lambda _exc: None, long=True)

    def _ask(self) -> int:
        """Number a new ask of ALSA, which is from now on the newest (``_asks``)."""
        self._asks += 1
        return self._asks

    def _no_sound_input(self, sound_input: bool | None, note: str) -> None:
        """ALSA said there is no sound input (``sound_input`` False): the button off and
        why, unless microphones were looked for since."""
        if sound_input is False and self._microphones is None:
            self._microphones = 0
            self._why_no_mic = note or _NO_MICROPHONE
            self.micAvailable.emit(False, self._why_no_mic)
        self._show_audio()

    def start(self, engine: Any) -> None:
        self._engine = engine
        asked = self._ask()  # (the speech status asks ALSA too)
        self.bridge.call(speech_status, engine,
                         done=lambda status: self._show_speech(status, asked),
                         failed=lambda exc: self.speech.setText(f"Speech: unavailable ({exc})"),
                         long=True)
        self._poll_backend()
        self._timer.start()

    def stop(self) -> None:
        """The engine is closing: ask it nothing more until ``start``."""
        self._timer.stop()
        self._engine = None

    def _show_speech(self, status: SpeechStatus, asked: int) -> None:
        self.speech.setText(f"Speech: {status.engine}")
        self.speech.setToolTip(status.can or status.engine)
        self.model.setText(f"Model: {status.model}")
        self.model.setToolTip(status.hint or status.model)
        self.voice.setText(f"Voice: {status.voice}")
        self._status = status
        if asked == self._asks:
            self._no_sound_input(status.sound_input, status.input_note)
        else:  # (asked again since: the newer answer stands)
            self._show_audio()

    def _show_audio(self) -> None:
        """The warning for what is missing: a microphone (once looked for), sound output."""
        status = self._status
        no_mic = self._microphones == 0
        no_sound = status is not None and not status.sound_output
        missing = (["no microphone"] if no_mic else []) + (["no sound output"] if no_sound
                                                           else [])
        self.audio.setText("⚠ " + ", ".join(missing).capitalize() if missing else "")
        self.audio.setToolTip(" ".join(
            ([self._why_no_mic] if no_mic else []) +
            ([(status.sound_note if status is not None else "") or
              "No sound output: replies are shown here, not heard."] if no_sound else [])))
        self.audio.setVisible(bool(missing))

    def _poll_backend(self) -> None:
        if self._engine is None:
            return
        self.bridge.call(self._engine.backend.status, done=self._show_backend,
                         failed=lambda exc: self.backend.setText(f"Devices: {exc}"), long=True)

    def _show_backend(self, status: Any) -> None:
        mark = "✓" if status.connected else "✗"
        self.backend.setText(f"Devices: {status.name} {mark}")
        why = status.reason or status.name
        tip = (f"{why.rstrip('.')}. teachapp keeps trying to connect." if status.retrying
               else why)
        if status.listed_at is not None:  # the tiles are the last list, maybe days old
            from ..home import listed_said

            tip += (f" The devices shown are the list the home gave on "
                    f"{listed_said(status.listed_at)}, with the states they last reported.")
        self.backend.setToolTip(tip)
        self.backendChecked.emit(status)
