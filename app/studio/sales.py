"""Live sales on the desk: orders from the ingest feed, counted per run-sheet item.

Orders are counted on the ingest side (app.live.counting: every accepted row passes there, while the
GUI sees only the newest); the desk reads the per-item view, computed there once per change. The
orders are stored with the comments (the writer keeps every `order` event), so after a restart the
counts are rebuilt from the database off the GUI thread, like a lottery's entrants; orders arriving
meanwhile are held and added after. The rules live in app.core.sales.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from app.core import sales as sx
from app.core.comments import Comment
from app.core.show import Segment
from app.core.text import BadValue, Note, message_of, note
from app.live.counting import Counting, SalesCounter
from app.models.review import order_comments
from app.studio.desk import DeskStudio
from app.studio.files import read_sheets
from app.studio.studio import CommandError, Studio
from app.studio.tasks import run_in_thread

QT_TRANSLATE_NOOP("Sales", "rows must be a list of products from the console export")


class SalesDesk(QObject):
    changed = Signal()

    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        self.counting = studio.feed.pipeline.counting if studio.feed is not None else Counting()
        self._rebuilding = False  # the stored orders are being read back after a restart
        self._view: dict[str, Any] | None = None  # the state asks 4 times a second; orders change less
        self._synced: tuple[list[sx.SaleItem], int | None] | None = None  # what the counter was told last
        # Each segment's SaleItem, kept while the segment is the same object: a command replaces only
        # the segments it changes (ShowState.own_segment), so an edit makes one new SaleItem, not 5,000.
        self._made: dict[int, tuple[Segment, sx.SaleItem]] = {}
        self._last: tuple[tuple[Segment, ...], list[sx.SaleItem]] = ((), [])  # the segments and items made last
        self.changed.connect(self._forget_view)
        studio.register("sales.get", self.sales_get, writes=False)
        studio.register("sales.console", self.sales_console)
        studio.views["sales"] = lambda _now: self.view()
        studio.views_sync.connect(self.sync_items)  # before the panels read the sales view
        studio.show_opened.connect(self.on_show_opened)
        if studio.feed is not None:
            studio.feed.counted.connect(self.on_counted)
        if studio.show_id is not None:
            self.on_show_opened(studio.show_id)

    def view(self) -> dict[str, Any]:
        if self._view is None:
            counted = self.counting.result("sales")
            self._view = counted if counted is not None else sx.Sales().view()
        return self._view

    def on_counted(self, moved: frozenset[str]) -> None:
        if "sales" in moved and not self._rebuilding:
            self.changed.emit()

    def _forget_view(self) -> None:
        self._view = None

    def items(self) -> list[sx.SaleItem]:
        segments, made = tuple(self.studio.state.segments), self._made
        last, items = self._last
        if len(last) == len(segments):  # an edit: only the replaced segments are looked at
            items = list(items)
            for n in (n for n, (a, b) in enumerate(zip(last, segments, strict=True)) if a is not b):
                items[n] = self._item(segments[n])
        else:
            if len(made) > 2 * len(segments) + 64:  # items long gone: let them go
                self._made = {}
            items = [self._item(s) for s in segments]
        self._last = (segments, items)
        return items

    def _item(self, s: Segment) -> sx.SaleItem:
        hit = self._made.get(s.item_id)
        if hit is None or hit[0] is not s:
            hit = self._made[s.item_id] = (s, sx.SaleItem(s.item_id, s.name, s.product_id, s.sku, s.live_price,
                                                          s.stock, s.cart_no))
        return hit[1]

    def sync_items(self) -> None:
        """The run-sheet or the item on air changed (an ID fixed mid-show, a 返场 went on)."""
        items, current = self.items(), self.studio.state.current_id
        if (items, current) != self._synced:
            self._synced = (items, current)
            if self.counting.change("sales", lambda c: c.set_items(items, current)) and not self._rebuilding:
                self.changed.emit()

    def on_show_opened(self, _show_id: int) -> None:
        self._view, self._rebuilding = None, False
        show = self.studio.show_id
        if show is None:
            return
        items, current = self._synced = self.items(), self.studio.state.current_id
        fresh = sx.Sales()
        fresh.set_items(items, current)
        after = self.counting.start("sales", show, lambda after: SalesCounter(fresh, after, held=True))
        upto = after if self.studio.feed is not None else None  # without a feed every stored order is read
        store = self.studio.store
        self._rebuilding = True

        def rebuild() -> list[Comment]:
            return order_comments(store, show, max_id=upto)

        def done(orders: list[Comment] | None, error: BaseException | None) -> None:
            if not shiboken6.isValid(self):
                return  # the studio closed while the orders were read
            self._rebuilding = False
            if error is not None or orders is None or self.studio.show_id != show:
                return
            sales = sx.Sales()
            assert self._synced is not None
            items, current = self._synced

            def resume(counter: SalesCounter) -> None:
                sales.set_items(items, current)
                sales.add_comments(orders)
                counter.resume(sales)

            self.counting.change("sales", resume)
            self.changed.emit()

        run_in_thread(rebuild, done)

    # ---- commands ----------------------------------------------------------------------------

    def sales_get(self, _args: dict[str, Any]) -> dict[str, Any]:
        return self.view()

    def sales_console(self, args: dict[str, Any]) -> dict[str, Any]:
        """Record the console's per-product export (after the show) joined to the run-sheet."""
        if self.studio.show_id is None:
            raise CommandError("no_show", QCoreApplication.translate("Studio", "no show is open"))
        rows = args.get("rows")
        if not isinstance(rows, list) or not all(isinstance(r, dict) and r.get("product_id") for r in rows):
            raise CommandError("bad_args", QCoreApplication.translate(
                "Sales", "rows must be a list of products from the console export"))
        joined = sx.join_console(rows, self.items())
        self.studio.record(sx.CONSOLE_IMPORTED, {"file": str(args.get("file", "")), "rows": joined.rows,
                                                 "unmatched": joined.unmatched})
        return {"matched": len(joined.rows), "unmatched": len(joined.unmatched)}


def read_console_export(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """The records of a console export file (CSV or XLSX, first sheet with a 商品ID column) and
    its warnings; runs off the GUI thread. Raises ValueError when no sheet has product IDs."""
    problems: list[Note] = []
    for name, rows in read_sheets(path):
        try:
            return sx.console_records(rows)
        except ValueError as exc:
            problems.append(note("%1: %2", name or path.name, message_of(exc)))
    if not problems:
        raise BadValue("the file is empty")
    raise BadValue("%1", problems[0]) if len(problems) == 1 else BadValue(
        "%1 (and %2 more sheets without product IDs)", problems[0], len(problems) - 1)


def sales_desk(studio: DeskStudio) -> SalesDesk:
    """The studio's sales desk (made on first use when no runtime attached one)."""
    desk = studio.findChild(SalesDesk)
    assert isinstance(studio, Studio), "a desk is made on the studio itself"
    return desk if desk is not None else SalesDesk(studio)
