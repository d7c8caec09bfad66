"""Shows with known events for the review tests: every figure below is worked out by hand."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert

from app.core import comments as cm
from app.core import lottery as lt
from app.core.comments import Comment
from app.core.runsheet import Item
from app.core.triage import comment_matches
from app.models.schema import CommentRow
from app.models.store import Store

T0 = 1_764_000_000.0  # the show starts here, 5 minutes late


def _seg(item: Item) -> dict[str, Any]:
    assert item.id is not None
    return {"item_id": item.id, "name": item.name, "planned_s": item.planned_min * 60, "sku": item.sku,
            "live_price": item.live_price, "list_price": item.list_price, "stock": item.stock, "talking_points": "",
            "cues": [], "product_id": item.product_id, "cart_no": item.cart_no}


def add_comments(store: Store, show_id: int, rows: list[dict[str, Any]]) -> list[int]:
    base = {"platform": "douyin", "user_id": "", "user_name": "", "text": "", "follower": False, "fans_level": 0,
            "flags": 0, "item_ref": None, "deleted": False, "extra": None}
    full = [{**base, **r, "show_id": show_id, "msg_id": r.get("msg_id") or f"m{show_id}-{i}-{r['ts']}"}
            for i, r in enumerate(rows)]
    with store.session() as s, s.begin():
        s.execute(insert(CommentRow), full)
        ids = [int(i) for i in s.scalars(CommentRow.__table__.select().with_only_columns(CommentRow.id)
                                         .where(CommentRow.show_id == show_id).order_by(CommentRow.id))]
    return ids


def build_show(store: Store, *, viewers: bool = True, orders: bool = True, title: str = "复盘测试",
               start: float = T0) -> tuple[int, dict[str, int]]:
    """Items CT-1 (10 min), SW-2 (8 min), SC-3 (6 min). Returns the show id and item ids by SKU.

    On air: CT-1 0:00-10:00, SW-2 10:00-18:00, CT-1 again 18:00-20:00 (返场), SC-3 20:00-25:00, end.
    """
    items = [Item("羊毛大衣", "CT-1", 89900, 49900, 120, 10), Item("摇粒绒卫衣", "SW-2", 19900, 9900, 300, 8),
             Item("=HYPERLINK(\"x\")", "SC-3", 39900, 19900, 80, 6)]
    show_id = store.create_show(title, "douyin", "主播", datetime.fromtimestamp(start - 300), items)
    stored = store.items(show_id)
    ids = {i.sku: int(i.id or 0) for i in stored}
    ct, sw, sc = ids["CT-1"], ids["SW-2"], ids["SC-3"]
    ev = store.append_event

    def comment(dt: float, user: str, text: str, flags: int = 0, ref: int | None = None) -> dict[str, Any]:
        return {"kind": "comment", "ts": start + dt, "user_id": user, "user_name": f"观众{user}", "text": text,
                "flags": flags, "item_ref": ref}

    rows = [
        comment(-60, "u9", "来了"),  # before the show: counted, but outside every item
        comment(30, "u1", "多少钱?", cm.QUESTION),
        comment(40, "u2", "多少钱？ ", cm.QUESTION),
        comment(50, "u3", "3号链接还有吗", cm.QUESTION | cm.PRODUCT, sc),
        comment(60, "u1", "假货吧", cm.NEGATIVE),
        comment(70, "u2", "福袋"),
        comment(80, "u3", "福袋"),
        comment(700, "u4", "最好的大衣 加微", cm.BANNED_ABSOLUTE | cm.BANNED_DIVERSION),
        comment(1250, "u5", "福袋"),
        {"kind": "like", "ts": start + 35, "user_id": "u1", "extra": {"count": 10}},
        {"kind": "like", "ts": start + 650, "user_id": "u6", "extra": {"count": 5}},
        {"kind": "gift", "ts": start + 45, "user_id": "u2", "extra": {"gift": "玫瑰", "count": 3, "value": 30}},
        {"kind": "gift", "ts": start + 1100, "user_id": "u3", "extra": {"gift": "小心心", "count": 1, "value": 10}},
        {"kind": "follow", "ts": start + 20, "user_id": "u7"},
        {"kind": "follow", "ts": start + 610, "user_id": "u8"},
        *[{"kind": "join", "ts": start + 5 + i, "user_id": f"j{i}"} for i in range(4)],
    ]
    if viewers:
        rows += [{"kind": "viewers", "ts": start + 10, "extra": {"online": 100, "total": 1000}},
                 {"kind": "viewers", "ts": start + 610, "extra": {"online": 150, "total": 1200}},
                 {"kind": "viewers", "ts": start + 1210, "extra": {"online": 120, "total": 1300}}]
    if orders:
        rows += [{"kind": "order", "ts": start + 90, "user_id": "u1",
                  "extra": {"sku": "CT-1", "quantity": 1, "amount_fen": 49900}},
                 {"kind": "order", "ts": start + 660, "user_id": "u2",
                  "extra": {"sku": "CT-1", "quantity": 2, "amount_fen": 99800}},
                 {"kind": "order", "ts": start + 665, "user_id": "u1",
                  "extra": {"sku": "SW-2", "quantity": 1, "amount_fen": 9900}}]
    comment_ids = add_comments(store, show_id, rows)

    ev(show_id, "show_started", start, {"segments": [_seg(i) for i in stored]})
    ev(show_id, "segment_started", start, {"index": 0, "item_id": ct, "via": "start"})
    ev(show_id, "coupon_issued", start + 100, {"coupon_id": "c1", "kind": "amount", "value": 1000, "threshold": 0,
                                               "quantity": 100, "per_user_limit": 1, "valid_s": 600, "item_ids": []})
    ev(show_id, "coupon_claimed", start + 110, {"coupon_id": "c1", "count": 30})
    ev(show_id, "coupon_claimed", start + 120, {"coupon_id": "c1", "count": 5})
    ev(show_id, "cue_fired", start + 180, {"item_id": ct, "cue_index": 0, "text": "口播优惠券"})
    ev(show_id, "cue_fired", start + 480, {"item_id": ct, "cue_index": 1, "text": "秒杀预告"})
    # A lottery over the comments typed "福袋" in the first item: entrants u2 and u3.
    seed = lt.new_seed()
    ev(show_id, "lottery_opened", start + 65, {
        "lottery_id": "L1", "prize": "围巾", "winners_n": 1, "keyword": "福袋", "match": "contains",
        "duration_s": 60, "followers_only": False, "min_fans_level": 0, "exclude_previous_winners": True,
        "excluded": [], "commitment": lt.commitment(seed), "first_comment_id": comment_ids[0], "_seed": seed})
    window = [Comment("comment", "douyin", "x", start + t, u, f"观众{u}", "福袋", id=comment_ids[k])
              for k, t, u in ((5, 70, "u2"), (6, 80, "u3"))]
    entrants = lt.Entrants()
    entrants.add_from(window, lt.EntryRule("福袋"), comment_matches)
    ehash, positions = lt.draw(seed, entrants.keys, 1, 1)
    ev(show_id, "lottery_closed", start + 125, {"entrants": 2, "entrant_hash": ehash,
                                                "last_comment_id": comment_ids[6]})
    winner = entrants.keys[positions[0]]
    ev(show_id, "lottery_drawn", start + 130, {"lottery_id": "L1", "seed": seed,
                                               "winners": [{"key": winner, "name": entrants.names[winner],
                                                            "position": 0}]})
    other = entrants.keys[positions[1]]
    ev(show_id, "lottery_redrawn", start + 140, {"lottery_id": "L1", "removed": winner, "reason": "no reply",
                                                 "winner": {"key": other, "name": entrants.names[other],
                                                            "position": 1}})
    ev(show_id, "segment_started", start + 600, {"index": 1, "item_id": sw, "via": "next"})
    ev(show_id, "sale_armed", start + 620, {"sale_id": "s1", "item_id": sw, "name": "摇粒绒卫衣", "sku": "SW-2",
                                            "price": 7900, "live_price": 9900, "quantity": 10, "per_buyer_limit": 2,
                                            "countdown_s": 10, "duration_s": 300})
    ev(show_id, "sale_started", start + 630, {"sale_id": "s1"})
    ev(show_id, "sale_stock", start + 660, {"delta": -4, "orders": [["douyin:u2", 2]]})
    ev(show_id, "sale_stock", start + 700, {"delta": -6, "orders": [["douyin:u1", 2]]})
    ev(show_id, "sale_ended", start + 700, {"reason": "sold_out"})
    ev(show_id, "comment_pinned", start + 710, {"comment": {"id": comment_ids[1], "text": "多少钱?"}})
    ev(show_id, "segment_started", start + 1080, {"index": 0, "item_id": ct, "via": "goto"})
    ev(show_id, "segment_started", start + 1200, {"index": 2, "item_id": sc, "via": "next"})
    ev(show_id, "show_ended", start + 1500, {})
    store.update_show(show_id, status="ended")
    return show_id, ids
