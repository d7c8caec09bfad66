"""The commerce desk: flash sales, coupons and lotteries, wired to the Studio and the feed.

Pure rules live in app.core.commerce and app.core.lottery; this turns commands into events,
counts orders against a live sale, collects lottery entrants from the comments as they arrive,
and speaks the moments a host must not miss.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from app.core import commerce as cx
from app.core import lottery as lt
from app.core.clock import format_duration
from app.core.comments import Comment
from app.core.runsheet import format_price
from app.core.text import fill
from app.core.triage import matches_keyword
from app.live.speech import PRIORITY_CUE, PRIORITY_NORMAL
from app.studio.studio import CommandError, Studio
from app.studio.tasks import run_in_thread

if False:
    QCoreApplication.translate("Commerce", "no such item on the run-sheet")
    QCoreApplication.translate("Commerce", "another flash sale is counting down or live")
    QCoreApplication.translate("Commerce", "the deal price must be above zero")
    QCoreApplication.translate("Commerce", "the deal price must be below the live price")
    QCoreApplication.translate("Commerce", "the quantity must be at least 1")
    QCoreApplication.translate("Commerce", "the quantity is more than the stock")
    QCoreApplication.translate("Commerce", "the per-buyer limit must be at least 1")
    QCoreApplication.translate("Commerce", "the countdown must be 10 to 300 seconds")
    QCoreApplication.translate("Commerce", "the sale must last 1 to 20 minutes")
    QCoreApplication.translate("Commerce", "a coupon takes an amount or a percent off")
    QCoreApplication.translate("Commerce", "a percent-off coupon must be between 0 and 100 percent")
    QCoreApplication.translate("Commerce", "the amount off must be above zero")
    QCoreApplication.translate("Commerce", "the amount off must be below the spend threshold")
    QCoreApplication.translate("Commerce", "the spend threshold cannot be negative")
    QCoreApplication.translate("Commerce", "quantity and claims per viewer must be at least 1")
    QCoreApplication.translate("Commerce", "a coupon is valid for 1 minute to 24 hours")
    QCoreApplication.translate("Commerce", "a coupon item is not on the run-sheet")


def _args(args: dict[str, Any], name: str, kind: type, default: Any = None) -> Any:
    if name not in args:
        if default is None:
            raise CommandError("bad_args", fill(QCoreApplication.translate("Commerce", "missing argument %1"), name))
        return default
    try:
        return kind(args[name])
    except (TypeError, ValueError):
        raise CommandError("bad_args",
                           fill(QCoreApplication.translate("Commerce", "argument %1 is not valid"), name)) from None


def _yuan(value: Any) -> int:
    """Prices on the wire are yuan (99 or 99.5); inside, fen."""
    return round(float(value) * 100)


class Commerce(QObject):
    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        self.entrants: lt.Entrants | None = None
        self.rule: lt.EntryRule | None = None
        self.last_seen_id = 0
        self._held: list[list[Comment]] | None = None
        self._spoken: set[str] = set()
        for cmd, fn in {"sale.arm": self.sale_arm, "sale.start": self.sale_start, "sale.stop": self.sale_stop,
                        "sale.adjust_stock": self.sale_adjust, "coupon.issue": self.coupon_issue,
                        "coupon.stop": self.coupon_stop, "coupon.claim": self.coupon_claim,
                        "lottery.open": self.lottery_open, "lottery.close": self.lottery_close,
                        "lottery.draw": self.lottery_draw, "lottery.redraw": self.lottery_redraw}.items():
            studio.register(cmd, fn)
        studio.entrants_count = lambda: len(self.entrants) if self.entrants is not None else 0
        studio.banner_lines = self.banners
        studio.tick.connect(self.on_tick)
        studio.show_opened.connect(self.on_show_opened)
        if studio.feed is not None:
            studio.feed.arrived.connect(self.on_batch)
        if studio.show_id is not None:
            self.on_show_opened(studio.show_id)

    @property
    def state(self) -> Any:
        return self.studio.state

    def now(self) -> float:
        return self.studio.clock.now()

    def _live(self) -> None:
        if self.studio.show_id is None or self.state.status != "live":
            raise CommandError("not_live", self.tr("the show is not live"))

    def _refused(self, exc: cx.Refused) -> CommandError:
        return CommandError(exc.code, self.tr(str(exc)))

    # ---- flash sale ---------------------------------------------------------------------------------

    def sale_arm(self, args: dict[str, Any]) -> dict[str, Any]:
        """Check and prepare a sale; the host view shows it coming. `sale.start` then sets it going."""
        self._live()
        cur = self.state.current
        item_id = _args(args, "item_id", int, cur.item_id if cur else None)
        price = _yuan(_args(args, "price", float))
        quantity = _args(args, "quantity", int)
        limit = _args(args, "per_buyer_limit", int, 1)
        countdown = _args(args, "countdown_s", float, 10.0)
        duration = _args(args, "duration_s", float, 300.0)
        try:
            cx.check_sale(self.state, item_id, price, quantity, limit, countdown, duration, self.now())
        except cx.Refused as exc:
            raise self._refused(exc) from None
        seg = self.state.segment(item_id)
        assert seg is not None
        sale_id = uuid.uuid4().hex[:8]
        self.studio.record(cx.SALE_ARMED, {
            "sale_id": sale_id, "item_id": item_id, "name": seg.name, "sku": seg.sku, "price": price,
            "live_price": seg.live_price, "quantity": quantity, "per_buyer_limit": limit, "countdown_s": countdown,
            "duration_s": duration})
        return {"sale_id": sale_id}

    def sale_start(self, args: dict[str, Any]) -> dict[str, Any]:
        """Start the countdown of the armed sale; with arguments, arm one and start it at once."""
        self._live()
        sale = self.state.extra.get("sale")
        armed = sale is not None and cx.sale_status(sale, self.now()) == "armed"
        if args or not armed:
            if armed:  # new terms replace the armed sale
                self.studio.record(cx.SALE_ENDED, {"reason": "stopped"})
            self.sale_arm(args)
            sale = self.state.extra["sale"]
        assert sale is not None
        self.studio.record(cx.SALE_STARTED, {"sale_id": sale["sale_id"]})
        self.studio.say(fill(self.tr("Flash sale for %1 in %2 seconds"), sale["name"], int(sale["countdown_s"])),
                        PRIORITY_CUE)
        return {"sale_id": sale["sale_id"]}

    def _sale(self) -> dict[str, Any]:
        sale = self.state.extra.get("sale")
        if not sale or sale["ended"]:
            raise CommandError("no_sale", self.tr("no flash sale is running"))
        return dict(sale)

    def sale_stop(self, _args: dict[str, Any]) -> dict[str, Any]:
        self._sale()
        self.studio.record(cx.SALE_ENDED, {"reason": "stopped"})
        return {}

    def sale_adjust(self, args: dict[str, Any]) -> dict[str, Any]:
        sale = self._sale()
        delta = _args(args, "delta", int)
        if delta == 0:
            raise CommandError("bad_args", self.tr("delta must not be zero"))
        self.studio.record(cx.SALE_STOCK, {"delta": max(delta, -sale["remaining"]), "reason": "manual"})
        self._check_sold_out()
        return {"remaining": self.state.extra["sale"]["remaining"]}

    def _check_sold_out(self) -> None:
        sale = self.state.extra.get("sale")
        if sale and not sale["ended"] and sale["remaining"] <= 0:
            self.studio.record(cx.SALE_ENDED, {"reason": "sold_out"})
            self.studio.say(fill(self.tr("%1 is sold out"), sale["name"]), PRIORITY_CUE)

    # ---- coupons ------------------------------------------------------------------------------------

    def coupon_issue(self, args: dict[str, Any]) -> dict[str, Any]:
        self._live()
        kind = "percent" if "percent" in args else "amount"
        value = float(_args(args, kind, float))
        threshold = _yuan(_args(args, "threshold", float, 0.0))
        quantity = _args(args, "quantity", int)
        per_user = _args(args, "per_user_limit", int, 1)
        valid_s = _args(args, "valid_s", float, 600.0)  # 抖店 red packets default to 10 minutes
        item_ids = [int(i) for i in args.get("item_ids") or []]
        stored_value = _yuan(value) if kind == "amount" else value  # amounts in fen, like every price
        try:
            cx.check_coupon(self.state, kind, stored_value, threshold, quantity, per_user, valid_s, item_ids)
        except cx.Refused as exc:
            raise self._refused(exc) from None
        coupon_id = uuid.uuid4().hex[:8]
        self.studio.record(cx.COUPON_ISSUED, {
            "coupon_id": coupon_id, "kind": kind, "value": stored_value, "threshold": threshold,
            "quantity": quantity, "per_user_limit": per_user, "valid_s": valid_s, "item_ids": item_ids})
        self.studio.say(self.coupon_text(self.state.extra["coupons"][-1]), PRIORITY_NORMAL)
        return {"coupon_id": coupon_id}

    def coupon_text(self, c: dict[str, Any]) -> str:
        off = format_price(c["value"]) if c["kind"] == "amount" else f"{c['value']:g}%"
        if c["threshold"]:
            return fill(self.tr("Coupon: %1 off orders over %2"), off, format_price(c["threshold"]))
        return fill(self.tr("Coupon: %1 off"), off)

    def _coupon_id(self, args: dict[str, Any]) -> str:
        coupon_id = str(args.get("coupon_id", ""))
        if not any(c["coupon_id"] == coupon_id for c in self.state.extra.get("coupons", [])):
            raise CommandError("not_found", self.tr("no such coupon"))
        return coupon_id

    def coupon_stop(self, args: dict[str, Any]) -> dict[str, Any]:
        self.studio.record(cx.COUPON_STOPPED, {"coupon_id": self._coupon_id(args)})
        return {}

    def coupon_claim(self, args: dict[str, Any]) -> dict[str, Any]:
        coupon_id = self._coupon_id(args)
        self.studio.record(cx.COUPON_CLAIMED, {"coupon_id": coupon_id, "count": _args(args, "count", int, 1)})
        return {}

    # ---- lottery ------------------------------------------------------------------------------------

    def lottery_open(self, args: dict[str, Any]) -> dict[str, Any]:
        self._live()
        lot = self.state.extra.get("lottery")
        if lot and lot["status"] in ("open", "closed"):
            raise CommandError("lottery_running", self.tr("another lottery is open; draw or close it first"))
        prize = str(args.get("prize", "")).strip()
        if not prize:
            raise CommandError("bad_args", self.tr("the lottery needs a prize"))
        winners = _args(args, "winners", int, 1)
        duration = _args(args, "duration_s", float, 180.0)
        if winners < 1 or not 10 <= duration <= 3600:
            raise CommandError("bad_args", self.tr("winners must be at least 1 and the duration 10 s to 1 hour"))
        match = str(args.get("match", "contains"))
        if match not in ("exact", "contains"):
            raise CommandError("bad_args", self.tr("match is exact or contains"))
        exclude_previous = bool(args.get("exclude_previous_winners", True))
        excluded = set(self.state.extra.get("lottery_winners", [])) if exclude_previous else set()
        feed = self.studio.feed
        if feed is not None:
            excluded |= {lt.entrant_key(p, u) for p, u in feed.blocked}
        seed = lt.new_seed()
        lottery_id = uuid.uuid4().hex[:8]
        data = {"lottery_id": lottery_id, "prize": prize, "winners_n": winners,
                "keyword": str(args.get("keyword", "")).strip(), "match": match, "duration_s": duration,
                "followers_only": bool(args.get("followers_only", False)),
                "min_fans_level": int(args.get("min_fans_level", 0) or 0),
                "exclude_previous_winners": exclude_previous, "excluded": sorted(excluded),
                "commitment": lt.commitment(seed), "first_comment_id": self.last_seen_id, "_seed": seed}
        self.studio.record(cx.LOTTERY_OPENED, data)
        self._start_collecting(self.state.extra["lottery"])
        kw = data["keyword"]
        self.studio.say(fill(self.tr("Lottery open: type %1 to enter"), kw) if kw else self.tr("Lottery open"),
                        PRIORITY_CUE)
        return {"lottery_id": lottery_id, "commitment": data["commitment"]}

    def _start_collecting(self, lot: dict[str, Any]) -> None:
        self.rule = lt.EntryRule(lot["keyword"], lot["match"] == "exact", lot["followers_only"],
                                 lot["min_fans_level"], frozenset(lot["excluded"]))
        self.entrants = lt.Entrants()

    def _lottery(self, *statuses: str) -> dict[str, Any]:
        lot = self.state.extra.get("lottery")
        if not lot or lot["status"] not in statuses:
            raise CommandError("no_lottery", self.tr("no lottery in a state for that"))
        return dict(lot)

    def lottery_close(self, _args: dict[str, Any] | None = None) -> dict[str, Any]:
        if self.recovering:
            raise CommandError("busy", self.tr("the entrants are still being read back; try again in a moment"))
        self._lottery("open")
        if self.studio.feed is not None:
            self.studio.feed.drain()  # take in everything that arrived before the close
        entrants = self.entrants or lt.Entrants()
        ehash = lt.entrant_hash(entrants.keys)
        self.studio.record(cx.LOTTERY_CLOSED, {"entrants": len(entrants), "entrant_hash": ehash,
                                               "last_comment_id": self.last_seen_id})
        return {"entrants": len(entrants), "entrant_hash": ehash}

    def _seed(self, lottery_id: str) -> str:
        assert self.studio.show_id is not None
        for e in reversed(self.studio.store.events(self.studio.show_id)):
            if e.type == cx.LOTTERY_OPENED and e.data["lottery_id"] == lottery_id:
                return str(e.data["_seed"])
        raise CommandError("not_found", self.tr("the lottery's seed is missing"))

    def lottery_draw(self, _args: dict[str, Any]) -> dict[str, Any]:
        if self.recovering:
            raise CommandError("busy", self.tr("the entrants are still being read back; try again in a moment"))
        lot = self._lottery("open", "closed")
        if lot["status"] == "open":
            self.lottery_close()
            lot = self._lottery("closed")
        entrants = self.entrants or lt.Entrants()
        if not len(entrants):
            raise CommandError("no_entrants", self.tr("nobody has entered the lottery"))
        seed = self._seed(lot["lottery_id"])
        ehash, positions = lt.draw(seed, entrants.keys, lot["winners_n"])
        if ehash != lot["entrant_hash"]:
            raise CommandError("integrity", self.tr("the entrant list changed after it was frozen"))
        winners: list[dict[str, Any]] = [
            {"key": entrants.keys[p], "name": entrants.names[entrants.keys[p]], "position": i}
            for i, p in enumerate(positions)]
        self.studio.record(cx.LOTTERY_DRAWN, {"lottery_id": lot["lottery_id"], "seed": seed, "winners": winners})
        names = "、".join(w["name"] for w in winners)
        self.studio.say(fill(self.tr("Congratulations %1, you won %2"), names, lot["prize"]), PRIORITY_CUE)
        return {"winners": winners, "seed": seed}

    def lottery_redraw(self, args: dict[str, Any]) -> dict[str, Any]:
        lot = self._lottery("drawn")
        user = str(args.get("user_id", ""))
        reason = str(args.get("reason", "")).strip()
        if not reason:
            raise CommandError("bad_args", self.tr("a re-draw needs a reason"))
        removed = next((w for w in lot["winners"] if w["key"] == user or w["key"].split(":", 1)[-1] == user), None)
        if removed is None:
            raise CommandError("not_found", self.tr("that viewer is not a winner"))
        entrants = self.entrants or lt.Entrants()
        position = lot["winners_n"] + len(lot["redraws"])
        _h, positions = lt.draw(lot["seed"], entrants.keys, lot["winners_n"], len(lot["redraws"]) + 1)
        winner = None
        if len(positions) > position:
            key = entrants.keys[positions[position]]
            winner = {"key": key, "name": entrants.names[key], "position": position}
        self.studio.record(cx.LOTTERY_REDRAWN, {"lottery_id": lot["lottery_id"], "removed": removed["key"],
                                                "reason": reason, "winner": winner})
        if winner:
            self.studio.say(fill(self.tr("New winner: %1"), winner["name"]), PRIORITY_CUE)
        return {"winner": winner}

    # ---- the feed and the clock ---------------------------------------------------------------------------

    def on_batch(self, batch: list[Comment]) -> None:
        if not batch:
            return
        if self._held is not None:  # entrants are still being rebuilt: keep these for after
            self._held.append(batch)
            self.last_seen_id = max(self.last_seen_id, batch[-1].id)
            return
        lot = self.state.extra.get("lottery")
        if lot and lot["status"] == "open" and self.entrants is not None and self.rule is not None:
            first = lot["first_comment_id"]
            self.entrants.add_from((c for c in batch if c.id > first), self.rule, matches_keyword)
        self.last_seen_id = max(self.last_seen_id, batch[-1].id)
        sale = self.state.extra.get("sale")
        if sale and cx.sale_status(sale, self.now()) == "live":
            orders = [(lt.entrant_key(c.platform, c.user_id), int((c.extra or {}).get("quantity", 1)))
                      for c in batch if c.kind == "order" and (c.extra or {}).get("sku") == sale["sku"]]
            if orders:
                total, counted = cx.order_quantities(sale, orders)
                if total:
                    self.studio.record(cx.SALE_STOCK, {"delta": -total, "reason": "orders", "orders": counted})
                    self._check_sold_out()

    def on_tick(self) -> None:
        now = self.now()
        sale = self.state.extra.get("sale")
        if sale and not sale["ended"] and sale["live_at"] is not None:
            left = sale["ends_at"] - now
            key = sale["sale_id"]
            if now >= sale["live_at"] and f"{key}:live" not in self._spoken:
                self._spoken.add(f"{key}:live")
                self.studio.say(fill(self.tr("Flash sale is live: %1 at %2"), sale["name"],
                                     format_price(sale["price"])), PRIORITY_CUE)
            if 0 < left <= 10 and f"{key}:10" not in self._spoken:
                self._spoken.add(f"{key}:10")
                self.studio.say(self.tr("Ten seconds left in the flash sale"), PRIORITY_CUE)
            if left <= 0:
                self.studio.record(cx.SALE_ENDED, {"reason": "time_up"})
        lot = self.state.extra.get("lottery")
        if lot and lot["status"] == "open" and now >= lot["closes_at"]:
            self.lottery_close()

    def on_show_opened(self, _show_id: int) -> None:
        """After a restart, a lottery's entrants are rebuilt from the stored comments, off the GUI thread;
        comments arriving meanwhile are held and added after them, in order."""
        self.entrants, self.rule, self._held = None, None, None
        show = self.studio.show_id
        assert show is not None
        self.last_seen_id = self.studio.feed.pipeline.last_id if self.studio.feed else 0
        lot = self.state.extra.get("lottery")
        if not lot or lot["status"] not in ("open", "closed", "drawn"):
            return
        self._start_collecting(lot)
        rule = self.rule
        assert rule is not None
        upto = lot.get("last_comment_id") or self.last_seen_id
        store, first = self.studio.store, lot["first_comment_id"]
        self._held = []

        def rebuild() -> lt.Entrants:
            entrants = lt.Entrants()
            entrants.add_from(store.iter_comments(show, min_id=first, max_id=upto), rule, matches_keyword)
            return entrants

        def done(entrants: lt.Entrants | None, error: BaseException | None) -> None:
            held, self._held = self._held or [], None
            if error is not None or entrants is None or self.studio.show_id != show:
                return
            self.entrants = entrants
            for batch in held:
                self.on_batch([c for c in batch if c.id > upto])
            self.studio.state_changed.emit()

        run_in_thread(rebuild, done)

    @property
    def recovering(self) -> bool:
        return self._held is not None

    # ---- the host view -------------------------------------------------------------------------------------

    def banners(self, now: float) -> list[str]:
        out = []
        sale = cx.sale_view(self.state.extra.get("sale"), now)
        if sale and (sale["status"] != "ended" or now - sale.get("ended_at", now) < 15):
            if sale["status"] == "armed":
                out.append(fill(self.tr("Flash sale %1 · coming up · %2 pieces"), format_price(sale["price"]),
                                sale["quantity"]))
            elif sale["status"] == "countdown":
                out.append(fill(self.tr("Flash sale %1 · starts in %2"), format_price(sale["price"]),
                                format_duration(sale["countdown_left_s"])))
            elif sale["status"] == "live":
                out.append(fill(self.tr("Flash sale %1 · only %2 left · %3"), format_price(sale["price"]),
                                sale["remaining"], format_duration(sale["time_left_s"])))
            elif sale["end_reason"] == "sold_out":
                out.append(fill(self.tr("Flash sale sold out · %1 sold"), sale["sold"]))
        for c in cx.coupons_view(self.state.extra.get("coupons", []), now):
            if c["status"] == "active":
                out.append(fill(self.tr("%1 · %2 left · %3"), self.coupon_text(c), c["left"],
                                format_duration(c["time_left_s"])))
        lot = self.state.extra.get("lottery")
        if lot and lot["status"] == "open":
            kw = lot["keyword"] or self.tr("any comment")
            out.append(fill(self.tr("Lottery: %1 · type “%2” · %3 entered · %4"), lot["prize"], kw,
                            len(self.entrants) if self.entrants else 0,
                            format_duration(max(0.0, lot["closes_at"] - now))))
        elif lot and lot["status"] == "drawn" and now - lot.get("closed_at", now) < 600:
            out.append(fill(self.tr("🎉 %1 won by %2"), lot["prize"], "、".join(w["name"] for w in lot["winners"])))
        return out

