"""One state snapshot per change or tick, shared by everything that reads it then.

A change reaches a dozen panels through `Studio.changed`, and each used to make its own snapshot
of the whole state: with the push to control clients, four per price edit, about 1 ms each with
the desks open, and four times that when ingest holds the interpreter in a flood. While the panels
repaint nothing else runs on the GUI thread, so one snapshot is true for all of them. Desks bring
their own views (sales items, the item on air) up to date on `Studio.views_sync`, before the
panels; `state_changed`, the push and everything after a command's hooks read afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


class OneSnapshot:
    """Owned by the GUI thread (the Studio's). Outside `held` every read makes a new snapshot."""

    def __init__(self, make: Callable[[], dict[str, Any]]) -> None:
        self._make = make
        self._depth = 0
        self._snap: dict[str, Any] | None = None

    @contextmanager
    def held(self) -> Iterator[None]:
        """Reads inside share one snapshot; a change dispatched inside (a listener's own command)
        starts afresh, and the outer dispatch then reads the newer one."""
        self._depth += 1
        self._snap = None
        try:
            yield
        finally:
            self._depth -= 1
            self._snap = None  # a nested dispatch's desks may have moved their views since

    def drop(self) -> None:
        """Something a snapshot shows moved outside the state (a desk's view): the next read makes one."""
        self._snap = None

    def get(self, shareable: bool = True) -> dict[str, Any]:
        """The shared snapshot, made on first read; a new one when not `shareable` (inside a command,
        whose state copy is still changing) or outside a dispatch."""
        if not shareable or self._depth == 0:
            return self._make()
        if self._snap is None:
            self._snap = self._make()
        return self._snap
