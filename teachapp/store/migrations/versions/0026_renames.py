"""Renames kept for "undo": ``teachapp rename`` then ``teachapp undo`` (or "undo" in a
later chat) renames back, as deletions are brought back since 0021.

A new table rather than a column of ``routine``: a routine renamed twice has two
renames to take back, newest first, and a rename that freed its name by deleting
another routine points at that deletion (``deleted_routine.id``), which comes back
with it. Existing tables are not touched, so an upgrade keeps everything and works
the same on SQLite and PostgreSQL; renames made before it are not undoable.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "renamed_routine",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("old", sa.String(), nullable=False),
        sa.Column("new", sa.String(), nullable=False),
        sa.Column("replaced_id", sa.Integer(), nullable=True),
        sa.Column("undone", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_renamed_routine_at", "renamed_routine", ["at"])


def downgrade() -> None:
    op.drop_index("ix_renamed_routine_at", table_name="renamed_routine")
    op.drop_table("renamed_routine")
