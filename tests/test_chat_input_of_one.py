""""switch to hdmi 2" names no device; the TV and the office speaker both take an input.
It asked "Do you want me to switch TV and Office speaker to HDMI 2? Say yes, or which
one." even with the TV on and the speaker off, and "yes" switched both on, the speaker to
HDMI 2. One input is for one device: the one playing, or else which is asked."""

from __future__ import annotations

from conftest import chat_lines, device_states

_ENV = {"TEACHAPP_NOW": "2026-12-07T21:00+00:00", "TZ": "UTC"}


def test_the_one_playing_is_switched(db_path):
    lines = chat_lines(db_path, "turn on the tv", "switch to hdmi 2", env=_ENV)
    assert lines == ["TV: on.", "TV: on, source HDMI 2."]
    assert device_states(db_path)["media_player.office_speaker"]["on"] is False


def test_none_playing_asks_which_and_yes_picks_none(db_path):
    lines = chat_lines(db_path, "switch to hdmi 2", "yes", "the tv", env=_ENV)
    assert lines == ["Which one do you mean: TV or Office speaker?",
                     "Which one do you mean: TV or Office speaker?",
                     "TV: on, source HDMI 2."]
    assert device_states(db_path)["media_player.office_speaker"]["on"] is False


def test_both_playing_asks_which(db_path):
    lines = chat_lines(db_path, "turn on the tv", "turn on the office speaker", "switch to aux",
                       "the speaker", env=_ENV)
    assert lines[2:] == ["Which one do you mean: TV or Office speaker?",
                         "Office speaker: on, source AUX."]
