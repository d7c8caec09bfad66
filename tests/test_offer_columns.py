"""A sheet with 机制 and 福利 side by side: a row that fills only 福利 reads `机制：<gift>` as a sheet with
one offer column does, not `机制：福利：<gift>` (held-out check of round 14)."""

from __future__ import annotations

from pathlib import Path

from app.studio.files import import_sheet


def test_a_row_with_only_the_second_offer_column_filled_reads_like_one_offer(tmp_path: Path) -> None:
    sheet = tmp_path / "排品表.csv"
    sheet.write_text("商品名称,直播价,机制,福利,卖点\n"
                     "羊毛大衣,499,拍1发2,前100单送抱枕,不起球\n"
                     "保温杯,69,,前50单送杯套,12小时保温\n"
                     "围巾,199,买2送1,,\n", encoding="utf-8-sig")
    items = import_sheet(sheet).items
    assert [i.talking_points for i in items] == [
        "机制：拍1发2；福利：前100单送抱枕\n不起球", "机制：前50单送杯套\n12小时保温", "机制：买2送1"]
