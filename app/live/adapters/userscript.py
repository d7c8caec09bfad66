"""Page userscripts: the 洛曦 script of Ikaros-521/AI-Vtuber (Scripts/直播ws脚本/洛曦 直播弹幕监听
转发至本地WS服务端.js) reads the live page of 斗鱼, 快手, 拼多多, 1688, 淘宝, 小红书, 视频号 and 百应 and
sends what it sees: `{type: "comment", username, content}`, `{type: "gift", username, gift}`,
`{type: "like", username}`, and `{type: "info", content: "ws连接成功"}` when it connects.

The frames carry no message id, no user id and no platform: the id is made by adapters/ids.py, the
user is known by name, and the platform is the one the connection names (`/ingest?platform=kuaishou`),
else "web". Their `type` is one of LiveDeck's own kinds, but `username` is theirs: by shape they are
never read as LiveDeck's own format.
"""

from __future__ import annotations

from typing import Any

from app.core import gift_units as gu
from app.core.comments import Comment
from app.live.adapters.base import Bad, FrameState, Parsed, _str, register

PLATFORM = "web"


def parse_userscript(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    kind, name = o["type"], _str(o.get("username")).strip()
    platform = st.platform or PLATFORM
    if kind == "comment":
        text = o.get("content")
        if not isinstance(text, str) or not text.strip():
            raise Bad("missing_text")
        text = text.strip()
        return Comment("comment", platform, st.stable_id(), now, name, name, text)
    if kind == "gift":  # the page's gift line as shown ("送出了 玫瑰 ×1"): one gift, no price on the page
        gift = _str(o.get("gift")).strip()
        return Comment("gift", platform, st.stable_id(), now, name, name, gift,
                       extra={"gift": gift, "gift_id": "", "count": 1, "unit": 0, "value": 0,
                              "value_unit": gu.UNKNOWN})
    return Comment("like", platform, st.stable_id(), now, name, name, extra={"count": 1})


def parse_userscript_info(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    st.skip("status")  # "ws连接成功": the script says it connected
    return None


register("userscript", parse_userscript, ("type", "username"),
         accept=lambda o: o.get("type") in ("comment", "gift", "like"))
register("userscript", parse_userscript_info, ("type", "content"), accept=lambda o: o.get("type") == "info")
