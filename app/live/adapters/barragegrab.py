"""HaoDong108/DouyinBarrageGrab: `{"Type": n, "Data": "<json>"}` packs (WsBarrageServer.cs)."""

from __future__ import annotations

from typing import Any

from app.core import gift_units as gu
from app.core.comments import Comment
from app.live.adapters import ids
from app.live.adapters.base import (
    Bad,
    FrameState,
    Parsed,
    _dict,
    _douyin_anonymous,
    _gift_extra,
    _int,
    _set_count,
    _str,
    loads,
    mark_anonymous,
    register,
)
from app.live.adapters.handover import relay_streaks

# ---- HaoDong108/DouyinBarrageGrab (WsBarrageServer.cs, Modles/JsonEntity/BarrageMessages.cs) ----------

_BG_KINDS = {1: "comment", 2: "like", 3: "join", 4: "follow", 5: "gift", 6: "viewers", 8: "share", 9: "room_end"}


def parse_barragegrab(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    t = _int(o.get("Type"), -1)
    data = o.get("Data")
    if isinstance(data, str):  # BarrageMsgPack.Data is itself a JSON string
        try:
            data = loads(data)
        except ValueError:
            raise Bad("bad_json") from None
    if t == 7:
        st.skip("fansclub")  # 粉丝团消息: joining / levelling up a fan club is not a feed event
        return None
    kind = _BG_KINDS.get(t)
    if kind is None:
        st.skip("other_type")
        return None
    if not isinstance(data, dict):
        raise Bad("bad_data")
    msg_id = ids.relay_id(data.get("MsgId"), data)
    if not msg_id or msg_id == "0":
        if kind not in ("viewers", "room_end"):
            raise Bad("missing_msg_id")
        msg_id = st.synthetic_id(kind, now)
    user = _dict(data.get("User"))  # null on Types 6 (stats) and 9 (live ended)
    uid, name = _str(user.get("Id")), _str(user.get("Nickname"))
    follower = _int(user.get("FollowStatus")) > 0  # 0 not following, 1 following; -1 when unknown
    fans = _int(_dict(user.get("FansClub")).get("Level"))
    c = Comment(kind, "douyin", msg_id, now, uid, name, "", follower, fans)
    if user and _douyin_anonymous(uid, name):
        mark_anonymous(c)
    if kind == "comment":
        c.text = _str(data.get("Content"))
        if not c.text:  # Newtonsoft keeps a null Content
            raise Bad("missing_text")
    elif kind == "like":
        c.extra = (c.extra or {}) | {"count": _int(data.get("Count"), 1), "total": _int(data.get("Total"))}
    elif kind == "viewers":
        c.extra = (c.extra or {}) | {"online": _int(data.get("OnlineUserCount")),
                                     "total": _int(data.get("TotalUserCount"))}
    elif kind == "room_end":
        c.text = _str(data.get("Content")) or "直播已结束"
    elif kind == "gift":
        return _barragegrab_gift(c, data, st, now)
    return c


def _barragegrab_gift(c: Comment, data: dict[str, Any], st: FrameState, now: float) -> Parsed:
    """BarrageGrab sends one pack per increment: GiftCount the increment, RepeatCount the running
    total, DiamondCount the unit price, and no end-of-streak frame. A streak is (user, gift, group);
    it closes on the same user's next different gift or group, after a quiet gap, or at disconnect.

    GiftCount is RepeatCount minus what BarrageGrab's own cache last saw of the group, and that cache
    forgets a group 10-20 s after it was written (WsBarrageServer.cs 130-143, 354-391): a later pack
    then carries the whole running total as its increment. So where RepeatCount is given, a pack adds
    its total minus what LiveDeck already counted of the streak, held or closed (`Streaks.done`)."""
    gift_id, group = _str(data.get("GiftId")), _str(data.get("GroupId"))
    unit, repeat = _int(data.get("DiamondCount")), _int(data.get("RepeatCount"))
    inc = _int(data.get("GiftCount"), -1)
    c.extra = (c.extra or {}) | _gift_extra(_str(data.get("GiftName")), gift_id, 0, unit, gu.DOUYIN_DIAMOND)
    if data.get("Combo") is False:  # not a combo gift: every pack is a gift of its own
        _set_count(c, inc if inc > 0 else max(repeat, 1))
        return c
    key = ("bg", c.user_id, gift_id, group)
    streaks = relay_streaks(st, key, now, c.msg_id)
    if streaks is None:
        st.skip("gift_streak_frame")  # another connection of the relay read this pack or carries the streak
        return None
    # A viewer's next gift closes their previous streak, but hidden viewers all share id 111111: theirs
    # are told apart by group only, and close on their gap or their group's falling total.
    user = "" if c.anonymous else c.user_id
    other = streaks.by_user.get(user)
    if other is not None and other != key and user:
        streaks.close(other)
    h = streaks.held.get(key)
    if h is not None and c.msg_id in h.ids:
        st.skip("gift_streak_frame")  # the same pack again (BarrageGrab re-broadcast)
        return None
    if h is not None and 0 < repeat <= h.repeat:
        streaks.close(key)  # the running total went back: a new streak in the same group
        h = None
    if h is None:
        return _barragegrab_open(c, key, inc, repeat, user, st, now)
    add = repeat - h.repeat if repeat > 0 and h.repeat > 0 else max(inc, 0)
    _set_count(h.comment, int((h.comment.extra or {}).get("count", 0)) + add)
    h.repeat = max(h.repeat, repeat)
    h.ids.add(c.msg_id)
    streaks.touch(key, now + st.gap())
    st.skip("gift_streak_frame")
    return None


def _barragegrab_open(c: Comment, key: tuple[str, ...], inc: int, repeat: int, user: str, st: FrameState,
                      now: float) -> Parsed:
    """A pack with no streak held: a new streak, or the tail of one the gap closed (its total is higher
    than what was stored of the group: only the difference is new; the same total again adds nothing)."""
    count = inc if inc > 0 else max(repeat, 1)
    done = st.streaks.done.get(key)
    if done is not None and repeat > 0:
        if repeat == done[0]:
            st.skip("gift_streak_frame")  # the streak's last pack again, sent after BarrageGrab forgot it
            return None
        if repeat > done[0]:
            count = repeat - done[0]
    _set_count(c, count)
    st.streaks.hold(key, c, now + st.gap(), repeat, user, row=c.msg_id)
    return None


register("barragegrab", parse_barragegrab, ("Type", "Data"), gap=10.0)
