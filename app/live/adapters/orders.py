"""Order feeds that are not comment relays: 抖音电商罗盘 live_order rows and 抖店 order pushes → Comment.

Shapes as the shared sample stream shows them (tests/fixtures/orders/README.md):
- 罗盘 (compass) live_order row: `order_id`, `order_status` (1 待支付, 3 已支付), `order_amount`
  {`unit`, `value`} with the value in **fen**, `item_num`, `product_id`, `product_title`,
  `sku_product_id`, `nick_name`, `order_ts` (seconds);
- 抖店 message push: `tag` ("100" 订单创建, "101" 订单支付 = doudian_trade_TradePaid), `msgId` /
  `msg_id`, `data` (an object or a JSON string) with `p_id` (the order), `order_status`,
  `pay_amount` (**fen**), `pay_time`. It names no product: such an order is listed by its ID.

Both are stored as `order` events whose msg_id is prefixed by the source, so the same order seen
from oba-live-tool and from the 罗盘 is stored twice and counted once (by order ID) in app.core.sales.
"""

from __future__ import annotations

from typing import Any

from app.core.comments import Comment
from app.core.orders import COMPASS_STATUS, to_fen
from app.live.adapters.base import Bad, FrameState, _int, _ms, _str, loads, register

DOUDIAN_TAGS = {"100": "placed", "101": "paid"}


def is_compass(o: dict[str, Any]) -> bool:
    return "order_id" in o and isinstance(o.get("order_amount"), dict)


def is_doudian(o: dict[str, Any]) -> bool:
    return "tag" in o and "data" in o and ("msgId" in o or "msg_id" in o)


def parse_compass(o: dict[str, Any], _st: FrameState, now: float) -> Comment:
    order_id = _str(o.get("order_id"))
    if not order_id:
        raise Bad("missing_msg_id")
    product_id, title = _str(o.get("product_id")), _str(o.get("product_title"))
    if not product_id and not title:
        raise Bad("missing_product")
    number = _int(o.get("order_status"), -1)
    name = _str(o.get("nick_name"))
    extra: dict[str, Any] = {"order_id": order_id, "status": COMPASS_STATUS.get(number, "unknown"),
                             "product_id": product_id, "product_title": title,
                             "sku": _str(o.get("sku_product_id")), "quantity": o.get("item_num", 1),
                             "amount_fen": to_fen(o["order_amount"].get("value"), "fen")}
    if extra["amount_fen"] is None:
        del extra["amount_fen"]
    return Comment("order", "douyin", f"compass:{order_id}#{number}", _ms(o.get("order_ts"), now), name, name,
                   extra=extra)


def parse_doudian(o: dict[str, Any], st: FrameState, now: float) -> Comment | None:
    data = o.get("data")
    if isinstance(data, str):
        try:
            data = loads(data)
        except ValueError:
            raise Bad("bad_json") from None
    if not isinstance(data, dict):
        raise Bad("bad_data")
    status = DOUDIAN_TAGS.get(_str(o.get("tag")))
    if status is None:
        st.skip("other_tag")  # shipping, address changes …: not a sale
        return None
    order_id = _str(data.get("p_id"))
    if not order_id:
        raise Bad("missing_msg_id")
    extra: dict[str, Any] = {"order_id": order_id, "status": status, "quantity": 1}
    amount = to_fen(data.get("pay_amount"), "fen")
    if amount is not None:
        extra["amount_fen"] = amount
    return Comment("order", "douyin", f"doudian:{order_id}#{o.get('tag')}",
                   _ms(data.get("pay_time") or data.get("create_time"), now), extra=extra)


register("compass", parse_compass, ("order_id", "order_amount"), accept=is_compass)
register("doudian", parse_doudian, ("tag", "data"), accept=is_doudian)
