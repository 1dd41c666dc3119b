"""Skipped runs: one run of a routine's schedule left out ("skip movie night this friday").

A new table keyed by routine and moment rather than a column of the trigger rows:
saving a routine rewrites its triggers, and a skip must outlive that, and a day with
two runs may lose only one. Existing tables are not touched, so an upgrade keeps
everything and works the same on SQLite and PostgreSQL.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "skip",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("routine_id", sa.Integer(),
                  sa.ForeignKey("routine.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", sa.Float(), nullable=False),
        sa.Column("created", sa.Float(), nullable=False, server_default="0"),
        sa.UniqueConstraint("routine_id", "at", name="uq_skip_routine_at"),
    )
    op.create_index("ix_skip_routine_id", "skip", ["routine_id"])


def downgrade() -> None:
    op.drop_index("ix_skip_routine_id", table_name="skip")
    op.drop_table("skip")
