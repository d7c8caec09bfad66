import json
from pathlib import Path

import openpyxl
import pytest

from app.core.products import ImportFailed
from app.studio.files import RUNSHEET_COLUMNS, read_products, runsheet_rows, write_table
from tests.conftest import sample_items

CSV_ZH = ("商品名称,货号,价格,直播价,库存,时长,卖点\n"
          "大衣,CT-1,899,499,120,10,\"双面呢，不起球\"\n"
          "围巾,SC-3,399,199,80,6,礼盒\n")


def test_utf8_and_gbk_csv_both_import(tmp_path: Path) -> None:
    for encoding in ("utf-8-sig", "gb18030"):
        path = tmp_path / f"p-{encoding}.csv"
        path.write_bytes(CSV_ZH.encode(encoding))
        items = read_products(path)
        assert [i.name for i in items] == ["大衣", "围巾"]
        assert items[0].talking_points == "双面呢，不起球"


def test_xlsx_with_english_headers(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["name", "sku", "list_price", "live_price", "stock", "minutes", "talking_points"])
    ws.append(["Coat", "CT-1", 899, 499.5, 120, 10, "wool"])
    ws.append([None, None, None, None, None, None, None])
    ws.append(["Scarf", "SC-3", "399", "199", "80", "6", "gift box"])
    path = tmp_path / "p.xlsx"
    wb.save(path)
    items = read_products(path)
    assert [(i.name, i.live_price, i.stock) for i in items] == [("Coat", 49950, 120), ("Scarf", 19900, 80)]


def test_bad_rows_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "products.csv"
    path.write_text("name,price,stock\nok,1,1\nbad,abc,1\n\"multi\nline\",2,2\nalso bad,3,x\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as err:
        read_products(path)
    text = str(err.value)
    assert 'products.csv:3: price "abc" is not a number' in text
    assert "products.csv:5:" in text  # row 5 as a spreadsheet shows it: the quoted newline is inside row 4
    assert "products.csv:2" not in text


def test_unknown_type_and_damaged_xlsx_are_refused(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text("x")
    with pytest.raises(ImportFailed, match="unknown file type"):
        read_products(tmp_path / "p.txt")
    (tmp_path / "p.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ImportFailed, match="XLSX"):
        read_products(tmp_path / "p.xlsx")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_runsheet_export_reimports_unchanged(tmp_path: Path, fmt: str) -> None:
    items = sample_items()
    items[0].product_id, items[0].cart_no = "3729621234567890123", "8/9"
    items[1].cart_no = "4"
    out = tmp_path / f"sheet.{fmt}"
    write_table(runsheet_rows(items), RUNSHEET_COLUMNS, fmt, out)
    again = read_products(out)
    assert [(i.name, i.sku, i.list_price, i.live_price, i.stock, i.planned_min, i.talking_points, i.cues,
             i.product_id, i.cart_no) for i in again] == \
        [(i.name, i.sku, i.list_price, i.live_price, i.stock, i.planned_min, i.talking_points, i.cues, i.product_id,
          i.cart_no) for i in items]


def test_json_export_is_readable(tmp_path: Path) -> None:
    out = tmp_path / "sheet.json"
    write_table(runsheet_rows(sample_items()), RUNSHEET_COLUMNS, "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data[0]["name"] == "羊毛大衣" and data[0]["live_price"] == "499.00" and data[0]["cues"] == "3:00 口播优惠券"
