"""Orders as they arrive: status words, the amount's unit per source, and the stored order record.

Every relay says "paid" and "how much" in its own way. The adapter decides the unit once, at the
edge, and stores `amount_fen` (an integer, 0.01 CNY) beside what the relay sent; everything past
the edge reads `amount_fen` only. Units per source (docs/protocol.md, "Orders"):

- LiveDeck's own `order` frame: `amount` in **yuan** (like every price on the way in), or
  `amount_fen` in fen;
- oba-live-tool `live_order`: **no amount** (the run-sheet's live price × quantity stands in,
  marked estimated);
- 抖音电商罗盘 live_order rows (`order_amount.value`): **fen**;
- 抖店 push `doudian_trade_TradePaid` (`pay_amount`): **fen**.

Pure: no Qt, no IO.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.comments import Comment

STATUSES = ("placed", "paid", "refunded", "cancelled")
# A later status replaces an earlier one; a late "placed" never undoes a payment.
RANK = {"unknown": -1, "placed": 0, "cancelled": 1, "paid": 2, "refunded": 3}
STATUS_WORDS = {"已下单": "placed", "下单": "placed", "待付款": "placed", "未支付": "placed", "待支付": "placed",
                "placed": "placed", "created": "placed", "已付款": "paid", "已支付": "paid", "付款": "paid",
                "paid": "paid", "已退款": "refunded", "退款": "refunded", "退款成功": "refunded",
                "refunded": "refunded", "refund": "refunded", "已取消": "cancelled", "取消": "cancelled",
                "已关闭": "cancelled", "cancelled": "cancelled", "canceled": "cancelled", "closed": "cancelled"}
# 罗盘 live_order `order_status`: 1 待支付, 3 已支付 (the console's numbers); 4 closed unpaid.
COMPASS_STATUS = {0: "placed", 1: "placed", 2: "paid", 3: "paid", 4: "cancelled"}

MAX_QUANTITY = 100_000
# How long after a show's end its orders' status changes (paid, refunded, cancelled) are still taken:
# a payment finishes minutes after 下播, a refund within the day; new orders and chat are refused.
SETTLE_S = 24 * 3600


def order_status(value: object) -> str:
    """placed / paid / refunded / cancelled from a relay's words; "unknown" for anything else."""
    return STATUS_WORDS.get(str(value or "").strip().lower(), "unknown")


def yuan_to_fen(value: object) -> int | None:
    """A yuan amount (number or numeric text) in fen; None when absent. ValueError when it is not a
    finite number (the edge counts that as `bad_number`)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("bad_number")
    v = float(str(value).replace(",", "").lstrip("¥￥")) if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    if not math.isfinite(v):
        raise ValueError("bad_number")
    return round(v * 100)


def fen(value: object) -> int | None:
    """An amount already in fen; None when absent, ValueError when not a finite number."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("bad_number")
    v = float(value) if isinstance(value, int | float) else float(str(value))
    if not math.isfinite(v):
        raise ValueError("bad_number")
    return round(v)


def to_fen(value: object, unit: str) -> int | float | None:
    """`value` in `unit` ("yuan" or "fen") as integer fen, decided once at the edge; None when absent.
    Unreadable or non-finite gives NaN, which the edge refuses as `bad_number` (never stored)."""
    try:
        return yuan_to_fen(value) if unit == "yuan" else fen(value)
    except (TypeError, ValueError, OverflowError):
        return math.nan


def order_extra(o: dict[str, Any]) -> dict[str, Any]:
    """The stored fields of LiveDeck's own `order` frame: `amount` in yuan (or `amount_fen`), optional
    `order_id` (default: the msg_id), `status`, `product_id`, `product_title`."""
    x: dict[str, Any] = {"sku": str(o.get("sku") or ""), "quantity": o.get("quantity", 1)}
    for key in ("order_id", "product_id", "product_title", "status"):
        if o.get(key) not in (None, ""):
            x[key] = str(o[key])
    if o.get("amount_fen") not in (None, ""):
        x["amount_fen"] = to_fen(o["amount_fen"], "fen")
    elif o.get("amount") not in (None, ""):
        x["amount"] = o["amount"]
        x["amount_fen"] = to_fen(o["amount"], "yuan")
    return x


@dataclass
class Order:
    order_id: str
    status: str
    product_id: str = ""
    sku: str = ""
    title: str = ""
    quantity: int = 1
    amount: int | None = None  # fen, when the source says; None: price × quantity stands in (estimated)
    ts: float = 0.0
    buyer: str = ""
    item_id: int | None = None
    source: str = ""

    def merge(self, other: Order) -> bool:
        """The same order seen again (a status change, another relay): the latest status wins, and
        what this record lacks (an amount, a product) is taken from the other. True when changed."""
        changed = False
        if RANK.get(other.status, -1) > RANK.get(self.status, -1):
            self.status = other.status
            changed = True
        if self.amount is None and other.amount is not None:
            self.amount, self.quantity = other.amount, other.quantity  # the amount and its quantity agree
            changed = True
        for key in ("product_id", "sku", "title", "buyer"):
            if not getattr(self, key) and getattr(other, key):
                setattr(self, key, getattr(other, key))
                changed = True
        return changed


def order_from_comment(c: Comment) -> Order | None:
    """The order a stored `order` event carries. Rows stored before `amount_fen` existed read
    `amount` as the frame sent it: yuan (LiveDeck's documented unit), fen with `amount_unit: fen`."""
    if c.kind != "order":
        return None
    x: dict[str, Any] = c.extra or {}
    order_id = str(x.get("order_id") or c.msg_id.split("#", 1)[0])
    status = order_status(x.get("status")) if x.get("status") else "paid"  # a bare order event is a sale
    amount: int | None
    if "amount_fen" in x:
        amount = x["amount_fen"] if isinstance(x["amount_fen"], int) else None
    else:
        raw = x.get("amount")
        try:
            amount = fen(raw) if x.get("amount_unit") == "fen" else yuan_to_fen(raw)
        except (TypeError, ValueError):
            amount = None
        if amount is not None and amount <= 0:
            amount = None  # an old frame's default 0 meant "not said"
    try:
        quantity = max(1, int(x.get("quantity") or 1))
    except (TypeError, ValueError):
        quantity = 1
    return Order(order_id, status, str(x.get("product_id") or ""), str(x.get("sku") or ""),
                 str(x.get("product_title") or x.get("title") or ""), quantity, amount, c.ts,
                 c.user_id or c.user_name, source=c.source)


@dataclass(frozen=True)
class Settling:
    """An ended show that still takes its orders' status changes until `until`. `orders`: the order
    IDs it holds, read when another show opened; None for the open show, whose counter is asked."""

    show_id: int
    until: float
    orders: frozenset[str] | None = None


def settled_orders(events: list[Comment], settling: Sequence[Settling], now: float,
                   known: Callable[[str], bool]) -> tuple[dict[int, list[Comment]], list[Comment]]:
    """The order events that settle (paid, refunded, cancelled) an order an ended show still
    `settling` holds, by that show; and the rest (chat, gifts, new orders), for the open show if
    any. An order first seen after the end was not placed on air: not an ended show's. An order ID
    is one platform order, so the ended show that holds it is the show it belongs to, whichever is open."""
    live = sorted((s for s in settling if now <= s.until), key=lambda s: s.orders is None)  # sets first
    if not live:
        return {}, events
    late: dict[int, list[Comment]] = {}
    rest: list[Comment] = []
    for c in events:
        o = order_from_comment(c) if c.kind == "order" else None
        show = None
        if o is not None and o.status in ("paid", "refunded", "cancelled"):
            show = next((s.show_id for s in live
                         if (known(o.order_id) if s.orders is None else o.order_id in s.orders)), None)
        if show is None:
            rest.append(c)
        else:
            late.setdefault(show, []).append(c)
    return late, rest
