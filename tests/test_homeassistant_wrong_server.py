"""`teachapp backend homeassistant --url URL` where another web server answers (a plain
`python -m http.server`, a page on the wrong port): refused with what is wrong and how to
fix it, exit 1, nothing saved. It was saved, "teachapp keeps trying whenever it runs",
exit 0: no amount of trying finds Home Assistant there. Real servers on local ports."""

from __future__ import annotations

import functools
import io
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from teachapp.cli import main
from teachapp.settings import Settings

pytest_plugins = ["mqtt_support"]  # memory_keyring


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *_args: object) -> None:
        pass


class _Http11(_Quiet):
    protocol_version = "HTTP/1.1"  # (a 404 the WebSocket client reads as a status)


@pytest.fixture(params=[_Quiet, _Http11], ids=["http.server", "http/1.1"])
def web_server(request, tmp_path):
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "index.html").write_text("<h1>My photos</h1>")
    handler = functools.partial(request.param, directory=str(tmp_path / "www"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("test", [False, True], ids=["saving", "--test"])
def test_another_web_server_is_refused_and_nothing_is_saved(
        web_server, test, memory_keyring, _private_dirs, tmp_path, monkeypatch, capsys):
    settings = Settings(_private_dirs / "config" / "settings.json")
    monkeypatch.setattr("sys.stdin", io.StringIO("a-token\n"))
    code = main(["--db", str(tmp_path / "home.sqlite3"), "backend", "homeassistant",
                 "--url", web_server, "--wait", "5", *(["--test"] if test else [])])
    said = capsys.readouterr()
    assert code == 1, said
    line = said.err.strip()
    assert line.startswith(f"teachapp: {web_server} answers, but it is not Home Assistant: "
                           "it has no Home Assistant WebSocket API at /api/websocket ("), line
    assert "Give Home Assistant's own address, the one its web page opens at (e.g. " \
        "http://homeassistant.local:8123; its port is 8123 unless it was changed). " \
        "Nothing was saved." in line
    assert "keeps trying" not in said.out + said.err and "\n" not in line
    assert not settings.path.exists() and not memory_keyring.entries
