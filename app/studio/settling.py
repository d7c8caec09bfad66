"""The ended shows whose orders still settle (docs/protocol.md, "For **24 hours after"), for ingest.

Teams run two shows a day: a payment for the morning show's order that finishes after the evening
show opened is still the morning show's (its GMV, its 压单), not the evening's and not refused. The
relay does not say the show; the order ID does: the ended show that holds it is the one it belongs to.
Read when the open show changes (one query, then the orders of the shows still settling), never per event.
"""

from __future__ import annotations

from sqlalchemy import func, select

from app.core.events import SHOW_ENDED
from app.core.orders import SETTLE_S, Settling, order_from_comment
from app.live.counting import Counting
from app.models.review import order_comments
from app.models.schema import EventRow, Show
from app.models.store import Store


class SettlingShows:
    """The settling shows ingest is handed (Studio._set_ingest). The other shows' part is read when the
    open show changes and kept: a show's title edit, start or end (Change.SHOW) reuses it, and what
    expires meanwhile is dropped by Settling.until (app.core.orders.settled_orders)."""

    def __init__(self, store: Store, counting: Counting | None = None) -> None:
        self._store = store
        self._counting = counting  # ingest's counters: the sales counter still counts the show that was open
        self._open: object = object()  # the open show the others were read for (none yet)
        self._others: list[Settling] = []

    def shows(self, open_show: int | None, open_end: float | None, now: float) -> list[Settling]:
        """The open show if it ended (its counter knows its orders), and every other show that ended
        less than SETTLE_S ago with the order IDs it holds: stored, and for the show that was open, those
        its sales counter saw (the Studio asks before the new show's counter starts): its newest orders
        may still be queued in the comment writer, not in the database yet."""
        if open_show != self._open:
            counted = self._counting.counted_orders() if self._counting is not None else (None, frozenset())
            self._others, self._open = _others(self._store, open_show, now, counted), open_show
        own = [Settling(open_show, open_end + SETTLE_S)] if open_show is not None and open_end is not None else []
        return own + self._others


def _others(store: Store, open_show: int | None, now: float,
            counted: tuple[int | None, frozenset[str]]) -> list[Settling]:
    """Shows other than the open one that ended less than SETTLE_S ago: one query (each show's end
    through ix_events_show_type), then the orders of those few, and of `counted`'s show those its
    counter saw (stored or not)."""
    ended = select(Show.id).where(Show.status == "ended", Show.id != (open_show or 0))
    stmt = (select(EventRow.show_id, func.max(EventRow.ts)).where(EventRow.type == SHOW_ENDED,
                                                                   EventRow.show_id.in_(ended))
            .group_by(EventRow.show_id).having(func.max(EventRow.ts) >= now - SETTLE_S))
    with store.engine.connect() as conn:
        ends = [(show, float(end)) for show, end in conn.execute(stmt)]
    out = []
    for show, end in ends:
        orders = frozenset(o.order_id for c in order_comments(store, show) if (o := order_from_comment(c)) is not None)
        if show == counted[0]:
            orders |= counted[1]
        if orders:
            out.append(Settling(show, end + SETTLE_S, orders))
    return out
