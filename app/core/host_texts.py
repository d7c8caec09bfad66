"""The teleprompter part of the host's screen: clocks, the item on air, its figures, what comes next.

Pure, like app.core.host_screen (which adds banners and the big moments): every host screen, Qt
or web, shows these texts as they are, so no two screens can say different things.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from app.core.clock import format_duration
from app.core.runsheet import format_price
from app.core.sales import stock_left
from app.core.text import fill

Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    return text


NEXT_ITEMS = 3  # the web view lists this many of what is still to come

ON_AIR = QT_TRANSLATE_NOOP("HostScreen", "On air %1")
PLANNED_PROJECTED = QT_TRANSLATE_NOOP("HostScreen", "Planned end %1 · projected %2")
LINK = QT_TRANSLATE_NOOP("HostScreen", "Link %1")
STOCK_LEFT = QT_TRANSLATE_NOOP("HostScreen", "Stock left %1")
STOCK = QT_TRANSLATE_NOOP("HostScreen", "Stock %1")
SOLD_OUT = QT_TRANSLATE_NOOP("HostScreen", "Sold out")
DEAL = QT_TRANSLATE_NOOP("HostScreen", "Deal %1")
DEAL_LEFT = QT_TRANSLATE_NOOP("HostScreen", "%1 left · %2")
ENCORE = QT_TRANSLATE_NOOP("HostScreen", "Encore")
NEXT = QT_TRANSLATE_NOOP("HostScreen", "Next: %1")
LAST = QT_TRANSLATE_NOOP("HostScreen", "Last item")
NO_SHOW = QT_TRANSLATE_NOOP("HostScreen", "No show open")
PHASES = {
    "running": QT_TRANSLATE_NOOP("HostScreen", "time left"),
    "warning": QT_TRANSLATE_NOOP("HostScreen", "time left"),
    "danger": QT_TRANSLATE_NOOP("HostScreen", "wrap up"),
    "overtime": QT_TRANSLATE_NOOP("HostScreen", "overtime"),
}
PAUSED_OVER = QT_TRANSLATE_NOOP("HostScreen", "paused · over time")
PAUSED_LEFT = QT_TRANSLATE_NOOP("HostScreen", "paused · time left")
NOT_ON_AIR = QT_TRANSLATE_NOOP("HostScreen", "Not on air yet")
PLANNED_START = QT_TRANSLATE_NOOP("HostScreen", "Planned start %1 · planned end %2")
TO_START = QT_TRANSLATE_NOOP("HostScreen", "to the planned start")
PAST_START = QT_TRANSLATE_NOOP("HostScreen", "past the planned start")
NO_START = QT_TRANSLATE_NOOP("HostScreen", "No planned start set")
NOT_ON_AIR_LOWER = QT_TRANSLATE_NOOP("HostScreen", "not on air yet")
FIRST = QT_TRANSLATE_NOOP("HostScreen", "First: %1")
EMPTY = QT_TRANSLATE_NOOP("HostScreen", "Add products to the run-sheet, then start the show (F5).")
ENDED_CLOCK = QT_TRANSLATE_NOOP("HostScreen", "Show ended · %1")
ENDED_AT = QT_TRANSLATE_NOOP("HostScreen", "Ended %1 · planned end %2")
ENDED = QT_TRANSLATE_NOOP("HostScreen", "Show ended")
OVER = QT_TRANSLATE_NOOP("HostScreen", "over the plan")
UNDER = QT_TRANSLATE_NOOP("HostScreen", "under the plan")
ON_TIME = QT_TRANSLATE_NOOP("HostScreen", "on time")
THANKS = QT_TRANSLATE_NOOP("HostScreen", "Thank you! The show ended at %1 after %2 on air, with %3 items.")


def clock(ts: float | None) -> str:
    return "--:--" if ts is None else datetime.fromtimestamp(ts).strftime("%H:%M")


def over_under(seconds: float) -> str:
    """Ahead of or behind the plan: "+7:00" over, "−5:00" under, "0:00" on time."""
    if abs(seconds) < 1:
        return "0:00"
    return ("+" if seconds > 0 else "−") + format_duration(abs(seconds))


def signed(seconds: float) -> str:
    """Time left as "4:12", time over as "+1:16": the sign reads the same running or paused."""
    return ("+" + format_duration(-seconds)) if seconds < 0 else format_duration(seconds)


def _blank(snap: Mapping[str, Any]) -> dict[str, Any]:
    return {"status": (snap.get("show") or {}).get("status") or "draft", "now": snap.get("now"), "show_clock": "",
            "ends": "", "product": "", "encore": "", "cart": "", "price": "", "stock": "", "in_sale": False,
            "low_stock": False, "time_left": "--:--", "time_left_s": None, "counting": False, "phase": "idle",
            "phase_text": "", "points": "", "next_up": "", "next_items": []}


def _item(out: dict[str, Any], item: Mapping[str, Any] | None, tr: Translate, template: str = "%1") -> None:
    if item is None:
        return
    out["product"] = fill(template, item["name"])
    out["cart"] = fill(tr(LINK), item["cart_no"]) if item.get("cart_no") else ""
    out["price"] = format_price(item["live_price"]) if item.get("live_price") else ""
    out["stock"] = _stock(item.get("stock"), STOCK, tr)
    out["points"] = item.get("talking_points") or ""


def _stock(count: int | None, template: str, tr: Translate) -> str:
    """0 is sold out and the host must say so; an unknown stock (None) shows nothing, never 0."""
    if count is None:
        return ""
    return tr(SOLD_OUT) if count == 0 else fill(tr(template), count)


def _next_items(snap: Mapping[str, Any], tr: Translate) -> list[str]:
    rows = (r for r in snap.get("runsheet") or [] if not r.get("done") and not r.get("current"))
    return [(fill(tr(LINK), r["cart_no"]) + " " if r.get("cart_no") else "") + r["name"]
            for r in itertools.islice(rows, NEXT_ITEMS)]


def _before(out: dict[str, Any], snap: Mapping[str, Any], tr: Translate) -> None:
    now = float(snap.get("now") or 0.0)
    start = (snap.get("show") or {}).get("planned_start")
    out["show_clock"] = tr(NOT_ON_AIR)
    if start is not None:
        total = sum(s["planned_s"] for s in snap.get("runsheet") or [])
        out.update(ends=fill(tr(PLANNED_START), clock(start), clock(start + total)), time_left=signed(start - now),
                   time_left_s=start - now, counting=True, phase="start",
                   phase_text=tr(TO_START) if start >= now else tr(PAST_START))
    else:
        out.update(ends=tr(NO_START), phase_text=tr(NOT_ON_AIR_LOWER))
    first = snap.get("next")
    _item(out, first, tr, tr(FIRST))
    if first is None:
        out["product"] = (snap.get("show") or {}).get("title") or tr(NO_SHOW)
        out["points"] = tr(EMPTY)


def _after(out: dict[str, Any], snap: Mapping[str, Any], tr: Translate) -> None:
    c = snap["clock"]
    over = c["over_under_s"]
    out.update(show_clock=fill(tr(ENDED_CLOCK), format_duration(c["show_elapsed_s"])),
               ends=fill(tr(ENDED_AT), clock(c["projected_end"]), clock(c["planned_end"])),
               product=(snap.get("show") or {}).get("title") or tr(ENDED), time_left=over_under(over),
               phase_text=tr(OVER) if over >= 1 else (tr(UNDER) if over <= -1 else tr(ON_TIME)),
               points=fill(tr(THANKS), clock(c["projected_end"]), format_duration(c["show_elapsed_s"]),
                           len(snap.get("runsheet") or [])))


def _live(out: dict[str, Any], snap: Mapping[str, Any], tr: Translate) -> None:
    c, timer, cur, nxt = snap["clock"], snap["timer"], snap.get("current"), snap.get("next")
    over = c["over_under_s"]
    ends = fill(tr(PLANNED_PROJECTED), clock(c["planned_end"]), clock(c["projected_end"]))
    if c["planned_end"] is not None and abs(over) >= 60:
        ends += f" ({'+' if over > 0 else '−'}{format_duration(abs(over))})"
    out.update(show_clock=fill(tr(ON_AIR), format_duration(c["show_elapsed_s"])), ends=ends)
    _item(out, cur, tr)
    if cur is None:
        out["product"] = (snap.get("show") or {}).get("title") or tr(NO_SHOW)
    else:
        left, out["low_stock"] = stock_left(snap, cur["item_id"])
        if left is not None:  # after the orders so far (the sales desk), not the sheet's figure
            out["stock"] = _stock(left, STOCK_LEFT, tr)
        row: Mapping[str, Any] = next((r for r in snap.get("runsheet") or [] if r.get("item_id") == cur["item_id"]), {})
        out["encore"] = tr(ENCORE) if row.get("done") else ""  # on air again after it was done: a 返场
    phase, remaining = timer["phase"], float(timer["remaining_s"])
    paused = phase == "paused"
    out.update(phase=phase, time_left="--:--" if phase == "idle" else signed(remaining),
               time_left_s=None if phase == "idle" else remaining, counting=phase not in ("idle", "paused"),
               phase_text=(tr(PAUSED_OVER) if remaining < 0 else tr(PAUSED_LEFT)) if paused
               else (tr(PHASES[phase]) if phase in PHASES else ""),
               next_up=fill(tr(NEXT), nxt["name"]) if nxt else tr(LAST))
    sale = snap.get("sale")
    if cur is not None and sale and sale["status"] == "live" and sale.get("item_id") == cur["item_id"]:
        # A live deal is what the host must say: its price and what is left become the big figures.
        out.update(in_sale=True, price=fill(tr(DEAL), format_price(sale["price"])),
                   stock=fill(tr(DEAL_LEFT), sale["remaining"], format_duration(sale["time_left_s"])))


def teleprompter(snap: Mapping[str, Any], tr: Translate) -> dict[str, Any]:
    out = _blank(snap)
    status = out["status"]
    if status == "draft":
        _before(out, snap, tr)
    elif status == "ended":
        _after(out, snap, tr)
    else:
        _live(out, snap, tr)
    if status != "ended":
        out["next_items"] = _next_items(snap, tr)
    return out
