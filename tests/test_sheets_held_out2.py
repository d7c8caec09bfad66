"""Held-out merchant sheets from the second round-11 import probe (tests/fixtures/sheets/held_out2/README.md):
what a producer sees per product after importing them, one test per defect the probe found."""

from pathlib import Path

import pytest

from app.core.products import ImportFailed, is_pulled, parse_table
from app.studio.files import import_sheet

HELD = Path(__file__).parent / "fixtures" / "sheets" / "held_out2"


# ---- 1. 卖点 + 话术: both are the host's ---------------------------------------------------------------

def test_selling_points_and_script_are_both_kept() -> None:
    report = import_sheet(HELD / "maidian_huashu.csv")
    (cup,) = report.items
    assert "A:卖点" in cup.talking_points and "B:话术" in cup.talking_points
    assert cup.talking_points.index("A:卖点") < cup.talking_points.index("B:话术")
    assert report.unknown_headers == []
    zhubo = import_sheet(HELD / "N10b_zhubo.csv").items
    assert "316不锈钢" in zhubo[0].talking_points and "保温12小时" in zhubo[0].talking_points


def test_script_first_in_the_sheet_still_follows_the_selling_points() -> None:
    report = parse_table([(1, ["商品名称", "直播价", "话术", "核心卖点"]), (2, ["杯", "39", "家人们看", "保温"])])
    (cup,) = report.items
    assert cup.talking_points == "核心卖点：保温\n话术：家人们看"


# ---- 2 and 6. live-price and other headers ---------------------------------------------------------

def test_daihuo_price_is_the_live_price() -> None:
    items = import_sheet(HELD / "N04_sph_selection.csv").items
    assert [(i.live_price, i.list_price) for i in items] == [(3990, 6900), (2990, 4900), (9900, 16800)]


def test_livestream_price_is_the_live_price() -> None:
    items = import_sheet(HELD / "N06_tiktok_us.csv").items
    assert [i.live_price for i in items] == [1999, 99900, 1499, 2299, 699]


@pytest.mark.parametrize("header", ["粉丝价", "直播特价", "直播福利价", "现价", "折后价", "抢购价", "Live price",
                                    "Live Price (USD)", "粉丝专享价"])
def test_live_price_headers(header: str) -> None:
    (item,) = parse_table([(1, ["商品名称", "原价", header]), (2, ["杯", "99", "59"])]).items
    assert (item.list_price, item.live_price) == (9900, 5900)


@pytest.mark.parametrize(("header", "field"), [
    ("口播稿", "talking_points"), ("口播内容", "talking_points"), ("讲解词", "talking_points"),
    ("Script", "talking_points"), ("一口价", "list_price"), ("正价", "list_price"), ("MSRP", "list_price"),
    ("Regular Price", "list_price"), ("Qty", "stock"), ("Available", "stock"), ("备货数量", "stock"),
    ("链接编号", "cart_no"), ("购物袋序号", "cart_no")])
def test_other_common_headers(header: str, field: str) -> None:
    report = parse_table([(1, ["商品名称", "直播价", header]), (2, ["杯", "59", "12"])])
    assert field in report.columns.values()
    assert header not in report.unknown_headers


# ---- 3 and 4. a status pulls only when it says off air; unknown ones are warned ---------------------

def test_status_that_only_contains_an_off_air_word_is_on_sale() -> None:
    items = import_sheet(HELD / "N17_status_substring.csv").items
    assert [is_pulled(i) for i in items] == [False] * 5
    assert [is_pulled(i) for i in import_sheet(HELD / "N17b_shangbo_note.csv").items] == [False, False]


def test_off_air_statuses_outside_the_old_list_pull() -> None:
    assert [is_pulled(i) for i in import_sheet(HELD / "N07_status_words.csv").items] == [False, False, False, True]
    assert [is_pulled(i) for i in import_sheet(HELD / "N02_doudian_export.csv").items] == [False, True, True, False]
    assert [i.name for i in import_sheet(HELD / "N06_tiktok_us.csv").items if is_pulled(i)] == ["Phone Tripod"]


def test_an_unknown_status_is_warned_with_its_line() -> None:
    report = parse_table([(1, ["商品名称", "直播价", "状态"]), (2, ["杯", "59", "已上架"]),
                          (3, ["碗", "39", "复核中"])])
    assert [is_pulled(i) for i in report.items] == [False, False]
    warned = {r.line: [str(w) for w in r.warnings] for r in report.rows}
    assert warned[2] == []
    assert any("复核中" in w for w in warned[3])


# ---- 7. one cell does not refuse the import ------------------------------------------------------------

def test_tight_stock_is_empty_with_a_warning() -> None:
    report = import_sheet(HELD / "N09c_kucun_jinzhang.csv")
    (cup,) = report.items
    assert cup.stock is None and "库存紧张" in cup.notes
    assert any("库存紧张" in str(w) for w in report.rows[0].warnings)


def test_price_with_a_deal_written_after_it() -> None:
    (pj,) = import_sheet(HELD / "N08c_paiyifaer.csv").items
    assert pj.live_price == 5990 and "拍一发二" in pj.notes


# ---- 8. 面议 / 待定 / 询价 are refused like 问客服 ---------------------------------------------------------

def test_mianyi_prices_refuse_the_rows() -> None:
    with pytest.raises(ImportFailed) as err:
        import_sheet(HELD / "RN2_all_mianyi.csv")
    assert [line.split(":")[1] for line in str(err.value).splitlines()] == ["2", "3"]


@pytest.mark.parametrize("word", ["面议", "待定", "询价", "问客服"])
def test_undecided_prices_are_problem_rows_never_zero(word: str) -> None:
    report = parse_table([(1, ["商品名称", "直播价"]), (2, ["杯", word]), (3, ["碗", "39"])], strict=False)
    assert [i.name for i in report.items] == ["碗"]
    assert [r.line for r in report.rows if r.status == "problem"] == [2]


# ---- 13. stock said in words stays visible ----------------------------------------------------------

def test_stock_words_stay_in_the_notes() -> None:
    report = parse_table([(1, ["商品名称", "直播价", "库存"]), (2, ["A", "1", "不限"]), (3, ["B", "1", "有货"]),
                          (4, ["C", "1", "售罄"]), (5, ["D", "1", "300"])])
    assert [(i.stock, i.notes) for i in report.items] == [
        (None, "库存：不限"), (None, "库存：有货"), (0, "库存：售罄"), (300, "")]  # only 售罄 is 0


# ---- 5. spec rows at different prices ---------------------------------------------------------------

def test_merged_spec_rows_keep_each_price() -> None:
    report = import_sheet(HELD / "N14_merged_specs.xlsx")
    tee = report.items[0]
    assert (tee.cart_no, tee.stock, tee.live_price) == ("1", 350, 5900)
    assert "规格：L ¥69" in tee.notes and "规格：S ¥59" in tee.notes
    assert any("¥69" in str(w) for r in report.rows for w in r.warnings)


# ---- 9. the main table beats a 2-row side sheet ---------------------------------------------------------

def test_four_row_main_sheet_beats_two_row_side_sheet() -> None:
    report = import_sheet(HELD / "11_dup_names_long.xlsx")
    assert report.sheet == "排品" and len(report.items) == 4  # two same-titled rows of their own 货号 are two products
    assert any(len(i.talking_points) > 1000 for i in report.items)


# ---- 11. Excel time 3:30 in a minutes column -------------------------------------------------------------

def test_excel_time_in_minutes_column_is_minutes_and_seconds() -> None:
    report = import_sheet(HELD / "13_durations_excel.xlsx")
    assert [i.planned_min for i in report.items] == [3.5, 5.0, 8.0]
    assert any("3.5" in str(w) for w in report.rows[0].warnings)
