"""Alias evidence counts the "did you mean R?" offered from it.

A miss whose words the ledger has seen followed by one routine again and again is
answered with "did you mean R?" instead of "I don't know"; the count keeps that offer
to a few times, so words that were never meant for R (a request of another kind that
the person follows with R out of habit) stop being offered it.

Revision ID: 0023
Revises: 0022
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("alias_evidence") as batch:
        batch.add_column(sa.Column("offered", sa.Integer(), nullable=False,
                                   server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("alias_evidence") as batch:
        batch.drop_column("offered")
