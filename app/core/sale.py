"""Flash sales (秒杀): the checks a console makes, the sale's state and its reducer steps.

Bounds follow the platforms' consoles (TikTok Shop): a 10-300 s countdown before a flash sale and
a 1-20 minute sale; one sale armed, counting down or live at a time.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from app.core.events import Event
from app.core.show import ShowState

SALE_ARMED, SALE_STARTED, SALE_STOCK, SALE_ENDED = "sale_armed", "sale_started", "sale_stock", "sale_ended"

COUNTDOWN_S = (10, 300)
DURATION_S = (60, 1200)
MAX_QUANTITY = 1_000_000


class Refused(ValueError):
    """A pre-flight check failed; `code` for programs, the message for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Sale:
    sale_id: str
    item_id: int
    name: str
    sku: str
    price: int  # fen
    live_price: int
    quantity: int
    remaining: int
    per_buyer_limit: int
    countdown_s: float
    duration_s: float
    armed_at: float
    started_at: float | None = None
    live_at: float | None = None
    ends_at: float | None = None
    ended: bool = False
    end_reason: str | None = None
    ended_at: float | None = None
    sold: int = 0  # units its orders took; a manual adjust moves `remaining` only, never this
    buyers: dict[str, int] = field(default_factory=dict)
    order_ids: set[str] = field(default_factory=set)  # orders already counted: a later status sells nothing

    def status(self, now: float) -> str:
        """armed (checked, waiting for the go) → countdown → live → ended."""
        if self.ended:
            return "ended"
        if self.live_at is None:
            return "armed"
        return "countdown" if now < self.live_at else "live"

    @property
    def active(self) -> bool:
        return not self.ended

    def view(self, now: float) -> dict[str, Any]:
        status = self.status(now)
        d = asdict(self)
        del d["buyers"], d["order_ids"]
        d.update(status=status,
                 countdown_left_s=max(0.0, (self.live_at or now) - now) if status == "countdown" else 0.0,
                 time_left_s=max(0.0, (self.ends_at or now) - now) if status in ("countdown", "live") else 0.0)
        return d


def sale_view(sale: Sale | None, now: float) -> dict[str, Any] | None:
    return None if sale is None else sale.view(now)


def check_sale(state: ShowState, item_id: int, price: int, quantity: int, per_buyer_limit: int,
               countdown_s: float, duration_s: float, now: float, stock_left: int | None = None) -> None:
    """Refuse a sale that cannot run as asked; `stock_left` is what the sales desk says is left of
    the item (after the orders so far: a second 秒杀 of it can sell only that), else its stock."""
    seg = state.segment(item_id)
    if seg is None:
        raise Refused("not_found", "no such item on the run-sheet")
    if state.sale is not None and state.sale.active:
        raise Refused("sale_running", "another flash sale is counting down or live")
    if price <= 0:
        raise Refused("bad_price", "the deal price must be above zero")
    if seg.live_price and price >= seg.live_price:
        raise Refused("price_not_below_live", "the deal price must be below the live price")
    if not 0 < quantity <= MAX_QUANTITY:
        raise Refused("bad_quantity", "the quantity must be at least 1")
    left = stock_left if stock_left is not None else seg.stock
    if left is not None and quantity > left:  # stock not known: the producer's quantity decides
        raise Refused("quantity_above_stock", "the quantity is more than the stock")
    if not 0 < per_buyer_limit <= quantity:
        raise Refused("bad_limit", "the per-buyer limit must be at least 1")
    if not COUNTDOWN_S[0] <= countdown_s <= COUNTDOWN_S[1]:
        raise Refused("bad_countdown", "the countdown must be 10 to 300 seconds")
    if not DURATION_S[0] <= duration_s <= DURATION_S[1]:
        raise Refused("bad_duration", "the sale must last 1 to 20 minutes")


def new_orders(sale: Sale, orders: list[tuple[str, str, str, int]]) -> tuple[list[str], list[tuple[str, int]]]:
    """Of (order id, status, buyer, quantity) rows, the orders the sale has not seen: (their ids, their
    (buyer, quantity)). An order comes once per status (placed, then paid): only its first status
    takes stock, and a refund or cancellation never sells a unit."""
    seen = set(sale.order_ids)
    ids: list[str] = []
    rows: list[tuple[str, int]] = []
    for order_id, status, key, qty in orders:
        if order_id in seen or status in ("refunded", "cancelled"):
            continue
        seen.add(order_id)
        ids.append(order_id)
        rows.append((key, qty))
    return ids, rows


def order_quantities(sale: Sale, orders: list[tuple[str, int]]) -> tuple[int, list[list[Any]]]:
    """How much of a batch of (buyer, quantity) orders the sale's stock and per-buyer limit allow."""
    bought = dict(sale.buyers)
    left = sale.remaining
    counted: list[list[Any]] = []
    for key, qty in orders:
        allowed = min(qty, sale.per_buyer_limit - bought.get(key, 0), left)
        if allowed > 0:
            bought[key] = bought.get(key, 0) + allowed
            left -= allowed
            counted.append([key, allowed])
    return sale.remaining - left, counted


def sale_armed(state: ShowState, e: Event) -> None:
    d = e.data
    state.sale = Sale(
        sale_id=d["sale_id"], item_id=int(d["item_id"]), name=d["name"], sku=d["sku"], price=int(d["price"]),
        live_price=int(d["live_price"]), quantity=int(d["quantity"]), remaining=int(d["quantity"]),
        per_buyer_limit=int(d["per_buyer_limit"]), countdown_s=float(d["countdown_s"]),
        duration_s=float(d["duration_s"]), armed_at=e.ts)


def sale_started(state: ShowState, e: Event) -> None:
    sale = state.sale
    if sale is None or sale.ended or sale.live_at is not None:
        return
    sale.started_at = e.ts
    sale.live_at = e.ts + sale.countdown_s
    sale.ends_at = sale.live_at + sale.duration_s


def sale_stock(state: ShowState, e: Event) -> None:
    """Orders (`reason: orders`) sell units; the 场控's adjust (`manual`) takes units out of the sale or
    puts them back: what the sale has left moves, what it sold does not."""
    sale = state.sale
    if sale is None or sale.ended:
        return
    sale.remaining, sold = stock_moved(sale.remaining, e)
    sale.sold += sold
    for key, qty in e.data.get("orders", []):
        sale.buyers[key] = sale.buyers.get(key, 0) + int(qty)
    sale.order_ids.update(str(i) for i in e.data.get("order_ids", []))


def stock_moved(remaining: int, e: Event) -> tuple[int, int]:
    """(what a sale has left, units it sold) after a `sale_stock` event: never below zero; a manual
    adjust sells nothing. The reducer and the review's replay (app.core.review_items) both count so."""
    left = max(0, remaining + int(e.data["delta"]))
    return left, (remaining - left if e.data.get("reason") != "manual" else 0)


def sale_ended(state: ShowState, e: Event) -> None:
    """The item's `stock` is the planned stock and stays so: what sold is its paid orders, which the
    sales desk takes off once (app.core.sales), whether a sale ran or not."""
    sale = state.sale
    if sale is None or sale.ended:
        return
    sale.ended = True
    sale.end_reason = e.data.get("reason", "stopped")
    sale.ended_at = e.ts


STEPS = {SALE_ARMED: sale_armed, SALE_STARTED: sale_started, SALE_STOCK: sale_stock, SALE_ENDED: sale_ended}
