"""The settings every front end decides with, parsed once from settings.json.

``AppConfig.load`` reads the typed sections the engine uses (resolver thresholds,
learning windows, the confidence rules for commands). The window, ``chat``,
``listen``, ``run`` and ``resolve`` all build their engine from it, so a threshold
set in the Settings dialog holds everywhere. Speech and backend sections are read
by their own layers from the same ``Settings`` object.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from ..settings import Settings, keyed_section_problems, section_problems
from ..understanding.learning import LearningSettings
from ..understanding.resolution import ResolverSettings
from .decision import ConversationSettings

__all__ = ["AppConfig", "ignored_settings", "ignored_settings_said"]


@dataclass(frozen=True)
class AppConfig:
    """The typed sections of one settings file."""

    resolver: ResolverSettings = field(default_factory=ResolverSettings)
    learning: LearningSettings = field(default_factory=LearningSettings)
    conversation: ConversationSettings = field(default_factory=ConversationSettings)

    @classmethod
    def load(cls, settings: Settings) -> AppConfig:
        return cls(resolver=ResolverSettings.from_section(settings.section("resolver")),
                   learning=LearningSettings.from_section(settings.section("learning")),
                   conversation=ConversationSettings.from_section(
                       settings.section("conversation")))


def ignored_settings(settings: Settings) -> list[str]:
    """Each setting of ``settings`` that is ignored, a sentence with the fix: an entry
    outside a section or in one teachapp does not know, a misspelt key, a value of the
    wrong kind (``doctor`` and the window say them)."""
    return settings.loose + [
        problem for part in fields(AppConfig)
        for problem in section_problems(type(getattr(AppConfig(), part.name)),
                                        settings.section(part.name), name=part.name)
    ] + keyed_section_problems(settings)


def ignored_settings_said(settings: Settings) -> str | None:
    """:func:`ignored_settings` in one sentence with the file (``doctor``), or None."""
    ignored = ignored_settings(settings)
    return f"{settings.path}: {' '.join(ignored)} Fix them there." if ignored else None
