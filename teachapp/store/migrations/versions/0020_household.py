"""A household sharing one database: routine versions, per-computer runs, change counters.

Revision ID: 0020
Revises: 0018
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0018"
branch_labels = None
depends_on = None

TOPICS = ("routines", "devices", "history", "learning", "usage")


def upgrade() -> None:
    with op.batch_alter_table("routine") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False,
                                   server_default="1"))
        batch.add_column(sa.Column("updated_by", sa.String(), nullable=True))
    with op.batch_alter_table("run") as batch:
        batch.add_column(sa.Column("machine", sa.String(), nullable=True))
        batch.create_index("ix_run_machine", ["machine"])
    counters = op.create_table(
        "change_counter",
        sa.Column("topic", sa.String(), primary_key=True),
        sa.Column("counter", sa.Integer(), nullable=False, server_default="0"),
    )
    op.bulk_insert(counters, [{"topic": topic, "counter": 0} for topic in TOPICS])


def downgrade() -> None:
    op.drop_table("change_counter")
    with op.batch_alter_table("run") as batch:
        batch.drop_index("ix_run_machine")
        batch.drop_column("machine")
    with op.batch_alter_table("routine") as batch:
        batch.drop_column("updated_by")
        batch.drop_column("version")
