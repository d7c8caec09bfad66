"""Sales per product and per show: the one computation every surface reads.

Orders arrive with a product ID (never a link number) and change status over time: placed
(已下单, not yet paid: 压单), paid (已付款), refunded, cancelled. An order counts once, by its
order ID, with its latest status, whichever relay reported it (oba and the 罗盘 may both send the
same order: one order, the amount from whichever carries one). It is matched to a run-sheet item by
product ID, then SKU, then title; what matches nothing is listed by product ID or title.

Figures (docs/protocol.md, "Orders"): orders = distinct order IDs; units and GMV = orders whose
latest status is paid (GMV in fen); buyers = distinct buyers of paid orders; 客单价 = GMV ÷
buyers; 压单 = orders still placed; refunds = orders refunded (count and amount). An order without
an amount is valued at the item's live price × quantity and marked estimated.

The Sales tab, the state (host view, overlays), the review and its reports all read `Sales.view()`
(the review builds a `Sales` over the stored orders). Pure: no Qt, no IO.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.comments import Comment
from app.core.orders import STATUSES, Order, order_from_comment, order_status

__all__ = [
    "LOW_STOCK",
    "STATUSES",
    "UNMATCHED_SHOWN",
    "Order",
    "SaleItem",
    "Sales",
    "format_money",
    "item_figures",
    "order_from_comment",
    "order_status",
    "stock_left",
    "usable_id",
]

LOW_STOCK = 10  # 库存告急: the console's own threshold
UNMATCHED_SHOWN = 20


@dataclass(frozen=True)
class SaleItem:
    """What matching and the figures need of a run-sheet item (prices in fen)."""

    item_id: int
    name: str
    product_id: str = ""
    sku: str = ""
    live_price: int = 0
    stock: int = 0
    cart_no: str = ""


def _norm(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", unicodedata.normalize("NFKC", text).lower())


def usable_id(product_id: str) -> bool:
    """A product ID a spreadsheet rounded (3.72962E+18) matches nothing rather than the wrong item."""
    return bool(product_id) and "e" not in product_id.lower()


def _blank(item_id: int | None = None, **more: Any) -> dict[str, Any]:
    return {"item_id": item_id, **more, "orders": 0, "paid_units": 0, "gmv": 0, "gmv_estimated": 0,
            "estimated": 0, "buyers": 0, "aov": None, "unpaid": 0, "unpaid_units": 0, "refunded": 0,
            "refunded_amount": 0, "cancelled": 0}


def _add(row: dict[str, Any], o: Order, amount: int, buyers: set[str]) -> None:
    row["orders"] += 1
    if o.status == "paid":
        row["paid_units"] += o.quantity
        row["gmv"] += amount
        if o.amount is None:
            row["estimated"] += 1
            row["gmv_estimated"] += amount
        buyers.add(o.buyer or f"order:{o.order_id}")
    elif o.status == "placed":
        row["unpaid"] += 1
        row["unpaid_units"] += o.quantity
    elif o.status == "refunded":
        row["refunded"] += 1
        row["refunded_amount"] += amount
    elif o.status == "cancelled":
        row["cancelled"] += 1


def _close(row: dict[str, Any], buyers: set[str]) -> None:
    row["buyers"] = len(buyers)
    row["aov"] = round(row["gmv"] / len(buyers)) if buyers else None


@dataclass
class Sales:
    """The room's orders and what they mean per item. Feed it orders and the run-sheet."""

    items: list[SaleItem] = field(default_factory=list)
    orders: dict[str, Order] = field(default_factory=dict)
    current_id: int | None = None
    _by_pid: dict[str, list[int]] = field(default_factory=dict)
    _by_sku: dict[str, list[int]] = field(default_factory=dict)
    _by_title: dict[str, int] = field(default_factory=dict)

    def set_items(self, items: Sequence[SaleItem], current_id: int | None = None) -> bool:
        """The run-sheet and the item on air. When the items change (IDs edited mid-show, a link
        added) every order is matched again, keeping its item while that item still matches."""
        items = list(items)
        changed = items != self.items
        if not changed and current_id == self.current_id:
            return False
        self.current_id = current_id
        if changed:
            self.items = items
            self._by_pid, self._by_sku, self._by_title = {}, {}, {}
            for it in items:
                if usable_id(it.product_id):
                    self._by_pid.setdefault(it.product_id, []).append(it.item_id)
                if it.sku:
                    self._by_sku.setdefault(it.sku.lower(), []).append(it.item_id)
                self._by_title.setdefault(_norm(it.name), it.item_id)
            for o in self.orders.values():
                o.item_id = self.match(o)
        return changed

    def _pick(self, ids: list[int], keep: int | None) -> int:
        """One product on several items (a 返场): the order's item if still one of them, else the one
        on air, else the product's first appearance."""
        if keep in ids:
            return keep  # type: ignore[return-value]
        return self.current_id if self.current_id in ids else ids[0]  # type: ignore[return-value]

    def match(self, o: Order) -> int | None:
        if o.product_id in self._by_pid:
            return self._pick(self._by_pid[o.product_id], o.item_id)
        if o.sku and o.sku.lower() in self._by_sku:
            return self._pick(self._by_sku[o.sku.lower()], o.item_id)
        title = _norm(o.title)
        if not title:
            return None
        if title in self._by_title:
            return self._by_title[title]
        hits = [i for t, i in self._by_title.items() if t and (t in title or title in t)]
        return hits[0] if len(set(hits)) == 1 else None

    def add(self, order: Order) -> bool:
        """Count an order once per order ID, keeping its latest status; True when something changed."""
        old = self.orders.get(order.order_id)
        if old is not None:
            if not old.merge(order):
                return False
            if old.item_id is None:
                old.item_id = self.match(old)
            return True
        if order.status == "unknown":
            order.status = "placed"  # seen but not yet understood: it exists, unpaid
        order.item_id = self.match(order)
        self.orders[order.order_id] = order
        return True

    def add_comments(self, batch: Iterable[Comment]) -> bool:
        changed = False
        for c in batch:
            if c.kind == "order":
                o = order_from_comment(c)
                if o is not None:
                    changed = self.add(o) or changed
        return changed

    def amount(self, o: Order) -> int:
        """The order's value in fen: what the source said, else the item's live price × quantity."""
        if o.amount is not None:
            return o.amount
        price = next((it.live_price for it in self.items if it.item_id == o.item_id), 0) if o.item_id else 0
        return o.quantity * price

    def view(self) -> dict[str, Any]:
        """Per item and for the room: orders, paid units, GMV (fen; `gmv_estimated` the part valued at
        the run-sheet price), buyers, 客单价 (`aov`, fen), 压单 (`unpaid`), refunds, stock left; the
        unmatched orders grouped by product (`unmatched_products`) and the newest of them."""
        per = {it.item_id: _blank(it.item_id, name=it.name, cart_no=it.cart_no, product_id=it.product_id,
                                  stock=it.stock, stock_left=None, low_stock=False) for it in self.items}
        buyers: dict[int, set[str]] = {i: set() for i in per}
        totals = _blank(unmatched=0, unmatched_gmv=0)
        del totals["item_id"]
        all_buyers: set[str] = set()
        groups: dict[str, dict[str, Any]] = {}
        unmatched: list[Order] = []
        for o in self.orders.values():
            amount = self.amount(o)
            _add(totals, o, amount, all_buyers)
            row = per.get(o.item_id) if o.item_id is not None else None
            if row is not None:
                _add(row, o, amount, buyers[o.item_id])  # type: ignore[index]
                continue
            totals["unmatched"] += 1
            totals["unmatched_gmv"] += amount if o.status == "paid" else 0
            unmatched.append(o)
            key = o.product_id or _norm(o.title) or f"order:{o.order_id}"
            g = groups.setdefault(key, {"product_id": o.product_id, "title": o.title, "orders": 0, "label": ""})
            g["orders"] += 1
            g["title"] = g["title"] or o.title
            g["label"] = g["title"] or g["product_id"] or o.order_id
        for item_id, row in per.items():
            _close(row, buyers[item_id])
            if row["stock"] > 0:
                # Placed orders hold stock until paid or cancelled (that is what 压单 means).
                row["stock_left"] = max(0, row["stock"] - row["paid_units"] - row["unpaid_units"])
                row["low_stock"] = row["stock_left"] < LOW_STOCK
        _close(totals, all_buyers)
        unmatched.sort(key=lambda o: o.ts, reverse=True)
        return {"items": list(per.values()), "totals": totals,
                "unmatched_products": sorted(groups.values(), key=lambda g: -g["orders"])[:UNMATCHED_SHOWN],
                "unmatched": [{"order_id": o.order_id, "product_id": o.product_id, "title": o.title,
                               "label": o.title or o.product_id or o.order_id, "status": o.status,
                               "quantity": o.quantity} for o in unmatched[:UNMATCHED_SHOWN]]}

    def orders_per_minute(self, t0: float, minutes: int) -> list[float]:
        """Orders (each once, at its first report) per minute since `t0`: the review's timeline."""
        out = [0.0] * minutes
        for o in self.orders.values():
            m = int((o.ts - t0) // 60)
            if 0 <= m < minutes:
                out[m] += 1
        return out


def format_money(fen: float) -> str:
    """Money as every sales surface writes it: ¥41,580.00 (the tab, the review, the reports)."""
    return f"¥{fen / 100:,.2f}"


def item_figures(items: Sequence[SaleItem], orders: Iterable[Comment]) -> dict[int, dict[str, Any]]:
    """item_id → that item's sales figures (orders, paid_units, gmv, buyers, aov, unpaid, refunded …)
    over the given stored `order` events: what the product library reads per show."""
    sales = Sales()
    sales.set_items(items)
    sales.add_comments(orders)
    return {row["item_id"]: row for row in sales.view()["items"]}


def stock_left(state: Mapping[str, Any], item_id: int) -> tuple[int | None, bool]:
    """(stock left, low) of an item from a state snapshot's `sales`; (None, False) when not known.
    What the host view shows next to the price."""
    row = next((r for r in (state.get("sales") or {}).get("items", []) if r["item_id"] == item_id), None)
    if row is None or row["stock_left"] is None:
        return None, False
    return int(row["stock_left"]), bool(row["low_stock"])


# The console export lives in sales_console; re-exported for the callers that import it from here.
from app.core.sales_console import (  # noqa: E402
    CONSOLE_FIELDS,
    CONSOLE_IMPORTED,
    ConsoleImport,
    console_records,
    funnel,
    join_console,
    parse_console_export,
)

__all__ += ["CONSOLE_FIELDS", "CONSOLE_IMPORTED", "ConsoleImport", "console_records", "funnel", "join_console",
            "parse_console_export"]
