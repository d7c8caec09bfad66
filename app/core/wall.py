"""One room's line on the wall of all rooms, from the state a studio publishes (pure).

The studio writes this small dict to the database every second (app.models.rooms.RoomBeat); the
wall (`livedeck wall`, `/wall`) reads every room's latest one. Figures are those of the published
state, so the wall says what the desk and host view say: orders and GMV from the sales view
(app.core.sales), viewers and comments from the feed's own counters.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

RELAY_SILENT_S = 30.0  # a connected relay that sent nothing for this long is worth a look
LOW_STOCK = 10  # the console's 库存告急 threshold (app.core.sales.LOW_STOCK)


def room_row(state: Mapping[str, Any], writer_error: str | None = None) -> dict[str, Any]:
    """The wall's line for a room: title, host, item on air, timer, audience, sales and alerts."""
    show = state.get("show") or {}
    cur = state.get("current") or {}
    timer = state.get("timer") or {}
    feed = state.get("feed") or {}
    totals = (state.get("sales") or {}).get("totals") or {}
    return {
        "title": str(show.get("title") or ""), "host": str(show.get("host") or ""),
        "platform": str(show.get("platform") or ""), "status": str(show.get("status") or ""),
        "item": str(cur.get("name") or ""), "cart_no": str(cur.get("cart_no") or ""),
        "item_id": cur.get("item_id"),
        "remaining_s": float(timer.get("remaining_s") or 0.0), "phase": str(timer.get("phase") or "idle"),
        "viewers": int(feed.get("viewers") or 0),
        "comments_per_min": round(float(feed.get("per_second") or 0.0) * 60.0),
        "orders": int(totals.get("orders") or 0), "gmv": int(totals.get("gmv") or 0),
        "alerts": alerts(state, writer_error),
        "ts": float(state.get("now") or 0.0),
    }


def alerts(state: Mapping[str, Any], writer_error: str | None = None) -> list[dict[str, str]]:
    """What a producer watching many rooms must not miss: overtime, low stock, a silent relay,
    comments that cannot be written. Each {kind, text}; kind is overtime, stock, relay or writer."""
    out: list[dict[str, str]] = []
    timer = state.get("timer") or {}
    if timer.get("phase") == "overtime":
        out.append({"kind": "overtime", "text": f"+{_mmss(-float(timer.get('remaining_s') or 0))}"})
    for it in ((state.get("sales") or {}).get("items") or []):
        left = it.get("stock_left")
        if left is not None and int(left) < LOW_STOCK:
            out.append({"kind": "stock", "text": f"{it.get('name', '')} {int(left)}"})
    feed = state.get("feed") or {}
    for name, src in sorted((feed.get("sources") or {}).items()):
        age = src.get("last_event_age_s")
        if src.get("connections") and age is not None and float(age) >= RELAY_SILENT_S:
            out.append({"kind": "relay", "text": f"{name} {int(float(age))}s"})
    err = writer_error or feed.get("writer_error")
    if err or feed.get("dead_letters"):
        out.append({"kind": "writer", "text": str(err or f"{feed.get('dead_letters')} dead letters")[:120]})
    return out


def _mmss(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 60}:{s % 60:02d}"
