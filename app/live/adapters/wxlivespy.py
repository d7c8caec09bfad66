"""视频号 through fire4nt/wxlivespy: it POSTs each decoded batch to its forward URL as JSON (optionally
gzip: `Content-Encoding: gzip`), src/main/EventForwarder.ts; the body is `DecodedData`
(src/CustomTypes.ts): {host_info{wechat_uin, finder_username}, live_info{wechat_uin, live_id,
online_count, like_count, start_time, reward_total_amount_in_wecoin}, events[LiveMessage{msg_id,
msg_time, msg_sub_type, decoded_type, seq, sec_openid, nickname, content, gift_num, gift_value,
sec_gift_id, combo_product_count}]} (src/main/WXDataDecoder.ts). `gift_value` is the gift's total
in 微信币, not a unit price. The same events may be posted again ("服务器要自己根据seq去重",
src/main/service.ts): their msg_id is the client message id, so dedupe drops the repeats.
`live_info.live_status` 2 is the room's end: a room_end, once (its id is the live's).
"""

from __future__ import annotations

from typing import Any

from app.core import gift_units as gu
from app.core.comments import Comment
from app.live.adapters import ids
from app.live.adapters.base import Bad, FrameState, Parsed, _dict, _int, _ms, _str, register

PLATFORM = "wxchannel"
LIVE_ENDED = 2  # live_info.live_status: 1 live, 2 ended (src/CustomTypes.ts 135-139)
_KINDS = {"comment": "comment", "enter": "join", "like": "like", "gift": "gift"}


def _event(e: dict[str, Any], live_id: str, st: FrameState, now: float) -> Comment | None:
    kind = _KINDS.get(_str(e.get("decoded_type")))
    if kind is None:  # combogift: the combo's gifts come as gift events; levelup, unknown
        st.skip("gift_streak_frame" if e.get("decoded_type") == "combogift" else "other_type")
        return None
    msg_id = ids.relay_id(e.get("msg_id"), e, js=True) or f"seq:{live_id}:{_int(e.get('seq'))}"
    c = Comment(kind, PLATFORM, msg_id, _ms(e.get("msg_time"), now), _str(e.get("sec_openid")),
                _str(e.get("nickname")))
    if kind == "comment":
        c.text = _str(e.get("content"))
        if not c.text:
            st.skip("missing_text")
            return None
    elif kind == "like":
        c.extra = {"count": 1}
    elif kind == "gift":
        count, value = max(1, _int(e.get("gift_num"), 1)), _int(e.get("gift_value"))
        c.extra = {"gift": _str(e.get("content")) or _str(e.get("sec_gift_id")), "gift_id": _str(e.get("sec_gift_id")),
                   "count": count, "unit": round(value / count, 4), "value": value,
                   "value_unit": gu.WECHAT_BEAN}  # CustomTypes.ts: gift_value "单位为微信币" (微信豆)
    return c


def parse_wxlivespy(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    events, live = o.get("events"), _dict(o.get("live_info"))
    if not isinstance(events, list):
        raise Bad("bad_data")
    live_id = _str(live.get("live_id"))
    out = [c for e in events if isinstance(e, dict) and (c := _event(e, live_id, st, now)) is not None]
    if "online_count" in live:
        out.append(Comment("viewers", PLATFORM, st.synthetic_id("viewers", now), now,
                           extra={"online": _int(live.get("online_count"))}))
    if _int(live.get("live_status")) == LIVE_ENDED:  # every later post says it again: frame.py passes it once
        out.append(Comment("room_end", PLATFORM, f"end:{live_id}", now, text="直播已结束",
                           extra={"live_status": LIVE_ENDED}))
    return out


register("wxlivespy", parse_wxlivespy, ("events", "live_info"))
