"""Relay wire formats → Comment. The format is detected per frame.

Formats: LiveDeck's own JSON (one object or an array), HaoDong108/DouyinBarrageGrab envelopes,
jwwsjlm/douyinLive protobuf-JSON, TikTok-Live-Connector `{"event","data"}` relays, Social Stream
Ninja messages and Twitch IRC lines. A frame that cannot be read yields a reason, never an
exception; the good events in the same frame are kept.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from app.core.comments import KINDS, Comment

FORMATS = ("generic", "barragegrab", "douyinlive", "tiktok", "socialstream", "twitch")


class Bad(Exception):
    """A malformed event; `reason` is the counter it goes to."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class FrameState:
    """Per-connection parsing state: detected format, open gift streaks, a counter for ids."""

    __slots__ = ("format", "seq", "streaks")

    def __init__(self) -> None:
        self.format = ""
        self.seq = 0
        self.streaks: dict[tuple[str, str], Comment] = {}

    def synthetic_id(self, kind: str, now: float) -> str:
        self.seq += 1
        return f"{kind}-{now:.3f}-{self.seq}"


def _str(v: Any) -> str:
    return "" if v is None else str(v)


def _int(v: Any, default: int = 0) -> int:
    try:
        return int(v)
    except (TypeError, ValueError, OverflowError):  # OverflowError: int(1e999)
        return default


def _ms(v: Any, now: float) -> float:
    """Platform millisecond (or second) timestamps → epoch seconds; `now` when absent."""
    try:
        t = float(v)
    except (TypeError, ValueError, OverflowError):  # OverflowError: float(10**400)
        return now
    return t / 1000.0 if t > 1e11 else t if t > 0 else now


# ---- LiveDeck's own format --------------------------------------------------------------------------


def parse_generic(o: dict[str, Any], st: FrameState, now: float) -> Comment | None:
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
        if not o.get("sku"):
            raise Bad("missing_sku")
        extra = {"sku": _str(o.get("sku")), "quantity": _int(o.get("quantity"), 1), "amount": o.get("amount", 0)}
    elif kind == "delete":
        extra = {"target": _str(msg_id)}
        msg_id = f"del:{msg_id}"
    return Comment(kind, _str(o.get("platform")) or "unknown", _str(msg_id), float(ts), _str(user.get("id")),
                   _str(user.get("name")), text if isinstance(text, str) else "", bool(user.get("follower")),
                   _int(user.get("fans_level")), extra)


# ---- HaoDong108/DouyinBarrageGrab -------------------------------------------------------------------

_BG_KINDS = {1: "comment", 2: "like", 3: "join", 4: "follow", 5: "gift", 6: "viewers", 8: "share"}


def parse_barragegrab(o: dict[str, Any], st: FrameState, now: float) -> Comment | None:
    kind = _BG_KINDS.get(_int(o.get("Type"), -1))
    if kind is None:
        return None  # other envelope types (room stats, fan club …) are not events we keep
    data = o.get("Data")
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError:
            raise Bad("bad_json") from None
    if not isinstance(data, dict) or "MsgId" not in data:
        raise Bad("missing_msg_id")
    user = data.get("User") or {}
    fans = (user.get("FansClub") or {}).get("Level", 0)
    extra: dict[str, Any] | None = None
    text = ""
    if kind == "comment":
        text = _str(data.get("Content"))
    elif kind == "like":
        extra = {"count": _int(data.get("Count"), 1), "total": _int(data.get("Total"))}
    elif kind == "viewers":
        extra = {"online": _int(data.get("OnlineUserCount")), "total": _int(data.get("TotalUserCount"))}
    elif kind == "gift":
        if data.get("Combo") and "RepeatEnd" in data and not data.get("RepeatEnd"):
            return None  # a streak in progress counts once, at its end
        extra = {"gift": _str(data.get("GiftName")), "count": _int(data.get("RepeatCount") or data.get("GiftCount"), 1),
                 "value": _int(data.get("DiamondCount"))}
    return Comment(kind, "douyin", _str(data["MsgId"]), now, _str(user.get("Id")), _str(user.get("Nickname")), text,
                   _int(user.get("FollowStatus")) > 0, _int(fans), extra)


# ---- jwwsjlm/douyinLive -------------------------------------------------------------------------------

_DL_KINDS = {"WebcastChatMessage": "comment", "WebcastGiftMessage": "gift", "WebcastLikeMessage": "like",
             "WebcastMemberMessage": "join", "WebcastSocialMessage": "follow", "WebcastRoomUserSeqMessage": "viewers"}


def parse_douyinlive(o: dict[str, Any], st: FrameState, now: float) -> Comment | None:
    common = o.get("common") or {}
    method = o.get("method") or common.get("method")
    kind = _DL_KINDS.get(_str(method))
    if kind is None:
        return None  # control, room stats, rankings …
    msg_id = common.get("msgId")
    if not msg_id:
        raise Bad("missing_msg_id")
    ts = _ms(common.get("createTime") or o.get("eventTime"), now)
    user = o.get("user") or {}
    extra: dict[str, Any] | None = None
    text = ""
    if kind == "comment":
        text = _str(o.get("content"))
    elif kind == "like":
        extra = {"count": _int(o.get("count"), 1), "total": _int(o.get("total"))}
    elif kind == "viewers":
        extra = {"online": _int(o.get("total")), "total": _int(o.get("totalUser"))}
    elif kind == "gift":
        if _int(o.get("repeatEnd"), 1) != 1 and _int(o.get("comboCount"), 1) > 0 and "repeatEnd" in o:
            return None  # in-progress streak message
        extra = {"gift": _str((o.get("gift") or {}).get("name")),
                 "count": _int(o.get("repeatCount") or o.get("comboCount"), 1), "value": 0}
    elif kind == "follow" and _int(o.get("action"), 1) == 3:
        kind = "share"
    return Comment(kind, "douyin", _str(msg_id), ts, _str(user.get("id")), _str(user.get("nickname")), text,
                   False, _int((user.get("fansClub") or {}).get("level")), extra)


# ---- TikTok-Live-Connector relays ---------------------------------------------------------------------

_TT_KINDS = {"chat": "comment", "gift": "gift", "like": "like", "member": "join", "follow": "follow",
             "share": "share", "roomUser": "viewers"}


def parse_tiktok(o: dict[str, Any], st: FrameState, now: float) -> Comment | None:
    event, d = _str(o.get("event")), o.get("data")
    if not isinstance(d, dict):
        raise Bad("bad_data")
    if event == "social":
        label = _str(d.get("displayType")).lower()
        event = "follow" if "follow" in label else "share" if "share" in label else ""
    kind = _TT_KINDS.get(event)
    if kind is None:
        return None  # streamEnd, questionNew, linkMic …
    msg_id = d.get("msgId")
    if not msg_id:
        if kind in ("comment", "gift"):
            raise Bad("missing_msg_id")
        msg_id = st.synthetic_id(kind, now)
    ts = _ms(d.get("createTime"), now)
    extra: dict[str, Any] | None = None
    text = ""
    if kind == "comment":
        text = _str(d.get("comment"))
    elif kind == "like":
        extra = {"count": _int(d.get("likeCount"), 1), "total": _int(d.get("totalLikeCount"))}
    elif kind == "viewers":
        extra = {"online": _int(d.get("viewerCount")), "total": 0}
    c = Comment(kind, "tiktok", _str(msg_id), ts, _str(d.get("userId")), _str(d.get("nickname") or d.get("uniqueId")),
                text, _int(d.get("followRole")) > 0, 0, extra)
    if kind == "gift":
        c.extra = {"gift": _str(d.get("giftName")), "count": _int(d.get("repeatCount"), 1),
                   "value": _int(d.get("diamondCount")) * _int(d.get("repeatCount"), 1)}
        key = ("tiktok", c.msg_id)
        if _int(d.get("giftType")) == 1 and not d.get("repeatEnd"):
            st.streaks[key] = c  # still streaking: hold it until repeatEnd (or the connection ends)
            return None
        st.streaks.pop(key, None)
    return c


# ---- Social Stream Ninja --------------------------------------------------------------------------------


def parse_socialstream(o: dict[str, Any], st: FrameState, now: float) -> Comment | None:
    platform = _str(o.get("type")) or "unknown"
    event = o.get("event")
    if event == "viewer_update":
        meta = o.get("meta")
        online = meta if isinstance(meta, int) else _int((meta or {}).get("viewers") if isinstance(meta, dict) else 0)
        return Comment("viewers", platform, st.synthetic_id("viewers", now), now, extra={"online": online, "total": 0})
    if event not in (False, None, "", "message"):
        kind = {"follow": "follow", "new_follower": "follow", "joined": "join", "share": "share",
                "like": "like"}.get(_str(event))
        if kind is None:
            return None
    else:
        kind = "comment"
    meta = o.get("meta") if isinstance(o.get("meta"), dict) else {}
    msg_id = (meta or {}).get("messageId") or o.get("id")
    if msg_id is None:
        raise Bad("missing_msg_id")
    text = _str(o.get("chatmessage"))
    if kind == "comment" and not text:
        raise Bad("missing_text")
    extra = None
    if o.get("hasDonation"):
        kind, extra = "gift", {"gift": _str(o.get("hasDonation")), "count": 1, "value": 0}
    return Comment(kind, platform, _str(msg_id), now, _str(o.get("userid")), _str(o.get("chatname")), text,
                   extra=extra)


# ---- Twitch IRC (tags capability) -----------------------------------------------------------------------

_IRC_IGNORE = {"PING", "PONG", "CAP", "JOIN", "PART", "ROOMSTATE", "USERSTATE", "GLOBALUSERSTATE", "NOTICE",
               "HOSTTARGET", "RECONNECT", "CLEARCHAT", "USERNOTICE", "WHISPER"}
_UNESCAPE = {"\\s": " ", "\\:": ";", "\\\\": "\\", "\\r": "\r", "\\n": "\n"}


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
    if command.isdigit() or command in _IRC_IGNORE:
        return None
    trailing = params.partition(" :")[2] if " :" in params else ""
    ts = _ms(tags.get("tmi-sent-ts"), now)
    if command == "PRIVMSG":
        msg_id = tags.get("id")
        if not msg_id:
            raise Bad("missing_msg_id")
        name = tags.get("display-name") or prefix.partition("!")[0]
        return Comment("comment", "twitch", msg_id, ts, tags.get("user-id", ""), name, trailing,
                       fans_level=1 if tags.get("subscriber") == "1" else 0)
    if command == "CLEARMSG":
        target = tags.get("target-msg-id")
        if not target:
            raise Bad("missing_msg_id")
        return Comment("delete", "twitch", f"del:{target}", ts, "", tags.get("login", ""), trailing,
                       extra={"target": target})
    raise Bad("unknown_irc_command")


# ---- detection --------------------------------------------------------------------------------------------

Parser = Callable[[dict[str, Any], FrameState, float], Comment | None]
PARSERS: dict[str, Parser] = {"generic": parse_generic, "barragegrab": parse_barragegrab,
                              "douyinlive": parse_douyinlive, "tiktok": parse_tiktok,
                              "socialstream": parse_socialstream}


def detect(o: dict[str, Any]) -> str:
    if "Type" in o and "Data" in o:
        return "barragegrab"
    if isinstance(o.get("common"), dict) or _str(o.get("method")).startswith("Webcast"):
        return "douyinlive"
    if "event" in o and isinstance(o.get("data"), dict):
        return "tiktok"
    if "chatname" in o or "chatmessage" in o or o.get("event") == "viewer_update":
        return "socialstream"
    if o.get("type") in KINDS:
        return "generic"
    if isinstance(o.get("msg_type"), str):
        return "oba"
    return ""


def parse_frame(frame: str | bytes, st: FrameState, now: float) -> tuple[list[Comment], list[str]]:
    """All events a frame holds, and a reason for each part that could not be read."""
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
        for o in data if isinstance(data, list) else [data]:
            if not isinstance(o, dict):
                bad.append("not_an_object")
                continue
            fmt = detect(o)
            if not fmt:
                bad.append("unknown_format")
                continue
            try:
                c = PARSERS[fmt](o, st, now)
            except Bad as exc:
                bad.append(exc.reason)
                continue
            except (TypeError, ValueError, AttributeError, KeyError, ArithmeticError, RecursionError):
                bad.append("bad_value")
                continue
            st.format = fmt
            if c is not None:
                c.source = fmt
                out.append(c)
        return out, bad
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
        if c is not None:
            c.source = "twitch"
            out.append(c)
    return out, bad


def flush_streaks(st: FrameState) -> list[Comment]:
    """Gift streaks still open when a connection ends count as gifts with what was seen."""
    held = list(st.streaks.values())
    st.streaks.clear()
    return held


# qiutongxue/oba-live-tool (its own module; resolved at call time so either module may load first)
from app.live import adapter_oba  # noqa: E402

PARSERS["oba"] = lambda o, st, now: adapter_oba.parse_oba(o, st, now)
