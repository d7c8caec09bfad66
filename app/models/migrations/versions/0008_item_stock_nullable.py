"""An item's stock may be NULL: not known (brief r12/stock).

A sheet without a count (no stock column, a blank cell, 充足, 待定) stored 0, and 0 is what a
sold-out item has: the host view, the sales figures and the exports could not tell the two apart.
Rows written before this revision keep their numbers, 0 included: a real sold-out stays sold out.

Revision ID: 0008_item_stock_nullable
Revises: 0007_comment_user_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_item_stock_nullable"
down_revision = "0007_comment_user_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.alter_column("stock", existing_type=sa.Integer, nullable=True)


def downgrade() -> None:
    op.execute("UPDATE items SET stock = 0 WHERE stock IS NULL")
    with op.batch_alter_table("items") as batch:
        batch.alter_column("stock", existing_type=sa.Integer, nullable=False)
