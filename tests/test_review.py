"""The 复盘 review: every figure of a show with known events, on the JSON and the XLSX, n/a included."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.cli import main
from app.core import review as rv
from app.models import review as mr
from app.models.store import Store
from app.studio import review as sr
from tests.conftest import comment
from tests.review_show import T0, build_show

NOW = T0 + 5000


@pytest.fixture
def show(store: Store) -> tuple[int, dict[str, int]]:
    return build_show(store)


@pytest.fixture
def review(store: Store, show: tuple[int, dict[str, int]]) -> rv.Review:
    return sr.compute(store, show[0], NOW)


EXPECTED = {
    "late_start_s": 300, "planned_length_s": 1440, "actual_length_s": 1500, "peak_online": 150,
    "avg_online": pytest.approx(370 / 3), "uv": 1300, "pv": 4, "viewers_seen": 13, "commenters": 6, "comments": 9,
    "questions": 3, "negatives": 1, "gifts": 4, "gift_value_douyin_diamond": 40, "gift_yuan_est": 400, "likes": 15,
    "follows": 2, "orders": 3,
    "units": 4, "gmv": 159600, "buyers": 2, "engagement_rate": pytest.approx(6 / 1300),
    "follow_rate": pytest.approx(2 / 1300), "conversion_rate": pytest.approx(2 / 1300), "aov": 79800,
    "uv_value": pytest.approx(159600 / 1300), "gpm": pytest.approx(159600 / 4 * 1000),
    # watch time: 100 online × 600 s + 150 × 600 s + 120 × 300 s, over 1300 viewers
    "avg_watch_s": pytest.approx(186000 / 1300),
    "actual_start": T0, "actual_end": T0 + 1500, "planned_start": T0 - 300, "planned_end": T0 - 300 + 1440,
}


def test_summary_figures(review: rv.Review) -> None:
    got = {f.key: f.value for f in review.summary}
    for key, want in EXPECTED.items():
        assert got[key] == want, key
    assert review.figure("ctr").value is None
    assert review.figure("ctr").na == rv.NA_NO_CLICKS
    assert review.figure("roi").na == rv.NA_NO_SPEND
    assert review.compliance == {"absolute": 1, "medical": 0, "guarantee": 0, "diversion": 1, "banned": 0}


def test_per_item_rows_sum_revisits_and_match_orders_by_sku(review: rv.Review) -> None:
    rows = {it.sku: it for it in review.items}
    ct, sw, sc = rows["CT-1"], rows["SW-2"], rows["SC-3"]
    assert (ct.actual_s, ct.visits, ct.over_s) == (720, 2, 120)  # 10 min, then a 2-minute 返场
    assert (sw.actual_s, sw.over_s, sc.actual_s, sc.over_s) == (480, 0, 300, -60)
    assert (ct.comments, ct.questions, ct.negatives, ct.gifts, ct.gift_yuan_est) == (6, 3, 1, 4, 400)
    assert (sw.comments, sc.comments, sc.mentions, ct.mentions) == (1, 1, 1, 0)
    assert (ct.orders, ct.units, ct.gmv) == (2, 3, 149700)
    assert (sw.orders, sw.units, sw.gmv) == (1, 1, 9900)
    assert (sc.orders, sc.units, sc.gmv) == (0, 0, 0)
    assert (sw.sale_sold, sw.sale_quantity, sw.sale_sellout_s) == (10, 10, 60)  # live at +640 s, sold out at +700 s
    assert ct.sale_quantity is None
    assert (ct.coupons_issued, ct.coupons_claimed, ct.cues_fired) == (100, 35, 2)


def test_timeline_series_bands_and_markers(review: rv.Review) -> None:
    tl = review.timeline
    assert tl.minutes == list(range(26))
    assert tl.series["comments"][:3] == [3, 3, 0]
    assert tl.series["commenters"][:2] == [3, 3]
    assert tl.series["online"][0] == 100 and tl.series["online"][1] is None  # no reading that minute: a gap
    assert tl.series["likes"][0] == 10 and tl.series["orders"][11] == 2
    assert [(b.start_min, b.end_min) for b in tl.bands] == [(0, 10), (10, 18), (18, 20), (20, 25)]
    kinds = {m.kind: m.minute for m in tl.markers}
    assert kinds["sale_start"] == pytest.approx(640 / 60)
    assert {"sale_end", "coupon", "lottery_open", "lottery_draw", "pin"} <= set(kinds)


def test_audience_lists_and_lottery(review: rv.Review) -> None:
    qs = review.extras["questions"]
    # "多少钱？ " (full-width, a trailing space) is the same question
    assert (qs[0]["text"], qs[0]["count"], qs[0]["item"]) == ("多少钱?", 2, "羊毛大衣")
    fu = review.extras["followups"]
    # the pinned "多少钱?" counts as answered; the other question, the mention and the criticism remain
    # criticism first (售后 answers it first), then the questions, each by time
    assert [(r["user_id"], r["why"]) for r in fu] == [("u1", "negative"), ("u2", "question"), ("u3", "question")]
    assert [r["item"] for r in fu] == ["羊毛大衣", "羊毛大衣", '=HYPERLINK("x")']  # a "3号链接" question is about 3
    assert review.extras["followups_total"] == 3
    lot = review.extras["lotteries"][0]
    assert (lot["entrants"], len(lot["winners"]), lot["redraw_count"]) == (2, 1, 1)
    assert review.extras["lottery_verify"]["ok"] is True


def test_a_relay_without_viewer_counts_or_orders_gives_na_never_zero(store: Store) -> None:
    show_id, _ids = build_show(store, viewers=False, orders=False)
    r = sr.compute(store, show_id, NOW)
    for key, reason in (("peak_online", rv.NA_NO_VIEWERS), ("avg_online", rv.NA_NO_VIEWERS),
                        ("uv", rv.NA_NO_TOTAL), ("engagement_rate", rv.NA_NO_TOTAL), ("gmv", rv.NA_NO_ORDERS),
                        ("orders", rv.NA_NO_ORDERS), ("buyers", rv.NA_NO_ORDERS), ("aov", rv.NA_NO_ORDERS),
                        ("avg_watch_s", rv.NA_NO_VIEWERS), ("gpm", rv.NA_NO_ORDERS)):
        f = r.figure(key)
        assert (f.value, f.na) == (None, reason), key
    assert r.figure("comments").value == 9  # what the relay did send is still counted
    assert all(it.orders is None and it.na["gmv"] == rv.NA_NO_ORDERS for it in r.items)
    assert set(r.timeline.series["online"]) == {None} and r.timeline.na["online"] == rv.NA_NO_VIEWERS
    assert sr.format_figure(r.figure("peak_online")) == "n/a — the relay sends no viewer counts"


def test_a_show_not_started_has_no_actuals(store: Store, show_id: int) -> None:
    r = sr.compute(store, show_id, NOW)
    assert r.figure("actual_start").na == rv.NA_NOT_STARTED
    assert r.figure("late_start_s").na == rv.NA_NOT_STARTED
    assert r.figure("planned_start").na == rv.NA_NO_PLAN
    assert all(it.actual_s is None for it in r.items) and r.timeline.minutes == []


def test_json_report_has_every_figure(tmp_path: Path, review: rv.Review) -> None:
    out = tmp_path / "r.json"
    sr.write_json(review, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    figures = {f["key"]: f for f in data["summary"]}
    for key, want in EXPECTED.items():
        assert figures[key]["value"] == want, key
    assert figures["ctr"]["value"] is None and figures["ctr"]["na"] == rv.NA_NO_CLICKS
    assert figures["gmv"]["definition"].startswith("成交金额: the amounts of the orders whose latest status is paid")
    assert {i["sku"]: i["gmv"] for i in data["items"]} == {"CT-1": 149700, "SW-2": 9900, "SC-3": 0}
    assert data["timeline"]["series"]["comments"][:2] == [3, 3]
    assert len(data["followups"]) == 3 and data["lottery_verify"]["ok"] is True


def test_xlsx_report_equals_the_review_and_holds_no_formulas(tmp_path: Path, review: rv.Review) -> None:
    out = tmp_path / "r.xlsx"
    sr.write_xlsx(review, out)
    wb = openpyxl.load_workbook(out)
    summary, items, timeline, followup = wb["Summary"], wb["Items"], wb["Timeline"], wb["Follow-up"]
    by_label = {row[0]: row for row in summary.iter_rows(min_row=3, values_only=True) if row and row[0]}
    for f in review.summary:
        m = rv.METRIC[f.key]
        cell = by_label[m.label][1]
        if m.unit == "time":
            assert cell is None if f.value is None else abs(cell.timestamp() - f.value) < 1
        elif f.value is None:
            assert cell is None, m.key
        elif m.unit == "duration":  # a spreadsheet time
            assert cell.total_seconds() == pytest.approx(f.value, abs=1e-3), m.key
        elif m.unit == "seconds":  # signed minutes
            assert cell == pytest.approx(f.value / 60, abs=0.01), m.key
        elif m.unit == "fen":  # yuan in a currency format
            assert cell == pytest.approx(f.value / 100), m.key
        else:
            assert cell == pytest.approx(f.value), m.key
        assert by_label[m.label][4] == (f.na or None)
    header = [c.value for c in items[1]]
    rows = [dict(zip(header, (c.value for c in r), strict=True)) for r in items.iter_rows(min_row=2)]
    assert [(r["SKU"], r["Actual"].total_seconds(), r["GMV"], r["Flash sale sold"]) for r in rows] == [
        ("CT-1", 720, 1497, None), ("SW-2", 480, 99, 10), ("SC-3", 300, 0, None)]  # time; yuan
    assert items["P2"].number_format == '"¥"#,##0.00' and items.freeze_panes == "A2"
    assert rows[2]["Item"] == "'=HYPERLINK(\"x\")"  # a product name is data, never a formula
    assert all(c.data_type != "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)
    assert [c.value for c in timeline["B"][1:4]] == [3, 3, 0]
    assert len(timeline._charts) == len(sr.CHARTS)  # native Excel charts
    assert followup.max_row == 4 and followup["C2"].value == "观众u1"


def test_ticked_follow_up_is_kept_and_reported(tmp_path: Path, store: Store, show: tuple[int, dict[str, int]],
                                               review: rv.Review) -> None:
    cid = review.extras["followups"][2]["comment_id"]
    mr.set_followup_done(store, show[0], cid, True, NOW)
    again = sr.compute(store, show[0], NOW)
    assert [r["done"] for r in again.extras["followups"]] == [False, False, True]
    sr.write_xlsx(again, tmp_path / "r.xlsx")
    assert openpyxl.load_workbook(tmp_path / "r.xlsx")["Follow-up"]["A4"].value == "✓"
    mr.set_followup_done(store, show[0], cid, False, NOW)
    assert not any(r["done"] for r in sr.compute(store, show[0], NOW).extras["followups"])


def test_compare_two_shows_by_sku(store: Store, review: rv.Review) -> None:
    other_id, _ = build_show(store, viewers=False, orders=False, title="B", start=T0 + 86_400)
    cmp = rv.compare(review, sr.compute(store, other_id, NOW + 86_400))
    totals = {t["key"]: t for t in cmp["totals"]}
    assert (totals["comments"]["a"], totals["comments"]["b"], totals["comments"]["diff"]) == (9, 9, 0)
    assert totals["gmv"]["diff"] is None and totals["gmv"]["b_na"] == rv.NA_NO_ORDERS
    ct = next(p for p in cmp["products"] if p["sku"] == "CT-1")
    assert ct["actual_s"] == {"a": 720, "b": 720, "diff": 0}
    assert ct["gmv"] == {"a": 149700, "b": None, "diff": None}


def test_run_sheet_learns_median_minutes_per_sku(store: Store) -> None:
    a, _ = build_show(store)
    build_show(store, start=T0 + 86_400)
    learned = sr.learned(store)
    assert learned["CT-1"] == rv.Learned("CT-1", 12.0, 2) and learned["SC-3"].median_min == 5.0
    assert sr.learned(store, exclude_show_id=a)["CT-1"].shows == 1
    assert rv.learned_minutes({"X": [4.0, 10.0, 6.0]})["X"] == rv.Learned("X", 6.0, 3)


def test_core_texts_are_marked_for_translation() -> None:
    texts = set(map(str, sr._TEXTS))
    for m in rv.METRICS:
        assert m.label in texts and m.definition in texts, m.key
    assert set(rv.NA_REASONS) <= texts


@pytest.mark.parametrize("fmt", ["json", "xlsx", "pdf"])
def test_cli_report(qapp, tmp_path: Path, data_dir: Path, store: Store,  # type: ignore[no-untyped-def]
                    show: tuple[int, dict[str, int]], fmt: str) -> None:
    out = tmp_path / f"r.{fmt}"
    assert main(["report", str(show[0]), "--format", fmt, "--out", str(out), "--data-dir", str(data_dir),
                 "--lang", "en"]) == 0
    if fmt == "json":
        figures = {f["key"]: f["value"] for f in json.loads(out.read_text(encoding="utf-8"))["summary"]}
        assert figures["gmv"] == 159600
    elif fmt == "xlsx":
        assert openpyxl.load_workbook(out)["Items"]["P2"].value == 1497
    else:
        assert out.read_bytes()[:5] == b"%PDF-"
    assert main(["report", "999", "--format", fmt, "--out", str(out), "--data-dir", str(data_dir)]) == 2


def test_a_show_run_through_the_studio_reviews_as_it_ran(qapp, store: Store, show_id: int,  # type: ignore[no-untyped-def]
                                                          clock) -> None:
    """The review reads the events the real commands record, not only hand-made ones."""
    from app.studio.commerce import Commerce
    from app.studio.studio import Studio

    studio = Studio(store, clock=clock)
    studio.open_show(show_id)
    desk = Commerce(studio)
    items = store.items(show_id)
    start = clock.now()
    studio.execute("show.start")
    studio.execute("coupon.issue", {"amount": 10, "quantity": 50})
    clock.advance(300)
    studio.execute("segment.next")  # SW-2
    studio.execute("sale.start", {"price": 50, "quantity": 4, "per_buyer_limit": 2, "countdown_s": 10,
                                  "duration_s": 120})
    clock.advance(40)  # live at +10 s
    desk.on_batch([comment(1, "", user="b1", kind="order", sku="SW-2", quantity=2)])  # 2 sold
    studio.execute("sale.adjust_stock", {"delta": -2})  # the 场控 takes the rest out: ends 30 s in, not sold
    clock.advance(200)
    studio.execute("segment.goto", {"item_id": items[0].id})  # 返场 of CT-1
    clock.advance(120)
    studio.execute("show.end")
    r = sr.compute(store, show_id, clock.now())
    rows = {it.sku: it for it in r.items}
    assert (rows["CT-1"].actual_s, rows["CT-1"].visits) == (420, 2)
    assert (rows["SW-2"].actual_s, rows["SW-2"].visits) == (240, 1)
    assert (rows["SW-2"].sale_sold, rows["SW-2"].sale_quantity, rows["SW-2"].sale_sellout_s) == (2, 4, 30)
    assert rows["CT-1"].coupons_issued == 50
    assert r.figure("actual_start").value == start and r.figure("actual_length_s").value == 660
    assert r.figure("late_start_s").na == rv.NA_NO_PLAN
    assert r.figure("gmv").na == rv.NA_NO_ORDERS  # nothing came in from a relay: n/a, not ¥0


def test_figures_come_before_the_lists(store: Store, show: tuple[int, dict[str, int]]) -> None:
    seen: list[rv.Review] = []
    full = sr.compute(store, show[0], NOW, figures=seen.append)
    assert len(seen) == 1 and seen[0].extras == {}  # the tab shows these while the lists are read
    assert seen[0].figure("gmv").value == full.figure("gmv").value and full.extras["followups"]


def test_cli_report_in_chinese(qapp, tmp_path: Path, data_dir: Path,  # type: ignore[no-untyped-def]
                               show: tuple[int, dict[str, int]]) -> None:
    out = tmp_path / "r.xlsx"
    assert main(["report", str(show[0]), "--format", "xlsx", "--out", str(out), "--data-dir", str(data_dir),
                 "--lang", "zh_CN"]) == 0
    wb = openpyxl.load_workbook(out)
    items = wb.worksheets[1]
    assert items["B1"].value == "商品" and items["P1"].value == "成交金额 (GMV)"
    assert sr.rtr("GMV") == "GMV"  # the translation was only for the report


@pytest.mark.parametrize("fmt", ["json", "xlsx", "pdf"])
def test_a_failed_report_exits_1_and_leaves_nothing(qapp, tmp_path: Path, data_dir: Path,  # type: ignore[no-untyped-def]
                                                    show: tuple[int, dict[str, int]], fmt: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk: the write fails halfway; no truncated report at the final name, no temporary file."""
    import errno
    import zipfile

    def full(self: Any, *_a: Any, **_k: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    monkeypatch.setattr(Path, "write_bytes", full)
    monkeypatch.setattr(zipfile.ZipFile, "writestr", full)
    target = tmp_path / "reports"
    target.mkdir()
    out = target / f"r.{fmt}"
    assert main(["report", str(show[0]), "--format", fmt, "--out", str(out), "--data-dir", str(data_dir)]) == 1
    assert list(target.iterdir()) == []


def test_the_pdf_groups_follow_ups_and_cuts_long_names() -> None:
    from app.studio.review_html import elide, group_followups

    rows = [{"why": "question", "text": "能退吗？" if i % 2 else "能退吗", "ts": NOW + i, "user_id": f"u{i % 3}",
             "user_name": "", "item": "羊毛大衣", "done": i == 0} for i in range(200)]
    rows.append({"why": "negative", "text": "假货", "ts": NOW, "user_id": "x", "user_name": "", "item": "",
                 "done": False})
    groups = group_followups(rows)
    assert [(g["why"], g["count"], len(g["users"]), g["open"]) for g in groups] == [
        ("negative", 1, 1, 1), ("question", 200, 3, 199)]  # one line, not 200 pages of the same question
    long = "【福袋同款】植萃坊氨基酸洗面奶温和清洁 120g 两支装 敏感肌可用"
    assert elide(long, 28).endswith("…") and len(elide(long, 28)) <= 14
    assert elide("短名", 28) == "短名"


def test_pdf_page_one_carries_the_key_figures(review: rv.Review) -> None:
    html = sr.report_html(review)
    first_page = html.split("page-break-before")[0]
    for key in ("gmv", "orders", "buyers", "aov", "actual_length_s"):
        assert sr.format_figure(review.figure(key)) in first_page


_STALLED_EXPORT = """
import sys, threading
from pathlib import Path
real = Path.write_bytes
def stall(self, data):
    with open(self, "wb") as f:
        f.write(data[: len(data) // 2])
    print("writing", flush=True)
    threading.Event().wait()  # stuck on a slow disk until killed
Path.write_bytes = stall
from app.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("sig", ["TERM", "KILL"])
def test_a_killed_export_leaves_nothing_behind(tmp_path: Path, data_dir: Path, store: Store,
                                               show: tuple[int, dict[str, int]], sig: str) -> None:
    """Killed halfway through writing: no truncated report, nothing in the temp dir; after SIGKILL
    (which nothing can catch) the next export clears the temporary file it left."""
    import os
    import signal
    import subprocess
    import time

    from tests.conftest import PYTHON, ROOT

    target, tmpdir = tmp_path / "out", tmp_path / "tmp"
    target.mkdir()
    tmpdir.mkdir()
    out = target / "r.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmpdir)}
    args = ["report", str(show[0]), "--format", "pdf", "--out", str(out), "--data-dir", str(data_dir)]
    proc = subprocess.Popen([PYTHON, "-c", _STALLED_EXPORT, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "writing\n"
    proc.send_signal(signal.SIGTERM if sig == "TERM" else signal.SIGKILL)
    code = proc.wait(timeout=30)
    if sig == "TERM":
        assert code == 1 and list(target.iterdir()) == []
    else:
        [left] = list(target.iterdir())
        assert left.name.startswith(f".r.pdf.{proc.pid}-") and left.name.endswith(".part")
        assert main([*args, "--lang", "en"]) == 0
        assert sorted(p.name for p in target.iterdir()) == sorted([left.name, "r.pdf"])  # it may still be written
        an_hour_ago = time.time() - 3600
        os.utime(left, (an_hour_ago, an_hour_ago))
        assert main([*args, "--lang", "en"]) == 0  # untouched for an hour, its process gone: removed
        assert [p.name for p in target.iterdir()] == ["r.pdf"]
    assert list(tmpdir.rglob("*")) == []
