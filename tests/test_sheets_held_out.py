"""Held-out merchant sheets from the round-11 import probe (tests/fixtures/sheets/held_out/README.md):
what a producer sees per product after importing them, one test per defect the probe found."""

import subprocess
from pathlib import Path

import pytest

from app.core.products import ImportFailed, is_pulled
from app.studio.files import import_sheet
from tests.conftest import PYTHON, ROOT

HELD = Path(__file__).parent / "fixtures" / "sheets" / "held_out"


def _by_name(path: Path, **kw: object) -> dict[str, object]:
    return {i.name: i for i in import_sheet(path, **kw).items}  # type: ignore[arg-type]


def livedeck(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PYTHON, "-m", "app", *args, "--data-dir", str(data_dir)], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)


# ---- 2. status words pull a product only from a status column or as a whole cell / tag ----------------

def test_status_words_inside_copy_do_not_pull_the_product() -> None:
    items = import_sheet(HELD / "19_zh_words.csv").items
    assert [(i.name, is_pulled(i)) for i in items] == [
        ("氨基酸洗面奶", False), ("补水面膜 10片", False), ("卸妆湿巾", False), ("防晒喷雾", False)]
    us = import_sheet(HELD / "03_tiktok_us.csv").items
    assert [i.name for i in us if is_pulled(i)] == []


def test_a_whole_cell_marker_or_a_name_tag_still_pulls(tmp_path: Path) -> None:
    sheet = tmp_path / "tags.csv"
    sheet.write_text("商品名称,直播价,库存,备注\n【已下架】旧款杯,59,100,\n新款杯,69,100,已下架\n饭盒,39,100,❌\n"
                     "勺子,9,100,下架：质检未过\n筷子,5,100,下架后补货再播\n", encoding="utf-8")
    items = import_sheet(sheet).items
    assert [(i.name, is_pulled(i)) for i in items] == [
        ("旧款杯", True), ("新款杯", True), ("饭盒", True), ("勺子", True), ("筷子", False)]


# ---- 3. promotion rules are not prices ----------------------------------------------------------------

def test_manjian_is_not_the_live_price() -> None:
    (cup,) = import_sheet(HELD / "27_price_manjian.csv").items
    assert cup.live_price == 16900
    assert "满199减30" in cup.notes  # the offer as written stays for the host


def test_other_promotion_rules_are_not_prices(tmp_path: Path) -> None:
    sheet = tmp_path / "promo.csv"
    sheet.write_text("商品名称,直播价,库存\nA,79 第二件半价,1\nB,¥99 每满100减20,1\nC,59（买2送1）,1\n"
                     "D,49 第2件0元,1\n", encoding="utf-8")
    assert [i.live_price for i in import_sheet(sheet).items] == [7900, 9900, 5900, 4900]


def test_a_price_written_with_its_cut_is_what_is_left() -> None:
    """`原价199直降100` is ¥99 on air (it was ¥100, then ¥199), with the text kept for the host."""
    from app.core.sheet_values import read_price

    assert read_price("原价199直降100") == (9900, "原价199直降100")
    assert read_price("169元，立减20元")[0] == 14900
    assert read_price("到手99（原价199直降100）")[0] == 9900
    assert read_price("¥99 每满100减20")[0] == 9900  # a threshold offer, not a cut
    assert read_price("10 立减20")[0] == 1000  # a cut as big as the price is no cut


# ---- 5. 是否上播 = 否 keeps the product off air --------------------------------------------------------

def test_shangbo_fou_is_off_air() -> None:
    items = import_sheet(HELD / "20_shangbo_fou.csv").items
    assert [(i.name, is_pulled(i)) for i in items] == [("红糖姜茶", False), ("黑芝麻丸", True)]


# ---- 6. live-price, talking-point, cart and notes headers teams use ----------------------------------

def test_live_price_headers_are_read_as_the_live_price() -> None:
    (mask,) = import_sheet(HELD / "30_live_header.csv").items
    assert (mask.list_price, mask.live_price) == (9900, 3900)
    a = _by_name(HELD / "17_headers.xlsx", sheet="A")
    assert [(i.live_price, i.talking_points) for i in a.values()] == [  # type: ignore[attr-defined]
        (19900, "桑蚕丝 19姆米"), (3900, "遮光 送收纳袋")]
    (pillow,) = import_sheet(HELD / "17_headers.xlsx", sheet="B").items
    assert (pillow.list_price, pillow.live_price) == (19900, 9900)
    (band,) = import_sheet(HELD / "17_headers.xlsx", sheet="C").items
    assert band.live_price == 4900


@pytest.mark.parametrize("header", ["团购价", "优惠价", "宠粉价", "引流价", "直播间专享价"])
def test_more_live_price_headers(tmp_path: Path, header: str) -> None:
    sheet = tmp_path / "h.csv"
    sheet.write_text(f"商品名称,日常价,{header},库存,产品介绍\n杯子,99,49,10,保温12小时\n", encoding="utf-8")
    (cup,) = import_sheet(sheet).items
    assert (cup.list_price, cup.live_price, cup.talking_points) == (9900, 4900, "保温12小时")


def test_kuaishou_console_price_and_english_headers() -> None:
    ks = import_sheet(HELD / "18_ks_console.csv")
    assert [i.live_price for i in ks.items] == [2990, 3990, 4990, 1990]
    assert [is_pulled(i) for i in ks.items] == [False, False, True, False]
    us = import_sheet(HELD / "03_tiktok_us.csv")
    assert [i.cart_no for i in us.items] == ["1", "2", "3", "4", "5"]
    my = import_sheet(HELD / "02_tiktok_my_live.xlsx")
    assert my.unknown_headers == []
    assert my.items[0].talking_points == "Cooling, non-sticky\nGreat after sun"
    assert "Bestseller" in my.items[0].notes


# ---- 7. what runsheet.add_many would refuse is said at the sheet edge, with the line ------------------

def test_tiny_minutes_and_long_cue_are_said_with_their_line() -> None:
    report = import_sheet(HELD / "R10_tiny_minutes.csv")
    assert [i.planned_min for i in report.items] == [5, 5]
    assert any(w.startswith("3: ") and "0.05" in w and "0.1" in w for w in report.warnings())
    report = import_sheet(HELD / "R11_long_cue.csv")
    (cue,) = report.items[0].cues
    assert len(cue.text) == 200
    assert any(w.startswith("2: ") and "200" in w for w in report.warnings())


@pytest.mark.parametrize("name", ["R10_tiny_minutes.csv", "R11_long_cue.csv"])
def test_cli_import_is_never_left_half_done(tmp_path: Path, name: str) -> None:
    r = livedeck("import", str(HELD / name), "--show", "probe", data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "imported 2 items" in r.stdout or "imported 1 items" in r.stdout
    assert "add_many" not in r.stderr
    (show,) = livedeck("shows", data_dir=tmp_path).stdout.strip().splitlines()
    assert show.split("\t")[3] != "0"


# ---- 8. only a cell that is just a ditto mark takes the row above -------------------------------------

def test_quote_initial_talking_points_are_kept() -> None:
    items = import_sheet(HELD / "23_quote_talk.csv").items
    assert items[1].talking_points == '"一秒降温"——买家原话'


# ---- 9. only a real totals row is skipped -------------------------------------------------------------

def test_product_names_starting_with_total_are_products(tmp_path: Path) -> None:
    assert [i.name for i in import_sheet(HELD / "29_total_name.csv").items] == ["Total Care Toothpaste", "Floss"]
    assert "Total Care Whitening Toothpaste 2-pack" in _by_name(HELD / "03_tiktok_us.csv")
    sheet = tmp_path / "totals.csv"
    sheet.write_text("Product Name,Live price,Stock\nFloss,2.99,50\nTotal,2.99,50\nTOTAL:,2.99,50\n", encoding="utf-8")
    report = import_sheet(sheet)
    assert [i.name for i in report.items] == ["Floss"]
    assert [str(r.reason) for r in report.skipped] == ["a totals row, not a product"] * 2


# ---- 13. stock words; 亿 ------------------------------------------------------------------------------

def test_stock_words_are_empty_with_a_warning() -> None:
    report = import_sheet(HELD / "28_stock_words.csv")
    assert not report.problems
    assert [i.stock for i in report.items] == [None, 100]  # 有货: how many is not known
    assert any(w.startswith("2: ") and "有货" in w for w in report.warnings())
    report = import_sheet(HELD / "15_stock.csv")
    assert not report.problems
    assert any(w.startswith("8: ") and "预售" in w for w in report.warnings())


def test_yi_is_a_hundred_million_and_refused_before_any_show(tmp_path: Path) -> None:
    report = import_sheet(HELD / "R9_big_values.csv")
    assert [p.line for p in report.problems] == [2]
    r = livedeck("import", str(HELD / "R9_big_values.csv"), "--show", "big", data_dir=tmp_path)
    assert r.returncode == 2 and "R9_big_values.csv:2:" in r.stderr and "20亿" in r.stderr
    assert livedeck("shows", data_dir=tmp_path).stdout == ""


# ---- 14. UTF-16 text and HTML saved as .xls ---------------------------------------------------------

def test_utf16_csv_is_read() -> None:
    items = import_sheet(HELD / "R6_utf16.csv").items
    assert [(i.name, i.live_price, i.stock) for i in items] == [("保温杯", 5900, 100), ("饭盒", 3900, 200)]


def test_html_saved_as_xls_is_read_or_named(tmp_path: Path) -> None:
    try:
        items = import_sheet(HELD / "R4_html_as.xls").items
    except ImportFailed as exc:
        assert "HTML" in str(exc) and ".xlsx" in str(exc) and "OLE" not in str(exc)
    else:
        assert [(i.name, i.live_price, i.stock) for i in items] == [("保温杯", 5900, 100), ("饭盒", 3900, 200)]


# ---- 11. (秒) headers and start times stored as day fractions ---------------------------------------

def test_seconds_header_gives_minutes() -> None:
    assert [i.planned_min for i in import_sheet(HELD / "21_seconds_header.csv").items] == [3, 4]


def test_start_times_stored_as_day_fractions() -> None:
    assert [i.planned_min for i in import_sheet(HELD / "16_serial_times.xlsx").items] == [5, 10, 5]


# ---- 4. a hidden sheet is never picked over a visible one -------------------------------------------

def test_hidden_sheet_is_not_chosen() -> None:
    report = import_sheet(HELD / "24_hidden_sheet.xlsx")
    assert report.sheet == "排品(终版)"
    assert [i.name for i in report.items] == ["新款A", "新款B"]
    assert any("旧版" in str(m) and "hidden" in str(m) for m in report.explained)
    two = import_sheet(HELD / "08_two_sheets.xlsx")
    assert two.sheet == "货盘" and len(two.items) == 4


def test_a_hidden_sheet_asked_for_by_name_is_read() -> None:
    assert len(import_sheet(HELD / "24_hidden_sheet.xlsx", sheet="旧版").items) == 5


def test_products_only_on_a_hidden_sheet_are_read_and_said(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["说明：排品见隐藏页"])
    old = wb.create_sheet("排品")
    old.append(["商品名称", "直播价", "库存"])
    old.append(["保温杯", 59, 100])
    old.sheet_state = "hidden"
    wb.save(tmp_path / "only_hidden.xlsx")
    report = import_sheet(tmp_path / "only_hidden.xlsx")
    assert [i.name for i in report.items] == ["保温杯"]
    assert any("hidden" in str(m) and "排品" in str(m) for m in report.explained)


# ---- 4 (rest). hidden rows and columns of an .xlsx ---------------------------------------------------

def test_a_hidden_column_loses_to_the_visible_one_and_filtered_rows_are_not_read() -> None:
    """What the producer sees in Excel is what goes on air: last show's price in a hidden column once
    beat tonight's (¥69 for ¥59), and the rows a filter hid were imported as tonight's products."""
    (cup,) = import_sheet(HELD / "25_hidden_col.xlsx").items
    assert cup.live_price == 5900
    report = import_sheet(HELD / "26_filtered_row.xlsx")
    assert [i.name for i in report.items] == ["保温杯", "筷子"]
    assert "3: skipped: hidden in the sheet (a filter or hidden rows); not read" in [str(x) for x in report.lines()]
    both = import_sheet(HELD / "04_sph_filter_hidden.xlsx").items
    assert [(i.name, i.live_price) for i in both] == [("手工红糖姜茶 12袋", 1990), ("阿胶糕 500g", 8900),
                                                      ("蜂蜜柚子茶 1kg", 2990), ("山楂条 500g", 1290)]


def test_a_hidden_column_still_serves_when_it_is_the_only_one_of_its_field(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["商品名称", "商品ID", "直播价"])
    ws.append(["保温杯", "3712345678901234567", 59])
    ws.column_dimensions["B"].hidden = True  # IDs kept out of the way, still the product's
    wb.save(tmp_path / "ids.xlsx")
    (cup,) = import_sheet(tmp_path / "ids.xlsx").items
    assert (cup.product_id, cup.live_price) == ("3712345678901234567", 5900)
