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

No frame has a message id: ids are made by adapters/ids.py.
"""

from __future__ import annotations

from typing import Any

from app.core.comments import Comment
from app.live.adapters.base import Bad, FrameState, Parsed, _int, _str, display_count, register

PLATFORM = "kuaishou"


def parse_kuaishou(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    platform = st.platform or PLATFORM
    uid, name = _str(o.get("uid")), _str(o.get("username"))
    fans = _int(o.get("badgeLevel"))
    if "giftId" in o:
        count = _int(o.get("giftCount"))
        if count <= 0:  # a streak frame that adds nothing (the same combo count again)
            st.skip("gift_streak_frame")
            return None
        gift_id, unit = _str(o.get("giftId")), _int(o.get("giftPrice"))
        msg_id = st.stable_id(now, "gift", uid, gift_id, str(count))
        return Comment("gift", platform, msg_id, now, uid, name, "", fans_level=fans,
                       extra={"gift": _str(o.get("giftName")), "gift_id": gift_id, "count": count, "unit": unit,
                              "value": unit * count})
    if "content" in o:
        text = o.get("content")
        if not isinstance(text, str) or not text:
            raise Bad("missing_text")
        return Comment("comment", platform, st.stable_id(now, "comment", uid, text), now, uid, name, text,
                       fans_level=fans)
    if "clickCount" in o:
        likes = max(1, _int(o.get("clickCount"), 1))
        return Comment("like", platform, st.stable_id(now, "like", uid, str(likes)), now, uid, name,
                       fans_level=fans, extra={"count": likes})
    st.skip("other_type")
    return None


def parse_kuaishou_stats(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    extra = {"online": display_count(o.get("watchingCount"))}
    if o.get("watchedCount") not in (None, "", "null"):
        extra["total"] = display_count(o.get("watchedCount"))
    return Comment("viewers", st.platform or PLATFORM, st.synthetic_id("viewers", now), now, extra=extra)


def parse_kuaishou_cmd(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    st.skip("other_cmd")
    return None


register("kuaishou", parse_kuaishou, ("msg", "uid", "username"), gap=10.0)
register("kuaishou", parse_kuaishou_stats, ("watchingCount", "likedCount"))
register("kuaishou", parse_kuaishou_cmd, ("msg", "cmd"))
