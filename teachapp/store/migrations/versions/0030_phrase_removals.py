"""Phrases taken off a routine kept for "undo": "forget breeding road" or "stop calling
it film night", then "undo" in a later chat, the window or ``teachapp undo`` puts the
phrase back, as step edits (0029), renames (0026) and deletions (0021) are taken back
in any later session.

A new table, ``removed_phrase``: the routine's name and the phrases taken off with
their origins, as JSON. Existing tables are not touched, so an upgrade keeps
everything and works the same on SQLite and PostgreSQL; phrases taken off before it
are not put back after a restart.

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "removed_phrase",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("phrases_json", sa.String(), nullable=False),
        sa.Column("undone", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_removed_phrase_at", "removed_phrase", ["at"])


def downgrade() -> None:
    op.drop_index("ix_removed_phrase_at", table_name="removed_phrase")
    op.drop_table("removed_phrase")
