"""What ``teachapp doctor`` says about speech: microphones, voice, models."""

from __future__ import annotations

import shutil
import subprocess

from ..settings import Settings
from .devices import list_input_devices
from .models import ModelManager
from .sphinx_engine import pocketsphinx_available
from .vosk_engine import vosk_available

__all__ = ["diagnose"]


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
    return ("microphone", True, f"{len(devices)} input device(s): {names}.")


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
        if info.ok:
            rows.append((f"model {info.name}", True,
                         f"Vosk model for {info.lang or 'an unknown language'} in {info.path} "
                         f"({info.source})."))
        else:
            rows.append((f"model {info.name}", False,
                         f"{info.path} ({info.source}) cannot be used: {info.problem}. "
                         "Reinstall it with `teachapp models install LANG`."))
    english = [m for m in models if m.ok and (m.lang or "").startswith("en")]
    if not english:
        if pocketsphinx_available():
            rows.append(("english speech", True,
                         "Only PocketSphinx's built-in English model is available: it "
                         "recognises taught phrases (command mode) but not new ones, and a "
                         "Vosk model recognises far better. Install one with "
                         "`teachapp models install en` (about 40 MB)."))
        else:
            rows.append(("english speech", False, "No English speech model: install one "
                         "with `teachapp models install en`; typing works meanwhile."))
    return rows
