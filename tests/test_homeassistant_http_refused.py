"""Home Assistant's address answering plain HTTP errors instead of the WebSocket: a
server failing (500) and a login in front of it (401). A real HTTP server on a local
port answers as they do; the backend and a run are teachapp's own, nothing mocked."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from teachapp.domain import SetStep
from teachapp.home import Executor
from teachapp.home.homeassistant import HaConfig, HomeAssistantBackend


def _answering(status: int) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # as a proxy or Home Assistant answers

        def do_GET(self) -> None:  # noqa: N802 - the standard library's name
            body = b"error"
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.mark.parametrize(("status", "said", "not_said"), [
    (500, "answered with an error (HTTP 500 Internal Server Error): it is starting, "
          "stopping or failing, and its log says why", "check the URL"),
    (401, "refused the connection (HTTP 401 Unauthorized) before Home Assistant saw the "
          "token: something in front of it asks for its own login", "not as Home Assistant"),
])
def test_an_http_error_says_what_it_means_not_to_check_the_url(store, status, said,
                                                               not_said):
    server = _answering(status)
    url = f"http://127.0.0.1:{server.server_address[1]}"
    live = HomeAssistantBackend(store, HaConfig(url, "a-token", max_backoff=1.0))
    live.start()
    try:
        assert not live.wait_connected(20, first_try=True)
        # was: "… answered, but not as Home Assistant (server rejected WebSocket
        # connection: HTTP 500); check the URL …", of the right URL
        assert said in live.status().message and not_said not in live.status().message
        result = Executor(live, store).run([SetStep(device="light.desk_lamp",
                                                    set={"on": True})])
        assert said in result.summary and "The step did not run." in result.summary
    finally:
        live.close()
        server.shutdown()
        server.server_close()


def test_before_home_assistant_answers_the_simulated_home_is_not_its_devices(tmp_path):
    """The window and 'teachapp devices' showed the simulated home's twelve devices as
    Home Assistant's until it first answered (here: it answers 500)."""
    from teachapp.home import ensure_default_home
    from teachapp.home.factory import home_devices
    from teachapp.settings import Settings
    from teachapp.store import Store

    server = _answering(500)
    settings = Settings(tmp_path / "settings.json")
    url = f"http://127.0.0.1:{server.server_address[1]}"
    settings.update("backend", type="homeassistant", url=url)
    try:
        with Store.open(tmp_path / "home.sqlite3") as store:
            ensure_default_home(store)
            live = HomeAssistantBackend(store, HaConfig(url, token="t", max_backoff=0.2))
            live.start()
            try:
                assert live.devices() == []
                assert home_devices(store.devices(), settings) == []
            finally:
                live.close()
            store.import_all([store.device("light.desk_lamp")], [],
                             drop_devices=["light.bedroom_lamp"])  # known from before
            assert len(home_devices(store.devices(), settings)) == 11
    finally:
        server.shutdown()
