from datetime import datetime

import pytest

from app.core.products import ImportFailed, parse_rows, parse_table
from app.core.runsheet import Cue, Item, format_cues, format_price, moved, parse_cues, parse_price, planned_end


@pytest.mark.parametrize("text,fen", [("99", 9900), ("¥1,299.50", 129950), ("￥0.5", 50), (12.3, 1230),
                                      ("88元", 8800), (7, 700)])
def test_prices_parse_to_fen(text: object, fen: int) -> None:
    assert parse_price(text) == fen


@pytest.mark.parametrize("bad", ["abc", "-5", "", "1.2.3", True])
def test_bad_prices_say_why(bad: object) -> None:
    with pytest.raises(ValueError, match="price"):
        parse_price(bad)


def test_price_display_drops_zero_cents() -> None:
    assert format_price(49900) == "¥499"
    assert format_price(4950) == "¥49.50"


def test_cues_parse_sorted_and_round_trip() -> None:
    cues = parse_cues("6:00 抽奖; 3:00 口播优惠券\n0:30 打招呼")
    assert cues == [Cue(30, "打招呼"), Cue(180, "口播优惠券"), Cue(360, "抽奖")]
    assert parse_cues(format_cues(cues)) == cues
    with pytest.raises(ValueError, match="M:SS"):
        parse_cues("at three: coupon")


def test_moved_keeps_everything() -> None:
    assert moved("abcde", 0, 3) == list("bcdae")
    assert moved("abcde", 4, 0) == list("eabcd")
    assert sorted(moved("abcde", 1, 99)) == list("abcde")


def test_planned_end_adds_minutes() -> None:
    items = [Item("a", planned_min=10), Item("b", planned_min=7.5)]
    assert planned_end(datetime(2026, 11, 25, 20, 0), items) == datetime(2026, 11, 25, 20, 17, 30)


def test_chinese_headers_map_to_fields() -> None:
    items = parse_rows(["商品名称", "货号", "价格", "直播价", "库存", "时长", "卖点"],
                       [(2, ["大衣", "CT-1", "899", "499", "120", "10", "双面呢"])])
    assert items[0].name == "大衣" and items[0].list_price == 89900 and items[0].live_price == 49900
    assert items[0].stock == 120 and items[0].planned_min == 10 and items[0].talking_points == "双面呢"


def test_every_bad_row_is_reported_with_its_line() -> None:
    rows = [(1, ["name", "price", "stock", "minutes"]), (2, ["ok", "10", "1", "5"]), (3, ["", "10", "1", "5"]),
            (4, ["x", "abc", "-1", "5"]), (5, ["y", "1", "2", "zero"])]
    with pytest.raises(ImportFailed) as err:
        parse_table(rows)
    lines = [(e.line, e.message) for e in err.value.errors]
    assert (4, 'price "abc" is not a number') in lines
    assert any(line == 4 and "stock" in msg for line, msg in lines)
    assert all(line in (4,) for line, _ in lines)  # money and stock refuse the file; the rest is reported
    report = parse_table([r for r in rows if r[0] != 4])
    assert [(r.line, r.status, r.reason) for r in report.skipped] == [(3, "skipped", "no product title")]
    assert report.warnings() == ['5: minutes "zero" is not a duration; 5 kept']


def test_sheet_without_name_column_is_refused() -> None:
    with pytest.raises(ImportFailed, match="name"):
        parse_rows(["sku", "price"], [(2, ["a", "1"])])


def test_missing_live_price_defaults_to_list_price() -> None:
    [item] = parse_rows(["name", "price"], [(2, ["杯子", "69"])])
    assert item.live_price == item.list_price == 6900
