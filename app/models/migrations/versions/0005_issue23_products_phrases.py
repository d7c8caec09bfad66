"""The product library's merges and the 话术 library (issue #23).

product_merges: a product key (pid:…, sku:…, name:…) shown as part of another, so two spellings
of one product across shows read as one; deleting the row undoes the merge. phrases: reusable
host lines by kind (开场, 展示, 逼单, 问答, 促销, 下播), optionally for one product key, in a named
group switchable per segment.

Revision ID: 0005_issue23
Revises: 0004_review
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_issue23"
down_revision = "0005_issue21_rooms"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "product_merges",
        sa.Column("key", sa.String(260), primary_key=True),
        sa.Column("into_key", sa.String(260), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_table(
        "phrases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("product_key", sa.String(260), nullable=False, server_default=""),
        sa.Column("grp", sa.String(60), nullable=False, server_default=""),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_phrases_kind_product", "phrases", ["kind", "product_key"])


def downgrade() -> None:
    op.drop_index("ix_phrases_kind_product", "phrases")
    op.drop_table("phrases")
    op.drop_table("product_merges")
