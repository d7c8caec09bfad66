"""What the host sees: decided once, here, for the Qt host view and the web host view alike.

`host_screen(snapshot, translate)` turns the Studio's state snapshot into the texts of the host's
screen: the teleprompter (app.core.host_texts), banners that each name their product and cart
link and carry their kind (so every screen colours them alike), the one moment that takes the
screen over in big type (a sale's 3-2-1, 现在回答, lottery winners, a closing poll) and what stays
after the end (the summary only). Pure: `translate` is the caller's (Qt's) translation of the
English templates below, which lupdate finds through the marker function of the same name.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from app.core.clock import format_duration
from app.core.host_texts import LINK, clock, teleprompter
from app.core.runsheet import format_price
from app.core.text import fill

Translate = Callable[[str], str]
CONTEXT = "HostScreen"


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    return text


def _same(text: str) -> str:
    return text


# How long a moment holds the whole screen before it steps back to a banner.
SALE_COUNTDOWN_TAKEOVER_S = 10.0  # the last ten seconds of a sale's countdown, then…
SALE_GO_S = 5.0                   # …"go!" for five seconds once it is live
QUESTION_TAKEOVER_S = 8.0
WINNERS_TAKEOVER_S = 12.0
POLL_TAKEOVER_S = 8.0
WINNERS_BANNER_S = 600.0
SOLD_OUT_BANNER_S = 15.0
CUE_BANNER_S = 20.0
DOWN_BANNER_S = 60.0  # the app was down: told once, for a minute after it is back

KINDS = ("sale", "coupon", "lottery", "poll", "question", "cue", "notice")

SALE_ARMED = QT_TRANSLATE_NOOP("HostScreen", "Flash sale · %1 %2 · coming up · %3 pieces")
SALE_COUNTDOWN = QT_TRANSLATE_NOOP("HostScreen", "Flash sale · %1 %2 · starts in %3")
SALE_LIVE = QT_TRANSLATE_NOOP("HostScreen", "Flash sale · %1 %2 · only %3 left · %4")
SALE_SOLD_OUT = QT_TRANSLATE_NOOP("HostScreen", "Flash sale · %1 · sold out · %2 sold")
SALE_TITLE = QT_TRANSLATE_NOOP("HostScreen", "Flash sale · %1 %2")
SALE_STARTS_IN = QT_TRANSLATE_NOOP("HostScreen", "starts in… get the room counting")
SALE_GO = QT_TRANSLATE_NOOP("HostScreen", "GO!")
SALE_GO_LEFT = QT_TRANSLATE_NOOP("HostScreen", "only %1 left · %2")
COUPON = QT_TRANSLATE_NOOP("HostScreen", "Coupon · %1 · %2 · %3 left · %4")
COUPON_OFF = QT_TRANSLATE_NOOP("HostScreen", "%1 off")
COUPON_OFF_OVER = QT_TRANSLATE_NOOP("HostScreen", "%1 off orders over %2")
COUPON_ALL = QT_TRANSLATE_NOOP("HostScreen", "every product")
LOTTERY_OPEN = QT_TRANSLATE_NOOP("HostScreen", "Lottery · %1 · type “%2” · %3 entered · %4")
LOTTERY_ANY = QT_TRANSLATE_NOOP("HostScreen", "any comment")
LOTTERY_WON = QT_TRANSLATE_NOOP("HostScreen", "🎉 Lottery · %1 won by %2")
WINNERS_TITLE = QT_TRANSLATE_NOOP("HostScreen", "🎉 Winners · %1")
WINNERS_SMALL = QT_TRANSLATE_NOOP("HostScreen", "read the names out")
POLL_OPEN = QT_TRANSLATE_NOOP("HostScreen", "Poll: %1 · %2%3")
POLL_RESULT = QT_TRANSLATE_NOOP("HostScreen", "Poll result: %1 · %2")
POLL_CLOSED_TITLE = QT_TRANSLATE_NOOP("HostScreen", "Poll closed · %1")
POLL_CLOSED_SMALL = QT_TRANSLATE_NOOP("HostScreen", "%1 votes of %2 voters")
QUESTION = QT_TRANSLATE_NOOP("HostScreen", "❓ Answer now: %1%2%3")
QUESTION_TITLE = QT_TRANSLATE_NOOP("HostScreen", "❓ Answer now")
QUESTION_TIMES = QT_TRANSLATE_NOOP("HostScreen", "asked %1×")
CUE = QT_TRANSLATE_NOOP("HostScreen", "⏰ %1")
ROOM_ENDED = QT_TRANSLATE_NOOP("HostScreen", "The platform says the room has ended (%1)")
DOWN_MIN = QT_TRANSLATE_NOOP("HostScreen", "The app was down %1 min (%2–%3): the clocks went on in real time")
DOWN_SEC = QT_TRANSLATE_NOOP("HostScreen", "The app was down %1 s (%2–%3): the clocks went on in real time")


def item_label(snap: Mapping[str, Any], item_id: Any, tr: Translate = _same, name: str = "") -> str:
    """"3号链接 羊毛开衫": the cart link the viewers tap, then the product (the run-sheet's own words)."""
    row = next((r for r in snap.get("runsheet") or [] if r.get("item_id") == item_id), None)
    name = (row or {}).get("name") or name
    cart = (row or {}).get("cart_no")
    return f"{fill(tr(LINK), cart)} {name}".strip() if cart else name


def _on_air(snap: Mapping[str, Any], item_id: Any) -> bool:
    cur = snap.get("current")
    return bool(cur and cur.get("item_id") == item_id and (snap.get("show") or {}).get("status") == "live")


def sale_banners(snap: Mapping[str, Any], tr: Translate) -> list[dict[str, Any]]:
    sale, now = snap.get("sale"), float(snap.get("now") or 0.0)
    if not sale:
        return []
    label, price, status = item_label(snap, sale["item_id"], tr, sale.get("name", "")), format_price(sale["price"]), \
        sale["status"]
    if status == "armed":
        text = fill(tr(SALE_ARMED), label, price, sale["quantity"])
    elif status == "countdown":
        text = fill(tr(SALE_COUNTDOWN), label, price, format_duration(sale["countdown_left_s"]))
    elif status == "live":
        if _on_air(snap, sale["item_id"]):
            return []  # its price and what is left already are the big figures of the item on air
        text = fill(tr(SALE_LIVE), label, price, sale["remaining"], format_duration(sale["time_left_s"]))
    elif sale.get("end_reason") == "sold_out" and now - float(sale.get("ended_at") or now) < SOLD_OUT_BANNER_S:
        text = fill(tr(SALE_SOLD_OUT), label, sale["sold"])
    else:
        return []
    return [{"kind": "sale", "text": text}]


def coupon_text(c: Mapping[str, Any], tr: Translate) -> str:
    off = format_price(int(c["value"])) if c["kind"] == "amount" else f"{float(c['value']):g}%"
    if c.get("threshold"):
        return fill(tr(COUPON_OFF_OVER), off, format_price(int(c["threshold"])))
    return fill(tr(COUPON_OFF), off)


def coupon_banners(snap: Mapping[str, Any], tr: Translate) -> list[dict[str, Any]]:
    out = []
    for c in snap.get("coupons") or []:
        if c.get("status") != "active":
            continue
        scope = "、".join(item_label(snap, i, tr) for i in c.get("item_ids") or []) or tr(COUPON_ALL)
        out.append({"kind": "coupon", "text": fill(tr(COUPON), scope, coupon_text(c, tr), c["left"],
                                                   format_duration(c["time_left_s"]))})
    return out


def lottery_banners(snap: Mapping[str, Any], tr: Translate) -> list[dict[str, Any]]:
    lot, now = snap.get("lottery"), float(snap.get("now") or 0.0)
    if not lot:
        return []
    if lot["status"] == "open":
        left = max(0.0, float(lot["closes_at"]) - now)
        return [{"kind": "lottery", "text": fill(tr(LOTTERY_OPEN), lot["prize"], lot.get("keyword") or tr(LOTTERY_ANY),
                                                 lot.get("entrants", 0), format_duration(left))}]
    drawn_at = lot.get("drawn_at") or lot.get("closed_at") or now
    if lot["status"] == "drawn" and now - float(drawn_at) < WINNERS_BANNER_S:
        names = "、".join(w.get("name", "") for w in lot.get("winners") or [])
        return [{"kind": "lottery", "text": fill(tr(LOTTERY_WON), lot["prize"], names)}]
    return []


def _bars(poll: Mapping[str, Any]) -> str:
    return " · ".join(f"{i + 1}.{o['text']} {o['votes']}" for i, o in enumerate(poll["options"]))


def poll_banners(snap: Mapping[str, Any], tr: Translate) -> list[dict[str, Any]]:
    poll = snap.get("poll")
    if not poll:
        return []
    if poll["status"] == "open":
        left = "" if poll.get("time_left_s") is None else " · " + format_duration(poll["time_left_s"])
        return [{"kind": "poll", "text": fill(tr(POLL_OPEN), poll["question"], _bars(poll), left)}]
    return [{"kind": "poll", "text": fill(tr(POLL_RESULT), poll["question"], _bars(poll))}]


def _question_about(snap: Mapping[str, Any], q: Mapping[str, Any], tr: Translate) -> str:
    if q.get("item_id") is None and not q.get("item_name"):
        return ""
    return item_label(snap, q.get("item_id"), tr, q.get("item_name", ""))


def question_banners(snap: Mapping[str, Any], tr: Translate) -> list[dict[str, Any]]:
    q = snap.get("question")
    if not q:
        return []
    about = _question_about(snap, q, tr)
    times = f" ×{q['count']}" if q.get("count", 1) > 1 else ""
    return [{"kind": "question", "text": fill(tr(QUESTION), q["text"], times, f" · {about}" if about else "")}]


def notice_banners(snap: Mapping[str, Any], tr: Translate) -> list[dict[str, Any]]:
    out = []
    cue, now = snap.get("cue"), float(snap.get("now") or 0.0)
    if cue and now - float(cue["at"]) < CUE_BANNER_S:
        out.append({"kind": "cue", "text": fill(tr(CUE), cue["text"])})
    down = snap.get("down")
    if down and now - float(down["at"]) < DOWN_BANNER_S:
        out.append({"kind": "notice", "text": down_text(down, tr)})
    ended = (snap.get("feed") or {}).get("room_ended") or {}
    if ended:
        out.append({"kind": "notice", "text": fill(tr(ROOM_ENDED), ", ".join(sorted(ended)))})
    return out


def down_text(down: Mapping[str, Any], tr: Translate = _same) -> str:
    """「应用中断 10 分钟（21:31–21:41），计时按实际时间继续」: why the item on air has so little time left."""
    start, end = float(down["from"]), float(down["to"])
    gap = end - start
    template, n = (DOWN_MIN, round(gap / 60)) if gap >= 60 else (DOWN_SEC, round(gap))
    return fill(tr(template), n, clock(start), clock(end))


def banners(snap: Mapping[str, Any], tr: Translate = _same) -> list[dict[str, Any]]:
    """Every banner of the moment, each `{"kind", "text"}`: a recent cue, then the commerce desk."""
    if (snap.get("show") or {}).get("status") == "ended":
        return []
    out = notice_banners(snap, tr)
    for part in (sale_banners, coupon_banners, lottery_banners, poll_banners, question_banners):
        out.extend(part(snap, tr))
    return out


def _sale_takeover(snap: Mapping[str, Any], tr: Translate) -> dict[str, Any] | None:
    sale, now = snap.get("sale"), float(snap.get("now") or 0.0)
    if not sale:
        return None
    title = fill(tr(SALE_TITLE), item_label(snap, sale["item_id"], tr, sale.get("name", "")),
                 format_price(sale["price"]))
    left = float(sale.get("countdown_left_s") or 0.0)
    if sale["status"] == "countdown" and left <= SALE_COUNTDOWN_TAKEOVER_S:
        return {"kind": "sale", "title": title, "big": str(max(1, math.ceil(left))), "small": tr(SALE_STARTS_IN),
                "until": now + left + SALE_GO_S}
    live_at = sale.get("live_at")
    if sale["status"] == "live" and live_at is not None and 0 <= now - float(live_at) < SALE_GO_S:
        return {"kind": "sale", "title": title, "big": tr(SALE_GO),
                "small": fill(tr(SALE_GO_LEFT), sale["remaining"], format_duration(sale["time_left_s"])),
                "until": float(live_at) + SALE_GO_S}
    return None


def _question_takeover(snap: Mapping[str, Any], tr: Translate) -> dict[str, Any] | None:
    q, now = snap.get("question"), float(snap.get("now") or 0.0)
    if not q or now - float(q.get("shown_at") or 0.0) >= QUESTION_TAKEOVER_S:
        return None
    small = [fill(tr(QUESTION_TIMES), q["count"])] if q.get("count", 1) > 1 else []
    about = _question_about(snap, q, tr)
    small += [about] if about else []
    return {"kind": "question", "title": tr(QUESTION_TITLE), "big": q["text"], "small": " · ".join(small),
            "until": float(q.get("shown_at") or now) + QUESTION_TAKEOVER_S}


def _winners_takeover(snap: Mapping[str, Any], tr: Translate) -> dict[str, Any] | None:
    lot, now = snap.get("lottery"), float(snap.get("now") or 0.0)
    drawn_at = (lot or {}).get("drawn_at")
    if not lot or lot["status"] != "drawn" or drawn_at is None or now - float(drawn_at) >= WINNERS_TAKEOVER_S:
        return None
    return {"kind": "lottery", "title": fill(tr(WINNERS_TITLE), lot["prize"]),
            "big": "、".join(w.get("name", "") for w in lot.get("winners") or []), "small": tr(WINNERS_SMALL),
            "until": float(drawn_at) + WINNERS_TAKEOVER_S}


def _poll_takeover(snap: Mapping[str, Any], tr: Translate) -> dict[str, Any] | None:
    poll, now = snap.get("poll"), float(snap.get("now") or 0.0)
    closed_at = (poll or {}).get("closed_at")
    if not poll or poll["status"] != "closed" or closed_at is None or now - float(closed_at) >= POLL_TAKEOVER_S:
        return None
    options = poll["options"]
    best = max(range(len(options)), key=lambda i: options[i]["votes"]) if options else 0
    big = f"{best + 1}. {options[best]['text']}" if options else ""
    votes = options[best]["votes"] if options else 0
    return {"kind": "poll", "title": fill(tr(POLL_CLOSED_TITLE), poll["question"]), "big": big,
            "small": fill(tr(POLL_CLOSED_SMALL), votes, poll.get("voters", 0)),
            "until": float(closed_at) + POLL_TAKEOVER_S}


def takeover(snap: Mapping[str, Any], tr: Translate = _same) -> dict[str, Any] | None:
    """The one moment that holds the whole screen now, or None. A sale's count wins over the rest."""
    if (snap.get("show") or {}).get("status") != "live":
        return None
    for part in (_sale_takeover, _winners_takeover, _poll_takeover, _question_takeover):
        moment = part(snap, tr)
        if moment is not None:
            return moment
    return None


def host_screen(snap: Mapping[str, Any], tr: Translate = _same) -> dict[str, Any]:
    """Everything the host's screen shows, as texts: the same dict drives the Qt and the web view."""
    status = (snap.get("show") or {}).get("status") or "draft"
    out = teleprompter(snap, tr)
    over = status == "ended"
    msg = None if over else snap.get("message")
    pinned = None if over else snap.get("pinned")
    out.update(
        banners=banners(snap, tr),
        takeover=takeover(snap, tr),
        message={"text": msg["text"], "flash": bool(msg.get("flash", True)), "ts": msg.get("ts")} if msg else None,
        pinned=f"💬 {pinned.get('user_name', '')}：{pinned.get('text', '')}" if pinned else None,
    )
    return out
