"""Packaging: the wheel that pip and pipx install, and the desktop integration files.

The wheel is built once (offline, with the hatchling in this venv), inspected, and
installed into a fresh venv that borrows this venv's dependencies, so the installed
``teachapp`` command is checked without a network. The PyInstaller bundle is slower to
build and has its own smoke test (``make dist-test``).
"""

from __future__ import annotations

import ast
import configparser
import importlib.metadata as metadata
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
APP_ID = "io.github.teachapp.Teachapp"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("hatchling") is None:
        pytest.skip("hatchling is not installed in this venv (needed to build offline)")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "-w", str(out), str(REPO)],
        check=True, env=_clean_env(PIP_DISABLE_PIP_VERSION_CHECK="1"), timeout=120)
    (built,) = out.glob("teachapp-*.whl")
    return built


def _dist_info(names: list[str], file: str) -> str:
    (match,) = [n for n in names if re.fullmatch(rf"teachapp-[^/]+\.dist-info/{file}", n)]
    return match


def test_wheel_carries_assets_migrations_and_data(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for required in (
        "teachapp/assets/home.yaml",
        "teachapp/assets/examples.yaml",
        "teachapp/assets/icons/teachapp.svg",
        "teachapp/store/migrations/env.py",
        "teachapp/store/migrations/script.py.mako",
        "teachapp/store/migrations/versions/0001_initial.py",
        "teachapp/understanding/data/commands.yaml",
    ):
        assert required in names, f"{required} is missing from {wheel.name}"
    # Every revision in the checkout ships (an old database must be upgradable).
    for revision in (REPO / "teachapp/store/migrations/versions").glob("*.py"):
        assert f"teachapp/store/migrations/versions/{revision.name}" in names
    leftovers = [n for n in names if n.endswith(".pyc") or "__pycache__" in n
                 or n.startswith(("tests/", "teachapp/tests/"))]
    assert leftovers == []


def test_wheel_entry_points(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    parser = configparser.ConfigParser()
    parser.read_string(archive.read(_dist_info(archive.namelist(), "entry_points.txt")).decode())
    assert parser["console_scripts"]["teachapp"].strip() == "teachapp.cli:main"
    assert parser["gui_scripts"]["teachapp-gui"].strip() == "teachapp.cli:gui_main"


def _imported_distributions() -> dict[str, set[str]]:
    """Third-party distributions the teachapp package imports -> the files importing them."""
    by_module = metadata.packages_distributions()
    found: dict[str, set[str]] = {}
    for path in (REPO / "teachapp").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top == "teachapp" or top in sys.stdlib_module_names:
                    continue
                for dist in by_module.get(top, [top]):
                    found.setdefault(_normalise(dist), set()).add(
                        str(path.relative_to(REPO)))
    return found


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_closure(requirements: list[str]) -> set[str]:
    """The declared distributions and what they need in turn (installed metadata)."""
    seen: set[str] = set()
    todo = list(requirements)
    while todo:
        requirement = todo.pop()
        if ";" in requirement and "extra ==" in requirement.split(";", 1)[1]:
            continue
        name = _normalise(re.split(r"[\s;<>=!~\[(]", requirement.strip(), maxsplit=1)[0])
        if name in seen:
            continue
        seen.add(name)
        try:
            todo.extend(metadata.requires(name) or [])
        except metadata.PackageNotFoundError:
            pass
    return seen


def test_wheel_declares_what_the_code_imports(wheel: Path) -> None:
    """`pipx install .` only installs what the wheel declares; an undeclared import
    works here (the dev venv has it) and fails on a person's machine."""
    archive = zipfile.ZipFile(wheel)
    meta = archive.read(_dist_info(archive.namelist(), "METADATA")).decode()
    declared = [line.split(":", 1)[1].strip() for line in meta.splitlines()
                if line.startswith("Requires-Dist:")]
    available = _requirement_closure(declared)
    missing = {dist: sorted(files) for dist, files in _imported_distributions().items()
               if dist not in available}
    assert missing == {}, f"imported but not in pyproject dependencies: {missing}"


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; dependencies come from this venv."""
    target = tmp_path_factory.mktemp("fresh") / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / "bin" / "python"
    site = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True).stdout.strip())
    # A plain path line: this venv's packages become importable, but its .pth files
    # (the editable teachapp install among them) are not processed.
    (site / "borrowed_deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
         "--no-deps", "--no-index", str(wheel)],
        check=True, env=_clean_env(PIP_DISABLE_PIP_VERSION_CHECK="1"), timeout=120)
    return target


def test_installed_wheel_runs(installed: Path, wheel: Path, tmp_path: Path) -> None:
    bin_dir = installed / "bin"
    assert (bin_dir / "teachapp-gui").is_file()
    version = wheel.name.split("-")[1]
    env = _clean_env()
    done = subprocess.run([str(bin_dir / "teachapp"), "--version"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"teachapp {version}"

    # The package, its assets and its migrations come from the wheel, not the checkout.
    probe = subprocess.run(
        [str(bin_dir / "python"), "-c",
         "import teachapp, teachapp.paths as p; print(teachapp.__file__); "
         "print(p.assets_dir())"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=True)
    package_file, assets = probe.stdout.split()
    assert Path(package_file).is_relative_to(installed)
    assert Path(assets) == Path(package_file).parent / "assets"

    db = tmp_path / "fresh.sqlite3"
    imported = subprocess.run(
        [str(bin_dir / "teachapp"), "--db", str(db), "--no-speech", "import",
         str(Path(assets) / "examples.yaml")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert imported.returncode == 0, imported.stderr
    resolved = subprocess.run(
        [str(bin_dir / "teachapp"), "--db", str(db), "--no-speech", "resolve", "--json",
         "reading mode"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert resolved.returncode == 0, resolved.stderr
    assert '"decision": "run"' in resolved.stdout


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Icon"] == APP_ID
    assert section["Exec"] == "teachapp-gui"
    assert section["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(DESKTOP)],
                              capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_validates() -> None:
    text = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{DESKTOP.name}</launchable>' in text
    if not shutil.which("appstreamcli"):
        pytest.skip("appstreamcli is not installed")
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not re.search(r"^[EW]:", done.stdout, re.MULTILINE), done.stdout


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_icons_in_every_size() -> None:
    for size in ICON_SIZES:
        assert _png_size(PACKAGING / "icons" / f"{size}x{size}.png") == (size, size)
    assert (PACKAGING / "icons" / "teachapp.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_menu_icon_is_the_window_icon(qapp) -> None:
    """The PNGs in the menu are the drawing the window and tray show (app_icon())."""
    icons = pytest.importorskip("teachapp.gui.icons")
    from PySide6.QtGui import QImage

    window_icon = icons.app_icon()
    assert not window_icon.isNull()
    drawn = window_icon.pixmap(64, 64).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    shipped = QImage(str(PACKAGING / "icons" / "64x64.png")).convertToFormat(
        QImage.Format.Format_ARGB32)
    assert (drawn.width(), drawn.height()) == (shipped.width(), shipped.height()) == (64, 64)
    total = 0
    for y in range(64):
        for x in range(64):
            a, b = drawn.pixelColor(x, y), shipped.pixelColor(x, y)
            total += sum(abs(p - q) for p, q in zip(a.getRgb(), b.getRgb(), strict=True))
    mean = total / (64 * 64 * 4)
    # Two renderers (Qt, librsvg) differ only along anti-aliased edges.
    assert mean < 3, f"packaging/icons differ from the app icon (mean {mean:.1f}/255); " \
                     "run `make icons`"


def test_install_desktop_for_the_user(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    script = PACKAGING / "install_desktop.sh"
    command = f"{sys.executable} -m teachapp gui"
    subprocess.run(["sh", str(script), "--data-home", str(data_home), "--exec", command],
                   check=True, capture_output=True, text=True, timeout=60)
    installed = [
        data_home / "applications" / f"{APP_ID}.desktop",
        data_home / "metainfo" / f"{APP_ID}.metainfo.xml",
        data_home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg",
        *(data_home / f"icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in ICON_SIZES),
    ]
    for path in installed:
        assert path.is_file(), path
    assert f"Exec={command}\n" in installed[0].read_text(encoding="utf-8")

    env = {**os.environ, "HOME": str(tmp_path / "home"),
           "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
           "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
           "XDG_STATE_HOME": str(tmp_path / "xdg-state"),
           "XDG_CACHE_HOME": str(tmp_path / "xdg-cache")}
    for variable in ("TEACHAPP_DATA_DIR", "TEACHAPP_CONFIG_DIR", "TEACHAPP_LOG_DIR",
                     "TEACHAPP_CACHE_DIR", "TEACHAPP_DB"):
        env.pop(variable, None)
    done = subprocess.run(["sh", str(script), "--uninstall", "--data-home", str(data_home)],
                          check=True, capture_output=True, text=True, timeout=60, env=env)
    assert [p for p in installed if p.exists()] == []
    # It says where the person's data stays: the folders the app itself uses (it said
    # "Your routines, settings and logs are kept (see README.md, 'Uninstalling').",
    # a README a person who installed the bundle may never have had).
    probe = subprocess.run(
        [sys.executable, "-c", "from teachapp import paths; print(paths.data_dir()); "
         "print(paths.config_dir()); print(paths.log_dir()); print(paths.cache_dir())"],
        check=True, capture_output=True, text=True, timeout=60, env=env)
    data, config, log, cache = probe.stdout.split("\n")[:4]
    assert f"routines, history and backups: {data}\n" in done.stdout
    assert f"settings: {config}\n" in done.stdout
    assert f"log: {log}\n" in done.stdout and f"{cache}\n" in done.stdout
    assert "README" not in done.stdout


def _spec_excludes() -> list[str]:
    tree = ast.parse((PACKAGING / "teachapp.spec").read_text(encoding="utf-8"))
    (found,) = [node.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "excludes" for t in node.targets)]
    return [ast.literal_eval(item) for item in found.elts]  # type: ignore[attr-defined]


def test_the_bundle_leaves_out_no_module_teachapp_imports() -> None:
    """The spec's exclude list drops whole modules from the bundle; one teachapp imports
    (QtNetwork, for the one-window socket) made the bundle's `teachapp gui`, which the
    menu entry runs, stop at once with "No module named 'PySide6.QtNetwork'", while
    `gui --screenshot` (the smoke test's window check) never imported it."""
    excludes = _spec_excludes()
    assert "PySide6.QtWebEngineCore" in excludes  # (the list was found)
    used: dict[str, set[str]] = {}
    for source in sorted((REPO / "teachapp").rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom)
                     and node.module and not node.level else [])
            for name in names:
                for excluded in excludes:
                    if name == excluded or name.startswith(excluded + "."):
                        used.setdefault(excluded, set()).add(
                            str(source.relative_to(REPO)))
    assert used == {}, f"imported by teachapp but excluded from the bundle: {used}"


def _spec_list(name: str) -> list[str]:
    tree = ast.parse((PACKAGING / "teachapp.spec").read_text(encoding="utf-8"))
    (found,) = [node.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)]
    return [ast.literal_eval(item) for item in found.elts]  # type: ignore[attr-defined]


def test_the_bundle_leaves_out_no_data_file_teachapp_reads() -> None:
    """The spec leaves PocketSphinx's general language model (en-us.lm.bin, 26 MB) out
    of the bundle: safe only while no teachapp code names it and every PocketSphinx
    decoder is made with ``lm=None`` (a decoder made without it loads that model by
    default, and in the bundle would fail to start)."""
    unused = _spec_list("UNUSED_DATA")
    assert "**/en-us.lm.bin" in unused  # (the list was found)
    names = [pattern.rsplit("/", 1)[-1] for pattern in unused]
    named: list[str] = []
    decoders: list[str] = []
    seen = 0
    for source in sorted((REPO / "teachapp").rglob("*.py")):
        text = source.read_text(encoding="utf-8")
        named += [f"{source.name}: {n}" for n in names if n in text]
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "Decoder":
                seen += 1
                lm = [k.value for k in node.keywords if k.arg == "lm"]
                if not (lm and isinstance(lm[0], ast.Constant) and lm[0].value is None):
                    decoders.append(f"{source.name}:{node.lineno}")
    assert named == [], f"teachapp names data files the bundle leaves out: {named}"
    assert seen >= 3  # (the grammar decoders and the phone loop's were found)
    assert decoders == [], f"PocketSphinx decoders made without lm=None: {decoders}"
