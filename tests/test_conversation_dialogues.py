"""Every scripted dialogue of benchmarks/dialogues.py through the real engine and a
real SQLite file: the replies hold what they must, the routines end as expected,
and no device changes that the dialogue did not ask to change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from dialogues import dialogues, run_dialogue, template  # noqa: E402

SCRIPTS = dialogues()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return template(tmp_path_factory.mktemp("template"))


def test_there_are_at_least_sixty_dialogues_of_every_kind():
    kinds = {d.kind for d in SCRIPTS}
    assert len(SCRIPTS) >= 60
    assert kinds == {"explain", "describe", "forget", "rename", "phrase", "clash", "which one"}


@pytest.mark.parametrize("dialogue", SCRIPTS, ids=[f"{d.kind}-{d.name}" for d in SCRIPTS])
def test_dialogue(dialogue, base, tmp_path):
    outcome = run_dialogue(dialogue, base, tmp_path)
    assert outcome.problems == [], "\n".join(outcome.transcript)
    assert outcome.unintended == [], "\n".join(outcome.transcript)
