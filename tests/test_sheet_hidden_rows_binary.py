"""Round 14: rows the merchant hid in an .xls (BIFF8) or .xlsb are skipped and said, as in an .xlsx
(python-calamine gives no row visibility for them; app.studio.binary_rows reads the rows' flags).
Fixtures in tests/fixtures/sheets/r14/ (README.md there says how each was made)."""

from pathlib import Path

import openpyxl
import pytest

from app.studio.binary_rows import hidden_rows
from app.studio.files import import_sheet

R14 = Path(__file__).parent / "fixtures" / "sheets" / "r14"
HIDDEN = "hidden in the sheet (a filter or hidden rows); not read"


@pytest.mark.parametrize("name", ["hidden_rows.xls", "hidden_rows.xlsb"])
def test_hidden_rows_of_a_binary_workbook_are_not_products(name: str) -> None:
    report = import_sheet(R14 / name)
    assert [(i.cart_no, i.name) for i in report.items] == [("1", "纯棉T恤"), ("3", "运动短裤"), ("5", "速干袜 5双")]
    assert {r.line: str(r.reason) for r in report.skipped} == {3: HIDDEN, 5: HIDDEN}
    assert f"3: skipped: {HIDDEN}" in [str(x) for x in report.lines()]


def test_the_same_sheet_as_xlsx_says_the_same(tmp_path: Path) -> None:
    """One wording whatever the format the merchant saved in."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "排品表"
    for row in [["链接号", "商品名称", "直播价", "库存"], [1, "纯棉T恤", 59, 100],
                [2, "防晒衣（已撤，资质未过）", 129, 50], [3, "运动短裤", 39, 80], [4, "备注：赠品随单发"],
                [5, "速干袜 5双", 19.9, 300]]:
        ws.append(row)
    for line in (3, 5):
        ws.row_dimensions[line].hidden = True
    wb.save(tmp_path / "hidden_rows.xlsx")
    xlsx = import_sheet(tmp_path / "hidden_rows.xlsx")
    for name in ("hidden_rows.xls", "hidden_rows.xlsb"):
        binary = import_sheet(R14 / name)
        assert [str(x) for x in binary.lines() if "skipped" in str(x)] == [str(x) for x in xlsx.lines()
                                                                            if "skipped" in str(x)] != []
        assert [(i.name, i.live_price, i.stock) for i in binary.items] == [(i.name, i.live_price, i.stock)
                                                                           for i in xlsx.items]


def test_flags_are_matched_to_their_sheet_and_a_damaged_file_hides_nothing(tmp_path: Path) -> None:
    assert hidden_rows(R14 / "hidden_rows.xls") == {"排品表": {3, 5}, "备注": set()}
    assert hidden_rows(R14 / "hidden_rows.xlsb") == {"排品表": {3, 5}}
    (tmp_path / "bad.xls").write_bytes(b"not an ole file")
    (tmp_path / "bad.xlsb").write_bytes(b"PK\x03\x04 not a zip")
    assert hidden_rows(tmp_path / "bad.xls") == {} and hidden_rows(tmp_path / "bad.xlsb") == {}
