"""The review's grouped SQL against the same figures counted in Python from the stored rows.

The review reads a show through grouped queries run on two connections at once (app.models.review):
per-cell sums, distinct commenters per minute, one pass for viewers seen and commenters, orders
read as plain rows and counted while the rest runs. A seeded random show with every kind, flag
combination, empty user ids, 返场 and comments before and after the show must review exactly as a
plain Python count of `Store.comments` says.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime
from typing import Any

from app.core import comments as cm
from app.core import gift_units as gu
from app.core import review as rv
from app.core import sales
from app.core.questions import question_key
from app.core.runsheet import Item
from app.models import review as mr
from app.models.review_cells import COMPLIANCE_BITS
from app.models.store import Store
from tests.review_show import add_comments

T0 = 1_764_000_000.0
WORDINGS = ["多少钱?", "多少钱？", " 多少钱 ", "有没有大码", "有没有 大码!", "怎么买", "", "ABC?", "abc"]
KINDS = ["comment"] * 6 + ["like", "gift", "join", "follow", "order", "viewers", "share"]


def _show(store: Store, rng: random.Random) -> int:
    items = [Item(f"商品{i}", f"SKU-{i}", 19900, 9900, 50, 2.5) for i in range(4)]
    show_id = store.create_show("对照", "douyin", "主播", datetime.fromtimestamp(T0 - 60), items)
    ids = [int(i.id or 0) for i in store.items(show_id)]
    store.append_event(show_id, "show_started", T0, {"segments": [
        {"item_id": i, "name": f"商品{n}", "planned_s": 150.0, "sku": f"SKU-{n}"} for n, i in enumerate(ids)]})
    at = T0
    for n, item_id in enumerate([*ids, ids[1]]):  # the second item comes back (返场)
        store.append_event(show_id, "segment_started", at, {"index": n % 4, "item_id": item_id, "via": "next"})
        at += rng.uniform(70, 200)  # visits that split minutes anywhere
    store.append_event(show_id, "show_ended", at, {})
    rows: list[dict[str, Any]] = []
    for n in range(3000):
        kind = rng.choice(KINDS)
        row: dict[str, Any] = {"kind": kind, "ts": rng.uniform(T0 - 120, at + 120), "msg_id": f"r{n}",
                               "user_id": rng.choice(["", *(f"u{k}" for k in range(150))])}
        if kind == "comment":
            row["text"] = rng.choice(WORDINGS)
            row["flags"] = rng.choice([0, 0, 0, cm.QUESTION, cm.NEGATIVE, cm.QUESTION | cm.NEGATIVE,
                                       cm.BANNED_ABSOLUTE | cm.BANNED_DIVERSION, cm.BANNED_MEDICAL | cm.QUESTION,
                                       cm.BANNED_GUARANTEE, cm.BANNED_OTHER | cm.NEGATIVE])
        elif kind == "like":
            row["extra"] = rng.choice([None, {"count": rng.randrange(1, 30)}])
        elif kind == "gift":
            row["extra"] = {"gift": "玫瑰", "count": rng.randrange(1, 5), "value": rng.choice([0, 10, 52]),
                            **rng.choice([{}, {"value_unit": "tiktok_coin"}, {"value_unit": "wechat_bean"}])}
        elif kind == "viewers":
            row["extra"] = {"online": rng.randrange(100, 900), "total": 5000 + n}
        elif kind == "order":
            row["extra"] = {"sku": f"SKU-{rng.randrange(5)}", "quantity": rng.randrange(1, 3), "amount": 99,
                            "order_id": f"o{rng.randrange(400)}", "status": rng.choice(["paid", "refunded"])}
        rows.append(row)
    add_comments(store, show_id, rows)
    return show_id


def _span(vis: list[rv.Visit], ts: float) -> int:
    if ts < vis[0].start:
        return 0
    for i, v in enumerate(vis):
        if v.start <= ts < v.end:
            return i + 1
    return len(vis) + 1


def _python_sums(rows: list[Any], vis: list[rv.Visit]) -> list[dict[str, Any]]:
    """Per span (before, each visit, after): what the review's Agg holds, counted row by row."""
    out: list[dict[str, Any]] = [defaultdict(int) for _ in range(len(vis) + 2)]
    for c in rows:
        s, x = out[_span(vis, c.ts)], c.extra or {}
        s[c.kind] += 1
        if c.kind == "comment":
            s["questions"] += bool(c.flags & cm.QUESTION)
            s["negatives"] += bool(c.flags & cm.NEGATIVE)
            for name, bit in COMPLIANCE_BITS.items():
                s[name] += bool(c.flags & bit)
        elif c.kind == "like":
            s["likes"] += x.get("count", 1)
        elif c.kind == "gift":
            s["gifts"] += x["count"]
            s[f"gift_value:{gu.unit_of(x.get('value_unit'), c.platform, 'donation' in x)}"] += x["value"]
            s["gift_valued"] += x["value"] != 0
        elif c.kind == "viewers":
            s["online_max"] = max(s["online_max"], x["online"])
            s["online_n"] += 1
    return out


def _review_sums(a: rv.Agg) -> dict[str, Any]:
    out: dict[str, Any] = defaultdict(int, {k: n for k, n in a.kinds.items() if n})
    for key in ("questions", "negatives", "likes", "gifts", "gift_valued", "online_n"):
        if getattr(a, key):
            out[key] = getattr(a, key)
    out.update({f"gift_value:{u}": v for u, v in a.gift_values.items() if v})
    if a.online_max:
        out["online_max"] = a.online_max
    out.update({k: n for k, n in a.compliance.items() if n})
    return out


def test_grouped_review_equals_a_python_count_of_the_rows(store: Store) -> None:
    rng = random.Random(22)
    show_id = _show(store, rng)
    inp = mr.load_input(store, show_id, T0 + 10_000)
    rows = store.comments(show_id)
    _s, _e, vis = rv.visits((e for e in inp.events if e.type in rv.SEGMENT_TYPES), inp.now)
    assert len(vis) == 5

    assert inp.viewers_seen == len({c.user_id for c in rows if c.user_id})
    assert inp.commenters == len({c.user_id for c in rows if c.user_id and c.kind == "comment"})
    per_minute: dict[int, set[str]] = defaultdict(set)
    last = vis[0].start + (int((vis[-1].end - vis[0].start) // 60) + 1) * 60  # the last minute is whole
    for c in rows:
        if c.kind == "comment" and vis[0].start <= c.ts < last:
            per_minute[int((c.ts - vis[0].start) // 60)].add(c.user_id)
    assert inp.commenters_per_min == {m: len(users) for m, users in per_minute.items()}
    expected = _python_sums(rows, vis)
    assert [_review_sums(a) for a in inp.span_aggs] == [{k: v for k, v in s.items() if v} for s in expected]

    fed = sales.Sales()
    fed.set_items(mr.sale_items(store, show_id, inp.items))
    fed.add_comments([c for c in rows if c.kind == "order"])
    assert inp.sales.view() == fed.view()
    assert inp.sales.view()["totals"]["orders"] > 100


def test_top_questions_equal_a_python_grouping_of_the_rows(store: Store) -> None:
    """One read grouped by text and piece of time gives each question's count, first wording and the
    item it was asked under most, as grouping the stored questions in Python does."""
    show_id = _show(store, random.Random(7))
    inp = mr.load_input(store, show_id, T0 + 10_000)
    _s, _e, vis = rv.visits((e for e in inp.events if e.type in rv.SEGMENT_TYPES), inp.now)
    names = {i.id: i.name for i in inp.items}
    top = mr.top_questions(store, show_id, vis, names)
    groups: dict[str, list[Any]] = {}
    asked: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for c in sorted((c for c in store.comments(show_id) if c.kind == "comment" and c.flags & cm.QUESTION),
                    key=lambda c: (c.ts, c.id)):
        key = question_key(c.text)  # the live queue's grouping; it lists no empty question
        if not key:
            continue
        groups.setdefault(key, [0, c.ts, c.text])[0] += 1
        for v in vis:
            if v.start <= c.ts < v.end:
                asked[key][v.item_id] += 1
    assert len(groups) >= 4 and all(asked[k] for k in groups)
    assert len(top) == len(groups)
    for g in top:
        key = question_key(g["text"])
        assert [g["count"], g["first_ts"], g["text"]] == groups[key]
        assert asked[key][g["item_id"]] == max(asked[key].values())
        assert g["item"] == names[g["item_id"]]
