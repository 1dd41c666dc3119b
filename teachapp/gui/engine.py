"""Building the engine the window drives: store, device backend, speaker, assistant.

Plain Python (no Qt): the bridge runs ``load_engine`` on a worker thread so the
window is on screen while the database opens. Every part that may be missing on a
machine (speech, a backend) is optional: what is missing becomes a note the status
bar shows, never a crash.
"""

from __future__ import annotations

import argparse
import importlib
import logging
from dataclasses import dataclass, field, fields
from typing import Any

from ..cli_support import open_store
from ..home import CollectingSpeaker, DeviceBackend, SimulatedBackend, Speaker
from ..settings import Settings
from ..store import Store
from ..understanding.resolution import ResolverSettings

__all__ = ["Engine", "load_engine", "resolver_settings_from"]

log = logging.getLogger(__name__)


@dataclass
class Engine:
    """Everything the window talks to; built once per window."""

    store: Store
    backend: DeviceBackend
    settings: Settings
    speaker: Speaker
    assistant: Any = None
    """The Assistant (``teachapp.assistant``); None only if that module is absent."""
    notes: list[str] = field(default_factory=list)
    """What is missing and how to fix it, in the person's words."""
    speech_enabled: bool = True
    args: argparse.Namespace | None = None
    """The options it was built from, to build it again (``Bridge.reopen``)."""

    def close(self) -> None:
        for closer in (getattr(self.assistant, "close", None),
                       getattr(self.speaker, "close", None), self.backend.close,
                       self.store.close):
            if closer is None:
                continue
            try:
                closer()
            except Exception:  # noqa: BLE001 - closing must not stop the others
                log.exception("closing %r failed", closer)


def _optional(module: str) -> Any:
    """Import a teachapp module that a machine (or a checkout) may lack."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is not None and exc.name.startswith("teachapp"):
            return None
        raise


def _backend(store: Store, settings: Settings, notes: list[str]) -> DeviceBackend:
    factory = _optional("teachapp.home.factory")
    if factory is not None:
        try:
            return factory.make_backend(store, settings)
        except Exception as exc:  # noqa: BLE001 - a broken backend must not stop the window
            log.warning("device backend unavailable: %s", exc, exc_info=True)
            notes.append(f"The device backend could not start ({exc}); using the "
                         "simulated home. Change it in Settings → Devices.")
    return SimulatedBackend(store)


def _speaker(enabled: bool, settings: Settings, notes: list[str]) -> Speaker:
    speech = _optional("teachapp.speech")
    make = getattr(speech, "make_speaker", None)
    if make is None:
        return CollectingSpeaker()
    try:
        return make(enabled, settings)
    except Exception as exc:  # noqa: BLE001 - no TTS engine is not an error
        log.warning("no speaker: %s", exc, exc_info=True)
        notes.append(f"Replies are shown but not spoken: {exc}")
        return CollectingSpeaker()


def resolver_settings_from(settings: Settings) -> ResolverSettings:
    """The ``resolver`` settings section (thresholds set in the Settings dialog)."""
    section = settings.section("resolver")
    names = {f.name for f in fields(ResolverSettings)} - {"extra"}
    values: dict[str, Any] = {}
    for name in names:
        if name in section:
            try:
                values[name] = float(section[name])
            except (TypeError, ValueError):
                log.warning("ignoring resolver.%s = %r in %s", name, section[name],
                            settings.path)
    return ResolverSettings(**values)


def load_engine(args: argparse.Namespace, *, settings: Settings | None = None,
                store: Store | None = None) -> Engine:
    """Open the database and build the parts around it (slow: call off the GUI thread)."""
    settings = settings or Settings()
    store = store or open_store(args)
    notes: list[str] = []
    backend = _backend(store, settings, notes)
    enabled = not getattr(args, "no_speech", False)
    speaker = _speaker(enabled, settings, notes)
    assistant = None
    module = _optional("teachapp.assistant")
    if module is not None:
        resolver_settings = resolver_settings_from(settings)
        assistant = module.Assistant(store, backend, speaker=speaker, settings=settings,
                                     resolver_settings=resolver_settings)
    return Engine(store=store, backend=backend, settings=settings, speaker=speaker,
                  assistant=assistant, notes=notes, speech_enabled=enabled, args=args)
