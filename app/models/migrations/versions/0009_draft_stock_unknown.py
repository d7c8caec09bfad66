"""Items of shows not yet on air whose stock is 0 become unknown (NULL), unless their notes say 售罄.

Before 0008 an import without a count stored 0, and the host view hid 0, so 0 told the host nothing.
Since 0008, 0 is sold out and shows as 售罄: a show imported for tonight and opened after the upgrade
would read 售罄 over every product whose sheet gave no count. For a show not yet started, a 0 whose
notes do not name a sell-out (the import kept those words there: 库存：售罄 / 无货 / 缺货) is read as
what it was: not known. Shows already live or ended keep their 0s, as their review recorded them.

Revision ID: 0009_draft_stock_unknown
Revises: 0008_item_stock_nullable
"""

from alembic import op

revision = "0009_draft_stock_unknown"
down_revision = "0008_item_stock_nullable"
branch_labels = None
depends_on = None

SOLD_OUT_WORDS = ("售罄", "无货", "缺货", "卖完", "断货", "sold out")


def upgrade() -> None:
    said = " AND ".join(f"lower(coalesce(notes, '')) NOT LIKE '%{w}%'" for w in SOLD_OUT_WORDS)
    op.execute("UPDATE items SET stock = NULL WHERE stock = 0 AND show_id IN "
               f"(SELECT id FROM shows WHERE status = 'draft') AND {said}")


def downgrade() -> None:
    pass  # 0008's downgrade turns every NULL stock back into 0
