"""Show events: every on-air action, with its wall-clock time. The show state is their fold."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SHOW_STARTED = "show_started"
SHOW_UPDATED = "show_updated"
SHOW_ENDED = "show_ended"
SEGMENT_STARTED = "segment_started"
TIMER_PAUSED = "timer_paused"
TIMER_RESUMED = "timer_resumed"
TIME_ADDED = "time_added"
ITEM_ADDED = "item_added"
ITEM_REMOVED = "item_removed"
ITEM_MOVED = "item_moved"
ITEM_UPDATED = "item_updated"
CUE_FIRED = "cue_fired"
COMMENT_PINNED = "comment_pinned"
COMMENT_UNPINNED = "comment_unpinned"
# The app was not running (killed, or quit) while the show was live: {from, to, item_id}. The clocks
# went on in real time (the stream did); this says why an item ran over with nobody at the desk.
APP_DOWN = "app_down"


@dataclass(frozen=True)
class Event:
    """One thing that happened on air. `ts` is seconds since the epoch; `seq` orders the log."""

    type: str
    ts: float
    data: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "type": self.type, "ts": self.ts, **self.data}
