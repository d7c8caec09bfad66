"""The ended shows whose orders still settle (docs/protocol.md, "For **24 hours after"), for ingest.

Teams run two shows a day: a payment for the morning show's order that finishes after the evening
show opened is still the morning show's (its GMV, its 压单), not the evening's and not refused. The
relay does not say the show; the order ID does: the ended show that holds it is the one it belongs to.
Read when the open show changes (a few queries: the shows table, an index per ended show), never per event.
"""

from __future__ import annotations

from sqlalchemy import func, select

from app.core.events import SHOW_ENDED
from app.core.orders import SETTLE_S, Settling, order_from_comment
from app.models.review import order_comments
from app.models.schema import EventRow, Show
from app.models.store import Store


def settling_shows(store: Store, open_show: int | None, open_end: float | None, now: float) -> list[Settling]:
    """The open show if it ended (its counter knows its orders), and every other show that ended
    less than SETTLE_S ago with the order IDs it holds."""
    out = [Settling(open_show, open_end + SETTLE_S)] if open_show is not None and open_end is not None else []
    with store.engine.connect() as conn:
        ended = list(conn.scalars(select(Show.id).where(Show.status == "ended", Show.id != (open_show or 0))))
        ends = {show: conn.scalar(select(func.max(EventRow.ts)).where(EventRow.show_id == show,
                                                                      EventRow.type == SHOW_ENDED))
                for show in ended}
    for show, end in ends.items():
        if end is None or now > end + SETTLE_S:
            continue
        orders = frozenset(o.order_id for c in order_comments(store, show) if (o := order_from_comment(c)) is not None)
        if orders:
            out.append(Settling(show, end + SETTLE_S, orders))
    return out
