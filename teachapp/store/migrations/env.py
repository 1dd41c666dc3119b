"""Alembic environment: runs on the connection that teachapp hands over."""

from alembic import context
from sqlmodel import SQLModel

from teachapp.store import (  # noqa: F401  (registers the tables)
    awareness,
    renames,
    skips,
    step_edits,
    tables,
    timers,
    turn_records,
)

target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:  # pragma: no cover - alembic's own command line
        from sqlalchemy import create_engine

        engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
