"""The review after a real show (round 12 probe): a pulled product, pauses, a cancelled lottery, questions.

Each show runs through the Studio's own commands on a fake clock, as the probe's did.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from app.core import comments as cm
from app.models.store import Store
from app.studio import review as sr
from app.studio.commerce import Commerce
from app.studio.exports import export
from app.studio.review_html import report_html
from app.studio.studio import Studio
from tests.conftest import sample_items
from tests.doubles import FakeClock
from tests.review_show import add_comments

T0 = 1_764_000_000.0  # FakeClock's start
PLANNED = T0 - 600  # ten minutes late


@pytest.fixture
def planned_show(store: Store) -> int:
    """CT-1 10 min, SW-2 8 min, SC-3 6 min, HM-4 5 min, planned to start ten minutes before T0."""
    return store.create_show("复盘r12", "douyin", "主播", datetime.fromtimestamp(PLANNED), sample_items())


@pytest.fixture
def studio(qapp: object, store: Store, planned_show: int, clock: FakeClock) -> Studio:  # type: ignore[override]
    s = Studio(store, clock=clock)
    s.open_show(planned_show)
    Commerce(s)
    return s


def ids(store: Store, show_id: int) -> dict[str, int]:
    return {i.sku: int(i.id or 0) for i in store.items(show_id)}


def test_a_product_pulled_before_it_aired_is_not_in_the_plan(studio: Studio, store: Store, clock: FakeClock) -> None:
    show_id = studio.show_id
    assert show_id is not None
    sku = ids(store, show_id)
    studio.execute("show.start")
    clock.advance(300)
    studio.execute("runsheet.remove", {"item_id": sku["SC-3"]})  # pulled while CT-1 is on air
    host_planned_end = studio.snapshot()["clock"]["planned_end"]
    assert host_planned_end == PLANNED + (10 + 8 + 5) * 60
    clock.advance(300)
    studio.execute("segment.next")  # SW-2
    clock.advance(480)
    studio.execute("segment.next")  # HM-4
    clock.advance(300)
    studio.execute("show.end")
    r = sr.compute(store, show_id, clock.now())
    assert r.figure("planned_length_s").value == (10 + 8 + 5) * 60
    assert r.figure("planned_end").value == host_planned_end  # the plan the host saw
    assert [it.sku for it in r.items] == ["CT-1", "SW-2", "HM-4"]  # not a skipped item row
    pulled = r.to_json()["pulled"]
    assert [(p["item_id"], p["sku"], p["planned_s"]) for p in pulled] == [(sku["SC-3"], "SC-3", 360.0)]
    assert "Pulled before it aired: 羊绒围巾 (6:00)" in report_html(r)


def test_pauses_are_shown_per_item_and_for_the_show(studio: Studio, store: Store, clock: FakeClock,
                                                     tmp_path: Path) -> None:
    show_id = studio.show_id
    assert show_id is not None
    studio.execute("show.start")
    clock.advance(120)
    studio.execute("timer.pause")  # a technical pause on CT-1
    clock.advance(300)
    studio.execute("timer.resume")
    clock.advance(180)
    studio.execute("segment.next")  # SW-2
    clock.advance(60)
    studio.execute("timer.pause")
    clock.advance(30)
    studio.execute("segment.next")  # still paused: the next item starts its own clock, the pause ends
    clock.advance(60)
    studio.execute("show.end")
    r = sr.compute(store, show_id, clock.now())
    rows = {it.sku: it for it in r.items}
    assert (rows["CT-1"].actual_s, rows["CT-1"].paused_s, rows["CT-1"].over_s) == (600, 300, 0)
    assert (rows["SW-2"].actual_s, rows["SW-2"].paused_s) == (90, 30)
    assert rows["SC-3"].paused_s == 0 and rows["HM-4"].paused_s is None  # HM-4 never aired
    assert (r.figure("paused_s").value, r.figure("pauses").value) == (330, 2)
    data = r.to_json()
    assert {f["key"]: f["value"] for f in data["summary"]}["paused_s"] == 330
    assert [it["paused_s"] for it in data["items"]] == [300, 30, 0, None]
    # the per-item table of the tab and the PDF, the XLSX
    assert sr.item_cell(rows["CT-1"], "paused_s") == "5:00"
    assert "paused_s" in dict(sr.ITEM_COLUMNS)
    html = report_html(r)
    assert ">Paused<" in html and ">5:00<" in html
    out = tmp_path / "r.xlsx"
    sr.write_xlsx(r, out)
    wb = openpyxl.load_workbook(out)
    items = wb["Items"]
    header = [c.value for c in items[1]]
    col = header.index("Paused") + 1
    assert items.cell(2, col).value == timedelta(seconds=300)  # a spreadsheet duration, [h]:mm:ss
    summary = {row[0].value: row[1].value for row in wb["Summary"].iter_rows(min_row=3) if row[0].value}
    assert summary["Paused"] == timedelta(seconds=330) and summary["Pauses"] == 2


def test_pause_labels_are_translated(qapp: object) -> None:
    from app.core import review as rv
    from app.ui.i18n import Translations

    texts = set(map(str, sr._TEXTS))
    for key in ("paused_s", "pauses"):
        assert rv.METRIC[key].label in texts and rv.METRIC[key].definition in texts
    t = Translations(qapp)  # type: ignore[arg-type]
    assert t.install("zh_CN")
    try:
        assert (sr.rtr("Paused"), sr.rtr("Pauses")) == ("暂停", "暂停次数")
        assert sr.rtr(rv.METRIC["paused_s"].definition) != rv.METRIC["paused_s"].definition
        assert sr.rtr(sr.ITEM_TIPS["paused_s"]) != sr.ITEM_TIPS["paused_s"]
    finally:
        t.install("none")


def test_a_cancelled_lottery_says_so(studio: Studio, store: Store, clock: FakeClock, tmp_path: Path) -> None:
    show_id = studio.show_id
    assert show_id is not None
    studio.execute("show.start")
    studio.execute("lottery.open", {"prize": "围巾", "keyword": "福袋", "duration_s": 120})
    clock.advance(30)
    studio.execute("lottery.cancel", {"reason": "wrong prize"})
    studio.execute("lottery.open", {"prize": "口红", "keyword": "口红", "duration_s": 120})
    clock.advance(60)
    studio.execute("show.end")
    r = sr.compute(store, show_id, clock.now())
    out = tmp_path / "lottery.json"
    export(store, show_id, "lottery", "json", out)
    for lots in (r.extras["lotteries"], json.loads(out.read_text(encoding="utf-8"))):
        cancelled, second = lots
        assert (cancelled["prize"], cancelled["status"], cancelled["cancel_reason"]) == ("围巾", "cancelled",
                                                                                      "wrong prize")
        assert "sealed" not in json.dumps(cancelled)
        assert (second["prize"], second["status"]) == ("口红", "closed")  # show.end closed it; not drawn
    html = report_html(r)
    assert "wrong prize" in html


def test_the_review_groups_questions_as_the_queue_and_the_export(studio: Studio, store: Store,
                                                                 clock: FakeClock, tmp_path: Path) -> None:
    show_id = studio.show_id
    assert show_id is not None
    studio.execute("show.start")
    clock.advance(60)
    studio.execute("segment.next")  # SW-2
    clock.advance(60)
    studio.execute("show.end")
    end = clock.now()
    q = cm.QUESTION
    add_comments(store, show_id, [
        {"kind": "comment", "ts": T0 + 10, "user_id": "u1", "user_name": "u1", "text": "多少钱？", "flags": q},
        {"kind": "comment", "ts": T0 + 10, "user_id": "u2", "user_name": "u2", "text": "多少钱呀", "flags": q},
        {"kind": "comment", "ts": end, "user_id": "u3", "user_name": "u3", "text": "还有吗", "flags": q},
    ])
    r = sr.compute(store, show_id, end)
    out = tmp_path / "q.json"
    export(store, show_id, "questions", "json", out)
    exported = {row["text"]: (row["count"], row["item_name"]) for row in json.loads(out.read_text("utf-8"))}
    reviewed = {row["text"]: (row["count"], row["item"]) for row in r.extras["questions"]}
    # one question, named by its first wording (the same second: the first comment) as the queue names it
    assert reviewed == exported == {"多少钱？": (2, "羊毛大衣"), "还有吗": (1, "摇粒绒卫衣")}
    rows = {it.sku: it for it in r.items}
    assert rows["SW-2"].questions == 1  # asked in the second the show ended: under the item then on air
