"""Nothing below gui/ imports Qt: checked by reading the imports of every module."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "teachapp"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_qt_below_the_gui_package():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "gui":
            continue
        qt = [n for n in _imports(path) if n.split(".")[0] in {"PySide6", "PyQt5", "PyQt6"}]
        if qt:
            offenders.append(f"{relative}: {qt}")
    assert offenders == []


def test_store_does_not_import_upper_layers():
    upper = {"home", "understanding", "speech", "gui", "conversation", "cli"}
    offenders = []
    for path in (PACKAGE / "store").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level >= 2 and node.module:
                if node.module.split(".")[0] in upper:
                    offenders.append(f"{path.name}: {node.module}")
    assert offenders == []


def test_the_command_line_starts_light():
    """``teachapp --help`` and argument parsing import no database, numpy, Qt or speech
    library: each command loads what it needs when it runs (issue 12, fast start)."""
    import subprocess
    import sys

    code = ("import sys, teachapp.cli; teachapp.cli.build_parser(); "
            "print(' '.join(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'numpy',"
            " 'PySide6', 'rapidfuzz', 'pocketsphinx', 'vosk', 'paho', 'yaml') "
            "if m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == ""


def test_the_layer_contracts_hold():
    """The import-linter contracts in pyproject.toml (also run by `make lint`)."""
    import shutil
    import subprocess
    import sys

    linter = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if linter is None:
        import pytest

        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    proc = subprocess.run([linter], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert proc.returncode == 0, proc.stdout[-3000:]


def test_list_and_resolve_read_the_database_without_sqlalchemy(tmp_path):
    """``list`` and ``resolve`` read a database that needs nothing done through the
    snapshot (``store/snapshot.py``): no SQLAlchemy, SQLModel, Alembic, Qt or speech;
    ``resolve`` loads the resolver's numpy, ``list`` not even that (issue 12)."""
    import subprocess
    import sys

    from teachapp.home import ensure_default_home
    from teachapp.store import Store, backup_database

    db = tmp_path / "home.sqlite3"
    with Store.open(db) as store:
        ensure_default_home(store)
    backup_database(db, reason="daily")
    heavy = ("sqlalchemy", "sqlmodel", "alembic", "numpy", "PySide6", "pyttsx3",
             "sounddevice", "vosk", "pocketsphinx", "paho",
             "zipfile")  # importlib.resources' reader, for data files that are on disk
    for command, allowed in ((["list"], set()), (["list", "--json"], set()),
                             (["resolve", "good morning"], {"numpy"})):
        code = ("import sys, teachapp.cli; status = teachapp.cli.main(sys.argv[1:]); "
                f"print('loaded:', *(m for m in {heavy!r} if m in sys.modules), "
                "file=sys.stderr); sys.exit(status)")
        proc = subprocess.run([sys.executable, "-c", code, "--db", str(db), *command],
                              capture_output=True, text=True, check=True)
        [line] = [line for line in proc.stderr.splitlines() if line.startswith("loaded:")]
        loaded = set(line.split()[1:]) - allowed
        assert loaded == set(), (command, loaded)


def test_the_screenshot_of_the_main_view_needs_no_engine(tmp_path):
    """``gui --screenshot`` of a database that needs nothing done paints the stored
    routines and devices and saves the PNG without SQLAlchemy, speech or audio."""
    import os
    import subprocess
    import sys

    from teachapp.home import ensure_default_home
    from teachapp.store import Store, backup_database

    db = tmp_path / "home.sqlite3"
    with Store.open(db) as store:
        ensure_default_home(store)
    backup_database(db, reason="daily")
    shot = tmp_path / "main.png"
    heavy = ("sqlalchemy", "sqlmodel", "alembic", "numpy", "pyttsx3", "sounddevice")
    code = ("import sys, teachapp.cli; status = teachapp.cli.main(sys.argv[1:]); "
            f"print('loaded:', *(m for m in {heavy!r} if m in sys.modules), file=sys.stderr); "
            "sys.exit(status)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "TEACHAPP_CONFIG_DIR": str(tmp_path / "config"),
           "TEACHAPP_LOG_DIR": str(tmp_path / "log")}
    proc = subprocess.run([sys.executable, "-c", code, "--db", str(db), "gui", "--screenshot",
                           str(shot)], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    [line] = [line for line in proc.stderr.splitlines() if line.startswith("loaded:")]
    assert line.split()[1:] == [], proc.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
