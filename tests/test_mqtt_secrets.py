"""The MQTT password lives in the keyring (or an environment variable), nowhere else."""

import pytest

from teachapp.errors import ConfigError
from teachapp.home.secrets import (
    PASSWORD_ENV,
    delete_mqtt_password,
    get_mqtt_password,
    keyring_usable,
    set_mqtt_password,
)

pytest_plugins = ["mqtt_support"]  # broker, z2m and keyring fixtures


def test_without_a_keyring_the_error_says_how_to_give_the_password(no_keyring):
    assert not keyring_usable()
    with pytest.raises(ConfigError, match=f"teachapp@broker.*{PASSWORD_ENV}"):
        get_mqtt_password("teachapp", "broker")
    with pytest.raises(ConfigError, match=f"Cannot store .*{PASSWORD_ENV}") as caught:
        set_mqtt_password("teachapp", "broker", "s3cret")
    assert "s3cret" not in str(caught.value)


def test_the_environment_variable_needs_no_keyring(no_keyring, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, "from-env")
    assert get_mqtt_password("teachapp", "broker") == "from-env"


def test_keyring_round_trip(memory_keyring):
    assert keyring_usable()
    assert get_mqtt_password("teachapp", "broker") is None
    set_mqtt_password("teachapp", "broker", "s3cret")
    assert memory_keyring.entries == {("teachapp-mqtt", "teachapp@broker"): "s3cret"}
    assert get_mqtt_password("teachapp", "broker") == "s3cret"
    assert get_mqtt_password("teachapp", "other-host") is None
    assert delete_mqtt_password("teachapp", "broker") is True
    assert delete_mqtt_password("teachapp", "broker") is False
    with pytest.raises(ConfigError, match="empty"):
        set_mqtt_password("teachapp", "broker", "")
