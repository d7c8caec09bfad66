"""Reading product sheets and writing exports. Parsing rules live in app.core.products."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.core.products import ImportFailed, ImportReport, RowError
from app.core.runsheet import Item, format_cues
from app.core.sheet_book import import_book
from app.core.sheet_header import HiddenText
from app.core.sheet_pick import RawSheet, apply_merges
from app.core.text import csv_safe, note
from app.studio.book_reader import read_calamine, xlsx_formulas, xlsx_value
from app.studio.html_tables import looks_like_markup, read_markup
from app.studio.part_files import replacing

# ---- import bounds (issue #13): refuse a sheet before it is read whole ------------------------------

MAX_IMPORT_BYTES = 10 * 1000 * 1000  # the file as it lies on disk
MAX_IMPORT_ROWS = 10_000  # per sheet; a run-sheet has tens of products, a supply list hundreds
MAX_INFLATED_BYTES = 100 * 1000 * 1000  # an XLSX is a zip: what its parts declare unpacked
MAX_ZIP_ENTRIES = 10_000


def check_import_bounds(path: Path) -> None:
    """ImportFailed (row 1, a plain reason) for a file too big to import, before it is read whole.

    An XLSX of 1 MB can unpack to gigabytes (a zip bomb reached 4.7 GB RSS); zipfile never yields
    more than a part declares, so the declared sizes bound what openpyxl can read. Rows are
    counted streaming (read-only openpyxl, the csv module) and the count stops at the limit.
    """
    def fail(template: str, *args: object) -> ImportFailed:
        return ImportFailed(path.name, [RowError(1, note(template, *args))])

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise fail("cannot read the file (%1)", exc.strerror or exc) from None
    if size > MAX_IMPORT_BYTES:
        raise fail("the file is %1 MB; sheets up to %2 MB are imported", f"{size / 1e6:.1f}",
                   MAX_IMPORT_BYTES // 1_000_000)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        try:
            with zipfile.ZipFile(path) as z:
                infos = z.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise fail("not a readable XLSX workbook (%1)", exc) from None
        inflated = sum(i.file_size for i in infos)
        if len(infos) > MAX_ZIP_ENTRIES or inflated > MAX_INFLATED_BYTES:
            raise fail("the workbook unpacks to %1 MB in %2 parts; up to %3 MB are imported", f"{inflated / 1e6:.0f}",
                       len(infos), MAX_INFLATED_BYTES // 1_000_000)
        try:
            with zipfile.ZipFile(path) as z:
                sheets = sorted(n for n in z.namelist() if re.fullmatch(r"xl/worksheets/[^/]+\.xml", n))
                for n, name in enumerate(sheets, 1):
                    with z.open(name) as part:
                        if _more_rows_than(_xml_rows(part), MAX_IMPORT_ROWS):
                            raise fail("sheet %1 has more than %2 rows; split it", n, f"{MAX_IMPORT_ROWS:,}")
        except (zipfile.BadZipFile, OSError, ValueError, ET.ParseError) as exc:
            raise fail("not a readable XLSX workbook (%1)", exc) from None
    elif suffix == ".csv":
        raw = path.read_bytes()  # at most 10 MB, read once here
        text = raw.decode("utf-16" if _utf16(raw) else "utf-8", errors="replace")
        if _more_rows_than(csv.reader(io.StringIO(text, newline="")), MAX_IMPORT_ROWS):
            raise fail("the file has more than %1 rows; split it", f"{MAX_IMPORT_ROWS:,}")


def _xml_rows(part: IO[bytes]) -> Iterator[None]:
    """One None per <row> of a worksheet part, streaming: memory stays flat however big it is.

    openpyxl's read-only loader spends ~15 s on 50 MB of rows before the first one is seen;
    counting them with iterparse stops after the limit instead.
    """
    for _event, elem in ET.iterparse(part, events=("end",)):
        tag = elem.tag.rsplit("}", 1)[-1]
        if tag in ("dimension", "mergeCell") and _area(elem.get("ref", "")) > MAX_DECLARED_CELLS:
            raise ValueError(f"it declares the range {elem.get('ref')} (a whole-sheet range is refused)")
        if tag == "c" and _column(elem.get("r", "")) > MAX_IMPORT_COLUMNS:
            raise ValueError(f"a cell in column {re.sub(r'[0-9]', '', elem.get('r', ''))} (more than "
                             f"{MAX_IMPORT_COLUMNS} columns is refused)")
        if tag == "row":
            elem.clear()
            yield None


def _column(ref: str) -> int:
    n = 0
    for ch in re.sub(r"[^A-Z]", "", ref.upper()):
        n = n * 26 + ord(ch) - 64
    return n


def _area(ref: str) -> int:
    """Cells a range such as A1:XFD1048576 covers (1 for a single cell)."""
    if ":" not in ref:
        return 1
    a, b = ref.split(":", 1)
    rows = abs(int(re.sub(r"\D", "", b) or 1) - int(re.sub(r"\D", "", a) or 1)) + 1
    return rows * (abs(_column(b) - _column(a)) + 1)


def _more_rows_than(rows: Iterator[Any], limit: int) -> bool:
    end = object()
    return next(itertools.islice(rows, limit, None), end) is not end


RUNSHEET_COLUMNS = ["name", "sku", "list_price", "live_price", "coupon_price", "stock", "minutes", "talking_points",
                    "notes", "link", "cues", "product_id", "cart_no"]

Rows = list[tuple[int, list[Any]]]


MAX_IMPORT_COLUMNS = 500  # a product sheet has tens of columns; XFD (16,384) is a trap
MAX_DECLARED_CELLS = 5_000_000  # what a sheet's dimension or one merged range may declare


def _utf16(raw: bytes) -> bool:
    """Excel's "Unicode 文本" (and many Windows tools) write UTF-16 with a byte-order mark."""
    return raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _decode(path: Path, raw: bytes) -> str:
    for encoding in ("utf-16",) if _utf16(raw) else ("utf-8-sig", "gb18030"):  # merchants' Excel exports are often GBK
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFailed(path.name, [RowError(1, note("file is neither UTF-8 nor GB18030 text"))])


def _read_csv(path: Path) -> Rows:
    """UTF-8 (with or without BOM) or GBK; `,` `;` or tab, whichever the first lines use."""
    text = _decode(path, path.read_bytes())
    sample = "\n".join(text[:8192].splitlines()[:20])
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
        if dialect.delimiter not in ",;\t":
            dialect = csv.excel
        # Every spreadsheet doubles a quote inside a quoted cell; the Sniffer says otherwise when its
        # first lines hold none, and a later `"限量"`款 then reads as `"限量""款`.
        dialect.doublequote = True
    except csv.Error:
        counts = {d: sample.count(d) for d in ",;\t"}
        dialect = {",": csv.excel, ";": _Semicolon, "\t": csv.excel_tab}[max(counts, key=lambda d: counts[d])]
    # Numbered by record, as Excel, WPS and Numbers show the file (and as an .xlsx is numbered): a quoted
    # cell with line breaks (a 卖点 of several lines) is one row there, not several text lines.
    numbered: Rows = []
    for line, row in enumerate(csv.reader(io.StringIO(text, newline=""), dialect), 1):
        if line > MAX_IMPORT_ROWS:
            raise ImportFailed(path.name, [RowError(line, note("more than %1 rows", MAX_IMPORT_ROWS))])
        # a line break inside a cell as "\n" (a CR of another tool's CR LF would stay in the 卖点)
        numbered.append((line, [_TEXT_PROTECTED.sub(r"\1", cell).replace("\r\n", "\n").replace("\r", "\n")
                                for cell in row]))
    return numbered


# ERP exports (聚水潭, 旺店通 …) write IDs and 货号 as `="0123"` so Excel keeps them text (no rounding, the
# leading zero kept): the value is what is inside the quotes.
_TEXT_PROTECTED = re.compile(r'^\s*="(.*)"\s*$', re.DOTALL)


class _Semicolon(csv.excel):
    delimiter = ";"


def _grey(cell: Any) -> bool:
    """A cell filled grey (teams grey out a withdrawn row): equal R, G, B between 0x80 and 0xE8."""
    fill = cell.fill
    if fill is None or fill.fill_type != "solid":
        return False
    rgb = str(getattr(fill.fgColor, "rgb", "") or "")
    if not re.fullmatch(r"[0-9A-Fa-f]{8}", rgb):
        return False
    r, g, b = (int(rgb[i:i + 2], 16) for i in (2, 4, 6))
    return max(r, g, b) - min(r, g, b) <= 12 and 0x80 <= (r + g + b) / 3 <= 0xE8


def _row_mark(cells: Sequence[Any]) -> str:
    filled = [c for c in cells if c.value not in (None, "")]
    if not filled:
        return ""
    if sum(1 for c in filled if c.font is not None and c.font.strike) * 2 >= len(filled):
        return "struck"  # teams strike a withdrawn product through rather than say so
    if sum(1 for c in filled if _grey(c)) * 2 >= len(filled) and len(filled) >= 2:
        return "grey"
    return ""


def _read_xlsx(path: Path) -> list[RawSheet]:
    """Every sheet's values with what only openpyxl sees: merged ranges, struck-through, grey or hidden
    rows (an autofilter's filtered-out rows are hidden ones), hidden columns' text as HiddenText,
    hyperlink targets ("点击查看" links to the product page) and formulas saved without a result."""
    try:
        wb = openpyxl.load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise ImportFailed(path.name, [RowError(1, note("not a readable XLSX workbook (%1)", exc))]) from None
    sheets, unsaved = [], xlsx_formulas(path)
    try:
        for ws in wb.worksheets:
            if ws.max_row > MAX_IMPORT_ROWS:
                raise ImportFailed(path.name, [RowError(1, note('sheet "%1" has more than %2 rows', ws.title,
                                                                          MAX_IMPORT_ROWS))])
            sheet = RawSheet(ws.title, [], hidden=ws.sheet_state != "visible")
            hidden_rows = {r for r, dim in ws.row_dimensions.items() if dim.hidden}
            hidden_columns = {c for dim in ws.column_dimensions.values() if dim.hidden
                              for c in range(dim.min or 1, (dim.max or dim.min or 1) + 1)}
            formulas = unsaved.get(ws.title, {})
            for i, cells in enumerate(ws.iter_rows(), 1):
                sheet.rows.append((i, [HiddenText(c.value) if isinstance(c.value, str) and c.column in hidden_columns
                                       else xlsx_value(c) for c in cells]))
                mark = "hidden" if i in hidden_rows else _row_mark(cells)
                if mark:
                    sheet.marks[i] = mark
                for c in cells:
                    if c.hyperlink is not None and c.hyperlink.target:
                        sheet.links[(i, c.column - 1)] = str(c.hyperlink.target)
                    if c.value is None and c.data_type != "str" and (i, c.column) in formulas:  # "str": result ""
                        sheet.formulas[(i, c.column - 1)] = formulas[(i, c.column)]
            sheet.merges = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
            sheets.append(sheet)
    finally:
        wb.close()
    return sheets


BOOK_SUFFIXES = (".xls", ".xlsb", ".ods")
SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm", *BOOK_SUFFIXES)


def read_book(path: Path) -> list[RawSheet]:
    """Each sheet of the file as read (a CSV is one sheet named ""), bounds checked first."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ImportFailed(path.name, [RowError(1, note('unknown file type "%1" (use .csv, .xlsx, .xls, .xlsb or '
                                                        '.ods)', suffix))])
    check_import_bounds(path)  # issue #13: refused before it is read whole
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix == ".xls" and looks_like_markup(path):
        return read_markup(path, MAX_IMPORT_ROWS)
    if suffix in BOOK_SUFFIXES:
        return read_calamine(path, MAX_IMPORT_ROWS, MAX_IMPORT_COLUMNS)
    return [RawSheet("", _read_csv(path))]


def read_sheets(path: Path) -> list[tuple[str, Rows]]:
    """(sheet name, rows numbered by line) for each sheet of the file, merged cells applied."""
    return [(s.name, apply_merges(s)) for s in read_book(path)]


def import_sheet(path: Path, mapping: dict[str, str] | None = None, sheet: str | None = None,
                 header_row: int | None = None, fixes: dict[tuple[int, str], str] | None = None) -> ImportReport:
    """Read a product sheet as teams keep it: every sheet and header row scored, the best product
    table read, the others read for what they are (app.core.sheet_book). `mapping` is the user's
    column choice (header -> field); `sheet` and `header_row` the user's choice of table. Rows that
    cannot be read are the report's problems; ImportFailed for a file with no products at all."""
    sheets = read_book(path)
    if not any(s.rows for s in sheets):
        raise ImportFailed(path.name, [RowError(1, note("file is empty"))])
    return import_book(sheets, path.name, mapping, sheet, header_row, fixes)


def read_products(path: Path) -> list[Item]:
    """Items from a sheet, or ImportFailed naming every bad row as `file:line: why` (all or nothing)."""
    report = import_sheet(path)
    refusal = report.refusal()
    if refusal is not None:
        raise refusal
    return report.items


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def runsheet_rows(items: Sequence[Item]) -> list[dict[str, Any]]:
    """The run-sheet in the same columns `import` reads, so an export re-imports unchanged."""
    return [{
        "name": i.name, "sku": i.sku, "list_price": _yuan(i.list_price), "live_price": _yuan(i.live_price),
        "coupon_price": _yuan(i.coupon_price) if i.coupon_price else "", "stock": i.stock, "minutes": i.planned_min,
        "talking_points": i.talking_points, "notes": i.notes,
        "link": i.link, "cues": format_cues(i.cues), "product_id": i.product_id, "cart_no": i.cart_no,
    } for i in items]


# ---- exports: data, never code (issue #13) -----------------------------------------------------------

XLSX_MAX_ROWS = 1_048_576  # Excel's rows per sheet, the header included
XLSX_MAX_CELL = 32_767  # Excel's characters per cell
# Characters XML 1.0 cannot hold (openpyxl refuses them) and lone surrogates (UTF-8 cannot).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
def xml_safe(text: str) -> str:
    """Text an XLSX can hold: illegal XML characters become U+FFFD, at most Excel's cell length."""
    if len(text) > XLSX_MAX_CELL:
        text = text[:XLSX_MAX_CELL]
    return _XML_ILLEGAL.sub("\ufffd", text)


def write_table(rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, out: io.TextIOBase | Path) -> None:
    """Write rows as json, csv or xlsx to a path (or a text stream for json/csv), streaming.

    Memory stays constant whatever the row count (XLSX through openpyxl's write-only mode, a new
    sheet every 1,048,576 rows). A path is written through a temporary file in the same folder
    and renamed into place at the end, so a failed export leaves no file (and no 0-byte one).
    Text is data, never code: CSV cells that start like a formula are quoted per OWASP, XLSX
    cells are typed as strings.
    """
    if fmt not in ("json", "csv", "xlsx"):
        raise ValueError(f"unknown format {fmt!r}")
    if fmt == "xlsx" and not isinstance(out, Path):
        raise ValueError("xlsx needs an output file (--out)")
    if not isinstance(out, Path):
        _write_text(rows, columns, fmt, out)
        return
    with replacing(out) as tmp:
        if fmt == "xlsx":
            _write_xlsx(rows, columns, tmp)
        else:
            with open(tmp, "w", encoding="utf-8", newline="") as stream:
                _write_text(rows, columns, fmt, stream)


def _write_text(rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, stream: Any) -> None:
    if fmt == "json":
        stream.write("[")
        for n, row in enumerate(rows):
            stream.write(",\n " if n else "\n ")
            stream.write(json.dumps(row, ensure_ascii=False))
        stream.write("\n]\n")
    else:
        writer = csv.writer(stream)
        writer.writerow(columns)
        for r in rows:
            writer.writerow([csv_safe(_cell(r.get(c))) for c in columns])


def _write_xlsx(rows: Iterable[dict[str, Any]], columns: Sequence[str], path: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws: WriteOnlyWorksheet | None = None
    in_sheet = XLSX_MAX_ROWS
    sheets = 0
    try:
        for r in rows:
            if in_sheet >= XLSX_MAX_ROWS:
                sheets += 1
                ws = wb.create_sheet("Sheet" if sheets == 1 else f"Sheet ({sheets})")
                ws.append(list(columns))
                in_sheet = 1
            assert ws is not None
            ws.append([_xlsx_cell(ws, _cell(r.get(c))) for c in columns])
            in_sheet += 1
        if ws is None:
            wb.create_sheet("Sheet").append(list(columns))
        wb.save(path)
    except BaseException:
        for sheet in wb.worksheets:  # write-only sheets stream to temp files: remove them now
            try:
                sheet.close()  # type: ignore[union-attr]
                sheet._writer.cleanup()  # type: ignore[union-attr]
            except Exception:
                pass
        raise


def _xlsx_cell(ws: WriteOnlyWorksheet, value: Any) -> Any:
    if isinstance(value, str):
        cell = WriteOnlyCell(ws, value=xml_safe(value))
        cell.data_type = "s"  # never a formula ("=…") or an error code ("#N/A")
        return cell
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 2 ** 53:
        return str(value)  # Excel keeps 15 digits: a 19-digit id would be silently rounded
    return value


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
