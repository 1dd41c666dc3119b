"""Alias evidence as a ledger: how strong a pair is, what was seen, asked and answered.

Evidence for "utterance U means routine R" now persists everything the learner needs
across sessions and restarts: sightings, weighted evidence, the pair's strength and why,
whether the question was asked and its answer, a block, and when things happened
(wall-clock seconds). Old rows keep their counts; a row with negative feedback becomes
blocked, so nothing once refused is relearned after the upgrade.

Revision ID: 0022
Revises: 0021
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

def _columns() -> tuple[sa.Column, ...]:
    return (
        sa.Column("sightings", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("weight", sa.Float(), nullable=False, server_default="0"),
        sa.Column("strength", sa.String(), nullable=False, server_default=""),
        sa.Column("reason", sa.String(), nullable=False, server_default=""),
        sa.Column("asked_at", sa.Float(), nullable=True),
        sa.Column("answer", sa.String(), nullable=True),
        sa.Column("blocked", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("how", sa.String(), nullable=False, server_default=""),
        sa.Column("first_seen", sa.Float(), nullable=True),
        sa.Column("last_seen", sa.Float(), nullable=True),
        sa.Column("promoted_at", sa.Float(), nullable=True),
    )


def upgrade() -> None:
    with op.batch_alter_table("alias_evidence") as batch:
        for column in _columns():
            batch.add_column(column)
    op.execute("UPDATE alias_evidence SET blocked = TRUE WHERE negative > 0")
    op.execute("UPDATE alias_evidence SET sightings = positive, weight = positive")


def downgrade() -> None:
    with op.batch_alter_table("alias_evidence") as batch:
        for column in reversed(_columns()):
            batch.drop_column(column.name)
