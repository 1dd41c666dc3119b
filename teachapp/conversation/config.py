"""The settings every front end decides with, parsed once from settings.json.

``AppConfig.load`` reads the typed sections the engine uses (resolver thresholds,
learning windows, the confidence rules for commands). The window, ``chat``,
``listen``, ``run`` and ``resolve`` all build their engine from it, so a threshold
set in the Settings dialog holds everywhere. Speech and backend sections are read
by their own layers from the same ``Settings`` object.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..settings import Settings
from ..understanding.learning import LearningSettings
from ..understanding.resolution import ResolverSettings
from .decision import ConversationSettings

__all__ = ["AppConfig"]


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
