"""Product-sheet defects of the third held-out probe (round 12b): space thousands separators, platform
template rows, the 拼多多 export's prices, blank-title spec rows of a merged CSV, a run order with a
non-number, Excel text protection, 淘宝助理's header rows, 到手价 and 优惠券 beside 直播价. Fixtures in
tests/fixtures/sheets/r12b/ (make_r12b.py builds them; README.md there says how each was made)."""

from pathlib import Path

from app.studio.files import import_sheet

R12B = Path(__file__).parent / "fixtures" / "sheets" / "r12b"


# ---- 1. thousands grouped by spaces ------------------------------------------------------------------

def test_space_grouped_prices_and_stock_are_read_whole() -> None:
    report = import_sheet(R12B / "space_thousands.csv")
    assert [(i.name, i.live_price, i.list_price, i.stock) for i in report.items] == [
        ("扫地机 A", 129900, 259900, 1000), ("扫地机 B", 129900, 259900, 1000), ("扫地机 C", 129900, 259900, 1000),
        ("扫地机 D", 129900, 259900, 2000), ("扫地机 E", 129900, 259900, 12500)]
    assert not any("lowest" in w for w in report.warnings())  # "¥ 1 299" is one price, not 1 and 299
    (problem,) = report.problems  # "199 299": one price or two? never guessed
    assert problem.line == 7 and problem.errors[0].field == "live_price"
    assert "could be one number with spaces between its thousands or several numbers" in str(problem.errors[0])
