"""The product library's query: every run-sheet item of every show as an `Appearance`, with the
review's per-item figures for shows that went on air, and the merges the producer made.

Blocking (one review per aired show): the CLI calls it directly, the desk off the GUI thread.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core import product_library as pl
from app.core import review as rv
from app.models import review as mr
from app.models.schema import EventRow, ProductMerge, Show
from app.models.schema import Item as ItemRow
from app.models.store import Store


def item_figures(store: Store, show_id: int, now: float) -> dict[int, rv.ItemReview]:
    """The review's per-item rows of one show, by item id: the one place the library reads review
    figures, whose sales come from app.core.sales like every other surface (#19)."""
    return {r.item_id: r for r in rv.build(mr.load_input(store, show_id, now)).items}


def _console(store: Store, show_id: int) -> dict[str, dict[str, Any]]:
    """The latest 罗盘 per-product import of a show, by product ID (matched and unmatched rows)."""
    stmt = (select(EventRow.data).where(EventRow.show_id == show_id, EventRow.type == "console_imported")
            .order_by(EventRow.seq.desc()).limit(1))
    with store.session() as s:
        data = s.scalar(stmt)
    if not data:
        return {}
    rows = list(data.get("rows", [])) + list(data.get("unmatched", []))
    return {str(r.get("product_id")): r for r in rows if r.get("product_id")}


def _int(v: Any) -> int | None:
    return int(v) if isinstance(v, int | float) and not isinstance(v, bool) else None


def appearances(store: Store, now: float | None = None) -> list[pl.Appearance]:
    now = time.time() if now is None else now
    with store.session() as s:
        shows = [(sh.id, sh.title, sh.status, (sh.planned_start or sh.created_at).timestamp())
                 for sh in s.scalars(select(Show).order_by(Show.id))]
        items: dict[int, list[ItemRow]] = {}
        for row in s.scalars(select(ItemRow).order_by(ItemRow.show_id, ItemRow.position)):
            s.expunge(row)
            items.setdefault(row.show_id, []).append(row)
        started = {sid: ts for sid, ts in s.execute(
            select(EventRow.show_id, EventRow.ts).where(EventRow.type == "show_started"))}
    out: list[pl.Appearance] = []
    for show_id, title, status, ts in shows:
        figures = item_figures(store, show_id, now) if show_id in started else {}
        console = _console(store, show_id) if show_id in started else {}
        for it in items.get(show_id, []):
            f = figures.get(it.id)
            c = console.pop(it.product_id, {}) if it.product_id else {}  # a 返场 row does not count it twice
            out.append(pl.Appearance(
                show_id=show_id, show_title=title, show_ts=started.get(show_id, ts), status=status, item_id=it.id,
                name=it.name, sku=it.sku, product_id=it.product_id, live_price=it.live_price,
                list_price=it.list_price, talking_points=it.talking_points, planned_min=it.planned_min,
                minutes=None if f is None or f.actual_s is None else f.actual_s / 60,
                visits=f.visits if f else 0, comments=f.comments if f else 0, questions=f.questions if f else 0,
                orders=f.orders if f else None, units=f.units if f else None,
                gmv=None if f is None or f.gmv is None else f.gmv / 100,  # fen → yuan
                sellout_s=f.sale_sellout_s if f else None,
                exposure=_int(c.get("exposure")), clicks=_int(c.get("clicks")),
                console_units=_int(c.get("units"))))
    return out


def merges(store: Store) -> dict[str, str]:
    with store.session() as s:
        return {k: v for k, v in s.execute(select(ProductMerge.key, ProductMerge.into_key))}


def linked_merges(store: Store) -> dict[str, str]:
    """The producer's merges plus the 货号 → product ID links of every show's items (pl.sku_links):
    what the 话术 follows, without computing the whole library."""
    with store.session() as s:
        rows = s.execute(select(ItemRow.product_id, ItemRow.sku).where(ItemRow.sku != "").distinct())
        pairs = [(pid or "", sku or "") for pid, sku in rows]
    return pl.with_links(pairs, merges(store))


def library(store: Store, now: float | None = None) -> list[pl.Product]:
    return pl.build(appearances(store, now), merges(store))


def set_merge(store: Store, key: str, into_key: str | None, now: float, s: Session | None = None) -> str | None:
    """Merge `key` into `into_key` (None: undo the merge); returns what it was merged into before."""
    if s is None:
        with store.session() as own, own.begin():
            return set_merge(store, key, into_key, now, own)
    before = s.scalar(select(ProductMerge.into_key).where(ProductMerge.key == key))
    s.execute(delete(ProductMerge).where(ProductMerge.key == key))
    if into_key is not None:
        s.add(ProductMerge(key=key, into_key=into_key, created_at=now))
    s.flush()
    return before
