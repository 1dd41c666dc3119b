""""the tv one" said with no question open is an answer without its question, not a
level: it set the TV's volume to 1 % (the "one" read as the number), as "the lamp one"
set every lamp to 1 %. Now "one" closing such a fragment stands for the thing (the
command reader), and the device is named alone: its state and what to say to it."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said
from command_helpers import default_home

from teachapp.understanding.commands import CommandParser


@pytest.fixture(scope="module")
def parser() -> CommandParser:
    return CommandParser(default_home())


@pytest.mark.parametrize(("words", "reply"), [
    ("the tv one", "TV is off. Say what to do with it"),
    ("the desk lamp one", "Desk lamp is off. Say what to do with it"),
    ("the kitchen lights one", "Kitchen lights are off. Say what to do with them"),
])
def test_the_tv_one_alone_sets_no_level(store, words, reply):
    assistant, _events = make_assistant(store)
    before = {d.id: dict(d.state) for d in store.devices()}
    assert said(assistant, words)[0].startswith(reply)
    assert {d.id: dict(d.state) for d in store.devices()} == before


def test_the_reader_leaves_one_closing_a_fragment_but_reads_a_level_said(parser: CommandParser):
    alone = parser.parse("the tv one")
    assert alone is None or not alone.steps
    for level in ("the tv to one", "the tv 1", "tv to one percent"):
        command = parser.parse(level)
        assert command is not None and command.steps[0].set == {"volume": 1}, level
