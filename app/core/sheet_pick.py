"""Choosing what a workbook is: every sheet × header-row candidate is scored by the columns its
header names and by how the values under it fit (long-digit IDs, prices, small cart numbers,
titles); the best product table wins, and the other sheets are told apart as SKU detail, the
marketing plan (福袋 / 秒杀 / 发券) and the phrase list. The choice is explained. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from app.core.sheet_header import HEADER_SCAN_ROWS, _combine, header_key, map_header
from app.core.sheet_values import _text, read_cart_no, read_int, read_price

Rows = Sequence[tuple[int, Sequence[object]]]

PLAN_WORDS = ("类型", "奖品", "口令", "倒计时", "中奖", "参与方式", "负责人", "福袋", "发券", "时间点", "玩法", "券")
PHRASE_WORDS = ("口令", "场控屏", "显示文案", "话术", "含义", "应对")
DETAIL_WORDS = ("颜色", "尺码", "sku", "规格", "sku库存", "色", "码")
FIT_ROWS = 30


@dataclass
class RawSheet:
    """One sheet as read from the file: rows numbered by line, merged ranges (1-based, inclusive:
    row0, col0, row1, col1) not yet applied, rows struck through, grey or hidden, cell hyperlinks,
    the cells that are formulas the file holds without their result (they read as empty)."""

    name: str
    rows: list[tuple[int, list[object]]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    marks: dict[int, str] = field(default_factory=dict)  # line -> "struck" | "grey"
    links: dict[tuple[int, int], str] = field(default_factory=dict)  # (line, column 0-based) -> URL
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # the same -> a formula with no result
    hidden: bool = False  # a hidden sheet (an old version kept out of sight) is read only when asked for


@dataclass
class Candidate:
    """A header row of a sheet, scored."""

    sheet: str
    start: int  # index in the sheet's rows of the first row under the header
    header_line: int
    header: list[object]
    columns: dict[int, str]
    score: float
    kind: str = "products"  # products, detail, plan, phrases
    fits: dict[str, float] = field(default_factory=dict)


def apply_merges(sheet: RawSheet) -> list[tuple[int, list[object]]]:
    """Merged cells as a reader means them: a merge inside the table repeats its value over its
    cells (a merged title over spec rows, a group header); a merge across most of the row is a
    note or a title and stays in its first cell, so it never fills price and stock."""
    rows = [(line, list(cells)) for line, cells in sheet.rows]
    width = max((len(c) for _l, c in rows), default=0)
    index = {line: i for i, (line, _c) in enumerate(rows)}
    for r0, c0, r1, c1 in sheet.merges:
        if r0 not in index or (c1 - c0 + 1 >= max(3, 0.6 * width)):
            continue
        first = rows[index[r0]][1]
        value = first[c0 - 1] if c0 - 1 < len(first) else None
        for line in range(r0, r1 + 1):
            if line not in index:
                continue
            cells = rows[index[line]][1]
            for c in range(c0 - 1, min(c1, width)):
                while len(cells) <= c:
                    cells.append(None)
                cells[c] = value
    return rows


def _fit(rows: Rows, start: int, columns: Mapping[int, str]) -> tuple[dict[str, float], int]:
    """How well the values under a header fit its columns (0..1 each), and the rows with a title."""
    checks: dict[str, Callable[[object], bool]] = {
              "product_id": lambda v: len(re.sub(r"\D", "", _text(v).split(".")[0].split("e")[0])) >= 8,
              "list_price": _reads(lambda v: read_price(v)[0] is not None),
              "live_price": _reads(lambda v: read_price(v)[0] is not None),
              "stock": _reads(lambda v: read_int(v, "stock") is not None),
              "cart_no": lambda v: read_cart_no(v)[1] is None,
              "name": lambda v: re.search(r"[^\W\d_]", _text(v)) is not None}
    hits: dict[str, list[bool]] = {}
    titled = 0
    for _line, cells in rows[start:start + FIT_ROWS]:
        if not any(_text(c) for c in cells):
            continue
        for pos, f in columns.items():
            if f in checks and pos < len(cells) and _text(cells[pos]):
                hits.setdefault(f, []).append(bool(checks[f](cells[pos])))
        name_pos = next((p for p, f in columns.items() if f == "name"), None)
        if name_pos is not None and name_pos < len(cells) and checks["name"](cells[name_pos]):
            titled += 1
    return {f: sum(v) / len(v) for f, v in hits.items() if v}, titled


def _reads(fn: Callable[[object], object]) -> Callable[[object], bool]:
    def check(value: object) -> bool:
        try:
            return bool(fn(value))
        except ValueError:
            return False
    return check


def _kind(header: Sequence[object], columns: Mapping[int, str]) -> str:
    keys = [header_key(h) for h in header if _text(h)]
    joined = "|".join(keys)
    fields = set(columns.values())
    if "类型" in keys and sum(w in joined for w in PLAN_WORDS) >= 3:
        return "plan"
    if "口令" in keys and any(w in joined for w in PHRASE_WORDS[1:]) and not fields & {"live_price", "list_price"}:
        return "phrases"
    if fields & {"product_id", "sku"} and sum(w in joined for w in DETAIL_WORDS) >= 2 \
            and "talking_points" not in fields and "offer" not in fields:
        return "detail"
    return "products"


ROWS_WEIGHED = 20  # the first product rows count three times: a 4-row table beats a 2-row side sheet


def candidates(sheet: str, rows: Rows, mapping: Mapping[str, str] | None = None,
               header_line: int | None = None, hidden: Collection[int] = ()) -> list[Candidate]:
    """Every header candidate of one sheet (one row, or two rows under merged group headers), best
    first. `header_line` (the user's choice) keeps only the header on that line. A `hidden` row is
    never the header: TikTok Shop's templates hide their machine-key row above the names."""
    found: list[Candidate] = []
    for i, (line, row) in enumerate(rows[:HEADER_SCAN_ROWS] if header_line is None else rows):
        if (header_line is not None and line != header_line) or (header_line is None and line in hidden):
            continue
        options = [(i + 1, list(row))]
        if i + 1 < len(rows) and rows[i + 1][0] not in hidden:  # two rows only when they name more than either
            both = _combine(row, rows[i + 1][1])
            if len(map_header(both, mapping)[0]) > max(len(map_header(row, mapping)[0]),
                                                       len(map_header(rows[i + 1][1], mapping)[0])):
                options.append((i + 2, both))
        for start, header in options:
            columns, _unknown = map_header(header, mapping)
            fields = set(columns.values())
            kind = _kind(header, columns)
            if len(fields) < 2 and not (mapping and "name" in fields) and kind == "products":
                continue
            fits, titled = _fit(rows, start, columns)
            score = (len(fields) * 3 + (10 if "name" in fields else 0) + sum(fits.values()) * 4
                     + min(titled, 60) + 2 * min(titled, ROWS_WEIGHED)  # the main table has the products
                     + (20 if kind in ("plan", "phrases") else 0))
            found.append(Candidate(sheet, start, line, header, columns, score, kind, fits))
    found.sort(key=lambda c: -c.score)
    return found


def choose(sheets: Sequence[tuple[str, Rows]], mapping: Mapping[str, str] | None = None,
           sheet: str | None = None, header_line: int | None = None,
           hidden: Mapping[str, Collection[int]] | None = None) -> tuple[Candidate | None, list[Candidate]]:
    """(the product table, the best candidate of every other sheet). `sheet` and `header_line` are
    the user's choice (`--sheet`, `--header-row`, the dialog) and win over the scores; `hidden`:
    sheet -> its hidden rows' lines."""
    best_per_sheet: list[Candidate] = []
    for name, rows in sheets:
        if sheet is not None and name != sheet:
            continue
        found = candidates(name, rows, mapping, header_line, (hidden or {}).get(name, ()))
        if found:
            best_per_sheet.append(found[0])
    products = [c for c in best_per_sheet if c.kind == "products" and "name" in c.columns.values()]
    if sheet is not None and not products:
        products = [c for c in best_per_sheet if "name" in c.columns.values()]
    chosen = max(products, key=lambda c: c.score) if products else None
    others = [c for c in best_per_sheet if c is not chosen]
    if chosen is None and sheet is None:  # a lone SKU list is the product list
        detail = [c for c in others if c.kind == "detail" and "name" in c.columns.values()]
        if detail:
            chosen = max(detail, key=lambda c: c.score)
            others.remove(chosen)
    return chosen, others
