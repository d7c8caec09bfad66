"""An "xls" that is a web page (ERP / 后台 exports): spans, omitted end tags and nested tables are read
as a browser shows them (app.studio.html_tables). A rowspan over spec rows once shifted the next
row's cells one column left: the stock landed in the price column, ¥80 on air instead of ¥69."""

from __future__ import annotations

from pathlib import Path

from app.studio.files import import_sheet
from app.studio.html_tables import _Tables

HELD = Path(__file__).resolve().parent / "fixtures" / "sheets" / "held_out"


def _tables(html: str) -> list[tuple[list[list[object]], list[tuple[int, int, int, int]]]]:
    parser = _Tables()
    parser.feed(html)
    parser.close()
    return [(t.rows, t.merges) for t in parser.tables]


def test_an_erp_page_with_spec_rows_imports_each_spec_at_its_price() -> None:
    report = import_sheet(HELD / "html_rowspan_gb2312.xls")
    assert [(i.name, i.live_price, i.stock, i.planned_min, i.notes) for i in report.items] == [
        ("纯棉T恤", 5900, 180, 5.0, "规格：M ¥59；规格：L ¥69"), ("保温杯", 3990, 200, 4.0, "规格：500ml")]


def test_spans_end_tags_and_nesting_are_read_as_a_browser_lays_them_out() -> None:
    assert _tables("<table><tr><td rowspan=3 colspan=2>A</td><td>b1</td></tr><tr><td>b2</td></tr>"
                   "<tr><td>b3</td></tr><tr><td>x</td><td>y</td><td>z</td></tr></table>") == [
        ([["A", None, "b1"], [None, None, "b2"], [None, None, "b3"], ["x", "y", "z"]], [(1, 1, 3, 2)])]
    assert _tables("<table><tr><th>商品<th>价格<tr><td>杯子<td>29.9<tr><td>碗<td>19.9</table>") == [
        ([["商品", "价格"], ["杯子", "29.9"], ["碗", "19.9"]], [])]
    assert _tables("<table><tr><td><table><tr><td>x</td></tr></table>杯子</td><td>29.9</td></tr></table>") == [
        ([["杯子", "29.9"]], []), ([["x"]], [])]
    assert _tables("<table><tr><td rowspan=99999 colspan=abc>A</td></tr><tr><td>B") == [  # cut short, huge span
        ([["A"], [None, "B"]], [(1, 1, 500, 1)])]
