"""Resumable, verified downloads and safe unpacking for the model manager."""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import re
import shutil
import threading
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import ModelError

__all__ = ["Checksum", "check_space", "extract", "fetch", "os_error", "unpacked_size"]

log = logging.getLogger(__name__)

MODEL_LIST_URL = "https://alphacephei.com/vosk/models/model-list.json"
_BLOCK = 64 * 1024
_TIMEOUT = 30.0
_LOOKUP_TIMEOUT = 5.0
_MB = 1024 * 1024
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")
_USER_AGENT = "teachapp-model-manager/0.1"


@dataclass(frozen=True)
class Checksum:
    """An expected digest (``sha256`` or ``md5``), or none: then size alone is checked."""

    algorithm: str | None = None
    hexdigest: str | None = None

    @classmethod
    def pick(cls, *, sha256: str | None, url: str, name: str, official: bool) -> Checksum:
        """Given SHA-256 > the publisher's MD5 (model-list.json) > a ``URL.sha256``
        sidecar > none."""
        if sha256:
            digest = sha256.strip().lower()
            if not re.fullmatch(r"[0-9a-f]{64}", digest):
                raise ModelError(f"{sha256!r} is not a SHA-256 checksum (64 hex digits).")
            return cls("sha256", digest)
        if official:
            md5 = _publisher_md5(name)
            if md5:
                return cls("md5", md5)
        sidecar = _read_small(url + ".sha256")
        if sidecar:
            match = re.search(r"\b[0-9a-fA-F]{64}\b", sidecar)
            if match:
                return cls("sha256", match.group(0).lower())
        return cls()

    def describe(self) -> str:
        return f"{self.algorithm}:{self.hexdigest}" if self.algorithm else "size only"

    def verify(self, path: Path, url: str) -> None:
        if not self.algorithm:
            return
        digest = hashlib.new(self.algorithm)
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(_MB), b""):
                digest.update(block)
        if digest.hexdigest() != self.hexdigest:
            path.unlink(missing_ok=True)
            raise ModelError(f"The file downloaded from {url} does not match its "
                             f"{self.algorithm} checksum ({digest.hexdigest()[:12]}… instead "
                             f"of {self.hexdigest[:12]}…): it was damaged or replaced on the "
                             "way. It was deleted; run the install again to download it afresh.")


def _read_small(url: str) -> str | None:
    try:
        req = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
        with urllib.request.urlopen(req, timeout=_LOOKUP_TIMEOUT) as resp:
            return resp.read(64 * 1024).decode("utf-8", "replace")
    except (OSError, ValueError) as exc:
        log.info("no checksum at %s: %s", url, exc)
        return None


def _publisher_md5(name: str) -> str | None:
    text = _read_small(MODEL_LIST_URL)
    if not text:
        return None
    try:
        for entry in json.loads(text):
            if entry.get("name") == name and re.fullmatch(r"[0-9a-f]{32}", entry.get("md5", "")):
                return str(entry["md5"])
    except (ValueError, AttributeError, TypeError):
        pass
    return None


def _free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def check_space(folder: Path, need: int, what: str) -> None:
    """ModelError when ``folder``'s disk has less than ``need`` bytes (+10 %) free."""
    free = _free_bytes(folder)
    if need * 1.1 > free:
        raise ModelError(f"Not enough disk space {what}: about {need * 1.1 / _MB:.0f} MB "
                         f"are needed in {folder} and {free / _MB:.0f} MB are free. Free "
                         "some space, or set TEACHAPP_DATA_DIR to a disk with room, then "
                         "run the install again.")


def os_error(exc: OSError, doing: str) -> ModelError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ModelError(f"The disk filled up while {doing}; nothing half-written was "
                          "kept. Free some space and run the install again.")
    return ModelError(f"Failed while {doing}: {exc.strerror or exc}.")


def _network_words(exc: BaseException, host: str) -> str:
    """Why a download did not start, in words (not ``[Errno -2] Name or service ...``);
    the raw error stays in the log file through the exception chain."""
    import socket

    reason = getattr(exc, "reason", exc)
    if isinstance(reason, socket.gaierror):
        return f"this computer has no network connection (it cannot look up {host})"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"{host} did not answer in {int(_TIMEOUT)} seconds"
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection"
    if isinstance(reason, OSError) and reason.errno in (101, 113):  # network unreachable
        return "this computer has no network connection"
    if isinstance(exc, ValueError):
        return f"the address is not a web address ({exc})"
    text = str(getattr(reason, "strerror", None) or reason)
    return f"{host} cannot be reached ({text.lower().rstrip('.')})"


def fetch(url: str, part: Path, *, progress: Callable[[int, int | None], None] | None,
          cancel: threading.Event | None, checksum: Checksum,
          expected_mb: int | None, elsewhere: str | None = None) -> Path:
    """Download ``url`` into ``part`` (resuming it), verify, and return the finished file.

    ``elsewhere``: how to get the model without this computer's network, said when it
    cannot connect (by default a Vosk model's: download the zip, unzip it, ``use`` it)."""
    part.parent.mkdir(parents=True, exist_ok=True)
    have = part.stat().st_size if part.exists() else 0
    host = urlsplit(url).netloc or url
    headers = {"User-Agent": _USER_AGENT}
    if have:
        headers["Range"] = f"bytes={have}-"
    total: int | None = None
    try:
        resp = urllib.request.urlopen(urllib.request.Request(url, headers=headers),
                                      timeout=_TIMEOUT)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:
            total = have  # already complete: the server has nothing after our last byte
            resp = None
        else:
            raise ModelError(f"The server {host} answered {exc.code} {exc.reason} for {url}. "
                             "Check the language or the address given with --url.") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        elsewhere = elsewhere or (f"download {url} on another machine, unzip it and run "
                                  "`teachapp models use PATH`")
        raise ModelError(f"Cannot download the model: {_network_words(exc, host)}. Connect "
                         f"to the internet and run the same command again, or {elsewhere}."
                         ) from exc
    if resp is not None:
        with resp:
            have, total = _receive(resp, url, part, have, progress, cancel, expected_mb)
    if total is not None and have < total:
        raise ModelError(f"The download of {url} stopped at {have / _MB:.1f} of "
                         f"{total / _MB:.1f} MB. The part is kept in {part.parent}; run the "
                         "same install command again to resume it.")
    if total is not None and have > total:
        part.unlink(missing_ok=True)
        raise ModelError(f"The download of {url} is longer than the server announced; it "
                         "was deleted. Run the install again.")
    checksum.verify(part, url)
    done = part.with_name(part.name.removesuffix(".part"))
    os.replace(part, done)
    return done


def _receive(resp, url: str, part: Path, have: int,
             progress: Callable[[int, int | None], None] | None,
             cancel: threading.Event | None, expected_mb: int | None) -> tuple[int, int | None]:
    status = getattr(resp, "status", 200)
    length = resp.headers.get("Content-Length")
    total: int | None = None
    if status == 206:
        match = _CONTENT_RANGE.match(resp.headers.get("Content-Range", ""))
        if not match or int(match.group(1)) != have:
            raise ModelError(f"The server sent the wrong part of {url} when resuming; delete "
                             f"{part} and run the install again.")
        total = int(match.group(3)) if match.group(3) != "*" else None
    else:
        have = 0  # the server ignored the Range request: start over
        total = int(length) if length and length.isdigit() else None
    remaining = (total - have) if total is not None else (expected_mb or 0) * _MB
    check_space(part.parent, remaining, f"to download {url}")
    if progress:
        progress(have, total)
    try:
        with part.open("ab" if have else "wb") as out:
            while True:
                if cancel is not None and cancel.is_set():
                    raise ModelError(f"Download cancelled at {have / _MB:.1f} MB; the part is "
                                     f"kept in {part.parent}, and the same install command "
                                     "resumes it.")
                try:
                    block = resp.read(_BLOCK)
                except (OSError, ValueError) as exc:  # reset, timeout, IncompleteRead
                    log.info("download of %s interrupted: %s", url, exc)
                    break
                if not block:
                    break
                out.write(block)
                have += len(block)
                if progress:
                    progress(have, total)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise os_error(exc, f"downloading {url}") from exc
    return have, total


def unpacked_size(zip_path: Path) -> int:
    try:
        with zipfile.ZipFile(zip_path) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        zip_path.unlink(missing_ok=True)
        raise ModelError(f"The downloaded file {zip_path.name} is not a valid zip archive "
                         "(damaged in transfer, or the address is not a model). It was "
                         "deleted; run the install again.") from exc


def extract(zip_path: Path, dest: Path) -> None:
    """Unpack into ``dest``, refusing members that would land outside it."""
    root = dest.resolve()
    try:
        with zipfile.ZipFile(zip_path) as archive:
            for info in archive.infolist():
                target = (root / info.filename).resolve()
                if root != target and root not in target.parents:
                    raise ModelError(f"The archive {zip_path.name} holds a path outside its "
                                     f"folder ({info.filename!r}); it was not unpacked.")
            archive.extractall(root)
    except zipfile.BadZipFile as exc:
        raise ModelError(f"The downloaded file {zip_path.name} is damaged (a bad zip "
                         "archive); run the install again.") from exc
