"""One rule for every section of settings.json: the sections each layer reads key by key
(speech, backend, gui, location) are checked as the resolver's is (``parse_section``'s
rule): a misspelt key or a value of the wrong kind is said on stderr and in doctor.

On main a misspelt key there ("tts_speed", "hots", "theem") was ignored without a word,
"tls": "no" turned TLS on (any text is true), and a misspelt backend type said "…
('teachapp backend simulated' resets it).); using the simulated home" in chat and the
window: a bracket inside a bracket, and no hint that "mqqt" meant "mqtt".
"""

from __future__ import annotations

import json


def _env(tmp_path, settings: dict) -> dict[str, str]:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(settings))
    return {"TEACHAPP_SETTINGS": str(path)}


def test_misspelt_keys_in_the_speech_backend_and_gui_sections_are_said(teachapp_cli,
                                                                      tmp_path):
    env = _env(tmp_path, {"speech": {"tts_speed": 200}, "backend": {"hots": "pi.local"},
                          "gui": {"theem": "dark"}, "location": {"city": "Oslo"}})
    said = [
        "The setting speech.tts_speed is not one teachapp knows, so it is ignored; the "
        "speech settings are language, english_engine, input_device, model_path, "
        "model_lang, whisper_path, whisper_threshold, verify_threshold, tts_enabled, "
        "tts_voice, tts_rate.",
        "The setting backend.hots is not one teachapp knows, so it is ignored; the backend "
        "settings are type, host, port, username, tls, ca_file, base_topic, keepalive, "
        "reconnect_min, reconnect_max, url.",
        "The setting gui.theem is not one teachapp knows, so it is ignored; the gui "
        "settings are theme, push_to_talk, start_minimised, guide_done, geometry, state, "
        "splitters.",
        "The setting location.city is not one teachapp knows, so it is ignored; the "
        "location settings are place, latitude, longitude, timezone."]
    proc = teachapp_cli("--db", str(tmp_path / "home.db"), "--no-speech", "run",
                        "desk lamp on", env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == [f"teachapp: {line}" for line in said]
    doctor = teachapp_cli("--db", str(tmp_path / "home.db"), "doctor", "--json", env=env)
    checks = {c["check"]: c for c in map(json.loads, doctor.stdout.splitlines())}
    assert checks["settings"]["ok"] is False
    assert checks["settings"]["message"] == (f"{tmp_path / 'settings.json'}: "
                                             + " ".join(said) + " Fix them there.")


def test_a_value_of_the_wrong_kind_is_left_out_for_every_reader(teachapp_cli, tmp_path):
    env = _env(tmp_path, {"backend": {"type": "mqtt", "host": "127.0.0.1", "tls": "no"}})
    proc = teachapp_cli("backend", "show", "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ('teachapp: The setting backend.tls = "no" is ignored (it must be '
                           "true or false); its default, false, is used.\n")
    shown = json.loads(proc.stdout)
    assert shown["host"] == "127.0.0.1" and shown["tls"] is None  # was "no": TLS on


def test_a_value_of_the_wrong_kind_keeps_the_default_in_the_engine(tmp_path):
    from teachapp.home.mqtt_config import MqttConfig
    from teachapp.settings import Settings

    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"backend": {"type": "mqtt", "host": "h", "tls": "false"}}))
    settings = Settings(path)
    assert MqttConfig.from_settings(settings.section("backend")).tls is False
    assert json.loads(path.read_text())["backend"]["tls"] == "false"  # the file is kept


def test_a_misspelt_backend_type_names_the_likely_one_without_a_bracket_in_a_bracket(
        teachapp_cli, tmp_path):
    env = _env(tmp_path, {"backend": {"type": "mqqt"}})
    settings = tmp_path / "settings.json"
    said = (f"Unknown device backend 'mqqt' in {settings}; did you mean 'mqtt'? The backends "
            "are simulated, mqtt and homeassistant; 'teachapp backend simulated' resets it.")
    proc = teachapp_cli("--db", str(tmp_path / "home.db"), "--no-speech", "run",
                        "desk lamp on", env=env)
    assert proc.returncode == 1
    assert proc.stderr == f"teachapp: {said}\n"
    chat = teachapp_cli("--db", str(tmp_path / "home.db"), "--no-speech", "chat",
                        input="desk lamp on\n", env=env)
    assert chat.returncode == 0, chat.stderr
    # (was "could not start (Unknown … resets it.); using the simulated home.")
    assert f"The device backend could not start: {said} Until it can, the simulated home " \
        "is used" in chat.stderr
    assert "(" not in said and ")" not in said
    other = teachapp_cli("--db", str(tmp_path / "home.db"), "--no-speech", "run", "x",
                         env=_env(tmp_path, {"backend": {"type": "kodi"}}))
    assert other.stderr == (f"teachapp: Unknown device backend 'kodi' in {settings}. The "
                            "backends are simulated, mqtt and homeassistant; 'teachapp "
                            "backend simulated' resets it.\n")


def test_an_mqtt_number_that_is_not_one_names_the_setting():
    import pytest

    from teachapp.errors import ConfigError
    from teachapp.home.mqtt_config import MqttConfig

    # was: "The MQTT settings have a value that is not a number (invalid literal for
    # int() with base 10: 'abc'); …", which setting left to guess
    with pytest.raises(ConfigError) as port:
        MqttConfig.from_settings({"type": "mqtt", "host": "hub", "port": "abc"})
    assert str(port.value) == (
        "The MQTT setting backend.port is 'abc', not a port number; run 'teachapp backend "
        "mqtt --host hub --port PORT' again to fix it.")
    with pytest.raises(ConfigError, match=r"backend\.reconnect_max is 'soon', not a number "
                                          r"of seconds"):
        MqttConfig.from_settings({"host": "hub", "port": 1883, "reconnect_max": "soon"})
    assert MqttConfig.from_settings({"host": "hub", "port": "1884"}).port == 1884


def test_a_backend_that_cannot_start_says_how_to_change_it_where_the_person_is(
        teachapp_cli, tmp_path, monkeypatch):
    """chat said "change it in Settings → Devices" at the command line, which has no
    Settings: it names the command of the backend chosen; the window keeps its place."""
    import argparse

    env = _env(tmp_path, {"backend": {"type": "homeassistant", "url": "ftp://x"}})
    said = ("The device backend could not start: 'ftp://x' is not a Home Assistant address; "
            "give one like http://homeassistant.local:8123. Until it can, the simulated home "
            "is used")
    chat = teachapp_cli("--db", str(tmp_path / "home.db"), "--no-speech", "chat",
                        input="", env=env)
    assert chat.returncode == 0, chat.stderr
    assert f"teachapp: {said}; 'teachapp backend homeassistant --url URL --test' sets it " \
        "again ('teachapp backend show' says what is set now).\n" in chat.stderr
    assert "Settings" not in chat.stderr
    monkeypatch.setenv("TEACHAPP_SETTINGS", env["TEACHAPP_SETTINGS"])
    from teachapp.gui.bridge import _load_engine

    engine = _load_engine(argparse.Namespace(db=str(tmp_path / "home.db"), no_speech=True))
    try:
        assert f"{said}; change it in Settings → Devices." in engine.notes
    finally:
        engine.close()
