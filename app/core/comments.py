"""The normalised ingest event every relay format is turned into."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("comment", "gift", "like", "follow", "join", "share", "viewers", "order", "delete", "room_end")
# "room_end": the platform (through its relay) says the live room has ended; shown on the desk.

# Triage flags (bit mask, stored with the comment).
QUESTION = 1 << 0
PRODUCT = 1 << 1
KEYWORD = 1 << 2
NEGATIVE = 1 << 3
BANNED_ABSOLUTE = 1 << 4   # 绝对化用语 (广告法 Art. 9)
BANNED_MEDICAL = 1 << 5    # 医疗功效
BANNED_DIVERSION = 1 << 6  # 引流 (加微, VX …)
BANNED_GUARANTEE = 1 << 7  # 虚假承诺 (100%, 无效退款 …)
BANNED_OTHER = 1 << 8
UNKNOWN_LINK = 1 << 9      # "9号链接" where the cart has no link 9: flagged, never guessed to be the item on air
BANNED = BANNED_ABSOLUTE | BANNED_MEDICAL | BANNED_DIVERSION | BANNED_GUARANTEE | BANNED_OTHER

FLAG_NAMES = {QUESTION: "question", PRODUCT: "product", KEYWORD: "keyword", NEGATIVE: "negative",
              BANNED_ABSOLUTE: "absolute", BANNED_MEDICAL: "medical", BANNED_DIVERSION: "diversion",
              BANNED_GUARANTEE: "guarantee", BANNED_OTHER: "banned", UNKNOWN_LINK: "unknown_link"}


def flag_names(flags: int) -> list[str]:
    return [name for bit, name in FLAG_NAMES.items() if flags & bit]


@dataclass(slots=True)
class Comment:
    """One accepted event. `id` is LiveDeck's own number (also the database row id)."""

    kind: str
    platform: str
    msg_id: str
    ts: float
    user_id: str = ""
    user_name: str = ""
    text: str = ""
    follower: bool = False
    fans_level: int = 0
    extra: dict[str, Any] | None = None  # gift/count/value, online/total, sku/quantity/amount, target
    flags: int = 0
    item_ref: int | None = None
    id: int = 0
    deleted: bool = False
    source: str = ""
    # The text as matching sees it (app.core.triage.norm_of): computed once at ingest, shared by
    # triage, poll and lottery. Never stored, never compared.
    norm: str | None = field(default=None, compare=False, repr=False)

    @property
    def anonymous(self) -> bool:
        """A viewer the platform hides (Douyin's id 111111 with a masked name, Twitch's anonymous
        gifter): kept in the feed, counted apart, never a lottery entrant. Stored in `extra`, so it
        survives the database without a column of its own."""
        return bool(self.extra and self.extra.get("anonymous"))

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.kind, "platform": self.platform, "msg_id": self.msg_id,
                "ts": self.ts, "user_id": self.user_id, "user_name": self.user_name, "text": self.text,
                "follower": self.follower, "fans_level": self.fans_level, "flags": flag_names(self.flags),
                "item_ref": self.item_ref, "deleted": self.deleted, **(self.extra or {})}
