"""Comments on the wire to a second desk (`comments` messages and `feed.recent` on /control).

One shape both ways, so the second desk's feed shows exactly what the studio's does: the comment's
own fields, its triage tags by name, the item it names, and, for a comment with banned words, the
masked text the studio's word list made (the second desk has no word list of its own).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from app.core.comments import BANNED, FLAG_NAMES, Comment, flag_names

# What a feed shows, plus what changes it (a platform's delete, the room's end).
STREAMED_KINDS = frozenset({"comment", "gift", "order", "follow", "share", "room_end", "delete"})
BATCH_MAX = 200    # comments in one `comments` message; beyond, the oldest are skipped (and counted)
RECENT_MAX = 500   # comments one `feed.recent` returns at most
_BITS = {name: bit for bit, name in FLAG_NAMES.items()}


def to_wire(c: Comment, masked: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"id": c.id, "kind": c.kind, "platform": c.platform, "msg_id": c.msg_id, "ts": c.ts,
                           "user_id": c.user_id, "user_name": c.user_name, "text": c.text, "tags": flag_names(c.flags),
                           "item_id": c.item_ref, "deleted": c.deleted}
    if c.follower or c.fans_level:
        out["follower"], out["fans_level"] = c.follower, c.fans_level
    if c.extra:
        out["extra"] = c.extra
    if masked is not None and c.flags & BANNED and masked != c.text:
        out["masked"] = masked
    return out


def from_wire(d: dict[str, Any]) -> Comment:
    """The studio's own comment back; unknown tags are ignored (a newer studio may add some)."""
    flags = 0
    for name in d.get("tags") or ():
        flags |= _BITS.get(str(name), 0)
    extra = d.get("extra")
    item = d.get("item_id")
    return Comment(str(d.get("kind", "comment")), str(d.get("platform", "")), str(d.get("msg_id", "")),
                   float(d.get("ts") or 0.0), str(d.get("user_id", "")), str(d.get("user_name", "")),
                   str(d.get("text", "")), bool(d.get("follower", False)), int(d.get("fans_level") or 0),
                   dict(extra) if isinstance(extra, dict) else None, flags,
                   int(item) if isinstance(item, int) else None, int(d["id"]), bool(d.get("deleted", False)))


def capped(batch: Sequence[Comment], limit: int) -> tuple[list[Comment], int]:
    """The newest `limit` of a batch and how many older ones were left out."""
    kept = list(batch[-limit:]) if limit > 0 else []
    return kept, len(batch) - len(kept)


def newer(comments: Iterable[Comment], after_id: int) -> list[Comment]:
    """What a second desk has not seen yet: ids only grow, so one number says where it was."""
    return [c for c in comments if c.id > after_id and c.kind in STREAMED_KINDS]
