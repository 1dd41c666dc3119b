""""play X" of a TV or speaker switches it on: a player here has no playing state
(docs/cli.md), so playing one is switching it on. They were "I don't know "play the tv".
Shall I learn it?" (``_command_one.CommandReader._player_played``)."""

from __future__ import annotations

from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep


def test_play_the_tv_switches_it_on(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "play the tv") == ["TV: on."]
    assert said(assistant, "play the tv") == ["TV is already on."]
    assert not store.device("media_player.office_speaker").state.get("on")


def test_play_with_no_player_named_asks_which(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "play some music") == [
        "Do you want me to turn on TV and Office speaker? Say yes, or which one."]
    assert not store.device("media_player.tv").state.get("on")


def test_only_a_player_plays(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "play the desk lamp") == [
        'I don\'t know "play the desk lamp". Shall I learn it?']
    assert said(assistant, "play some jazz") == [
        'I don\'t know "play some jazz". Shall I learn it?']
    assert not store.device("light.desk_lamp").state.get("on")


def test_a_taught_phrase_with_play_still_wins(store):
    add_routine(store, "Quiet tv", ["play the tv"],
                [SetStep("media_player.tv", {"on": True, "volume": 5})])
    assistant, _events = make_assistant(store)
    assert said(assistant, "play the tv") == ["Quiet tv: set TV on at 5 %."]
    assert store.device("media_player.tv").state["volume"] == 5
