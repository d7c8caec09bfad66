"""Merchant sheets as teams keep them (fixtures built by tests/fixtures/sheets/make_sheets.py)."""

from pathlib import Path

import openpyxl
import pytest

from app.core.products import (
    PULLED_MARK,
    REVISIT_MARK,
    ImportFailed,
    NoHeader,
    is_pulled,
    parse_table,
    read_cart_no,
    read_commission,
    read_minutes,
    read_price,
    read_product_id,
)
from app.studio.files import import_sheet, read_products

SHEETS = Path(__file__).parent / "fixtures" / "sheets"


def test_douyin_runsheet_under_title_info_and_merged_group_headers() -> None:
    report = import_sheet(SHEETS / "douyin_runsheet.xlsx")
    assert report.sheet == "排品表" and report.header_line == 5
    got = [(i.cart_no, i.name, i.list_price, i.live_price, i.stock, i.planned_min) for i in report.items]
    assert got == [
        ("4", "加厚珊瑚绒四件套", 39900, 5900, 500, 8.5),
        ("3", "A类母婴级乳胶枕", 29900, 13900, 300, 7.5),
        ("1", "真丝眼罩礼盒", 29900, 25900, 80, 8.0),  # ¥259（券后219）: live 259, after coupon 219
        ("8/9", "羽绒被 冬季加厚", 129900, 69900, 9, 12.0),
        ("6", "香薰蜡烛三件套", 12900, 4990, 200, 5.0),
        ("12", "加厚珊瑚绒四件套", 39900, 5500, 120, 5.0),
    ]
    ids = [i.product_id for i in report.items]
    assert ids[0] == "3729621234567890123" and ids[1] == "3729629876543210987"  # tab prefix dropped
    assert ids[2] == "3.72962E+18"  # kept as the spreadsheet shows it, never as a made-up number
    warnings = report.warnings()
    assert any(w.startswith("9: product ID '3.72962E+18' looks rounded") for w in warnings)
    assert any(w.startswith("10: product ID '3729620000000000000' looks rounded") for w in warnings)
    assert report.items[2].coupon_price == 21900 and report.items[0].coupon_price == 0
    assert "券后" not in report.items[2].notes  # a field of its own now, not a note
    skipped = {r.line: r.reason for r in report.skipped}
    assert skipped == {6: "a 开场 segment, not a product", 12: "a 互动 segment, not a product",
                       14: "a 下播 segment, not a product", 16: "a note, not a product (under the table)",
                       17: "a note, not a product (under the table)"}
    assert report.items[0].talking_points == "机制：前100单送枕套\n不掉毛不起球"
    assert "佣金 25%" in report.items[0].notes and "佣金 30%" in report.items[1].notes


def test_withdrawn_row_is_imported_as_pulled_and_a_revisit_repeats_its_product() -> None:
    report = import_sheet(SHEETS / "douyin_runsheet.xlsx")
    pulled = report.items[4]
    assert is_pulled(pulled) and pulled.notes.startswith(PULLED_MARK)
    assert [r.line for r in report.pulled] == [11]
    assert [is_pulled(i) for i in report.items].count(True) == 1
    revisit = report.items[5]
    row = next(r for r in report.rows if r.line == 13)
    assert row.revisit_of == 7 and row.status == "imported"
    assert revisit.product_id == report.items[0].product_id and revisit.cart_no == "12"
    assert revisit.notes.startswith(REVISIT_MARK) and revisit.list_price == report.items[0].list_price


def test_taobao_time_axis_script() -> None:
    report = import_sheet(SHEETS / "taobao_timeaxis.xlsx")
    assert report.sheet == "直播脚本" and report.other_sheets == ["注意事项"]
    got = [(i.cart_no, i.product_id, i.list_price, i.live_price, i.planned_min) for i in report.items]
    assert got == [("1", "712345678901", 12900, 5900, 10.0), ("2", "712345678902", 9900, 4990, 15.0),
                   ("3", "712345678903", 59900, 39900, 15.0), ("5", "712345678905", 15900, 7900, 15.0),
                   ("6", "712345678901", 12900, 5500, 10.0)]
    assert [r.reason for r in report.skipped] == ["a 开场 segment, not a product", "a 互动 segment, not a product",
                                                  "a 下播 segment, not a product"]
    assert next(r for r in report.rows if r.line == 11).revisit_of == 6


def test_agency_gbk_supply_list_with_every_price_form() -> None:
    report = import_sheet(SHEETS / "agency_supply_gbk.csv")
    got = [(i.cart_no, i.name, i.sku, i.list_price, i.live_price, i.stock) for i in report.items]
    assert got == [("1", "每日坚果 30袋", "JG-30", 29900, 14900, 1000),
                   ("2", "手撕牛肉干", "NR-01", 12800, 1, 50),
                   ("3", "螺蛳粉 5袋装", "LSF-5", 7900, 5900, 2000),
                   ("8/9", "蛋黄酥 礼盒", "DHS-12", 9900, 5990, 800),
                   ("5", "黑芝麻丸", "ZMW-1", 6900, 3900, None)]  # stock "已撤品": not a count
    assert report.items[1].product_id == "3729621111111111111"
    assert report.items[0].product_id == "3.72962E+18"
    assert [("佣金 25%" in report.items[0].notes), ("佣金 30%" in report.items[1].notes),
            ("佣金 20%" in report.items[2].notes)] == [True, True, True]
    assert "59.9 / 99" in report.items[3].notes
    assert is_pulled(report.items[4])
    assert {r.line: r.reason for r in report.skipped} == {
        9: "no product in this slot (（无商品）)", 12: "a note, not a product (under the table)",
        13: "a note, not a product (under the table)"}


def test_product_sheet_found_among_several_and_run_order_decides() -> None:
    report = import_sheet(SHEETS / "multi_sheet.xlsx")
    assert report.sheet == "货盘" and report.other_sheets == ["说明", "直播数据", "赠品"]
    assert [(i.name, i.cart_no, i.live_price, i.stock, i.planned_min) for i in report.items] == [
        ("电动牙刷", "2", 12900, 60, 8.0), ("冲牙器", "1", 19900, 30, 6.0), ("牙线棒 500支", "5", 1990, 1000, 5.0)]
    assert any(line.startswith('sheet "直播数据": ') for line in report.lines())  # said, never hidden


@pytest.mark.parametrize("text,fen,kept", [
    ("¥59", 5900, False), ("￥139", 13900, False), ("299元", 29900, False), ("149.00", 14900, False),
    ("1分钱", 1, True), ("59-79", 5900, True), ("59.9 / 99", 5990, True), ("¥259（券后219）", 25900, True),
    (99.5, 9950, False), ("¥1,299.50", 129950, False),
])
def test_prices_read_as_written(text: object, fen: int, kept: bool) -> None:
    value, note = read_price(text)
    assert value == fen and (note == text if kept else note is None)


def test_values_as_teams_write_them() -> None:
    assert [read_commission(v) for v in ("25%", 0.3, "0.3", "20", 20)] == [25, 30, 30, 20, 20]
    assert read_minutes("19:40-19:50") == 10 and read_minutes("00:04:00-00:12:30") == 8.5
    assert read_minutes("23:50-00:10") == 20 and read_minutes("8分钟") == 8 and read_minutes("abc") is None
    assert [read_cart_no(v)[0] for v in ("3", "3号", "3号链接", "1号宝贝", "8/9", "8、9", 4.0, "#7")] == \
        ["3", "3", "3", "1", "8/9", "8/9", "4", "7"]
    assert read_cart_no("待定")[1] is not None
    assert read_product_id("\t3729621234567890123") == ("3729621234567890123", None)
    assert read_product_id("'3729621234567890123")[0] == "3729621234567890123"
    assert read_product_id(3729621234567890123) == ("3729621234567890123", None)
    assert read_product_id("3.72962E+18")[1] and read_product_id(3.72962e18)[1]
    with pytest.raises(ValueError, match="not a number"):
        read_price("abc")


def test_bad_money_refuses_the_file_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("直播排品表\n商品名称,直播价,库存\n好货,abc,1\n也好,9,x\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as err:
        read_products(path)
    assert str(err.value).splitlines() == ['p.csv:3: price "abc" is not a number',
                                           'p.csv:4: stock "x" is not a whole number']


def test_unrecognised_headers_need_a_mapping_which_then_imports(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["款式", "卖价", "件数"])
    ws.append(["羊毛围巾", "¥99", 30])
    path = tmp_path / "odd.xlsx"
    wb.save(path)
    with pytest.raises(NoHeader) as err:
        import_sheet(path)
    assert err.value.candidates == ["款式", "卖价", "件数"]
    report = import_sheet(path, {"款式": "name", "卖价": "live_price", "件数": "stock"})
    assert [(i.name, i.live_price, i.stock) for i in report.items] == [("羊毛围巾", 9900, 30)]


def test_blank_and_repeated_header_rows() -> None:
    rows = [(1, ["商品名称", "直播价"]), (2, ["A", "1"]), (3, [None, None]), (4, ["商品名称", "直播价"]),
            (5, ["B", "2"])]
    report = parse_table(rows)
    assert [i.name for i in report.items] == ["A", "B"]
    assert [(r.line, r.reason) for r in report.skipped] == [(4, "the header repeated")]


def test_oversized_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.studio import files
    path = tmp_path / "big.csv"
    path.write_text("name,price\n" + "x,1\n" * 100, encoding="utf-8")
    monkeypatch.setattr(files, "MAX_IMPORT_BYTES", 100)
    with pytest.raises(ImportFailed, match="MB"):
        read_products(path)


def test_struck_through_row_is_pulled_and_spec_rows_fold_into_one_item(tmp_path: Path) -> None:
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["快手小店 排品"])
    ws.append(["链接", "商品名称", "规格", "直播价", "库存"])
    ws.append(["1", "纯棉T恤", "白色", "¥39", 100])
    ws.append([None, "纯棉T恤", "黑色", "¥35", 50])
    ws.append(["2", "运动短裤", "均码", "¥49", 80])
    for cell in ws[5]:
        cell.font = Font(strike=True)
    ws.append(["3", "速干袜 5双", None, "19.9", "500+"])
    ws.append(["制表：小王", "2026-11-20"])
    ws.merge_cells("B3:B4")
    path = tmp_path / "spec.xlsx"
    wb.save(path)
    report = import_sheet(path)
    assert [(i.cart_no, i.name, i.live_price, i.stock) for i in report.items] == [
        ("1", "纯棉T恤", 3500, 150), ("2", "运动短裤", 4900, 80), ("3", "速干袜 5双", 1990, 500)]
    assert "规格：白色" in report.items[0].notes and "规格：黑色" in report.items[0].notes
    assert is_pulled(report.items[1]) and not is_pulled(report.items[0])
    assert next(r for r in report.rows if r.line == 4).reason == "another spec of row 3, folded into it"
    assert next(r for r in report.rows if r.line == 7).reason == "a note, not a product (under the table)"


@pytest.mark.parametrize("text,minutes", [("04:00-12:30", 8.5), ("1小时", 60), ("1.5h", 90), ("5-8分钟", 8),
                                          ("8分30秒", 8.5), ("10min", 10), ("10'", 10)])
def test_more_ways_of_writing_minutes(text: str, minutes: float) -> None:
    assert read_minutes(text) == minutes


def test_placeholders_are_warnings_not_errors() -> None:
    rows = [(1, ["商品名称", "直播价", "库存"]), (2, ["A", "价格见链接", "待定"]), (3, ["B", "免费", "1.2万"]),
            (4, ["C", "¥59起", "300/200"])]
    report = parse_table(rows)
    assert [(i.name, i.live_price, i.stock) for i in report.items] == [("A", 0, None), ("B", 0, 12000),
                                                                       ("C", 5900, 500)]
    assert len(report.warnings()) == 5


def test_the_better_named_column_wins_over_a_generic_one() -> None:
    report = parse_table([(1, ["商品名称", "价格", "原价", "Live Price", "Product ID"]),
                          (2, ["A", "1", "99", "59", "3729621234567890123"])])
    [item] = report.items
    assert (item.list_price, item.live_price, item.product_id) == (9900, 5900, "3729621234567890123")
    assert report.unknown_headers == ["价格"]  # not used: listed, so the mapping dialog can offer it


def test_ids_from_pasted_links_cart_remarks_and_sold_out() -> None:
    report = parse_table([(1, ["店铺名称", "商品信息", "链接号", "到手价", "库存", "商品链接"]),
                          (2, ["小店", "A", "1号链接（置顶）", "59", "售罄",
                               "https://haohuo.jinritemai.com/views/product/detail?id=3729621234567890123"])])
    [item] = report.items
    assert (item.name, item.cart_no, item.stock, item.product_id) == ("A", "1", 0, "3729621234567890123")
    assert report.unknown_headers == ["店铺名称"]


def test_start_times_only_take_their_minutes_from_the_next_row() -> None:
    from datetime import time as clock

    report = parse_table([(1, ["时间", "商品名称", "直播价"]), (2, ["19:30", "开场", None]),
                          (3, [clock(19, 40), "面膜", "59"]), (4, ["19:52", "洗面奶", "49"]),
                          (5, ["20:00", "互动抽奖", None]), (6, ["20:05", "精华", "399"])])
    assert [(i.name, i.planned_min) for i in report.items] == [("面膜", 12), ("洗面奶", 8), ("精华", 5)]
    both = parse_table([(1, ["开始时间", "结束时间", "商品名称"]), (2, ["23:50", "00:10", "夜宵礼包"])])
    assert both.items[0].planned_min == 20


def test_url_column_beside_the_link_number_and_numbered_notes_under_the_table() -> None:
    report = parse_table([(1, ["链接号", "链接", "商品名称", "直播价", "商品ID"]),
                          (2, ["3", "https://x.example/a", "A", "59", "暂无"]),
                          (3, [None, None, "1. 价格以直播间为准", None, None]),
                          (4, [None, None, "赠品先到先得，送完即止", None, None])])
    [item] = report.items
    assert (item.cart_no, item.link, item.product_id) == ("3", "https://x.example/a", "")
    assert [r.reason for r in report.skipped] == ["a note, not a product (under the table)"] * 2


def test_numbers_out_of_any_real_range_are_refused() -> None:
    with pytest.raises(ImportFailed) as err:
        parse_table([(1, ["商品名称", "直播价", "库存"]), (2, ["A", 3.729621234567890e18, "1"]),
                      (3, ["B", "59", 1e20])])
    assert [e.line for e in err.value.errors] == [2, 3]


def test_the_report_dialog_speaks_chinese(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from app.ui.column_mapping import ImportReportDialog
    from app.ui.i18n import Translations

    report = import_sheet(SHEETS / "douyin_runsheet.xlsx")
    t = Translations(qapp)
    t.install("zh_CN")
    try:
        dialog = ImportReportDialog("douyin_runsheet.xlsx", report)
        qtbot.addWidget(dialog)
        text = dialog.text.toPlainText()
        assert "第 14 行：跳过：下播环节，不是商品" in text
        assert "商品ID“3.72962E+18”疑似被表格软件四舍五入" in text
    finally:
        t.install("none")
    assert "14: skipped: a 下播 segment, not a product" in report.lines()  # the CLI's English stays
