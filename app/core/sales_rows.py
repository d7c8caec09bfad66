"""The rows of the sales view (app.core.sales): one per item, one for the orders no item matches,
and the room's totals summed from them."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.core.orders import Order

UNMATCHED_SHOWN = 20


@functools.lru_cache(maxsize=1 << 16)
def norm_title(text: str) -> str:
    """Titles as they are compared; cached: a 5,000-item run-sheet's names are normalized once."""
    return re.sub(r"[\s\W_]+", "", unicodedata.normalize("NFKC", text).lower())


def blank_row(item_id: int | None = None, **more: Any) -> dict[str, Any]:
    return {"item_id": item_id, **more, "orders": 0, "paid_units": 0, "gmv": 0, "gmv_estimated": 0,
            "estimated": 0, "buyers": 0, "aov": None, "unpaid": 0, "unpaid_units": 0, "refunded": 0,
            "refunded_amount": 0, "cancelled": 0}


def add_order(row: dict[str, Any], o: Order, amount: int, buyers: set[str]) -> None:
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


def close_row(row: dict[str, Any], buyers: set[str]) -> None:
    row["buyers"] = len(buyers)
    row["aov"] = round(row["gmv"] / len(buyers)) if buyers else None


SUMMED = tuple(k for k in blank_row() if k not in ("item_id", "buyers", "aov"))  # a room's totals add these up


@dataclass
class Unmatched:
    """The orders no item matches: their row (summed into the room's totals), buyers, the products
    they name (most orders first) and the newest of them."""

    row: dict[str, Any]
    buyers: set[str]
    products: list[dict[str, Any]]
    newest: list[dict[str, Any]]

    @classmethod
    def of(cls, orders: list[Order], amount: Callable[[Order], int]) -> Unmatched:
        row, buyers = blank_row(), set[str]()
        groups: dict[str, dict[str, Any]] = {}
        for o in orders:
            add_order(row, o, amount(o), buyers)
            key = o.product_id or norm_title(o.title) or f"order:{o.order_id}"
            g = groups.setdefault(key, {"product_id": o.product_id, "title": o.title, "orders": 0, "label": ""})
            g["orders"] += 1
            g["title"] = g["title"] or o.title
            g["label"] = g["title"] or g["product_id"] or o.order_id
        orders = sorted(orders, key=lambda o: o.ts, reverse=True)[:UNMATCHED_SHOWN]
        return cls(row, buyers, sorted(groups.values(), key=lambda g: -g["orders"])[:UNMATCHED_SHOWN],
                   [{"order_id": o.order_id, "product_id": o.product_id, "title": o.title,
                     "label": o.title or o.product_id or o.order_id, "status": o.status,
                     "quantity": o.quantity} for o in orders])
