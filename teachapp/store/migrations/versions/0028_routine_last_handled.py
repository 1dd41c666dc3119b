"""Each routine's newest scheduled run handled, kept in the database.

One nullable column of ``routine``: the newest run (Unix seconds) any scheduler
handled of it. A schedule changed just after it ran is a new trigger row, first seen;
it starts after this run, so the run is not made a second time by another process
(the service ran it, the window sees the change). NULL (every routine before this
upgrade) is as before: a first-seen trigger starts the grace time back. Works the same
on SQLite and PostgreSQL.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("routine") as batch:
        batch.add_column(sa.Column("last_handled", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("routine") as batch:
        batch.drop_column("last_handled")
