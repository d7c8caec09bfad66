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

import functools
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


@functools.lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str:
    """Titles as they are compared; cached: a 5,000-item run-sheet's names are normalized once."""
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


Keys = dict[str, list[int]]  # a product ID, SKU or title → the items that carry it, in run order
Key = tuple[str, str]  # ("pid" | "sku" | "title", the value)


class _Index:
    """The run-sheet's items by product ID, SKU and title, kept in run order; an edit moves only the
    edited item's keys (issue #22: re-indexing 5,000 items per edit cost the desk tens of ms)."""

    def __init__(self, items: Sequence[SaleItem]) -> None:
        self.by_pid: Keys = {}
        self.by_sku: Keys = {}
        self.by_title: Keys = {}
        self.tables = {"pid": self.by_pid, "sku": self.by_sku, "title": self.by_title}
        self.by_id = {it.item_id: it for it in items}
        self.pos = {it.item_id: n for n, it in enumerate(items)}
        for it in items:
            for kind, key in self.keys(it):
                self.tables[kind].setdefault(key, []).append(it.item_id)

    @staticmethod
    def keys(it: SaleItem) -> list[Key]:
        out = [("title", _norm(it.name))]
        if usable_id(it.product_id):
            out.append(("pid", it.product_id))
        if it.sku:
            out.append(("sku", it.sku.lower()))
        return out

    def replace(self, old: SaleItem, new: SaleItem) -> list[Key]:
        """The same item (same place) with new fields; the keys whose items changed."""
        before, after = self.keys(old), self.keys(new)
        for kind, key in before:
            if (kind, key) not in after:
                ids = self.tables[kind][key]
                ids.remove(old.item_id)
                if not ids:
                    del self.tables[kind][key]
        for kind, key in after:
            if (kind, key) not in before:
                ids = self.tables[kind].setdefault(key, [])
                ids.append(new.item_id)
                ids.sort(key=self.pos.__getitem__)
        self.by_id[new.item_id] = new
        return [k for k in before + after if (k in before) != (k in after)]


@dataclass
class Sales:
    """The room's orders and what they mean per item. Feed it orders and the run-sheet.

    Each item's row of the view is kept until that item or one of its orders changes (`_dirty`), so a
    run-sheet edit or an order recomputes one row, not 5,000."""

    items: list[SaleItem] = field(default_factory=list)
    orders: dict[str, Order] = field(default_factory=dict)
    current_id: int | None = None
    _index: _Index = field(default_factory=lambda: _Index([]))
    _rows: dict[int, dict[str, Any]] = field(default_factory=dict)
    _dirty: set[int | None] = field(default_factory=set)

    def set_items(self, items: Sequence[SaleItem], current_id: int | None = None) -> bool:
        """The run-sheet and the item on air. When the items change (IDs edited mid-show, a link
        added) the orders they may match are matched again, keeping their item while it still matches."""
        items = list(items)
        changed = items != self.items
        if not changed and current_id == self.current_id:
            return False
        self.current_id = current_id
        if changed:
            old, self.items = self.items, items
            pairs = [] if len(old) != len(items) else [
                (a, b) for a, b in zip(old, items, strict=True) if a is not b and a != b]
            if len(old) == len(items) and all(a.item_id == b.item_id for a, b in pairs):
                self._edit(pairs)
            else:
                self._reindex()
        return changed

    def _edit(self, pairs: list[tuple[SaleItem, SaleItem]]) -> None:
        """Items edited in place: their keys move, and only orders those keys may match are matched again."""
        moved: list[Key] = []
        for a, b in pairs:
            moved += self._index.replace(a, b)
            self._dirty.add(b.item_id)
        ix = self._index
        pids = {k for kind, k in moved if kind == "pid"}
        skus = {k for kind, k in moved if kind == "sku"}
        titles = [k for kind, k in moved if kind == "title" and k]
        for o in self.orders.values():
            sku = o.sku.lower() if o.sku else ""
            if o.product_id in pids or sku in skus or (
                    titles and o.product_id not in ix.by_pid and sku not in ix.by_sku
                    and (t := _norm(o.title)) and any(k in t or t in k for k in titles)):
                self._rematch(o)

    def _reindex(self) -> None:
        """Items added, removed or moved: index again and match every order again."""
        before, self._index = self._index.by_id, _Index(self.items)
        for item_id in before.keys() - self._index.by_id.keys():
            self._rows.pop(item_id, None)
        self._dirty |= {it.item_id for it in self.items if before.get(it.item_id) != it}
        for o in self.orders.values():
            self._rematch(o)

    def _rematch(self, o: Order) -> None:
        was, o.item_id = o.item_id, self.match(o)
        if o.item_id != was:
            self._dirty |= {was, o.item_id}

    def _pick(self, ids: list[int], keep: int | None) -> int:
        """One product on several items (a 返场): the order's item if still one of them, else the one
        on air, else the product's first appearance."""
        if keep in ids:
            return keep  # type: ignore[return-value]
        return self.current_id if self.current_id in ids else ids[0]  # type: ignore[return-value]

    def match(self, o: Order) -> int | None:
        ix = self._index
        if o.product_id in ix.by_pid:
            return self._pick(ix.by_pid[o.product_id], o.item_id)
        if o.sku and o.sku.lower() in ix.by_sku:
            return self._pick(ix.by_sku[o.sku.lower()], o.item_id)
        title = _norm(o.title)
        if not title:
            return None
        if title in ix.by_title:
            return ix.by_title[title][0]
        hits = [ids[0] for t, ids in ix.by_title.items() if t and (t in title or title in t)]
        return hits[0] if len(set(hits)) == 1 else None

    def add(self, order: Order) -> bool:
        """Count an order once per order ID, keeping its latest status; True when something changed."""
        old = self.orders.get(order.order_id)
        if old is not None:
            if not old.merge(order):
                return False
            self._dirty.add(old.item_id)
            if old.item_id is None:
                old.item_id = self.match(old)
                self._dirty.add(old.item_id)
            return True
        if order.status == "unknown":
            order.status = "placed"  # seen but not yet understood: it exists, unpaid
        order.item_id = self.match(order)
        self.orders[order.order_id] = order
        self._dirty.add(order.item_id)
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
        it = self._index.by_id.get(o.item_id) if o.item_id is not None else None
        return o.quantity * (it.live_price if it is not None else 0)

    def _fresh_rows(self) -> dict[int, tuple[dict[str, Any], set[str]]]:
        """New rows (and their buyers) for the items whose item or orders changed since the last view."""
        by_id, dirty, self._dirty = self._index.by_id, self._dirty, set()
        fresh: dict[int, tuple[dict[str, Any], set[str]]] = {}
        for i in dirty:
            it = by_id.get(i) if i is not None else None
            if it is not None:
                fresh[it.item_id] = (_blank(it.item_id, name=it.name, cart_no=it.cart_no, product_id=it.product_id,
                                            stock=it.stock, stock_left=None, low_stock=False), set())
        return fresh

    def view(self) -> dict[str, Any]:
        """Per item and for the room: orders, paid units, GMV (fen; `gmv_estimated` the part valued at
        the run-sheet price), buyers, 客单价 (`aov`, fen), 压单 (`unpaid`), refunds, stock left; the
        unmatched orders grouped by product (`unmatched_products`) and the newest of them. Item rows
        are shared with earlier views while they hold: read them, never change them."""
        fresh = self._fresh_rows()
        totals = _blank(unmatched=0, unmatched_gmv=0)
        del totals["item_id"]
        all_buyers: set[str] = set()
        groups: dict[str, dict[str, Any]] = {}
        unmatched: list[Order] = []
        for o in self.orders.values():
            amount = self.amount(o)
            _add(totals, o, amount, all_buyers)
            if o.item_id is not None and o.item_id in self._index.by_id:
                if (hit := fresh.get(o.item_id)) is not None:
                    _add(hit[0], o, amount, hit[1])
                continue
            totals["unmatched"] += 1
            totals["unmatched_gmv"] += amount if o.status == "paid" else 0
            unmatched.append(o)
            key = o.product_id or _norm(o.title) or f"order:{o.order_id}"
            g = groups.setdefault(key, {"product_id": o.product_id, "title": o.title, "orders": 0, "label": ""})
            g["orders"] += 1
            g["title"] = g["title"] or o.title
            g["label"] = g["title"] or g["product_id"] or o.order_id
        for item_id, (row, buyers) in fresh.items():
            _close(row, buyers)
            if row["stock"] > 0:
                # Placed orders hold stock until paid or cancelled (that is what 压单 means).
                row["stock_left"] = max(0, row["stock"] - row["paid_units"] - row["unpaid_units"])
                row["low_stock"] = row["stock_left"] < LOW_STOCK
            self._rows[item_id] = row
        _close(totals, all_buyers)
        unmatched.sort(key=lambda o: o.ts, reverse=True)
        return {"items": [self._rows[it.item_id] for it in self.items], "totals": totals,
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
