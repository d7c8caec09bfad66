"""The after-coupon price (券后价) of a run-sheet item, stored beside the live price (issue #17).

A sheet's `¥259（券后219）` keeps both prices: the host says both on air. Fen like the other
prices; NULL means the item has no coupon price (rows written before this revision).

Revision ID: 0006_item_coupon_price
Revises: 0005_issue23
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_item_coupon_price"
down_revision = "0005_issue23"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("coupon_price", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.drop_column("coupon_price")
