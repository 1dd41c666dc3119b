"""What an open-vocabulary recogniser (Whisper) wrote runs a routine only when it is a
taught phrase itself, carriers aside (``decision.gate_resolution``): a phrasal verb's
particle said after the phrase, and a phrase of the routine other than the one that
scored best, are still the phrase itself."""

from __future__ import annotations

from _assistant_helpers import add_routine, make_assistant

from teachapp.conversation.models import Source, TurnInput
from teachapp.domain import SetStep


def _audio(text: str) -> TurnInput:
    return TurnInput(text, Source.AUDIO, 0.9, open_vocabulary=True)


def _home(store) -> None:  # type: ignore[no-untyped-def]
    add_routine(store, "Reading mode", ["reading mode", "time to read"],
                [SetStep("light.living_room_lamp", {"on": True, "brightness": 100})])
    add_routine(store, "Movie night", ["movie night", "movie time"],
                [SetStep("media_player.tv", {"on": True, "volume": 35})])
    add_routine(store, "Good night", ["good night", "bed time"],
                [SetStep("light.living_room_lamp", {"on": False})])


def test_a_particle_after_the_phrase_runs_it(store) -> None:  # type: ignore[no-untyped-def]
    _home(store)
    assistant, _events = make_assistant(store)
    for text in ("switch movie night on", "hey could you put the reading mode on for me",
                 "turn the reading mode on"):
        assert assistant.preview(_audio(text)).resolution.decision == "run", text
        # ("turn the reading mode on" scores best against "time to read": the phrase
        # said is the routine's other one)
    assert assistant.preview(_audio("turn movie night off")).resolution.decision != "run"
    lines = assistant.handle(_audio("turn the reading mode on")).lines
    assert lines[0].startswith("Reading mode"), lines


def test_a_misheard_word_is_still_asked_about(store) -> None:  # type: ignore[no-untyped-def]
    _home(store)
    assistant, _events = make_assistant(store)
    # typed, "reading moat" runs Reading mode (a misheard word); written by an
    # open-vocabulary engine, it is what was heard: not the phrase, so it is asked about
    assert assistant.preview(TurnInput("reading moat")).resolution.decision == "run"
    assert assistant.preview(_audio("reading moat")).resolution.decision == "clarify"
    assert assistant.preview(_audio("turn the reading moat on")).resolution.decision \
        == "clarify"
