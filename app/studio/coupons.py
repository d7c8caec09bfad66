"""The coupon desk: issue, stop and count claims (no relay sends claims, so they are counted by hand
or by `coupon.claim` from a Stream Deck); the show's end stops every coupon still active."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.core import args as a
from app.core import coupon as cp
from app.core.runsheet import format_price
from app.core.sale import Refused
from app.core.text import fill
from app.live.speech import PRIORITY_NORMAL
from app.studio.errors import CommandError
from app.studio.flash_sale import refused

if TYPE_CHECKING:
    from app.studio.studio import Studio


class CouponDesk(QObject):
    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        for cmd, fn in {"coupon.issue": self.issue, "coupon.stop": self.stop, "coupon.claim": self.claim}.items():
            studio.register(cmd, fn)
        studio.shows.closers.append(self.close_for_end)

    def issue(self, args: dict[str, Any]) -> dict[str, Any]:
        studio = self.studio
        studio.need_live()
        kind = "percent" if "percent" in args else "amount"
        if kind == "percent":
            value: float = a.number(args, "percent", lo=-100, hi=100)
        else:
            value = round(a.number(args, "amount", lo=-cp.MAX_THRESHOLD, hi=cp.MAX_THRESHOLD) * 100)
        threshold = round(a.number(args, "threshold", 0.0, lo=-cp.MAX_THRESHOLD, hi=cp.MAX_THRESHOLD) * 100)
        quantity = a.integer(args, "quantity", lo=-cp.MAX_QUANTITY, hi=cp.MAX_QUANTITY)
        per_user = a.integer(args, "per_user_limit", 1, lo=-cp.MAX_QUANTITY, hi=cp.MAX_QUANTITY)
        valid_s = a.number(args, "valid_s", 600.0)  # 抖店 red packets default to 10 minutes
        raw_ids = args.get("item_ids") or []
        if not isinstance(raw_ids, list):
            raise a.BadArg("item_ids", "a list of item ids")
        item_ids = [a.integer({"id": i}, "id") for i in raw_ids]
        try:
            cp.check_coupon(studio.state, kind, value, threshold, quantity, per_user, valid_s, item_ids)
        except Refused as exc:
            raise refused(exc) from None
        coupon_id = uuid.uuid4().hex[:8]
        studio.record(cp.COUPON_ISSUED, {
            "coupon_id": coupon_id, "kind": kind, "value": value, "threshold": threshold,
            "quantity": quantity, "per_user_limit": per_user, "valid_s": valid_s, "item_ids": item_ids})
        text = self.coupon_text(studio.state.coupons[-1])
        studio.after_commit(lambda: studio.say(text, PRIORITY_NORMAL))
        return {"coupon_id": coupon_id}

    def coupon_text(self, c: cp.Coupon) -> str:
        off = format_price(int(c.value)) if c.kind == "amount" else f"{c.value:g}%"
        if c.threshold:
            return fill(self.tr("Coupon: %1 off orders over %2"), off, format_price(c.threshold))
        return fill(self.tr("Coupon: %1 off"), off)

    def _coupon(self, args: dict[str, Any]) -> cp.Coupon:
        self.studio.need_show()
        c = cp.find(self.studio.state, a.text(args, "coupon_id", ""))
        if c is None:
            raise CommandError("not_found", self.tr("no such coupon"))
        return c

    def stop(self, args: dict[str, Any]) -> dict[str, Any]:
        c = self._coupon(args)
        if c.stopped:
            raise CommandError("bad_state", self.tr("the coupon is already stopped"))
        self.studio.record(cp.COUPON_STOPPED, {"coupon_id": c.coupon_id})
        return {}

    def claim(self, args: dict[str, Any]) -> dict[str, Any]:
        c = self._coupon(args)
        count = a.integer(args, "count", 1, lo=1, hi=cp.MAX_QUANTITY)
        self.studio.record(cp.COUPON_CLAIMED, {"coupon_id": c.coupon_id, "count": count})
        return {"claimed": c.claimed}

    def close_for_end(self) -> None:
        now = self.studio.clock.now()
        for c in list(self.studio.state.coupons):
            if c.status(now) == "active":
                self.studio.record(cp.COUPON_STOPPED, {"coupon_id": c.coupon_id, "reason": "show_ended"})
