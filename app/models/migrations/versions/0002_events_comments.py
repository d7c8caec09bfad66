"""The show's event log and every ingested comment, gift and order.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("show_id", sa.Integer, sa.ForeignKey("shows.id", ondelete="CASCADE"), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("ts", sa.Float, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_events_show_seq", "events", ["show_id", "seq"])
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("show_id", sa.Integer, sa.ForeignKey("shows.id", ondelete="CASCADE"), nullable=False),
        sa.Column("platform", sa.String(20), nullable=False),
        sa.Column("msg_id", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("ts", sa.Float, nullable=False),
        sa.Column("user_id", sa.String(80), nullable=False),
        sa.Column("user_name", sa.String(120), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("follower", sa.Boolean, nullable=False),
        sa.Column("fans_level", sa.Integer, nullable=False),
        sa.Column("flags", sa.Integer, nullable=False),
        sa.Column("item_ref", sa.Integer, nullable=True),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("extra", sa.JSON, nullable=True),
        sa.UniqueConstraint("show_id", "platform", "msg_id", name="uq_comments_msg"),
    )
    op.create_index("ix_comments_show_ts", "comments", ["show_id", "ts"])


def downgrade() -> None:
    op.drop_table("comments")
    op.drop_table("events")
