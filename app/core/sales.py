"""Live sales per product: orders as the platform reports them, counted once, matched to items.

Orders arrive with a product ID (never a link number) and change status over time: placed
(已下单, the buyer has not paid yet: 压单), paid (已付款), refunded. An order counts once, by its
order ID, with its latest status. It is matched to a run-sheet item by product ID, then SKU, then
title; what matches nothing is counted and listed so the 场控 can fix the sheet mid-show.

Also the post-show console export (商品曝光人数 … 退款订单数) joined to the run-sheet by product
ID, for the review's exposure → click → pay funnel. Pure: no Qt, no IO.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.comments import Comment
from app.core.events import Event
from app.core.reducers import register
from app.core.sheet_header import header_key
from app.core.sheet_values import read_int, read_price, read_product_id
from app.core.show import ShowState
from app.core.text import BadValue

LOW_STOCK = 10  # 库存告急: the console's own threshold
UNMATCHED_SHOWN = 20

STATUSES = ("placed", "paid", "refunded", "cancelled")
_RANK = {"unknown": -1, "placed": 0, "cancelled": 1, "paid": 2, "refunded": 3}
STATUS_WORDS = {"已下单": "placed", "下单": "placed", "待付款": "placed", "未支付": "placed", "placed": "placed",
                "created": "placed", "已付款": "paid", "已支付": "paid", "付款": "paid", "paid": "paid",
                "已退款": "refunded", "退款": "refunded", "退款成功": "refunded", "refunded": "refunded",
                "refund": "refunded", "已取消": "cancelled", "取消": "cancelled", "已关闭": "cancelled",
                "cancelled": "cancelled", "canceled": "cancelled", "closed": "cancelled"}


def order_status(value: object) -> str:
    """placed / paid / refunded from a relay's words; "unknown" for anything else (未知状态)."""
    return STATUS_WORDS.get(str(value or "").strip().lower(), "unknown")


@dataclass
class Order:
    order_id: str
    status: str
    product_id: str = ""
    sku: str = ""
    title: str = ""
    quantity: int = 1
    amount: int | None = None  # fen, when the relay says
    ts: float = 0.0
    buyer: str = ""
    item_id: int | None = None


def order_from_comment(c: Comment) -> Order | None:
    """The order an ingest `order` event carries (oba-live-tool's live_order, LiveDeck's own)."""
    if c.kind != "order":
        return None
    x = c.extra or {}
    order_id = str(x.get("order_id") or c.msg_id.split("#", 1)[0])
    status = order_status(x.get("status")) if x.get("status") else "paid"  # a bare order event is a sale
    amount = x.get("amount")
    fen: int | None = None
    if isinstance(amount, int | float) and not isinstance(amount, bool) and amount > 0:
        fen = int(amount) if x.get("amount_unit") == "fen" else round(float(amount) * 100)
    try:
        quantity = max(1, int(x.get("quantity") or 1))
    except (TypeError, ValueError):
        quantity = 1
    return Order(order_id, status, str(x.get("product_id") or ""), str(x.get("sku") or ""),
                 str(x.get("product_title") or x.get("title") or ""), quantity, fen, c.ts,
                 c.user_name or c.user_id)


@dataclass(frozen=True)
class SaleItem:
    """What matching and the desk need of a run-sheet item."""

    item_id: int
    name: str
    product_id: str = ""
    sku: str = ""
    live_price: int = 0
    stock: int = 0
    cart_no: str = ""


def _norm(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", unicodedata.normalize("NFKC", text).lower())


def _usable_id(product_id: str) -> bool:
    """A product ID a spreadsheet rounded (3.72962E+18) matches nothing rather than the wrong item."""
    return bool(product_id) and "e" not in product_id.lower()


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
                if _usable_id(it.product_id):
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
            if _RANK.get(order.status, -1) <= _RANK.get(old.status, -1):
                return False
            old.status = order.status
            old.amount = order.amount or old.amount
            old.quantity = order.quantity or old.quantity
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

    def view(self) -> dict[str, Any]:
        """Per item: orders, paid units, GMV (fen), unpaid 压单, refunded, stock left, low stock; the
        room's totals; the unmatched orders (newest first). A cancelled order (closed unpaid) counts as
        an order and nothing else."""
        per: dict[int, dict[str, Any]] = {
            it.item_id: {"item_id": it.item_id, "name": it.name, "cart_no": it.cart_no, "product_id": it.product_id,
                         "orders": 0, "paid_units": 0, "gmv": 0, "unpaid": 0, "unpaid_units": 0, "refunded": 0,
                         "stock": it.stock, "stock_left": None, "low_stock": False}
            for it in self.items}
        price = {it.item_id: it.live_price for it in self.items}
        unmatched: list[Order] = []
        totals = {"orders": 0, "paid_units": 0, "gmv": 0, "unpaid": 0, "refunded": 0, "unmatched": 0,
                  "unmatched_gmv": 0}
        for o in self.orders.values():
            totals["orders"] += 1
            row = per.get(o.item_id) if o.item_id is not None else None
            amount = o.amount if o.amount is not None else o.quantity * (price.get(o.item_id or -1, 0))
            if o.status == "paid":
                totals["paid_units"] += o.quantity
                totals["gmv"] += amount
            elif o.status == "placed":
                totals["unpaid"] += 1
            elif o.status == "refunded":
                totals["refunded"] += 1
            if row is None:
                totals["unmatched"] += 1
                if o.status == "paid":
                    totals["unmatched_gmv"] += amount
                unmatched.append(o)
                continue
            row["orders"] += 1
            if o.status == "paid":
                row["paid_units"] += o.quantity
                row["gmv"] += amount
            elif o.status == "placed":
                row["unpaid"] += 1
                row["unpaid_units"] += o.quantity
            elif o.status == "refunded":
                row["refunded"] += 1
        for row in per.values():
            if row["stock"] > 0:
                # Placed orders hold stock until paid or cancelled (that is what 压单 means).
                row["stock_left"] = max(0, row["stock"] - row["paid_units"] - row["unpaid_units"])
                row["low_stock"] = row["stock_left"] < LOW_STOCK
        unmatched.sort(key=lambda o: o.ts, reverse=True)
        return {"items": list(per.values()), "totals": totals,
                "unmatched": [{"order_id": o.order_id, "product_id": o.product_id, "title": o.title,
                               "status": o.status, "quantity": o.quantity} for o in unmatched[:UNMATCHED_SHOWN]]}


def stock_left(state: Mapping[str, Any], item_id: int) -> tuple[int | None, bool]:
    """(stock left, low) of an item from a state snapshot's `sales`; (None, False) when not known.
    What the host view shows next to the price."""
    row = next((r for r in (state.get("sales") or {}).get("items", []) if r["item_id"] == item_id), None)
    if row is None or row["stock_left"] is None:
        return None, False
    return int(row["stock_left"]), bool(row["low_stock"])


# ---- the console's per-product export after the show ---------------------------------------------

CONSOLE_FIELDS: dict[str, tuple[str, ...]] = {
    "product_id": ("商品id", "宝贝id", "promotion_id", "product_id", "商品编号"),
    "title": ("商品名称", "商品标题", "商品", "宝贝名称", "title"),
    "exposure": ("商品曝光人数", "曝光人数", "商品曝光次数", "曝光次数", "曝光"),
    "clicks": ("商品点击人数", "点击人数", "商品点击次数", "点击次数", "点击"),
    "units": ("累计成交件数", "成交件数", "成交商品件数", "销量"),
    "gmv": ("累计成交金额", "成交金额", "成交额", "gmv"),
    "unpaid": ("未支付订单数", "未支付订单", "压单数", "未付款订单数"),
    "refunds": ("退款订单数", "退款订单", "退款数"),
    "buyers": ("成交人数", "累计成交人数", "成交用户数"),
}
_CONSOLE_LOOKUP = {header_key(a): k for k, aliases in CONSOLE_FIELDS.items() for a in aliases}


@dataclass
class ConsoleImport:
    """The console export, row by row, joined to the run-sheet by product ID."""

    rows: list[dict[str, Any]] = field(default_factory=list)  # matched: item_id and the figures
    unmatched: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_console_export(rows: Sequence[tuple[int, Sequence[object]]], items: Sequence[SaleItem]) -> ConsoleImport:
    """Per-product figures from the console's export (header found under any title rows). Raises
    ValueError when no product ID column is found: without it nothing can be joined."""
    best: tuple[int, dict[int, str]] | None = None
    for i, (_line, row) in enumerate(rows[:40]):
        cols = {p: _CONSOLE_LOOKUP[header_key(c)] for p, c in enumerate(row) if header_key(c) in _CONSOLE_LOOKUP}
        if "product_id" in cols.values() and (best is None or len(cols) > len(best[1])):
            best = (i, cols)
    if best is None:
        raise BadValue("no product ID column (商品ID) in the console export")
    start, cols = best
    by_pid = {it.product_id: it for it in items if _usable_id(it.product_id)}
    out = ConsoleImport()
    for line, row in rows[start + 1:]:
        values = {f: row[p] if p < len(row) else None for p, f in cols.items()}
        pid, _note = read_product_id(values.get("product_id"))
        if not pid:
            continue
        rec: dict[str, Any] = {"product_id": pid, "title": str(values.get("title") or "")}
        for key in ("exposure", "clicks", "units", "unpaid", "refunds", "buyers"):
            try:
                n, _ = read_int(values.get(key), key) if values.get(key) not in (None, "") else (None, None)
            except ValueError:
                out.warnings.append(f'{line}: {key} "{values.get(key)}" is not a number')
                n = None
            rec[key] = n
        try:
            rec["gmv"] = read_price(values["gmv"])[0] if values.get("gmv") not in (None, "") else None
        except ValueError:
            out.warnings.append(f'{line}: gmv "{values.get("gmv")}" is not an amount')
            rec["gmv"] = None
        exposure, clicks, units = rec["exposure"], rec["clicks"], rec["units"]
        rec["click_rate"] = round(clicks / exposure, 4) if exposure and clicks is not None else None
        rec["pay_rate"] = round(units / clicks, 4) if clicks and units is not None else None
        item = by_pid.get(pid)
        if item is None:
            out.unmatched.append(rec)
            out.warnings.append(f"{line}: product ID {pid} is not on the run-sheet")
        else:
            rec["item_id"] = item.item_id
            out.rows.append(rec)
    return out


def funnel(console: Mapping[str, Any] | None) -> dict[int, dict[str, Any]]:
    """item_id -> exposure, clicks, units, gmv, rates: what the review draws per product."""
    if not console:
        return {}
    return {int(r["item_id"]): r for r in console.get("rows", [])}


CONSOLE_IMPORTED = "console_imported"


def console_records(rows: Sequence[tuple[int, Sequence[object]]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The export's per-product records (product_id, title and the figures), and warnings; what the
    `sales.console` command takes. Raises ValueError without a product ID column."""
    got = parse_console_export(rows, [])
    return [{k: v for k, v in r.items() if k != "item_id"} for r in got.unmatched], \
        [w for w in got.warnings if "not on the run-sheet" not in w]


def join_console(records: Iterable[Mapping[str, Any]], items: Sequence[SaleItem]) -> ConsoleImport:
    """Records joined to the run-sheet by product ID (a 返场 shares its product's figures: first item)."""
    by_pid: dict[str, int] = {}
    for it in items:
        if _usable_id(it.product_id):
            by_pid.setdefault(it.product_id, it.item_id)
    out = ConsoleImport()
    for r in records:
        rec = dict(r)
        pid = str(rec.get("product_id") or "")
        if pid in by_pid:
            rec["item_id"] = by_pid[pid]
            out.rows.append(rec)
        else:
            out.unmatched.append(rec)
    return out


def _console_imported(state: ShowState, e: Event) -> None:
    state.extra["console"] = {"file": e.data.get("file", ""), "rows": list(e.data.get("rows", [])),
                              "unmatched": list(e.data.get("unmatched", []))}


register(CONSOLE_IMPORTED, _console_imported, ("console",))
