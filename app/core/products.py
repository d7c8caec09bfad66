"""Turning a merchant's product sheet (排品表 / 货盘表, CSV or XLSX rows) into run-sheet Items.

Teams keep these sheets their own way: a title and info rows (and merged group headers) above the
real header, their own words for the columns, prices written as `¥259（券后219）` or `59.9 / 99`,
product IDs a spreadsheet has already rounded, 开场 / 互动 rows between the products, notes under
the table. The importer reads them as written and reports on every row: imported, skipped (why)
and warnings. It refuses the whole file only for real errors: no header it can read, no product,
or a price or stock in a product row that cannot be read at all (money and stock are never
guessed).

Pure: no Qt, no IO. app.studio.files reads the cells; this decides what they mean.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from decimal import Decimal

from app.core.runsheet import Item, parse_cues
from app.core.text import fill

# Canonical field -> header spellings teams use (compared after `header_key`: NFKC, no spaces,
# no "*" marks or units in brackets, lower case). Order matters only for the mapping dialog.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "run_order": ("排序", "序号", "讲解顺序", "顺序", "讲解序号", "出场顺序", "排品顺序", "run_order", "order", "no",
                  "no."),
    "cart_no": ("链接号", "链接", "小黄车序号", "小黄车", "口袋号", "宝贝序号", "链接序号", "购物车序号", "上架序号",
                "cart_no", "cartno", "link_no"),
    "product_id": ("商品id", "宝贝id", "promotion_id", "promotionid", "product_id", "productid", "抖音商品id",
                   "商品编号id", "itemid", "item_id"),
    "sku": ("货号", "商家编码", "商品编码", "编码", "款号", "sku", "skuid", "sku编码"),
    "name": ("商品标题", "商品名称", "品名", "产品名称", "商品名", "商品", "名称", "宝贝名称", "宝贝标题", "产品",
             "商品信息", "货品名称", "款式名称", "产品信息", "宝贝信息", "货品", "宝贝",
             "title", "name", "product", "productname"),
    "spec": ("规格", "颜色/尺码", "颜色尺码", "尺码/颜色", "sku规格", "规格型号", "spec"),
    "list_price": ("日常价", "原价", "划线价", "吊牌价", "价格", "市场价", "零售价", "price", "list_price",
                   "listprice"),
    "live_price": ("直播价", "直播专享价", "到手价", "直播间到手价", "券后价", "秒杀价", "活动价", "直播到手价",
                   "live_price", "liveprice", "dealprice", "deal_price"),
    "offer": ("福利机制", "机制", "赠品", "利益点", "直播机制", "福利", "优惠机制", "offer"),
    "stock": ("库存", "可播库存", "活动库存", "直播库存", "数量", "stock", "quantity", "inventory"),
    "commission": ("佣金比例", "佣金率", "佣金", "commission"),
    "role": ("款式定位", "定位", "商品定位", "货品定位", "环节", "role"),
    "timing": ("讲解时长", "时长", "分钟", "讲解分钟", "minutes", "planned_min", "duration"),
    "slot": ("讲解时段", "时间段", "时段", "时间", "开始时间", "开始", "time", "slot", "start"),
    "slot_end": ("结束时间", "结束", "end"),
    "talking_points": ("卖点", "核心卖点", "讲解要点", "话术", "产品卖点", "讲解话术", "talking_points",
                       "sellingpoints", "selling_points", "points"),
    "notes": ("备注", "notes", "note", "说明"),
    "link": ("商品链接", "链接地址", "url", "link"),
    "cues": ("提示", "节点", "cues", "cue"),
}
FIELDS = tuple(HEADER_ALIASES)
REQUIRED = "name"

PULLED_MARK = "【已撤品】"  # leads an imported withdrawn item's notes: on the sheet, not to be sold
REVISIT_MARK = "【返场】"   # leads a revisit's notes; the item repeats its product (same product_id)
MAX_PRICE_FEN = 10_000_000 * 100  # ten million yuan: more is a typo (or an ID in the price column)
MAX_COUNT = 1_000_000_000
TEXT_LIMITS = {"name": 200, "sku": 64, "product_id": 40, "cart_no": 40, "link": 500, "talking_points": 20_000,
               "notes": 20_000}
HEADER_SCAN_ROWS = 40       # the real header sits within the first rows, under titles and info rows

_UNIT_RE = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")


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
    ("到手价", "live_price"), ("直播价", "live_price"), ("券后", "live_price"), ("秒杀价", "live_price"),
    ("活动价", "live_price"), ("划线价", "list_price"), ("日常价", "list_price"), ("吊牌价", "list_price"),
    ("原价", "list_price"), ("库存", "stock"), ("佣金", "commission"), ("卖点", "talking_points"),
    ("话术", "talking_points"), ("讲解要点", "talking_points"), ("机制", "offer"), ("赠品", "offer"),
    ("利益点", "offer"), ("规格", "spec"), ("商品标题", "name"), ("商品名称", "name"), ("产品名称", "name"),
    ("时长", "timing"), ("时段", "slot"), ("开始", "slot"), ("结束", "slot_end"), ("定位", "role"),
    ("备注", "notes"), ("品名", "name"),
    ("名称", "name"),  # last: "店铺名称" is a title column only when there is no better one
)


def field_for(header: object) -> str | None:
    key = header_key(header)
    if key in _LOOKUP:
        return _LOOKUP[key]
    if 2 <= len(key) <= 16:
        return next((f for word, f in _CONTAINS if word in key), None)
    return None


@dataclass(frozen=True, eq=False)
class Note:
    """A message for people: English as str() (and equal to that text), translatable by its
    template (Qt context "Import", listed in app.ui.column_mapping) with the parts filled in after."""

    template: str
    args: tuple[object, ...] = ()

    def __str__(self) -> str:
        return fill(self.template, *self.args)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Note | str):
            return str(self) == str(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))

    def text(self, translate: Callable[[str], str] | None = None) -> str:
        return fill(translate(self.template) if translate else self.template, *self.args)


def note(template: str, *args: object) -> Note:
    return Note(template, args)


Message = Note | str


def _say(message: Message, translate: Callable[[str], str] | None) -> str:
    return message.text(translate) if isinstance(message, Note) else message


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.line}: {self.message}"


class ImportFailed(Exception):
    """A real error: nothing is imported. Carries every problem so the sheet is fixed in one pass."""

    def __init__(self, source: str, errors: Sequence[RowError]) -> None:
        self.source = source
        self.errors = list(errors)
        super().__init__("\n".join(f"{source}:{e}" for e in self.errors))


class NoHeader(ImportFailed):
    """No row names a product title column: the user can map the columns by hand (`candidates` is
    the likeliest header row's text)."""

    def __init__(self, source: str, errors: Sequence[RowError], candidates: Sequence[str]) -> None:
        super().__init__(source, errors)
        self.candidates = list(candidates)


@dataclass
class RowResult:
    """What happened to one row of the sheet."""

    line: int
    status: str  # "imported" or "skipped"
    reason: Message = ""  # why skipped; for imported rows a short note ("pulled", "revisit of line 7")
    warnings: list[Message] = field(default_factory=list)
    name: str = ""
    pulled: bool = False
    revisit_of: int | None = None  # the line of the product this 返场 row repeats


@dataclass
class ImportReport:
    """Everything a producer needs to trust an import: per row, and for the file."""

    source: str = ""
    sheet: str = ""
    other_sheets: list[str] = field(default_factory=list)  # sheets read but not the product list
    header_line: int = 0
    headers: list[str] = field(default_factory=list)
    columns: dict[int, str] = field(default_factory=dict)  # column position -> field
    unknown_headers: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    rows: list[RowResult] = field(default_factory=list)

    @property
    def imported(self) -> list[RowResult]:
        return [r for r in self.rows if r.status == "imported"]

    @property
    def skipped(self) -> list[RowResult]:
        return [r for r in self.rows if r.status == "skipped"]

    @property
    def pulled(self) -> list[RowResult]:
        return [r for r in self.rows if r.pulled]

    def warnings(self) -> list[str]:
        """`line: text` for every warning, in row order."""
        return [f"{r.line}: {w}" for r in self.rows for w in r.warnings]

    def lines(self, translate: Callable[[str], str] | None = None) -> list[str]:
        """A plain-text report, one line per fact, as `livedeck import` prints it (in English; the app
        passes Qt's translate for its own language)."""
        t = translate or (lambda s: s)
        out = []
        if self.sheet:
            out.append(fill(t('sheet "%1", header on line %2'), self.sheet, self.header_line))
        for name in self.other_sheets:
            out.append(fill(t('sheet "%1" skipped: not the product list'), name))
        if self.unknown_headers:
            out.append(fill(t("columns not used: %1"), ", ".join(self.unknown_headers)))
        for r in self.rows:
            if r.status == "skipped":
                out.append(fill(t("%1: skipped: %2"), r.line, _say(r.reason, translate)))
            elif r.reason:
                out.append(fill(t("%1: imported (%2): %3"), r.line, _say(r.reason, translate), r.name))
            for w in r.warnings:
                out.append(fill(t("%1: warning: %2"), r.line, _say(w, translate)))
        return out


# ---- finding the header ------------------------------------------------------------------------


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
        rank = -1 if key in chosen else _RANK.get(key, 100)
        if target not in best or rank < best[target][0]:
            best[target] = (rank, pos)
    taken = {pos for _rank, pos in best.values()}
    for pos, raw in enumerate(header):  # "链接" beside "链接号" holds the product URL
        if pos not in taken and header_key(raw) in _SECOND_CHOICE and _SECOND_CHOICE[header_key(raw)] not in best:
            best[_SECOND_CHOICE[header_key(raw)]] = (200, pos)
    columns = {pos: f for f, (_rank, pos) in sorted(best.items(), key=lambda kv: kv[1][1])}
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
    """The row most likely to be the header when none is recognised: the first with 3+ text cells
    (the mapping dialog shows these)."""
    for _line, row in rows[:HEADER_SCAN_ROWS]:
        texts = [_text(c) for c in row if _text(c) and not _is_number(c)]
        if len(texts) >= 3:
            return texts
    return []


# ---- reading values as written -------------------------------------------------------------------

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_PLACEHOLDERS = {"", "-", "--", "—", "/", "无", "待定", "面议", "tbd", "n/a", "na", "暂无", "空", "?", "？"}
_NUM_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(分钱|分|元|块|折|%|件|个|瓶|盒|支|袋|包|片|只|双|套|斤|克|g|ml|人|天|w|万)?",
                     re.IGNORECASE)
_NOT_PRICE_UNITS = {"折", "%", "件", "个", "瓶", "盒", "支", "袋", "包", "片", "只", "双", "套", "斤", "克", "g", "ml",
                    "人", "天"}


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


def read_price(value: object) -> tuple[int | None, Message | None]:
    """(fen, note) for a price as written. `¥59`, `299元`, `149.00`, `1分钱`; `59-79`, `59.9 / 99` and
    `¥259（券后219）` give the lowest, with a note that keeps the text. (None, None) for an empty or
    placeholder cell; raises ValueError when there is no price in it at all."""
    if isinstance(value, bool):
        raise ValueError(f'price "{value}" is not a number')
    if _is_number(value):
        number = Decimal(str(value))
        if not number.is_finite() or number < 0:
            raise ValueError(f'price "{value}" must be zero or more')
        if number * 100 > MAX_PRICE_FEN:
            raise ValueError(f'price "{value}" is above {MAX_PRICE_FEN // 100} yuan')
        return int((number * 100).quantize(Decimal(1))), None
    raw = _text(value)
    text = _fold(raw).replace(",", "")
    if text.lower() in _PLACEHOLDERS or (_is_placeholder(text) and not re.search(r"\d", text)):
        return None, (note('price "%1" left empty', raw) if raw else None)
    if text in ("免费", "0元购", "赠品", "白送"):
        return 0, raw
    prices: list[int] = []
    for m in _NUM_RE.finditer(text):
        unit = (m.group(2) or "").lower()
        if unit in _NOT_PRICE_UNITS or unit in ("w", "万"):
            continue
        number = Decimal(m.group(1))
        prices.append(int(number) if unit in ("分", "分钱") else int((number * 100).quantize(Decimal(1))))
    if not prices:
        raise ValueError(f'price "{raw}" is not a number')
    if min(prices) > MAX_PRICE_FEN:
        raise ValueError(f'price "{raw}" is above {MAX_PRICE_FEN // 100} yuan')
    plain = re.fullmatch(r"[¥$]?\s*\d+(?:\.\d+)?\s*元?", text) is not None
    return min(prices), (None if plain else raw)


def read_int(value: object, what: str) -> tuple[int | None, Note | None]:
    """A whole number as written (`500`, `1,000件`, 120.0); placeholders give a note, garbage raises."""
    if _is_number(value):
        number = float(value)  # type: ignore[arg-type]
        if number != number or number in (float("inf"), float("-inf")) or number > MAX_COUNT:
            raise ValueError(f'{what} "{_text(value)}" is not a whole number below {MAX_COUNT}')
        if number != int(number) or number < 0:
            raise ValueError(f'{what} "{_text(value)}" is not a whole number of zero or more')
        return int(number), None
    raw = _text(value)
    text = _fold(raw).replace(",", "")
    if text in ("售罄", "已售罄", "无货", "缺货", "断货"):
        return 0, note(what + ' "%1": 0', raw)
    if text.lower() in _PLACEHOLDERS or text in ("不限", "充足", "现货", "无限") or _is_placeholder(text):
        return None, (note(what + ' "%1" is not a number; left empty', raw) if raw else None)
    text = re.sub(r"^(约|大约|共)|(\+|以上|左右|起)$", "", text).strip()
    m = re.fullmatch(r"(\d+)(?:\.0+)?\s*(件|个|瓶|盒|支|袋|包|套|单|份|pcs)?", text, re.IGNORECASE)
    if m and int(m.group(1)) <= MAX_COUNT:
        return int(m.group(1)), None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(w|万)", text, re.IGNORECASE)
    if m and Decimal(m.group(1)) * 10000 <= MAX_COUNT:
        return int(Decimal(m.group(1)) * 10000), None
    parts = re.split(r"\s*[/、+]\s*", text)
    if len(parts) > 1 and all(re.fullmatch(r"\d+\s*(件|个)?", p) for p in parts):
        total = sum(int(re.sub(r"\D", "", p)) for p in parts)
        return total, note(what + ' "%1" is per spec; %2 (the sum) used', raw, total)
    raise ValueError(f'{what} "{raw}" is not a whole number')


_PLACEHOLDER_WORDS = ("待定", "面议", "见", "详见", "为准", "待确认", "未定", "暂无", "咨询", "私聊", "tbd")


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
    """Seconds since midnight of a single clock time (`19:40`, `19:40:00`, an Excel time), else None."""
    if isinstance(value, time):
        return value.hour * 3600 + value.minute * 60 + value.second
    if isinstance(value, datetime):
        return value.hour * 3600 + value.minute * 60 + value.second
    m = re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", _fold(_text(value)))
    if m and int(m.group(1)) < 24:
        return _clock_seconds(m.group(1), m.group(2), m.group(3))
    return None


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
    if re.fullmatch(r"\d+(\.\d+)?[eE]\+?\d+", text):
        return text, note(rounded, text)
    if len(text) >= 16 and text.isdigit() and set(text[15:]) == {"0"}:
        return text, note(rounded, text)
    return text, None


# ---- which rows are products ---------------------------------------------------------------------

SEGMENT_WORDS = ("开场", "开播", "暖场", "互动", "下播", "福袋", "抽奖", "休息", "串场", "过款", "中场", "预告", "整点",
                 "结束", "收尾", "答疑", "口播")
NO_PRODUCT = ("无商品", "（无商品）", "(无商品)", "无")
TOTAL_WORDS = ("合计", "总计", "小计", "total")
PULLED_WORDS = ("已撤品", "撤品", "已撤", "已下架")
REVISIT_WORDS = ("返场",)
_NOTE_START = ("备注", "注：", "注:", "说明", "ps", "*", "※", "温馨提示", "以上", "提示")


def _is_pulled(texts: Iterable[str]) -> bool:
    return any(w in t for t in texts for w in PULLED_WORDS)


def _strip_marks(name: str) -> str:
    name = re.sub(r"[【\[(（]?\s*(返场|已撤品|撤品)\s*[】\])）]?\s*[-—:：·]?\s*", "", name)
    return name.strip()


def parse_table(rows: Sequence[tuple[int, Sequence[object]]], mapping: Mapping[str, str] | None = None,
                source: str = "") -> ImportReport:
    """Find the header among the rows (each numbered by its line in the file) and read the products
    under it. Raises ImportFailed only for real errors."""
    found = find_header(rows, mapping)
    if found is None or REQUIRED not in map_header(found[1], mapping)[0].values():
        raise NoHeader(source, [RowError(1, "no header row with a product title column "
                                            "(商品标题 / 商品名称 / 品名 / name) in the first rows")],
                       header_candidates(rows))
    start, header, _ = found
    columns, unknown = map_header(header, mapping)
    report = ImportReport(source=source, header_line=rows[start - 1][0], headers=[_text(h) for h in header],
                          columns=columns, unknown_headers=unknown)
    header_keys = {header_key(h) for h in header if _text(h)}
    errors: list[RowError] = []
    by_product: dict[str, tuple[int, Item]] = {}
    by_name: dict[str, tuple[int, Item]] = {}
    ordered: list[tuple[float, int, Item]] = []
    seen_product = False
    data_columns = bool(set(columns.values()) & {"product_id", "sku", "list_price", "live_price", "stock", "cart_no"})
    previous: RowResult | None = None
    starts: list[tuple[int, int]] = []  # (line, clock seconds) of rows whose slot is a start time only
    timed: dict[int, Item] = {}  # line -> item waiting for the next start to end its slot
    for line, row in rows[start:]:
        cells = [_text(c) for c in row]
        filled = [c for c in cells if c]
        if not filled:
            continue
        values = {key: row[pos] if pos < len(row) else None for pos, key in columns.items()}
        slot_start = clock_time(values.get("slot")) if not _text(values.get("timing")) else None
        if slot_start is not None and not _text(values.get("slot_end")):
            starts.append((line, slot_start))
        text = {key: _text(v) for key, v in values.items()}
        name = text.get("name", "")
        result = RowResult(line, "skipped", name=name)
        report.rows.append(result)
        before, previous = previous, result
        if {header_key(c) for c in filled} <= header_keys and len(filled) >= 2:
            result.reason = note("the header repeated")
            continue
        if any(name.lower().startswith(w) or cells[0].lower().startswith(w) for w in TOTAL_WORDS):
            result.reason = note("a totals row, not a product")
            continue
        has_data = _has_product_data(text)
        if not name and not has_data:
            word = next((w for w in SEGMENT_WORDS if any(c.startswith(w) for c in cells)), None)
            if word:
                result.reason = note("a %1 segment, not a product", word)
                continue
        if name and not re.search(r"[^\W\d_]", name):
            name = ""  # a date or a number where the title goes is not a product
        if not name:
            if len(filled) == 1 or filled[0].startswith(_NOTE_START) or (seen_product and not has_data):
                result.reason = _a_note(seen_product)
            else:
                result.reason = note("no product title")
            continue
        if name in NO_PRODUCT or "无商品" in name:
            result.reason = note("no product in this slot (%1)", name)
            continue
        lone = len(filled) == 1  # under products that carry data, a title with nothing else is a remark
        if not has_data and (name.startswith(_NOTE_START) or (len(filled) == 1 and len(name) > 30)
                             or (seen_product and data_columns and (lone or (len(filled) <= 2
                                                                            and re.search(r"[:：]", name))))):
            result.reason = _a_note(seen_product)
            continue
        segment_word = next((w for w in SEGMENT_WORDS if w in name or w == text.get("role")
                             or any(c == w for c in cells)), None)
        if segment_word and not text.get("product_id") and not text.get("live_price") and not text.get("list_price"):
            result.reason = note("a %1 segment, not a product", segment_word)
            continue
        result.pulled = _is_pulled(filled)
        row_errors, item = _read_item(line, values, text, result)
        if row_errors and not result.pulled:
            errors.extend(row_errors)
            continue
        result.warnings.extend(e.message for e in row_errors)  # a withdrawn row's price is not sold
        seen_product = True
        result.status = "imported"
        is_revisit = any(w in name for w in REVISIT_WORDS) or any(c in REVISIT_WORDS for c in cells)
        if is_revisit:
            item.name = _strip_marks(item.name) or item.name
            original = by_product.get(item.product_id) if item.product_id else None
            original = original or by_name.get(item.name)
            if original is None:
                result.warnings.append(note('返场 of "%1", which is not earlier on this sheet', item.name))
            else:
                result.revisit_of = original[0]
                item = _revisit(original[1], item)
            result.reason = note("返场, revisit of line %1", original[0]) if original else note("返场")
            item.notes = _join(REVISIT_MARK + item.name, item.notes)
        if result.pulled:
            item.name = _strip_marks(item.name) or item.name
            item.notes = _join(PULLED_MARK, item.notes)
            result.reason = (note("pulled (已撤品): kept on the sheet, not to be sold; %1", result.reason)
                             if result.reason else note("pulled (已撤品): kept on the sheet, not to be sold"))
        if not item.list_price:
            item.list_price = item.live_price  # a sheet with one price: it is both
        result.name = item.name
        if (before is not None and before.status == "imported" and ordered and not is_revisit and not result.pulled
                and not before.pulled and before.revisit_of is None and ordered[-1][2].name == item.name
                and item.product_id in ("", ordered[-1][2].product_id)
                and item.cart_no in ("", ordered[-1][2].cart_no)):
            _fold_spec(ordered[-1][2], item)  # the same product again under merged cells: another spec
            result.reason = note("another spec of line %1, folded into it", ordered[-1][1])
            continue
        if not is_revisit:
            if item.product_id:
                by_product.setdefault(item.product_id, (line, item))
            by_name.setdefault(item.name, (line, item))
        order = _order_of(text.get("run_order", ""))
        ordered.append((order, line, item))
        if slot_start is not None and not _text(values.get("slot_end")):
            timed[line] = item
    for (line, begin), (_next, end) in itertools.pairwise(starts):
        minutes = ((end - begin) % (24 * 3600)) / 60  # a start time only: the next row's start ends it
        if line in timed and 0 < minutes <= 600:
            timed[line].planned_min = round(minutes, 2)
    if errors:
        raise ImportFailed(source, errors)
    if not ordered:
        raise ImportFailed(source, [RowError(report.header_line, "no products under the header")])
    orders = [o for o, _l, _i in ordered]
    if all(o != float("inf") for o in orders) and len(set(orders)) == len(orders):
        ordered.sort(key=lambda t: t[0])  # a run order column that numbers every product decides
    report.items = [i for _o, _l, i in ordered]
    return report


def _has_product_data(text: Mapping[str, str]) -> bool:
    """Does the row carry what only a product has (an ID, a price, stock, a cart number)?"""
    digits = {k: bool(re.search(r"\d", text.get(k, ""))) for k in ("product_id", "list_price", "live_price", "stock")}
    cart = text.get("cart_no", "")
    return (len(re.sub(r"\D", "", text.get("product_id", ""))) >= 6 or bool(text.get("sku"))
            or digits["list_price"] or digits["live_price"] or digits["stock"]
            or (bool(cart) and read_cart_no(cart)[1] is None))


def _fold_spec(into: Item, other: Item) -> None:
    """A product written on two rows (one per spec): one item, stock summed, the lower price."""
    into.stock += other.stock
    for key in ("live_price", "list_price"):
        prices = [p for p in (getattr(into, key), getattr(other, key)) if p]
        setattr(into, key, min(prices) if prices else 0)
    extra = "；".join(p for p in other.notes.split("；") if p and p not in into.notes.split("；"))
    into.notes = _join(into.notes, extra, "；")
    into.sku = into.sku or other.sku


def _a_note(under_the_table: bool) -> Note:
    return note("a note, not a product (under the table)" if under_the_table else "a note, not a product")


def _order_of(text: str) -> float:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*", _fold(text))
    return float(m.group(1)) if m else float("inf")


def _join(a: str, b: str, sep: str = " ") -> str:
    return sep.join(p for p in (a, b) if p)


def _revisit(original: Item, row: Item) -> Item:
    """A 返场 row repeats its product: what the row leaves empty comes from the first appearance."""
    defaults = Item(name="")
    merged = replace(original, cues=list(original.cues), notes="", cart_no=row.cart_no or "", id=None)
    for name in ("sku", "product_id", "list_price", "live_price", "stock", "talking_points", "link"):
        value = getattr(row, name)
        if value != getattr(defaults, name):
            setattr(merged, name, value)
    merged.planned_min = row.planned_min
    merged.notes = row.notes
    merged.cues = row.cues or merged.cues
    return merged


def _read_item(line: int, values: dict[str, object], text: dict[str, str], result: RowResult
               ) -> tuple[list[RowError], Item]:
    errors: list[RowError] = []
    warn = result.warnings.append
    item = Item(name=text.get("name", ""))
    item.sku = text.get("sku", "")
    notes: list[str] = []
    price_notes: list[str] = []
    for key, label in (("list_price", "list price"), ("live_price", "live price")):
        if not text.get(key):
            continue
        try:
            fen, said = read_price(values[key])
        except ValueError as exc:
            errors.append(RowError(line, str(exc)))
            continue
        if fen is None:
            if said:
                warn(said)
            continue
        setattr(item, key, fen)
        if said:
            price_notes.append(f"{'直播价' if key == 'live_price' else '日常价'} {said}")
            warn(note(label + ' "%1": %2 used (the lowest)', said, f"{fen // 100}.{fen % 100:02d}"))
    if not text.get("live_price") or (item.live_price == 0 and item.list_price):
        item.live_price = item.list_price
    if text.get("list_price") and item.live_price > item.list_price:
        warn(note("the live price is above the list price"))
    if text.get("stock"):
        try:
            stock, said = read_int(values["stock"], "stock")
        except ValueError as exc:
            errors.append(RowError(line, str(exc)))
        else:
            if stock is not None:
                item.stock = stock
            if said:
                warn(said)
    for key in ("slot", "timing"):  # a duration column wins over a time slot
        if not text.get(key) or (key == "slot" and text.get("timing")):
            continue
        start = clock_time(values[key]) if key == "slot" else None
        if start is not None:
            end = clock_time(values.get("slot_end"))
            if end is None:
                continue  # a start time only: the next row's start ends it (parse_table)
            minutes: float | None = ((end - start) % (24 * 3600)) / 60
        else:
            minutes = read_minutes(values[key])
        if minutes is None:
            warn(note('minutes "%1" is not a duration; %2 kept', text[key], f"{item.planned_min:g}"))
        elif not 0 < minutes <= 600:
            warn(note('minutes "%1" must be between 0 and 600; %2 kept', text[key], f"{item.planned_min:g}"))
        else:
            item.planned_min = round(minutes, 2)
    if text.get("product_id"):
        item.product_id, said = read_product_id(values["product_id"])
        if said:
            warn(said)
    cart = text.get("cart_no", "")
    if cart.lower().startswith(("http://", "https://")):
        item.link = cart
    elif cart:
        item.cart_no, said = read_cart_no(values["cart_no"])
        if said:
            warn(said)
    if text.get("link"):
        item.link = text["link"]
    if not item.product_id and id_from_url(item.link):
        item.product_id = id_from_url(item.link)
        warn(note("product ID %1 taken from the product link", item.product_id))
    offer = text.get("offer", "")
    points = text.get("talking_points", "")
    item.talking_points = _join(f"机制：{offer}" if offer else "", points, "\n")
    if text.get("spec"):
        notes.append(f"规格：{text['spec']}")
    if text.get("role") and text["role"] not in ("讲品", "讲解", "过款", *REVISIT_WORDS):
        notes.append(f"定位：{text['role']}")
    if text.get("commission"):
        rate = read_commission(values["commission"])
        if rate is None:
            warn(note('commission "%1" is not a rate', text["commission"]))
        else:
            notes.append(f"佣金 {rate:g}%")
    notes.extend(price_notes)
    if text.get("notes"):
        notes.append(text["notes"])
    item.notes = "；".join(notes)
    for key, limit in TEXT_LIMITS.items():  # the limits runsheet.update holds edits to
        value = getattr(item, key)
        if len(value) > limit:
            warn(note("%1 is longer than %2 characters; cut", key, limit))
            setattr(item, key, "" if key == "product_id" else value[:limit])
    if text.get("cues"):
        try:
            item.cues = parse_cues(text["cues"])
        except ValueError as exc:
            warn(str(exc))
    return errors, item


def parse_rows(header: Sequence[object], rows: Iterable[tuple[int, Sequence[object]]]) -> list[Item]:
    """Items from a header and its numbered rows, or ImportFailed (for callers that need no report)."""
    return parse_table([(1, list(header)), *rows]).items


def is_pulled(item: Item) -> bool:
    """A withdrawn product imported for the record: the run-sheet shows it, nobody sells it."""
    return item.notes.startswith(PULLED_MARK)
