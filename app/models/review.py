"""The review's SQL: aggregates over a show's events and comments, summed by SQLite, not by Python.

The comments table is read once per kind, joined to time cells (each minute of each item visit)
through the (show_id, kind, ts) index, so every count per (visit, minute, kind) comes out already
grouped (app.models.review_cells); the distinct counts come from covering indexes (revision
0004_review). Python then only adds up a few thousand groups.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from itertools import pairwise
from typing import Any, TypeVar

from sqlalchemy import Connection, and_, case, delete, func, select
from sqlalchemy.orm import Session

from app.core import comments as cm
from app.core import review as rv
from app.core import sales
from app.core.comments import Comment
from app.core.events import Event
from app.core.questions import question_key
from app.models.dialect import insert_ignoring_duplicates
from app.models.review_cells import CELLS, agg, comment_groups, commenters_per_cell, other_groups, with_cells
from app.models.schema import CommentRow, EventRow, ReviewFollowup, Show
from app.models.schema import Item as ItemRow
from app.models.store import COMMENT_COLUMNS, NotFound, Store, to_comments

T = TypeVar("T")
_BIG = 1e18


def _epoch(dt: datetime | None) -> float | None:
    return None if dt is None else dt.timestamp()  # naive datetimes are local time, as the editor wrote them


def order_comments(store: Store, show_id: int, max_id: int | None = None) -> list[Comment]:
    """A show's stored `order` events in arrival order (through the (show_id, kind, ts) index):
    what `app.core.sales.Sales` counts, for the desk after a restart and for the review."""
    c = CommentRow
    stmt = select(*COMMENT_COLUMNS).where(c.show_id == show_id, c.kind == "order").order_by(c.id)
    if max_id is not None:
        stmt = stmt.where(c.id <= max_id)
    with store.engine.connect() as conn:
        return to_comments(conn.execute(stmt))


def sale_items(store: Store, show_id: int, items: Sequence[rv.ItemInfo]) -> list[sales.SaleItem]:
    """The run-sheet as the sales figures need it (prices and stock from the items table; an item
    only in the show's frozen segments keeps what was frozen)."""
    with store.session() as s:
        rows = {r.id: r for r in s.scalars(select(ItemRow).where(ItemRow.show_id == show_id))}
    out = []
    for i in items:
        r = rows.get(i.id)
        out.append(sales.SaleItem(i.id, i.name, i.product_id, i.sku, r.live_price if r else 0, r.stock if r else None,
                                  r.cart_no if r else ""))
    return out


def show_events(store: Store, show_id: int, types: Sequence[str] = rv.REVIEW_EVENT_TYPES) -> list[Event]:
    stmt = (select(EventRow.type, EventRow.ts, EventRow.data, EventRow.seq)
            .where(EventRow.show_id == show_id, EventRow.type.in_(types)).order_by(EventRow.seq))
    with store.session() as s:
        return [Event(t, ts, dict(d or {}), seq) for t, ts, d, seq in s.execute(stmt)]


def _show_and_items(store: Store, show_id: int) -> tuple[tuple[str, str, float | None], list[rv.ItemInfo]]:
    """The show's title, status and planned start, and its run-sheet items in order."""
    with store.session() as s:
        show = s.get(Show, show_id)
        if show is None:
            raise NotFound(f"show {show_id} does not exist")
        items = [rv.ItemInfo(r.id, r.position, r.name, r.sku, r.product_id, r.planned_min)
                 for r in s.scalars(select(ItemRow).where(ItemRow.show_id == show_id).order_by(ItemRow.position))]
        return (show.title, show.status, _epoch(show.planned_start)), items


def _add_frozen_items(items: list[rv.ItemInfo], events: Sequence[Event], vis: Sequence[rv.Visit]) -> list[rv.Pulled]:
    """Items frozen into the show at its start but since gone from the items table still appear,
    except those pulled on air before they aired: the host's plan dropped them (its planned end
    moved), so the review's plan drops them too and lists them apart, as pulled."""
    known, aired = {i.id for i in items}, {v.item_id for v in vis}
    frozen: dict[int, rv.ItemInfo] = {}  # every item the show has had since it started
    first: set[int] = set()  # those frozen at the start
    removed: dict[int, float] = {}
    live = False
    for e in events:
        if e.type == "show_started" and not live:
            live = True
            for pos, seg in enumerate(e.data.get("segments", [])):
                frozen[int(seg["item_id"])] = _info(seg, 10_000 + pos)
            first = set(frozen)
        elif e.type == "item_added" and live:
            for seg in e.data["segments"] if "segments" in e.data else [e.data["segment"]]:
                frozen.setdefault(int(seg["item_id"]), _info(seg, 20_000 + len(frozen)))
                removed.pop(int(seg["item_id"]), None)  # put back (an undone pull)
        elif e.type == "item_removed" and live:
            removed[int(e.data["item_id"])] = e.ts
    pulled = [rv.Pulled(i.id, i.name, i.sku, i.planned_min * 60, removed[i.id]) for i in frozen.values()
              if i.id in removed and i.id not in known and i.id not in aired]
    gone = {p.item_id for p in pulled}
    items.extend(i for i in frozen.values() if i.id in first and i.id not in known and i.id not in gone)
    return sorted(pulled, key=lambda p: p.at)


def _info(seg: dict[str, Any], position: int) -> rv.ItemInfo:
    return rv.ItemInfo(int(seg["item_id"]), position, str(seg.get("name", "")), str(seg.get("sku", "")),
                       str(seg.get("product_id", "")), float(seg.get("planned_s", 0)) / 60)


@dataclass
class _Cells:
    """The time cells: before the show, every minute of every visit (a visit boundary splits a
    minute), after. `span[i]` is 0 before the first visit, v+1 inside visit v, len(vis)+1 after;
    `minute[i]` is the show minute of a cell inside a visit, else -1."""

    bounds: list[tuple[float, float]] = field(default_factory=list)
    span: list[int] = field(default_factory=list)
    minute: list[int] = field(default_factory=list)

    def add(self, lo: float, hi: float, span: int, minute: int) -> None:
        self.bounds.append((lo, hi))
        self.span.append(span)
        self.minute.append(minute)


def _cells(vis: Sequence[rv.Visit], t0: float) -> _Cells:
    cells = _Cells()
    cells.add(-_BIG, vis[0].start if vis else _BIG, 0, -1)
    for i, v in enumerate(vis):
        lo = v.start
        while lo < v.end:
            minute = int((lo - t0) // 60)
            hi = min(v.end, t0 + (minute + 1) * 60)
            if hi <= lo:  # float rounding at an edge
                hi = v.end if lo + 1e-6 >= v.end else lo + 1e-6
            cells.add(lo, hi, i + 1, minute)
            lo = hi
    if vis:
        cells.add(vis[-1].end, _BIG, len(vis) + 1, -1)
    return cells


@dataclass
class _Grouped:
    rows: list[tuple[str, Any]]  # (kind, grouped row) per cell
    per_minute: dict[int, int]  # distinct commenters per show minute
    viewers_seen: int
    commenters: int
    sold: sales.Sales


def _audience(store: Store, show_id: int) -> tuple[int, int]:
    """(viewers seen, commenters): distinct users of any kind and of kind `comment`, in one pass
    over the (show, user, kind) index in user order, one group per user: no temporary B-tree, and
    the index is read once instead of twice (0.31 s of CPU for 2M rows, against 0.48 s)."""
    c = CommentRow
    per_user = (select(func.max(case((c.kind == "comment", 1), else_=0)).label("commented"))
                .where(c.show_id == show_id, c.user_id != "").group_by(c.user_id).subquery())
    with store.engine.connect() as conn:
        seen, commenters = conn.execute(select(func.count(), func.coalesce(func.sum(per_user.c.commented), 0))).one()
    return int(seen), int(commenters)


def _grouped(store: Store, show_id: int, cells: _Cells, minutes: list[tuple[float, float]],
             sold: sales.Sales) -> _Grouped:
    """Every grouped query of the review on two connections at once (SQLite releases the GIL while
    it works), while this thread counts the orders into `sold` as soon as they are read."""
    def on(work: Callable[..., T]) -> Callable[[Connection], T]:
        return partial(work, show_id=show_id)

    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="review-sql") as pool:
        # So that the two connections finish together (CPU on 2M rows: orders 0.6 s with their
        # decoding, commenters per minute 0.7, comments 0.3, other kinds 0.45, audience 0.3), and
        # the orders first: this thread counts them while the rest is read.
        f_orders = pool.submit(order_comments, store, show_id)
        f_per_min = pool.submit(with_cells, store, minutes, on(commenters_per_cell)) if minutes else None
        f_comments = pool.submit(with_cells, store, cells.bounds, on(comment_groups))
        f_other = pool.submit(with_cells, store, cells.bounds, on(other_groups))
        f_audience = pool.submit(_audience, store, show_id)
        sold.add_comments(f_orders.result())
        return _Grouped(f_comments.result() + f_other.result(), f_per_min.result() if f_per_min else {},
                        *f_audience.result(), sold)


def _mentions(store: Store, show_id: int) -> dict[int, int]:
    """How many comments the triage tied to each item (by cart number or name)."""
    c = CommentRow
    with store.session() as s:
        return {int(k or 0): int(n) for k, n in s.execute(
            select(c.item_ref, func.count()).where(c.show_id == show_id, c.item_ref.is_not(None))
            .group_by(c.item_ref))}


def load_input(store: Store, show_id: int, now: float) -> rv.ReviewInput:
    """Everything `app.core.review.build` needs for one show, in a handful of grouped queries."""
    (title, status, planned), items = _show_and_items(store, show_id)
    events = show_events(store, show_id)
    started, ended, vis = rv.visits((e for e in events if e.type in rv.SEGMENT_TYPES), now)
    pulled = _add_frozen_items(items, events, vis) if started is not None else []
    t0 = started if started is not None else 0.0
    end = ended if ended is not None else now
    cells = _cells(rv.counted_visits(vis, ended), t0)
    minutes = [(t0 + m * 60, t0 + (m + 1) * 60) for m in range(int((end - t0) // 60) + 1)] if started else []
    sold = sales.Sales()
    sold.set_items(sale_items(store, show_id, items))
    g = _grouped(store, show_id, cells, minutes, sold)
    span_aggs = [rv.Agg() for _ in range(len(vis) + 2)]
    minute_aggs: dict[int, rv.Agg] = {}
    for kind, r in g.rows:
        a = agg(kind, r)
        span = cells.span[r.cell]
        span_aggs[span].add(a)
        if 1 <= span <= len(vis):  # the timeline runs from the first item to the end
            minute_aggs.setdefault(cells.minute[r.cell], rv.Agg()).add(a)
    return rv.ReviewInput(show_id, title, status, planned, now, items, events,
                          span_aggs, minute_aggs, g.per_minute, g.viewers_seen, g.commenters, g.sold,
                          _mentions(store, show_id), pulled)


# ---- audience lists ----------------------------------------------------------------------------------------

FOLLOWUP_LIMIT = 2000
TOP_QUESTIONS = 30


def _pieces(vis: Sequence[rv.Visit]) -> list[tuple[float, float, list[int]]]:
    """All time cut at every visit's start and end: (lo, hi, items on air) per piece. The pieces do
    not overlap, so a row lies in exactly one, and a piece lies wholly inside or outside each visit
    (found by bisection: a 5,000-visit show stays linear)."""
    points = sorted({-_BIG, _BIG, *(t for v in vis for t in (v.start, v.end))})
    on_air: list[list[int]] = [[] for _ in points[1:]]
    for v in vis:
        for k in range(bisect_left(points, v.start), bisect_left(points, v.end)):
            on_air[k].append(v.item_id)
    return [(lo, hi, items) for (lo, hi), items in zip(pairwise(points), on_air, strict=True)]


def top_questions(store: Store, show_id: int, vis: Sequence[rv.Visit], names: dict[int, str],
                  limit: int = TOP_QUESTIONS) -> list[dict[str, Any]]:
    """Questions grouped by their normalised text, most asked first, with the item they were asked under most.

    One read of the questions, grouped by text and piece of time (`_pieces`): the groups are its sums,
    the items under which each was asked its pieces on air. (Two reads, one for the groups and one
    for their items, cost twice the lookups of the question texts: 0.8 s of CPU on 1.2M comments.)"""
    c = CommentRow
    pieces = _pieces(vis)

    def per_piece(conn: Connection) -> list[tuple[str, int, int, tuple[float, int]]]:
        stmt = (select(c.text, CELLS.c.cell, func.count(), func.min(c.ts), func.min(c.id)).select_from(CELLS)
                .join(c, and_(c.show_id == show_id, c.kind == "comment", c.ts >= CELLS.c.lo, c.ts < CELLS.c.hi))
                .where(c.flags.op("&")(cm.QUESTION) != 0).group_by(c.text, CELLS.c.cell)
                .order_by(c.text, CELLS.c.cell))
        return [(str(t), int(cell), int(n), (float(first), int(first_id)))
                for t, cell, n, first, first_id in conn.execute(stmt)]

    groups: dict[str, dict[str, Any]] = {}
    asked: dict[str, dict[int, int]] = {}  # key → item → times asked while it was on air
    for text, cell, n, first in with_cells(store, [(lo, hi) for lo, hi, _on in pieces], per_piece):
        key = question_key(text)  # the live queue's and the questions export's grouping
        if not key:
            continue  # nothing but punctuation: the queue lists no such question either
        g = groups.get(key)
        if g is None:  # the first wording names the group, as in the queue (the same second: the first id)
            groups[key] = {"text": text, "count": n, "first_ts": first[0], "key": key, "first": first}
        else:
            g["count"] += n
            if first < g["first"]:
                g["first_ts"], g["text"], g["first"] = first[0], text, first
        for on_air in pieces[cell][2]:
            per_item = asked.setdefault(key, {})
            per_item[on_air] = per_item.get(on_air, 0) + n
    top = sorted(groups.values(), key=lambda g: (-g["count"], g["first_ts"]))[:limit]
    for g in top:
        counts = asked.get(g["key"], {})
        item = max(counts, key=lambda i: counts[i]) if counts else rv.item_at(vis, g["first_ts"])
        g["item_id"] = item
        g["item"] = names.get(item, "") if item is not None else ""
        del g["key"], g["first"]
    return top


def handled_comment_ids(events: Iterable[Event]) -> set[int]:
    """Questions the studio answered, showed or pinned during the show."""
    out: set[int] = set()
    for e in events:
        if e.type in rv.ANSWER_TYPES and e.data.get("comment_id") is not None:
            out.add(int(e.data["comment_id"]))
        elif e.type == "comment_pinned":
            cid = (e.data.get("comment") or {}).get("id")
            if isinstance(cid, int):
                out.add(cid)
    return out


def followups(store: Store, show_id: int, vis: Sequence[rv.Visit], names: dict[int, str],
              handled: set[int], limit: int = FOLLOWUP_LIMIT) -> tuple[list[dict[str, Any]], int]:
    """Negative comments, then unanswered questions (user, text, time, item, done), and how many there are.

    A big room has tens of thousands: the first `limit` are listed (criticism first, it is what 售后
    must answer), the total is counted by SQLite.
    """
    c = CommentRow
    negative = c.flags.op("&")(cm.NEGATIVE) != 0
    question = and_(c.flags.op("&")(cm.QUESTION) != 0, c.flags.op("&")(cm.NEGATIVE) == 0)
    cols = (c.id, c.ts, c.user_id, c.user_name, c.text, c.item_ref)
    base = (c.show_id == show_id, c.kind == "comment")
    rows: list[dict[str, Any]] = []
    with store.session() as s:
        done = {int(k) for k in s.scalars(select(ReviewFollowup.comment_id).where(ReviewFollowup.show_id == show_id))}
        n_neg = int(s.scalar(select(func.count()).where(*base, negative)) or 0)
        n_q = int(s.scalar(select(func.count()).where(*base, question)) or 0)
        n_handled = int(s.scalar(select(func.count()).where(*base, question, c.id.in_(handled))) or 0) if handled else 0
        found = [("negative", r) for r in s.execute(select(*cols).where(*base, negative).order_by(c.ts).limit(limit))]
        if len(found) < limit:
            more = s.execute(select(*cols).where(*base, question).order_by(c.ts).limit(limit + len(handled)))
            found += [("question", r) for r in more if r[0] not in handled][:limit - len(found)]
    for why, (cid, ts, uid, uname, text, ref) in found:
        item = ref if ref is not None and ref in names else rv.item_at(vis, ts)
        rows.append({"comment_id": cid, "ts": ts, "user_id": uid, "user_name": uname, "text": text, "why": why,
                     "item_id": item, "item": names.get(item, "") if item is not None else "", "done": cid in done})
    return rows, n_neg + n_q - n_handled


def set_followup_done(store: Store, show_id: int, comment_id: int, done: bool, now: float,
                      s: Session | None = None) -> None:
    """Tick a follow-up off (or on); inside a Studio command, in that command's transaction `s`."""
    if s is None:
        with store.session() as own, own.begin():
            set_followup_done(store, show_id, comment_id, done, now, own)
        return
    if done:
        s.execute(insert_ignoring_duplicates(s, ReviewFollowup).values(show_id=show_id, comment_id=comment_id,
                                                                       done_at=now))
    else:
        s.execute(delete(ReviewFollowup).where(ReviewFollowup.show_id == show_id,
                                               ReviewFollowup.comment_id == comment_id))


# ---- a run-sheet that learns ----------------------------------------------------------------------------


def sku_samples(store: Store, exclude_show_id: int | None = None) -> dict[str, list[float]]:
    """Per SKU, the actual minutes it took in each past ended show (its visits summed per show)."""
    stmt = (select(EventRow.show_id, EventRow.type, EventRow.ts, EventRow.data, EventRow.seq)
            .join(Show, Show.id == EventRow.show_id)
            .where(Show.status == "ended", EventRow.type.in_(("show_started", "segment_started", "show_ended")))
            .order_by(EventRow.show_id, EventRow.seq))
    if exclude_show_id is not None:
        stmt = stmt.where(EventRow.show_id != exclude_show_id)
    per_show: dict[int, list[Event]] = {}
    with store.session() as s:
        for show_id, t, ts, data, seq in s.execute(stmt):
            per_show.setdefault(show_id, []).append(Event(t, ts, dict(data or {}), seq))
    out: dict[str, list[float]] = {}
    for events in per_show.values():
        skus: dict[int, str] = {}
        for e in events:
            if e.type == "show_started":
                skus = {int(seg["item_id"]): str(seg.get("sku", "")) for seg in e.data.get("segments", [])}
        _s, _e, vis = rv.visits(events, events[-1].ts)
        minutes: dict[str, float] = {}
        for v in vis:
            sku = skus.get(v.item_id, "")
            if sku:
                minutes[sku] = minutes.get(sku, 0.0) + (v.end - v.start) / 60
        for sku, m in minutes.items():
            if math.isfinite(m):
                out.setdefault(sku, []).append(m)
    return out
