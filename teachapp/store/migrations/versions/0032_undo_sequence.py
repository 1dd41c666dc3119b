"""One order for "undo": every undoable record takes the next number of one counter.

A ``seq`` column (indexed) on ``run``, ``unconfirmed_run``, ``deleted_routine``,
``renamed_routine``, ``edited_routine`` and ``removed_phrase``, and a table
``undo_sequence`` holding the last number drawn. Which of them "undo" takes back first
was read from their times (tie: by kind; an unconfirmed run against runs by the run id
it kept); now the highest number not yet undone is the newest, whatever the clocks.

The rows already there are numbered in the order the old rule read them, so every
"undo" kept across a restart takes back the same thing as before the upgrade; the
counter starts after them. Works the same on SQLite and PostgreSQL.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-07
"""

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None

_KEPT = ("deleted_routine", "renamed_routine", "edited_routine", "removed_phrase")
"""Tables ordered after a run at the same instant, in this order (the old tie-break)."""
_TABLES = ("run", "unconfirmed_run", *_KEPT)


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("seq", sa.Integer(), nullable=False,
                                       server_default="0"))
            batch.create_index(f"ix_{table}_seq", ["seq"])
    counter = op.create_table(
        "undo_sequence",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("last", sa.Integer(), nullable=False, server_default="0"),
    )
    bind = op.get_bind()
    numbered = _old_order(bind)
    for table in _TABLES:
        rows = [{"seq": seq, "id": row_id}
                for seq, (of, row_id) in enumerate(numbered, start=1) if of == table]
        if rows:
            bind.execute(sa.text(f"UPDATE {table} SET seq = :seq WHERE id = :id"), rows)
    op.bulk_insert(counter, [{"id": 1, "last": len(numbered)}])


def _old_order(bind: Any) -> list[tuple[str, int]]:
    """Every row, oldest first, as ``undo_order`` before this revision read them: by
    time, a run before a deletion, a rename, a step edit and a phrase removal at the same
    instant; an unconfirmed run after the run it was written after (``after_run``) and
    before the next, whatever their times."""
    keys: list[tuple[Any, ...]] = []
    runs = [(int(i), _naive(at)) for i, at in bind.execute(
        sa.text("SELECT id, at FROM run ORDER BY id"))]
    for run_id, at in runs:
        keys.append((at, 0, 2 * run_id, "run", run_id))
    for rank, table in enumerate(_KEPT, start=1):
        for row_id, at in bind.execute(sa.text(f"SELECT id, at FROM {table}")):
            keys.append((_naive(at), rank, int(row_id), table, int(row_id)))
    for row_id, at, after in bind.execute(
            sa.text("SELECT id, at, after_run FROM unconfirmed_run")):
        at = _naive(at)
        before = [r for r in runs if r[0] <= after]
        later = [r for r in runs if r[0] > after]
        if before and at < before[-1][1]:
            at = before[-1][1]
        if later and at >= later[0][1]:  # between the two runs: just before the later
            keys.append((later[0][1], 0, 2 * int(after) + 1, "unconfirmed_run", int(row_id)))
        else:
            keys.append((at, len(_KEPT) + 1, int(row_id), "unconfirmed_run", int(row_id)))
    keys.sort()
    return [(key[3], key[4]) for key in keys]


def _naive(at: Any) -> datetime:
    if isinstance(at, str):  # (SQLite hands back text to a plain SELECT)
        at = datetime.fromisoformat(at)
    return at.replace(tzinfo=None)


def downgrade() -> None:
    op.drop_table("undo_sequence")
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_seq")
            batch.drop_column("seq")
