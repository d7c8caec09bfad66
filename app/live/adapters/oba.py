"""qiutongxue/oba-live-tool's relay frames → Comment.

oba-live-tool (an Electron live-room assistant) listens to the Douyin / 百应 console and e-commerce
compass, and broadcasts every message as one JSON object per websocket frame on its own server
(default port 12354). The shapes follow its code, not guesses:
- shared/types.d.ts: `DouyinLiveMessage` = {time} & one of `comment` {msg_id, nick_name, content},
  `room_enter` / `room_like` / `room_follow` {msg_id, nick_name, user_id},
  `subscribe_merchant_brand_vip` / `ecom_fansclub_participate` {…, content},
  `live_order` {msg_id, nick_name, order_status: 已下单 | 已付款 | 未知状态, order_ts, product_id,
  product_title}; and `wechat_channel_live_msg`, `xiaohongshu_comment`, `taobao_comment`
  {msg_id, nick_name, user_id, content, time};
- electron/main/platforms/douyin/commentListener.ts: a live_order's msg_id is
  `${order_id}#${order_status}` (the console's number: 0/1 placed, 3 paid), so each status of an
  order is its own message; `time` is the relay's local clock text, not a timestamp;
- electron/main/services/WebSocketService.ts and tasks/CommentListenerTask.ts: `broadcast` sends
  `JSON.stringify(message)` to every client.
"""

from __future__ import annotations

from typing import Any

from app.core.comments import Comment
from app.core.sales import order_status
from app.live.adapters import ids
from app.live.adapters.base import Bad, FrameState, _int, _ms, _str, register

_COMMENTS = {"comment": "douyin", "wechat_channel_live_msg": "wxchannel", "xiaohongshu_comment": "xiaohongshu",
             "taobao_comment": "taobao"}
_ACTIONS = {"room_enter": "join", "room_like": "like", "room_follow": "follow"}
_IGNORED = {"subscribe_merchant_brand_vip", "ecom_fansclub_participate"}  # membership, not room events


def parse_oba(o: dict[str, Any], st: FrameState, now: float) -> Comment | None:
    msg_type = o["msg_type"]
    if msg_type in _IGNORED:
        return None
    msg_id = ids.relay_id(o.get("msg_id"), o, js=True)
    name = _str(o.get("nick_name"))
    user = _str(o.get("user_id")) or name  # comments carry no user id, only the nickname
    if msg_type in _COMMENTS:
        if not msg_id:
            raise Bad("missing_msg_id")
        text = o.get("content")
        if not isinstance(text, str) or not text:
            raise Bad("missing_text")
        # oba's 快手小店 listener sends the very shape of its Douyin comments (platforms/kuaishou/
        # commentListener.ts): only the connection can say which it is (the `oba-kuaishou` relay).
        platform = st.platform if msg_type == "comment" and st.platform else _COMMENTS[msg_type]
        return Comment("comment", platform, msg_id, now, user, name, text)
    if msg_type in _ACTIONS:
        kind = _ACTIONS[msg_type]
        return Comment(kind, "douyin", msg_id or st.synthetic_id(kind, now), now, user, name,
                       extra={"count": 1} if kind == "like" else None)
    if msg_type == "live_order":
        if not msg_id:
            raise Bad("missing_msg_id")
        product_id = _str(o.get("product_id"))
        if not product_id and not o.get("product_title"):
            raise Bad("missing_product")
        order_id, _, number = msg_id.partition("#")
        status = order_status(o.get("order_status"))
        if status == "unknown" and number.isdigit() and int(number) in (0, 1, 3):
            status = "paid" if int(number) == 3 else "placed"  # the console's number, as oba maps it
        extra: dict[str, Any] = {"order_id": order_id, "status": status, "product_id": product_id,
                                 "product_title": _str(o.get("product_title")),
                                 "quantity": min(max(1, _int(o.get("item_num"), 1)), 100_000)}
        return Comment("order", "douyin", msg_id, _ms(o.get("order_ts"), now), user, name, "", extra=extra)
    raise Bad("unknown_type")


register("oba", parse_oba, ("msg_type",), accept=lambda o: isinstance(o.get("msg_type"), str))
