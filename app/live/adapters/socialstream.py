"""steveseguin/social_stream (Social Stream Ninja) messages, bare or wrapped."""

from __future__ import annotations

import math
import re
import zlib
from typing import Any

from app.core import gift_units as gu
from app.core.comments import KINDS, Comment
from app.live.adapters import ids
from app.live.adapters.base import (
    Bad,
    FrameState,
    Parsed,
    _dict,
    _int,
    _str,
    clean_text,
    mark_anonymous,
    register,
)
from app.live.adapters.streaks import running_total

# ---- Social Stream Ninja (api.md, docs/event-reference.html, background.js, sources/tiktok.js) ----------

_SSN_KINDS = {"followed": "follow", "new_follower": "follow", "follow": "follow", "shared": "share",
              "share": "share", "liked": "like", "like": "like", "user_enter": "join", "joined": "join",
              "entered": "join"}
# Paid events that are gifts even when SSN's "show donations" setting left `hasDonation` empty.
_SSN_GIFT_EVENTS = {"gift", "gifts", "superchat", "supersticker", "jeweldonation", "donation", "cheer", "tip"}
# A number as SSN's sources render amounts, in the viewer's locale: "$1,234.50", "1.234,56 €", "1 234,56 €"
# (a no-break or narrow no-break space in fr-FR), "CHF 1'234.50", de-DE "29.999 coins" (TikFinity's
# toLocaleString), en-IN "₹1,23,456.00".
_NUMBER = re.compile(r"\d+(?:[.,'’\u00a0\u202f ]\d+)*")
_SEP = re.compile(r"([.,'’\u00a0\u202f ])")
_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})*|\d{1,2}(?:,\d{2})*,\d{3}")  # western, or en-IN lakh grouping
# Texts that count gifts and price none: tiktok.js writes "3 gifts" / "3 Roses" for a gift it has no coin
# price for (1419-1424), youtube.js "1 YouTube Gift". TikTok's money is coins (or diamonds).
_COUNTED = re.compile(r"\s*(\d{1,6})\s+(\D+?)\s*")
_GIFT_WORDS = frozenset({"gift", "gifts", "youtube gift", "youtube gifts"})
_TIKTOK_MONEY = frozenset({"coin", "coins", "diamond", "diamonds", "💎"})
_WORDS = re.compile(r"[^\W\d_]+|💎")
_TIMES = re.compile(r"\s*(\d{1,6})\s*[×xX*]\s*(?=\S)")  # "5 × 小心心", "3 x Rose": a count of gifts, not money
# Names SSN's sources give a viewer the platform does not name (twitch.js cheers, Ko-fi, BMAC: "Anonymous"),
# and masked names ("用***"): never an id of their own, or every hidden viewer would be one entrant.
_ANONYMOUS_NAMES = frozenset({"anonymous", "anonym", "anónimo", "anonyme", "匿名", "匿名用户", "神秘人"})
_MASKED = re.compile(r"\*{2,}|^\S{1,2}\*+$")


def read_amount(v: Any) -> float | None:
    """An amount as a number, or None when it cannot be read for sure (store no value then, not a
    wrong one). As SSN's own currency.js reads them: the last of '.'/',' is the decimal separator
    when both occur, or when the only one occurs once and is not followed by exactly three digits
    ("5,00" 5; "29.999", "1,500" thousands); thousands groups must be regular."""
    if isinstance(v, int | float) and not isinstance(v, bool):
        return float(v) if abs(v) < 1e300 else None  # float(10**400) would raise
    m = _NUMBER.search(_str(v))
    if m is None:
        return None
    tok = m.group(0)
    parts = _SEP.split(tok)
    digits, seps = parts[0::2], parts[1::2]
    whole, frac = tok, ""
    if seps and seps[-1] in ".," and seps[-1] not in seps[:-1] and (
            any(x in ".," for x in seps[:-1]) or len(digits[-1]) != 3 or tok.startswith(("0.", "0,"))):
        whole, frac = tok[:tok.rindex(seps[-1])], digits[-1]
    kinds = {" " if x in "\u00a0\u202f " else x for x in _SEP.findall(whole)}
    if len(kinds) > 1:
        return None  # "1.234 567": two kinds of thousands separator
    plain = re.sub(r"[^\d]", ",", whole)
    if kinds and not _GROUPS.fullmatch(plain):
        return None  # "1.2.3", "1,23,45": no locale groups digits so
    a = float(re.sub(r"\D", "", whole) + ("." + frac if frac else ""))
    return a if math.isfinite(a) else None


def _amount(v: Any) -> float:
    """`read_amount`, 0 when unsure (the row keeps its text in `donation`)."""
    a = read_amount(v)
    return a if a is not None and a >= 0 else 0.0


def _ident(v: Any) -> str:
    return _str(v).strip() if isinstance(v, str | int) and not isinstance(v, bool) else ""


def ssn_user(o: dict[str, Any], meta: dict[str, Any], name: str) -> tuple[str, bool]:
    """(user id, hidden). Most SSN captures (TikTok page, YouTube, Facebook, Kwai …) send no `userid`;
    SSN itself keys a viewer by `userid || chatname` (background.js 4754, 16911), and so do we, per
    platform, or such viewers could never enter a lottery or vote. TikFinity rows carry the TikTok
    handle in meta.uniqueId. A missing, "Anonymous" or masked name is a hidden viewer, not an id."""
    uid = _ident(o.get("userid")) or _ident(meta.get("uniqueId")) or _ident(meta.get("userId"))
    if uid:
        return uid, False
    if not name or name.casefold() in _ANONYMOUS_NAMES or _MASKED.search(name):
        return "", True
    return name, False


def _ssn_id(o: dict[str, Any], meta: dict[str, Any]) -> str:
    """SSN's `id` is a per-session counter that restarts with the extension: alone it would make a new
    session's messages look like the old one's. A platform id wins; otherwise the counter is joined
    with a hash of who said what."""
    pid = meta.get("messageId") or meta.get("msgId") or o.get("msgId") or o.get("mid")
    if pid:
        return ids.relay_id(pid, o, js=True)
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
    if "chatname" not in o and "chatmessage" not in o and "hasDonation" not in o:
        st.skip("metadata_event")  # likes_update, follower_update, hype_train …: a state, not a viewer's event
        return None
    meta = _dict(meta)
    # `textonly` (SSN's textonlymode; docs/agents/12-development/adding-a-source.md): the message is plain
    # text as typed ("<M> in stock?"), not HTML to strip; without it, HTML whose typed "<" is "&lt;"
    text = _str(o.get("chatmessage")) if o.get("textonly") is True else clean_text(_str(o.get("chatmessage")))
    name = clean_text(_str(o.get("chatname"))).strip()
    uid, hidden = ssn_user(o, meta, name)
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
    # meta.memberLevel: the TikTok fans-club level (sources/tiktok.js 2009-2022).
    c = Comment(kind, platform, _ssn_id(o, meta), now, uid, name, text, fans_level=_int(meta.get("memberLevel")))
    if hidden:
        mark_anonymous(c)
    if kind == "like":
        likes = _int(meta.get("likeCount") or meta.get("likes") or meta.get("count"), 1)
        c.extra = (c.extra or {}) | {"count": likes, "total": 0}
    elif kind == "gift":
        return _ssn_gift(c, o, meta, st, now)
    return c


def _ssn_units(o: dict[str, Any], meta: dict[str, Any], platform: str) -> tuple[int, float, str, str]:
    """(count, value, gift name the text gives, value unit). The value is `donoValue`, else TikFinity's exact
    diamondCount × count, else the amount in `hasDonation` when it is one: a count of gifts ("5 × 小心心"
    from sources/bilibili.js, "3 gifts", "3 Roses", "1 YouTube Gift") has no value, nor an amount
    that cannot be read for sure; the text itself is kept in `donation`. Only TikTok coins are told
    apart (TikFinity's diamondCount, a TikTok text in coins): other amounts are money in whatever currency
    the text shows, `unknown` here."""
    raw = o.get("hasDonation")
    # {"a": 1} is no amount; youtube.js escapes the text it sends (escapeHtml: "CHF 1&#039;234.50")
    text = clean_text(_ident(raw)) if not isinstance(raw, float) else _str(raw)
    count = _int(meta.get("tiktokGiftCount") or meta.get("repeatCount") or meta.get("gift_count")
                 or meta.get("giftCount"), 0)  # repeatCount: TikFinity's running total (tikfinity.js 323-345)
    named = ""
    times = _TIMES.match(text)
    counted = None if times else _COUNTED.fullmatch(text)
    what = counted.group(2).casefold() if counted else ""
    if times:
        counted_n, named = int(times.group(1)), _TIMES.sub("", text, 1).strip()  # bilibili's title is "DONATION"
    elif counted and (what in _GIFT_WORDS or (platform == "tiktok" and what not in _TIKTOK_MONEY)):
        counted_n = int(counted.group(1))
        if what not in _GIFT_WORDS:  # tiktok.js: the gift's name, plural with an "s"
            named = counted.group(2)[:-1] if counted_n > 1 and what.endswith("s") else counted.group(2)
    else:
        counted_n = 0
    count = count or counted_n or 1
    diamonds = meta.get("diamondCount")
    coins = platform == "tiktok" and bool(_TIKTOK_MONEY.intersection(_WORDS.findall(text.casefold())))
    unit = gu.TIKTOK_COIN if coins else gu.UNKNOWN
    if o.get("donoValue") not in (None, ""):
        return count, _amount(o.get("donoValue")), named, unit
    if isinstance(diamonds, int) and not isinstance(diamonds, bool) and 0 <= diamonds < 1 << 53:
        return count, float(diamonds * count), named, gu.TIKTOK_COIN  # TikFinity: unit coins, exact
    return count, 0.0 if counted_n else _amount(text), named, unit


def _ssn_gift(c: Comment, o: dict[str, Any], meta: dict[str, Any], st: FrameState, now: float) -> Parsed:
    """Any row with `hasDonation` is a gift. TikTok streak rows (the page's meta.tiktokGiftStreakId,
    TikFinity's meta.groupId) are cumulative: coalesced into one gift with the last row's count and value."""
    count, value, named, value_unit = _ssn_units(o, meta, c.platform)
    name = _str(meta.get("giftName") or named or o.get("title") or o.get("event") or "donation")
    c.extra = (c.extra or {}) | {"gift": name, "gift_id": _str(meta.get("giftId")), "count": count,
               "unit": round(value / count, 4) if count else value, "value": value,
               "value_unit": value_unit, "donation": clean_text(_str(o.get("hasDonation")))}
    # The streak's identity, as SSN's own credits page keys it: the native (sender, gift, group) first
    # (the same gift captured twice, from the page and the websocket, carries two streak ids), then
    # the streak id, then TikTok's gift message id. TikFinity rows name no tiktokGiftSenderId: their
    # sender is the viewer (meta.uniqueId), and a streak of them is one gift too.
    gift_id, group = _str(meta.get("giftId")), _str(meta.get("groupId"))
    sender = _str(meta.get("tiktokGiftSenderId")) or c.user_id
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
    frame_id, c.msg_id = c.msg_id, ident
    ended = meta.get("repeatEnd") is True or _str(meta.get("repeatEnd")) == "1"
    # Rows are cumulative, as Douyin's and TikTok's frames: a resent row counts once, a late smaller one
    # changes nothing, and rows after a pause longer than the gap (4.5 s, SSN's own tiktokGiftQuietMs)
    # are stored as a row for the units the first lacked.
    return running_total(st, ("ssn", ident), c, count, ended, now, frame_id, grouped=True)



for _key in ("chatname", "chatmessage", "hasDonation"):
    register("socialstream", parse_socialstream, (_key,), gap=4.5)
register("socialstream", parse_socialstream, ("event",),
         accept=lambda o: o.get("event") in ("viewer_update", "viewer_updates"))


def _metadata_event(o: dict[str, Any]) -> bool:
    """SSN's metadata-only events (docs/event-reference.html: "no chatname or chatmessage; data lives in
    meta"): a platform `type` and an `event` name. LiveDeck's own kinds and douyinLive's "system"
    frames have a `type` too: they are not these."""
    t, e = o.get("type"), o.get("event")
    return isinstance(t, str) and isinstance(e, str) and bool(e) and t not in KINDS and t != "system"


# Excluded: the keys of the other relays' shapes with a `type` (userscript, oba, TikTok-Live-Connector).
register("socialstream", parse_socialstream, ("type", "event"), excludes=("data", "username", "content", "msg_type"),
         accept=_metadata_event)
