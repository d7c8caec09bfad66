"""Product-sheet defects of the third held-out probe (round 12b): space thousands separators, platform
template rows, the 拼多多 export's prices, blank-title spec rows of a merged CSV, a run order with a
non-number, Excel text protection, 淘宝助理's header rows, 到手价 and 优惠券 beside 直播价. Fixtures in
tests/fixtures/sheets/r12b/ (make_r12b.py builds them; README.md there says how each was made)."""

from pathlib import Path

from app.core.products import parse_table
from app.studio.files import import_sheet

R12B = Path(__file__).parent / "fixtures" / "sheets" / "r12b"


# ---- 1. thousands grouped by spaces ------------------------------------------------------------------

def test_space_grouped_prices_and_stock_are_read_whole() -> None:
    report = import_sheet(R12B / "space_thousands.csv")
    assert [(i.name, i.live_price, i.list_price, i.stock) for i in report.items] == [
        ("扫地机 A", 129900, 259900, 1000), ("扫地机 B", 129900, 259900, 1000), ("扫地机 C", 129900, 259900, 1000),
        ("扫地机 D", 129900, 259900, 2000)]
    assert not any("lowest" in w for w in report.warnings())  # "¥ 1 299" is one price, not 1 and 299
    assert any('read as 1000 (spaces between its thousands)' in w for w in report.warnings())  # said, not silent
    # "12 500" (stock) and "199 299" (price): one number or two? never guessed
    assert [(p.line, p.errors[0].field) for p in report.problems] == [(6, "stock"), (7, "live_price")]
    assert all("could be one number with spaces between its thousands or several numbers" in str(p.errors[0])
               for p in report.problems)


def test_space_apart_numbers_that_are_not_one_number_are_never_joined() -> None:
    """Two prices typed with a space ("99 199": live / list) are not ¥99,199; a number among words
    ("59 500ml") is not ¥59,500; a joined one-digit lead ("2 199") is read, and said."""
    report = parse_table([(1, ["商品名称", "直播价", "库存"]), (2, ["A", "99 199", "10"]), (3, ["B", "59 500ml", "10"]),
                          (4, ["C", "2 199", "50 100"]), (5, ["D", "2 199", "10"])], strict=False)
    assert [(i.name, i.live_price) for i in report.items] == [("B", 5900), ("D", 219900)]
    assert [(p.line, p.errors[0].field) for p in report.problems] == [(2, "live_price"), (4, "stock")]
    assert any('"2 199"' in w for w in report.warnings()) and any('"59 500ml"' in w for w in report.warnings())


# ---- 2. a platform template's rows above the products ------------------------------------------------

def test_tiktok_bulk_edit_template_reads_its_names_stock_and_specs() -> None:
    report = import_sheet(R12B / "tiktok_bulk_edit.xlsx")
    assert report.header_line == 2  # the hidden machine-key row above is not the header
    assert [(i.name, i.product_id, i.sku, i.live_price, i.stock) for i in report.items] == [
        ("Vitamin C Serum", "1729384756102938475", "VC-30", 1999, 200),  # Seller SKU, not the platform SKU ID
        ("Hydrating Toner", "1729384756102939999", "HT-200", 1450, 0)]
    assert "规格：Size: 50ml ¥27.99" in report.items[0].notes  # the dearer spec is said
    assert [(r.line, str(r.reason)) for r in report.skipped] == [
        (3, "a template row (Mandatory / Optional), not a product"),
        (4, "a description row under the header, not a product")]
    assert not report.loud and not report.problems


def test_chinese_template_instruction_row_is_skipped_not_a_refusal() -> None:
    report = import_sheet(R12B / "cn_upload_template.xlsx")
    assert [(i.name, i.live_price, i.stock, i.sku) for i in report.items] == [
        ("云南小粒咖啡豆 500g", 6990, 300, "KF-500"), ("挂耳咖啡 10包", 2990, 800, "GE-10")]
    assert not report.problems and report.refusal() is None
    row3 = next(r for r in report.rows if r.line == 3)
    assert str(row3.reason) == "a description row under the header, not a product"


# ---- 3. 拼多多's goods export: 拼单价 is the live price ----------------------------------------------------

def test_pdd_export_group_price_is_the_live_price() -> None:
    report = import_sheet(R12B / "pdd_goods_export.csv")
    assert [(i.name, i.live_price, i.list_price, i.stock) for i in report.items] == [
        ("加厚珊瑚绒毛毯", 3990, 4990, 500), ("不锈钢保温杯 500ml", 2990, 3590, 1000), ("旧款收纳箱", 1990, 2590, 0)]
    assert "规格：180*220cm ¥59.90" in report.items[0].notes
    assert [r.name for r in report.pulled] == ["旧款收纳箱"]  # 商品状态 已下架
    assert not report.loud  # prices were read: no "every price is 0.00"


def test_price_columns_with_no_price_in_any_row_are_a_loud_warning() -> None:
    report = import_sheet(R12B / "prices_all_blank.csv")
    assert [str(m) for m in report.loud] == [
        "no row has a price (columns read: 直播价, 日常价): every price is 0.00; map the price column or fix the sheet"]


# ---- 4. a CSV of merged spec rows: the title only on the first --------------------------------------

def test_blank_title_spec_rows_of_a_merged_csv_fold_into_their_product() -> None:
    report = import_sheet(R12B / "gsheets_merged_specs.csv")
    assert [(i.cart_no, i.name, i.live_price, i.list_price, i.stock) for i in report.items] == [
        ("1", "冰丝阔腿裤", 6900, 12900, 350), ("2", "纯棉打底衫", 3990, 5900, 500),
        ("3", "羊毛大衣", 29900, 59900, 140)]
    assert "规格：L码 ¥79" in report.items[0].notes  # the dearer size is said, never lost
    # Rows as the spreadsheet numbers them: the quoted 话术 with a line break is one row (r13, lotids).
    assert [(r.line, str(r.reason)) for r in report.rows if r.line in (3, 4, 7)] == [
        (3, "another spec of row 2, folded into it"), (4, "another spec of row 2, folded into it"),
        (7, "another spec of row 6, folded into it")]
    assert not any("no product title" in str(r.reason) for r in report.skipped)


# ---- 5. a typed run order with a word in it --------------------------------------------------------

def test_run_order_keeps_the_numbered_rows_and_places_the_others_with_a_warning() -> None:
    report = import_sheet(R12B / "run_order_typed.csv")
    assert [i.cart_no for i in report.items] == ["9", "1", "2", "4", "5", "3", "6", "7"]
    assert report.item_lines == [2, 3, 5, 7, 8, 4, 6, 9]
    assert [w for w in report.warnings() if "run order" in w] == [
        '2: run order "加播" is not a number: placed first (no number above it)',
        '6: run order "返场" is not a number: placed after run order 3 (the highest above it)',
        '9: run order "返场" is not a number: placed after run order 3 (the highest above it)']


# ---- 6. Excel text protection in an ERP's CSV --------------------------------------------------------

def test_excel_text_protection_is_stripped_from_ids_and_codes() -> None:
    report = import_sheet(R12B / "erp_text_protected.csv")
    assert [(i.product_id, i.sku, i.live_price) for i in report.items] == [
        ("3729618564781572422", "0123", 5900), ("3729618564781572433", "00456", 7900)]
    assert not report.warnings() and not report.problems


# ---- 7. 淘宝助理's export: three header lines, its own codes ---------------------------------------------

def test_taobao_zhushou_export_reads_its_stock_id_and_selling_points_not_its_codes() -> None:
    report = import_sheet(R12B / "taobao_zhushou.csv")
    assert [(i.name, i.live_price, i.stock, i.sku, i.product_id) for i in report.items] == [
        ("植萃坊氨基酸洗面奶100g", 5900, 500, "ZCF-XMN-100", "738291746352"),  # 宝贝数量, not 库存类型 -1
        ("植萃坊377美白精华30ml", 12900, 200, "ZCF-JH-377", "738291746353"),
        ("植萃坊玻尿酸补水面膜10片", 8990, 300, "ZCF-MM-10", "738291746354")]
    assert [i.talking_points for i in report.items] == ["氨基酸温和洁面 洗完不紧绷", "377美白 28天淡斑", "一片一精华"]
    assert [i.planned_min for i in report.items] == [5.0, 5.0, 5.0]  # 开始时间 is the listing time
    assert report.warnings() == [] and not report.problems  # no status "200", no minutes warning


# ---- 8. 到手价 beside 直播价, and the coupon's words -------------------------------------------------------

def test_after_coupon_price_beside_the_live_price_and_the_coupon_text_are_kept() -> None:
    report = import_sheet(R12B / "coupon_after_price.csv")
    assert [(i.live_price, i.coupon_price) for i in report.items] == [(9900, 7900), (15900, 13900), (8900, 0)]
    assert [i.notes for i in report.items] == ["佣金 20%；优惠券：满99减20", "佣金 15%；优惠券：店铺券20元", "佣金 10%"]
    assert report.items[0].talking_points == "机制：赠同款小样×2"
    assert report.unknown_headers == ["预估佣金(元)"]  # the commission amount is never a price


# ---- 9. durations as typed; start and end holding a date and time --------------------------------------

def test_typed_durations_and_date_time_slots_give_minutes() -> None:
    durations = import_sheet(R12B / "durations_typed.csv")
    assert [i.planned_min for i in durations.items] == [3.5, 1.5, 1.5, 3.5]
    assert not [w for w in durations.warnings() if "minutes" in w]
    slots = import_sheet(R12B / "datetime_slots.csv")
    assert [i.planned_min for i in slots.items] == [20.0, 20.0] and not slots.warnings()
