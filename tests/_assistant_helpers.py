"""Shared helpers of the assistant tests: a controllable clock and a few routines."""

from __future__ import annotations

from teachapp.conversation import Assistant
from teachapp.domain import Phrase, Routine, SetStep, Step
from teachapp.home import CollectingSpeaker, SimulatedBackend
from teachapp.store import Store
from teachapp.understanding.resolution import ResolverSettings

STRICT = ResolverSettings(run_threshold=0.995, clarify_threshold=0.5, margin=0.05,
                          extra={"lone_threshold": 1.01})
"""Only exact phrases run; near misses ("moving mode") are clarified, whatever the
resolver's current tuning (the rule that runs a lone misheard phrase is off too): tests
of the dialogue should not depend on it."""


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def add_routine(store: Store, name: str, phrases: list[str], steps: list[Step]) -> Routine:
    return store.save_routine(Routine(name=name, phrases=[Phrase(p) for p in phrases],
                                      steps=steps, source="cli"))


def seed_routines(store: Store) -> None:
    add_routine(store, "Movie mode", ["movie mode"], [
        SetStep("media_player.tv", {"on": True, "volume": 40}),
        SetStep("light.living_room_lamp", {"on": True, "brightness": 20})])
    add_routine(store, "Reading mode", ["reading mode"], [
        SetStep("light.living_room_lamp", {"on": True, "brightness": 100})])
    add_routine(store, "Wake up", ["wake up"], [
        SetStep("cover.living_room_blinds", {"position": 100}),
        SetStep("switch.coffee_maker", {"on": True})])


def make_assistant(store: Store, clock: Clock | None = None, **kwargs) -> tuple[Assistant, list]:
    """An assistant over the simulated home, and the list its events land in."""
    assistant = Assistant(store, kwargs.pop("backend", None) or SimulatedBackend(store),
                          speaker=kwargs.pop("speaker", None) or CollectingSpeaker(),
                          clock=clock or Clock(), **kwargs)
    events: list = []
    assistant.subscribe(events.append)
    return assistant, events


def said(assistant: Assistant, *turns: str) -> list[str]:
    """Every reply line of a sequence of typed turns."""
    lines: list[str] = []
    for turn in turns:
        lines += assistant.handle_text(turn)
    return lines
