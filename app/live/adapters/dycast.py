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
    _str,
    display_count,
    mark_anonymous,
    register,
)
from app.live.adapters.streaks import running_total

_KINDS = {"WebcastChatMessage": "comment", "WebcastEmojiChatMessage": "comment", "WebcastGiftMessage": "gift",
          "WebcastLikeMessage": "like", "WebcastMemberMessage": "join", "WebcastSocialMessage": "follow",
          "WebcastRoomUserSeqMessage": "viewers", "WebcastRoomStatsMessage": "viewers",
          "WebcastControlMessage": "room_end"}
_SKIP = {"WebcastRoomRankMessage": "rank", "WebcastFansclubMessage": "fansclub"}
_LIKES = re.compile(r"\((\d+)\)")  # content: "为主播点赞了(12)"
# A ControlMessage's `room.status` is Douyin's control action as dycast copies it (dycast.ts 805:
# status = parseInt(action)): 3 is the room ending (douyinlive.py reads the same action), 1 and 2 are
# not. 4 is dycast's own RoomStatus.END (dycast.ts 167-172), kept for a relay that maps it so.
ROOM_END = (3, 4)


def parse_dycast(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    method = _str(o.get("method"))
    kind = _KINDS.get(method)
    if kind is None:
        st.skip(_SKIP.get(method, "other_method"))
        return None
    msg_id = ids.relay_id(o.get("id"), o, js=True)
    if not msg_id or msg_id == "0":
        if kind in ("comment", "gift"):
            raise Bad("missing_msg_id")
        msg_id = st.synthetic_id(kind, now)
    user, room = _dict(o.get("user")), _dict(o.get("room"))
    c = Comment(kind, "douyin", msg_id, now, _str(user.get("id")), _str(user.get("name")))
    if user and _douyin_anonymous(c.user_id, c.user_name):  # a hidden viewer: masked name, no sec_uid
        mark_anonymous(c)
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
        if _int(room.get("status")) not in ROOM_END:
            st.skip("control")
            return None
        c.text = content or "直播已结束"
    elif kind == "gift":
        return _gift(c, _dict(o.get("gift")), user, st, now)
    if kind == "comment" and not c.text:
        raise Bad("missing_text")
    return c


def _gift(c: Comment, gift: dict[str, Any], user: dict[str, Any], st: FrameState, now: float) -> Parsed:
    """`count` is the streak's running total (repeatCount or comboCount) and `repeatEnd` 1 its last
    frame; dycast sends no group id, so a streak is (viewer, gift), and a count that does not grow
    starts a new one (adapters/streaks.py). A hidden viewer has no id (dycast.ts 870: no sec_uid), only a
    masked name ("用***") and an avatar: these tell two of them apart where they differ; two hidden viewers
    with the same masked name and avatar sending the same gift at once cannot be told apart (dycast
    relays nothing else of them), and their streaks are read as one."""
    gift_id, count = _str(gift.get("id")), max(1, _int(gift.get("count"), 1))
    c.extra = (c.extra or {}) | _gift_extra(_str(gift.get("name")), gift_id, count, _int(gift.get("price")),
                                                    gu.DOUYIN_DIAMOND)
    viewer = c.user_id or f"hidden:{c.user_name}:{_str(user.get('avatar'))}"
    return running_total(st, ("dc", viewer, gift_id), c, count, _int(gift.get("repeatEnd")) == 1, now, c.msg_id,
                         grouped=False)


def parse_dycast_info(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    st.skip("room_info")  # sent once on connect: the room's title and owner, not a feed event
    return None


# A DyMessage: `id` and a Webcast `method`, never douyinLive's `common`.
register("dycast", parse_dycast, ("id", "method"), excludes=("common",),
         accept=lambda o: _str(o.get("method")).startswith("Webcast"), gap=10.0)
register("dycast", parse_dycast_info, ("roomId", "uniqueId", "title", "status"))
