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

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.comments import Comment
from app.core.orders import STATUSES, Order, order_from_comment, order_status
from app.core.sales_rows import (
    SUMMED,
    UNMATCHED_SHOWN,
    Unmatched,
    add_order,
    blank_row,
    close_row,
    norm_title,
)

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


@dataclass(frozen=True)
class SaleItem:
    """What matching and the figures need of a run-sheet item (prices in fen)."""

    item_id: int
    name: str
    product_id: str = ""
    sku: str = ""
    live_price: int = 0
    stock: int | None = None  # None: not known, so no stock left is shown; 0: sold out
    cart_no: str = ""


def usable_id(product_id: str) -> bool:
    """A product ID a spreadsheet rounded (3.72962E+18) matches nothing rather than the wrong item."""
    return bool(product_id) and "e" not in product_id.lower()


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
        out = [("title", norm_title(it.name))]
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
    _buyers: dict[int, set[str]] = field(default_factory=dict)  # each item's paying buyers, beside its row
    _members: dict[int | None, dict[str, Order]] = field(default_factory=dict)  # the orders of each item
    _dirty: set[int | None] = field(default_factory=set)  # None: the unmatched orders changed
    _unmatched: Unmatched | None = None  # the unmatched orders' part of the view, kept like a row

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
                    and (t := norm_title(o.title)) and any(k in t or t in k for k in titles)):
                self._rematch(o)

    def _reindex(self) -> None:
        """Items added, removed or moved: index again and match every order again."""
        before, self._index = self._index.by_id, _Index(self.items)
        for item_id in before.keys() - self._index.by_id.keys():
            self._rows.pop(item_id, None)
            self._buyers.pop(item_id, None)
        self._dirty |= {it.item_id for it in self.items if before.get(it.item_id) != it}
        for o in self.orders.values():
            self._rematch(o)

    def _rematch(self, o: Order) -> None:
        item_id = self.match(o)
        if item_id != o.item_id:
            self._place(o, item_id)

    def _place(self, o: Order, item_id: int | None) -> None:
        """File `o` under `item_id` (None: unmatched); the rows of both places are counted again."""
        was, o.item_id = o.item_id, item_id
        if self._members.get(was, {}).pop(o.order_id, None) is not None:
            self._dirty.add(was)
        self._members.setdefault(item_id, {})[o.order_id] = o
        self._dirty.add(item_id)

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
        title = norm_title(o.title)
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
                self._place(old, self.match(old))
            return True
        if order.status == "unknown":
            order.status = "placed"  # seen but not yet understood: it exists, unpaid
        self.orders[order.order_id] = order
        self._place(order, self.match(order))
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

    def _fresh_rows(self) -> tuple[dict[int, tuple[dict[str, Any], set[str]]], bool]:
        """New rows (and their buyers) for the items whose item or orders changed since the last view,
        and whether the unmatched orders changed."""
        by_id, dirty, self._dirty = self._index.by_id, self._dirty, set()
        fresh: dict[int, tuple[dict[str, Any], set[str]]] = {}
        for i in dirty:
            it = by_id.get(i) if i is not None else None
            if it is not None:
                fresh[it.item_id] = (blank_row(it.item_id, name=it.name, cart_no=it.cart_no, product_id=it.product_id,
                                            stock=it.stock, stock_left=None, low_stock=False), set())
        return fresh, None in dirty or self._unmatched is None

    def view(self) -> dict[str, Any]:
        """Per item and for the room: orders, paid units, GMV (fen; `gmv_estimated` the part valued at
        the run-sheet price), buyers, 客单价 (`aov`, fen), 压单 (`unpaid`), refunds, stock left; the
        unmatched orders grouped by product (`unmatched_products`) and the newest of them. Item rows
        are shared with earlier views while they hold: read them, never change them. Only the rows
        whose item or orders changed are counted again; the totals are their sum (100,000 orders:
        80 ms a view when every order was counted again)."""
        fresh, redo_unmatched = self._fresh_rows()
        if fresh or redo_unmatched:
            unmatched = self._count_fresh(fresh, redo_unmatched)
            if unmatched is not None:
                self._unmatched = unmatched
        assert self._unmatched is not None
        um = self._unmatched
        totals = blank_row(unmatched=um.row["orders"], unmatched_gmv=um.row["gmv"])
        del totals["item_id"]
        rows = [self._rows[it.item_id] for it in self.items]
        for key in SUMMED:
            totals[key] = sum(r[key] for r in rows) + um.row[key]
        close_row(totals, um.buyers.union(*(self._buyers[it.item_id] for it in self.items)))
        return {"items": rows, "totals": totals, "unmatched_products": um.products, "unmatched": um.newest}

    def _count_fresh(self, fresh: dict[int, tuple[dict[str, Any], set[str]]],
                     redo_unmatched: bool) -> Unmatched | None:
        """The fresh rows from their items' orders (and the unmatched part when it changed)."""
        for item_id, (row, buyers) in fresh.items():
            for o in self._members.get(item_id, {}).values():
                add_order(row, o, self.amount(o), buyers)
            close_row(row, buyers)
            if row["stock"] is not None:  # unknown stock has no "left"; a sold-out item has 0 left
                # Placed orders hold stock until paid or cancelled (that is what 压单 means).
                row["stock_left"] = max(0, row["stock"] - row["paid_units"] - row["unpaid_units"])
                row["low_stock"] = row["stock_left"] < LOW_STOCK
            self._rows[item_id], self._buyers[item_id] = row, buyers
        if not redo_unmatched:
            return None
        by_id = self._index.by_id  # in arrival order, as the lists have always been
        return Unmatched.of([o for o in self.orders.values() if o.item_id is None or o.item_id not in by_id],
                            self.amount)

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
    """(stock left, low) of an item from a state snapshot's `sales` (the host view's); (None, False) if unknown."""
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
