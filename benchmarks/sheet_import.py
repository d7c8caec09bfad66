"""Import cost of a big product sheet (issue #17: a 5,000-row sheet imports in < 5 s, linearly).

Run: .venv/bin/python benchmarks/sheet_import.py  — prints seconds per size for XLSX and CSV.
"""

from __future__ import annotations

import csv
import tempfile
import time
from pathlib import Path

import openpyxl

from app.studio.files import import_sheet

HEADER = ["排序", "链接号", "商品ID", "商品标题", "日常价", "直播价", "库存", "讲解时长", "核心卖点"]


def row(n: int) -> list[object]:
    return [n, n, str(3700000000000000000 + n), f"测试商品{n} 加厚款", f"¥{99 + n % 50}", f"{59 + n % 30}.9",
            f"{1000 + n}件", 5, "卖点一；卖点二"]


def make(folder: Path, rows: int) -> tuple[Path, Path]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["大促排品表"])
    ws.append(HEADER)
    for n in range(1, rows + 1):
        ws.append(row(n))
    xlsx = folder / f"sheet-{rows}.xlsx"
    wb.save(xlsx)
    path = folder / f"sheet-{rows}.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(row(n) for n in range(1, rows + 1))
    return xlsx, path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for rows in (1000, 2500, 5000):
            for path in make(Path(tmp), rows):
                start = time.perf_counter()
                report = import_sheet(path)
                took = time.perf_counter() - start
                assert len(report.items) == rows
                print(f"{path.suffix[1:]:5} {rows:6} rows: {took:5.2f} s ({took / rows * 1000:.2f} ms/row)")


if __name__ == "__main__":
    main()
