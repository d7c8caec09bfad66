"""An "xls" that is really a web page: the HTML table many ERP and 后台 exports save under .xls.

Read with the stdlib's HTMLParser into the same RawSheet a workbook gives, spans as merges
(`rowspan` over spec rows is a merged product cell, as in .xlsx, so the import folds it the same
way). HTML lets a page leave out `</td>` and `</tr>`: a new cell or row closes the open one. A table
inside a cell is a table of its own; the cell keeps only its own text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from app.core.products import ImportFailed, RowError
from app.core.sheet_pick import RawSheet
from app.core.text import note

MAX_SPAN = 500  # columns or rows one cell may span: a typo of 5000 must not fill memory


def looks_like_markup(path: Path) -> bool:
    """An "xls" that is an HTML table or Excel 2003 XML (what ERP and 后台 exports save as .xls)."""
    with open(path, "rb") as f:
        head = f.read(512).lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    return head[:1] == b"<"


class _Table:
    """One <table> being read: its rows, its spans as merges, and the columns a rowspan above holds."""

    def __init__(self) -> None:
        self.rows: list[list[object]] = []
        self.merges: list[tuple[int, int, int, int]] = []
        self.below: dict[int, int] = {}  # column -> rows still spanned by a cell above
        self.held: set[int] = set()  # the columns held in the open row
        self.row: list[object] | None = None
        self.cell: list[str] | None = None
        self.span = (1, 1)  # the open cell's (rows, columns)

    def open_row(self) -> None:
        self.close_row()
        self.row = []
        self.rows.append(self.row)
        self.held = set(self.below)  # this row is one of those the cells above span
        self.below = {c: n - 1 for c, n in self.below.items() if n > 1}

    def close_row(self) -> None:
        self.close_cell()
        self.row = None

    def open_cell(self, attrs: dict[str, str | None]) -> None:
        self.close_cell()
        if self.row is None:
            self.open_row()
        self.cell = []
        self.span = (_span(attrs.get("rowspan")), _span(attrs.get("colspan")))

    def close_cell(self) -> None:
        if self.cell is None or self.row is None:
            return
        row, text = self.row, "".join(self.cell).strip()
        self.cell = None
        while len(row) in self.held:
            row.append(None)
        col, (down, across) = len(row), self.span
        row.extend([text or None] + [None] * (across - 1))
        if down > 1 or across > 1:
            line = len(self.rows)
            self.merges.append((line, col + 1, line + down - 1, col + across))
        for c in range(col, col + across):
            if down > 1:
                self.below[c] = down - 1


def _span(value: str | None) -> int:
    return min(int(value), MAX_SPAN) if value and value.strip().isdigit() and int(value) > 0 else 1


class _Tables(HTMLParser):
    """Every <table> of a page, nested ones too, each as a _Table."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[_Table] = []
        self.tables: list[_Table] = []  # in the order they start: a nested one after its outer table

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        table = self.open[-1] if self.open else None
        if tag == "table":
            self.open.append(_Table())
            self.tables.append(self.open[-1])
        elif table is None:
            return
        elif tag == "tr":
            table.open_row()
        elif tag in ("td", "th"):
            table.open_cell(dict(attrs))
        elif tag == "br" and table.cell is not None:
            table.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if not self.open:
            return
        table = self.open[-1]
        if tag in ("td", "th"):
            table.close_cell()
        elif tag == "tr":
            table.close_row()
        elif tag == "table":
            self.open.pop().close_row()

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1].cell is not None:
            self.open[-1].cell.append(data)

    def close(self) -> None:
        super().close()
        while self.open:  # a page cut short: what was read of its tables counts
            self.open.pop().close_row()


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
    parser.close()
    tables = [t for t in parser.tables if any(any(c is not None for c in row) for row in t.rows)]
    if not tables:
        raise ImportFailed(path.name, [RowError(1, note(
            "a web page (HTML) named .xls with no table in it: open it in Excel or WPS and save it as .xlsx"))])
    if any(len(t.rows) > max_rows for t in tables):
        raise ImportFailed(path.name, [RowError(1, note("more than %1 rows", max_rows))])
    return [RawSheet(f"Table {n}" if len(tables) > 1 else "", list(enumerate(t.rows, 1)), t.merges)
            for n, t in enumerate(tables, 1)]
