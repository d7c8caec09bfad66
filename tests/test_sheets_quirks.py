"""Every quirk issue #17 lists, in sheets built the way teams make them (tests/fixtures/sheets/make_quirks.py):
what comes out per product, not only that nothing raised."""

from pathlib import Path

import pytest

from app.core.products import is_pulled, parse_table
from app.studio.files import import_sheet

SHEETS = Path(__file__).parent / "fixtures" / "sheets"


def _rows(report):  # type: ignore[no-untyped-def]
    return [(i.cart_no, i.name, i.list_price, i.live_price, i.stock, is_pulled(i)) for i in report.items]


def test_gbk_semicolon_sheet_with_status_units_and_ditto() -> None:
    report = import_sheet(SHEETS / "quirk_status_gbk_semicolon.csv")
    assert not report.problems
    assert _rows(report) == [
        ("1", "云南小粒咖啡 500g", 12800, 5990, None, False),  # 售价（元） is the list price, 达人专属价 the live one
        ("2", "挂耳咖啡 20包", 8900, 5990, 200, False),  # 2箱59.9 is ¥59.9 (for two boxes), 200箱 is 200
        ("3", "咖啡杯 陶瓷", 6900, 3900, 120000, True),  # ×淘汰; 12w+
        ("4", "冷萃咖啡液 12支", 9900, 3900, 1000, True),  # 已下架; price 同上; 1000斤
        ("5", "速溶黑咖啡 100条", 7900, 2990, 1200, False),  # 1,200
        ("9", "云南小粒咖啡 500g", 12800, 4990, None, False),  # the 返场, linked by its 货号
    ]
    warnings = report.warnings()
    assert '2: stock "不限量": unlimited; left empty' in warnings
    assert '4: stock "12w+": 120000 used (a guess)' in warnings
    assert '5: 达人专属价 "同上": taken from the row above' in warnings  # named by the sheet's own header
    assert next(r for r in report.rows if r.line == 7).revisit_of == 2


def test_tab_separated_utf8_bom_with_coupon_price_status_cell_and_revisit_by_cart() -> None:
    report = import_sheet(SHEETS / "quirk_tab_bom.tsv")
    milk = report.items[0]
    assert (milk.cart_no, milk.list_price, milk.live_price, milk.coupon_price, milk.stock) == ("3", 7900, 4500,
                                                                                               3900, 1200)
    assert is_pulled(report.items[2]) and not report.problems  # "❌ 淘汰" written in the stock column
    revisit = report.items[3]
    assert next(r for r in report.rows if r.line == 5).revisit_of == 2
    assert (revisit.name, revisit.live_price, revisit.stock) == ("有机纯牛奶 12盒", 4200, 300)


def test_tiktok_template_rows_under_the_header_are_not_products() -> None:
    report = import_sheet(SHEETS / "quirk_tiktok_template.xlsx")
    assert [str(r.reason) for r in report.skipped] == ["a template row (Mandatory / Optional), not a product",
                                                       "a description row under the header, not a product"]
    assert [(i.sku, i.product_id, i.list_price, i.live_price, i.stock) for i in report.items] == [
        ("EB-01", "1729384756102938475", 3999, 2499, 1200), ("PS-02", "1729384756102938476", 1999, 999, 500),
        ("UC-03", "1729384756102938477", 1599, 799, 3000)]
    assert [is_pulled(i) for i in report.items] == [False, True, False]  # Status: PULLED


def test_wps_merges_grey_row_and_hyperlinks() -> None:
    report = import_sheet(SHEETS / "quirk_wps_merged.xlsx")
    assert _rows(report) == [("1", "加绒卫衣 男女同款", 12900, 6900, 500, False),  # a title merged over two specs
                             ("2", "羊羔毛外套", 39900, 19900, None, False),  # 不限量
                             ("3", "保暖袜 5双装", 5900, 1990, 800, True),  # a grey row
                             ("4", "围巾手套套装", 9900, 5990, 15000, False)]  # 2件59.9, 1.5万
    first = report.items[0]
    assert first.link.endswith("id=3700000000000000011") and first.product_id == "3700000000000000011"
    # the note merged across the row in the middle is a note: it filled no price or stock
    assert {r.line: str(r.reason) for r in report.skipped}[5] == "a note, not a product (under the table)"


@pytest.mark.parametrize("name", ["quirk_old.xls", "quirk_calc.ods"])
def test_old_xls_and_ods_read_through_calamine(name: str) -> None:
    report = import_sheet(SHEETS / name)
    assert report.sheet == "排品" and report.header_line == 2
    assert [(i.cart_no, i.name, i.live_price) for i in report.items] == [
        ("1", "加绒卫衣 男女同款", 6900), ("2", "羊羔毛外套", 19900), ("3", "保暖袜 5双装", 1990),
        ("4", "围巾手套套装", 5990)]
    assert report.items[3].stock == 15000 and report.items[0].link == ""  # the hyperlink is not in these formats
    assert report.items[0].stock == 500  # the title merged over two spec rows (.ods: merges read from content.xml)
    assert any("has no address" in w for w in report.warnings())


def test_one_bad_cell_is_a_problem_row_not_a_refused_file() -> None:
    report = parse_table([(1, ["商品名称", "直播价", "库存"]), (2, ["A", "59", "8号:800 9号:400"]),
                          (3, ["B", "¥", "10"]), (4, ["C", "39", "10"])], strict=False)
    assert [i.name for i in report.items] == ["A", "C"] and report.items[0].stock == 1200
    [problem] = report.problems
    assert (problem.line, problem.errors[0].field, problem.errors[0].value) == (3, "live_price", "¥")
    fixed = parse_table([(1, ["商品名称", "直播价", "库存"]), (3, ["B", "¥", "10"])], strict=False,
                        fixes={(3, "live_price"): "49"})
    assert [(i.name, i.live_price) for i in fixed.items] == [("B", 4900)]


def test_no_price_or_stock_column_is_said_loudly(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("商品名称,卖点\n大衣,暖\n围巾,软\n", encoding="utf-8")
    report = import_sheet(path)
    assert [str(m) for m in report.loud] == [
        "no price column found: every price is 0.00; map the price column or fix the header",
        "no stock column found: the stock of every product is left empty (not known)"]
    assert "warning: no stock column found: the stock of every product is left empty (not known)" in report.lines()


def test_sku_rows_group_by_product_id_wherever_they_stand() -> None:
    report = parse_table([(1, ["商品ID", "商品名称", "颜色", "直播价", "库存"]),
                          (2, ["3700000000000000001", "卫衣", "黑", "69", "30"]),
                          (3, ["3700000000000000002", "长裤", "灰", "89", "20"]),
                          (4, ["3700000000000000001", "卫衣", "白", "59", "40"]),
                          (5, ["3700000000000000002", "长裤", "黑", "89", "10"])])
    assert [(i.product_id, i.live_price, i.stock) for i in report.items] == [
        ("3700000000000000001", 5900, 70), ("3700000000000000002", 8900, 30)]
    assert next(r for r in report.rows if r.line == 4).reason == "another spec of row 2, folded into it"
