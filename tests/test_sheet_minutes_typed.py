"""Round 14: a time typed into a minutes column (`0:50`, `1:30`, `3:30`) is minutes:seconds whatever
its size, in an .xlsx (Excel stores 00:50:00, shown h:mm) as in a CSV (the text), and the import says
how it read it every time; typed with its seconds (`1:05:00`, shown h:mm:ss) it stays hours."""

from datetime import time
from pathlib import Path

import openpyxl
import pytest

from app.studio.files import import_sheet

TYPED = [("保温杯", "0:50", time(0, 50), 0.83), ("饭盒", "1:30", time(1, 30), 1.5), ("筷子", "3:30", time(3, 30), 3.5)]
SAID = 'minutes "%s" read as %s minutes (minutes:seconds, not hours:minutes)'


def _xlsx(path: Path, header: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["商品名称", "直播价", header])
    for name, _text, value, _minutes in TYPED:
        ws.append([name, 59, value])
        ws.cell(ws.max_row, 3).number_format = "h:mm"  # what Excel gives a cell typed `0:50`
    ws.append(["围巾", 39, time(1, 5)])
    ws.cell(ws.max_row, 3).number_format = "h:mm:ss"  # typed `1:05:00`: an hour and five minutes
    wb.save(path)
    return path


def _csv(path: Path, header: str) -> Path:
    lines = [f"商品名称,直播价,{header}", *[f"{name},59,{text}" for name, text, _v, _m in TYPED], "围巾,39,1:05:00"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("header", ["讲解时长", "时长(分钟)", "时长"])
def test_a_time_typed_into_a_minutes_column_is_minutes_and_seconds(tmp_path: Path, header: str) -> None:
    for report in (import_sheet(_xlsx(tmp_path / "typed.xlsx", header)), import_sheet(_csv(tmp_path / "typed.csv",
                                                                                          header))):
        assert [(i.name, i.planned_min) for i in report.items] == [
            ("保温杯", 0.83), ("饭盒", 1.5), ("筷子", 3.5), ("围巾", 65.0)]
        for row, (_name, text, _value, minutes) in zip(report.rows, TYPED, strict=False):
            assert SAID % (text, f"{minutes:g}") in [str(w) for w in row.warnings]
        assert not [w for w in report.rows[3].warnings if "minutes" in str(w)]  # 1:05:00 is hours, as typed


def test_xlsx_and_csv_say_the_same(tmp_path: Path) -> None:
    xlsx = import_sheet(_xlsx(tmp_path / "typed.xlsx", "讲解时长"))
    csv = import_sheet(_csv(tmp_path / "typed.csv", "讲解时长"))
    assert [[str(w) for w in r.warnings] for r in xlsx.rows] == [[str(w) for w in r.warnings] for r in csv.rows]


def test_under_the_minimum_gets_the_range_warning(tmp_path: Path) -> None:
    """`0:05` is five seconds: under the 0.1-minute floor, the default kept and said."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["商品名称", "直播价", "讲解时长"])
    ws.append(["袜子", 9.9, time(0, 5)])
    ws.cell(2, 3).number_format = "h:mm"
    wb.save(tmp_path / "short.xlsx")
    (row,) = import_sheet(tmp_path / "short.xlsx").rows
    said = [str(w) for w in row.warnings]
    assert SAID % ("0:05", "0.08") in said and any("must be between 0.1 and 600" in w for w in said)
