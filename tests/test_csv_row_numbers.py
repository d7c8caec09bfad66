"""A CSV or TSV import names the row the spreadsheet shows, not the text line: a quoted 卖点 cell with
line breaks is one row in Excel, WPS and Numbers, so every row after it keeps its number. The .xlsx
of the same list says the same numbers. Fixtures: tests/fixtures/csv_rows (README there)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from app.core.products import ImportReport
from app.studio.files import import_sheet, read_sheets
from tests.conftest import PYTHON, ROOT

FIXTURES = Path(__file__).parent / "fixtures" / "csv_rows"
BAD_ROW = 5  # 保温杯, its live price "六十九元左右": row 5 in Excel (header 1, after two multi-line 卖点 cells)


def _numbers(report: ImportReport) -> tuple[int, list[int], list[int]]:
    return report.header_line, report.item_lines, [r.line for r in report.problems]


@pytest.mark.parametrize("name", ["excel_multiline.csv", "excel_multiline.tsv"])
def test_a_problem_after_a_multi_line_cell_names_the_row_excel_shows(name: str) -> None:
    report = import_sheet(FIXTURES / name)
    assert _numbers(report) == (1, [2, 3, 4, 6], [BAD_ROW])
    assert str(report.refusal()) == f'{name}:{BAD_ROW}: price "六十九元左右" is not a number'
    assert f'{BAD_ROW}: cannot be read: price "六十九元左右" is not a number' in report.lines()
    assert [i.name for i in report.items] == ["羊毛大衣", "摇粒绒卫衣", "羊绒围巾", "真丝眼罩"]


def test_a_retyped_cell_is_applied_to_the_row_the_problem_named() -> None:
    """The problems dialog hands back (row, field) -> value: the row it named is the row retyped."""
    path = FIXTURES / "excel_multiline.csv"
    [problem] = import_sheet(path).problems
    [error] = problem.errors
    assert error.line == BAD_ROW
    fixed = import_sheet(path, fixes={(error.line, error.field): "69"})
    assert fixed.refusal() is None
    assert [(i.name, i.live_price) for i in fixed.items][3] == ("保温杯", 6900)


def test_the_xlsx_of_the_same_list_gives_the_same_numbers(tmp_path: Path) -> None:
    """Excel saving the CSV's rows as a workbook: the import says the same row numbers for both."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    [(_name, rows)] = read_sheets(FIXTURES / "excel_multiline.csv")
    for _line, cells in rows:
        ws.append(cells)
    xlsx = tmp_path / "excel_multiline.xlsx"
    wb.save(xlsx)
    assert _numbers(import_sheet(xlsx)) == _numbers(import_sheet(FIXTURES / "excel_multiline.csv")) == \
        (1, [2, 3, 4, 6], [BAD_ROW])


def test_the_command_line_refusal_names_the_spreadsheet_row(tmp_path: Path) -> None:
    r = subprocess.run([PYTHON, "-m", "app", "import", str(FIXTURES / "excel_multiline.csv"), "--show", "周五专场",
                        "--data-dir", str(tmp_path)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode != 0
    assert f'excel_multiline.csv:{BAD_ROW}: price "六十九元左右" is not a number' in r.stderr


def test_header_row_option_counts_spreadsheet_rows(tmp_path: Path) -> None:
    """A title block with a multi-line note above the header: --header-row is the row Excel shows."""
    csv_path = tmp_path / "list.csv"
    csv_path.write_bytes(('\ufeff"周五专场\n排品表（内部）",,,\r\n'
                          "商品名称,货号,直播价,库存\r\n"
                          "羊毛大衣,CT-1,499,120\r\n"
                          "保温杯,HM-4,六十九,400\r\n").encode("utf-8"))
    report = import_sheet(csv_path, header_row=2)
    assert _numbers(report) == (2, [3], [4])


@pytest.mark.parametrize("sep", [",", "\t"])
def test_a_doubled_quote_below_the_first_lines_reads_as_one_quote(tmp_path: Path, sep: str) -> None:
    """Excel doubles a quote inside a quoted cell; the first 20 lines (all the sniffer reads) hold none."""
    path = tmp_path / ("list.csv" if sep == "," else "list.tsv")
    body = "".join(f'商品{i}{sep}{i + 1}{sep}"好看{sep} 显瘦"\r\n' for i in range(25))
    path.write_bytes(f'\ufeff商品名称{sep}直播价{sep}卖点\r\n{body}围巾{sep}199{sep}"送礼{sep} ""限量""款"\r\n'
                     .encode())
    report = import_sheet(path)
    assert report.items[-1].talking_points == f'送礼{sep} "限量"款'
    assert report.item_lines[-1] == 27


def test_a_cell_with_windows_line_breaks_keeps_no_carriage_return(tmp_path: Path) -> None:
    """A 卖点 of several lines saved by a tool that writes CR LF inside the cell: the host's talking
    points have the lines, not a stray CR at the end of each (a box or a blank line on screen)."""
    path = tmp_path / "crlf.csv"
    path.write_bytes("商品名称,直播价,库存,卖点\r\n羊毛大衣,499,120,\"双面呢\r\n不起球\r\n\"\r\n".encode())
    [item] = import_sheet(path).items
    assert "\r" not in item.talking_points and item.talking_points.split("\n")[:2] == ["双面呢", "不起球"]
