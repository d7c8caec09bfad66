"""TikTok-Live-Connector relays: `{"event", "data"}` with 1.x flat or 2.x decoded-proto data.

2.0-2.2 decode with the v2 schema (`comment`, user `userId`/`uniqueId`, `likeCount`/`totalLikeCount`,
`viewerCount`, `giftDetails`); 2.3+ (2.4.x today) with tiktok-live-proto v3: `content`, user
`id`/`displayId`, like `count`/`total`, viewers `total` (a string) with `totalUser`, gifts
`gift{id, name, diamondCount, type, combo}` and a string `giftId`. Both are read; the fixtures of
2.4 are written by the package itself (scripts/gen_tiktok_fixtures.mjs).
"""

from __future__ import annotations

from typing import Any

from app.core import gift_units as gu
from app.core.comments import Comment
from app.live.adapters import ids
from app.live.adapters.base import Bad, FrameState, Parsed, _dict, _gift_extra, _int, _ms, _str, register
from app.live.adapters.streaks import running_total

# ---- TikTok-Live-Connector relays: 1.x flat (webcastDataConverter.js), 2.x nested (client.ts, *.proto) --

MEMBER_SUBSCRIBED = 3  # tiktok-live-proto v3 MemberMessageAction: 1 joined, 3 subscribed
_TT_KINDS = {"chat": "comment", "emote": "comment", "gift": "gift", "like": "like", "member": "join",
             "follow": "follow", "share": "share", "roomUser": "viewers", "streamEnd": "room_end"}


def _tt_user(d: dict[str, Any]) -> tuple[str, str, bool, int]:
    u = d.get("user")
    if isinstance(u, dict):  # 2.x: the decoded User message
        follow = _int(_dict(u.get("followInfo")).get("followStatus"))
        fans = _int(_dict(_dict(u.get("fansClub")).get("data")).get("level"))
        uid = u.get("userId") or u.get("id") or u.get("idStr")  # v2 userId; v3 id (idStr where sent)
        name = u.get("nickname") or u.get("uniqueId") or u.get("displayId")
        return _str(uid), _str(name), follow > 0, fans
    fans = _int(d.get("teamMemberLevel")) or _int(_dict(_dict(d.get("fansClub")).get("data")).get("level"))
    return (_str(d.get("userId")), _str(d.get("nickname") or d.get("uniqueId")), _int(d.get("followRole")) > 0,
            fans)


def parse_tiktok(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    event, d = _str(o.get("event")), o.get("data")
    if not isinstance(d, dict):
        raise Bad("bad_data")
    common = _dict(d.get("common"))
    if event == "social":
        text = _dict(common.get("displayText"))
        label = _str(d.get("displayType") or text.get("displayType") or text.get("key")).lower()
        event = "follow" if "follow" in label else "share" if "share" in label else ""
    kind = _TT_KINDS.get(event)
    if kind is None:
        st.skip("other_event")  # questionNew, linkMicBattle, subscribe, envelope …
        return None
    if event == "member" and _int(d.get("action")) == MEMBER_SUBSCRIBED:
        st.skip("subscribe")  # LiveDeck has no kind for a subscription (core/comments.py KINDS); not a join
        return None
    msg_id = ids.relay_id(d.get("msgId") or common.get("msgId"), o, js=True)
    if not msg_id or msg_id == "0":
        if kind in ("comment", "gift"):
            raise Bad("missing_msg_id")
        msg_id = st.synthetic_id(kind, now)
    ts = _ms(d.get("createTime") or common.get("createTime"), now)
    uid, name, follower, fans = _tt_user(d)
    c = Comment(kind, "tiktok", msg_id, ts, uid, name, "", follower, fans)
    if event == "chat":
        # the decoded proto string as typed, not HTML: "<M>" is a size, "&amp;" what the viewer typed
        c.text = _str(d.get("comment") or d.get("content"))
        if not c.text:
            raise Bad("missing_text")
    elif event == "emote":
        emotes = d.get("emoteList")
        first = _dict(emotes[0]) if isinstance(emotes, list) and emotes else {}
        c.text = f"[emote {_str(d.get('emoteId') or first.get('emoteId'))}]".replace(" ]", "]")
    elif kind == "like":
        c.extra = (c.extra or {}) | {"count": _int(d.get("likeCount") or d.get("count"), 1),
                   "total": _int(d.get("totalLikeCount") or d.get("total"))}
    elif kind == "viewers":
        online = d.get("viewerCount") if "viewerCount" in d else d.get("total")  # v3: `total` is who watches now
        c.extra = (c.extra or {}) | {"online": _int(online), "total": _int(d.get("totalUser"))}
    elif kind == "room_end":
        c.extra = (c.extra or {}) | {"action": _int(d.get("action"))}
        c.text = "stream ended"
    elif kind == "gift":
        return _tiktok_gift(c, d, common, st, now)
    return c


def _tiktok_gift(c: Comment, d: dict[str, Any], common: dict[str, Any], st: FrameState, now: float) -> Parsed:
    """Streakable gifts (giftType 1) repeat with a growing repeatCount until repeatEnd; keyed by
    (user, gift id, group), the highest count stands (adapters/streaks.py)."""
    det = _dict(d.get("giftDetails")) or _dict(d.get("gift"))  # v2 giftDetails, v3 gift
    gift_id, group = _str(d.get("giftId") or det.get("id")), _str(d.get("groupId"))
    type_key = "giftType" if "giftType" in d or "giftType" in det else "type"
    gift_type = _int(d.get(type_key) if type_key in d else det.get(type_key))
    repeat = max(_int(d.get("repeatCount")), 1)
    name = _str(d.get("giftName") or det.get("giftName") or det.get("name")
                or _dict(d.get("extendedGiftInfo")).get("name"))
    c.extra = (c.extra or {}) | _gift_extra(name, gift_id, repeat,
                                            _int(d.get("diamondCount") or det.get("diamondCount")), gu.TIKTOK_COIN)
    frame_id = c.msg_id
    grouped = group not in ("", "0")
    if grouped:
        c.msg_id = f"gift:{c.user_id}:{gift_id}:{group}"  # one row per streak, whichever frame closes it
    ended = _int(d.get("repeatEnd")) == 1 or d.get("repeatEnd") is True
    typed = type_key in d or type_key in det
    if gift_type != 1 and (typed or det.get("combo") is not True):
        return c
    timed = bool(d.get("createTime") or common.get("createTime"))  # c.ts is when TikTok sent it
    return running_total(st, ("tt", c.user_id, gift_id, group), c, repeat, ended, now, frame_id, grouped, timed)




register("tiktok", parse_tiktok, ("event", "data"), accept=lambda o: isinstance(o.get("data"), dict), gap=10.0)
