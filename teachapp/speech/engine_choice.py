"""Which speech engine would serve a mode, and why, without loading one: the window's
status bar and its early read of Whisper's tokenizer ask here at start-up, and neither
needs the recognisers, numpy or PocketSphinx's phone tables that
:mod:`teachapp.speech.recognizer` imports to make one (the idle window held them all day;
they load when a person first listens). The rules of the choice are
:mod:`~teachapp.speech.recognizer`'s (its docstring says why).
"""

from __future__ import annotations

import importlib.util
import locale
import os
import re
from collections.abc import Sequence
from pathlib import Path

from ..errors import ModelError
from ..settings import Settings
from .models import ModelManager, same_language
from .transcript import Mode
from .vosk_engine import vosk_available

__all__ = ["EngineChoice", "choose_engine", "phrase_language", "pocketsphinx_available",
           "whisper_available"]

_SCRIPTS = ((re.compile(r"[\uac00-\ud7a3\u1100-\u11ff]"), "ko"),
            (re.compile(r"[\u3040-\u30ff]"), "ja"),
            (re.compile(r"[\u4e00-\u9fff]"), "cn"),
            (re.compile(r"[\u0400-\u04ff]"), "ru"))



def whisper_available() -> bool:
    """Whether ctranslate2, tokenizers and a model folder are there (nothing loaded)."""
    return (importlib.util.find_spec("ctranslate2") is not None
            and importlib.util.find_spec("tokenizers") is not None)


def pocketsphinx_available() -> bool:
    """Whether the pocketsphinx package is installed (found without importing it)."""
    return importlib.util.find_spec("pocketsphinx") is not None


def phrase_language(phrases: Sequence[str]) -> str | None:
    """The language the phrases' script implies (Hangul -> ko), or None (Latin)."""
    text = " ".join(phrases)
    for pattern, lang in _SCRIPTS:
        if pattern.search(text):
            return lang
    return None


def _locale_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split("_")[0].split(".")[0].lower()
    code = locale.getlocale()[0]
    return code.split("_")[0].lower() if code else "en"


def _language_known(told: str | None, phrases: Sequence[str],
                    manager: ModelManager) -> bool:
    """Whether the speech's language is known well enough to pass over a Vosk model set
    in the settings for another one: the settings name it or the phrases' script does,
    or the phrases are in Latin letters and the model hears a language of another
    script (a Korean model set and English phrases: it sent English speech to Vosk
    ko, which heard Korean words). With nothing to go by, the model set is used."""
    if told:
        return True
    configured = manager.configured() if phrases else None
    return configured is not None and configured.lang is not None and any(
        same_language(configured.lang, script) for _pattern, script in _SCRIPTS)


class EngineChoice:
    """Which engine would serve a mode, and why (also shown by doctor)."""

    def __init__(self, engine: str | None, lang: str, model_path: Path | None,
                 reason: str) -> None:
        self.engine = engine
        self.lang = lang
        self.model_path = model_path
        self.reason = reason

    @property
    def label(self) -> str:
        """The engine in a few words for the status bar ("Whisper tiny.en")."""
        return {"whisper": "Whisper tiny.en", "pocketsphinx": "PocketSphinx",
                "vosk": f"Vosk ({self.lang})"}.get(self.engine or "", "none")

    @property
    def teaches(self) -> bool:
        """Whether new phrases can be taught by voice with this engine."""
        return self.engine in ("whisper", "vosk")

    @property
    def abilities(self) -> str:
        """What works by voice, in a person's words."""
        if self.engine is None:
            return "no speech: type instead"
        if self.teaches:
            return "commands and teaching by voice"
        return "commands by voice; type new phrases to teach them"


def choose_engine(mode: Mode, phrases: Sequence[str] = (),
                  settings: Settings | None = None) -> EngineChoice:
    """The engine for ``mode``: the Vosk model for the language (the one set in the
    settings first), else Whisper or PocketSphinx for English. The window, ``listen``,
    ``chat`` and ``doctor`` all ask here."""
    settings = settings or Settings()
    told = settings.get("speech", "language") or phrase_language(phrases)
    lang = told or _locale_language()
    manager = ModelManager(settings)
    model = manager.find(lang, same_language_only=_language_known(told, phrases, manager)) \
        if vosk_available() else None
    if model is not None:
        if model.problem:
            raise ModelError(f"The Vosk model set in the settings ({model.path}) cannot be "
                             f"used: {model.problem}. Run `teachapp models use PATH` with a "
                             "complete model, `teachapp models install LANG`, or `teachapp "
                             "models use --default` for the models teachapp finds itself.")
        return EngineChoice("vosk", model.lang or lang, model.path,
                            f"Vosk model {model.name} ({model.source})")
    english = lang.startswith("en")
    # speech.english_engine = "pocketsphinx" keeps PocketSphinx's grammar for commands
    # (faster on a slow machine, but it asks about far more); teaching needs Whisper.
    sphinx_first = (mode == "command" and pocketsphinx_available()
                    and settings.get("speech", "english_engine") == "pocketsphinx")
    whisper = (manager.find_whisper() if english and whisper_available() and not sphinx_first
               else None)
    if whisper is not None:
        if whisper.problem:
            usable = next((m for m in manager.whisper_models()
                           if m.ok and m.source != "settings"), None)
            fallback = ("" if usable is None else f"`teachapp models use --default` to use "
                        f"the copy in {usable.path} ({usable.source}), ")
            raise ModelError(f"The Whisper model in {whisper.path} ({whisper.source}) cannot "
                             f"be used: {whisper.problem}. Run {fallback}`teachapp models "
                             "install whisper-tiny.en`, or `teachapp models use PATH` with a "
                             "complete copy.")
        return EngineChoice("whisper", "en", whisper.path,
                            f"Whisper tiny.en ({whisper.source}): any English words, "
                            "biased towards the taught phrases")
    if mode == "command" and english and pocketsphinx_available():
        return EngineChoice("pocketsphinx", "en", None,
                            "PocketSphinx's built-in English model (Whisper is not installed; "
                            "`teachapp models install whisper-tiny.en` adds it)")
    if mode == "teach":
        fix = ("`teachapp models install whisper-tiny.en`" if english
               else f"`teachapp models install {lang}`")
        raise ModelError(f"Teaching by voice needs a speech model for {lang!r} that hears "
                         f"any words, and none is installed. Install one with {fix}, or "
                         "type the new phrase instead.")
    raise ModelError(f"No speech model for {lang!r} is installed, so teachapp cannot listen. "
                     f"Install one with `teachapp models install {lang}`, or type instead.")
