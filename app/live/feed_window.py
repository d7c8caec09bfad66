"""The rows waiting for the GUI's next drain, kept bounded on the ingest side.

Under a flood the GUI's drain must cost the same whether 50 or 50,000 rows arrived since the last
one (issue #22: the GUI thread spent 24 µs per event popping one queued batch per websocket frame).
So the ingest side, which touches every row anyway, keeps only what the feed can show: the newest
`limit` rows of each show, the rare rows that change what is shown (a delete, the room's end, a
viewer count) and how many arrived. The GUI takes the whole window in one swap.
"""

from __future__ import annotations

import collections

from app.core.comments import Comment

SHOWN_KINDS = frozenset({"delete", "room_end", "viewers"})  # rare rows the feed must see even when left out


class FeedWindow:
    """Rows accepted for one show since the GUI's last drain: the newest `limit` (all with None),
    every rare row, and the count of all. Owner: `IngestPipeline._lock` (filled in `accept`,
    swapped out whole by the GUI's drain; after the swap only the GUI thread reads it)."""

    __slots__ = ("count", "newest", "rare")

    def __init__(self, limit: int | None) -> None:
        self.newest: collections.deque[Comment] = collections.deque(maxlen=limit)
        self.rare: list[Comment] = []
        self.count = 0

    def add(self, rows: list[Comment]) -> None:
        """Rows with ascending ids, newer than any added before (the pipeline numbers them in order)."""
        self.count += len(rows)
        self.newest.extend(rows)
        rare = [c for c in rows if c.kind in SHOWN_KINDS]
        if rare:
            self.rare.extend(rare)

    def rows(self, limit: int) -> list[Comment]:
        """At most the newest `limit` rows, after the rare rows older than them, in arrival order."""
        newest = list(self.newest)
        if len(newest) > limit:
            newest = newest[len(newest) - limit:]
        if not newest:
            return []
        first = newest[0].id
        return [c for c in self.rare if c.id < first] + newest
