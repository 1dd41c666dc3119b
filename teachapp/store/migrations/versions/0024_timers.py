"""Timers: a single device command to run once, later ("turn off the telly in 30 minutes").

A new table rather than once-triggers of routines: a timer has no name, phrases or
steps of its own beyond the command, is not listed, exported or edited as a routine,
and is deleted once it has run. Existing tables are not touched, so an upgrade keeps
everything and works the same on SQLite and PostgreSQL.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "timer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.Float(), nullable=False),
        sa.Column("steps_json", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("said", sa.String(), nullable=False, server_default=""),
        sa.Column("created", sa.Float(), nullable=False, server_default="0"),
        sa.Column("machine", sa.String(), nullable=True),
    )
    op.create_index("ix_timer_at", "timer", ["at"])


def downgrade() -> None:
    op.drop_index("ix_timer_at", table_name="timer")
    op.drop_table("timer")
