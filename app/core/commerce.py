"""Flash sales (秒杀), coupons and the lottery as reducer steps, with the checks a console makes.

Bounds follow the platforms' consoles (TikTok Shop): a 10-300 s countdown before a flash sale
and a 1-20 minute sale; one sale live at a time; one lottery at a time.
"""

from __future__ import annotations

from typing import Any

from app.core.events import Event
from app.core.show import ShowState, handles

SALE_ARMED, SALE_STARTED, SALE_STOCK, SALE_ENDED = "sale_armed", "sale_started", "sale_stock", "sale_ended"
COUPON_ISSUED, COUPON_CLAIMED, COUPON_STOPPED = "coupon_issued", "coupon_claimed", "coupon_stopped"
LOTTERY_OPENED, LOTTERY_CLOSED = "lottery_opened", "lottery_closed"
LOTTERY_DRAWN, LOTTERY_REDRAWN = "lottery_drawn", "lottery_redrawn"

COUNTDOWN_S = (10, 300)
DURATION_S = (60, 1200)
COUPON_VALID_S = (60, 86_400)


class Refused(ValueError):
    """A pre-flight check failed; `code` for programs, the message for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


# ---- flash sale ----------------------------------------------------------------------------------------


def check_sale(state: ShowState, item_id: int, price: int, quantity: int, per_buyer_limit: int,
               countdown_s: float, duration_s: float, now: float) -> None:
    seg = state.segment(item_id)
    if seg is None:
        raise Refused("not_found", "no such item on the run-sheet")
    current = state.extra.get("sale")
    if current and sale_status(current, now) in ("armed", "countdown", "live"):
        raise Refused("sale_running", "another flash sale is counting down or live")
    if price <= 0:
        raise Refused("bad_price", "the deal price must be above zero")
    if seg.live_price and price >= seg.live_price:
        raise Refused("price_not_below_live", "the deal price must be below the live price")
    if quantity <= 0:
        raise Refused("bad_quantity", "the quantity must be at least 1")
    if quantity > seg.stock:
        raise Refused("quantity_above_stock", "the quantity is more than the stock")
    if per_buyer_limit <= 0:
        raise Refused("bad_limit", "the per-buyer limit must be at least 1")
    if not COUNTDOWN_S[0] <= countdown_s <= COUNTDOWN_S[1]:
        raise Refused("bad_countdown", "the countdown must be 10 to 300 seconds")
    if not DURATION_S[0] <= duration_s <= DURATION_S[1]:
        raise Refused("bad_duration", "the sale must last 1 to 20 minutes")


def sale_status(sale: dict[str, Any], now: float) -> str:
    """armed (checked, waiting for the go) → countdown → live → ended."""
    if sale.get("ended"):
        return "ended"
    if sale.get("live_at") is None:
        return "armed"
    return "countdown" if now < sale["live_at"] else "live"


def sale_view(sale: dict[str, Any] | None, now: float) -> dict[str, Any] | None:
    if sale is None:
        return None
    status = sale_status(sale, now)
    return {**{k: v for k, v in sale.items() if k != "buyers"}, "status": status,
            "sold": sale["quantity"] - sale["remaining"],
            "countdown_left_s": max(0.0, sale["live_at"] - now) if status == "countdown" else 0.0,
            "time_left_s": max(0.0, sale["ends_at"] - now) if status in ("countdown", "live") else 0.0}


@handles(SALE_ARMED)
def _sale_armed(state: ShowState, e: Event) -> None:
    d = e.data
    state.extra["sale"] = {
        "sale_id": d["sale_id"], "item_id": d["item_id"], "name": d["name"], "sku": d["sku"], "price": d["price"],
        "live_price": d["live_price"], "quantity": d["quantity"], "remaining": d["quantity"],
        "per_buyer_limit": d["per_buyer_limit"], "countdown_s": float(d["countdown_s"]),
        "duration_s": float(d["duration_s"]), "armed_at": e.ts, "started_at": None, "live_at": None,
        "ends_at": None, "ended": False, "end_reason": None, "buyers": {},
    }


@handles(SALE_STARTED)
def _sale_started(state: ShowState, e: Event) -> None:
    sale = state.extra.get("sale")
    if not sale or sale["ended"] or sale["live_at"] is not None:
        return
    sale["started_at"] = e.ts
    sale["live_at"] = e.ts + sale["countdown_s"]
    sale["ends_at"] = sale["live_at"] + sale["duration_s"]


@handles(SALE_STOCK)
def _sale_stock(state: ShowState, e: Event) -> None:
    sale = state.extra.get("sale")
    if not sale or sale["ended"]:
        return
    sale["remaining"] = max(0, sale["remaining"] + int(e.data["delta"]))  # never below zero
    for key, qty in e.data.get("orders", []):
        sale["buyers"][key] = sale["buyers"].get(key, 0) + int(qty)


@handles(SALE_ENDED)
def _sale_ended(state: ShowState, e: Event) -> None:
    sale = state.extra.get("sale")
    if not sale or sale["ended"]:
        return
    sale["ended"] = True
    sale["end_reason"] = e.data.get("reason", "stopped")
    sale["ended_at"] = e.ts
    seg = state.segment(int(sale["item_id"]))
    if seg is not None:  # what sold comes off the item's stock
        seg.stock = max(0, seg.stock - (sale["quantity"] - sale["remaining"]))


def order_quantities(sale: dict[str, Any], orders: list[tuple[str, int]]) -> tuple[int, list[list[Any]]]:
    """How much of a batch of (buyer, quantity) orders the sale's stock and per-buyer limit allow."""
    bought = dict(sale["buyers"])
    left = sale["remaining"]
    counted: list[list[Any]] = []
    for key, qty in orders:
        allowed = min(qty, sale["per_buyer_limit"] - bought.get(key, 0), left)
        if allowed > 0:
            bought[key] = bought.get(key, 0) + allowed
            left -= allowed
            counted.append([key, allowed])
    return sale["remaining"] - left, counted


# ---- coupons -------------------------------------------------------------------------------------------


def check_coupon(state: ShowState, kind: str, value: float, threshold: int, quantity: int, per_user_limit: int,
                 valid_s: float, item_ids: list[int]) -> None:
    if kind not in ("amount", "percent"):
        raise Refused("bad_kind", "a coupon takes an amount or a percent off")
    if kind == "percent" and not 0 < value < 100:
        raise Refused("bad_percent", "a percent-off coupon must be between 0 and 100 percent")
    if kind == "amount" and value <= 0:
        raise Refused("bad_amount", "the amount off must be above zero")
    if kind == "amount" and threshold and value >= threshold:
        raise Refused("amount_above_threshold", "the amount off must be below the spend threshold")
    if threshold < 0:
        raise Refused("bad_threshold", "the spend threshold cannot be negative")
    if quantity <= 0 or per_user_limit <= 0:
        raise Refused("bad_quantity", "quantity and claims per viewer must be at least 1")
    if not COUPON_VALID_S[0] <= valid_s <= COUPON_VALID_S[1]:
        raise Refused("bad_validity", "a coupon is valid for 1 minute to 24 hours")
    for item_id in item_ids:
        if state.segment(item_id) is None:
            raise Refused("not_found", "a coupon item is not on the run-sheet")


def coupon_status(c: dict[str, Any], now: float) -> str:
    if c.get("stopped"):
        return "stopped"
    if c["claimed"] >= c["quantity"]:
        return "claimed_out"
    return "active" if now < c["expires_at"] else "expired"


def coupons_view(coupons: list[dict[str, Any]], now: float) -> list[dict[str, Any]]:
    return [{**c, "status": coupon_status(c, now), "time_left_s": max(0.0, c["expires_at"] - now),
             "left": c["quantity"] - c["claimed"]} for c in coupons]


@handles(COUPON_ISSUED)
def _coupon_issued(state: ShowState, e: Event) -> None:
    d = dict(e.data)
    d.update(issued_at=e.ts, expires_at=e.ts + float(d["valid_s"]), claimed=0, stopped=False)
    state.extra.setdefault("coupons", []).append(d)


def _coupon(state: ShowState, coupon_id: str) -> dict[str, Any] | None:
    return next((c for c in state.extra.get("coupons", []) if c["coupon_id"] == coupon_id), None)


@handles(COUPON_CLAIMED)
def _coupon_claimed(state: ShowState, e: Event) -> None:
    c = _coupon(state, e.data["coupon_id"])
    if c is not None:
        c["claimed"] = max(0, min(c["quantity"], c["claimed"] + int(e.data["count"])))


@handles(COUPON_STOPPED)
def _coupon_stopped(state: ShowState, e: Event) -> None:
    c = _coupon(state, e.data["coupon_id"])
    if c is not None:
        c["stopped"] = True


# ---- lottery -------------------------------------------------------------------------------------------


@handles(LOTTERY_OPENED)
def _lottery_opened(state: ShowState, e: Event) -> None:
    d = {k: v for k, v in e.data.items() if not k.startswith("_")}
    d.update(status="open", opened_at=e.ts, closes_at=e.ts + float(d["duration_s"]), entrants=0, winners=[],
             entrant_hash=None, seed=None, redraws=[])
    state.extra["lottery"] = d


@handles(LOTTERY_CLOSED)
def _lottery_closed(state: ShowState, e: Event) -> None:
    lot = state.extra.get("lottery")
    if lot and lot["status"] == "open":
        lot.update(status="closed", closed_at=e.ts, entrants=e.data["entrants"],
                   entrant_hash=e.data["entrant_hash"], last_comment_id=e.data["last_comment_id"])


@handles(LOTTERY_DRAWN)
def _lottery_drawn(state: ShowState, e: Event) -> None:
    lot = state.extra.get("lottery")
    if lot and lot["status"] == "closed":
        lot.update(status="drawn", seed=e.data["seed"], winners=list(e.data["winners"]))
        state.extra.setdefault("lottery_winners", []).extend(w["key"] for w in e.data["winners"])


@handles(LOTTERY_REDRAWN)
def _lottery_redrawn(state: ShowState, e: Event) -> None:
    lot = state.extra.get("lottery")
    if lot and lot["status"] == "drawn":
        removed = e.data["removed"]
        lot["winners"] = [w for w in lot["winners"] if w["key"] != removed]
        if e.data.get("winner"):
            lot["winners"].append(e.data["winner"])
            state.extra.setdefault("lottery_winners", []).append(e.data["winner"]["key"])
        lot["redraws"].append({"removed": removed, "reason": e.data["reason"], "winner": e.data.get("winner")})
