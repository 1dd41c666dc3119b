"""``teachapp listen`` and ``teachapp models`` through the real command line."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from teachapp.cli import main


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TEACHAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TEACHAPP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("TEACHAPP_SETTINGS", str(tmp_path / "config" / "settings.json"))
    monkeypatch.setenv("TEACHAPP_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path


def _wav(folder: Path, text: str, rate: int = 44100, channels: int = 2,
         voice: str = "en") -> Path:
    raw, out = folder / "raw.wav", folder / (text.replace(" ", "_") + ".wav")
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(raw), text], check=True)
    subprocess.run(["sox", "-R", str(raw), "-r", str(rate), "-c", str(channels), str(out),
                    "pad", "0.3", "0.8"], check=True)
    return out


def _listen(db: str, wav: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["--db", db, "listen", "--wav", str(wav), "--json"]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_listen_wav_json_resolves(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """PocketSphinx (chosen in the settings): a verified taught phrase runs; untaught
    speech forced onto a taught phrase fails the check and is only offered (clarify)."""
    (env / "config").mkdir(exist_ok=True)
    (env / "config" / "settings.json").write_text(
        json.dumps({"speech": {"english_engine": "pocketsphinx"}}))
    db = str(env / "db.sqlite3")
    assert main(["--db", db, "teach", "is the garage door open",
                 "--set", "light.living_room_lamp.brightness=100"]) == 0
    assert main(["--db", db, "teach", "good night",
                 "--set", "light.living_room_lamp.on=false"]) == 0
    capsys.readouterr()
    last = _listen(db, _wav(env, "is the garage door open", 16000, 1, "en-us"), capsys)
    assert last["transcript"] == "is the garage door open"
    assert last["verified"] is True and last["verification"] >= 0.4
    assert last["decision"] == "run" and last["routine"] == "is the garage door open"
    assert {"utterance", "score", "alternatives", "timings"} <= set(last)
    assert last["timings"]["end_of_speech_to_decision"] >= last["timings"]["resolve"]
    forced = _listen(db, _wav(env, "close the garage door", 16000, 1, "en-us"), capsys)
    assert forced["transcript"] == "is the garage door open"  # the grammar forced it
    assert forced["verified"] is False and forced["decision"] == "clarify"


def test_listen_errors_are_one_line(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(env / "db.sqlite3")
    bad = env / "bad.wav"
    bad.write_bytes(b"not audio")
    assert main(["--db", db, "listen", "--wav", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not a WAV file" in err



def test_listen_with_whisper_runs_the_phrase_and_writes_other_speech_as_said(
        env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Whisper (English, the default): the taught phrase runs; other speech is written
    as it was said, so nothing is forced onto a taught phrase; teach mode hears any
    words."""
    db = str(env / "db.sqlite3")
    assert main(["--db", db, "teach", "is the garage door open",
                 "--set", "light.living_room_lamp.brightness=100"]) == 0
    capsys.readouterr()
    said = _listen(db, _wav(env, "is the garage door open", 16000, 1, "en-us"), capsys)
    assert said["engine"] == "whisper:tiny.en" and said["transcript"] == "is the garage door open"
    assert said["decision"] == "run" and said["routine"] == "is the garage door open"
    other = _listen(db, _wav(env, "close the garage door", 16000, 1, "en-us"), capsys)
    assert other["transcript"] == "close the garage door"
    assert other["decision"] != "run"
    assert main(["--db", db, "listen", "--wav", str(_wav(env, "good morning", 16000, 1,
                                                             "en-us")),
                 "--mode", "teach", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["transcript"] == "good morning"


def test_listen_with_whisper_runs_the_phrase_said_inside_a_phrasal_verb(
        env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Whisper: "turn reading mode on" is the phrase asked for as taught ("turn on reading
    mode"), so it runs rather than being asked about; "turn reading mode off" is not."""
    db = str(env / "db.sqlite3")
    assert main(["--db", db, "teach", "reading mode",
                 "--set", "light.living_room_lamp.brightness=100"]) == 0
    capsys.readouterr()
    said = _listen(db, _wav(env, "turn reading mode on", 16000, 1, "en-us"), capsys)
    assert said["transcript"] == "turn reading mode on"
    assert said["decision"] == "run" and said["routine"] == "reading mode"
    off = _listen(db, _wav(env, "turn reading mode off", 16000, 1, "en-us"), capsys)
    assert off["decision"] != "run"


def test_models_list_and_use(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "list", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any(r["lang"] == "ko" and r["ok"] for r in rows)
    assert main(["models", "use", str(env)]) == 1
    assert "not a Vosk model" in capsys.readouterr().err


def test_listen_says_a_device_question_is_answered_not_asked(
        env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Whisper (the default): "Is the coffee maker on?" beside the taught "put the coffee
    maker on" is heard as asked, never snapped onto the phrase, and chat would answer it
    from the device: listen says so, as it does for a conversation command."""
    db = str(env / "db.sqlite3")
    assert main(["--db", db, "teach", "put the coffee maker on",
                 "--set", "switch.coffee_maker.on=true"]) == 0
    capsys.readouterr()
    last = _listen(db, _wav(env, "Is the coffee maker on?", 16000, 1, "en-us"), capsys)
    assert last["transcript"] == "is the coffee maker on"
    assert (last["decision"], last["routine"], last["talk"]) == (
        "reject", None, "device_question")


def test_listen_says_a_delay_said_first_is_set_for_later(
        env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"wait five minutes, then movie night" is a one-off run and "wait an hour, then turn
    off the tv" a timer, as chat reads them: listen says so (it said nothing of either)."""
    db = str(env / "db.sqlite3")
    assert main(["--db", db, "teach", "movie night", "--set", "media_player.tv.on=true"]) == 0
    capsys.readouterr()
    routine = _listen(db, _wav(env, "wait five minutes, then movie night", 16000, 1, "en-us"),
                      capsys)
    assert (routine["decision"], routine.get("talk")) == ("reject", "schedule"), routine
    timer = _listen(db, _wav(env, "wait an hour, then turn off the tv", 16000, 1, "en-us"),
                    capsys)
    assert (timer["decision"], timer.get("talk")) == ("reject", "timer"), timer


def test_listen_reads_a_delay_said_first_before_talk_about_routines(
        env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"in ten minutes, turn off the tv" sets a timer in chat: listen said talk "add_step"
    (as if "in ROUTINE, set X" changed a routine called "ten minutes"); the timer and
    schedule checks now come before the talk, in chat's order."""
    db = str(env / "db.sqlite3")
    assert main(["--db", db, "teach", "movie night", "--set", "media_player.tv.on=true"]) == 0
    capsys.readouterr()
    timer = _listen(db, _wav(env, "in ten minutes, turn off the tv", 16000, 1, "en-us"),
                    capsys)
    assert (timer["decision"], timer.get("talk")) == ("reject", "timer"), timer


def test_listen_runs_nothing_for_a_delay_without_a_length(
        env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"in a bit, turn off the tv" asks chat how long, running nothing: listen says talk
    "timer" as chat does (before: no talk, as if it were a request to run now)."""
    db = str(env / "db.sqlite3")
    assert main(["--db", db, "teach", "movie night", "--set", "media_player.tv.on=true"]) == 0
    capsys.readouterr()
    asked = _listen(db, _wav(env, "in a bit, turn off the tv", 16000, 1, "en-us"), capsys)
    assert (asked["decision"], asked.get("talk")) == ("reject", "timer"), asked


def test_listen_hears_time_added_to_a_timer(env: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Timer talk is in Whisper's prompt: "add five minutes" (espeak-ng en-us and en-gb)
    was heard "and five minutes", and chat offered to learn it as a new phrase."""
    db = str(env / "db.sqlite3")
    assert main(["--db", db, "teach", "movie night", "--set", "media_player.tv.on=true"]) == 0
    capsys.readouterr()
    for voice in ("en-us", "en-gb"):
        heard = _listen(db, _wav(env, "add five minutes", 16000, 1, voice), capsys)
        assert heard["transcript"] == "add five minutes", voice


def test_listen_says_time_added_and_a_pause_go_to_the_timers(
        env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"add five minutes" and "pause the timer" are answered by chat's timer reader
    (time added to the only timer, or "No timer is set."; "I can't pause a timer."):
    listen says talk "timer" for both (it said no talk, as if a routine could run)."""
    db = str(env / "db.sqlite3")
    assert main(["--db", db, "teach", "movie night", "--set", "media_player.tv.on=true"]) == 0
    capsys.readouterr()
    for said in ("add five minutes", "pause the timer"):
        heard = _listen(db, _wav(env, said, 16000, 1, "en-us"), capsys)
        assert heard["transcript"] == said
        assert (heard["decision"], heard.get("talk")) == ("reject", "timer"), heard


def test_listen_says_in_words_that_chat_answers_a_timer_itself(
        env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The real recording "set a timer for 5 minutes", heard by `listen --wav`: Whisper
    writes "we'll set a timer for five minutes" (a breath before it), which chat offered
    to learn ("I don't know ... Shall I learn it?") and listen labelled no timer; a timer
    asked for after a word to begin with ("um,", "ok", "let's", "we'll") is set now. And
    without --json listen said "Decision: reject (score 0.00)" and nothing more, as for
    words it could do nothing with, where chat answers it itself ("talk" in --json)."""
    wav = (Path(__file__).resolve().parent / "data" / "speech" / "wav"
           / "stp__set_a_timer_for_5_minutes.wav")
    assert main(["--db", str(env / "db.sqlite3"), "listen", "--wav", str(wav)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-2:] == ["Decision: reject (score 0.00)",
                          "Chat answers it itself (timer); no routine runs."], lines


def test_listen_says_chat_runs_a_device_command_it_heard(
        env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The real recordings "turn on the living room lamp" and "would you please turn on
    the living room lamp", heard right: listen said "Decision: reject (score 0.00)" and
    nothing more, as for words it could do nothing with, where chat turns the lamp on
    (the same ``decide`` now says so); "please don't turn on the tv" runs nothing and says
    nothing of a command."""
    speech = Path(__file__).resolve().parent / "data" / "speech" / "wav"
    db = str(env / "db.sqlite3")
    lamp = speech / "wyoming_fw__turn_on_the_living_room_lamp.wav"
    assert main(["--db", db, "listen", "--wav", str(lamp)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-2:] == ["Decision: reject (score 0.00)",
                          "Chat runs the device command \"turn on Living room lamp\" "
                          "(confidence 1.00); no routine runs."], lines
    heard = _listen(db, speech / "voice2json__would_you_please_turn_on_the_living_room_lamp.wav",
                    capsys)
    assert (heard["decision"], heard["command"], heard["action"]) == (
        "reject", "turn on Living room lamp", "run_command"), heard
    negated = _listen(db, _wav(env, "please don't turn on the tv", 16000, 1, "en-us"), capsys)
    assert negated["decision"] == "reject" and "command" not in negated, negated


def test_listen_says_chat_runs_a_device_command(env: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The real recording "turn on the lamp" (rhasspy3's): chat turns a lamp on, as a
    built-in device command, but listen said "Decision: reject (score 0.00)" alone, as for
    words chat can do nothing with. listen now decides by chat's own rule
    (``Assistant.preview``), and says what it does; --json adds ``action`` and ``command``
    (``decision`` stays the resolver's: no taught phrase)."""
    wav = (Path(__file__).resolve().parent / "data" / "speech" / "wav"
           / "rhasspy3__turn_on_the_lamp.wav")
    db = str(env / "db.sqlite3")
    assert main(["--db", db, "listen", "--wav", str(wav)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-2] == "Decision: reject (score 0.00)", lines
    assert lines[-1].startswith("Chat runs the device command \"turn on ") and lines[-1].endswith(
        "; no routine runs."), lines
    heard = _listen(db, wav, capsys)
    assert (heard["decision"], heard["action"]) == ("reject", "run_command"), heard
    assert heard["command"].startswith("turn on ") and "lamp" in heard["command"].lower()
