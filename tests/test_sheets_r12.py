"""Round-12 product-sheet defects: one title sold as two products (货号 or price of their own),
formulas an .xlsx stores without their results, hidden rows and columns of an .ods. Fixtures in
tests/fixtures/sheets/r12/ (README.md there says how each was made)."""

from pathlib import Path

from app.core.products import parse_table
from app.studio.files import import_sheet

R12 = Path(__file__).parent / "fixtures" / "sheets" / "r12"


# ---- 1. the same title under another 货号 (or its own price) is another product -----------------------

def test_same_title_with_other_sku_is_its_own_product() -> None:
    report = import_sheet(R12 / "same_title_two_skus.csv")
    assert [(i.name, i.sku, i.live_price, i.stock) for i in report.items] == [
        ("冰丝防晒衣 UPF50+", "FS-P01", 7900, 300), ("冰丝防晒衣 UPF50+", "FS-K02", 9900, 200),
        ("防晒冰袖", "BX-01", 990, 1000)]
    adult, kids = report.items[:2]
    # the row with no 货号 and no price is more of the row above: its 卖点 stays with the adult one
    assert "领口加高" in adult.talking_points and "领口加高" not in kids.talking_points
    assert next(r for r in report.rows if r.line == 3).reason == "another spec of row 2, folded into it"
    assert not report.problems and not any("this spec costs" in w for w in report.warnings())
    # rows sharing a cart number are one link's specs, whatever their 货号: they still fold
    spec = parse_table([(1, ["链接号", "商品名称", "货号", "规格", "直播价", "库存"]),
                        (2, ["1", "纯棉T恤", "T-S", "S", "59", "100"]), (3, ["1", "纯棉T恤", "T-L", "L", "69", "50"]),
                        (4, [None, "纯棉T恤", None, "XL", "69", "20"])])
    (tee,) = spec.items
    assert (tee.live_price, tee.stock) == (5900, 170) and "规格：L ¥69" in tee.notes


def test_same_title_with_its_own_price_and_no_spec_is_its_own_product() -> None:
    report = import_sheet(R12 / "same_title_two_prices.csv")
    assert [(i.name, i.live_price, i.stock) for i in report.items] == [
        ("法式碎花连衣裙", 12900, 80), ("法式碎花连衣裙", 15900, 40), ("真丝发圈 3个装", 1990, 500)]


# ---- 2. formulas the file holds without their results ---------------------------------------------------

NO_RESULT = "is a formula with no saved result: open and save the file in Excel/WPS, then import again"


def test_uncached_formula_price_is_a_problem_row_not_the_list_price() -> None:
    report = import_sheet(R12 / "formula_nocache.xlsx")
    # the typed row imports; the row whose 直播价 is =ROUND(C3*0.8,1) never goes on air at the list price
    assert [(i.name, i.live_price) for i in report.items] == [("硅藻泥浴室地垫", 3990), ("懒人抹布 一次性", 1990)]
    (problem,) = report.problems
    assert problem.line == 3
    assert [(e.field, str(e.message)) for e in problem.errors] == [
        ("live_price", f"直播价 {NO_RESULT}"), ("coupon_price", f"券后价 {NO_RESULT}")]
    assert f"5: warning: 库存 {NO_RESULT}" in report.lines()  # the =SUM stock is not a silent 0
    assert f"4: warning: 链接号 {NO_RESULT}" in report.lines()
    assert [str(m) for m in report.loud] == [
        '6 cells of sheet "排品" are formulas with no saved result: open and save the file in Excel/WPS, then '
        "import again"]


def test_uncached_formula_cell_retyped_in_the_dialog_imports() -> None:
    offered = import_sheet(R12 / "formula_nocache.xlsx").problems[0].errors[0]
    assert (offered.field, offered.value) == ("live_price", "=ROUND(C3*0.8,1)")  # the dialog shows the formula
    report = import_sheet(R12 / "formula_nocache.xlsx", fixes={(3, "live_price"): "71.2", (3, "coupon_price"): "61.2"})
    box = report.items[0]
    assert (box.name, box.list_price, box.live_price, box.coupon_price) == ("折叠收纳箱 3个装", 8900, 7120, 6120)
    assert not report.problems


def test_uncached_formula_refuses_the_cli_import_with_the_reason() -> None:
    from app.core.products import ImportFailed
    from app.studio.files import read_products

    try:
        read_products(R12 / "formula_nocache.xlsx")
    except ImportFailed as exc:
        assert f"formula_nocache.xlsx:3: 直播价 {NO_RESULT}" in exc.lines()
    else:
        raise AssertionError("imported a live price that is a formula without its result")


def test_uncached_formula_message_is_translated() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(Path(__file__).parents[1] / "resources" / "i18n" / "livedeck_zh_CN.ts").getroot()
    done = {m.findtext("source"): m.find("translation") for m in root.iter("message")}
    for source in (f"%1 {NO_RESULT}", '%1 cells of sheet "%2" are formulas with no saved result: open and save '
                   "the file in Excel/WPS, then import again"):
        translation = done[source]
        assert translation is not None and translation.text and translation.get("type") != "unfinished"


# ---- 3. hidden rows and columns of an .ods ------------------------------------------------------------

HIDDEN = "hidden in the sheet (a filter or hidden rows); not read"


def test_ods_rows_a_filter_or_the_team_hid_are_not_read() -> None:
    report = import_sheet(R12 / "hidden_rows_cols.ods")
    assert [(i.cart_no, i.name) for i in report.items] == [("1", "纯棉T恤"), ("3", "运动短裤"), ("5", "速干袜 5双")]
    assert {r.line: str(r.reason) for r in report.skipped} == {3: HIDDEN, 5: HIDDEN}  # filter / collapse


def test_ods_hidden_column_loses_to_the_visible_one() -> None:
    report = import_sheet(R12 / "hidden_rows_cols.ods")
    # 直播价(上场) is last show's price, hidden by the team: tonight's visible 直播价 is the live price
    assert [i.live_price for i in report.items] == [5900, 3900, 1990]
    assert report.unknown_headers == ["直播价(上场)"]  # listed as not used, as in an .xlsx


# ---- review of round 12: spec rows with a code each, and a stock only some specs know -----------------

def _items(header: list[str], rows: list[list[object]]) -> list[tuple[str, str, int, int | None]]:
    report = parse_table([(1, header)] + [(n + 2, r) for n, r in enumerate(rows)], strict=False)
    return [(i.name, i.sku, i.live_price, i.stock) for i in report.items]


def test_spec_rows_with_a_code_each_are_still_one_product() -> None:
    """S, M, L of one coat, each with its SKU code (a SKU编码 column, or 货号 CT-01-S, CT-01-M that name
    the spec): one item of 60, not three 5-minute items of one coat; FS-P01 / FS-K02 above stay two."""
    sku_col = _items(["商品名称", "规格", "SKU编码", "直播价", "库存"],
                     [["羊毛大衣", "S", "CT01-S", 499, 10], ["羊毛大衣", "M", "CT01-M", 499, 20],
                      ["羊毛大衣", "L", "CT01-L", 529, 30]])
    assert sku_col == [("羊毛大衣", "CT01-S", 49900, 60)]
    named = _items(["商品名称", "规格", "货号", "直播价", "库存"],
                   [["羊毛大衣", "S", "CT-01-S", 499, 10], ["羊毛大衣", "M", "CT-01-M", 499, 20]])
    assert named == [("羊毛大衣", "CT-01-S", 49900, 30)]


def test_a_stock_only_some_specs_know_is_unknown_not_a_partial_sum() -> None:
    """售罄 + a blank is not 售罄 on air, and 充足 + 5 is not a low-stock alarm: the item's stock is unknown
    (the import says why); specs that all have counts still add up, and a 卖点-only row changes nothing."""
    header = ["商品名称", "规格", "直播价", "库存", "卖点"]
    report = parse_table([(1, header), (2, ["羊毛大衣", "S", 499, "售罄", ""]), (3, ["羊毛大衣", "M", 499, "", ""]),
                          (4, ["卫衣", "S", 99, "充足", ""]), (5, ["卫衣", "M", 99, 5, ""]),
                          (6, ["围巾", "红", 199, 3, ""]), (7, ["围巾", "灰", 199, 4, ""]),
                          (8, ["围巾", None, None, None, "送礼盒"])], strict=False)
    assert [(i.name, i.stock) for i in report.items] == [("羊毛大衣", None), ("卫衣", None), ("围巾", 7)]
    assert sum("stock of some specs is not known" in w for w in report.warnings()) == 2
