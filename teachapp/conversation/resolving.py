"""The resolver over the taught phrases as they are now, rebuilt only when they change.

The agent, ``resolve`` and ``listen`` share it, with the thresholds of the settings
file, so a phrase is resolved alike wherever it is said.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, Protocol

from ..domain import Routine
from ..settings import Settings
from ..store import phrase_key
from ..understanding.resolution import PhraseEntry, Resolution, ResolverSettings, phrase_entries

if TYPE_CHECKING:
    from ..understanding.resolver import Resolver

__all__ = ["PausedPhrases", "PhraseResolver", "PhraseSource"]


class PhraseSource(Protocol):
    """What the resolver reads: the Store, or a snapshot of it (``resolve``)."""

    def phrase_index(self) -> list[tuple[str, str, str]]: ...

    def phrases_signature(self) -> Any: ...


class PausedPhrases:
    """The phrases of the routines switched off ("pause good night"), as a source for a
    resolver of their own: said loosely ("goodnight", "run good night"), a paused
    routine's phrase is told as paused, not offered as a new phrase to learn (a "yes"
    taught a second routine under its words). The resolver's own index leaves them out."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def phrase_index(self) -> list[tuple[str, str, str]]:
        return [(p.text, r.name, str(p.origin)) for r in self.store.routines()
                if not r.enabled for p in r.phrases]

    def phrases_signature(self) -> Any:
        return self.store.phrases_signature()


class PhraseResolver:
    """``resolve(text)`` against the store's phrases; the index is cached until a
    phrase is added, removed or renamed (``Store.phrases_signature``)."""

    def __init__(self, store: PhraseSource, settings: ResolverSettings | None = None) -> None:
        self.store = store
        self.settings = settings or ResolverSettings()
        self._lock = threading.Lock()
        self._resolver: Resolver | None = None
        self._signature: tuple[Any, ...] | None = None
        self._origins: dict[tuple[str, str], str] = {}

    @classmethod
    def from_settings(cls, store: PhraseSource, settings: Settings) -> PhraseResolver:
        """With the thresholds of the settings file's ``resolver`` section (the same
        parse as ``AppConfig``), without loading the rest of the engine's settings."""
        return cls(store, ResolverSettings.from_section(settings.section("resolver")))

    def current(self) -> Resolver:
        """The resolver for the phrases taught now."""
        signature = self.store.phrases_signature()
        with self._lock:
            if self._resolver is None or signature != self._signature:
                from ..understanding.resolver import Resolver

                index = self.store.phrase_index()
                self._resolver = Resolver(phrase_entries(index), self.settings)
                self._origins = {(r.casefold(), phrase_key(t)): o for t, r, o in index}
                self._signature = signature
            return self._resolver

    def origin(self, routine: str, phrase: str) -> str | None:
        """Where a phrase came from (taught, alias, learned), from the cached index."""
        return self._origins.get((routine.casefold(), phrase_key(phrase)))

    def resolve(self, text: str) -> Resolution:
        return self.current().resolve(text)

    def resolve_draft(self, text: str, draft: Routine, previous_name: str | None = None
                      ) -> Resolution:
        """What ``text`` would mean if ``draft`` were saved in place of the routine
        ``previous_name`` (the editor's Test: the phrases being edited, not the saved
        ones). Built afresh each time: it is asked once per click."""
        from ..understanding.resolver import Resolver

        name = draft.name.strip() or "this routine"
        skip = {n.strip().casefold() for n in (previous_name, draft.name) if n and n.strip()}
        entries = [entry for entry in phrase_entries(self.store.phrase_index())
                   if entry.routine.casefold() not in skip]
        if draft.enabled:
            entries += [PhraseEntry(p.text, name, p.origin) for p in draft.phrases
                        if p.text.strip()]
        return Resolver(entries, self.settings).resolve(text)
