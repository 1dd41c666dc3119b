"""A Home Assistant token revoked while teachapp runs (the person deleted it in their
profile): what a run and the status say, against a real Home Assistant. Nothing mocked;
the test makes a token of its own so the session's token stays valid."""

from __future__ import annotations

import time

import pytest

from teachapp.domain import SetStep
from teachapp.home import Executor
from teachapp.home.homeassistant import HaConfig, HomeAssistantBackend

pytest_plugins = ["ha_support"]
pytestmark = [pytest.mark.slow, pytest.mark.homeassistant]

CLIENT = "teachapp revoke test"


def wait_for(predicate, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def test_a_token_revoked_mid_session_says_to_give_a_new_one_not_to_wait(ha_server, store):
    with ha_server.ws() as admin:
        token = admin.call({"type": "auth/long_lived_access_token",
                            "client_name": CLIENT, "lifespan": 1})
    live = HomeAssistantBackend(store, HaConfig(ha_server.url, token, max_backoff=1.0))
    live.start()
    try:
        assert live.wait_connected(20), live.status().message
        with ha_server.ws() as admin:  # the person deletes it in their profile
            mine = next(t for t in admin.call({"type": "auth/refresh_tokens"})
                        if t.get("client_name") == CLIENT)
            admin.call({"type": "auth/delete_refresh_token", "refresh_token_id": mine["id"]})
        assert wait_for(lambda: "refused the access token" in live.status().message)
        result = Executor(live, store).run([
            SetStep(device="switch.ac", set={"on": True}),
            SetStep(device="fan.ceiling_fan", set={"on": True})])
        said = result.summary
        print(said)
        assert "refused the access token" in said
        assert "teachapp backend homeassistant" in said  # how to give a new token
        assert "reconnects by itself" not in said and "is running" not in said
        assert said.endswith("None of the 2 steps ran.")
    finally:
        live.close()
