"""Coupons: amount or percent off, a spend threshold, a quantity, claims per viewer, a validity.

抖店 red packets default to 10 minutes; a coupon is valid for 1 minute to 24 hours here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from app.core.events import Event
from app.core.sale import Refused
from app.core.show import ShowState

COUPON_ISSUED, COUPON_CLAIMED, COUPON_STOPPED = "coupon_issued", "coupon_claimed", "coupon_stopped"
COUPON_VALID_S = (60, 86_400)
MAX_QUANTITY = 1_000_000
MAX_THRESHOLD = 100_000_000  # fen: a million yuan


@dataclass
class Coupon:
    coupon_id: str
    kind: str  # amount (value in fen) or percent
    value: float
    threshold: int  # fen
    quantity: int
    per_user_limit: int
    valid_s: float
    item_ids: list[int] = field(default_factory=list)
    issued_at: float = 0.0
    claimed: int = 0
    stopped: bool = False

    @property
    def expires_at(self) -> float:
        return self.issued_at + self.valid_s

    def status(self, now: float) -> str:
        if self.stopped:
            return "stopped"
        if self.claimed >= self.quantity:
            return "claimed_out"
        return "active" if now < self.expires_at else "expired"

    def view(self, now: float) -> dict[str, Any]:
        return {**asdict(self), "expires_at": self.expires_at, "status": self.status(now),
                "time_left_s": max(0.0, self.expires_at - now), "left": self.quantity - self.claimed}


def coupons_view(coupons: list[Coupon], now: float) -> list[dict[str, Any]]:
    return [c.view(now) for c in coupons]


def check_coupon(state: ShowState, kind: str, value: float, threshold: int, quantity: int, per_user_limit: int,
                 valid_s: float, item_ids: list[int]) -> None:
    if kind not in ("amount", "percent"):
        raise Refused("bad_kind", "a coupon takes an amount or a percent off")
    if kind == "percent" and not 0 < value < 100:
        raise Refused("bad_percent", "a percent-off coupon must be between 0 and 100 percent")
    if kind == "amount" and not 0 < value <= MAX_THRESHOLD:
        raise Refused("bad_amount", "the amount off must be above zero")
    if not 0 <= threshold <= MAX_THRESHOLD:
        raise Refused("bad_threshold", "the spend threshold cannot be negative")
    if kind == "amount" and threshold and value >= threshold:
        raise Refused("amount_above_threshold", "the amount off must be below the spend threshold")
    if not (0 < quantity <= MAX_QUANTITY and 0 < per_user_limit <= quantity):
        raise Refused("bad_quantity", "quantity and claims per viewer must be at least 1")
    if not COUPON_VALID_S[0] <= valid_s <= COUPON_VALID_S[1]:
        raise Refused("bad_validity", "a coupon is valid for 1 minute to 24 hours")
    for item_id in item_ids:
        if state.segment(item_id) is None:
            raise Refused("not_found", "a coupon item is not on the run-sheet")


def find(state: ShowState, coupon_id: str) -> Coupon | None:
    return next((c for c in state.coupons if c.coupon_id == coupon_id), None)


def coupon_issued(state: ShowState, e: Event) -> None:
    d = e.data
    state.coupons.append(Coupon(
        coupon_id=d["coupon_id"], kind=d["kind"], value=d["value"], threshold=int(d["threshold"]),
        quantity=int(d["quantity"]), per_user_limit=int(d["per_user_limit"]), valid_s=float(d["valid_s"]),
        item_ids=[int(i) for i in d.get("item_ids", [])], issued_at=e.ts))


def coupon_claimed(state: ShowState, e: Event) -> None:
    c = find(state, e.data["coupon_id"])
    if c is not None:
        c.claimed = max(0, min(c.quantity, c.claimed + int(e.data["count"])))


def coupon_stopped(state: ShowState, e: Event) -> None:
    c = find(state, e.data["coupon_id"])
    if c is not None:
        c.stopped = True


STEPS = {COUPON_ISSUED: coupon_issued, COUPON_CLAIMED: coupon_claimed, COUPON_STOPPED: coupon_stopped}
