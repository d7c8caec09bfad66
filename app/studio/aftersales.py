"""售后 follow-up, wired: read a show's comments in chunks, group them (app.core.aftersales) and
write the list for the customer-service tool as CSV (or JSON), with a count per group first.
`livedeck export SHOW --what aftersales --format csv` and the review's export use it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.core import aftersales as af
from app.core import review as rv
from app.models import review as mr
from app.models.store import Store


def followups(store: Store, show_id: int, now: float | None = None) -> list[af.FollowUp]:
    events = mr.show_events(store, show_id)
    _s, _e, vis = rv.visits((e for e in events if e.type in rv.SEGMENT_TYPES), now or 0.0)
    handled = mr.handled_comment_ids(events)
    comments = [c for c in store.iter_comments(show_id) if c.kind == "comment"]
    item_at = {c.id: rv.item_at(vis, c.ts) for c in comments if c.id is not None}
    return af.collect(comments, handled, item_at)


def rows(store: Store, show_id: int) -> list[dict[str, Any]]:
    """One row per comment, grouped (size, delivery, returns, unanswered, paid), oldest first in each."""
    names = {i.id: i.name for i in store.items(show_id)}
    found = followups(store, show_id)
    order = {g: i for i, g in enumerate(af.GROUPS)}
    return [{"group": f.group, "user_name": f.user_name, "user_id": f.user_id,
             "time": datetime.fromtimestamp(f.ts).isoformat(timespec="seconds"),
             "item": names.get(f.item_id, "") if f.item_id is not None else "", "text": f.text,
             "comment_id": f.comment_id} for f in sorted(found, key=lambda f: (order[f.group], f.ts))]


def summary(store: Store, show_id: int) -> dict[str, dict[str, int]]:
    return af.counts(followups(store, show_id))


COLUMNS = af.COLUMNS
