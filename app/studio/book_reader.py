""".xls, .xlsb and .ods product sheets through python-calamine (values and merges; these formats
give no styles or hyperlinks here). calamine has no merges for .ods, so they are read from the
file's content.xml, streaming. An "xls" that is really an HTML table (ERP / 后台 exports) is read
with the stdlib's HTMLParser."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import python_calamine

from app.core.products import ImportFailed, RowError
from app.core.sheet_pick import RawSheet
from app.core.text import note

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def read_calamine(path: Path, max_rows: int, max_columns: int) -> list[RawSheet]:
    """Every sheet's values, numbered by their line in the sheet, and its merged ranges."""
    try:
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types per format
        raise ImportFailed(path.name, [RowError(1, note("not a readable workbook (%1)", exc))]) from None
    ods = ods_merges(path) if path.suffix.lower() == ".ods" else {}
    hidden = {m.name for m in wb.sheets_metadata if m.visible != python_calamine.SheetVisibleEnum.Visible}
    sheets = []
    for name in wb.sheet_names:
        ws = wb.get_sheet_by_name(name)
        if ws.total_height > max_rows or ws.total_width > max_columns:
            raise ImportFailed(path.name, [RowError(1, note('sheet "%1" declares %2 rows and %3 columns; refused',
                                                            name, ws.total_height, ws.total_width))])
        top, left = ws.start or (0, 0)  # calamine's range starts at the first used cell
        rows: list[tuple[int, list[object]]] = [
            (top + i, [None] * left + [None if v == "" else v for v in row])
            for i, row in enumerate(ws.to_python(skip_empty_area=False), 1)]
        merges = [(r0 + 1, c0 + 1, r1 + 1, c1 + 1) for (r0, c0), (r1, c1) in (ws.merged_cell_ranges or [])]
        sheets.append(RawSheet(name, rows, merges or ods.get(name, []), hidden=name in hidden))
    return sheets


def ods_merges(path: Path) -> dict[str, list[tuple[int, int, int, int]]]:
    """Sheet name -> merged ranges (1-based row0, col0, row1, col1) of an OpenDocument spreadsheet."""
    out: dict[str, list[tuple[int, int, int, int]]] = {}
    current: list[tuple[int, int, int, int]] = []
    row = col = 0
    try:
        with zipfile.ZipFile(path) as z, z.open("content.xml") as part:
            for event, elem in ET.iterparse(part, events=("start", "end")):
                tag = elem.tag
                if event == "start" and tag == _TABLE + "table":
                    current = out.setdefault(elem.get(_TABLE + "name", ""), [])
                    row = 0
                elif event == "start" and tag == _TABLE + "table-row":
                    col = 0
                elif event == "end" and tag in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
                    rows = int(elem.get(_TABLE + "number-rows-spanned", "1"))
                    cols = int(elem.get(_TABLE + "number-columns-spanned", "1"))
                    if tag == _TABLE + "table-cell" and (rows > 1 or cols > 1):
                        current.append((row + 1, col + 1, row + rows, col + cols))
                    col += int(elem.get(_TABLE + "number-columns-repeated", "1"))
                    elem.clear()
                elif event == "end" and tag == _TABLE + "table-row":
                    row += int(elem.get(_TABLE + "number-rows-repeated", "1"))
                    elem.clear()
    except (zipfile.BadZipFile, KeyError, ET.ParseError, ValueError):
        return {}
    return out


def looks_like_markup(path: Path) -> bool:
    """An "xls" that is an HTML table or Excel 2003 XML (what ERP and 后台 exports save as .xls)."""
    with open(path, "rb") as f:
        head = f.read(512).lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    return head[:1] == b"<"


class _Tables(HTMLParser):
    """Every <table> of a page as rows of cell text; a colspan leaves empty cells after its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[object]]] = []
        self.cell: list[str] | None = None
        self.span = 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables and self.tables[-1]:
            self.cell = []
            span = dict(attrs).get("colspan") or "1"
            self.span = int(span) if span.isdigit() else 1
        elif tag == "br" and self.cell is not None:
            self.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            text = "".join(self.cell).strip()
            self.tables[-1][-1].extend([text or None] + [None] * (min(self.span, 500) - 1))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def read_markup(path: Path, max_rows: int) -> list[RawSheet]:
    """The tables of an HTML page saved as .xls, one sheet each (values only, as text)."""
    raw = path.read_bytes()
    if raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml") and b"office:spreadsheet" in raw[:4096]:
        raise ImportFailed(path.name, [RowError(1, note(
            "an Excel 2003 XML file named .xls: open it in Excel or WPS and save it as .xlsx"))])
    charset = re.search(rb"charset\s*=\s*[\"']?([\w-]+)", raw[:4096], re.IGNORECASE)
    codecs = [c for c in ((charset.group(1).decode("ascii") if charset else ""), "utf-8", "gb18030") if c]
    text = None
    for codec in codecs:
        try:
            text = raw.decode(codec)
            break
        except (UnicodeDecodeError, LookupError):
            continue
    parser = _Tables()
    parser.feed(text if text is not None else raw.decode("utf-8", errors="replace"))
    tables = [t for t in parser.tables if any(any(c is not None for c in row) for row in t)]
    if not tables:
        raise ImportFailed(path.name, [RowError(1, note(
            "a web page (HTML) named .xls with no table in it: open it in Excel or WPS and save it as .xlsx"))])
    if any(len(t) > max_rows for t in tables):
        raise ImportFailed(path.name, [RowError(1, note("more than %1 rows", max_rows))])
    return [RawSheet(f"Table {n}" if len(tables) > 1 else "", list(enumerate(t, 1)))
            for n, t in enumerate(tables, 1)]
