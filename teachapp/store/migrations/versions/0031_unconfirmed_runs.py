"""Runs that no device confirmed, kept for "undo": after a run whose every device step
failed, "undo" in a later chat, the window after a restart or ``teachapp undo`` says
that run changed nothing it could confirm, as "undo" in the same chat does, instead of
taking back the run before it unasked.

A new table, ``unconfirmed_run``: the routine or the words, the devices that never
confirmed (ids and names, as JSON), the newest run's id when it was written, the
computer. Existing tables are not touched, so an upgrade keeps everything and works
the same on SQLite and PostgreSQL.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unconfirmed_run",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("routine", sa.String(), nullable=True),
        sa.Column("utterance", sa.String(), nullable=True),
        sa.Column("devices_json", sa.String(), nullable=False),
        sa.Column("after_run", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("machine", sa.String(), nullable=True),
        sa.Column("undone", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_unconfirmed_run_at", "unconfirmed_run", ["at"])
    op.create_index("ix_unconfirmed_run_machine", "unconfirmed_run", ["machine"])


def downgrade() -> None:
    op.drop_index("ix_unconfirmed_run_machine", table_name="unconfirmed_run")
    op.drop_index("ix_unconfirmed_run_at", table_name="unconfirmed_run")
    op.drop_table("unconfirmed_run")
