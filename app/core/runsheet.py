"""Run-sheet items, money in fen, cues inside an item, and the arithmetic producers rely on."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from app.core.text import BadValue

T = TypeVar("T")

MAX_PRICE_YUAN = 10_000_000
# What runsheet.add / add_many accept (app.studio.runsheet_cmds); an import checks its rows against
# the same numbers so a sheet is never accepted and then refused half-way.
MIN_MINUTES, MAX_MINUTES = 0.1, 600
MAX_CUE_CHARS = 200
MAX_CUE_OFFSET_S = 36_000
ITEM_TEXT_LIMITS = {"name": 200, "sku": 64, "product_id": 40, "cart_no": 40, "link": 500, "talking_points": 20_000,
                    "notes": 20_000}
_CUE_RE = re.compile(r"^\s*(\d{1,3}):([0-5]\d)\s+(.+?)\s*$")


@dataclass(frozen=True)
class Cue:
    """Something to do `offset_s` seconds into an item, e.g. "3:00 announce coupon"."""

    offset_s: int
    text: str

    def __str__(self) -> str:
        return f"{self.offset_s // 60}:{self.offset_s % 60:02d} {self.text}"


@dataclass
class Item:
    """One product on the run-sheet. Prices are integers in fen (0.01 CNY) so sums are exact."""

    name: str
    sku: str = ""
    list_price: int = 0
    live_price: int = 0
    stock: int | None = None  # None: not known (the sheet gave no count); 0 is sold out
    planned_min: float = 5.0
    talking_points: str = ""
    notes: str = ""
    link: str = ""
    cues: list[Cue] = field(default_factory=list)
    product_id: str = ""  # the platform's product ID, kept as text (19 digits; spreadsheets round them)
    cart_no: str = ""  # the cart link number viewers say ("3号链接"), not the run order: "4", "8/9"
    id: int | None = None
    coupon_price: int = 0  # after-coupon price (券后), fen, 0 = none: the host says both prices


@dataclass(frozen=True)
class ShowInfo:
    """A show as the show list knows it."""

    id: int
    title: str
    platform: str
    host: str
    planned_start: datetime | None
    status: str
    items: int


def parse_price(text: object) -> int:
    """Parse "¥1,299.50", "99" or 99.5 into fen; raise ValueError with a reason otherwise."""
    if isinstance(text, bool):
        raise ValueError(f'price "{text}" is not a number')
    if isinstance(text, int | float):
        value = Decimal(str(text))
    else:
        cleaned = str(text).strip().replace(",", "").replace("，", "")
        cleaned = cleaned.lstrip("¥￥$").removesuffix("元").strip()
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise ValueError(f'price "{text}" is not a number') from None
    if not value.is_finite() or value < 0:
        raise ValueError(f'price "{text}" must be zero or more')
    if value > MAX_PRICE_YUAN:
        raise ValueError(f'price "{text}" is more than {MAX_PRICE_YUAN} yuan')
    return int((value * 100).quantize(Decimal(1)))


def format_price(fen: int) -> str:
    """Format fen as the price a viewer reads: ¥99 or ¥99.50."""
    yuan, cents = divmod(fen, 100)
    return f"¥{yuan}" if cents == 0 else f"¥{yuan}.{cents:02d}"


def parse_cues(text: str) -> list[Cue]:
    """Parse one cue per line or `;`: "3:00 announce coupon; 6:00 lottery". Raises on a bad line."""
    cues = []
    for part in re.split(r"[;\n；]", text):
        if not part.strip():
            continue
        m = _CUE_RE.match(part)
        if not m:
            raise BadValue('cue "%1" is not "M:SS text"', part.strip())
        cues.append(Cue(int(m.group(1)) * 60 + int(m.group(2)), m.group(3)))
    return sorted(cues, key=lambda c: c.offset_s)


def format_cues(cues: Sequence[Cue]) -> str:
    return "; ".join(str(c) for c in cues)


def moved(seq: Sequence[T], from_index: int, to_index: int) -> list[T]:
    """Return a copy with the element at from_index now at to_index (both clamped)."""
    out = list(seq)
    if not out:
        return out
    from_index = max(0, min(from_index, len(out) - 1))
    to_index = max(0, min(to_index, len(out) - 1))
    out.insert(to_index, out.pop(from_index))
    return out


def total_planned_seconds(items: Sequence[Item]) -> int:
    return round(sum(i.planned_min for i in items) * 60)


def planned_end(start: datetime | None, items: Sequence[Item]) -> datetime | None:
    return None if start is None else start + timedelta(seconds=total_planned_seconds(items))
