"""steveseguin/social_stream (Social Stream Ninja) messages, bare or wrapped."""

from __future__ import annotations

import re
import zlib
from typing import Any

from app.core.comments import Comment
from app.live.adapters.base import (
    Bad,
    FrameState,
    Parsed,
    _dict,
    _int,
    _str,
    clean_text,
    mark_anonymous,
    register,
)

# ---- Social Stream Ninja (api.md, docs/event-reference.html, background.js, sources/tiktok.js) ----------

_SSN_KINDS = {"followed": "follow", "new_follower": "follow", "follow": "follow", "shared": "share",
              "share": "share", "liked": "like", "like": "like", "user_enter": "join", "joined": "join",
              "entered": "join"}
# Paid events that are gifts even when SSN's "show donations" setting left `hasDonation` empty.
_SSN_GIFT_EVENTS = {"gift", "gifts", "superchat", "supersticker", "jeweldonation", "donation", "cheer", "tip"}
_AMOUNT = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")
_TIMES = re.compile(r"\s*(\d{1,6})\s*[×xX*]\s*(?=\S)")  # "5 × 小心心", "3 x Rose": a count of gifts, not money
# Names SSN's sources give a viewer the platform does not name (twitch.js cheers, Ko-fi, BMAC: "Anonymous"),
# and masked names ("用***"): never an id of their own, or every hidden viewer would be one entrant.
_ANONYMOUS_NAMES = frozenset({"anonymous", "anonym", "anónimo", "anonyme", "匿名", "匿名用户", "神秘人"})
_MASKED = re.compile(r"\*{2,}|^\S{1,2}\*+$")


def _amount(v: Any) -> float:
    if isinstance(v, int | float) and not isinstance(v, bool):
        return float(v)
    m = _AMOUNT.search(_str(v))
    return float(m.group(0).replace(",", "")) if m else 0.0


def _ident(v: Any) -> str:
    return _str(v).strip() if isinstance(v, str | int) and not isinstance(v, bool) else ""


def ssn_user(o: dict[str, Any], meta: dict[str, Any], name: str) -> tuple[str, bool]:
    """(user id, hidden). Most SSN captures (TikTok page, YouTube, Facebook, Kwai …) send no `userid`;
    SSN itself keys a viewer by `userid || chatname` (background.js 4754, 16911), and so do we, per
    platform, or such viewers could never enter a lottery or vote. TikFinity rows carry the TikTok
    handle in meta.uniqueId. A missing, "Anonymous" or masked name is a hidden viewer, not an id."""
    uid = _ident(o.get("userid")) or _ident(meta.get("uniqueId")) or _ident(meta.get("userId"))
    if uid:
        return uid, False
    if not name or name.casefold() in _ANONYMOUS_NAMES or _MASKED.search(name):
        return "", True
    return name, False


def _ssn_id(o: dict[str, Any], meta: dict[str, Any]) -> str:
    """SSN's `id` is a per-session counter that restarts with the extension: alone it would make a new
    session's messages look like the old one's. A platform id wins; otherwise the counter is joined
    with a hash of who said what."""
    pid = meta.get("messageId") or meta.get("msgId") or o.get("msgId") or o.get("mid")
    if pid:
        return _str(pid)
    sig = "\x1f".join(_str(o.get(k)) for k in ("type", "userid", "chatname", "chatmessage", "event", "hasDonation"))
    return f"{_str(o.get('id'))}:{zlib.crc32(sig.encode('utf-8')):08x}"


def ssn_inner(o: dict[str, Any]) -> dict[str, Any] | None:
    """SSN pages also pass messages wrapped: `{"overlayNinja": m}`, `{"dataReceived": {"overlayNinja": m}}`,
    `{"data": m}` (the dock's session store unwraps these the same way)."""
    for w in (o.get("overlayNinja"), _dict(o.get("dataReceived")).get("overlayNinja"), o.get("data")):
        if isinstance(w, dict) and ("chatname" in w or "chatmessage" in w or "hasDonation" in w):
            return w
    return None


def parse_socialstream(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    event = o.get("event")
    meta = o.get("meta")
    if event == "viewer_updates":  # a snapshot per platform: {"tiktok": 312, "youtube": 815}
        if not isinstance(meta, dict):
            raise Bad("bad_data")
        out = [Comment("viewers", _str(p), st.synthetic_id("viewers", now), now, extra={"online": _int(n), "total": 0})
               for p, n in meta.items() if isinstance(n, int | float) and not isinstance(n, bool)]
        if not out:
            st.skip("viewer_updates_empty")
        return out
    platform = _str(o.get("type")) or "unknown"
    if event == "viewer_update":
        online = meta if isinstance(meta, int) else _int(_dict(meta).get("viewers"))
        return Comment("viewers", platform, st.synthetic_id("viewers", now), now, extra={"online": online, "total": 0})
    meta = _dict(meta)
    text = clean_text(_str(o.get("chatmessage")))
    name = clean_text(_str(o.get("chatname"))).strip()
    uid, hidden = ssn_user(o, meta, name)
    donation = o.get("hasDonation")
    if donation or event in _SSN_GIFT_EVENTS:
        kind = "gift"
    elif event in (False, None, "", "message"):
        kind = "comment"
    else:
        kind = _SSN_KINDS.get(_str(event), "")
        if not kind:
            st.skip("other_event")  # raid, new_subscriber, auction_update …: not feed events here
            return None
    if kind == "comment" and not text:
        raise Bad("missing_text")
    # meta.memberLevel: the TikTok fans-club level (sources/tiktok.js 2009-2022).
    c = Comment(kind, platform, _ssn_id(o, meta), now, uid, name, text, fans_level=_int(meta.get("memberLevel")))
    if hidden:
        mark_anonymous(c)
    if kind == "like":
        likes = _int(meta.get("likeCount") or meta.get("likes") or meta.get("count"), 1)
        c.extra = (c.extra or {}) | {"count": likes, "total": 0}
    elif kind == "gift":
        return _ssn_gift(c, o, meta, st, now)
    return c


def _ssn_gift(c: Comment, o: dict[str, Any], meta: dict[str, Any], st: FrameState, now: float) -> Parsed:
    """Any row with `hasDonation` is a gift. TikTok streak rows are cumulative and share
    meta.tiktokGiftStreakId: they are coalesced into one gift with the last row's count and value."""
    count = _int(meta.get("tiktokGiftCount") or meta.get("repeatCount") or meta.get("gift_count")
                 or meta.get("giftCount"), 0)  # repeatCount: TikFinity's running total (tikfinity.js 323-345)
    times = _TIMES.match(_str(o.get("hasDonation")))  # "5 × 小心心" (sources/bilibili.js): 5 units, no price
    if not count:
        count = int(times.group(1)) if times else 1
    diamonds = meta.get("diamondCount")
    if o.get("donoValue") not in (None, ""):
        value = _amount(o.get("donoValue"))
    elif isinstance(diamonds, int) and not isinstance(diamonds, bool) and diamonds >= 0:
        value = float(diamonds * count)  # TikFinity: the unit coins, exact (its text is locale-formatted)
    else:
        value = 0.0 if times else _amount(o.get("hasDonation"))
    named = _TIMES.sub("", _str(o.get("hasDonation")), 1).strip() if times else ""  # bilibili's title is "DONATION"
    name = _str(meta.get("giftName") or named or o.get("title") or o.get("event") or "donation")
    c.extra = (c.extra or {}) | {"gift": name, "gift_id": _str(meta.get("giftId")), "count": count,
               "unit": round(value / count, 4) if count else value, "value": value,
               "donation": _str(o.get("hasDonation"))}
    # The streak's identity, as SSN's own credits page keys it: the native (sender, gift, group) first
    # (the same gift captured twice, from the page and the websocket, carries two streak ids), then
    # the streak id, then TikTok's gift message id. TikFinity rows name no tiktokGiftSenderId: their
    # sender is the viewer (meta.uniqueId), and a streak of them is one gift too.
    gift_id, group = _str(meta.get("giftId")), _str(meta.get("groupId"))
    sender = _str(meta.get("tiktokGiftSenderId")) or c.user_id
    if meta.get("streakable") is False:
        return c  # a single gift: SSN forwards it once
    if group and group != "0" and gift_id and sender:
        ident = f"group:{sender}:{gift_id}:{group}"
    elif meta.get("tiktokGiftStreakId"):
        ident = f"streak:{_str(meta.get('tiktokGiftStreakId'))}"
    elif meta.get("tiktokGiftMessageId"):
        ident = f"giftmsg:{_str(meta.get('tiktokGiftMessageId'))}"
    else:
        return c
    c.msg_id = ident
    key = ("ssn", ident)
    prev = st.streaks.pop(key)
    if prev is not None:
        st.skip("gift_streak_frame")
        px = prev.comment.extra or {}
        if int(px.get("count", 0)) > count:  # rows are cumulative: a late smaller one changes nothing
            c.extra = px
    if meta.get("repeatEnd") is True or _str(meta.get("repeatEnd")) == "1":
        return c
    quiet = _int(meta.get("tiktokGiftQuietMs")) / 1000.0 or st.gap()
    st.streaks.hold(key, c, now + quiet)
    return None



for _key in ("chatname", "chatmessage", "hasDonation"):
    register("socialstream", parse_socialstream, (_key,), gap=4.5)
register("socialstream", parse_socialstream, ("event",),
         accept=lambda o: o.get("event") in ("viewer_update", "viewer_updates"))
