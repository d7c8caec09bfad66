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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from app.core.runsheet import MAX_MINUTES, MIN_MINUTES, Item
from app.core.sheet_header import (
    FIELDS,
    REQUIRED,
    field_for,
    find_header,
    header_candidates,
    header_key,
    join_offers,
    join_points,
    map_header,
)
from app.core.sheet_items import continues, fold_spec, has_product_data, join, read_item, revisit, unsaved_cells
from app.core.sheet_marks import (
    is_total,
    marks_pulled,
    pulled_tag,
    says_pulled,
    status_known,
    strip_marks,
    template_row,
)
from app.core.sheet_numbers import id_rounded
from app.core.sheet_order import run_order
from app.core.sheet_refs import fill_blank_title, fill_references
from app.core.sheet_report import ImportFailed, ImportReport, NoHeader, RowError, RowResult
from app.core.sheet_values import (
    _text,
    cart_numbers,
    clock_time,
    in_seconds,
    read_cart_no,
    read_commission,
    read_minutes,
    read_price,
    read_product_id,
    seconds_as_minutes,
)
from app.core.text import Note, note

__all__ = ["FIELDS", "PULLED_MARK", "REQUIRED", "REVISIT_MARK", "ImportFailed", "ImportReport", "NoHeader",
           "RowError", "RowResult", "cart_numbers", "field_for", "header_key", "is_pulled", "parse_rows",
           "parse_table", "read_cart_no", "read_commission", "read_minutes", "read_price", "read_product_id"]

PULLED_MARK = "【已撤品】"  # leads an imported withdrawn item's notes: on the sheet, not to be sold
REVISIT_MARK = "【返场】"   # leads a revisit's notes; the item repeats its product (same product_id)

SEGMENT_WORDS = ("开场", "开播", "暖场", "互动", "下播", "福袋", "抽奖", "休息", "串场", "过款", "中场", "预告", "整点",
                 "结束", "收尾", "答疑", "口播")
NO_PRODUCT = ("无商品", "（无商品）", "(无商品)", "无")
FUZZY_REVISIT = 80  # rapidfuzz token-set score a 返场 title needs to name an earlier product
REVISIT_WORDS = ("返场",)
_NOTE_START = ("备注", "注：", "注:", "说明", "ps", "*", "※", "温馨提示", "以上", "提示")
_DATA_FIELDS = {"product_id", "sku", "list_price", "live_price", "stock", "cart_no"}


def is_pulled(item: Item) -> bool:
    """A withdrawn product imported for the record: the run-sheet shows it, nobody sells it."""
    return item.notes.startswith(PULLED_MARK)


def _a_note(under_the_table: bool) -> Note:
    return note("a note, not a product (under the table)" if under_the_table else "a note, not a product")


@dataclass
class _Row:
    """One non-empty row under the header, as the rules look at it."""

    line: int
    cells: list[str]
    values: dict[str, object]
    text: dict[str, str]
    unsaved: dict[str, tuple[str, str]] = field(default_factory=dict)  # field -> (header, formula): no result

    @property
    def filled(self) -> list[str]:
        return [c for c in self.cells if c]

    @property
    def name(self) -> str:
        name = self.text.get("name", "")
        return name if re.search(r"[^\W\d_]", name) else ""  # a date or a number is no title


@dataclass
class _Table:
    """The products read so far, for the rules that look back (返场, spec rows, notes under the table)."""

    report: ImportReport
    header_keys: set[str]
    data_columns: bool
    errors: list[RowError] = field(default_factory=list)
    ordered: list[tuple[str, int, Item]] = field(default_factory=list)  # (run order as typed, line, item)
    by_product: dict[str, tuple[int, Item]] = field(default_factory=dict)
    by_name: dict[str, tuple[int, Item]] = field(default_factory=dict)
    starts: list[tuple[int, int]] = field(default_factory=list)  # (line, clock seconds): start times only
    timed: dict[int, Item] = field(default_factory=dict)  # line -> item whose slot the next start ends
    previous: RowResult | None = None
    marks: Mapping[int, str] = field(default_factory=dict)  # line -> struck / grey / hidden
    links: Mapping[tuple[int, int], str] = field(default_factory=dict)
    last_values: dict[str, object] = field(default_factory=dict)  # the previous product row (同上)
    by_cart: dict[str, tuple[int, dict[str, object], Item]] = field(default_factory=dict)
    by_sku: dict[str, tuple[int, Item]] = field(default_factory=dict)

    @property
    def seen_product(self) -> bool:
        return bool(self.ordered)


def parse_table(rows: Sequence[tuple[int, Sequence[object]]], mapping: Mapping[str, str] | None = None,
                source: str = "", *, strict: bool = True, at: tuple[int, Sequence[object]] | None = None,
                marks: Mapping[int, str] | None = None, links: Mapping[tuple[int, int], str] | None = None,
                fixes: Mapping[tuple[int, str], str] | None = None,
                formulas: Mapping[tuple[int, int], str] | None = None) -> ImportReport:
    """Find the header among the rows (each numbered by its line in the file), or take `at` (index of
    the first row under it, header cells), and read the products under it. A row whose money or
    stock cannot be read (or is a formula the file holds without its result, `formulas`: (line,
    column) -> formula) is a problem row of the report; `strict` (the CLI's all or nothing) raises
    ImportFailed naming every one. Raises ImportFailed for no header and no products."""
    found = (at[0], list(at[1]), 1) if at is not None else find_header(rows, mapping)
    if found is None or REQUIRED not in map_header(found[1], mapping)[0].values():
        candidates = header_candidates(rows)
        why = (note("no header row with a product title column (商品标题 / 商品名称 / 品名 / name) in the first rows; "
                    "the likeliest header reads %1 (the app maps such columns by hand)", " | ".join(candidates))
               if candidates else
               note("no header row with a product title column (商品标题 / 商品名称 / 品名 / name) in the first rows"))
        raise NoHeader(source, [RowError(1, why)], candidates)
    start, header, _ = found
    columns, unknown = map_header(header, mapping)
    table = _Table(ImportReport(source=source, header_line=rows[start - 1][0], headers=[_text(h) for h in header],
                                columns=columns, unknown_headers=unknown),
                   {header_key(h) for h in header if _text(h)}, bool(set(columns.values()) & _DATA_FIELDS),
                   marks=marks or {}, links=links or {})
    seconds = any(f == "timing" and in_seconds(header[pos]) for pos, f in columns.items() if pos < len(header))
    points = [pos for pos, f in columns.items() if f == "talking_points" and pos < len(header)]
    offers = [pos for pos, f in columns.items() if f == "offer" and pos < len(header)]
    for line, cells in rows[start:]:
        texts = [_text(c) for c in cells]
        if any(texts):
            values = {key: cells[pos] if pos < len(cells) else None for pos, key in columns.items()}
            if len(points) > 1:  # 卖点 and 话术: both are the host's
                values["talking_points"] = join_points(header, points, cells)
            if len(offers) > 1:  # 机制 and 福利: both are said on air
                values["offer"] = join_offers(header, offers, cells)
            if seconds and values.get("timing") is not None:  # 讲解时长(秒): 180 is three minutes
                values["timing"] = seconds_as_minutes(values["timing"])
            for key in columns.values():
                if fixes and (line, key) in fixes:  # the user retyped a cell that could not be read
                    values[key] = fixes[(line, key)]
            for pos, key in columns.items():
                if (line, pos) in table.links and key in ("link", "name", "product_id", "image"):
                    values["link"] = table.links[(line, pos)]  # "点击查看" links to the product page
            unsaved = {key: (_text(header[pos]) or key, formulas[(line, pos)]) for pos, key in columns.items()
                       if formulas and (line, pos) in formulas and not (fixes and (line, key) in fixes)}
            _take(table, _Row(line, texts, values, {k: _text(v) for k, v in values.items()}, unsaved))
    report = _finish(table, source)
    refusal = report.refusal()
    if strict and refusal is not None:
        raise refusal
    return report


def _take(table: _Table, row: _Row) -> None:
    slot_start = clock_time(row.values.get("slot")) if not row.text.get("timing") else None
    start_only = slot_start is not None and not row.text.get("slot_end")
    if start_only:
        table.starts.append((row.line, slot_start))  # type: ignore[arg-type]
    result = RowResult(row.line, "skipped", name=row.text.get("name", ""))
    table.report.rows.append(result)
    before, table.previous = table.previous, result
    if before is not None and before.status == "imported" and not before.pulled and fill_blank_title(
            (row.values, row.text), table.last_values):
        result.name = row.text["name"]  # a spec row under a merged title: it folds into the product above
    reason = _not_a_product(table, row)
    if reason is not None:
        result.reason = reason
        return
    result.pulled = _is_pulled_row(table, row)
    if row.text.get("status") and not result.pulled and not status_known(row.text["status"]):
        result.warnings.append(note('status "%1" is not a status the import knows; kept on sale', row.text["status"]))
    is_revisit = any(w in row.name for w in REVISIT_WORDS) or any(
        w in c for c in [*row.cells[:3], row.text.get("role", "")] for w in REVISIT_WORDS if c)
    labels = {f: table.report.headers[pos] for pos, f in table.report.columns.items()
              if pos < len(table.report.headers)}
    fill_references((row.values, row.text), labels, table.by_cart, table.last_values,
                    result.warnings.append, is_revisit)
    row_errors, item = read_item(row.line, row.values, row.text, result.warnings.append)
    row_errors += unsaved_cells(row.line, row.unsaved, result.warnings.append)
    if row_errors and not result.pulled:
        result.status = "problem"
        result.reason = "; ".join(str(e.message) for e in row_errors)
        result.errors = row_errors
        table.errors.extend(row_errors)
        return
    result.warnings.extend(e.message for e in row_errors)  # a withdrawn row's price is not sold
    result.status = "imported"
    table.last_values = dict(row.values)
    if is_revisit:
        item = _as_revisit(table, item, result)
    if result.pulled:
        item.name = strip_marks(item.name[pulled_tag(item.name):]) or item.name
        item.notes = join(PULLED_MARK, item.notes)
        result.reason = (note("pulled (已撤品): kept on the sheet, not to be sold; %1", result.reason)
                         if result.reason else note("pulled (已撤品): kept on the sheet, not to be sold"))
    result.name = item.name
    if not is_revisit and _folds_into(table, before, result, item, row.text.get("spec", "")):
        return  # a spec row with no list price of its own keeps its product's
    if not item.list_price:
        item.list_price = item.live_price  # a sheet with one price: it is both
    if not is_revisit:
        if item.product_id and not id_rounded(item.product_id):  # 3.72962E+18 is every product's
            table.by_product.setdefault(item.product_id, (row.line, item))
        if item.sku:
            table.by_sku.setdefault(item.sku, (row.line, item))
        table.by_name.setdefault(item.name, (row.line, item))
    for number in cart_numbers(item.cart_no):
        table.by_cart.setdefault(str(number), (row.line, dict(row.values), item))
    table.ordered.append((row.text.get("run_order", ""), row.line, item))
    if start_only:
        table.timed[row.line] = item


def _not_a_product(table: _Table, row: _Row) -> Note | None:
    """Why a row is skipped, or None for a product row."""
    if table.marks.get(row.line) == "hidden":  # filtered out or hidden by the team: not tonight's
        return note("hidden in the sheet (a filter or hidden rows); not read")
    name, filled, text = row.name, row.filled, row.text
    template = template_row(row.filled, row.text, table.seen_product)
    if template is not None:
        return template
    if {header_key(c) for c in filled} <= table.header_keys and len(filled) >= 2:
        return note("the header repeated")
    if any(is_total(c) for c in (text.get("name", ""), row.cells[0])):
        return note("a totals row, not a product")
    has_data = has_product_data(text)
    if not name:
        word = next((w for w in SEGMENT_WORDS if any(c.startswith(w) for c in row.cells)), None)
        if word and not has_data:
            return note("a %1 segment, not a product", word)
        if len(filled) == 1 or filled[0].startswith(_NOTE_START) or (table.seen_product and not has_data):
            return _a_note(table.seen_product)
        return note("no product title")
    if name in NO_PRODUCT or "无商品" in name:
        return note("no product in this slot (%1)", name)
    remark = table.seen_product and table.data_columns and (
        len(filled) == 1 or (len(filled) <= 2 and re.search(r"[:：]", name) is not None))
    if not has_data and (name.startswith(_NOTE_START) or (len(filled) == 1 and len(name) > 30) or remark):
        return _a_note(table.seen_product)
    word = next((w for w in SEGMENT_WORDS if w in name or w == text.get("role") or w in row.cells), None)
    if word and not text.get("product_id") and not text.get("live_price") and not text.get("list_price"):
        return note("a %1 segment, not a product", word)
    return None


def _as_revisit(table: _Table, item: Item, result: RowResult) -> Item:
    """A 返场 row: its product's first appearance on the sheet, under the row's own link and price."""
    item.name = strip_marks(item.name) or item.name
    original = _original_of(table, item)
    if original is None:
        result.warnings.append(note('返场 of "%1", which is not earlier on this sheet', item.name))
        result.reason = note("返场")
    else:
        result.revisit_of = original[0]
        result.reason = note("返场, revisit of row %1", original[0])
        rounded = any("rounded" in str(w) for w in result.warnings)
        item = revisit(original[1], item)
        if rounded and original[1].product_id:  # the row's ID was mangled by Excel; its product's is not
            item.product_id = original[1].product_id
            result.warnings.append(note("product ID %1 taken from row %2 (the same product)", item.product_id,
                                        original[0]))
    item.notes = join(REVISIT_MARK + item.name, item.notes)
    return item


def _original_of(table: _Table, item: Item) -> tuple[int, Item] | None:
    """The product a 返场 row repeats: by product ID, 货号, cart number, exact title, then a fuzzy title
    (the row says `精华液（返场）` where the product was `377美白淡斑精华液 提亮肤色`)."""
    found = table.by_product.get(item.product_id) if item.product_id else None
    found = found or (table.by_sku.get(item.sku) if item.sku else None)
    numbers = cart_numbers(item.cart_no)
    if found is None and len(numbers) == 1 and str(numbers[0]) in table.by_cart:
        line, _values, got = table.by_cart[str(numbers[0])]
        found = (line, got) if not got.notes.startswith(REVISIT_MARK) else table.by_name.get(got.name)
    found = found or table.by_name.get(item.name)
    if found is None and table.by_name:
        best = process.extractOne(item.name, list(table.by_name), scorer=fuzz.token_set_ratio,
                                  score_cutoff=FUZZY_REVISIT)
        if best is not None:
            found = table.by_name[best[0]]
    return found


def _is_pulled_row(table: _Table, row: _Row) -> bool:
    """A status column (淘汰 / 已下架 / 撤品 / PULLED, or 否 under 是否上播), a cell that is nothing but
    the mark (`已下架`, `❌ 淘汰`, `已撤品（资质未过审）`), a tag leading the title (`【已下架】…`), a
    struck-through or grey row. The words inside copy (`❌酒精` in 卖点, "上次已下架的蓝色款" in 备注,
    "Pulled Pork") describe the product, not its status."""
    if table.marks.get(row.line) in ("struck", "grey"):
        return True
    status = row.text.get("status", "").lower()
    if status and says_pulled(status):
        return True
    return pulled_tag(row.text.get("name", "")) > 0 or any(marks_pulled(c) for c in row.filled)


def _folds_into(table: _Table, before: RowResult | None, result: RowResult, item: Item, spec: str = "") -> bool:
    """The same product again on the next row (merged title cells, see sheet_items.continues), or a
    row of another spec of a product ID met earlier wherever it stands (SKU lists sorted by colour)."""
    earlier = table.by_product.get(item.product_id) if item.product_id and spec and not result.pulled else None
    if earlier is not None and not is_pulled(earlier[1]) and f"规格：{spec}" not in earlier[1].notes.split("；"):
        fold_spec(earlier[1], item, result.warnings.append, earlier[0])
        result.reason = note("another spec of row %1, folded into it", earlier[0])
        return True
    if before is None or before.status != "imported" or not table.ordered or result.pulled or before.pulled:
        return False
    _order, line, last = table.ordered[-1]
    if before.revisit_of is not None or not continues(last, item, spec, table.report.sku_per_spec):
        return False
    fold_spec(last, item, result.warnings.append, line)
    result.reason = note("another spec of row %1, folded into it", line)
    return True


def _finish(table: _Table, source: str) -> ImportReport:
    for (line, begin), (_next, end) in itertools.pairwise(table.starts):
        minutes = ((end - begin) % (24 * 3600)) / 60  # a start time only: the next row's start ends it
        if line in table.timed and MIN_MINUTES <= minutes <= MAX_MINUTES:
            table.timed[line].planned_min = round(minutes, 2)
    if not table.ordered and table.errors:
        raise ImportFailed(source, table.errors)
    if not table.ordered:
        raise ImportFailed(source, [RowError(table.report.header_line, note("no products under the header"))])
    indexes, said = run_order([typed for typed, _l, _i in table.ordered])  # the typed 序号 decides
    rows = {r.line: r for r in table.report.rows}
    for index, why in said.items():
        rows[table.ordered[index][1]].warnings.append(why)
    table.ordered = [table.ordered[i] for i in indexes]
    table.report.items = [i for _o, _l, i in table.ordered]
    table.report.item_lines = [line for _o, line, _i in table.ordered]
    return table.report


def parse_rows(header: Sequence[object], rows: Iterable[tuple[int, Sequence[object]]]) -> list[Item]:
    """Items from a header and its numbered rows, or ImportFailed (for callers that need no report)."""
    return parse_table([(1, list(header)), *rows]).items
