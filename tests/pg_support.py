"""A real PostgreSQL server for the tests and benchmarks, started from Debian's package.

The server runs in a private temporary folder, listens on a Unix socket only
(``listen_addresses=''``) and, when the tests run as root, as the ``postgres`` user,
because the server refuses to run as root. One server per test session; each test
gets a fresh database copied from a template already at the schema head.

Roles: ``postgres`` logs in without a password over the socket (trust); every other
role must give its password (scram-sha-256), so wrong credentials can be tested.
No asserts here, so pytest need not rewrite it: PYTEST_DONT_REWRITE.
"""

from __future__ import annotations

import os
import pwd
import random
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

__all__ = ["PostgresServer", "find_bin_dir", "missing_reason"]

_SERVER_USER = "postgres"


def find_bin_dir() -> Path | None:
    """The folder with initdb, pg_ctl and postgres (Debian keeps them off PATH)."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                        key=lambda p: _version_key(p.parent.name), reverse=True)
    found = shutil.which("initdb")
    if found:
        candidates.append(Path(found).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _version_key(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".") if part.isdigit())


def missing_reason() -> str | None:
    """Why no test server can start here, or None when it can."""
    if find_bin_dir() is None:
        return ("PostgreSQL server binaries (initdb, pg_ctl) are not installed; "
                "install Debian's 'postgresql' package (scripts/install-system-deps.sh)")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(_SERVER_USER)
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server as"
        if shutil.which("runuser") is None:
            return "running as root and 'runuser' is missing"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "the psycopg driver is not installed: pip install 'teachapp[postgres]'"
    return None


class PostgresServer:
    """initdb + pg_ctl in a temporary folder; ``url(name)`` for SQLAlchemy."""

    def __init__(self, base: Path | None = None) -> None:
        bin_dir = find_bin_dir()
        if bin_dir is None:
            raise RuntimeError(missing_reason() or "no PostgreSQL binaries")
        self.bin = bin_dir
        self.base = Path(tempfile.mkdtemp(prefix="teachapp-pg-", dir=base))
        self.data = self.base / "data"
        self.socket_dir = self.base / "run"
        self.port = random.randint(20000, 60000)
        self._as_root = os.geteuid() == 0
        self._counter = 0
        self._lock = threading.Lock()
        self.template = "teachapp_template"

    # ------------------------------------------------------------ lifecycle

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.bin / args[0]), *args[1:]]
        if self._as_root:
            command = ["runuser", "-u", _SERVER_USER, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check,
                              timeout=120, env={**os.environ, "LC_ALL": "C"})

    def init(self) -> PostgresServer:
        self.socket_dir.mkdir(parents=True)
        if self._as_root:
            info = pwd.getpwnam(_SERVER_USER)
            for folder in (self.base, self.socket_dir):
                os.chown(folder, info.pw_uid, info.pw_gid)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions")
        (self.data / "pg_hba.conf").write_text(
            "local all postgres trust\nlocal all all scram-sha-256\n", encoding="utf-8")
        return self

    def start(self) -> PostgresServer:
        options = (f"-k {self.socket_dir} -p {self.port} -c listen_addresses='' "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200 -c shared_buffers=16MB")
        result = self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l",
                           str(self.base / "server.log"), "-w", "-t", "60", "start",
                           check=False)
        if result.returncode != 0:
            log = (self.base / "server.log")
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {result.stderr}{tail}")
        return self

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.base, ignore_errors=True)

    # ------------------------------------------------------------- databases

    def url(self, database: str = "postgres", *, user: str = "postgres",
            password: str | None = None) -> str:
        """A plain ``postgresql://`` URL, as a person would write it."""
        auth = user if password is None else f"{user}:{password}"
        return (f"postgresql://{auth}@/{database}?host={self.socket_dir}"
                f"&port={self.port}")

    def execute(self, *statements: str, database: str = "postgres") -> list[tuple]:
        """Run statements outside a transaction (CREATE DATABASE needs that)."""
        import psycopg

        rows: list[tuple] = []
        with psycopg.connect(host=str(self.socket_dir), port=self.port, user="postgres",
                             dbname=database, autocommit=True) as con:
            for statement in statements:
                cursor = con.execute(statement)
                if cursor.description is not None:
                    rows.extend(cursor.fetchall())
        return rows

    def make_template(self) -> None:
        """A database at the schema head, copied for each test (fast)."""
        from teachapp.store import Store

        self.execute(f"CREATE DATABASE {self.template}")
        Store.open(self.url(self.template)).close()
        self.execute(f"ALTER DATABASE {self.template} WITH IS_TEMPLATE true")

    def new_database(self, *, migrated: bool = True) -> str:
        """Create a fresh database; returns its name."""
        with self._lock:
            self._counter += 1
            name = f"t{os.getpid()}_{self._counter}"
        template = self.template if migrated else "template0"
        self.execute(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def add_role(self, name: str, password: str, database: str) -> None:
        self.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'",
                     f"GRANT ALL ON DATABASE {database} TO {name}",
                     f"ALTER DATABASE {database} OWNER TO {name}")
        tables = self.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'", database=database)
        self.execute(*(f"ALTER TABLE {t} OWNER TO {name}" for (t,) in tables),
                     *(f"ALTER SEQUENCE {s} OWNER TO {name}" for (s,) in self.execute(
                         "SELECT sequencename FROM pg_sequences", database=database)),
                     database=database)
