"""The desk's rules for the comment feed, as show events: who is blocked, which keywords are
highlighted, which comments the desk removed. Pure: the Studio records, the reducer applies.

Being events, they are replayed when the show reopens and published to every desk.
"""

from __future__ import annotations

from typing import Any

from app.core.changes import Change
from app.core.events import Event
from app.core.reducers import register
from app.core.show import ShowState

VIEWER_BLOCKED = "viewer_blocked"
VIEWER_UNBLOCKED = "viewer_unblocked"
KEYWORDS_SET = "keywords_set"
COMMENT_DELETED = "comment_deleted"
COMMENT_RESTORED = "comment_restored"
DEFAULT_KEYWORDS = ("福袋", "扣1", "想要")
MAX_KEYWORDS, MAX_KEYWORD_LEN = 50, 30


def clean_keywords(raw: Any) -> list[str]:
    """A list of strings (or one comma-separated string, either comma); blanks and repeats dropped."""
    if isinstance(raw, str):
        raw = raw.replace("，", ",").split(",")
    if not isinstance(raw, list) or not all(isinstance(k, str) for k in raw):
        raise ValueError("keywords must be a list of strings")
    out: list[str] = []
    for k in raw:
        k = k.strip()
        if k and k not in out:
            out.append(k)
    if len(out) > MAX_KEYWORDS or any(len(k) > MAX_KEYWORD_LEN for k in out):
        raise ValueError(f"at most {MAX_KEYWORDS} keywords of {MAX_KEYWORD_LEN} characters")
    return out


def viewer_key(platform: Any, user_id: Any) -> tuple[str, str]:
    if not isinstance(platform, str) or not isinstance(user_id, str) or not user_id:
        raise ValueError("platform and user_id must be strings")
    return platform, user_id


def blocked(state: ShowState) -> frozenset[tuple[str, str]]:
    return frozenset((p, u) for p, u in state.extra.get("blocked", []))


def keywords(state: ShowState) -> list[str]:
    kw = state.extra.get("keywords")
    return list(DEFAULT_KEYWORDS) if kw is None else list(kw)


def deleted(state: ShowState) -> frozenset[int]:
    return frozenset(state.extra.get("deleted", []))


def _blocked(state: ShowState, e: Event) -> None:
    key = [e.data["platform"], e.data["user_id"]]
    lst = state.extra.setdefault("blocked", [])
    if key not in lst:
        lst.append(key)


def _unblocked(state: ShowState, e: Event) -> None:
    key = [e.data["platform"], e.data["user_id"]]
    state.extra["blocked"] = [k for k in state.extra.get("blocked", []) if k != key]


def _keywords(state: ShowState, e: Event) -> None:
    state.extra["keywords"] = list(e.data["keywords"])


def _deleted(state: ShowState, e: Event) -> None:
    lst = state.extra.setdefault("deleted", [])
    if e.data["comment_id"] not in lst:
        lst.append(int(e.data["comment_id"]))


def _restored(state: ShowState, e: Event) -> None:
    state.extra["deleted"] = [i for i in state.extra.get("deleted", []) if i != e.data["comment_id"]]


register(VIEWER_BLOCKED, _blocked, Change.FEED_RULES)
register(VIEWER_UNBLOCKED, _unblocked, Change.FEED_RULES)
register(KEYWORDS_SET, _keywords, Change.FEED_RULES)
register(COMMENT_DELETED, _deleted, Change.FEED_RULES)
register(COMMENT_RESTORED, _restored, Change.FEED_RULES)
