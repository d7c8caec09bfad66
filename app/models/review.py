"""The review's SQL: aggregates over a show's events and comments, summed by SQLite, not by Python.

The comments table is read once per kind, joined to time cells (each minute of each item visit)
through the (show_id, kind, ts) index, so every count per (visit, minute, kind) comes out already
grouped; the distinct counts come from covering indexes (revision 0004_review). Python then only
adds up a few thousand groups.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import (
    Column,
    Connection,
    Float,
    Integer,
    MetaData,
    Table,
    and_,
    case,
    delete,
    distinct,
    func,
    insert,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.core import comments as cm
from app.core import review as rv
from app.core import sales
from app.core.comments import Comment
from app.core.events import Event
from app.core.triage import normalise
from app.models.dialect import insert_ignoring_duplicates
from app.models.schema import CommentRow, EventRow, ReviewFollowup, Show
from app.models.schema import Item as ItemRow
from app.models.store import NotFound, Store

T = TypeVar("T")
_BIG = 1e18
_COMPLIANCE_BITS = {"absolute": cm.BANNED_ABSOLUTE, "medical": cm.BANNED_MEDICAL, "guarantee": cm.BANNED_GUARANTEE,
                    "diversion": cm.BANNED_DIVERSION, "banned": cm.BANNED_OTHER}


def _epoch(dt: datetime | None) -> float | None:
    return None if dt is None else dt.timestamp()  # naive datetimes are local time, as the editor wrote them


def _flag(bit: int) -> ColumnElement[Any]:
    return func.sum(case((CommentRow.flags.op("&")(bit) != 0, 1), else_=0))


def _json(path: str) -> ColumnElement[Any]:
    """A number inside `extra`, on SQLite and PostgreSQL alike (JSON_EXTRACT there, ->> here)."""
    out: ColumnElement[Any] = CommentRow.extra[path.removeprefix("$.")].as_float()
    return out


def _total(x: ColumnElement[Any]) -> ColumnElement[Any]:
    """SQLite's total(): a sum that is 0.0, not NULL, over no rows; portable."""
    return func.coalesce(func.sum(x), 0.0)


def _kind_columns(kind: str) -> list[ColumnElement[Any]]:
    """Only what each kind needs: JSON is parsed for likes, gifts, orders and viewer counts alone."""
    cols: list[ColumnElement[Any]] = [func.count().label("n")]
    if kind == "comment":
        cols += [_flag(cm.QUESTION).label("questions"), _flag(cm.NEGATIVE).label("negatives"),
                 *[_flag(bit).label(f"c_{name}") for name, bit in _COMPLIANCE_BITS.items()]]
    elif kind == "like":
        cols += [func.sum(func.coalesce(_json("$.count"), 1)).label("count")]
    elif kind == "gift":
        value = func.coalesce(_json("$.value"), 0)
        cols += [func.sum(func.coalesce(_json("$.count"), 1)).label("count"), _total(value).label("value"),
                 func.sum(case((value != 0, 1), else_=0)).label("valued")]
    elif kind == "viewers":
        online = _json("$.online")
        cols += [func.max(online).label("online_max"), _total(online).label("online_sum"),
                 func.count(online).label("online_n"), func.max(_json("$.total")).label("total_max")]
    return cols


def _agg(kind: str, r: Any) -> rv.Agg:
    a = rv.Agg(kinds={kind: int(r.n)})
    if kind == "comment":
        a.questions, a.negatives = int(r.questions), int(r.negatives)
        a.compliance = {name: int(getattr(r, f"c_{name}")) for name in _COMPLIANCE_BITS}
    elif kind == "like":
        a.likes = int(r.count or 0)
    elif kind == "gift":
        a.gifts = int(r.count or 0)
        a.gift_value = float(r.value or 0)
        a.gift_valued = int(r.valued or 0)
    elif kind == "viewers" and r.online_n:
        a.online_max = int(r.online_max)
        a.online_sum = float(r.online_sum)
        a.online_n = int(r.online_n)
        a.total_max = int(r.total_max) if r.total_max is not None else None
    return a


# A per-connection temporary table of time cells (a minute inside one item visit). Joining the
# comments to it through (show_id, kind, ts) reads each kind in time order, so SQLite groups
# without sorting two million rows; a VALUES CTE would not tell the planner that order.
_TEMP = MetaData()
_CELLS = Table("review_cells", _TEMP, Column("cell", Integer, primary_key=True), Column("lo", Float),
               Column("hi", Float), prefixes=["TEMPORARY"])


def _with_cells(store: Store, cells: Sequence[tuple[float, float]], work: Callable[[Connection], T]) -> T:
    with store.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA automatic_index=OFF")  # the ts range index is the right one
        try:
            _CELLS.drop(conn, checkfirst=True)
            _CELLS.create(conn)
            conn.execute(insert(_CELLS), [{"cell": i, "lo": lo, "hi": hi} for i, (lo, hi) in enumerate(cells)])
            return work(conn)
        finally:
            _CELLS.drop(conn, checkfirst=True)
            if sqlite:
                conn.exec_driver_sql("PRAGMA automatic_index=ON")
            conn.commit()


def _per_cell(conn: Connection, show_id: int, kind: str, *cols: ColumnElement[Any],
              by: Sequence[ColumnElement[Any]] = ()) -> Any:
    c = CommentRow
    stmt = (select(_CELLS.c.cell, *by, *cols).select_from(_CELLS)
            .join(c, and_(c.show_id == show_id, c.kind == kind, c.ts >= _CELLS.c.lo, c.ts < _CELLS.c.hi))
            .group_by(_CELLS.c.cell, *by))
    return conn.execute(stmt)


def order_comments(store: Store, show_id: int, max_id: int | None = None) -> list[Comment]:
    """A show's stored `order` events in arrival order (through the (show_id, kind, ts) index):
    what `app.core.sales.Sales` counts, for the desk after a restart and for the review."""
    c = CommentRow
    stmt = select(c).where(c.show_id == show_id, c.kind == "order").order_by(c.id)
    if max_id is not None:
        stmt = stmt.where(c.id <= max_id)
    with store.session() as s:
        return [Comment(r.kind, r.platform, r.msg_id, r.ts, r.user_id, r.user_name, r.text, r.follower,
                        r.fans_level, r.extra, r.flags, r.item_ref, r.id, r.deleted) for r in s.scalars(stmt)]


def sale_items(store: Store, show_id: int, items: Sequence[rv.ItemInfo]) -> list[sales.SaleItem]:
    """The run-sheet as the sales figures need it (prices and stock from the items table; an item
    only in the show's frozen segments keeps what was frozen)."""
    with store.session() as s:
        rows = {r.id: r for r in s.scalars(select(ItemRow).where(ItemRow.show_id == show_id))}
    out = []
    for i in items:
        r = rows.get(i.id)
        out.append(sales.SaleItem(i.id, i.name, i.product_id, i.sku, r.live_price if r else 0, r.stock if r else 0,
                                  r.cart_no if r else ""))
    return out


def show_events(store: Store, show_id: int, types: Sequence[str] = rv.REVIEW_EVENT_TYPES) -> list[Event]:
    stmt = (select(EventRow.type, EventRow.ts, EventRow.data, EventRow.seq)
            .where(EventRow.show_id == show_id, EventRow.type.in_(types)).order_by(EventRow.seq))
    with store.session() as s:
        return [Event(t, ts, dict(d or {}), seq) for t, ts, d, seq in s.execute(stmt)]


def load_input(store: Store, show_id: int, now: float) -> rv.ReviewInput:
    """Everything `app.core.review.build` needs for one show, in a handful of grouped queries."""
    with store.session() as s:
        show = s.get(Show, show_id)
        if show is None:
            raise NotFound(f"show {show_id} does not exist")
        title, status, planned = show.title, show.status, _epoch(show.planned_start)
        items = [rv.ItemInfo(r.id, r.position, r.name, r.sku, r.product_id, r.planned_min)
                 for r in s.scalars(select(ItemRow).where(ItemRow.show_id == show_id).order_by(ItemRow.position))]
    events = show_events(store, show_id)
    started, ended, vis = rv.visits((e for e in events if e.type in rv.SEGMENT_TYPES), now)
    if started is not None:  # items added after the show began still appear; the frozen ones already do
        known = {i.id for i in items}
        for e in events:
            if e.type == "show_started":
                for pos, seg in enumerate(e.data.get("segments", [])):
                    if int(seg["item_id"]) not in known:
                        items.append(rv.ItemInfo(int(seg["item_id"]), 10_000 + pos, str(seg["name"]),
                                                 str(seg.get("sku", "")), str(seg.get("product_id", "")),
                                                 float(seg["planned_s"]) / 60))
                break
    t0 = started if started is not None else 0.0
    end = ended if ended is not None else now

    # Cells: before the show, every minute of every visit (a visit boundary splits a minute), after.
    cells: list[tuple[float, float]] = [(-_BIG, vis[0].start if vis else _BIG)]
    cell_span: list[int] = [0]
    cell_minute: list[int] = [-1]
    for i, v in enumerate(vis):
        lo = v.start
        while lo < v.end:
            minute = int((lo - t0) // 60)
            hi = min(v.end, t0 + (minute + 1) * 60)
            if hi <= lo:  # float rounding at an edge
                hi = v.end if lo + 1e-6 >= v.end else lo + 1e-6
            cells.append((lo, hi))
            cell_span.append(i + 1)
            cell_minute.append(minute)
            lo = hi
    if vis:
        cells.append((vis[-1].end, _BIG))
        cell_span.append(len(vis) + 1)
        cell_minute.append(-1)
    minutes = [(t0 + m * 60, t0 + (m + 1) * 60) for m in range(int((end - t0) // 60) + 1)] if started else []
    c = CommentRow

    def comment_pass(conn: Connection) -> list[tuple[str, Any]]:
        return [("comment", r) for r in _per_cell(conn, show_id, "comment", *_kind_columns("comment"))]

    def other_pass(conn: Connection) -> list[tuple[str, Any]]:
        return [(k, r) for k in cm.KINDS if k != "comment"
                for r in _per_cell(conn, show_id, k, *_kind_columns(k))]

    def commenters_per_minute(conn: Connection) -> dict[int, int]:
        users = func.count(distinct(c.user_id))
        return {int(cell): int(n) for cell, n in _per_cell(conn, show_id, "comment", users)}

    def distinct_users(*where: ColumnElement[bool]) -> int:
        with store.engine.connect() as conn:
            return int(conn.scalar(select(func.count(distinct(c.user_id))).where(
                c.show_id == show_id, c.user_id != "", *where)) or 0)

    # Two connections at once: SQLite reads in parallel and the GIL is released while it works.
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="review-sql") as pool:
        f_comments = pool.submit(_with_cells, store, cells, comment_pass)
        f_per_min = pool.submit(_with_cells, store, minutes, commenters_per_minute) if minutes else None
        f_other = pool.submit(_with_cells, store, cells, other_pass)
        f_seen = pool.submit(distinct_users)
        f_commenters = pool.submit(distinct_users, c.kind == "comment")
        f_orders = pool.submit(order_comments, store, show_id)
        rows = f_comments.result() + f_other.result()
        per_min = f_per_min.result() if f_per_min is not None else {}
        viewers_seen, commenters, orders = f_seen.result(), f_commenters.result(), f_orders.result()
    span_aggs = [rv.Agg() for _ in range(len(vis) + 2)]
    minute_aggs: dict[int, rv.Agg] = {}
    for kind, r in rows:
        a = _agg(kind, r)
        span = cell_span[r.cell]
        span_aggs[span].add(a)
        if 1 <= span <= len(vis):  # the timeline runs from the first item to the end
            minute_aggs.setdefault(cell_minute[r.cell], rv.Agg()).add(a)
    sold = sales.Sales()
    sold.set_items(sale_items(store, show_id, items))
    sold.add_comments(orders)
    with store.session() as s:
        mentions = {int(k or 0): int(n) for k, n in s.execute(
            select(c.item_ref, func.count()).where(c.show_id == show_id, c.item_ref.is_not(None))
            .group_by(c.item_ref))}
    return rv.ReviewInput(show_id, title, status, planned, now, items, events, span_aggs, minute_aggs, per_min,
                          viewers_seen, commenters, sold, mentions)


# ---- audience lists ----------------------------------------------------------------------------------------

FOLLOWUP_LIMIT = 2000
TOP_QUESTIONS = 30


def top_questions(store: Store, show_id: int, vis: Sequence[rv.Visit], names: dict[int, str],
                  limit: int = TOP_QUESTIONS) -> list[dict[str, Any]]:
    """Questions grouped by their normalised text, most asked first, with the item they were asked under most."""
    c = CommentRow
    is_question = c.flags.op("&")(cm.QUESTION) != 0
    q = (select(c.text, func.count(), func.min(c.ts))
         .where(c.show_id == show_id, c.kind == "comment", is_question).group_by(c.text))
    groups: dict[str, dict[str, Any]] = {}
    variants: dict[str, list[str]] = {}
    with store.session() as s:
        for text, n, first in s.execute(q):
            key = " ".join(normalise(text).split()).rstrip("?？!！。.~ ")
            variants.setdefault(key, []).append(text)
            g = groups.get(key)
            if g is None:
                groups[key] = {"text": text, "count": int(n), "first_ts": float(first), "key": key}
            else:
                g["count"] += int(n)
                if first < g["first_ts"]:
                    g["first_ts"], g["text"] = float(first), text
    top = sorted(groups.values(), key=lambda g: (-g["count"], g["first_ts"]))[:limit]
    texts = [t for g in top for t in variants[g["key"]]]
    by_item: dict[tuple[str, int], int] = {}
    if texts and vis:
        def per_visit(conn: Connection) -> list[tuple[str, int, int]]:
            stmt = (select(c.text, _CELLS.c.cell, func.count()).select_from(_CELLS)
                    .join(c, and_(c.show_id == show_id, c.kind == "comment", c.ts >= _CELLS.c.lo,
                                  c.ts < _CELLS.c.hi))
                    .where(is_question, c.text.in_(texts)).group_by(c.text, _CELLS.c.cell))
            return [(str(t), int(cell), int(n)) for t, cell, n in conn.execute(stmt)]

        key_of = {t: g["key"] for g in top for t in variants[g["key"]]}
        for text, cell, n in _with_cells(store, [(v.start, v.end) for v in vis], per_visit):
            k = (key_of[text], vis[cell].item_id)
            by_item[k] = by_item.get(k, 0) + n
    for g in top:
        counts = {item: n for (key, item), n in by_item.items() if key == g["key"]}
        item = max(counts, key=lambda i: counts[i]) if counts else rv.item_at(vis, g["first_ts"])
        g["item_id"] = item
        g["item"] = names.get(item, "") if item is not None else ""
        del g["key"]
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
