"""`livedeck export`: a show's run-sheet, events, comments and lottery as JSON, CSV or XLSX."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from app.models.store import Store
from app.studio.files import RUNSHEET_COLUMNS, runsheet_rows, write_table

EVENT_COLUMNS = ["seq", "type", "ts", "data"]


def export(store: Store, show_id: int, what: str, fmt: str, out: io.TextIOBase | Path | Any) -> None:
    store.get_show(show_id)  # NotFound for an unknown show
    rows: list[dict[str, Any]]
    if what == "runsheet":
        rows, columns = runsheet_rows(store.items(show_id)), RUNSHEET_COLUMNS
    elif what == "events":
        rows = [{"seq": e.seq, "type": e.type, "ts": e.ts, "data": e.data} for e in store.events(show_id)]
        columns = EVENT_COLUMNS
    else:
        raise ValueError(f"export of {what} is not available yet")
    if fmt == "json" and what == "events":
        rows = [{"seq": r["seq"], "type": r["type"], "ts": r["ts"], **r["data"]} for r in rows]
    write_table(rows, columns, fmt, out)
