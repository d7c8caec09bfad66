"""快手 through OrdinaryRoad live-chat-client's ForwardMsgPlugin (live-chat-client-plugins/
live-chat-client-plugin-forward: DefaultForwardMsgHandler sends `msg.toString()` as a *binary*
websocket frame; BaseKuaishouMsg.toString is Jackson's JSON of the message's getters).

- KuaishouDanmuMsg: {msg (the WebCommentFeed protobuf, base64), badgeName, badgeLevel, uid,
  username, userAvatar, content};
- KuaishouGiftMsg: {msg, calculatedGiftCount, badgeName, badgeLevel, uid, username, userAvatar,
  giftName, giftImg, giftId (a string), giftCount, giftPrice (always 0), receiveUid, receiveUsername};
  giftCount is KuaishouApis.calculateGiftCount's *increment* over the streak (mergeKey) so far;
- KuaishouLikeMsg: {msg, badgeName, badgeLevel, uid, username, userAvatar, clickCount (1)};
- KuaishouRoomStatsMsg: {likedCount, watchingCount, watchedCount (null)}: parsed display counts;
- KuaishouCmdMsg: {msg, cmd, cmdEnum}: other commands.

Its Douyin client (`?platform=douyin`) sends the same shapes for chats, gifts and likes, and of its own
(DouyinBinaryFrameHandler): DouyinEnterRoomMsg {msg, badgeName, badgeLevel, uid, username, userAvatar}
→ join; DouyinSocialMsg {…, socialAction} → follow / share; DouyinControlMsg {msg, liveStatusAction}
→ room_end; DouyinRoomStatsMsg {likedCount, msg, watchingCount, watchedCount} (below). Those frames
are the Douyin client's only, so without `?platform=` they are labelled douyin.

No frame has a message id: ids are made by adapters/ids.py.
"""

from __future__ import annotations

from typing import Any

from app.core import gift_units as gu
from app.core.comments import Comment
from app.live.adapters.base import (
    Bad,
    FrameState,
    Parsed,
    Streaks,
    _douyin_anonymous,
    _int,
    _str,
    display_count,
    mark_anonymous,
    register,
)

PLATFORM = "kuaishou"
DOUYIN = "douyin"  # frames only its Douyin client sends say their platform without `?platform=`


def parse_kuaishou(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    platform = st.platform or PLATFORM
    uid, name = _str(o.get("uid")), _str(o.get("username"))
    fans = _int(o.get("badgeLevel"))
    if "giftId" in o:
        c = _gift(o, st, now, Comment("gift", platform, "", now, uid, name, "", fans_level=fans))
    elif "content" in o:
        text = o.get("content")
        if not isinstance(text, str) or not text:
            raise Bad("missing_text")
        c = Comment("comment", platform, st.stable_id(), now, uid, name, text,
                    fans_level=fans)
    elif "clickCount" in o:
        likes = max(1, _int(o.get("clickCount"), 1))
        c = Comment("like", platform, st.stable_id(), now, uid, name,
                    fans_level=fans, extra={"count": likes})
    else:
        c = _douyin_member(o, st, now, uid, name, fans)
    # OrdinaryRoad's Douyin client (`?platform=douyin`) relays hidden viewers as Douyin sends them:
    # id 111111 and a masked name; as on every Douyin relay they are marked, so no lottery takes them.
    if c is not None and c.platform == DOUYIN and _douyin_anonymous(uid, name):
        mark_anonymous(c)
    return c


_ENTER_KEYS = frozenset({"msg", "badgeName", "badgeLevel", "uid", "username", "userAvatar"})
_SOCIAL = {"SUBSCRIBE": "follow", "SHARE": "share"}


def _douyin_member(o: dict[str, Any], st: FrameState, now: float, uid: str, name: str, fans: int) -> Comment | None:
    """Frames of the Douyin client only (Kuaishou's has no such message): DouyinSocialMsg has
    `socialAction` (SUBSCRIBE: action 1, a follow; SHARE: 3; null for the others), DouyinEnterRoomMsg
    (a MemberMessage) no key beyond the user's. Anything else of this shape is a type LiveDeck does not read."""
    if "socialAction" in o:
        kind = _SOCIAL.get(_str(o.get("socialAction")))
        if kind is None:
            st.skip("social_other")
            return None
    elif o.keys() <= _ENTER_KEYS:
        kind = "join"
    else:
        st.skip("other_type")
        return None
    return Comment(kind, st.platform or DOUYIN, st.stable_id(), now, uid, name, fans_level=fans)


def _gift(o: dict[str, Any], st: FrameState, now: float, c: Comment) -> Comment | None:
    """`giftCount` is the increment of the streak's comboCount over the one OrdinaryRoad last saw of it,
    and KuaishouApis.calculateGiftCount keeps the latest feed even when it is older: feeds 1, 3, 2, 4
    come as +1, +2, -1, +2. The -1 means the next increments count a unit again, so it is taken off
    them (within the streak's gap); the stored rows add up to the highest comboCount seen."""
    gift_id, count = _str(o.get("giftId")), _int(o.get("giftCount"))
    key = ("ks", c.user_id, gift_id)
    if count < 0:
        _owe(st.streaks, key, -count, now + st.gap())
    elif count > 0:
        count -= _repay(st.streaks, key, count, now)
    if count <= 0:  # a feed that adds nothing (the same combo count again, an older one, a recount)
        st.skip("gift_streak_frame")
        return None
    unit = _int(o.get("giftPrice"))
    c.msg_id = st.stable_id()
    c.extra = {"gift": _str(o.get("giftName")), "gift_id": gift_id, "count": count, "unit": unit,
               "value": unit * count, "value_unit": gu.platform_unit(c.platform)}
    return c


def _owe(s: Streaks, key: tuple[str, ...], units: int, deadline: float) -> None:
    """The relay went back by `units`: its next increments of this streak, until `deadline`, count them again."""
    had = s.owed.pop(key, (0, 0.0))[0]
    s.owed[key] = (had + units, deadline)
    if len(s.owed) > s.limit:
        s.owed.popitem(last=False)


def _repay(s: Streaks, key: tuple[str, ...], units: int, now: float) -> int:
    """Of an increment of `units`, how many were counted already (what `_owe` recorded, while due)."""
    debt, deadline = s.owed.pop(key, (0, 0.0))
    if deadline < now:
        return 0
    paid = min(debt, units)
    if debt > paid:
        s.owed[key] = (debt - paid, deadline)
    return paid


def _said(v: Any) -> bool:
    return v not in (None, "", "null")


def parse_kuaishou_stats(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    """KuaishouRoomStatsMsg, from each SC_FEED_PUSH: `watchingCount` is who watches now."""
    if not _said(o.get("watchingCount")):  # no count of viewers in it: a 0 would drop the feed's count
        st.skip("like_total")
        return None
    extra = {"online": display_count(o.get("watchingCount"))}
    if _said(o.get("watchedCount")):
        extra["total"] = display_count(o.get("watchedCount"))
    return Comment("viewers", st.platform or PLATFORM, st.synthetic_id("viewers", now), now, extra=extra)


def parse_douyin_stats(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    """DouyinRoomStatsMsg (only Douyin's has `msg`). After every like comes one with only `likedCount`
    (the room's like total: LiveDeck keeps like totals on like rows, and this frame is not one), so it is
    skipped; from WebcastRoomStatsMessage `watchingCount` is `msg.getTotal()`, the cumulative 人看过
    (douyinlive.py reads the same field so): stored as the total, never as who watches now."""
    if o.get("msg") is None or not _said(o.get("watchingCount")):
        st.skip("like_total")
        return None
    extra = {"total": display_count(o.get("watchingCount"))}
    return Comment("viewers", st.platform or DOUYIN, st.synthetic_id("viewers", now), now, extra=extra)


def parse_douyin_control(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    """DouyinControlMsg: `liveStatusAction` is END when Douyin's control status is 3 (the room ended), null
    for a pause or resume. Douyin repeats it; the repeats on a connection are `room_end_repeat` (frame.py)."""
    if o.get("liveStatusAction") != "END":
        st.skip("control")
        return None
    return Comment("room_end", st.platform or DOUYIN, st.synthetic_id("room_end", now), now, text="直播已结束")


def parse_kuaishou_cmd(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    st.skip("other_cmd")
    return None


register("kuaishou", parse_kuaishou, ("msg", "uid", "username"), gap=10.0)
# Bilibili's BilibiliRoomStatsMsg has the same count keys, and `cmd`: LiveDeck has no Bilibili reader, so
# it fits no shape (`unknown_format`, as Bilibili danmu), rather than being read as Kuaishou's viewers.
register("kuaishou", parse_kuaishou_stats, ("watchingCount", "likedCount"), excludes=("cmd",))
register("kuaishou", parse_douyin_stats, ("watchingCount", "likedCount", "msg"), excludes=("cmd",))
register("kuaishou", parse_kuaishou_cmd, ("msg", "cmd"))
register("kuaishou", parse_douyin_control, ("msg", "liveStatusAction"), excludes=("cmd",))
