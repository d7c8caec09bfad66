"""Shows and their run-sheet items.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shows",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("platform", sa.String(40), nullable=False),
        sa.Column("host", sa.String(100), nullable=False),
        sa.Column("planned_start", sa.DateTime, nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("show_id", sa.Integer, sa.ForeignKey("shows.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("list_price", sa.Integer, nullable=False),
        sa.Column("live_price", sa.Integer, nullable=False),
        sa.Column("stock", sa.Integer, nullable=False),
        sa.Column("planned_min", sa.Float, nullable=False),
        sa.Column("talking_points", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("link", sa.String(500), nullable=False),
        sa.Column("cues", sa.Text, nullable=False),
    )
    op.create_index("ix_items_show_id", "items", ["show_id"])


def downgrade() -> None:
    op.drop_table("items")
    op.drop_table("shows")
