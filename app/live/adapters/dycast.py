"""skmcj/dycast's relay: each batch of decoded Douyin messages as one JSON array of `DyMessage`.

Shapes follow src/core/dycast.ts (`DyMessage` {id, method, user{id, name, avatar, gender},
gift{id, name, price, type, desc, icon, count, repeatEnd}, content, rtfContent, room{audienceCount,
likeCount, followCount, totalUserCount, status}, rank}; `_dealMessage` fills them) and
src/views/IndexView.vue (`relayWs.send(JSON.stringify(msgs))`; on connect, `getLiveInfo()`:
{roomNum, roomId, uniqueId, avatar, cover, nickname, title, status}). Unlike douyinLive's protojson a
DyMessage has no `common`: its message id is `id`, its user id the sec_uid.
"""

from __future__ import annotations

import re
from typing import Any

from app.core.comments import Comment
from app.live.adapters.base import (
    Bad,
    FrameState,
    Parsed,
    _dict,
    _gift_extra,
    _int,
    _set_count,
    _str,
    display_count,
    register,
)

_KINDS = {"WebcastChatMessage": "comment", "WebcastEmojiChatMessage": "comment", "WebcastGiftMessage": "gift",
          "WebcastLikeMessage": "like", "WebcastMemberMessage": "join", "WebcastSocialMessage": "follow",
          "WebcastRoomUserSeqMessage": "viewers", "WebcastRoomStatsMessage": "viewers",
          "WebcastControlMessage": "room_end"}
_SKIP = {"WebcastRoomRankMessage": "rank", "WebcastFansclubMessage": "fansclub"}
_LIKES = re.compile(r"\((\d+)\)")  # content: "为主播点赞了(12)"
ROOM_END = 4  # dycast's RoomStatus: 1 prepare, 2 living, 3 pause, 4 end


def parse_dycast(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    method = _str(o.get("method"))
    kind = _KINDS.get(method)
    if kind is None:
        st.skip(_SKIP.get(method, "other_method"))
        return None
    msg_id = _str(o.get("id"))
    if not msg_id or msg_id == "0":
        if kind in ("comment", "gift"):
            raise Bad("missing_msg_id")
        msg_id = st.synthetic_id(kind, now)
    user, room = _dict(o.get("user")), _dict(o.get("room"))
    c = Comment(kind, "douyin", msg_id, now, _str(user.get("id")), _str(user.get("name")))
    content = _str(o.get("content"))
    if method == "WebcastChatMessage":
        c.text = content
    elif method == "WebcastEmojiChatMessage":  # dycast passes the sticker's image URL as the content
        c.text = "[表情]"
    elif kind == "like":
        m = _LIKES.search(content)
        c.extra = {"count": int(m.group(1)) if m else 1, "total": display_count(room.get("likeCount"))}
    elif method == "WebcastRoomUserSeqMessage":
        c.extra = {"online": display_count(room.get("audienceCount")),
                   "total": display_count(room.get("totalUserCount"))}
    elif method == "WebcastRoomStatsMessage":  # audienceCount is RoomStats' displayMiddle: who has watched so far
        c.extra = {"total": display_count(room.get("audienceCount"))}
    elif kind == "room_end":
        if _int(room.get("status")) != ROOM_END:
            st.skip("control")
            return None
        c.text = content or "直播已结束"
    elif kind == "gift":
        return _gift(c, _dict(o.get("gift")), st, now)
    if kind == "comment" and not c.text:
        raise Bad("missing_text")
    return c


def _gift(c: Comment, gift: dict[str, Any], st: FrameState, now: float) -> Parsed:
    """`count` is the streak's running total (repeatCount or comboCount) and `repeatEnd` 1 its last
    frame; dycast sends no group id, so a streak is (user, gift) and a count that falls starts a new one."""
    gift_id, count = _str(gift.get("id")), max(1, _int(gift.get("count"), 1))
    c.extra = _gift_extra(_str(gift.get("name")), gift_id, count, _int(gift.get("price")))
    key = ("dc", c.user_id, gift_id)
    held = st.streaks.pop(key)
    if held is not None:
        seen = int((held.comment.extra or {}).get("count", 0))
        if count < seen and _int(gift.get("repeatEnd")) != 1:
            st.streaks.ready.append(held.comment)  # the count fell: that streak ended, this is a new one
        else:
            st.skip("gift_streak_frame")
            c.msg_id = held.comment.msg_id  # one row per streak: the id of its first frame
            _set_count(c, max(count, seen))
    if _int(gift.get("repeatEnd")) == 1:
        return c
    st.streaks.hold(key, c, now + st.gap())
    return None


def parse_dycast_info(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    st.skip("room_info")  # sent once on connect: the room's title and owner, not a feed event
    return None


# A DyMessage: `id` and a Webcast `method`, never douyinLive's `common`.
register("dycast", parse_dycast, ("id", "method"), excludes=("common",),
         accept=lambda o: _str(o.get("method")).startswith("Webcast"), gap=10.0)
register("dycast", parse_dycast_info, ("roomId", "uniqueId", "title", "status"))
