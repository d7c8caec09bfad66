"""Agency scale: 64-bit comment ids and their per-studio id blocks on PostgreSQL, and the
room_status heartbeat row per room that the wall reads.

On SQLite nothing changes for comments (INTEGER is 64-bit there and must stay the rowid alias).

Revision ID: 0005_issue21_rooms
Revises: 0004_review
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_issue21_rooms"
down_revision = "0004_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("comments", "id", type_=sa.BigInteger)
        op.alter_column("review_followups", "comment_id", type_=sa.BigInteger)
        op.execute("CREATE SEQUENCE IF NOT EXISTS comment_id_blocks START 1")
    op.create_table(
        "room_status",
        sa.Column("show_id", sa.Integer, sa.ForeignKey("shows.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("updated_at", sa.Float, nullable=False),
        sa.Column("pid", sa.Integer, nullable=False),
        sa.Column("machine", sa.String(120), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("room_status")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP SEQUENCE IF EXISTS comment_id_blocks")
        op.alter_column("review_followups", "comment_id", type_=sa.Integer)
        op.alter_column("comments", "id", type_=sa.Integer)
