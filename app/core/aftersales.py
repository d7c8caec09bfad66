"""售后 follow-up from the review: the buyers the customer-service team should contact after the
show, grouped by why: they asked about size, delivery or returns, their question went unanswered,
or they said they had paid ("已拍") and may be waiting for a confirmation. One comment lands in
the first group that fits, in that order (a size question is a size follow-up, not also "open").

Pure: the Studio hands in the comments, the questions handled on air and the item visits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.core import comments as cm
from app.core.comments import Comment
from app.core.triage import normalise

GROUPS = ("size", "delivery", "returns", "unanswered", "paid")
_WORDS: dict[str, tuple[str, ...]] = {
    "size": ("尺码", "码数", "什么码", "几码", "大码", "小码", "偏大", "偏小", "穿s", "穿m", "穿l", "穿xl", "size"),
    "delivery": ("发货", "快递", "物流", "几天到", "多久到", "什么时候到", "到货", "催单", "单号", "deliver",
                 "shipping"),
    "returns": ("退货", "退款", "能退", "可以退", "退吗", "换货", "能换", "换吗", "换码", "运费险", "七天无理由",
                "7天无理由", "不想要", "refund", "return"),
    "paid": ("已拍", "已下单", "下单了", "拍了", "已付款", "付款了", "买了", "抢到了", "bought"),
}
_HEIGHT_WEIGHT = re.compile(r"1[4-8]\d\s*(?:cm)?\s*[,，/ ]?\s*\d{2,3}\s*斤|\d{2,3}\s*斤.{0,4}穿")


@dataclass(frozen=True)
class FollowUp:
    group: str
    comment_id: int
    ts: float
    user_id: str
    user_name: str
    text: str
    item_id: int | None


def group_of(c: Comment, handled: set[int]) -> str | None:
    """Why this comment needs a follow-up, or None."""
    if c.kind != "comment" or not c.text:
        return None
    norm = normalise(c.text)
    for group in ("size", "delivery", "returns"):
        if any(w in norm for w in _WORDS[group]) or (group == "size" and _HEIGHT_WEIGHT.search(norm)):
            return group
    if c.flags & cm.QUESTION and c.id not in handled:
        return "unanswered"
    if any(w in norm for w in _WORDS["paid"]):
        return "paid"
    return None


def collect(comments: Iterable[Comment], handled: set[int],
            item_at: Mapping[int, int | None] | None = None) -> list[FollowUp]:
    """Every follow-up, in time order; `item_at` gives the item a comment was about (its id → item)."""
    out = []
    for c in comments:
        group = group_of(c, handled)
        if group is not None:
            item = c.item_ref if c.item_ref is not None else (item_at or {}).get(c.id)
            out.append(FollowUp(group, c.id, c.ts, c.user_id, c.user_name, c.text, item))
    return out


def counts(rows: Sequence[FollowUp]) -> dict[str, dict[str, int]]:
    """Per group: comments and distinct viewers (the number the team will contact)."""
    out = {g: {"comments": 0, "viewers": 0} for g in GROUPS}
    users: dict[str, set[str]] = {g: set() for g in GROUPS}
    for r in rows:
        out[r.group]["comments"] += 1
        users[r.group].add(r.user_id or r.user_name)
    for g in GROUPS:
        out[g]["viewers"] = len(users[g])
    return out


COLUMNS = ["group", "user_name", "user_id", "time", "item", "text", "comment_id"]
