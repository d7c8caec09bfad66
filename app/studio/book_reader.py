""".xls, .xlsb and .ods product sheets through python-calamine (values and merges; these formats
give no styles or hyperlinks here). calamine has no merges and no row or column visibility for
.ods, so they are read from the file's content.xml, streaming; nor row visibility for .xls/.xlsb,
read from their row records (app.studio.binary_rows; their hidden columns stay read). An "xls"
that is really an HTML table (ERP / 后台 exports) is read by app.studio.html_tables. Also the
formula cells of an .xlsx (read by app.studio.files)."""

from __future__ import annotations

import bisect
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path

import openpyxl
import python_calamine
from openpyxl.cell import Cell
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from app.core.products import ImportFailed, RowError
from app.core.sheet_header import HiddenText, TypedHms
from app.core.sheet_pick import RawSheet
from app.core.text import note
from app.studio.binary_rows import hidden_rows

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def read_calamine(path: Path, max_rows: int, max_columns: int) -> list[RawSheet]:
    """Every sheet's values, numbered by their line in the sheet, and its merged ranges; the rows a
    filter or the team hid (skipped, as in an .xlsx); in an .ods also hidden columns' text as
    HiddenText (their header loses to a visible one of the same field)."""
    try:
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types per format
        raise ImportFailed(path.name, [RowError(1, note("not a readable workbook (%1)", exc))]) from None
    ods = ods_layout(path) if path.suffix.lower() == ".ods" else {}
    binary = hidden_rows(path) if path.suffix.lower() in (".xls", ".xlsb") else {}
    hidden = {m.name for m in wb.sheets_metadata if m.visible != python_calamine.SheetVisibleEnum.Visible}
    sheets = []
    for name in wb.sheet_names:
        ws = wb.get_sheet_by_name(name)
        if ws.total_height > max_rows or ws.total_width > max_columns:
            raise ImportFailed(path.name, [RowError(1, note('sheet "%1" declares %2 rows and %3 columns; refused',
                                                            name, ws.total_height, ws.total_width))])
        layout = ods.get(name, OdsLayout())
        top, left = ws.start or (0, 0)  # calamine's range starts at the first used cell
        rows: list[tuple[int, list[object]]] = [
            (top + i, [None] * left + [None if v == "" else HiddenText(v) if isinstance(v, str)
                                       and layout.hides(layout.hidden_columns, left + j) else v
                                       for j, v in enumerate(row)])
            for i, row in enumerate(ws.to_python(skip_empty_area=False), 1)]
        merges = [(r0 + 1, c0 + 1, r1 + 1, c1 + 1) for (r0, c0), (r1, c1) in (ws.merged_cell_ranges or [])]
        hid = binary.get(name, set())
        marks = {line: "hidden" for line, _cells in rows if line in hid or layout.hides(layout.hidden_rows, line - 1)}
        sheets.append(RawSheet(name, rows, merges or layout.merges, marks, hidden=name in hidden))
    return sheets


@dataclass
class OdsLayout:
    """What calamine does not give of an .ods sheet: merged ranges (1-based row0, col0, row1, col1)
    and the hidden rows and columns (0-based ranges: LibreOffice writes `table:visibility="collapse"`
    for rows or columns the team hid, `"filter"` for rows an autofilter hides)."""

    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden_rows: list[range] = field(default_factory=list)
    hidden_columns: list[range] = field(default_factory=list)

    @staticmethod
    def hides(spans: list[range], index: int) -> bool:
        """Ranges, in sheet order (content.xml lists rows and columns in order, never overlapping): "hide
        every row below" is one range of a million rows, and a filter hiding every other row thousands
        of ranges, so a lookup is a bisection, not a scan (9,000 rows took 2 s)."""
        i = bisect.bisect_right(spans, index, key=lambda r: r.start) - 1
        return i >= 0 and index in spans[i]


def ods_layout(path: Path) -> dict[str, OdsLayout]:
    """Sheet name -> its merged ranges and hidden rows and columns, read from content.xml, streaming."""
    out: dict[str, OdsLayout] = {}
    current = OdsLayout()
    row = col = column = 0
    try:
        with zipfile.ZipFile(path) as z, z.open("content.xml") as part:
            for event, elem in ET.iterparse(part, events=("start", "end")):
                tag = elem.tag
                if event == "start" and tag == _TABLE + "table":
                    current = out.setdefault(elem.get(_TABLE + "name", ""), OdsLayout())
                    row = column = 0
                elif event == "start" and tag == _TABLE + "table-row":
                    col = 0
                elif event == "end" and tag in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
                    rows = int(elem.get(_TABLE + "number-rows-spanned", "1"))
                    cols = int(elem.get(_TABLE + "number-columns-spanned", "1"))
                    if tag == _TABLE + "table-cell" and (rows > 1 or cols > 1):
                        current.merges.append((row + 1, col + 1, row + rows, col + cols))
                    col += int(elem.get(_TABLE + "number-columns-repeated", "1"))
                    elem.clear()
                elif event == "end" and tag == _TABLE + "table-column":
                    repeated = int(elem.get(_TABLE + "number-columns-repeated", "1"))
                    if elem.get(_TABLE + "visibility", "visible") != "visible":
                        current.hidden_columns.append(range(column, column + repeated))
                    column += repeated
                elif event == "end" and tag == _TABLE + "table-row":
                    repeated = int(elem.get(_TABLE + "number-rows-repeated", "1"))
                    if elem.get(_TABLE + "visibility", "visible") != "visible":
                        current.hidden_rows.append(range(row, row + repeated))
                    row += repeated
                    elem.clear()
    except (zipfile.BadZipFile, KeyError, ET.ParseError, ValueError):
        return {}
    return out


def xlsx_formulas(path: Path) -> dict[str, dict[tuple[int, int], str]]:
    """Sheet title -> (row, column), 1-based -> formula, of every formula cell of an .xlsx. Read with
    values, a formula the file holds without its result (openpyxl and some web exporters never
    calculate) is an empty cell; only this second, read-only pass tells the two apart."""
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception:  # the values pass has already read this file; no formulas is the safe answer
        return {}
    try:
        return {ws.title: {(c.row, c.column): str(getattr(c.value, "text", c.value)) for row in ws.iter_rows()
                           for c in row if isinstance(c.value, ArrayFormula | DataTableFormula)
                           or (isinstance(c.value, str) and c.value.startswith("="))}
                for ws in wb.worksheets}
    finally:
        wb.close()


_LITERALS = re.compile(r'"[^"]*"|\\.|\[\$[^\]]*\]')  # "text", \x and [$-F400]: no part of the time shown


def xlsx_value(cell: Cell) -> object:
    """The cell's value; a time whose number format shows its seconds (h:mm:ss, [h]:mm:ss) as
    TypedHms, so a minutes column can tell `1:05:00` typed as hours from `1:05` typed as m:ss."""
    value = cell.value
    if isinstance(value, time | timedelta) and "s" in _LITERALS.sub("", str(cell.number_format)).lower():
        if isinstance(value, time):
            return TypedHms(hours=value.hour, minutes=value.minute, seconds=value.second)
        return TypedHms(seconds=value.total_seconds())
    return value
