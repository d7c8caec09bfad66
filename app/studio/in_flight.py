"""Queries on their way to the studio, and what its pushes said meanwhile (the second desk).

A reply and a push (`event`, `state`) are separate messages on /control and either may arrive first:
an answer older than what was pushed while it travelled must be asked again, or the desk keeps it
until the next change. Each fetch that folds an answer with pushes (the 话术 and Products libraries,
the event log) keeps one of these.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class InFlight(Generic[T]):
    """How many requests are on their way, and what was pushed while any was (`merge`d in order)."""

    def __init__(self, merge: Callable[[T | None, T], T]) -> None:
        self.asking = 0
        self.pushed: T | None = None
        self._merge = merge

    def start(self) -> None:
        if not self.asking:
            self.pushed = None
        self.asking += 1

    def saw(self, value: T) -> bool:
        """A push arrived; True while a request is on its way (its answer decides what comes next)."""
        if self.asking:
            self.pushed = self._merge(self.pushed, value)
        return bool(self.asking)

    def done(self) -> T | None:
        """An answer came: once none is on its way, what was pushed meanwhile (None: nothing)."""
        self.asking = max(0, self.asking - 1)
        return None if self.asking else self.pushed

    def done_behind(self, held: T) -> bool:
        """`done`, for a fetch of a versioned library: True when a version other than `held` (what the
        answer gave) was pushed meanwhile, so the desk must ask again."""
        pushed = self.done()
        return pushed is not None and pushed != held


def last(_old: object, new: T) -> T:
    """The newest push wins (a library's published version)."""
    return new
