"""Shared fixtures: every test gets its own data, config and log folders."""

from __future__ import annotations

import atexit
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from _teachapp_forks import Forks, Unreached

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
os.environ.setdefault("TEACHAPP_WHISPER_THREADS", "1")  # a recording is heard alike on a
# busy machine: CTranslate2's two-thread int8 decode is not repeatable under contention
if "-R" not in os.environ.get("SOX_OPTS", "").split():
    # sox dithers every 16-bit file it writes with fresh random noise (and "synth
    # pinknoise" is random): without -R ("repeatable") the tests' speech differed in its
    # last bit each run, and tiny.en heard the pause test's "bath time [0.5 s] the kids are
    # filthy" without "bath time" in 2 of 40 renderings, one thread, no load.
    os.environ["SOX_OPTS"] = " ".join(["-R", *os.environ.get("SOX_OPTS", "").split()])

REPO = Path(__file__).resolve().parent.parent

if os.environ.get("PYTHONDONTWRITEBYTECODE"):
    # Without compiled modules every `python -m teachapp` a test runs (about a thousand)
    # compiled teachapp's ~300 modules again (0.4 s of CPU each), and each xdist worker
    # rewrote every test module's asserts again (12 s each). Children and workers inherit
    # this: their bytecode goes to a cache of the checkout's own, never beside the sources.
    del os.environ["PYTHONDONTWRITEBYTECODE"]
    os.environ.setdefault("PYTHONPYCACHEPREFIX", str(REPO / ".pytest_cache" / "pycache"))


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep tests away from the real user folders and from each other."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("TEACHAPP_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("TEACHAPP_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("TEACHAPP_LOG_DIR", str(base / "log"))
    monkeypatch.setenv("TEACHAPP_CACHE_DIR", str(base / "cache"))
    monkeypatch.delenv("TEACHAPP_DB", raising=False)
    monkeypatch.delenv("TEACHAPP_SETTINGS", raising=False)
    yield base


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "home.sqlite3"


def _open_home(url):
    """A real store at ``url`` with the default simulated home loaded."""
    from teachapp.home import ensure_default_home
    from teachapp.store import Store

    with Store.open(url) as opened:
        ensure_default_home(opened)
        yield opened


@pytest.fixture
def store(db_path: Path):
    """A real SQLite store with the default simulated home loaded."""
    yield from _open_home(db_path)


@pytest.fixture
def sqlite_store(db_path: Path):
    """The same as ``store``, for modules whose ``store`` is ``db_store``."""
    yield from _open_home(db_path)


@pytest.fixture
def db_store(db_url: str):
    """A real store with the simulated home: SQLite, then PostgreSQL."""
    yield from _open_home(db_url)


_FORKS = Forks()
atexit.register(_FORKS.close)


def run_teachapp(*args: str, input: str | bytes | None = None,
                 env: dict[str, str] | None = None, timeout: float = 120
                 ) -> subprocess.CompletedProcess:
    """Run ``python -m teachapp`` in a child process, as a person would: forked from a
    server that has imported teachapp (tests/_teachapp_forks.py: a fresh process each
    time, 0.9 s of CPU less), or, where it cannot be (an interpreter variable of its
    own), started plainly."""
    full_env = {**os.environ, **(env or {})}
    data = input.encode() if isinstance(input, str) else input
    proc = None
    if _FORKS.served(full_env):
        try:
            proc = _forked(list(args), data, full_env, timeout)
        except Unreached:
            pass
    if proc is None:
        proc = subprocess.run(
            [sys.executable, "-m", "teachapp", *args], input=data, capture_output=True,
            env=full_env, timeout=timeout, cwd=REPO, stdin=None if data is not None
            else subprocess.DEVNULL)
    proc.stdout = proc.stdout.decode("utf-8", errors="replace")  # type: ignore[assignment]
    proc.stderr = proc.stderr.decode("utf-8", errors="replace")  # type: ignore[assignment]
    return proc


def _forked(args: list[str], data: bytes | None, env: dict[str, str], timeout: float
            ) -> subprocess.CompletedProcess:
    """:func:`run_teachapp` through the fork server: standard input (else the null
    device), output and error are files, read whole as :func:`subprocess.run` reads its
    pipes."""
    with (tempfile.TemporaryFile() if data is not None else open(os.devnull, "rb")
          ) as stdin, tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        if data is not None:
            stdin.write(data)
            stdin.seek(0)
        try:
            code = _FORKS.run(args, env, REPO, stdin.fileno(), stdout.fileno(),
                              stderr.fileno(), timeout)
        except subprocess.TimeoutExpired as timed_out:
            stdout.seek(0)
            stderr.seek(0)
            timed_out.output, timed_out.stderr = stdout.read(), stderr.read()
            raise
        stdout.seek(0)
        stderr.seek(0)
        return subprocess.CompletedProcess([sys.executable, "-m", "teachapp", *args], code,
                                           stdout.read(), stderr.read())


@pytest.fixture
def teachapp_cli():
    return run_teachapp


def chat_lines(db_path, *turns: str, echo: bool = False,
               env: dict[str, str] | None = None) -> list[str]:
    """The replies of ``teachapp chat`` (a child process, no speech) to ``turns``, one a
    line, on the database at ``db_path`` (``env``: e.g. a ``TEACHAPP_NOW``)."""
    proc = run_teachapp("--db", str(db_path), "--no-speech", "chat", *(["--echo"] if echo
                        else []), input="\n".join(turns) + "\n", env=env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


def device_states(db_path) -> dict[str, dict]:
    """Each device's state as ``teachapp devices --json`` prints it, by id."""
    proc = run_teachapp("--db", str(db_path), "devices", "--json")
    assert proc.returncode == 0, proc.stderr
    return {d["id"]: d["state"] for d in map(json.loads, proc.stdout.splitlines())}


# ------------------------------------------------- PostgreSQL (a real server)


@pytest.fixture(scope="session")
def pg_server():
    """One real PostgreSQL server for the session, on a private Unix socket."""
    from pg_support import PostgresServer, missing_reason

    reason = missing_reason()
    if reason is not None:
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    server = PostgresServer().init().start()
    try:
        server.make_template()
        yield server
    finally:
        server.destroy()


@pytest.fixture
def pg_url(pg_server) -> str:
    """A fresh database at the schema head (copied from a template), as a plain URL."""
    name = pg_server.new_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, db_path) -> str:
    """The --db value of a fresh database: an SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(db_path)
    return request.getfixturevalue("pg_url")


# ------------------------------------------------- two workers (pytest-xdist)

_HOMES_OF_THE_SETS = re.compile(
    r"test_resolver_(blind_sets|sets_unchanged|benchmark_data|[a-z]+_data)\.py")
"""Files that read the benchmark's homes (``_blind_set_checks.built_home``, cached per
process): on one worker each home is built once, not once per worker."""


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Keep each file on one worker, and the files that share an expensive thing on the
    same one: the benchmark's homes, and the one Home Assistant server (about half a
    minute to start). The homes' files go first: they are the longest group, and
    started last they would leave one worker idle at the end. (pytest-xdist itself
    hands out the groups by their number of tests, most first (``--loadscope-reorder``,
    its default), so the homes' 2,284 tests go first either way and the one-test files,
    the window's among them, go last: measured in voice47, the last 24 groups take
    0-34 s each on a loaded machine (test_speech_repeats 15 s, third from last), an
    end one worker waits for of about 12 s (median; 22 s p90) at half those times; under
    the ~30 s worth ordering by expected time.)

    With ``-n 2 --dist loadgroup`` (``make test``) a file's module fixtures (a resolver
    over a big home, a loaded speech model) are built once as well.

    The marks must be on before pytest-xdist's own hook reads them (``tryfirst``), and
    xdist 3.8 adds the group to ``Item._nodeid``, which pytest 9.2 no longer reads: under
    9.2 every file was spread over both workers, each building the benchmark's homes and
    starting a Home Assistant (pyproject keeps pytest below 9.2).
    """
    def group(item: pytest.Item) -> str:
        if item.get_closest_marker("homeassistant"):
            return "homeassistant"
        if _HOMES_OF_THE_SETS.fullmatch(item.path.name):
            return "homes of the benchmark sets"
        return item.path.name

    for item in items:
        item.add_marker(pytest.mark.xdist_group(group(item)))
    items.sort(key=lambda item: group(item) != "homes of the benchmark sets")


@pytest.fixture
def home(teachapp_cli, tmp_path):
    """A database with the examples imported (assets/examples.yaml), through the CLI; a test
    module that means another home defines its own ``home``."""
    db = tmp_path / "home.sqlite3"
    assert teachapp_cli("--db", str(db), "import",
                        str(REPO / "assets" / "examples.yaml")).returncode == 0
    return db

