"""Reading product sheets and writing exports. Parsing rules live in app.core.products."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import openpyxl

from app.core.products import ImportFailed, RowError, parse_rows
from app.core.runsheet import Item, format_cues

RUNSHEET_COLUMNS = ["name", "sku", "list_price", "live_price", "stock", "minutes", "talking_points", "notes",
                    "link", "cues"]


def _read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):  # merchants' Excel exports are often GBK
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ImportFailed(path.name, [RowError(1, "file is neither UTF-8 nor GB18030 text")])
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = list(reader)
    if not rows:
        raise ImportFailed(path.name, [RowError(1, "file is empty")])
    # csv.reader.line_num would count embedded newlines; report the record's first line instead.
    numbered, line = [], 2
    for row in rows[1:]:
        numbered.append((line, row))
        line += 1 + sum(cell.count("\n") for cell in row)
    return rows[0], numbered


def _read_xlsx(path: Path) -> tuple[list[Any], list[tuple[int, list[Any]]]]:
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise ImportFailed(path.name, [RowError(1, f"not a readable XLSX workbook ({exc})")]) from None
    try:
        sheet = wb.worksheets[0]
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        wb.close()
    if not rows:
        raise ImportFailed(path.name, [RowError(1, "workbook is empty")])
    return rows[0], [(i + 2, r) for i, r in enumerate(rows[1:])]


def read_products(path: Path) -> list[Item]:
    """Items from a CSV or XLSX sheet, or ImportFailed naming every bad row as `file:line: why`."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        header, rows = _read_csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        header, rows = _read_xlsx(path)
    else:
        raise ImportFailed(path.name, [RowError(1, f'unknown file type "{suffix}" (use .csv or .xlsx)')])
    try:
        items = parse_rows(header, rows)
    except ImportFailed as exc:
        raise ImportFailed(path.name, exc.errors) from None
    if not items:
        raise ImportFailed(path.name, [RowError(1, "no products found")])
    return items


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def runsheet_rows(items: Sequence[Item]) -> list[dict[str, Any]]:
    """The run-sheet in the same columns `import` reads, so an export re-imports unchanged."""
    return [{
        "name": i.name, "sku": i.sku, "list_price": _yuan(i.list_price), "live_price": _yuan(i.live_price),
        "stock": i.stock, "minutes": i.planned_min, "talking_points": i.talking_points, "notes": i.notes,
        "link": i.link, "cues": format_cues(i.cues),
    } for i in items]


def write_table(rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, out: io.TextIOBase | Path) -> None:
    """Write rows as json, csv or xlsx to a path (or a text stream for json/csv); rows are streamed."""
    if fmt == "xlsx":
        if not isinstance(out, Path):
            raise ValueError("xlsx needs an output file (--out)")
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(list(columns))
        for r in rows:
            ws.append([_cell(r.get(c)) for c in columns])
        wb.save(out)
        return
    stream: Any = out.open("w", encoding="utf-8", newline="") if isinstance(out, Path) else out
    try:
        if fmt == "json":
            stream.write("[")
            for n, row in enumerate(rows):
                stream.write(",\n " if n else "\n ")
                stream.write(json.dumps(row, ensure_ascii=False))
            stream.write("\n]\n")
        elif fmt == "csv":
            writer = csv.DictWriter(stream, fieldnames=list(columns), extrasaction="ignore")
            writer.writeheader()
            writer.writerows({c: _cell(r.get(c)) for c in columns} for r in rows)
        else:
            raise ValueError(f"unknown format {fmt!r}")
    finally:
        if isinstance(out, Path):
            stream.close()


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
