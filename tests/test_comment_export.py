"""The fast comment export writes what the row-by-row export wrote: same CSV cells (formula
quoting, flag names, readable Chinese in `extra`), same JSON objects."""

from __future__ import annotations

import io
import json

from app.core import comments as cm
from app.core.comments import Comment
from app.models.store import Store
from app.models.writer import CommentWriter, next_comment_id
from app.studio.exports import COMMENT_COLUMNS, comment_rows, export
from app.studio.files import write_table


def _fill(store: Store, show_id: int) -> None:
    rows = [
        Comment("comment", "douyin", "m1", 1.5, "u1", "小红", "=HYPERLINK(\"x\")", flags=cm.QUESTION | cm.KEYWORD,
                item_ref=3),
        Comment("comment", "douyin", "m2", 2.25, "@u2", "-bob", "+1 好看", follower=True, fans_level=7),
        Comment("gift", "douyin", "m3", 3.0, "u3", "晴天", "", extra={"gift": "小心心", "count": 3, "value": 3}),
        Comment("comment", "tiktok", "m4", 4.0, "u4", "\tTab", "line\nbreak, \"quoted\"", deleted=True,
                flags=cm.BANNED_OTHER),
        Comment("order", "taobao", "m5", 5.0, "u5", "买家", "", extra={"sku": "A-1", "quantity": 2, "amount": 99.5}),
    ]
    first = next_comment_id(store.engine)
    for n, c in enumerate(rows):
        c.id = first + n
    w = CommentWriter(store.engine)
    w.put(show_id, rows)
    w.close()


def test_csv_and_json_match_the_row_by_row_export(store: Store, show_id: int) -> None:
    _fill(store, show_id)
    for fmt in ("csv", "json"):
        old, new = io.StringIO(), io.StringIO()
        write_table(comment_rows(store, show_id, fmt), COMMENT_COLUMNS, fmt, old)
        export(store, show_id, "comments", fmt, new)
        if fmt == "csv":
            assert new.getvalue() == old.getvalue()
            assert "'=HYPERLINK" in new.getvalue() and "小心心" in new.getvalue()
        else:
            assert json.loads(new.getvalue()) == json.loads(old.getvalue())
            assert len(json.loads(new.getvalue())) == 5


def test_an_empty_show_exports_a_header_and_an_empty_list(store: Store, show_id: int) -> None:
    for fmt, want in (("csv", ",".join(COMMENT_COLUMNS)), ("json", "[]")):
        out = io.StringIO()
        export(store, show_id, "comments", fmt, out)
        assert out.getvalue().strip() == want or json.loads(out.getvalue()) == []
