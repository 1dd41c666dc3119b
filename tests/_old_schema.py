"""A database made at an older revision of the schema, for the upgrade tests: each writes
the rows an older teachapp wrote, then opens it with today's ``Store`` and checks that
nothing was lost."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, create_engine

from teachapp.store.database import _MIGRATIONS


@contextmanager
def schema_at(url: str, revision: str) -> Iterator[Connection]:
    """The database at ``url`` migrated up to ``revision`` only; the connection it yields
    writes in the same transaction, committed on leaving."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(_MIGRATIONS))
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            yield connection
    finally:
        engine.dispose()
