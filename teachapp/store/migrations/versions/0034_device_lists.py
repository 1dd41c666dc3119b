"""The device list a real home last gave (Zigbee2MQTT's ``bridge/devices``) is kept in
the database: a new table, ``device_list``, one row per home (its key names the broker
and base topic), with the list as JSON, the attributes each device ever reported, and
when the list was last received. It was kept only in a file in the user data folder,
so a second computer sharing a PostgreSQL database, or a new data folder, knew none of
the devices while the broker was down. Existing tables are not touched.

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0034"
down_revision = "0033"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_list",
        sa.Column("home", sa.String(), primary_key=True),
        sa.Column("devices_json", sa.String(), nullable=False),
        sa.Column("reported_json", sa.String(), nullable=False),
        sa.Column("listed_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("device_list")
