"""Step edits kept for "undo": "take the fan out of reading mode" (yes), then "undo" in
a later chat, the window or ``teachapp undo`` puts the steps back, as deletions (0021)
and renames (0026) are taken back in any later session.

A new table, ``edited_routine``: the routine's name and its steps before and after the
edit as JSON; an undo puts the steps back only over those it saved. Existing tables
are not touched, so an upgrade keeps everything and works the same on SQLite and
PostgreSQL; edits made before it are not undoable after a restart.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "edited_routine",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("before_json", sa.String(), nullable=False),
        sa.Column("after_json", sa.String(), nullable=False),
        sa.Column("undone", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_edited_routine_at", "edited_routine", ["at"])


def downgrade() -> None:
    op.drop_index("ix_edited_routine_at", table_name="edited_routine")
    op.drop_table("edited_routine")
