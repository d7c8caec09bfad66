"""shows.seen_at: when a studio last had the show open while it was live (brief r13/downtime).

A studio killed mid-show (crash, power, SIGKILL) leaves no trace of when it stopped: a quiet stretch
has no event and, without a relay, no comment. The studio writes this every half minute while the
show is live, and at a clean close, so the next open can say how long the app was down.

Revision ID: 0010_show_seen_at
Revises: 0009_draft_stock_unknown
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_show_seen_at"
down_revision = "0009_draft_stock_unknown"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("shows", sa.Column("seen_at", sa.Float, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("shows") as batch:
        batch.drop_column("seen_at")
