"""The flash sale (秒杀) desk: arm, start, stop, adjust stock; orders count against a live sale; time
up and sold out end it through the same commands."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from app.core import args as a
from app.core import sale as sx
from app.core.comments import Comment
from app.core.lottery import entrant_key
from app.core.orders import Order, order_from_comment
from app.core.runsheet import format_price
from app.core.sales import stock_left, usable_id
from app.core.text import fill
from app.live.speech import PRIORITY_CUE
from app.studio.errors import CommandError

if TYPE_CHECKING:
    from app.studio.studio import Studio

# Refusals decided in app.core.sale and app.core.coupon, shown through Qt's translation.
REFUSALS = (
    QT_TRANSLATE_NOOP("Commerce", "no such item on the run-sheet"),
    QT_TRANSLATE_NOOP("Commerce", "another flash sale is counting down or live"),
    QT_TRANSLATE_NOOP("Commerce", "the deal price must be above zero"),
    QT_TRANSLATE_NOOP("Commerce", "the deal price must be below the live price"),
    QT_TRANSLATE_NOOP("Commerce", "the quantity must be at least 1"),
    QT_TRANSLATE_NOOP("Commerce", "the quantity is more than the stock"),
    QT_TRANSLATE_NOOP("Commerce", "the per-buyer limit must be at least 1"),
    QT_TRANSLATE_NOOP("Commerce", "the countdown must be 10 to 300 seconds"),
    QT_TRANSLATE_NOOP("Commerce", "the sale must last 1 to 20 minutes"),
    QT_TRANSLATE_NOOP("Commerce", "a coupon takes an amount or a percent off"),
    QT_TRANSLATE_NOOP("Commerce", "a percent-off coupon must be between 0 and 100 percent"),
    QT_TRANSLATE_NOOP("Commerce", "the amount off must be above zero"),
    QT_TRANSLATE_NOOP("Commerce", "the amount off must be below the spend threshold"),
    QT_TRANSLATE_NOOP("Commerce", "the spend threshold cannot be negative"),
    QT_TRANSLATE_NOOP("Commerce", "quantity and claims per viewer must be at least 1"),
    QT_TRANSLATE_NOOP("Commerce", "a coupon is valid for 1 minute to 24 hours"),
    QT_TRANSLATE_NOOP("Commerce", "a coupon item is not on the run-sheet"),
)


def refused(exc: sx.Refused) -> CommandError:
    return CommandError(exc.code, QCoreApplication.translate("Commerce", str(exc)))


class FlashSaleDesk(QObject):
    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        self._spoken: set[str] = set()
        for cmd, fn in {"sale.arm": self.arm, "sale.start": self.start, "sale.stop": self.stop,
                        "sale.adjust_stock": self.adjust}.items():
            studio.register(cmd, fn)
        studio.shows.closers.append(self.close_for_end)
        studio.tick.connect(self.on_tick)

    def arm(self, args: dict[str, Any]) -> dict[str, Any]:
        """Check and prepare a sale; the host view shows it coming. `sale.start` then sets it going."""
        studio = self.studio
        studio.need_live()
        st = studio.state
        cur = st.current
        item_id = a.integer(args, "item_id", cur.item_id if cur else None)
        price = a.price(args, "price")
        quantity = a.integer(args, "quantity", lo=-sx.MAX_QUANTITY, hi=sx.MAX_QUANTITY)
        limit = a.integer(args, "per_buyer_limit", 1, lo=-sx.MAX_QUANTITY, hi=sx.MAX_QUANTITY)
        countdown = a.number(args, "countdown_s", 10.0)
        duration = a.number(args, "duration_s", 300.0)
        left, _low = stock_left(studio.snapshot(), item_id) if item_id is not None else (None, False)
        try:
            sx.check_sale(st, item_id, price, quantity, limit, countdown, duration, studio.clock.now(), left)
        except sx.Refused as exc:
            raise refused(exc) from None
        seg = st.segment(item_id)
        assert seg is not None
        sale_id = uuid.uuid4().hex[:8]
        studio.record(sx.SALE_ARMED, {
            "sale_id": sale_id, "item_id": item_id, "name": seg.name, "sku": seg.sku, "price": price,
            "live_price": seg.live_price, "quantity": quantity, "per_buyer_limit": limit, "countdown_s": countdown,
            "duration_s": duration})
        return {"sale_id": sale_id}

    def start(self, args: dict[str, Any]) -> dict[str, Any]:
        """Start the countdown of the armed sale; with terms, arm one (replacing an armed one) and start it.
        Refused terms change nothing: the armed sale stays armed."""
        studio = self.studio
        studio.need_live()
        sale = studio.state.sale
        armed = sale is not None and sale.status(studio.clock.now()) == "armed"
        if args or not armed:
            if armed:
                studio.record(sx.SALE_ENDED, {"reason": "replaced"})
            self.arm(args)
        sale = studio.state.sale
        assert sale is not None
        studio.record(sx.SALE_STARTED, {"sale_id": sale.sale_id})
        text = fill(self.tr("Flash sale for %1 in %2 seconds"), sale.name, int(sale.countdown_s))
        studio.after_commit(lambda: studio.say(text, PRIORITY_CUE))
        return {"sale_id": sale.sale_id}

    def _sale(self) -> sx.Sale:
        sale = self.studio.state.sale
        if sale is None or sale.ended:
            raise CommandError("no_sale", self.tr("no flash sale is running"))
        return sale

    def stop(self, args: dict[str, Any]) -> dict[str, Any]:
        self._sale()
        reason = a.text(args, "reason", "stopped")
        if reason not in ("stopped", "time_up", "sold_out"):
            raise a.BadArg("reason", "stopped, time_up or sold_out")
        self.studio.record(sx.SALE_ENDED, {"reason": reason})
        if reason == "sold_out":
            name = self.studio.state.sale.name if self.studio.state.sale else ""
            self.studio.after_commit(lambda: self.studio.say(fill(self.tr("%1 is sold out"), name), PRIORITY_CUE))
        return {}

    def adjust(self, args: dict[str, Any]) -> dict[str, Any]:
        sale = self._sale()
        delta = a.integer(args, "delta", lo=-sx.MAX_QUANTITY, hi=sx.MAX_QUANTITY)
        if delta == 0:
            raise CommandError("bad_args", self.tr("delta must not be zero"))
        self.studio.record(sx.SALE_STOCK, {"delta": max(delta, -sale.remaining), "reason": "manual"})
        self._end_if_sold_out()
        return {"remaining": self._sale().remaining if not sale.ended else 0}

    def _end_if_sold_out(self) -> None:
        sale = self.studio.state.sale
        if sale is not None and not sale.ended and sale.remaining <= 0:
            self.stop({"reason": "sold_out"})

    def close_for_end(self) -> None:
        sale = self.studio.state.sale
        if sale is not None and not sale.ended:
            self.studio.record(sx.SALE_ENDED, {"reason": "show_ended"})

    def on_batch(self, batch: list[Comment]) -> None:
        """Orders for the sale's SKU count against its stock and per-buyer limit. Once its time is up
        (a relay's catch-up after a reopen, before the first tick ends it), only the orders placed
        before its end count, and then it ends."""
        sale = self.studio.state.sale
        if sale is None or sale.status(self.studio.clock.now()) != "live":
            return
        ends_at = sale.ends_at
        if ends_at is not None and self.studio.clock.now() >= ends_at:  # a catch-up before the first tick
            batch = [c for c in batch if c.ts < ends_at]  # only what was placed in time
        self._count(sale, batch)
        sale = self.studio.state.sale  # the orders may have sold it out
        if sale is not None and not sale.ended:
            self._time_up(sale)

    def _count(self, sale: sx.Sale, batch: list[Comment]) -> None:
        is_for_sale = self._matcher(sale)
        rows = [(o.order_id, o.status, entrant_key(c.platform, c.user_id), o.quantity)
                for c in batch if c.kind == "order" and (o := order_from_comment(c)) is not None and is_for_sale(o)]
        ids, orders = sx.new_orders(sale, rows)
        if orders:
            total, counted = sx.order_quantities(sale, orders)
            if total:
                self._record_orders(-total, counted, ids)

    def _matcher(self, sale: sx.Sale) -> Callable[[Order], bool]:
        """Whether an order is for the sale's product: its product ID, or its SKU (any case), as the
        sales figures match orders (app.core.sales). Matched by SKU alone before, and exactly: a relay
        that names only the product ID (罗盘, 抖店) never sold a unit of it, and an order without a SKU
        counted against a sale on an item without one. The item is looked up once per batch."""
        seg = self.studio.state.segment(sale.item_id)
        pid = seg.product_id if seg is not None and usable_id(seg.product_id) else ""
        sku = sale.sku.lower()
        return lambda o: bool(pid and o.product_id == pid) or bool(sku and o.sku.lower() == sku)

    def _record_orders(self, delta: int, counted: list[list[Any]], order_ids: list[str]) -> None:
        def record() -> dict[str, Any]:
            self.studio.record(sx.SALE_STOCK, {"delta": delta, "reason": "orders", "orders": counted,
                                               "order_ids": order_ids})
            self._end_if_sold_out()
            return {}

        self.studio.run_auto("sale.orders", record)

    def on_tick(self) -> None:
        studio = self.studio
        now = studio.clock.now()
        sale = studio.state.sale
        if sale is None or sale.ended or sale.live_at is None or sale.ends_at is None:
            return
        key, left = sale.sale_id, sale.ends_at - now
        if now >= sale.live_at and f"{key}:live" not in self._spoken:
            self._spoken.add(f"{key}:live")
            studio.say(fill(self.tr("Flash sale is live: %1 at %2"), sale.name, format_price(sale.price)), PRIORITY_CUE)
        if 0 < left <= 10 and f"{key}:10" not in self._spoken:
            self._spoken.add(f"{key}:10")
            studio.say(self.tr("Ten seconds left in the flash sale"), PRIORITY_CUE)
        self._time_up(sale)

    def _time_up(self, sale: sx.Sale) -> None:
        """End a live sale whose time is up, stamped at its `ends_at`: the first tick after it can come
        long after (the app was down), and the review's sale end and the sale's length must not move
        with it; orders later than `ends_at` never count."""
        if sale.ends_at is None or self.studio.clock.now() < sale.ends_at:
            return

        def stop() -> dict[str, Any]:
            self._sale()
            self.studio.record(sx.SALE_ENDED, {"reason": "time_up"}, at=sale.ends_at)
            return {}

        self.studio.run_auto("sale.stop", stop)
