"""The show comparison lists `gift_value` again, honestly: two shows whose gifts are in the same unit
are subtracted in it; two that count gifts in different units (抖币 and TikTok coins) are shown side by
side, each with its unit, and B − A says the units differ (the 元 estimate row compares them)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.core import gift_units as gu
from app.core import review as rv
from app.core.runsheet import Item
from app.models.store import Store
from app.studio import review as sr
from app.studio.studio import Studio
from app.ui.review_tab import ReviewTab
from tests.review_show import T0, _seg, add_comments, build_show

DAY = 86_400.0  # show B runs a day after show A (build_show: 40 抖币 of gifts)


def tiktok_show(store: Store) -> int:
    """A TikTok show a day later: one item, 25 TikTok coins of gifts (no 元 rate)."""
    start = T0 + DAY
    show_id = store.create_show("B", "tiktok", "host", datetime.fromtimestamp(start), [Item("羊毛大衣", "CT-1", 89900,
                                                                                           49900, 120, 10)])
    item = store.items(show_id)[0]
    store.append_event(show_id, "show_started", start, {"segments": [_seg(item)]})
    store.append_event(show_id, "segment_started", start, {"index": 0, "item_id": item.id, "via": "start"})
    add_comments(store, show_id, [{"kind": "gift", "platform": "tiktok", "ts": start + 60, "user_id": "t1",
                                   "extra": {"gift": "Rose", "count": 1, "value": 25, "value_unit": gu.TIKTOK_COIN}}])
    store.append_event(show_id, "show_ended", start + 600, {})
    store.update_show(show_id, status="ended")
    return show_id


def gift_row(cmp: dict) -> dict:  # type: ignore[type-arg]
    return next(t for t in cmp["totals"] if t["key"] == "gift_value")


def test_same_unit_shows_compare_gift_value_in_that_unit(store: Store) -> None:
    a, _ = build_show(store)
    b, _ = build_show(store, title="B", start=T0 + DAY)
    add_comments(store, b, [{"kind": "gift", "ts": T0 + DAY + 100, "user_id": "u9",
                             "extra": {"gift": "玫瑰", "count": 2, "value": 20, "value_unit": gu.DOUYIN_DIAMOND}}])
    row = gift_row(rv.compare(sr.compute(store, a, T0 + 5000), sr.compute(store, b, T0 + DAY + 5000)))
    assert (row["a"], row["b"], row["diff"]) == (40, 60, 20)
    assert row["a_unit"] == row["b_unit"] == gu.DOUYIN_DIAMOND and row["diff_na"] is None
    from app.studio.review_texts import compare_gift_value_cells  # new with the row: here, so the rest fails first

    assert compare_gift_value_cells(row) == ("40 抖币", "60 抖币", "+20 抖币")


def test_shows_in_different_units_are_not_subtracted(store: Store) -> None:
    a, _ = build_show(store)
    b = tiktok_show(store)
    cmp = rv.compare(sr.compute(store, a, T0 + 5000), sr.compute(store, b, T0 + DAY + 5000))
    row = gift_row(cmp)
    assert (row["a"], row["b"], row["diff"]) == (40, 25, None)
    assert (row["a_unit"], row["b_unit"]) == (gu.DOUYIN_DIAMOND, gu.TIKTOK_COIN)
    assert row["diff_na"] == rv.NA_GIFT_UNITS_DIFFER
    keys = [t["key"] for t in cmp["totals"]]
    assert keys.index("gift_value") == keys.index("gifts") + 1
    est = next(t for t in cmp["totals"] if t["key"] == "gift_yuan_est")
    assert (est["a"], est["b"], est["b_na"]) == (400, None, rv.NA_NO_GIFT_RATE)  # 40 抖币 = ¥4; coins: no rate


@pytest.fixture
def tab(qtbot, studio: Studio, clock) -> ReviewTab:  # type: ignore[no-untyped-def]
    clock.t = T0 + DAY + 5000
    w = ReviewTab(studio)
    qtbot.addWidget(w)
    return w


def test_the_compare_tab_shows_each_show_gift_value_with_its_unit(qtbot, tab: ReviewTab,  # type: ignore[no-untyped-def]
                                                                  store: Store) -> None:
    a, _ = build_show(store)
    b = tiktok_show(store)
    tab.reload_shows()
    tab.show_box.setCurrentIndex(tab.show_box.findData(a))
    with qtbot.waitSignal(tab.review_ready, timeout=10_000):
        tab.refresh()
    tab.compare_box.setCurrentIndex(tab.compare_box.findData(b))
    tab.compare()
    qtbot.waitUntil(lambda: tab.compare_table.rowCount() > 0, timeout=10_000)
    rows = {tab.compare_table.item(r, 0).text(): [tab.compare_table.item(r, c).text() for c in (1, 2, 3)]
            for r in range(tab.compare_table.rowCount())}
    assert rows["Gift value"] == ["40 抖币", "25 TikTok coins",
                                  "n/a — the shows' gifts are in different units: compare the 元 estimate"]
    assert rows["Gift value, estimated"][:2] == ["¥4.00", "n/a — no gift value has a 元 rate (TikTok coins, bits, "
                                                           "unknown units)"]
