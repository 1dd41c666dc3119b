"""Paused timers: "pause the timer" keeps the time left, "resume the timer" goes on
from it, as a kitchen timer does.

One nullable column of ``timer``: the seconds left while paused (NULL while it runs,
so every timer set before this upgrade runs as it did). A paused timer is never due;
resuming sets its moment to now plus what was left. Works the same on SQLite and
PostgreSQL.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("timer") as batch:
        batch.add_column(sa.Column("paused_left", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("timer") as batch:
        batch.drop_column("paused_left")
