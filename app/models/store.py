"""The Store: every read and write of shows, run-sheet items and events, in short transactions.

Callers get plain `app.core` dataclasses back, so the UI never holds an ORM object or a session.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, Text, cast, delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.core.comments import Comment
from app.core.events import Event
from app.core.runsheet import Item, ShowInfo, format_cues, moved, parse_cues
from app.models.schema import CommentRow, EventRow, Show
from app.models.schema import Item as ItemRow

ITEM_FIELDS = ("name", "sku", "list_price", "live_price", "stock", "planned_min", "talking_points", "notes",
               "link", "cues", "product_id", "cart_no", "coupon_price")


class NotFound(LookupError):
    pass


def _to_item(row: ItemRow) -> Item:
    return Item(
        id=row.id, name=row.name, sku=row.sku, list_price=row.list_price, live_price=row.live_price,
        stock=row.stock, planned_min=row.planned_min, talking_points=row.talking_points, notes=row.notes,
        link=row.link, cues=parse_cues(row.cues) if row.cues else [], product_id=row.product_id,
        cart_no=row.cart_no, coupon_price=row.coupon_price or 0,
    )


def _to_comment(r: CommentRow) -> Comment:
    return Comment(r.kind, r.platform, r.msg_id, r.ts, r.user_id, r.user_name, r.text, r.follower, r.fans_level,
                   r.extra, r.flags, r.item_ref, r.id, r.deleted)


# A comment as plain columns, `extra` as its JSON text: reading many comments through ORM objects and
# the JSON type's processor cost 7-8 times SQLite's own read (80,000 orders: 2.3 s of CPU against 0.3 s).
COMMENT_COLUMNS = (CommentRow.kind, CommentRow.platform, CommentRow.msg_id, CommentRow.ts, CommentRow.user_id,
                   CommentRow.user_name, CommentRow.text, CommentRow.follower, CommentRow.fans_level,
                   cast(CommentRow.extra, Text), CommentRow.flags, CommentRow.item_ref, CommentRow.id,
                   CommentRow.deleted)


def to_comments(rows: Iterable[Sequence[Any]]) -> list[Comment]:
    """Rows of COMMENT_COLUMNS as Comments, equal to what the ORM gives (json.loads is what the JSON
    column type itself calls on SQLite)."""
    loads = json.loads
    return [Comment(k, p, m, ts, u, un, t, f, fl, None if x is None else loads(x), fg, ref, i, d)
            for k, p, m, ts, u, un, t, f, fl, x, fg, ref, i, d in rows]


def _item_values(item: Item) -> dict[str, Any]:
    return {
        "name": item.name, "sku": item.sku, "list_price": item.list_price, "live_price": item.live_price,
        "stock": item.stock, "planned_min": item.planned_min, "talking_points": item.talking_points,
        "notes": item.notes, "link": item.link, "cues": format_cues(item.cues), "product_id": item.product_id,
        "cart_no": item.cart_no, "coupon_price": item.coupon_price or None,
    }


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._session = sessionmaker(engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._session()

    def begin(self) -> Session:
        """A session in a transaction the caller commits: a Studio command writes its events and the
        run-sheet rows they change together, or nothing."""
        s = self._session()
        s.begin()
        return s

    @contextmanager
    def _write(self, s: Session | None) -> Iterator[Session]:
        if s is not None:
            yield s
            return
        with self.session() as own, own.begin():
            yield own

    # ---- shows ------------------------------------------------------------------------------

    def list_shows(self) -> list[ShowInfo]:
        counts = select(ItemRow.show_id, func.count().label("n")).group_by(ItemRow.show_id).subquery()
        stmt = (select(Show, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.show_id == Show.id)
                .order_by(Show.id))
        with self.session() as s:
            return [self._info(show, n) for show, n in s.execute(stmt)]

    @staticmethod
    def _info(show: Show, n: int) -> ShowInfo:
        return ShowInfo(show.id, show.title, show.platform, show.host, show.planned_start, show.status, int(n))

    def get_show(self, show_id: int) -> ShowInfo:
        with self.session() as s:
            show = s.get(Show, show_id)
            if show is None:
                raise NotFound(f"show {show_id} does not exist")
            n = s.scalar(select(func.count()).where(ItemRow.show_id == show_id)) or 0
            return self._info(show, n)

    def create_show(self, title: str, platform: str = "douyin", host: str = "",
                    planned_start: datetime | None = None, items: Sequence[Item] = (),
                    s: Session | None = None) -> int:
        with self._write(s) as s:
            show = Show(title=title, platform=platform, host=host, planned_start=planned_start, status="draft")
            show.items = [ItemRow(position=i, **_item_values(it)) for i, it in enumerate(items)]
            s.add(show)
            s.flush()
            return show.id

    def update_show(self, show_id: int, s: Session | None = None, **values: Any) -> None:
        allowed = {"title", "platform", "host", "planned_start", "status"}
        if not set(values) <= allowed:
            raise ValueError(f"cannot update {set(values) - allowed}")
        with self._write(s) as s:
            if s.get(Show, show_id) is None:
                raise NotFound(f"show {show_id} does not exist")
            s.execute(update(Show).where(Show.id == show_id).values(**values))

    def duplicate_show(self, show_id: int, title: str, s: Session | None = None) -> int:
        """A copy of the run-sheet as a draft: the template for the next show. Events stay behind."""
        info = self.get_show(show_id)
        items = [Item(**{**vars(i), "id": None}) for i in self.items(show_id)]
        return self.create_show(title, info.platform, info.host, None, items, s=s)

    def delete_show(self, show_id: int, s: Session | None = None) -> None:
        with self._write(s) as s:
            s.execute(delete(Show).where(Show.id == show_id))

    def live_show_id(self) -> int | None:
        with self.session() as s:
            return s.scalar(select(Show.id).where(Show.status == "live").order_by(Show.id.desc()).limit(1))

    # ---- run-sheet items --------------------------------------------------------------------

    def items(self, show_id: int) -> list[Item]:
        with self.session() as s:
            rows = s.scalars(select(ItemRow).where(ItemRow.show_id == show_id).order_by(ItemRow.position))
            return [_to_item(r) for r in rows]

    def _renumber(self, s: Session, show_id: int, ordered_ids: Sequence[int]) -> None:
        s.execute(update(ItemRow), [{"id": i, "position": p} for p, i in enumerate(ordered_ids)])

    def _ids(self, s: Session, show_id: int) -> list[int]:
        return list(s.scalars(select(ItemRow.id).where(ItemRow.show_id == show_id).order_by(ItemRow.position)))

    def add_item(self, show_id: int, item: Item, position: int | None = None, s: Session | None = None) -> int:
        """Insert at `position` (end if None). Re-inserting a removed item keeps its id (for undo)."""
        with self._write(s) as s:
            ids = self._ids(s, show_id)
            row = ItemRow(show_id=show_id, position=len(ids), **_item_values(item))
            if item.id is not None:
                row.id = item.id
            s.add(row)
            s.flush()
            pos = len(ids) if position is None else max(0, min(position, len(ids)))
            ids.insert(pos, row.id)
            self._renumber(s, show_id, ids)
            return row.id

    def add_items(self, show_id: int, items: Sequence[Item], s: Session | None = None) -> list[int]:
        """Append many items in one transaction (an import is all or nothing)."""
        with self._write(s) as s:
            start = len(self._ids(s, show_id))
            rows = [ItemRow(show_id=show_id, position=start + i, **_item_values(it)) for i, it in enumerate(items)]
            for row, it in zip(rows, items, strict=True):
                if it.id is not None:
                    row.id = it.id
            s.add_all(rows)
            s.flush()
            return [r.id for r in rows]

    def update_item(self, item_id: int, s: Session | None = None, **values: Any) -> None:
        if not set(values) <= set(ITEM_FIELDS):
            raise ValueError(f"unknown item fields {set(values) - set(ITEM_FIELDS)}")
        if "cues" in values and not isinstance(values["cues"], str):
            values["cues"] = format_cues(values["cues"])
        if "coupon_price" in values:
            values["coupon_price"] = values["coupon_price"] or None  # 0 = no coupon, stored as NULL
        with self._write(s) as s:
            s.execute(update(ItemRow).where(ItemRow.id == item_id).values(**values))

    def get_item(self, item_id: int) -> Item:
        with self.session() as s:
            row = s.get(ItemRow, item_id)
            if row is None:
                raise NotFound(f"item {item_id} does not exist")
            return _to_item(row)

    def remove_item(self, item_id: int, s: Session | None = None) -> tuple[Item, int]:
        """Delete an item; return it and where it stood so undo can put it back."""
        with self._write(s) as s:
            row = s.get(ItemRow, item_id)
            if row is None:
                raise NotFound(f"item {item_id} does not exist")
            item, show_id = _to_item(row), row.show_id
            ids = self._ids(s, show_id)
            pos = ids.index(item_id)
            s.delete(row)
            s.flush()
            ids.remove(item_id)
            self._renumber(s, show_id, ids)
            return item, pos

    def move_item(self, show_id: int, item_id: int, to_index: int, s: Session | None = None) -> int:
        """Move an item to `to_index`; return where it was."""
        with self._write(s) as s:
            ids = self._ids(s, show_id)
            src = ids.index(item_id)
            self._renumber(s, show_id, moved(ids, src, to_index))
            return src

    # ---- comments ---------------------------------------------------------------------------

    def comment(self, show_id: int, comment_id: int) -> Comment | None:
        with self.session() as s:
            row = s.get(CommentRow, comment_id)
            return None if row is None or row.show_id != show_id else _to_comment(row)

    def comments(self, show_id: int, *, user_id: str | None = None, platform: str | None = None,
                 kinds: Sequence[str] | None = None, limit: int | None = None) -> list[Comment]:
        stmt = select(*COMMENT_COLUMNS).where(CommentRow.show_id == show_id)
        if user_id is not None:
            stmt = stmt.where(CommentRow.user_id == user_id)
        if platform is not None:
            stmt = stmt.where(CommentRow.platform == platform)
        if kinds:
            stmt = stmt.where(CommentRow.kind.in_(kinds))
        stmt = stmt.order_by(CommentRow.id.desc() if limit else CommentRow.id)
        if limit:
            stmt = stmt.limit(limit)
        with self.engine.connect() as conn:
            rows = to_comments(conn.execute(stmt))
        return rows[::-1] if limit else rows

    def iter_comments(self, show_id: int, chunk: int = 5000, min_id: int = 0,
                      max_id: int | None = None, flags_any: int = 0) -> Iterator[Comment]:
        """A show's stored events with min_id < id <= max_id, in order, read in chunks; with
        `flags_any`, only those carrying one of those triage flags (the Q&A queue's questions)."""
        last = min_id
        while True:
            # `show_id + 0`: read in id order by the primary key. Without statistics SQLite would
            # take any (show_id, …) index and sort the whole show again for each chunk.
            stmt = select(*COMMENT_COLUMNS).where(CommentRow.show_id + 0 == show_id, CommentRow.id > last)
            if max_id is not None:
                stmt = stmt.where(CommentRow.id <= max_id)
            if flags_any:
                stmt = stmt.where(CommentRow.flags.op("&")(flags_any) != 0)
            stmt = stmt.order_by(CommentRow.id).limit(chunk)
            with self.engine.connect() as conn:
                rows = to_comments(conn.execute(stmt))
            if not rows:
                return
            yield from rows
            last = rows[-1].id

    def count_comments(self, show_id: int) -> dict[str, int]:
        stmt = (select(CommentRow.kind, func.count()).where(CommentRow.show_id == show_id)
                .group_by(CommentRow.kind))
        with self.session() as s:
            return {k: int(n) for k, n in s.execute(stmt)}

    # ---- events -----------------------------------------------------------------------------

    def append_event(self, show_id: int, type_: str, ts: float, data: dict[str, Any]) -> Event:
        """Write one event and commit before anyone is shown it (events are the truth)."""
        return self.append_events(show_id, [Event(type_, ts, data)])[0]

    def append_events(self, show_id: int, events: Sequence[Event], s: Session | None = None) -> list[Event]:
        """Write a command's events in its transaction; they come back numbered."""
        with self._write(s) as s:
            rows = [EventRow(show_id=show_id, type=e.type, ts=e.ts, data=e.data) for e in events]
            s.add_all(rows)
            s.flush()
            return [Event(e.type, e.ts, e.data, r.seq) for e, r in zip(events, rows, strict=True)]

    def mark_seen(self, show_id: int, ts: float) -> None:
        """The studio still had the live show open at `ts` (app.studio.downtime)."""
        with self._write(None) as s:
            s.execute(update(Show).where(Show.id == show_id).values(seen_at=ts))

    def last_seen(self, show_id: int) -> float | None:
        """The latest sign of a studio at the show: its `seen_at` mark or its last event."""
        with self.session() as s:
            seen = s.scalar(select(Show.seen_at).where(Show.id == show_id))
            last = s.scalar(select(func.max(EventRow.ts)).where(EventRow.show_id == show_id))
        marks = [float(t) for t in (seen, last) if t is not None]
        return max(marks) if marks else None

    def events(self, show_id: int) -> list[Event]:
        with self.session() as s:
            rows = s.scalars(select(EventRow).where(EventRow.show_id == show_id).order_by(EventRow.seq))
            return [Event(r.type, r.ts, dict(r.data), r.seq) for r in rows]
