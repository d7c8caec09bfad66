"""The 复盘 review: indexes its aggregates need, and the 售后 follow-up ticks.

(show_id, kind, ts, user_id, flags) lets per-kind queries read only their rows in time order and
answers comments and commenters per minute from the index alone; (show_id, kind, user_id)
counts distinct commenters and buyers from the index; (show_id, user_id) counts "viewers seen";
the partial item_ref index finds "3号链接" mentions without a scan; (show_id, type) reads a
show's sale, coupon and lottery events without the rest. review_followups keeps which
follow-up comments the team has ticked off.

Revision ID: 0004_review
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_review"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_comments_show_kind_ts", "comments", ["show_id", "kind", "ts", "user_id", "flags"])
    op.create_index("ix_comments_show_kind_user", "comments", ["show_id", "kind", "user_id"])
    op.create_index("ix_comments_show_user", "comments", ["show_id", "user_id"])
    op.create_index("ix_comments_show_item_ref", "comments", ["show_id", "item_ref"],
                    sqlite_where=sa.text("item_ref IS NOT NULL"), postgresql_where=sa.text("item_ref IS NOT NULL"))
    op.create_index("ix_events_show_type", "events", ["show_id", "type"])
    op.create_table(
        "review_followups",
        sa.Column("show_id", sa.Integer, sa.ForeignKey("shows.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("comment_id", sa.Integer, primary_key=True),
        sa.Column("done_at", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("review_followups")
    op.drop_index("ix_events_show_type", "events")
    op.drop_index("ix_comments_show_item_ref", "comments")
    op.drop_index("ix_comments_show_user", "comments")
    op.drop_index("ix_comments_show_kind_user", "comments")
    op.drop_index("ix_comments_show_kind_ts", "comments")
