"""Round-14 held-out sheets: platform exports and producers' sheets in layouts none of the tuned
fixtures has (tests/fixtures/sheets/heldout_r14/, README.md there says what each must import as).
Defects found: an ID Excel rounded (`3.72962E+18`) joined different products as one; a second
offer column (福利 beside 机制) was dropped; TikTok Shop's Frozen stayed on sale; a price per unit
(`¥99/件`) was warned as several prices."""

from pathlib import Path

from app.core.products import parse_table
from app.studio.files import import_sheet

HELD = Path(__file__).parent / "fixtures" / "sheets" / "heldout_r14"


def _items(name: str) -> list[tuple[object, ...]]:
    return [(i.name, i.live_price, i.stock, i.notes.startswith("【已撤品】")) for i in import_sheet(HELD / name).items]


# ---- defects -------------------------------------------------------------------------------------------

def test_excel_rounded_ids_do_not_fold_different_products_into_one() -> None:
    """抖店's SKU export saved again by Excel: every 19-digit ID reads 3.72962E+18, yet each row is
    its own product (its own title), not a spec of the first."""
    report = import_sheet(HELD / "doudian_excel_resaved_gbk.csv")
    assert [(i.name, i.live_price, i.stock) for i in report.items] == [
        ("氨基酸洗面奶", 5990, 300), ("玻尿酸面膜 10片", 9900, 500), ("卸妆油", 8900, 150)]
    assert sum("looks rounded by a spreadsheet" in w for w in report.warnings()) == 3


def test_a_revisit_is_not_matched_by_an_excel_rounded_id() -> None:
    rounded = "3.72962E+18"
    report = parse_table([(1, ["商品ID", "商品名称", "直播价", "库存"]), (2, [rounded, "氨基酸洗面奶", "59.9", "300"]),
                          (3, [rounded, "卸妆油", "89", "150"]), (4, [rounded, "卸妆油（返场）", "", "50"])],
                         strict=False)
    assert [(i.name, i.live_price, i.stock) for i in report.items] == [
        ("氨基酸洗面奶", 5990, 300), ("卸妆油", 8900, 150), ("卸妆油", 8900, 50)]
    assert report.items[2].notes.startswith("【返场】卸妆油")


def test_second_offer_column_is_kept_beside_the_first() -> None:
    """机制 and 福利 side by side in a WPS 排品表: the host needs both (拍1发2 and the gift)."""
    report = import_sheet(HELD / "wps_paipin.xlsx")
    assert [i.talking_points for i in report.items] == [
        "机制：拍1发2；福利：前100单送抱枕\n不掉毛不起球", "机制：第二件半价\n12小时保温",
        "机制：买2送1；福利：抽5人免单\n可折叠"]
    assert "福利" not in report.unknown_headers


def test_tiktok_frozen_listing_is_pulled() -> None:
    assert _items("tiktok_manage_products.csv") == [
        ("Vitamin C Serum 30ml", 1999, 320, False), ("Hydrating Toner", 1450, 300, True),
        ("Clay Mask", 1200, 80, True), ("Lip Balm Trio", 999, 900, False)]
    assert not any("not a status the import knows" in w for w in import_sheet(HELD / "tiktok_manage_products.csv")
                   .warnings())


def test_a_price_per_unit_is_that_price_not_several() -> None:
    report = import_sheet(HELD / "huopan_unit_prices.csv")
    assert [(i.name, i.list_price, i.live_price, i.coupon_price, i.stock) for i in report.items] == [
        ("益生菌冻干粉", 19900, 12900, 10900, 1000), ("胶原蛋白肽饮", 15900, 9900, 8900, 800),
        ("燕麦脆", 4990, 3990, 0, 2000)]
    assert not any("the lowest" in w for w in report.warnings())
    assert not report.problems


# ---- read right the first time (kept so) ---------------------------------------------------------------

def test_doudian_sku_export() -> None:
    report = import_sheet(HELD / "doudian_sku_export.xlsx")
    assert _items("doudian_sku_export.xlsx") == [
        ("植萃坊 氨基酸洗面奶", 5990, 500, False), ("植萃坊 玻尿酸面膜 10片", 9900, 500, False),
        ("植萃坊 防晒喷雾", 6900, 0, True), ("植萃坊 卸妆油", 8900, 150, True)]
    assert report.items[0].product_id == "3729618564781572422" and "¥79.90" in report.items[0].notes


def test_two_header_rows_csv() -> None:
    report = import_sheet(HELD / "two_header_rows_gbk.csv")
    assert report.header_line == 2
    assert [(i.name, i.sku, i.list_price, i.live_price, i.coupon_price, i.stock, i.planned_min, i.talking_points)
            for i in report.items] == [
        ("黑糖姜茶 12袋", "JC-12", 4900, 2990, 2590, 600, 8.0, "冬天暖身"),
        ("手工牛轧糖 500g", "NG-500", 6900, 3990, 0, 800, 10.0, "不粘牙"),
        ("坚果礼盒 1.2kg", "JG-12", 16800, 9900, 8900, 300, 12.0, "八种坚果")]


def test_wps_paipin_rows_minutes_and_totals() -> None:
    report = import_sheet(HELD / "wps_paipin.xlsx")
    assert report.header_line == 3
    assert [(i.cart_no, i.list_price, i.live_price, i.stock, i.planned_min) for i in report.items] == [
        ("1", 12900, 6900, 300, 10.0), ("2", 9900, 3990, 500, 8.0), ("3", 5900, 2990, 300, 12.0)]
    assert [(r.line, str(r.reason)) for r in report.skipped] == [
        (8, "a totals row, not a product"), (9, "a note, not a product (under the table)")]
    assert not report.problems


def test_wps_hidden_supply_price_is_never_a_price() -> None:
    report = import_sheet(HELD / "wps_hidden_col.xlsx")
    assert [(i.name, i.list_price, i.live_price, i.stock) for i in report.items] == [
        ("纯棉四件套", 29900, 15900, 200), ("乳胶枕", 19900, 9900, 300)]


def test_sph_shop_export() -> None:
    report = import_sheet(HELD / "sph_shop_export.csv")
    assert _items("sph_shop_export.csv") == [
        ("手工牛轧糖", 3990, 800, False), ("黑糖姜茶", 2990, 0, False), ("桂花酒酿", 5990, 100, True),
        ("红枣夹核桃", 4990, 200, False)]
    assert [w for w in report.warnings() if "status" in w] == [
        '6: status "审核中" is not a status the import knows; kept on sale']
