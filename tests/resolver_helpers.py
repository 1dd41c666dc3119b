"""Helpers for the resolver's tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from teachapp.understanding import Resolver
from teachapp.understanding._other_word import pronunciation
from teachapp.understanding.resolution import Decision, PhraseEntry


def runs(resolver: Resolver, text: str) -> str | None:
    """The routine ``text`` runs without a question, or None (asked about or rejected)."""
    result = resolver.resolve(text)
    return result.routine if result.decision == Decision.RUN else None


def taught_resolver(*taught: tuple[str, str]) -> Callable[[], Resolver]:
    """A module's ``resolver`` fixture: one Resolver over a small home of (phrase, routine)
    pairs, built once per module. ``resolver = taught_resolver(("lock up", "Lock"), ...)``
    at a test module's top, then tests take ``resolver``."""
    home = [PhraseEntry(phrase, routine) for phrase, routine in taught]

    @pytest.fixture(scope="module", name="resolver")
    def _resolver() -> Resolver:
        return Resolver(home)

    return _resolver


needs_dictionary = pytest.mark.skipif(
    pronunciation("bank") is None,
    reason="PocketSphinx's dictionary is not installed")
"""Skips a test that reads words' sounds when the CMU dictionary is not installed."""
