"""Reading a product sheet's cells as teams write them: prices (`¥259（券后219）`, `59.9 / 99`,
`1分钱`), counts (`1,000件`, `500+`, `1.2万`), commission, minutes and time slots, cart link
numbers (`3号链接`, `8/9`) and platform product IDs (kept as text; rounded ones flagged).

Pure. Each reader returns the value and, where the cell was not plain, a Note for the row's report.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from decimal import Decimal

from app.core.sheet_numbers import SPACES, day_seconds, id_rounded, spoken_minutes, ungroup
from app.core.text import BadValue, Message, Note, note

MAX_PRICE_FEN = 10_000_000 * 100  # ten million yuan: more is a typo (or an ID in the price column)


MAX_COUNT = 1_000_000_000


_UNIT_RE = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")

_FULLWIDTH: dict[int, int | str] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | SPACES


_PLACEHOLDERS = {"", "-", "--", "—", "/", "无", "待定", "面议", "tbd", "n/a", "na", "暂无", "空", "?", "？"}



def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _fold(text: str) -> str:
    return text.translate(_FULLWIDTH).replace("￥", "¥").replace("，", ",").strip()


_PRICE_UNITS = ("分钱", "分", "元", "块", "rmb", "yuan", "usd", "us", "cny")
_COUPON_RE = re.compile(r"(券后|用券后?|到手价?|coupon)\s*[:：价]?\s*[¥$]?\s*(\d+(?:\.\d+)?)\s*(分钱|元|块)?",
                        re.IGNORECASE)
_AMOUNT_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*([^\d\s.,/|;；、~～\-—–+()（）¥$]{0,2})")


# Promotion rules written beside a price (`¥169（满199减30）`, `79 第二件半价`, `59（买2送1）`): their
# numbers are thresholds and discounts, never the price.
_PROMO_RE = re.compile(r"每?满\s*\d+(?:\.\d+)?\s*(?:元|件|个)?\s*(?:可|再|立)?(?:减|打|享|送)"
                       r"\s*\d+(?:\.\d+)?\s*(?:元|折|件)?"
                       r"|第\s*[二三四2-9]\s*件\s*(?:半价|\d+(?:\.\d+)?\s*(?:元|折)?)"
                       r"|买\s*\d+\s*(?:件|个)?\s*送\s*\d+\s*(?:件|个)?"
                       r"|(?:立减|再减|直降)\s*\d+(?:\.\d+)?\s*元?")


# A price and the cut taken off it on the same line (`原价199直降100`, `¥169 立减20`): the live price is
# what is left. 满X减Y is a threshold offer, not a cut (_PROMO_RE).
_CUT_RE = re.compile(r"(?<![\d.满])(\d+(?:\.\d+)?)\s*元?\s*[,，、]?\s*(?:直降|立减|再减)\s*(\d+(?:\.\d+)?)")


def _after_cut(text: str) -> int | None:
    """The fen a price written with its cut comes to, or None when there is no such cut (or it is not
    below the price)."""
    cut = _CUT_RE.search(text)
    if cut is None or Decimal(cut.group(2)) >= Decimal(cut.group(1)):
        return None
    return int(((Decimal(cut.group(1)) - Decimal(cut.group(2))) * 100).quantize(Decimal(1)))


def _without_promotions(text: str) -> str:
    return re.sub(r"[(（\[【]\s*[)）\]】]", "", _PROMO_RE.sub(" ", text)).strip()


def _amounts(text: str) -> list[int]:
    """The prices in a text, in fen. A number followed by a unit that is not money (`2箱59.9`,
    `拍2件`, `8.5折`, `1.2万`) is a quantity, not a price; `1分钱` is one fen."""
    prices: list[int] = []
    for m in _AMOUNT_RE.finditer(text):
        unit = m.group(2).lower()
        number = Decimal(m.group(1))
        if unit.startswith(("分钱", "分")):
            prices.append(int(number))
        elif not unit or unit.startswith(_PRICE_UNITS) or unit.startswith(("起", "包邮", "到手")):
            prices.append(int((number * 100).quantize(Decimal(1))))
    return prices


# Words a price cell says when the price is not decided or is given on request: refused like 问客服,
# so a row never goes on air at ¥0.
ASK_PRICE = ("面议", "待定", "询价", "客服", "私聊", "咨询", "待确认", "未定", "议价", "tbd", "ask")
_QUANTITY = re.compile(r"\s*(?:[件个箱盒瓶袋支包斤克折万千只套片双条份罐提桶张粒次人天]|g|kg|ml|l)", re.IGNORECASE)


def _leading(text: str) -> list[int]:
    """The number a price cell starts with when words follow it (`59.9拍一发二`): the price, unless
    the words are a quantity (`2件`, `8.5折`)."""
    m = re.match(r"[¥$]?\s*(\d+(?:\.\d+)?)(?=\D)", text)
    if m is None or _QUANTITY.match(text, m.end()):
        return []
    return [int((Decimal(m.group(1)) * 100).quantize(Decimal(1)))]


def split_coupon(value: object) -> tuple[object, int | None]:
    """`¥259（券后219）`: (the cell without the after-coupon part, 21900). The after-coupon price is
    a field of its own (the host says both), never the live price."""
    if _is_number(value) or value is None:
        return value, None
    text = _fold(_text(value)).replace(",", "")
    m = _COUPON_RE.search(text)
    if m is None or m.start() == 0:
        return value, None
    fen = int(m.group(2)) if (m.group(3) or "").startswith("分") else int((Decimal(m.group(2)) * 100).quantize(
        Decimal(1)))
    rest = (text[:m.start()] + text[m.end():]).strip()
    return re.sub(r"[(（\[【]\s*[)）\]】]", "", rest).strip() or None, fen


def read_price(value: object) -> tuple[int | None, Message | None]:
    """(fen, note) for a price as written. `¥59`, `299元`, `149.00`, `1分钱`, `1,200`; `59-79`,
    `59.9 / 99` give the lowest, with a note that keeps the text; `¥259（券后219）` gives 259 (the
    after-coupon price is read by split_coupon). (None, None) for an empty or placeholder cell;
    raises BadValue (a ValueError) when there is no price in it at all."""
    if isinstance(value, bool):
        raise BadValue('price "%1" is not a number', value)
    if _is_number(value):
        number = Decimal(str(value))
        if not number.is_finite() or number < 0:
            raise BadValue('price "%1" must be zero or more', value)
        if number * 100 > MAX_PRICE_FEN:
            raise BadValue('price "%1" is above %2 yuan', value, MAX_PRICE_FEN // 100)
        return int((number * 100).quantize(Decimal(1))), None
    raw = _text(value)
    text, joined = ungroup(_fold(raw), "price", raw)
    text = text.replace(",", "")
    if any(w in text.lower() for w in ASK_PRICE) and not re.search(r"\d", text):
        raise BadValue('price "%1" is not set yet; type the price the host says', raw)  # never ¥0 on air
    if text.lower() in _PLACEHOLDERS or (_is_placeholder(text) and not re.search(r"\d", text)):
        return None, (note('price "%1" left empty', raw) if raw else None)
    if text in ("免费", "0元购", "赠品", "白送"):
        return 0, raw
    without, coupon = split_coupon(text)
    cut = _after_cut(_text(without))
    if cut is not None:
        return cut, raw  # the text stays in the notes: the host sees 原价199直降100 as written
    priced = _without_promotions(_text(without))
    prices = _amounts(priced) or ([coupon] if coupon is not None else []) or _leading(priced)
    if not prices:
        raise BadValue('price "%1" is a promotion, not a price' if priced != _text(without).strip() else
                       'price "%1" is not a number', raw)
    if min(prices) > MAX_PRICE_FEN:
        raise BadValue('price "%1" is above %2 yuan', raw, MAX_PRICE_FEN // 100)
    plain = re.fullmatch(r"(?:[¥$]|rmb|cny)?\s*\d+(?:\.\d+)?\s*(?:元|rmb|cny)?(?:\s*/\s*[^\W\d_]{1,3})?", text,
                         re.IGNORECASE) is not None  # `¥99/件`, `129元/盒`: a price per unit is one price
    if plain and joined:  # one number whose thousands were spaced: read whole, and said (never silently)
        return min(prices), note('price "%1" read as %2 (spaces between its thousands)', raw, f"{prices[0] / 100:.2f}")
    return min(prices), (None if plain else raw)


NO_COUNT = ("有货", "预售", "预定", "预订", "在售", "有库存", "补货中", "接单生产")  # in stock, but how many?
UNLIMITED = ("不限量", "不限", "无限", "无限量", "充足", "现货充足", "现货", "管够", "不限库存")
_UNIT_AFTER = re.compile(r"(\d+(?:\.\d+)?)\s*((?:[wW万千亿]|[kK](?![a-zA-Z]))?)\s*(\+|以上|左右|起|多)?"
                         r"\s*([^\d\s]{0,3})")
_LABELLED = re.compile(r"([^\d\s:：,，;；/、]{1,6})\s*[:：]?\s*(?:共|约)?\s*(\d+)")


def _count(number: str, multiplier: str) -> int:
    scale = {"w": 10000, "万": 10000, "k": 1000, "千": 1000, "亿": 100_000_000}.get(multiplier.lower(), 1)
    return int(Decimal(number) * scale)


def read_int(value: object, what: str) -> tuple[int | None, Note | None]:
    """A count as written: `500`, `1,000件`, `2000箱`, `1000斤`, `12w+`, `1.2万`, 120.0. `不限量` and
    placeholders give (None, note); `8号:800 9号:400` and SKU free text (`白:S20 M50`) give the sum
    with a note saying it was summed. Raises BadValue when nothing in it is a count."""
    if _is_number(value):
        number = float(value)  # type: ignore[arg-type]
        if number != number or number in (float("inf"), float("-inf")) or number > MAX_COUNT:
            raise BadValue(what + ' "%1" is not a whole number below %2', _text(value), MAX_COUNT)
        if number != int(number) or number < 0:
            raise BadValue(what + ' "%1" is not a whole number of zero or more', _text(value))
        return int(number), None
    raw = _text(value)
    text, joined = ungroup(_fold(raw), what, raw)
    text = text.replace(",", "")
    if text in ("售罄", "已售罄", "无货", "缺货", "断货", "卖完"):
        return 0, note(what + ' "%1": 0', raw)
    if text in UNLIMITED or text.lower() in ("unlimited", "n/a"):
        return None, note(what + ' "%1": unlimited; left empty', raw)
    if text.lower() in _PLACEHOLDERS or _is_placeholder(text) or text in NO_COUNT:
        return None, (note(what + ' "%1" is not a number; left empty', raw) if raw else None)
    if re.fullmatch(r"[\u4e00-\u9fff]+", text) and not re.search(r"[零〇一二两三四五六七八九十百千万]", text):
        # 库存紧张, 少量: words about stock, not a count (五百 is a count written out: fix it)
        return None, note(what + ' "%1" is not a number; left empty', raw)
    if not re.search(r"\d", text):
        raise BadValue(what + ' "%1" is not a whole number', raw)
    if re.match(r"^\s*-\s*\d", text):
        raise BadValue(what + ' "%1" is not a whole number', raw)
    m = _UNIT_AFTER.fullmatch(re.sub(r"^(约|大约|共|总|合计)", "", text).strip())
    if m and (m.group(2) or "." not in m.group(1)):
        count = _count(m.group(1), m.group(2))
        if count > MAX_COUNT:
            raise BadValue(what + ' "%1" is not a whole number below %2', raw, MAX_COUNT)
        guessed = bool(m.group(3)) or text.startswith(("约", "大约"))
        if guessed:
            return count, note(what + ' "%1": %2 used (a guess)', raw, count)
        return count, (note(what + ' "%1" read as %2 (spaces between its thousands)', raw, count) if joined else None)
    return _summed(raw, text, what)


def _summed(raw: str, text: str, what: str) -> tuple[int, Note]:
    """Stock per link or per SKU written as text: the sum, with a note (never silently)."""
    parts = [int(n) for label, n in _LABELLED.findall(text) if re.search(r"[^\W\d_]", label)]
    plain = re.split(r"\s*[/、+]\s*", text)
    if len(plain) > 1 and all(re.fullmatch(r"\d+\s*\D{0,2}", p) for p in plain):
        parts = [int(re.sub(r"\D", "", p)) for p in plain]
    if not parts and re.search(r"[^\W\d_]", text):
        parts = [int(n) for n in re.findall(r"\d+", text)]
    total = sum(parts)
    if not parts or total > MAX_COUNT:
        raise BadValue(what + ' "%1" is not a whole number', raw)
    if len(parts) == 1:
        return total, note(what + ' "%1": %2 used (a guess)', raw, total)
    return total, note(what + ' "%1" is per spec; %2 (the sum) used', raw, total)


_PLACEHOLDER_WORDS = ("待定", "面议", "见", "详见", "为准", "待确认", "未定", "暂无", "咨询", "私聊", "tbd", "剩余")


def _is_placeholder(text: str) -> bool:
    """Words a team writes where the number is not known yet: never a number, never an error."""
    return any(w in text.lower() for w in _PLACEHOLDER_WORDS)


def read_commission(value: object) -> float | None:
    """Percent: `25%` -> 25, `0.3` -> 30 (a fraction), `20` -> 20."""
    if _is_number(value):
        number = float(value)  # type: ignore[arg-type]
        return round(number * 100, 2) if 0 < number <= 1 else number
    text = _fold(_text(value))
    m = re.search(r"\d+(?:\.\d+)?", text)
    if not m:
        return None
    number = float(m.group(0))
    if "%" in text:
        return number
    return round(number * 100, 2) if 0 < number <= 1 else number


_RANGE_RE = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*[-~～—–至到]+\s*(\d{1,2}):(\d{2})(?::(\d{2}))?")


_DURATION_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(分钟|分|min|mins|minutes|m|'|′)?$", re.IGNORECASE)


def read_minutes(value: object) -> float | None:
    """Planned minutes from `10`, `8分钟`, an Excel duration (00:10:00), `19:40-19:50` (clock) or
    `00:04:00-00:12:30` (time into the show). None when nothing in it is a duration."""
    if isinstance(value, timedelta):
        return value.total_seconds() / 60
    if isinstance(value, time):
        return value.hour * 60 + value.minute + value.second / 60
    if isinstance(value, datetime):
        return None
    if _is_number(value):
        return float(value)  # type: ignore[arg-type]
    text = _fold(_text(value))
    m = _RANGE_RE.search(text)
    if m:
        start = _clock_seconds(m.group(1), m.group(2), m.group(3))
        end = _clock_seconds(m.group(4), m.group(5), m.group(6))
        if end <= start:
            end += 24 * 3600  # 23:50-00:10 runs past midnight
        minutes = (end - start) / 60
        if minutes > 120 and not (m.group(3) or m.group(6)):
            minutes /= 60  # "04:00-12:30" is minutes and seconds into the show, not four in the morning
        return minutes
    m = re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", text)
    if m:  # a single duration: m:ss, or h:mm:ss
        if m.group(3):
            return int(m.group(1)) * 60 + int(m.group(2)) + int(m.group(3)) / 60
        return int(m.group(1)) + int(m.group(2)) / 60
    compact = text.replace(" ", "").lower()
    if spoken_minutes(compact) is not None:
        return spoken_minutes(compact)
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(小时|h|hr|hour|hours)(?:(\d+)(分钟|分|min)?)?", compact)
    if m:
        return float(m.group(1)) * 60 + float(m.group(3) or 0)
    m = re.fullmatch(r"(\d+(?:\.\d+)?)[-~～—至到](\d+(?:\.\d+)?)(分钟|分|min|mins|minutes|m)?", compact)
    if m:
        return float(m.group(2))  # "5-8分钟": plan for the longer
    m = re.fullmatch(r"(\d+)(?:分钟?|min|m|')(\d+)(?:秒|s|\")?", compact)
    if m:
        return int(m.group(1)) + int(m.group(2)) / 60
    m = _DURATION_RE.fullmatch(compact)
    if m:
        return float(m.group(1))
    return None


def clock_time(value: object) -> int | None:
    """Seconds since midnight of a single clock time (`19:40`, `19:40:00`, an Excel time, or one
    stored as a day fraction in General format: 0.8333 is 20:00; of a date and time, its time), else None."""
    if isinstance(value, float) and 0 < value < 1:
        return round(value * 24 * 3600)
    if isinstance(value, float | str) and day_seconds(_text(value)) is not None:
        return day_seconds(_text(value))  # a date and time: the time of day
    if isinstance(value, time):
        return value.hour * 3600 + value.minute * 60 + value.second
    if isinstance(value, datetime):
        return value.hour * 3600 + value.minute * 60 + value.second
    m = re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", _fold(_text(value)))
    if m and int(m.group(1)) < 24:
        return _clock_seconds(m.group(1), m.group(2), m.group(3))
    return None


_SECONDS_UNIT = re.compile(r"[(（\[【]\s*(?:秒|s|sec|secs|seconds)\s*[)）\]】]|秒数?$", re.IGNORECASE)


def in_seconds(header: object) -> bool:
    """A duration header that says its unit is seconds: `讲解时长(秒)`, `Duration (s)`, `讲解秒数`."""
    return _SECONDS_UNIT.search(_fold(_text(header))) is not None


def seconds_as_minutes(value: object) -> object:
    """A bare number under a seconds header, in minutes; a cell that says its own unit stays."""
    if _is_number(value):
        return float(value) / 60  # type: ignore[arg-type]
    text = _fold(_text(value))
    return float(text) / 60 if re.fullmatch(r"\d+(?:\.\d+)?", text) else value


def _clock_seconds(h: str, m: str, s: str | None) -> int:
    return int(h) * 3600 + int(m) * 60 + int(s or 0)


def read_cart_no(value: object) -> tuple[str, Note | None]:
    """The cart link number as viewers say it: `3`, `3号`, `3号链接`, `1号宝贝`, `#3` -> "3";
    `8/9`, `8、9` -> "8/9". Anything else is kept as written, with a note."""
    raw = _text(value)
    text = _UNIT_RE.sub("", _fold(raw).lower())  # "1号链接（置顶）"
    text = re.sub(r"号?(链接|宝贝|商品|产品)|号|#|no\.?|link", "", text)
    parts = [p for p in re.split(r"\s*[/、,;&+和]\s*|\s+", text) if p]
    if parts and all(p.isdigit() for p in parts):
        return "/".join(str(int(p)) for p in parts), None
    return raw, (note('cart number "%1" is not a number like 3 or 8/9', raw) if raw else None)


_URL_ID_RE = re.compile(r"(?:[?&](?:id|product_id|promotion_id|item_id)=|/)(\d{12,20})(?!\d)")


def id_from_url(text: str) -> str:
    """The product ID inside a pasted product link (`…detail?id=3729…`), else ""."""
    if not text.lower().startswith(("http://", "https://")):
        return ""
    m = _URL_ID_RE.search(text)
    return m.group(1) if m else ""


def cart_numbers(cart_no: str) -> list[int]:
    """The link numbers an item's cart_no names: "8/9" -> [8, 9]; typed as "4号链接" it is still 4."""
    return [int(p) for p in re.split(r"[/、,\s]+", read_cart_no(cart_no)[0]) if p.isdigit()]


def read_product_id(value: object) -> tuple[str, Note | None]:
    """The platform product ID as text. Tabs and quotes teams put in front to stop Excel rounding
    are dropped; an ID a spreadsheet already rounded (`3.72962E+18`, trailing zeros) is kept as
    written with a warning, since it can no longer match the platform's orders."""
    rounded = "product ID '%1' looks rounded by a spreadsheet; copy it again from the platform console"
    if isinstance(value, float):
        if value >= 1e15:
            shown = f"{value:.5E}"
            mantissa, exp = shown.split("E")
            shown = f"{mantissa.rstrip('0').rstrip('.')}E+{int(exp):02d}"
            return shown, note(rounded, shown)
        return _text(value), None
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    else:
        text = _text(value).strip("\t '`‘’\"").strip()
        from_url = id_from_url(text)
        if from_url:
            return from_url, None
        if re.fullmatch(r"\d+\.0+", text):
            text = text.split(".")[0]
    if not re.search(r"\d", text):
        return "", (note('product ID "%1" is not a number; left empty', text) if not _is_placeholder(text)
                    and text.lower() not in _PLACEHOLDERS else None)
    return text, (note(rounded, text) if id_rounded(text) else None)
