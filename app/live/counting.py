"""Counting that must see every accepted row (poll votes, lottery entrants), done on the ingest side.

The GUI is shown at most a window of the newest rows per drain (app/studio/feed.py): a flood of
50,000 rows a second cannot all pass through the GUI thread, so what must count each of them
runs where the rows are accepted, inside `IngestPipeline.accept`. The Studio still makes every
decision (open, close, draw): a desk hands a counter over whole (`start`), reads its result as
an immutable copy (`result`), and takes it back whole when counting stops (`stop`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from app.core import lottery as lt
from app.core import poll as pl
from app.core import questions as qs
from app.core import sales as sx
from app.core.comments import QUESTION, Comment
from app.core.orders import order_from_comment
from app.core.triage import comment_matches


class RowCounter(Protocol):
    def add(self, rows: list[Comment]) -> bool:
        """Count `rows` (ids ascending); True when the result moved."""

    def result(self) -> Any:
        """The result as an immutable copy, for another thread."""


class Counting:
    """The counters of the open show, keyed by name ("poll", "lottery").

    Owner: whoever holds `_lock`. Rows are added by the ingest thread from inside
    `IngestPipeline.accept` (which holds the pipeline's lock, then this one: never the other way
    round); the GUI thread starts, stops and reads counters under this lock only. A counter handed
    to `start` is touched by nobody else until `stop` hands it back. `last_id` is the newest row
    counted (or skipped for another show), so a counter started now counts exactly the rows after it.
    """

    def __init__(self, last_id: int = 0) -> None:
        self._lock = threading.Lock()
        self._counters: dict[str, tuple[int | None, RowCounter]] = {}
        self._moved: set[str] = set()
        self.last_id = last_id

    def add(self, show_id: int | None, rows: list[Comment]) -> None:
        """Rows accepted for `show_id` (the ingest side, under the pipeline's lock)."""
        if not rows:
            return
        with self._lock:
            self.last_id = max(self.last_id, rows[-1].id)
            for name, (show, counter) in self._counters.items():
                if show == show_id and counter.add(rows):
                    self._moved.add(name)

    def add_to(self, name: str, rows: Iterable[Comment]) -> bool:
        """Rows for one counter only (comments read back, or handed in by a tool); False if none runs."""
        with self._lock:
            entry = self._counters.get(name)
            if entry is None:
                return False
            if entry[1].add(list(rows)):
                self._moved.add(name)
            return True

    def start(self, name: str, show_id: int | None, make: Callable[[int], RowCounter]) -> int:
        """Start counting rows after the newest one so far; `make(after_id)` builds the counter.
        Returns that id (the rows up to it are not counted). Replaces a counter of the same name."""
        with self._lock:
            after = self.last_id
            self._counters[name] = (show_id, make(after))
            self._moved.add(name)
            return after

    def stop(self, name: str) -> tuple[RowCounter | None, int]:
        """Stop counting; the counter comes back whole (nobody else touches it now) with the newest
        row id it could have counted."""
        with self._lock:
            entry = self._counters.pop(name, None)
            return (entry[1] if entry else None), self.last_id

    def change(self, name: str, fn: Callable[[Any], object]) -> bool:
        """Run `fn(counter)` under the lock (a restart's read-back merged in, a mark); False if none runs."""
        with self._lock:
            entry = self._counters.get(name)
            if entry is None:
                return False
            fn(entry[1])
            self._moved.add(name)
            return True

    def knows_order(self, order_id: str) -> bool:
        """Whether the show's orders (the "sales" counter) hold `order_id`; True when that cannot be told
        (no counter, or its stored orders are still being read back): a late payment is never lost to it."""
        with self._lock:
            entry = self._counters.get("sales")
            counter = entry[1] if entry is not None else None
            return not isinstance(counter, SalesCounter) or counter.knows(order_id)

    def counted_orders(self) -> tuple[int | None, frozenset[str]]:
        """The show the "sales" counter counts and the order IDs it saw: when that show has just ended and
        another opens, some of them may still be queued in the writer, not yet in the database."""
        with self._lock:
            entry = self._counters.get("sales")
            if entry is None or not isinstance(entry[1], SalesCounter):
                return None, frozenset()
            return entry[0], entry[1].order_ids()

    def take(self, name: str) -> list[Comment]:
        """What an inbox collected since the last call (see `OrderInbox`)."""
        with self._lock:
            entry = self._counters.get(name)
            inbox = entry[1] if entry is not None else None
            return inbox.take() if isinstance(inbox, OrderInbox) else []

    def peek(self, name: str) -> tuple[Any, int]:
        """The counter's result (None when it is not counting) and the newest row id, read together."""
        with self._lock:
            entry = self._counters.get(name)
            return (entry[1].result() if entry else None), self.last_id

    def result(self, name: str) -> Any:
        """The counter's result as a copy, or None when it is not counting."""
        with self._lock:
            entry = self._counters.get(name)
            return entry[1].result() if entry else None

    def take_moved(self) -> frozenset[str]:
        """The names whose results moved since the last call (the GUI's drain asks)."""
        with self._lock:
            moved, self._moved = frozenset(self._moved), set()
            return moved


class PollCounter:
    """A poll's votes: one per viewer, for rows after `after_id`."""

    def __init__(self, tally: pl.Tally, after_id: int) -> None:
        self.tally = tally
        self.after_id = after_id

    def add(self, rows: list[Comment]) -> bool:
        return self.tally.add_from(rows, self.after_id) > 0

    def result(self) -> pl.TallyCount:
        return self.tally.count()


class EntrantCounter:
    """A lottery's entrants, in the order they first qualified, for rows after `after_id`."""

    def __init__(self, rule: lt.EntryRule, after_id: int, entrants: lt.Entrants | None = None) -> None:
        self.rule = rule
        self.after_id = after_id
        self.entrants = entrants or lt.Entrants()

    def add(self, rows: list[Comment]) -> bool:
        after = self.after_id
        fresh = rows if rows[0].id > after else [c for c in rows if c.id > after]
        return self.entrants.add_from(fresh, self.rule, comment_matches) > 0

    def result(self) -> int:
        return len(self.entrants)


class QuestionCounter:
    """The question queue: viewers' questions grouped, for rows after `after_id`. While `held` is a list
    (a restart's read-back is under way) question rows wait there and join the queue handed in by
    `resume`, after its rows, in order."""

    def __init__(self, queue: qs.QuestionQueue, after_id: int, current_item: int | None,
                 held: bool = False) -> None:
        self.queue = queue
        self.after_id = after_id
        self.current_item = current_item  # the item on air, set by the GUI through `Counting.change`
        self.held: list[Comment] | None = [] if held else None
        self._snapshot: qs.QuestionQueue | None = None  # the last result: the next copies only what moved

    def add(self, rows: list[Comment]) -> bool:
        after = self.after_id
        asked = [c for c in rows if c.flags & QUESTION and c.id > after]
        if not asked:
            return False
        if self.held is not None:
            self.held.extend(asked)
            return False
        return self.queue.add_from(asked, self.current_item) > 0

    def resume(self, queue: qs.QuestionQueue) -> None:
        queue.keep_id = self.queue.keep_id  # the question on the host view, set while it was read back
        held, self.held, self.queue = self.held or [], None, queue
        queue.add_from(held, self.current_item)
        self._snapshot = None  # another queue: its first snapshot copies it whole

    def result(self) -> qs.QuestionQueue:
        self._snapshot = self.queue.snapshot(self._snapshot)
        return self._snapshot


class SalesCounter:
    """Orders per run-sheet item (app.core.sales), for rows after `after_id`; held like the questions
    while a restart reads the stored orders back. Its view is computed once per change."""

    def __init__(self, sales: sx.Sales, after_id: int, held: bool = False) -> None:
        self.sales = sales
        self.after_id = after_id
        self.held: list[Comment] | None = [] if held else None
        self._view: dict[str, Any] | None = None

    def add(self, rows: list[Comment]) -> bool:
        after = self.after_id
        orders = [c for c in rows if c.kind == "order" and c.id > after]
        if not orders:
            return False
        if self.held is not None:
            self.held.extend(orders)
            return False
        if self.sales.add_comments(orders):
            self._view = None
            return True
        return False

    def resume(self, sales: sx.Sales) -> None:
        held, self.held, self.sales, self._view = self.held or [], None, sales, None
        sales.add_comments(held)

    def knows(self, order_id: str) -> bool:
        """The order was seen (True while the stored orders are read back: not known yet, not unknown)."""
        return self.held is not None or order_id in self.sales.orders

    def order_ids(self) -> frozenset[str]:
        """Every order ID counted or held (while the stored ones are read back, those are not here)."""
        held = (o.order_id for c in self.held or () if (o := order_from_comment(c)) is not None)
        return frozenset(self.sales.orders).union(held)

    def set_items(self, items: list[sx.SaleItem], current_id: int | None) -> None:
        if self.sales.set_items(items, current_id):
            self._view = None

    def result(self) -> dict[str, Any]:
        """The view, shared by every reader until the next change: never changed in place."""
        if self._view is None:
            self._view = self.sales.view()
        return self._view


class OrderInbox:
    """Orders on their way to the GUI, where a live flash sale counts them against its stock through
    a Studio command (each changes the show). Orders are a small share of a flood's rows."""

    def __init__(self, after_id: int) -> None:
        self.after_id = after_id
        self.orders: list[Comment] = []

    def add(self, rows: list[Comment]) -> bool:
        after = self.after_id
        orders = [c for c in rows if c.kind == "order" and c.id > after]
        self.orders.extend(orders)
        return bool(orders)

    def take(self) -> list[Comment]:
        orders, self.orders = self.orders, []
        return orders

    def result(self) -> int:
        return len(self.orders)
