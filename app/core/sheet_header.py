"""Finding a product sheet's header: the columns teams use (商品标题, 直播间到手价, 口袋号, 可播库存 …)
under title, info and merged group-header rows. Pure."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import timedelta

from app.core.sheet_values import _UNIT_RE, _is_number, _text

# Canonical field -> header spellings teams use (compared after `header_key`: NFKC, no spaces,
# no "*" marks or units in brackets, lower case). Order matters only for the mapping dialog.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "run_order": ("排序", "序号", "讲解顺序", "顺序", "讲解序号", "出场顺序", "排品顺序", "run_order", "order", "no",
                  "no."),
    "cart_no": ("链接号", "链接", "小黄车序号", "小黄车", "口袋号", "宝贝序号", "链接序号", "购物车序号", "上架序号",
                "商品序号", "上车序号", "坑位号", "链接编号", "购物袋序号", "购物袋号", "坑位",
                "cart_no", "cartno", "link_no", "link#", "linkno", "linknumber"),
    "product_id": ("商品id", "宝贝id", "promotion_id", "promotionid", "product_id", "productid", "抖音商品id",
                   "商品编号id", "itemid", "item_id", "商品编号", "抖音id", "数字id", "numid"),  # 数字ID: 淘宝助理
    "sku": ("货号", "商家编码", "商品编码", "编码", "款号", "sku", "sellersku", "sku编码", "商品货号", "skuid"),
    "name": ("商品标题", "商品名称", "品名", "产品名称", "商品名", "商品", "名称", "宝贝名称", "宝贝标题", "产品",
             "商品信息", "货品名称", "款式名称", "产品信息", "宝贝信息", "货品", "宝贝",
             "title", "name", "product", "productname", "标题"),
    "spec": ("规格", "颜色/尺码", "颜色尺码", "尺码/颜色", "sku规格", "规格型号", "spec", "颜色", "颜色分类", "尺码",
             "销售属性", "sku属性", "variation", "variationoption", "variationvalue", "variations"),
    "list_price": ("日常价", "原价", "划线价", "吊牌价", "价格", "市场价", "零售价", "price", "list_price",
                   "listprice", "日常售价", "售价", "建议零售价", "专柜价", "官方价", "标价", "originalprice",
                   "retailprice", "商品价格", "一口价", "正价", "日销价", "原售价", "msrp", "regularprice",
                   "rrp", "宝贝价格", "单买价", "单独购买价", "商品参考价",
                   "参考价"),  # 商品价格(元): 快手's export has one price; 单买价 before 参考价: 拼多多
    "live_price": ("直播价", "直播专享价", "到手价", "直播间到手价", "券后价", "秒杀价", "活动价", "直播到手价",
                   "live_price", "liveprice", "dealprice", "deal_price", "直播间价格", "直播间价", "达人专属价",
                   "专属价", "福利价", "直播售价", "saleprice", "promoprice", "直播间售价", "直播间专享价", "团购价",
                   "优惠价", "宠粉价", "引流价", "带货价", "粉丝价", "直播特价", "直播福利价", "现价", "折后价",
                   "抢购价", "livestreamprice", "livestreampricing", "livedealprice", "拼单价", "拼团价"),
    "coupon_price": ("券后价", "券后到手价", "用券后价格", "券后", "coupon_price", "aftercoupon"),
    "coupon": ("优惠券", "优惠券信息", "店铺券", "平台券", "coupon", "coupons", "voucher"),  # the text, never a price
    "status": ("状态", "商品状态", "上架状态", "上播状态", "是否上播", "status"),
    "image": ("商品封面", "主图", "图片", "商品图片", "商品主图", "image", "picture"),
    "fee": ("服务费", "坑位费", "fee"),
    "offer": ("福利机制", "机制", "赠品", "利益点", "直播机制", "福利", "优惠机制", "offer"),
    "stock": ("库存", "可播库存", "活动库存", "直播库存", "数量", "stock", "quantity", "inventory", "sku库存",
              "秒杀库存", "可售库存", "库存数量", "qty", "available", "availablestock", "stockqty", "备货数量",
              "备货量", "备货", "宝贝数量", "quantityinmainwarehouse", "warehousequantity", "availablequantity"),
    "commission": ("佣金比例", "佣金率", "佣金", "commission", "收入比率"),
    "role": ("款式定位", "定位", "商品定位", "货品定位", "环节", "role"),
    "timing": ("讲解时长", "时长", "分钟", "讲解分钟", "minutes", "planned_min", "duration"),
    "slot": ("讲解时段", "时间段", "时段", "时间", "开始时间", "开始", "time", "slot", "start"),
    "slot_end": ("结束时间", "结束", "end"),
    "talking_points": ("卖点", "核心卖点", "讲解要点", "话术", "产品卖点", "讲解话术", "talking_points",
                       "sellingpoints", "selling_points", "points", "讲解内容", "产品介绍", "商品介绍",
                       "keysellingpoints", "sellingpoint", "口播稿", "口播内容", "讲解词", "script", "hostscript",
                       "主播话术", "直播话术", "口播话术"),
    "notes": ("备注", "notes", "note", "说明", "remarks", "remark"),
    "link": ("商品链接", "链接地址", "url", "link"),
    "cues": ("提示", "节点", "cues", "cue"),
}


FIELDS = tuple(HEADER_ALIASES)


REQUIRED = "name"


HEADER_SCAN_ROWS = 40       # the real header sits within the first rows, under titles and info rows


def header_key(raw: object) -> str:
    """How a header is compared: `直播价（元）*` and `直播价` are the same column."""
    text = unicodedata.normalize("NFKC", str(raw or "")).strip().lower()
    text = _UNIT_RE.sub("", text)
    return re.sub(r"[\s*:：_\-.·/]", "", text)


_LOOKUP = {header_key(alias): key for key, aliases in HEADER_ALIASES.items() for alias in aliases}


_SECOND_CHOICE = {"链接": "link", "时间": "slot"}


_RANK = {header_key(alias): n for aliases in HEADER_ALIASES.values() for n, alias in enumerate(aliases)}


# Headers that only contain a telling word ("抖音商品ID（必填）", "直播间专享到手价"), checked in order.
_CONTAINS: tuple[tuple[str, str], ...] = (
    ("商品id", "product_id"), ("宝贝id", "product_id"), ("promotion", "product_id"), ("链接号", "cart_no"),
    ("小黄车", "cart_no"), ("口袋号", "cart_no"), ("宝贝序号", "cart_no"), ("商家编码", "sku"), ("货号", "sku"),
    ("券后", "coupon_price"), ("到手价", "live_price"), ("直播价", "live_price"), ("专属价", "live_price"),
    ("秒杀价", "live_price"), ("直播间售价", "live_price"), ("专享价", "live_price"), ("团购价", "live_price"),
    ("宠粉价", "live_price"), ("引流价", "live_price"), ("优惠价", "live_price"),
    ("活动价", "live_price"), ("一口价", "list_price"), ("划线价", "list_price"), ("日常价", "list_price"),
    ("吊牌价", "list_price"),
    ("原价", "list_price"), ("售价", "list_price"),
    ("库存", "stock"), ("状态", "status"), ("佣金", "commission"), ("卖点", "talking_points"),
    ("话术", "talking_points"), ("讲解要点", "talking_points"), ("口播", "talking_points"),
    ("讲解词", "talking_points"), ("script", "talking_points"), ("机制", "offer"), ("赠品", "offer"),
    ("利益点", "offer"), ("规格", "spec"), ("商品标题", "name"), ("商品名称", "name"), ("产品名称", "name"),
    ("时长", "timing"), ("时段", "slot"), ("开始", "slot"), ("结束", "slot_end"), ("定位", "role"),
    ("备注", "notes"), ("品名", "name"),
    ("名称", "name"),  # last: "店铺名称" is a title column only when there is no better one
)


# A price header of the live class: 直播/带货/粉丝/抢购/特价/福利/折后 + 价 (`直播福利到手价`, `粉丝专享价`),
# `Live price`, `Livestream deal price`. The list-price words (划线/原/日常 …) and 券后 say otherwise.
_LIVE_CLASS = re.compile(r"(?:直播|带货|粉丝|抢购|特价|福利|折后).*价|^live(?:stream)?.*price")
_NOT_LIVE = ("券后", "划线", "原价", "日常", "吊牌", "一口价", "市场", "零售", "正价", "建议")
_MINUTES_UNIT = re.compile(r"[(\[【]\s*(?:分钟|分|min|mins|minutes)\s*[)\]】]", re.IGNORECASE)
_TIME_WORDS = ("时间", "讲解时间", "time", "时长", "讲解时长", "duration")
# Headers that hold a telling word but are flags and codes of a platform's own (淘宝助理's 库存类型 -1,
# 上传状态 200, 图片状态; 宝贝描述's English key `description` is the HTML detail page, not a script).
_NOT_A_FIELD = re.compile(r"库存(?:类型|计数|预警|单位|方式|模式)|(?:上传|图片|同步)状态|(?:de|sub|pre)script")
# TikTok Shop's bulk-edit stock per warehouse: "Quantity in <warehouse>", keyed `quantity_<warehouse ID>`.
_WAREHOUSE_QTY = re.compile(r"quantity(?:in\w*warehouse|\d{6,})")
# Talking-point headers that are the host's script (said aloud) rather than the selling points.
SCRIPT_WORDS = ("话术", "口播", "讲解词", "讲解内容", "script", "脚本")


def field_for(header: object) -> str | None:
    key = header_key(header)
    if _NOT_A_FIELD.search(key):
        return None
    if _MINUTES_UNIT.search(unicodedata.normalize("NFKC", str(header or ""))) and key in _TIME_WORDS:
        return "timing"  # 讲解时间(分钟), Time (min): a duration, not a clock time
    if key in _LOOKUP:
        return _LOOKUP[key]
    if _WAREHOUSE_QTY.fullmatch(key):
        return "stock"
    if _LIVE_CLASS.search(key) and not any(w in key for w in _NOT_LIVE):
        return "live_price"
    if 2 <= len(key) <= 16:
        return next((f for word, f in _CONTAINS if word in key), None)
    return None


class HiddenText(str):
    """The text of a cell in a column the team hid in the workbook (an old price kept out of sight):
    its header loses to a visible header of the same field, and serves only when it is the one."""

    __slots__ = ()


class TypedHms(timedelta):
    """An Excel time whose cell shows its seconds (h:mm:ss: typed `1:05:00`): hours, minutes and
    seconds, where one shown as h:mm in a minutes column was typed as m:ss (`3:30`)."""

    __slots__ = ()


def map_header(header: Sequence[object], mapping: Mapping[str, str] | None = None
               ) -> tuple[dict[int, str], list[str]]:
    """Column positions -> fields, and the non-empty headers left unused. `mapping` (header text ->
    field, or "" to ignore) is the user's choice from the mapping dialog; it wins over the aliases."""
    best: dict[str, tuple[int, int]] = {}  # field -> (rank, position): `原价` beats a bare `价格`
    unknown: list[str] = []
    chosen = {header_key(k): v for k, v in (mapping or {}).items()}
    for pos, raw in enumerate(header):
        text = _text(raw)
        if not text:
            continue
        key = header_key(text)
        target = chosen[key] if key in chosen else field_for(text)
        if not target or target not in FIELDS:
            unknown.append(text)
            continue
        rank = (-1 if key in chosen else _RANK.get(key, 100)) + (1000 if isinstance(raw, HiddenText) else 0)
        if target not in best or rank < best[target][0]:
            best[target] = (rank, pos)
    taken = {pos for _rank, pos in best.values()}
    for pos, raw in enumerate(header):  # "链接" beside "链接号" holds the product URL
        if pos not in taken and header_key(raw) in _SECOND_CHOICE and _SECOND_CHOICE[header_key(raw)] not in best:
            best[_SECOND_CHOICE[header_key(raw)]] = (200, pos)
    for pos, raw in enumerate(header):  # 到手价 beside 直播价 is what is left after the coupon
        if pos not in taken and "到手" in header_key(raw) and field_for(raw) == "live_price" \
                and "coupon_price" not in best and not chosen:
            best["coupon_price"] = (300, pos)
    columns = {pos: f for f, (_rank, pos) in sorted(best.items(), key=lambda kv: kv[1][1])}
    for pos, raw in enumerate(header):  # 卖点 and 话术, 机制 and 福利: the host says all of them
        key = header_key(raw)
        target = chosen.get(key) if key in chosen else field_for(raw)
        if pos not in columns and _text(raw) and target in ("talking_points", "offer"):
            columns[pos] = target
    columns = dict(sorted(columns.items()))
    used = [text for pos, raw in enumerate(header) if (text := _text(raw)) and pos not in columns
            and text not in unknown]  # a second 价格 column, or 店铺名称 beside 商品名称: not used
    return columns, unknown + used


def _score(header: Sequence[object], mapping: Mapping[str, str] | None) -> int:
    columns, _ = map_header(header, mapping)
    fields = set(columns.values())
    return len(fields) + (10 if REQUIRED in fields else 0) if len(fields) >= 2 else 0


def _combine(upper: Sequence[object], lower: Sequence[object]) -> list[object]:
    """A two-row header (merged group cells above, their parts below): per column, the part that
    names a field, else whatever the upper row says (a cell merged down over both rows)."""
    width = max(len(upper), len(lower))
    out: list[object] = []
    for i in range(width):
        up = upper[i] if i < len(upper) else None
        low = lower[i] if i < len(lower) else None
        out.append(low if _text(low) and (field_for(low) or not _text(up)) else up)
    return out


def find_header(rows: Sequence[tuple[int, Sequence[object]]], mapping: Mapping[str, str] | None = None
                ) -> tuple[int, list[object], int] | None:
    """(index of the first data row, header cells, score) of the best header within the first rows."""
    best: tuple[int, list[object], int] | None = None
    for i, (_line, row) in enumerate(rows[:HEADER_SCAN_ROWS]):
        single = list(row)
        score = _score(single, mapping)
        if score and (best is None or score > best[2]):
            best = (i + 1, single, score)
        if i + 1 < len(rows) and len(map_header(rows[i + 1][1], mapping)[0]) >= 2:
            both = _combine(single, rows[i + 1][1])
            score2 = _score(both, mapping)
            if score2 > max(score, _score(rows[i + 1][1], mapping)) and (best is None or score2 > best[2]):
                best = (i + 2, both, score2)
    return best


def header_candidates(rows: Sequence[tuple[int, Sequence[object]]]) -> list[str]:
    """The row most likely to be the header when none is recognised: the first with 2+ text cells
    (the mapping dialog shows these)."""
    for _line, row in rows[:HEADER_SCAN_ROWS]:
        texts = [_text(c) for c in row if _text(c) and not _is_number(c)]
        if len(texts) >= 2:
            return texts
    return []


def join_points(header: Sequence[object], positions: Sequence[int], cells: Sequence[object]) -> str:
    """The host's words from several columns (卖点 and 话术): the selling points first, then the script,
    each under its own header so the host sees which is which; one filled cell is kept as written."""
    def is_script(pos: int) -> bool:
        return any(w in header_key(header[pos]) for w in SCRIPT_WORDS)

    filled = [(pos, _text(cells[pos])) for pos in sorted(positions, key=is_script)
              if pos < len(cells) and _text(cells[pos])]
    if len(filled) == 1:
        return filled[0][1]
    return "\n".join(f"{_UNIT_RE.sub('', _text(header[pos])).strip()}：{text}" for pos, text in filled)


def join_offers(header: Sequence[object], positions: Sequence[int], cells: Sequence[object]) -> str:
    """The offer from several columns (机制 and 福利 side by side): the first filled one as written (the
    talking point says `机制：` before it, as for a sheet with one offer column), each other under its
    own header (`拍1发2；福利：前100单送抱枕`), so no gift the host should announce is lost."""
    filled = [(pos, text) for pos in sorted(positions) if pos < len(cells) and (text := _text(cells[pos]))]
    return "；".join(text if n == 0 else f"{_UNIT_RE.sub('', _text(header[pos])).strip()}：{text}"
                    for n, (pos, text) in enumerate(filled))
