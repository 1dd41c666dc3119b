"""What ``teachapp doctor`` says about speech: microphones, voice, models."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from ..domain import counted
from ..settings import Settings
from .devices import list_input_devices
from .models import ModelManager
from .vosk_engine import vosk_available

__all__ = ["diagnose", "sound_input", "sound_output"]


def diagnose(settings: Settings | None = None) -> list[tuple[str, bool, str]]:
    """(check, ok, message) rows; nothing here loads a model or opens a device."""
    settings = settings or Settings()
    return [_microphone(), _voice(), _audio_out(), *_models(settings)]


def _microphone() -> tuple[str, bool, str]:
    devices = list_input_devices()
    if not devices:
        return ("microphone", False, "No microphone found: plug one in to talk to "
                "teachapp; typing works without one.")
    names = ", ".join(f"{d.name}{' (default)' if d.is_default else ''}" for d in devices[:4])
    return ("microphone", True, f"{counted(len(devices), 'input device')}: {names}.")


def _voice() -> tuple[str, bool, str]:
    try:
        import pyttsx3  # noqa: F401
    except ImportError:
        return ("voice", False, "pyttsx3 is not installed: replies are shown, not spoken.")
    if shutil.which("espeak-ng") is None and shutil.which("espeak") is None:
        import sys

        if sys.platform.startswith("linux"):
            return ("voice", False, "espeak-ng is not installed, so replies cannot be "
                    "spoken; install it (e.g. `sudo apt install espeak-ng`).")
    return ("voice", True, "pyttsx3 can speak replies (turn off with --no-speech).")


def sound_output() -> tuple[bool, str]:
    """Whether spoken replies can be heard (a sound card), and why not; loads no audio
    library (the window asks at start, before anyone listens or anything is said)."""
    _check, ok, text = _audio_out()
    return ok, text


_NO_SOUND_INPUT = ("No microphone found: this computer has no sound input. Plug one in "
                   "(the window looks again when you come back to it), or type instead.")


def sound_input() -> tuple[bool | None, str]:
    """Whether anything here can give sound to listen to, asked of ALSA (``arecord
    -l``) without loading PortAudio (~9 MB), so the window can say at start that it
    cannot listen: False when ALSA lists no capture device and no sound server
    (PulseAudio, PipeWire: a Bluetooth headset is theirs, not ALSA's) is running;
    True when ALSA lists one; None when this cannot tell (no ``arecord``, another
    system, a sound server), and the first use looks with PortAudio. With it, what
    to tell the person when there is none."""
    arecord = shutil.which("arecord")
    if arecord is None:
        return None, ""
    try:
        done = subprocess.run([arecord, "-l"], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return None, ""
    if any(line.startswith("card ") for line in done.stdout.splitlines()):
        return True, ""
    if _sound_server():
        return None, ""
    if done.returncode == 0 or "no soundcards" in done.stderr.lower():
        return False, _NO_SOUND_INPUT
    return None, ""


def _sound_server() -> bool:
    """A PulseAudio or PipeWire server this user can reach (its socket, or PULSE_SERVER)."""
    if os.environ.get("PULSE_SERVER"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    return any((Path(runtime) / name).exists() for name in ("pulse/native", "pipewire-0"))


def _audio_out() -> tuple[str, bool, str]:
    aplay = shutil.which("aplay")
    if aplay is None:
        return ("sound output", True, "Replies play through the system's speech engine.")
    try:
        done = subprocess.run([aplay, "-l"], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError) as exc:
        return ("sound output", False, f"Cannot list sound cards ({exc}).")
    if "no soundcards" in (done.stdout + done.stderr).lower() or done.returncode != 0:
        return ("sound output", False, "No sound card found: spoken replies are made but "
                "cannot be heard; the window and the terminal show them.")
    return ("sound output", True, "A sound card is present for spoken replies.")


def _models(settings: Settings) -> list[tuple[str, bool, str]]:
    rows: list[tuple[str, bool, str]] = []
    manager = ModelManager(settings)
    if not vosk_available():
        rows.append(("vosk", False, "The vosk package is missing; reinstall teachapp."))
        models = []
    else:
        models = manager.installed()
    for info in models:
        if info.ok and info.engine == "whisper":
            rows.append((f"model {info.name}", True,
                         f"Whisper model for English in {info.path} ({info.source})."))
        elif info.ok:
            rows.append((f"model {info.name}", True,
                         f"Vosk model for {info.lang or 'an unknown language'} in {info.path} "
                         f"({info.source})."))
        else:
            chosen = (" or go back to the models teachapp finds itself with `teachapp "
                      "models use --default`" if info.source == "settings" else "")
            what = "whisper-tiny.en" if info.engine == "whisper" else (info.lang or "LANG")
            rows.append((f"model {info.name}", False,
                         f"{info.path} ({info.source}) cannot be used: {info.problem}. "
                         f"Reinstall it with `teachapp models install {what}`{chosen}."))
    rows.extend(engine_rows(settings, models))
    return rows


def engine_rows(settings: Settings, models: list | None = None) -> list[tuple[str, bool, str]]:
    """Which engine serves each language and mode, in words: what works by voice."""
    from ..errors import ModelError
    from .engine_choice import choose_engine

    others = {(m.lang or "").split("-")[0] for m in models or []
              if m.ok and m.engine == "vosk" and m.lang}
    langs = ["en", *sorted(others - {"en"})]
    rows = []
    for lang in langs:
        name = "English" if lang == "en" else lang
        try:
            command = choose_engine("command", (), _with_language(settings, lang))
        except ModelError as exc:
            rows.append((f"speech ({name})", False, str(exc)))
            continue
        try:
            teach = choose_engine("teach", (), _with_language(settings, lang))
        except ModelError:
            teach = None
        if teach is not None and teach.engine == command.engine:
            works = f"Commands and teaching by voice with {command.label}"
        elif teach is not None:
            works = f"Commands by voice with {command.label}; teaching with {teach.label}"
        else:
            works = (f"Commands by voice with {command.label}; teach new phrases by typing "
                     "them (no model here hears any words)")
        rows.append((f"speech ({name})", True, f"{works}. Engine: {command.reason}."))
    return rows


class _LanguageSettings:
    """Settings that answer one language, whatever the file says."""

    def __init__(self, settings: Settings, lang: str) -> None:
        self._settings = settings
        self._lang = lang

    def get(self, section: str, key: str, default=None):
        if (section, key) == ("speech", "language"):
            return self._lang
        return self._settings.get(section, key, default)

    def __getattr__(self, name: str):
        return getattr(self._settings, name)


def _with_language(settings: Settings, lang: str) -> Settings:
    return _LanguageSettings(settings, lang)  # type: ignore[return-value]
