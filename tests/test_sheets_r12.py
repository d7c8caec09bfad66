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
    assert next(r for r in report.rows if r.line == 3).reason == "another spec of line 2, folded into it"
    assert not report.problems and not any("this spec costs" in w for w in report.warnings())


def test_same_title_with_its_own_price_and_no_spec_is_its_own_product() -> None:
    report = import_sheet(R12 / "same_title_two_prices.csv")
    assert [(i.name, i.live_price, i.stock) for i in report.items] == [
        ("法式碎花连衣裙", 12900, 80), ("法式碎花连衣裙", 15900, 40), ("真丝发圈 3个装", 1990, 500)]


def test_spec_rows_of_one_link_still_fold_whatever_their_sku() -> None:
    report = parse_table([(1, ["链接号", "商品名称", "货号", "规格", "直播价", "库存"]),
                          (2, ["1", "纯棉T恤", "T-S", "S", "59", "100"]),
                          (3, ["1", "纯棉T恤", "T-L", "L", "69", "50"]),
                          (4, [None, "纯棉T恤", None, "XL", "69", "20"])])
    (tee,) = report.items
    assert (tee.live_price, tee.stock) == (5900, 170)
    assert "规格：L ¥69" in tee.notes
