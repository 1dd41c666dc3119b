"""``unconfirmed_run.after_run`` goes: since revision 0032 the undo order is ``seq``'s.

0031 kept in it the newest run's id when a run no device confirmed was written, which
ordered the two for "undo"; 0032 numbered every undoable record from one counter and
read ``after_run`` once, to number the rows already there. Nothing has written or read
it since, so it is dropped; every other column and row is kept. SQLite rebuilds the
table (batch mode), PostgreSQL drops the column; the downgrade adds it back as 0.

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("unconfirmed_run") as batch:
        batch.drop_column("after_run")


def downgrade() -> None:
    with op.batch_alter_table("unconfirmed_run") as batch:
        batch.add_column(sa.Column("after_run", sa.Integer(), nullable=False,
                                   server_default="0"))
