"""Helpers for the resolver's tests."""

from __future__ import annotations

from teachapp.understanding import Resolver
from teachapp.understanding.resolution import Decision


def runs(resolver: Resolver, text: str) -> str | None:
    """The routine ``text`` runs without a question, or None (asked about or rejected)."""
    result = resolver.resolve(text)
    return result.routine if result.decision == Decision.RUN else None
