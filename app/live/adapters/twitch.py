"""Twitch IRC lines over websockets (tags and commands capabilities)."""

from __future__ import annotations

from app.core import gift_units as gu
from app.core.comments import Comment
from app.live.adapters.base import Bad, FrameState, _gift_extra, _int, _ms, mark_anonymous

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
                           extra=_gift_extra("bits", "bits", bits, 1, gu.TWITCH_BIT))
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
                    extra={**_gift_extra(f"sub:{plan}", "sub", 1, unit, gu.TWITCH_BIT),
                           "months": _int(tags.get("msg-param-cumulative-months"), 1)})
    elif kind in ("subgift", "anonsubgift"):
        if tags.get("msg-param-community-gift-id"):
            st.skip("gift_streak_frame")  # one recipient of a mystery gift already counted whole
            return None
        c = Comment("gift", "twitch", msg_id, ts, uid, name, text, fans_level=fans,
                    extra={**_gift_extra(f"subgift:{plan}", "subgift", 1, unit, gu.TWITCH_BIT),
                           "recipient": tags.get("msg-param-recipient-display-name", "")})
    elif kind in ("submysterygift", "anonsubmysterygift"):
        n = _int(tags.get("msg-param-mass-gift-count"), 1) or 1
        c = Comment("gift", "twitch", msg_id, ts, uid, name, text, fans_level=fans,
                    extra=_gift_extra(f"subgift:{plan}", "subgift", n, unit, gu.TWITCH_BIT))
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

