"""Turning a merchant's product sheet (CSV/XLSX rows, Chinese or English headers) into Items.

All or nothing: every bad row is reported with its line and why, and the caller writes nothing
unless the error list is empty.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.core.runsheet import Item, parse_cues, parse_price

# Canonical field -> accepted header spellings (compared case-insensitively, spaces removed).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "product", "productname", "商品名称", "商品名", "商品", "名称", "品名"),
    "sku": ("sku", "skuid", "货号", "商品编码", "编码", "商品id"),
    "list_price": ("list_price", "listprice", "price", "价格", "原价", "日常价", "吊牌价"),
    "live_price": ("live_price", "liveprice", "dealprice", "直播价", "到手价", "活动价"),
    "stock": ("stock", "quantity", "inventory", "库存", "数量"),
    "planned_min": ("minutes", "planned_min", "duration", "时长", "讲解时长", "分钟"),
    "talking_points": ("talking_points", "sellingpoints", "points", "卖点", "话术", "讲解要点"),
    "notes": ("notes", "note", "备注"),
    "link": ("link", "url", "链接", "商品链接"),
    "cues": ("cues", "cue", "提示", "节点"),
}
_LOOKUP = {alias.replace(" ", "").lower(): key for key, aliases in HEADER_ALIASES.items() for alias in aliases}


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.line}: {self.message}"


class ImportFailed(Exception):
    """Raised with every bad row so the user can fix the sheet in one pass."""

    def __init__(self, source: str, errors: Sequence[RowError]) -> None:
        self.source = source
        self.errors = list(errors)
        super().__init__("\n".join(f"{source}:{e}" for e in self.errors))


def map_header(header: Sequence[object]) -> tuple[dict[int, str], list[str]]:
    """Map column positions to canonical fields; return also the problems with the header."""
    columns: dict[int, str] = {}
    problems = []
    for pos, raw in enumerate(header):
        key = _LOOKUP.get(str(raw or "").strip().replace(" ", "").lower())
        if key and key not in columns.values():
            columns[pos] = key
    if "name" not in columns.values():
        problems.append("no product name column (商品名称 / name)")
    return columns, problems


def _cell(value: object) -> str:
    return "" if value is None else str(value).strip()


def parse_rows(header: Sequence[object], rows: Iterable[tuple[int, Sequence[object]]]) -> list[Item]:
    """Validate rows (numbered by their line in the file) and return Items, or raise ImportFailed."""
    columns, problems = map_header(header)
    errors = [RowError(1, p) for p in problems]
    items: list[Item] = []
    if errors:
        raise ImportFailed("", errors)
    for line, row in rows:
        values = {key: row[pos] if pos < len(row) else None for pos, key in columns.items()}
        if all(_cell(v) == "" for v in values.values()):
            continue  # blank lines are not errors
        reasons: list[str] = []
        item = Item(name=_cell(values.get("name")))
        if not item.name:
            reasons.append("product name is empty")
        item.sku = _cell(values.get("sku"))
        for key in ("list_price", "live_price"):
            raw = values.get(key)
            if _cell(raw):
                try:
                    setattr(item, key, parse_price(raw))
                except ValueError as exc:
                    reasons.append(str(exc))
        if not _cell(values.get("live_price")):
            item.live_price = item.list_price
        if _cell(values.get("stock")):
            try:
                item.stock = _parse_int(values["stock"], "stock")
            except ValueError as exc:
                reasons.append(str(exc))
        if _cell(values.get("planned_min")):
            try:
                item.planned_min = _parse_minutes(values["planned_min"])
            except ValueError as exc:
                reasons.append(str(exc))
        item.talking_points = _cell(values.get("talking_points"))
        item.notes = _cell(values.get("notes"))
        item.link = _cell(values.get("link"))
        if _cell(values.get("cues")):
            try:
                item.cues = parse_cues(_cell(values["cues"]))
            except ValueError as exc:
                reasons.append(str(exc))
        if reasons:
            errors.extend(RowError(line, r) for r in reasons)
        else:
            items.append(item)
    if errors:
        raise ImportFailed("", errors)
    return items


def _parse_int(value: object, what: str) -> int:
    text = _cell(value).replace(",", "")
    try:
        number = float(text)
    except ValueError:
        raise ValueError(f'{what} "{text}" is not a whole number') from None
    if number != int(number) or number < 0:
        raise ValueError(f'{what} "{text}" is not a whole number of zero or more')
    return int(number)


def _parse_minutes(value: object) -> float:
    text = _cell(value).removesuffix("分钟").removesuffix("min").strip()
    try:
        minutes = float(text)
    except ValueError:
        raise ValueError(f'minutes "{_cell(value)}" is not a number') from None
    if not 0 < minutes <= 600:
        raise ValueError(f'minutes "{_cell(value)}" must be between 0 and 600')
    return minutes
