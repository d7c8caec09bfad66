"""Items carry the platform's product ID and the cart link number; rows the writer could not
store are set aside in dead_letters instead of blocking the queue.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("product_id", sa.String(40), nullable=False, server_default=""))
        batch.add_column(sa.Column("cart_no", sa.String(40), nullable=False, server_default=""))
    op.create_table(
        "dead_letters",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("show_id", sa.Integer, nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("dead_letters")
    with op.batch_alter_table("items") as batch:
        batch.drop_column("cart_no")
        batch.drop_column("product_id")
