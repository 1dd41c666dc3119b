""""pause", "skip", "next", "resume" said alone with a TV or speaker in the home are asked
of its players, as "pause the tv" is: they cannot, so the reply says so and what they can
do. They were "I don't know "pause". Shall I learn it?" (``missing_ability``'s
``players``); "teach pause" still teaches the word."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said

from teachapp.domain import Device
from teachapp.store import Store

_CAN = "they can set volume and source (e.g. \"HDMI 1\")."


def test_a_player_word_alone_says_what_the_players_can_do(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "pause") == [f"TV and Office speaker can't pause; {_CAN}"]
    assert said(assistant, "skip") == [f"TV and Office speaker can't skip; {_CAN}"]
    assert said(assistant, "next") == [f"TV and Office speaker can't skip; {_CAN}"]
    assert said(assistant, "resume") == [f"TV and Office speaker can't resume; {_CAN}"]
    assert said(assistant, "pause in the office") == [  # of the room said
        "Office speaker can't pause; it can set volume and source (e.g. \"HDMI 1\")."]
    assert not store.device("media_player.tv").state.get("on")  # nothing changed


def test_teaching_the_word_stays_possible(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "teach pause")[0].startswith('What should "pause" do?')


def test_without_a_player_the_word_is_offered_for_teaching(tmp_path):
    with Store.open(tmp_path / "bare.sqlite3") as bare:
        bare.save_devices([Device("light.desk_lamp", "Desk lamp", "Office")])
        assistant, _events = make_assistant(bare)
        assert said(assistant, "pause") == ['I don\'t know "pause". Shall I learn it?']
