"""`livedeck export`: a show's run-sheet, events, comments and lottery as JSON, CSV or XLSX."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.core.comments import flag_names
from app.models.store import Store
from app.studio.files import RUNSHEET_COLUMNS, runsheet_rows, write_table

EVENT_COLUMNS = ["seq", "type", "ts", "data"]
COMMENT_COLUMNS = ["id", "ts", "type", "platform", "msg_id", "user_id", "user_name", "follower", "fans_level", "text",
                   "flags", "item_ref", "deleted", "extra"]


def comment_rows(store: Store, show_id: int, fmt: str) -> Iterator[dict[str, Any]]:
    for c in store.iter_comments(show_id):
        row = c.to_json()
        if fmt != "json":
            row = {"id": c.id, "ts": c.ts, "type": c.kind, "platform": c.platform, "msg_id": c.msg_id,
                   "user_id": c.user_id, "user_name": c.user_name, "follower": c.follower,
                   "fans_level": c.fans_level, "text": c.text, "flags": ";".join(flag_names(c.flags)),
                   "item_ref": c.item_ref, "deleted": c.deleted, "extra": c.extra or ""}
        yield row


def export(store: Store, show_id: int, what: str, fmt: str, out: io.TextIOBase | Path | Any) -> None:
    store.get_show(show_id)  # NotFound for an unknown show
    rows: list[dict[str, Any]]
    if what == "runsheet":
        rows, columns = runsheet_rows(store.items(show_id)), RUNSHEET_COLUMNS
    elif what == "comments":
        write_table(comment_rows(store, show_id, fmt), COMMENT_COLUMNS, fmt, out)
        return
    elif what == "events":
        rows = [{"seq": e.seq, "type": e.type, "ts": e.ts, "data": e.data} for e in store.events(show_id)]
        columns = EVENT_COLUMNS
    else:
        raise ValueError(f"export of {what} is not available yet")
    if fmt == "json" and what == "events":
        rows = [{"seq": r["seq"], "type": r["type"], "ts": r["ts"], **r["data"]} for r in rows]
    write_table(rows, columns, fmt, out)
