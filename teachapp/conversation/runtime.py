"""The composition root: the one place that builds the engine every front end drives.

``open_store`` opens the database of ``--db`` / ``TEACHAPP_DB`` / the user data dir
(with the simulated home in an empty one); ``load_engine`` adds the device backend,
the speaker and the Assistant. The window (on a worker thread, so it is on screen
while the database opens), ``chat``, ``listen``, ``run`` and ``resolve`` all build
what they need here. What a machine lacks (a TTS engine, a backend) becomes a note
in the person's words, never a crash.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..home import CollectingSpeaker, DeviceBackend, SimulatedBackend, Speaker, ensure_default_home
from ..paths import default_database
from ..settings import Settings
from ..store import Store
from ..understanding.resolution import ResolverSettings

if TYPE_CHECKING:
    from .agent import Assistant
    from .config import AppConfig

__all__ = ["Engine", "created_note", "load_engine", "open_store", "resolver_settings_from"]

log = logging.getLogger(__name__)


@dataclass
class Engine:
    """Everything a front end talks to; built once per window or command."""

    store: Store
    backend: DeviceBackend
    settings: Settings
    speaker: Speaker
    assistant: Assistant
    notes: list[str] = field(default_factory=list)
    """What is missing and how to fix it, in the person's words."""
    speech_enabled: bool = True
    args: Any = None
    """The options it was built from, to build it again (``Bridge.reopen``)."""
    config: AppConfig | None = None
    """The typed settings every decision uses."""

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


def _backend(store: Store, settings: Settings, notes: list[str], *,
             wait: float, strict: bool, window: bool, one_shot: bool) -> DeviceBackend:
    from ..home.factory import make_backend

    if strict:
        return make_backend(store, settings, wait=wait, keeps_trying=not one_shot)
    try:
        return make_backend(store, settings, wait=wait, keeps_trying=not one_shot)
    except Exception as exc:  # noqa: BLE001 - a broken backend must not stop the window
        log.warning("device backend unavailable: %s", exc, exc_info=True)
        said = str(exc).strip()
        said += "" if said.endswith((".", "?", "!")) else "."
        # (the error in its own sentence: a message that names a file or a choice in
        # brackets read as a bracket in a bracket)
        notes.append(f"The device backend could not start: {said} Until it can, the "
                     f"simulated home is used{_where_to_change(settings, said, window)}.")
        return SimulatedBackend(store)


def _where_to_change(settings: Settings, said: str, window: bool) -> str:
    """Where the person changes the backend, in the front end they have: the window's
    Settings → Devices, or at the command line the ``teachapp backend`` command of the
    backend chosen (chat said "change it in Settings → Devices", which it has not); ""
    when the error already named the command."""
    if window:
        return "; change it in Settings → Devices"
    if "'teachapp backend" in said:
        return ""
    command = {"homeassistant": "teachapp backend homeassistant --url URL --test",
               "mqtt": "teachapp backend mqtt --host HOST --test"}.get(
        str(settings.get("backend", "type") or "").lower(), "teachapp backend simulated")
    return f"; '{command}' sets it again ('teachapp backend show' says what is set now)"


def _speaker(enabled: bool, settings: Settings, notes: list[str], *,
             lazy: bool = False) -> Speaker:
    from ..speech import make_speaker

    try:
        return make_speaker(enabled, settings, lazy=lazy)
    except Exception as exc:  # noqa: BLE001 - no TTS engine is not an error
        log.warning("no speaker: %s", exc, exc_info=True)
        notes.append(f"Replies are shown but not spoken: {exc}")
        return CollectingSpeaker()


def resolver_settings_from(settings: Settings) -> ResolverSettings:
    """The ``resolver`` settings section (thresholds set in the Settings dialog)."""
    from .config import AppConfig

    return AppConfig.load(settings).resolver


def open_store(args: Any, *, default_home: bool = True,
               settings: Settings | None = None, reading: bool = False) -> Store:
    """The database of ``args.db`` / ``TEACHAPP_DB`` / the user data dir, ready to use.
    ``reading``: the command only reads, so a database on a disk mounted read-only is
    opened for reading (``Store.read_only``) instead of refused."""
    store = Store.open(getattr(args, "db", None) or default_database(), reading=reading)
    # The simulated home fills an empty database; a real home brings its own devices.
    settings = settings or Settings()
    if (default_home and not store.read_only
            and settings.get("backend", "type", "simulated") == "simulated"):
        ensure_default_home(store)
    return store


def created_note(store: Store) -> str | None:
    """What to tell the person about how the database was opened, or None: made in a
    folder that did not exist (a mistyped ``--db`` path should not pass silently), or
    opened for reading only on a read-only disk."""
    if getattr(store, "read_only", False) and store.path is not None:
        from ..store import read_only_note

        return read_only_note(store.path)
    if not getattr(store, "created_folder", False) or store.path is None:
        return None
    return (f"Created a new, empty database at {store.path} (the folder "
            f"{store.path.parent} did not exist, so it was made too).")


def load_engine(args: Any, *, settings: Settings | None = None,
                store: Store | None = None, speaker: Speaker | None = None,
                backend_wait: float = 0.0, strict_backend: bool = False,
                lazy_speaker: bool = False, window: bool = False,
                one_shot: bool = False) -> Engine:
    """Open the database and build the parts around it (slow: call off the GUI thread).

    ``args`` carries the global options (``db``, ``no_speech``). One-shot commands
    pass their own ``speaker`` (to print what was said), a ``backend_wait`` to hear
    the devices first, and ``strict_backend`` so a broken backend is an error rather
    than a silent switch to the simulated home. ``lazy_speaker``: the text-to-speech
    engine starts with the first spoken reply (the window, which may never speak).
    ``window``: notes name the window's places (Settings → Devices), not commands.
    ``one_shot``: the process exits after one command, so a home out of reach is not
    said to be retried ("…; retrying", "teachapp reconnects by itself").
    """
    from .agent import Assistant
    from .config import AppConfig

    settings = settings or Settings()
    config = AppConfig.load(settings)
    store = store or open_store(args, settings=settings)
    notes: list[str] = [note for note in [created_note(store)] if note]
    try:
        backend = _backend(store, settings, notes, wait=backend_wait, strict=strict_backend,
                           window=window, one_shot=one_shot)
    except BaseException:
        store.close()
        raise
    enabled = not getattr(args, "no_speech", False)
    if speaker is None:
        speaker = _speaker(enabled, settings, notes, lazy=lazy_speaker)
    assistant = Assistant(store, backend, speaker=speaker, settings=settings, config=config)
    return Engine(store=store, backend=backend, settings=settings, speaker=speaker,
                  assistant=assistant, notes=notes, speech_enabled=enabled, args=args,
                  config=config)
