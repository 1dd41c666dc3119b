"""What each turn recorded for explanations, and deleted routines kept for undo.

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "turn_detail",
        sa.Column("interaction_id", sa.Integer(), primary_key=True),
        sa.Column("engine", sa.String(), nullable=True),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("detail_json", sa.String(), nullable=False),
    )
    op.create_table(
        "deleted_routine",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("routine_json", sa.String(), nullable=False),
        sa.Column("restored", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_deleted_routine_at", "deleted_routine", ["at"])


def downgrade() -> None:
    op.drop_index("ix_deleted_routine_at", table_name="deleted_routine")
    op.drop_table("deleted_routine")
    op.drop_table("turn_detail")
