"""Device history, routine triggers and hunch answers (issue 18).

Revision ID: 0018
Revises: 0001
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.Float(), nullable=False),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("changes_json", sa.String(), nullable=False),
        sa.Column("cause", sa.String(), nullable=False),
        sa.Column("detail", sa.String(), nullable=True),
    )
    op.create_index("ix_device_change_at", "device_change", ["at"])
    op.create_table(
        "trigger",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("routine_id", sa.Integer(),
                  sa.ForeignKey("routine.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("spec_json", sa.String(), nullable=False),
        sa.Column("cursor", sa.Float(), nullable=True),
    )
    op.create_index("ix_trigger_routine_id", "trigger", ["routine_id"])
    op.create_table(
        "hunch_answer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("episode", sa.Float(), nullable=True),
        sa.Column("hour_of_week", sa.Integer(), nullable=True),
        sa.Column("answer", sa.String(), nullable=False),
        sa.Column("at", sa.Float(), nullable=False),
    )
    op.create_index("ix_hunch_answer_key", "hunch_answer", ["key"])


def downgrade() -> None:
    op.drop_table("hunch_answer")
    op.drop_table("trigger")
    op.drop_table("device_change")
