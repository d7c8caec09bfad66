"""jwwsjlm/douyinLive: protojson of new_douyin.proto messages plus its own status frames."""

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
    _ms,
    _str,
    mark_anonymous,
    register,
)
from app.live.adapters.streaks import running_total

# ---- jwwsjlm/douyinLive (protojson of new_douyin.proto + method/livename/title/avatarThumb) ------------

_DL_KINDS = {"WebcastChatMessage": "comment", "WebcastEmojiChatMessage": "comment", "WebcastGiftMessage": "gift",
             "WebcastScreenChatMessage": "comment",
             "WebcastLikeMessage": "like", "WebcastMemberMessage": "join", "WebcastSocialMessage": "follow",
             "WebcastRoomUserSeqMessage": "viewers", "WebcastRoomStatsMessage": "viewers",
             "WebcastControlMessage": "room_end"}
_DL_SKIP = {"WebcastFansclubMessage": "fansclub"}


def parse_douyinlive_status(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    """douyinLive's own `{"type":"system","event":"live_status",…}` frames (room_status.go)."""
    code = _str(o.get("code"))
    if code == "ROOM_ENDED" or o.get("ended") is True:
        room = _str(o.get("room_id"))
        return Comment("room_end", "douyin", f"status:{room}:{code}:{int(now)}", now,
                       text=_str(o.get("status_text")) or _str(o.get("message")) or "直播间已下播",
                       extra={"code": code, "room_id": room})
    st.skip("status")  # ROOM_ONLINE / ROOM_OFFLINE / ROOM_STATUS_UNKNOWN …: not feed events
    return None


def parse_douyinlive(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    if o.get("type") == "system":
        return parse_douyinlive_status(o, st, now)
    common = _dict(o.get("common"))
    method = _str(o.get("method") or common.get("method"))
    kind = _DL_KINDS.get(method)
    if kind is None:
        st.skip(_DL_SKIP.get(method, "other_method"))
        return None
    msg_id = ids.relay_id(common.get("msgId"), o)
    if not msg_id or msg_id == "0":
        if kind not in ("viewers", "room_end"):
            raise Bad("missing_msg_id")
        msg_id = st.synthetic_id(kind, now)
    ts = _ms(common.get("createTime") or o.get("eventTime"), now)
    user = _dict(o.get("user"))
    uid, name = _str(user.get("id")), _str(user.get("nickname"))
    follower = _int(_dict(user.get("followInfo")).get("followStatus")) > 0
    fans = _int(_dict(_dict(user.get("fansClub")).get("data")).get("level"))
    c = Comment(kind, "douyin", msg_id, ts, uid, name, "", follower, fans)
    if user and _douyin_anonymous(uid, name):
        mark_anonymous(c)
    if method in ("WebcastChatMessage", "WebcastScreenChatMessage"):  # ScreenChat: some rooms' chats
        c.text = _str(o.get("content"))
    elif method == "WebcastEmojiChatMessage":  # sticker chats: the sticker's text form
        c.text = _str(o.get("defaultContent")) or _str(_dict(o.get("emojiContent")).get("defaultPattern"))
    elif kind == "like":
        c.extra = (c.extra or {}) | {"count": _int(o.get("count"), 1), "total": _int(o.get("total"))}
    elif method == "WebcastRoomUserSeqMessage":
        c.extra = (c.extra or {}) | {"online": _int(o.get("total")), "total": _int(o.get("totalUser"))}
    elif method == "WebcastRoomStatsMessage":  # "2.6万人看过": who has watched so far, never who watches now
        c.extra = (c.extra or {}) | {"total": _int(o.get("total")) or _int(o.get("displayValue"))}
    elif kind == "follow":
        action = _int(o.get("action"))
        if action == 3:
            c.kind = "share"
        elif action != 1:
            st.skip("social_other")
            return None
    elif kind == "room_end":
        action = _int(o.get("action"))
        if action != 3:  # 3: the room ended; 1 and 2 pause/resume
            st.skip("control")
            return None
        c.text = _str(o.get("tips")) or "直播已结束"
        c.extra = (c.extra or {}) | {"action": action}
    elif kind == "gift":
        return _douyinlive_gift(c, o, st, now)
    if kind == "comment" and not c.text:  # protojson omits an empty content: a sticker-only chat
        raise Bad("missing_text")
    return c


def _douyinlive_gift(c: Comment, o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    """Douyin's GiftMessage: repeatCount is the running total in gifts; repeatEnd 1 marks a combo's last frame
    (protojson omits it while 0). Stored once per (user, gift, group) with the final count; frames after
    the streak was stored add a row for the rest (adapters/streaks.py)."""
    gift = _dict(o.get("gift"))
    gift_id = _str(o.get("giftId") or gift.get("id"))
    group = _str(o.get("groupId"))
    # repeatCount already counts the gifts per click (a "66" button: repeatCount 66, comboCount 1,
    # groupCount 66); comboCount counts clicks only, so without repeatCount it is × groupCount.
    repeat = (_int(o.get("repeatCount"))
              or _int(o.get("comboCount")) * max(_int(o.get("groupCount"), 1), 1) or _int(o.get("totalCount")))
    c.extra = (c.extra or {}) | _gift_extra(_str(gift.get("name")), gift_id, max(repeat, 1),
                                            _int(gift.get("diamondCount")), gu.DOUYIN_DIAMOND)
    frame_id = c.msg_id
    grouped = group not in ("", "0")
    if grouped:
        c.msg_id = f"gift:{c.user_id}:{gift_id}:{group}"  # one row per streak, whichever frame closes it
    ended = _int(o.get("repeatEnd")) == 1
    if gift and gift.get("combo") is not True and not ended:
        return c  # a plain gift (protojson omits combo while false): stored as it comes
    return running_total(st, ("dl", c.user_id, gift_id, group), c, max(repeat, 1), ended, now, frame_id, grouped)



# douyinLive's protojson always carries `common` (dycast's objects never do: adapters/dycast.py);
# its own status frames are {"type": "system", "event": "live_status", …}.
register("douyinlive", parse_douyinlive, ("common",), accept=lambda o: isinstance(o.get("common"), dict), gap=10.0)
register("douyinlive", parse_douyinlive_status, ("type", "event"),
         accept=lambda o: o.get("type") == "system" and o.get("event") == "live_status")
