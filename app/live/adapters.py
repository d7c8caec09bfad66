"""Relay wire formats → Comment. The format is detected per frame.

Formats: LiveDeck's own JSON (one object or an array), HaoDong108/DouyinBarrageGrab envelopes,
jwwsjlm/douyinLive protobuf-JSON, TikTok-Live-Connector `{"event","data"}` relays (1.x flat and
2.x nested), Social Stream Ninja messages and Twitch IRC lines. Each parser follows its relay's
own serialiser (docs/protocol.md names project, commit, files and fields).

A frame that cannot be read yields a reason, never an exception; the good events in the same frame
are kept. An event deliberately not stored (a fan-club notice, a status frame, a gift-streak
frame folded into its streak) is counted in `FrameState.skipped` under a documented reason, so
nothing disappears unseen.

Gift streaks are held per connection until they end and are stored once, with the final count and
value = unit diamonds × count. The holds are bounded: past `MAX_HELD` the oldest closes first.
"""

from __future__ import annotations

import collections
import html
import json
import re
import threading
import zlib
from collections.abc import Callable
from typing import Any

from app.core.comments import KINDS, Comment
from app.core.orders import order_extra

FORMATS = ("generic", "barragegrab", "douyinlive", "tiktok", "socialstream", "twitch")

MAX_HELD = 5_000          # open gift streaks per connection; past this the oldest is closed (stored)
STREAK_GAP = {"barragegrab": 10.0, "douyinlive": 10.0, "tiktok": 10.0, "socialstream": 4.5}
ANONYMOUS_DOUYIN_ID = "111111"  # Douyin sends every hidden viewer with this id and a masked name


class Bad(Exception):
    """A malformed event; `reason` is the counter it goes to."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Held:
    """One open gift streak: the row it will be stored as, and what was seen of it."""

    __slots__ = ("comment", "deadline", "ids", "repeat", "user")

    def __init__(self, comment: Comment, deadline: float, repeat: int, user: str) -> None:
        self.comment = comment
        self.deadline = deadline
        self.repeat = repeat
        self.ids: set[str] = {comment.msg_id}
        self.user = user


class Streaks:
    """Open gift streaks of one connection, oldest first; closed ones wait in `ready`."""

    def __init__(self, limit: int = MAX_HELD) -> None:
        self.limit = limit
        self.held: collections.OrderedDict[tuple[str, ...], Held] = collections.OrderedDict()
        self.by_user: dict[str, tuple[str, ...]] = {}
        self.ready: list[Comment] = []

    def __len__(self) -> int:
        return len(self.held)

    def hold(self, key: tuple[str, ...], comment: Comment, deadline: float, repeat: int = 0, user: str = "") -> Held:
        h = Held(comment, deadline, repeat, user)
        self.held[key] = h
        self.held.move_to_end(key)
        if user:
            self.by_user[user] = key
        while len(self.held) > self.limit:  # bounded: a flood of never-ending streaks closes the oldest
            self.close(next(iter(self.held)))
        return h

    def touch(self, key: tuple[str, ...], deadline: float) -> None:
        self.held[key].deadline = deadline
        self.held.move_to_end(key)

    def pop(self, key: tuple[str, ...]) -> Held | None:
        h = self.held.pop(key, None)
        if h is not None and h.user and self.by_user.get(h.user) == key:
            del self.by_user[h.user]
        return h

    def close(self, key: tuple[str, ...]) -> None:
        h = self.pop(key)
        if h is not None:
            self.ready.append(h.comment)

    def expire(self, now: float) -> None:
        """Close the streaks that have been quiet past their gap (the held dict is in update order)."""
        while self.held:
            key, h = next(iter(self.held.items()))
            if h.deadline > now:
                break
            self.close(key)

    def flush(self) -> list[Comment]:
        for key in list(self.held):
            self.close(key)
        out, self.ready = self.ready, []
        return out


class FrameState:
    """Per-connection parsing state: detected format, open gift streaks, skip counters, a counter for ids."""

    __slots__ = ("__weakref__", "ended", "format", "last_sweep", "lock", "seq", "skipped", "streaks")

    def __init__(self) -> None:
        self.format = ""
        self.seq = 0
        self.streaks = Streaks()
        self.skipped: collections.Counter[str] = collections.Counter()
        self.lock = threading.Lock()  # the pipeline's sweep closes quiet streaks from another thread
        self.last_sweep = 0.0
        self.ended = False  # the room-end signal was passed on; its repeats are counted, not stored

    def synthetic_id(self, kind: str, now: float) -> str:
        self.seq += 1
        return f"{kind}-{now:.3f}-{self.seq}"

    def skip(self, reason: str, n: int = 1) -> None:
        self.skipped[reason] += n

    def gap(self) -> float:
        return STREAK_GAP.get(self.format, 10.0)


def _str(v: Any) -> str:
    return "" if v is None else str(v)


def _int(v: Any, default: int = 0) -> int:
    if v is None:  # the common absent field: no exception on the flood path
        return default
    if v.__class__ is int:
        return v  # type: ignore[no-any-return]
    try:
        return int(v)
    except (TypeError, ValueError, OverflowError):  # OverflowError: int(1e999)
        try:
            return int(float(v))
        except (TypeError, ValueError, OverflowError):
            return default


def _ms(v: Any, now: float) -> float:
    """Platform millisecond (or second) timestamps → epoch seconds; `now` when absent."""
    try:
        t = float(v)
    except (TypeError, ValueError, OverflowError):  # OverflowError: float(10**400)
        return now
    return t / 1000.0 if t > 1e11 else t if t > 0 else now


def _dict(v: Any) -> dict[str, Any]:
    return v if isinstance(v, dict) else {}


_IMG_ALT = re.compile(r"""<img\b[^>]*?\balt\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>""", re.I)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s{2,}")


def clean_text(text: str) -> str:
    """Relay HTML → plain text: an image's alt text is kept (emotes), other tags dropped, entities decoded."""
    if "<" in text:
        text = _IMG_ALT.sub(lambda m: m.group(1) or m.group(2) or "", text)
        text = _TAG.sub("", text)
        text = _SPACE.sub(" ", text).strip()
    if "&" in text:
        text = html.unescape(text)
    return text


def mark_anonymous(c: Comment) -> Comment:
    c.extra = (c.extra or {}) | {"anonymous": True}
    return c


def _douyin_anonymous(uid: str, name: str) -> bool:
    return uid == ANONYMOUS_DOUYIN_ID or (uid in ("", "0") and "*" in name)


def _gift_extra(name: str, gift_id: str, count: int, unit: int) -> dict[str, Any]:
    return {"gift": name, "gift_id": gift_id, "count": count, "unit": unit, "value": unit * count}


def _set_count(c: Comment, count: int) -> None:
    x = c.extra
    assert x is not None
    x["count"] = count
    x["value"] = int(x.get("unit", 0)) * count


Parsed = Comment | list[Comment] | None


# ---- LiveDeck's own format --------------------------------------------------------------------------


def parse_generic(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    kind = o.get("type")
    if kind not in KINDS:
        raise Bad("unknown_type")
    msg_id = o.get("msg_id")
    if msg_id is None or msg_id == "":
        if kind in ("comment", "gift", "order", "delete"):
            raise Bad("missing_msg_id")
        msg_id = st.synthetic_id(kind, now)
    ts = o.get("ts", now)
    if not isinstance(ts, int | float) or isinstance(ts, bool):
        raise Bad("bad_ts")
    user = o.get("user") or {}
    if not isinstance(user, dict):
        raise Bad("bad_user")
    text = o.get("text", "")
    if kind == "comment" and (not isinstance(text, str) or not text):
        raise Bad("missing_text")
    extra: dict[str, Any] | None = None
    if kind == "gift":
        extra = {"gift": _str(o.get("gift")), "count": _int(o.get("count"), 1), "value": o.get("value", 0)}
    elif kind == "like":
        extra = {"count": _int(o.get("count"), 1)}
    elif kind == "viewers":
        extra = {"online": _int(o.get("online")), "total": _int(o.get("total"))}
    elif kind == "order":
        if not o.get("sku") and not o.get("product_id"):
            raise Bad("missing_sku")
        extra = order_extra(o)  # the amount's unit (yuan) is decided there, in core
    elif kind == "delete":
        extra = {"target": _str(msg_id)}
        msg_id = f"del:{msg_id}"
    c = Comment(kind, _str(o.get("platform")) or "unknown", _str(msg_id), float(ts), _str(user.get("id")),
                _str(user.get("name")), text if isinstance(text, str) else "", bool(user.get("follower")),
                _int(user.get("fans_level")), extra)
    if user.get("anonymous"):
        mark_anonymous(c)
    return c


# ---- HaoDong108/DouyinBarrageGrab (WsBarrageServer.cs, Modles/JsonEntity/BarrageMessages.cs) ----------

_BG_KINDS = {1: "comment", 2: "like", 3: "join", 4: "follow", 5: "gift", 6: "viewers", 8: "share", 9: "room_end"}


def parse_barragegrab(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    t = _int(o.get("Type"), -1)
    data = o.get("Data")
    if isinstance(data, str):  # BarrageMsgPack.Data is itself a JSON string
        try:
            data = json.loads(data)
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
    msg_id = _str(data.get("MsgId"))
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
    """BarrageGrab sends one pack per increment: GiftCount is the increment, RepeatCount the running
    total, DiamondCount the unit price, and no end-of-streak frame. A streak is (user, gift, group);
    it closes on the same user's next different gift or group, after a quiet gap, or at disconnect."""
    gift_id, group = _str(data.get("GiftId")), _str(data.get("GroupId"))
    unit, repeat = _int(data.get("DiamondCount")), _int(data.get("RepeatCount"))
    inc = _int(data.get("GiftCount"), -1)
    c.extra = (c.extra or {}) | _gift_extra(_str(data.get("GiftName")), gift_id, 0, unit)
    if data.get("Combo") is False:  # not a combo gift: every pack is a gift of its own
        _set_count(c, inc if inc > 0 else max(repeat, 1))
        return c
    streaks = st.streaks
    key = ("bg", c.user_id, gift_id, group)
    other = streaks.by_user.get(c.user_id)
    if other is not None and other != key and c.user_id:
        streaks.close(other)
    h = streaks.held.get(key)
    if h is not None and c.msg_id in h.ids:
        st.skip("gift_streak_frame")  # the same pack again (BarrageGrab re-broadcast)
        return None
    if h is not None and 0 < repeat <= h.repeat:
        streaks.close(key)  # the running total went back: a new streak in the same group
        h = None
    if h is None:
        _set_count(c, inc if inc > 0 else max(repeat, 1))
        streaks.hold(key, c, now + st.gap(), repeat, c.user_id)
        return None
    add = inc if inc >= 0 else max(0, repeat - h.repeat)
    _set_count(h.comment, int((h.comment.extra or {}).get("count", 0)) + add)
    h.repeat = max(h.repeat, repeat)
    h.ids.add(c.msg_id)
    streaks.touch(key, now + st.gap())
    st.skip("gift_streak_frame")
    return None


# ---- jwwsjlm/douyinLive (protojson of new_douyin.proto + method/livename/title/avatarThumb) ------------

_DL_KINDS = {"WebcastChatMessage": "comment", "WebcastEmojiChatMessage": "comment", "WebcastGiftMessage": "gift",
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
    msg_id = _str(common.get("msgId"))
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
    if method == "WebcastChatMessage":
        c.text = _str(o.get("content"))
    elif method == "WebcastEmojiChatMessage":  # sticker chats: the sticker's text form
        c.text = _str(o.get("defaultContent")) or _str(_dict(o.get("emojiContent")).get("defaultPattern"))
    elif kind == "like":
        c.extra = (c.extra or {}) | {"count": _int(o.get("count"), 1), "total": _int(o.get("total"))}
    elif method == "WebcastRoomUserSeqMessage":
        c.extra = (c.extra or {}) | {"online": _int(o.get("total")), "total": _int(o.get("totalUser"))}
    elif method == "WebcastRoomStatsMessage":  # newer rooms: displayValue is the online count
        c.extra = (c.extra or {}) | {"online": _int(o.get("displayValue")), "total": _int(o.get("total"))}
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
    return c


def _douyinlive_gift(c: Comment, o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    """Douyin's GiftMessage: repeatCount is the running total; repeatEnd 1 marks a combo's last frame
    (protojson omits it while 0). Stored once per (user, gift, group) with the final count."""
    gift = _dict(o.get("gift"))
    gift_id = _str(o.get("giftId") or gift.get("id"))
    group = _str(o.get("groupId"))
    repeat = _int(o.get("repeatCount")) or _int(o.get("comboCount")) or _int(o.get("totalCount"))
    c.extra = (c.extra or {}) | _gift_extra(_str(gift.get("name")), gift_id, max(repeat, 1),
                                            _int(gift.get("diamondCount")))
    if group and group != "0":
        c.msg_id = f"gift:{c.user_id}:{gift_id}:{group}"  # one row per streak, whichever frame closes it
    ended = _int(o.get("repeatEnd")) == 1
    if gift and gift.get("combo") is not True and not ended:
        return c  # a plain gift (protojson omits combo while false): stored as it comes
    streaks = st.streaks
    key = ("dl", c.user_id, gift_id, group)
    h = streaks.pop(key)
    if h is not None:
        st.skip("gift_streak_frame")
        prev = int((h.comment.extra or {}).get("count", 0))
        if prev > repeat:
            _set_count(c, prev)
    if ended:
        return c
    streaks.hold(key, c, now + st.gap())
    return None


# ---- TikTok-Live-Connector relays: 1.x flat (webcastDataConverter.js), 2.x nested (client.ts, *.proto) --

_TT_KINDS = {"chat": "comment", "emote": "comment", "gift": "gift", "like": "like", "member": "join",
             "follow": "follow", "share": "share", "roomUser": "viewers", "streamEnd": "room_end"}


def _tt_user(d: dict[str, Any]) -> tuple[str, str, bool, int]:
    u = d.get("user")
    if isinstance(u, dict):  # 2.x: the decoded User message
        follow = _int(_dict(u.get("followInfo")).get("followStatus"))
        fans = _int(_dict(_dict(u.get("fansClub")).get("data")).get("level"))
        return _str(u.get("userId")), _str(u.get("nickname") or u.get("uniqueId")), follow > 0, fans
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
    msg_id = _str(d.get("msgId") or common.get("msgId"))
    if not msg_id or msg_id == "0":
        if kind in ("comment", "gift"):
            raise Bad("missing_msg_id")
        msg_id = st.synthetic_id(kind, now)
    ts = _ms(d.get("createTime") or common.get("createTime"), now)
    uid, name, follower, fans = _tt_user(d)
    c = Comment(kind, "tiktok", msg_id, ts, uid, name, "", follower, fans)
    if event == "chat":
        c.text = clean_text(_str(d.get("comment")))
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
        c.extra = (c.extra or {}) | {"online": _int(d.get("viewerCount")), "total": _int(d.get("totalUser"))}
    elif kind == "room_end":
        c.extra = (c.extra or {}) | {"action": _int(d.get("action"))}
        c.text = "stream ended"
    elif kind == "gift":
        return _tiktok_gift(c, d, st, now)
    return c


def _tiktok_gift(c: Comment, d: dict[str, Any], st: FrameState, now: float) -> Parsed:
    """Streakable gifts (giftType 1) repeat with a growing repeatCount until repeatEnd; keyed by
    (user, gift id, group): each newer frame supersedes the held one, which is dropped, not stored."""
    det = _dict(d.get("giftDetails"))
    gift_id, group = _str(d.get("giftId")), _str(d.get("groupId"))
    gift_type = _int(d.get("giftType") if "giftType" in d else det.get("giftType"))
    repeat = max(_int(d.get("repeatCount")), 1)
    name = _str(d.get("giftName") or det.get("giftName") or _dict(d.get("extendedGiftInfo")).get("name"))
    c.extra = (c.extra or {}) | _gift_extra(name, gift_id, repeat,
                                            _int(d.get("diamondCount") or det.get("diamondCount")))
    if group and group != "0":
        c.msg_id = f"gift:{c.user_id}:{gift_id}:{group}"  # one row per streak, whichever frame closes it
    ended = _int(d.get("repeatEnd")) == 1 or d.get("repeatEnd") is True
    typed = "giftType" in d or "giftType" in det
    if gift_type != 1 and (typed or det.get("combo") is not True):
        return c
    key = ("tt", c.user_id, gift_id, group)
    if st.streaks.pop(key) is not None:
        st.skip("gift_streak_frame")  # superseded: dropped, never stored
    if ended:
        return c
    st.streaks.hold(key, c, now + st.gap())
    return None


# ---- Social Stream Ninja (api.md, docs/event-reference.html, background.js, sources/tiktok.js) ----------

_SSN_KINDS = {"followed": "follow", "new_follower": "follow", "follow": "follow", "shared": "share",
              "share": "share", "liked": "like", "like": "like", "user_enter": "join", "joined": "join",
              "entered": "join"}
# Paid events that are gifts even when SSN's "show donations" setting left `hasDonation` empty.
_SSN_GIFT_EVENTS = {"gift", "gifts", "superchat", "supersticker", "jeweldonation", "donation", "cheer", "tip"}
_AMOUNT = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")


def _amount(v: Any) -> float:
    if isinstance(v, int | float) and not isinstance(v, bool):
        return float(v)
    m = _AMOUNT.search(_str(v))
    return float(m.group(0).replace(",", "")) if m else 0.0


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
    uid, name = _str(o.get("userid")), clean_text(_str(o.get("chatname")))
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
    c = Comment(kind, platform, _ssn_id(o, meta), now, uid, name, text)
    if kind == "like":
        likes = _int(meta.get("likeCount") or meta.get("likes") or meta.get("count"), 1)
        c.extra = (c.extra or {}) | {"count": likes, "total": 0}
    elif kind == "gift":
        return _ssn_gift(c, o, meta, st, now)
    return c


def _ssn_gift(c: Comment, o: dict[str, Any], meta: dict[str, Any], st: FrameState, now: float) -> Parsed:
    """Any row with `hasDonation` is a gift. TikTok streak rows are cumulative and share
    meta.tiktokGiftStreakId: they are coalesced into one gift with the last row's count and value."""
    count = _int(meta.get("tiktokGiftCount") or meta.get("gift_count") or meta.get("giftCount"), 1) or 1
    value = _amount(o.get("donoValue")) if o.get("donoValue") not in (None, "") else _amount(o.get("hasDonation"))
    name = _str(meta.get("giftName") or o.get("title") or o.get("event") or "donation")
    c.extra = (c.extra or {}) | {"gift": name, "gift_id": _str(meta.get("giftId")), "count": count,
               "unit": round(value / count, 4) if count else value, "value": value,
               "donation": _str(o.get("hasDonation"))}
    # The streak's identity, as SSN's own credits page keys it: the native (sender, gift, group) first
    # (the same gift captured twice, from the page and the websocket, carries two streak ids), then
    # the streak id, then TikTok's gift message id.
    gift_id, group, sender = _str(meta.get("giftId")), _str(meta.get("groupId")), _str(meta.get("tiktokGiftSenderId"))
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


# ---- Twitch IRC (tags capability; robotty/twitch-irc-rs src/message/commands/*.rs) ----------------------

_IRC_CONTROL = {"PING", "PONG", "CAP", "JOIN", "PART", "ROOMSTATE", "USERSTATE", "GLOBALUSERSTATE", "NOTICE",
                "HOSTTARGET", "RECONNECT", "WHISPER", "MODE", "NAMES"}
_UNESCAPE = {"\\s": " ", "\\:": ";", "\\\\": "\\", "\\r": "\r", "\\n": "\n"}
SUB_PLAN_BITS = {"Prime": 500, "1000": 500, "2000": 1000, "3000": 2500}  # a sub's value in bits (≈ US cents)
TWITCH_ANONYMOUS_GIFTER = "274598607"  # "ananonymousgifter"


def _tag_value(v: str) -> str:
    if "\\" not in v:
        return v
    out, i = [], 0
    while i < len(v):
        pair = v[i:i + 2]
        if pair in _UNESCAPE:
            out.append(_UNESCAPE[pair])
            i += 2
        else:
            out.append(v[i] if v[i] != "\\" else "")
            i += 1
    return "".join(out)


def _unwrap_action(text: str) -> str:
    if text.startswith("\x01ACTION ") and text.endswith("\x01"):
        return text[8:-1]
    return text.strip("\x01")


def _twitch_fans(tags: dict[str, str]) -> int:
    """Twitch has no fan club: a subscriber counts as fans level 1 (as before), others 0."""
    return 1 if tags.get("subscriber") == "1" else 0


def parse_irc_line(line: str, st: FrameState, now: float) -> Comment | None:
    tags: dict[str, str] = {}
    rest = line
    if rest.startswith("@"):
        raw, _, rest = rest[1:].partition(" ")
        for part in raw.split(";"):
            k, _, v = part.partition("=")
            tags[k] = _tag_value(v)
    prefix = ""
    if rest.startswith(":"):
        prefix, _, rest = rest[1:].partition(" ")
    command, _, params = rest.partition(" ")
    if not command:
        raise Bad("bad_irc")
    if command.isdigit() or command in _IRC_CONTROL:
        st.skip("irc_control")
        return None
    trailing = params.partition(" :")[2] if " :" in params else (params[1:] if params.startswith(":") else "")
    ts = _ms(tags.get("tmi-sent-ts"), now)
    login = prefix.partition("!")[0]
    name = tags.get("display-name") or tags.get("login") or login
    uid = tags.get("user-id", "")
    if command == "PRIVMSG":
        msg_id = tags.get("id")
        if not msg_id:
            raise Bad("missing_msg_id")
        text = _unwrap_action(trailing)
        bits = _int(tags.get("bits"))
        if bits > 0:  # a cheer: the bits are the gift, the message its text
            return Comment("gift", "twitch", msg_id, ts, uid, name, text, fans_level=_twitch_fans(tags),
                           extra=_gift_extra("bits", "bits", bits, 1))
        return Comment("comment", "twitch", msg_id, ts, uid, name, text, fans_level=_twitch_fans(tags))
    if command == "CLEARMSG":
        target = tags.get("target-msg-id")
        if not target:
            raise Bad("missing_msg_id")
        return Comment("delete", "twitch", f"del:{target}", ts, "", tags.get("login", ""), trailing,
                       extra={"target": target})
    if command == "CLEARCHAT":
        target_user = tags.get("target-user-id", "")
        if not target_user:
            st.skip("clearchat_all")  # the whole chat cleared: the record stays as it was
            return None
        return Comment("delete", "twitch", f"clearchat:{target_user}:{tags.get('tmi-sent-ts', int(now * 1000))}",
                       ts, "", trailing, extra={"target_user": target_user,
                                                "ban_duration": _int(tags.get("ban-duration"))})
    if command == "USERNOTICE":
        return _usernotice(tags, trailing, ts, uid, name, st)
    raise Bad("unknown_irc_command")


def _usernotice(tags: dict[str, str], text: str, ts: float, uid: str, name: str, st: FrameState) -> Comment | None:
    msg_id = tags.get("id")
    if not msg_id:
        raise Bad("missing_msg_id")
    kind = tags.get("msg-id", "")
    fans = _twitch_fans(tags)
    plan = tags.get("msg-param-sub-plan", "1000")
    unit = SUB_PLAN_BITS.get(plan, 500)
    if kind in ("sub", "resub"):
        c = Comment("gift", "twitch", msg_id, ts, uid, name, text, fans_level=fans,
                    extra={**_gift_extra(f"sub:{plan}", "sub", 1, unit),
                           "months": _int(tags.get("msg-param-cumulative-months"), 1)})
    elif kind in ("subgift", "anonsubgift"):
        if tags.get("msg-param-community-gift-id"):
            st.skip("gift_streak_frame")  # one recipient of a mystery gift already counted whole
            return None
        c = Comment("gift", "twitch", msg_id, ts, uid, name, text, fans_level=fans,
                    extra={**_gift_extra(f"subgift:{plan}", "subgift", 1, unit),
                           "recipient": tags.get("msg-param-recipient-display-name", "")})
    elif kind in ("submysterygift", "anonsubmysterygift"):
        n = _int(tags.get("msg-param-mass-gift-count"), 1) or 1
        c = Comment("gift", "twitch", msg_id, ts, uid, name, text, fans_level=fans,
                    extra=_gift_extra(f"subgift:{plan}", "subgift", n, unit))
    elif kind == "raid":
        c = Comment("join", "twitch", msg_id, ts, uid, name, text, fans_level=fans,
                    extra={"raiders": _int(tags.get("msg-param-viewerCount"))})
    elif kind == "announcement":
        if not text:
            raise Bad("missing_text")
        c = Comment("comment", "twitch", msg_id, ts, uid, name, text, fans_level=fans)
    else:
        st.skip("usernotice_other")  # ritual, bitsbadgetier, giftpaidupgrade …
        return None
    if uid == TWITCH_ANONYMOUS_GIFTER or kind.startswith("anon"):
        mark_anonymous(c)
    return c


# ---- detection --------------------------------------------------------------------------------------------

Parser = Callable[[dict[str, Any], FrameState, float], Parsed]
PARSERS: dict[str, Parser] = {"generic": parse_generic, "barragegrab": parse_barragegrab,
                              "douyinlive": parse_douyinlive, "tiktok": parse_tiktok,
                              "socialstream": parse_socialstream}


_KIND_SET = frozenset(KINDS)


def detect(o: dict[str, Any]) -> str:
    t = o.get("type")
    if t.__class__ is str and t in _KIND_SET:  # LiveDeck's own first: the flood path (SSN's `type` is a platform)
        return "generic"
    if "Type" in o and "Data" in o:
        return "barragegrab"
    if isinstance(o.get("common"), dict) or _str(o.get("method")).startswith("Webcast"):
        return "douyinlive"
    if o.get("type") == "system" and o.get("event") == "live_status":
        return "douyinlive"
    if "event" in o and isinstance(o.get("data"), dict):
        return "tiktok"
    if ("chatname" in o or "chatmessage" in o or "hasDonation" in o
            or o.get("event") in ("viewer_update", "viewer_updates")):
        return "socialstream"
    if isinstance(o.get("msg_type"), str):
        return "oba"
    if adapter_orders.is_compass(o):
        return "compass"
    if adapter_orders.is_doudian(o):
        return "doudian"
    return ""


def _emit(out: list[Comment], c: Parsed, fmt: str, st: FrameState) -> None:
    if c is None:
        return
    for one in c if isinstance(c, list) else (c,):
        if one.kind == "room_end":
            if st.ended:  # douyinLive says it twice (control action 3, then ROOM_ENDED): once is enough
                st.skip("room_end_repeat")
                continue
            st.ended = True
        elif one.kind != "viewers":
            st.ended = False
        one.source = fmt
        out.append(one)


def parse_frame(frame: str | bytes, st: FrameState, now: float) -> tuple[list[Comment], list[str]]:
    """All events a frame holds (and gift streaks it closed), and a reason for each part that could
    not be read. Events deliberately not stored are counted in `st.skipped`."""
    if isinstance(frame, bytes):
        try:
            frame = frame.decode("utf-8")
        except UnicodeDecodeError:
            return [], ["not_utf8"]
    text = frame.strip()
    if not text:
        return [], ["empty"]
    out: list[Comment] = []
    bad: list[str] = []
    if text[0] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            return [], ["bad_json"]
        except RecursionError:  # nested thousands deep
            return [], ["too_deep"]
        if data == []:
            return [], ["empty"]
        for o in data if isinstance(data, list) else [data]:
            if not isinstance(o, dict):
                bad.append("not_an_object")
                continue
            fmt = detect(o)
            if not fmt:
                inner = ssn_inner(o)
                if inner is None:
                    bad.append("unknown_format")
                    continue
                o, fmt = inner, "socialstream"
            if not st.format:
                st.format = fmt
            try:
                c = PARSERS[fmt](o, st, now)
            except Bad as exc:
                bad.append(exc.reason)
                continue
            except (TypeError, ValueError, AttributeError, KeyError, ArithmeticError, RecursionError):
                bad.append("bad_value")
                continue
            st.format = fmt
            if isinstance(c, Comment) and not st.ended and c.kind != "room_end":  # the flood's fast path
                c.source = fmt
                out.append(c)
            else:
                _emit(out, c, fmt, st)
    else:
        for line in text.splitlines():
            line = line.strip()
            if not line:
                continue
            if not (line[0] in "@:" or line.split(" ", 1)[0].isupper()):
                bad.append("unknown_format")
                continue
            try:
                c = parse_irc_line(line, st, now)
            except Bad as exc:
                bad.append(exc.reason)
                continue
            st.format = "twitch"
            _emit(out, c, "twitch", st)
    streaks = st.streaks
    if streaks.held and now - st.last_sweep >= 1.0:
        st.last_sweep = now
        streaks.expire(now)
    if streaks.ready:
        _emit(out, streaks.ready, st.format, st)
        streaks.ready = []
    return out, bad


def expire_streaks(st: FrameState, now: float) -> list[Comment]:
    """Streaks quiet past their gap, closed (the caller holds `st.lock`)."""
    st.streaks.expire(now)
    out, st.streaks.ready = st.streaks.ready, []
    for c in out:
        c.source = st.format
    return out


def flush_streaks(st: FrameState) -> list[Comment]:
    """Gift streaks still open when a connection ends count as gifts with what was seen, once."""
    out = st.streaks.flush()
    for c in out:
        c.source = st.format
    return out


# qiutongxue/oba-live-tool (its own module; resolved at call time so either module may load first)
from app.live import adapter_oba, adapter_orders  # noqa: E402

PARSERS["oba"] = lambda o, st, now: adapter_oba.parse_oba(o, st, now)
PARSERS["compass"] = lambda o, st, now: adapter_orders.parse_compass(o, st, now)
PARSERS["doudian"] = lambda o, st, now: adapter_orders.parse_doudian(o, st, now)
