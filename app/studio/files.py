"""Reading product sheets and writing exports. Parsing rules live in app.core.products."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import re
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.core.products import ImportFailed, ImportReport, NoHeader, RowError, parse_table
from app.core.runsheet import Item, format_cues
from app.core.text import note

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
        text = path.read_bytes().decode("utf-8", errors="replace")  # at most 10 MB, read once here
        if _more_rows_than(csv.reader(io.StringIO(text, newline="")), MAX_IMPORT_ROWS):
            raise fail("the file has more than %1 rows; split it", f"{MAX_IMPORT_ROWS:,}")


def _xml_rows(part: IO[bytes]) -> Iterator[None]:
    """One None per <row> of a worksheet part, streaming: memory stays flat however big it is.

    openpyxl's read-only loader spends ~15 s on 50 MB of rows before the first one is seen;
    counting them with iterparse stops after the limit instead.
    """
    for _event, elem in ET.iterparse(part, events=("end",)):
        if elem.tag.endswith("}row") or elem.tag == "row":
            elem.clear()
            yield None


def _more_rows_than(rows: Iterator[Any], limit: int) -> bool:
    end = object()
    return next(itertools.islice(rows, limit, None), end) is not end


RUNSHEET_COLUMNS = ["name", "sku", "list_price", "live_price", "stock", "minutes", "talking_points", "notes",
                    "link", "cues", "product_id", "cart_no"]

Rows = list[tuple[int, list[Any]]]
STRUCK_MARK = "已撤品（删除线）"


def _read_csv(path: Path) -> Rows:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):  # merchants' Excel exports are often GBK
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ImportFailed(path.name, [RowError(1, note("file is neither UTF-8 nor GB18030 text"))])
    sample = text[:4096]
    dialect: Any = csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel
    # csv.reader.line_num would count embedded newlines; report the record's first line instead.
    numbered, line = [], 1
    for row in csv.reader(io.StringIO(text, newline=""), dialect):
        numbered.append((line, list(row)))
        line += 1 + sum(cell.count("\n") for cell in row)
        if len(numbered) > MAX_IMPORT_ROWS:
            raise ImportFailed(path.name, [RowError(line, note("more than %1 rows", MAX_IMPORT_ROWS))])
    return numbered


def _read_xlsx(path: Path) -> list[tuple[str, Rows]]:
    """Every sheet's rows, with merged cells filled with their value (group headers, merged roles)."""
    try:
        wb = openpyxl.load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise ImportFailed(path.name, [RowError(1, note("not a readable XLSX workbook (%1)", exc))]) from None
    sheets = []
    try:
        for ws in wb.worksheets:
            if ws.max_row > MAX_IMPORT_ROWS:
                raise ImportFailed(path.name, [RowError(1, note('sheet "%1" has more than %2 rows', ws.title,
                                                                          MAX_IMPORT_ROWS))])
            grid = []
            for cells in ws.iter_rows():
                row = [c.value for c in cells]
                struck = [c for c in cells if c.value not in (None, "") and c.font is not None and c.font.strike]
                if struck and len(struck) * 2 >= sum(v not in (None, "") for v in row):
                    row.append(STRUCK_MARK)  # teams strike a withdrawn product through rather than say so
                grid.append(row)
            for rng in ws.merged_cells.ranges:
                value = grid[rng.min_row - 1][rng.min_col - 1] if rng.min_row <= len(grid) else None
                for r in range(rng.min_row, min(rng.max_row, len(grid)) + 1):
                    for c in range(rng.min_col, rng.max_col + 1):
                        if c <= len(grid[r - 1]):
                            grid[r - 1][c - 1] = value
            sheets.append((ws.title, [(i + 1, row) for i, row in enumerate(grid)]))
    finally:
        wb.close()
    return sheets


def read_sheets(path: Path) -> list[tuple[str, Rows]]:
    """(sheet name, rows numbered by line) for each sheet of the file; a CSV is one sheet named ""."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".xlsm"):
        raise ImportFailed(path.name, [RowError(1, note('unknown file type "%1" (use .csv or .xlsx)', suffix))])
    check_import_bounds(path)  # issue #13: refused before it is read whole
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    return [("", _read_csv(path))]


def import_sheet(path: Path, mapping: dict[str, str] | None = None) -> ImportReport:
    """Read a product sheet as teams keep it: the product sheet is found among the workbook's sheets,
    its header under titles and info rows. `mapping` is the user's column choice (header -> field).
    Raises ImportFailed for real errors (NoHeader when no column could be recognised)."""
    sheets = read_sheets(path)
    if not any(rows for _n, rows in sheets):
        raise ImportFailed(path.name, [RowError(1, note("file is empty"))])
    reports: list[ImportReport] = []
    failures: list[tuple[str, ImportFailed]] = []
    for name, rows in sheets:
        try:
            report = parse_table(rows, mapping, path.name)
        except ImportFailed as exc:
            failures.append((name, exc))
            continue
        report.sheet = name
        reports.append(report)
    if not reports:
        name, first = failures[0]
        errors = [RowError(e.line, note('sheet "%1": %2', name, e.message)) for e in first.errors] \
            if len(sheets) > 1 else first.errors
        if isinstance(first, NoHeader):
            raise NoHeader(path.name, errors, first.candidates)
        raise ImportFailed(path.name, errors)
    best = max(reports, key=lambda r: (len(r.columns), len(r.items)))
    best.other_sheets = [n for n, _rows in sheets if n != best.sheet]
    return best


def read_products(path: Path) -> list[Item]:
    """Items from a CSV or XLSX sheet, or ImportFailed naming every bad row as `file:line: why`."""
    return import_sheet(path).items


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def runsheet_rows(items: Sequence[Item]) -> list[dict[str, Any]]:
    """The run-sheet in the same columns `import` reads, so an export re-imports unchanged."""
    return [{
        "name": i.name, "sku": i.sku, "list_price": _yuan(i.list_price), "live_price": _yuan(i.live_price),
        "stock": i.stock, "minutes": i.planned_min, "talking_points": i.talking_points, "notes": i.notes,
        "link": i.link, "cues": format_cues(i.cues), "product_id": i.product_id, "cart_no": i.cart_no,
    } for i in items]


# ---- exports: data, never code (issue #13) -----------------------------------------------------------

XLSX_MAX_ROWS = 1_048_576  # Excel's rows per sheet, the header included
XLSX_MAX_CELL = 32_767  # Excel's characters per cell
# Characters XML 1.0 cannot hold (openpyxl refuses them) and lone surrogates (UTF-8 cannot).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# OWASP CSV injection: a cell starting with these is a formula in Excel, LibreOffice and Sheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula gets a leading single quote (OWASP)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


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
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    tmp = Path(tmp_name)
    try:
        if fmt == "xlsx":
            os.close(fd)
            _write_xlsx(rows, columns, tmp)
        else:
            with open(fd, "w", encoding="utf-8", newline="") as stream:
                _write_text(rows, columns, fmt, stream)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


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
