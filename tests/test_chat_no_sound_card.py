"""``chat`` on a machine with no sound card says once, at start, that replies are
shown and not spoken, and how to fix it (only ``doctor`` said it)."""

from __future__ import annotations

import pytest

from teachapp.speech import sound_output

_NOTE = "No sound card found, so replies will be shown here, not spoken."


@pytest.mark.skipif(sound_output()[0], reason="this machine has a sound card")
def test_chat_says_once_that_replies_are_shown_not_spoken(teachapp_cli, tmp_path):
    proc = teachapp_cli("--db", str(tmp_path / "home.sqlite3"), "chat",
                        input="help\nwhat can you do\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count(_NOTE) == 1, proc.stderr
    assert "--no-speech" in proc.stderr and "aplay -l" in proc.stderr


def test_with_speech_off_nothing_is_said_about_sound(teachapp_cli, tmp_path):
    proc = teachapp_cli("--db", str(tmp_path / "home.sqlite3"), "--no-speech", "chat",
                        input="help\n")
    assert proc.returncode == 0, proc.stderr
    assert "sound card" not in proc.stderr
