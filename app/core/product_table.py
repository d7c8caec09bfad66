"""The product library as text: the columns `livedeck products` prints (table, CSV, JSON) and a
plain table padded for Chinese (wide characters take two columns in a terminal)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from app.core import product_library as pl

# (row key, header): the CLI and the CSV share them; the desk's tab translates its own.
COLUMNS = [("name", "product"), ("key", "key"), ("shows", "shows"), ("minutes", "minutes"),
           ("revisits", "revisits"), ("comments_per_min", "comments/min"), ("questions_per_min", "questions/min"),
           ("orders", "orders"), ("units", "units"), ("gmv", "GMV"), ("gmv_per_min", "GMV/min"),
           ("click_rate", "click rate"), ("conversion", "conversion"), ("sellout_s", "sell-out s"),
           ("last_price", "last price"), ("learned_min", "learned min"), ("last_show", "last show")]
TABLE_COLUMNS = [c for c in COLUMNS if c[0] not in ("key", "last_show")]


def cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if abs(value) < 1 else f"{value:.2f}".rstrip("0").rstrip(".")
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, n: int, right: bool) -> str:
    gap = " " * max(0, n - width(text))
    return gap + text if right else text + gap


def text_table(products: Sequence[pl.Product], max_name: int = 24) -> str:
    rows = [p.row() for p in products]
    heads = [h for _k, h in TABLE_COLUMNS]
    cells = [[cell(r[k]) for k, _h in TABLE_COLUMNS] for r in rows]
    for line in cells:
        if width(line[0]) > max_name:
            name = line[0]
            while width(name) > max_name - 1:
                name = name[:-1]
            line[0] = name + "…"
    widths = [max([width(h)] + [width(c[i]) for c in cells]) for i, h in enumerate(heads)]
    out = ["  ".join(_pad(h, widths[i], i > 0) for i, h in enumerate(heads))]
    out += ["  ".join(_pad(c, widths[i], i > 0) for i, c in enumerate(line)) for line in cells]
    return "\n".join(out)
