"""The host view as a teleprompter: nothing clips, long points page, every phase reads right."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from app.studio.commerce import Commerce
from app.studio.host import HostDesk
from app.studio.studio import Studio
from app.ui.host_view import PHASE_COLOURS, HostView
from app.ui.i18n import Translations
from tests.doubles import FakeClock

NAME_40 = "超长名字的羊毛双面呢大衣限量款加厚保暖修身显瘦女士外套经典款冬季新品2"
POINTS_400 = ("双面呢面料，手工缝制，保暖又轻盈；164 穿 M，170 穿 L。Wool blend, hand-stitched. " * 8)[:400]


def longest(now: float) -> dict[str, Any]:
    """Everything up at once, each at its longest."""
    item = {"index": 2, "item_id": 3, "name": NAME_40, "live_price": 99999999, "list_price": 99999999,
            "stock": 99999, "sku": "x", "planned_s": 600, "talking_points": POINTS_400, "product_id": "",
            "cart_no": "18/19"}
    return {"show": {"id": 1, "title": NAME_40, "status": "live", "planned_start": now - 3600},
            "current": item, "next": dict(item, index=3, item_id=4),
            "timer": {"planned_s": 600, "elapsed_s": 4276, "remaining_s": -3676, "added_s": 0, "phase": "overtime"},
            "clock": {"show_elapsed_s": 36000, "planned_end": now, "projected_end": now + 7200,
                      "over_under_s": 7200},
            "runsheet": [{"item_id": i, "name": NAME_40, "planned_s": 600} for i in range(40)],
            "pinned": {"user_name": "爱购物的猫" * 4, "text": "3号链接还有货吗？" * 12},
            "message": {"text": "拉" * 80, "flash": True, "ts": now},
            "sale": {"status": "live", "item_id": 3, "price": 99999999, "remaining": 99999, "time_left_s": 1199,
                     "quantity": 99999},
            "coupons": [], "lottery": None,
            "banners": ["⏰ " + "口播优惠券" * 8, "Flash sale ¥999,999.99 · only 99999 left · 19:59",
                        "Coupon: ¥30 off orders over ¥199 · 200 left · 9:55 · " + "满减" * 10,
                        "Lottery: 羊绒围巾 · type “福袋” · 1,234 entered · 2:56 — a long line that has to wrap",
                        "🎉 羊绒围巾 won by " + "、".join(["爱购物的猫49"] * 6)],
            "now": now}


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1366, 768)])
@pytest.mark.parametrize("status", ["draft", "live", "ended", "paused"])
def test_no_text_leaves_its_box_with_the_longest_content(qtbot, size: tuple[int, int], status: str) -> None:  # type: ignore[no-untyped-def]
    view = HostView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    snap = longest(1_764_000_000.0)
    if status == "paused":
        snap["timer"]["phase"] = "paused"
    else:
        snap["show"]["status"] = status
    view.refresh(snap)
    assert view.overflowing() == []
    floor = view.floor_px()
    assert view.points.font_px >= floor and view.product.font_px >= floor
    if status in ("live", "paused"):
        assert view.points.page_count() > 1 and "1/" in view.page_label.text()
        assert all(b.isVisible() for b in view.banner_labels[:4])
    for _ in range(view.points.page_count()):
        view.turn_page()
        assert view.overflowing() == []


def test_points_page_by_hand_and_by_themselves(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = HostView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.refresh(longest(1_764_000_000.0))
    n = view.points.page_count()
    assert n > 1 and view.page_label.text().startswith("Page 1/")
    view.turn_page()
    assert view.points.page == 1 and view.page_label.text().startswith("Page 2/")
    view.turn_page(-1)
    assert view.points.page == 0
    view._pager.setInterval(20)
    qtbot.waitUntil(lambda: view.points.page == 1, timeout=2000)


def test_short_points_use_big_type_and_no_pages(qtbot, studio: Studio) -> None:  # type: ignore[no-untyped-def]
    view = HostView()
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    studio.execute("show.start")
    view.refresh(studio.snapshot())
    assert view.points.page_count() == 1 and view.page_label.text() == ""
    assert view.points.font_px > view.floor_px()


def live_view(qtbot, studio: Studio) -> HostView:  # type: ignore[no-untyped-def]
    view = HostView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    studio.execute("show.start")
    return view


def test_danger_and_overtime_look_different_and_paused_keeps_its_sign(qtbot, studio: Studio,  # type: ignore[no-untyped-def]
                                                                      clock: FakeClock) -> None:
    view = live_view(qtbot, studio)
    clock.advance(600 - 10)
    view.refresh(studio.snapshot())
    assert view.time_left.colour == PHASE_COLOURS["danger"] and view.time_left.background == ""
    clock.advance(86)
    view.refresh(studio.snapshot())
    assert view.time_left.text() == "+1:16" and view.time_left.background  # overtime: a filled, blinking box
    looks = {(view.time_left.colour, view.time_left.background)}
    qtbot.waitUntil(lambda: (view.time_left.colour, view.time_left.background) not in looks, timeout=2000)
    studio.execute("timer.pause")
    view.refresh(studio.snapshot())
    assert view.time_left.text() == "+1:16" and "paused" in view.phase.text()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_live_sale_becomes_the_big_figures(qtbot, qapp, studio: Studio, clock: FakeClock, lang: str) -> None:  # type: ignore[no-untyped-def]
    t = Translations(qapp)
    t.install(lang)
    try:
        Commerce(studio)
        view = live_view(qtbot, studio)
        studio.execute("sale.start", {"price": 399, "quantity": 60, "countdown_s": 10, "duration_s": 300})
        clock.advance(11)
        studio.on_tick()
        snap = studio.snapshot()
        assert not any("399" in b for b in snap["banners"])  # the item on air: its figures, not a banner
        view.refresh(snap)
        assert "¥399" in view.price.text() and "60" in view.stock.text()
        assert not any("399" in b.text() for b in view.banner_labels if b.isVisible())  # not said twice
    finally:
        t.install("none")


def test_before_the_show_a_countdown_and_the_first_item(qtbot, studio: Studio, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    view = HostView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    snap = studio.snapshot()
    snap["show"]["planned_start"] = clock.now() + 754
    del snap["host"]  # an edited snapshot: the view decides its host screen from it again
    view.refresh(snap)
    assert view.time_left.text() == "12:34" and "羊毛大衣" in view.product.text()
    assert view.points.text() == "双面呢" and view.time_of_day.text()
    assert "--:--" not in view.ends.text()
    snap["show"]["planned_start"] = None
    snap.pop("host", None)
    view.refresh(snap)
    assert view.time_left.text() == "--:--" and view.ends.text()


def test_after_the_end_a_summary(qtbot, studio: Studio, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    view = live_view(qtbot, studio)
    clock.advance(60 * 40)
    studio.execute("show.end")
    view.refresh(studio.snapshot())
    over = studio.snapshot()["clock"]["over_under_s"]
    assert view.time_left.text()[0] == ("+" if over > 0 else "−")
    assert "over" in view.phase.text() or "under" in view.phase.text()
    assert "40:00" in view.points.text() and view.product.text()


def test_a_message_flashes_and_clear_wipes_it(qtbot, studio: Studio) -> None:  # type: ignore[no-untyped-def]
    HostDesk(studio)
    view = live_view(qtbot, studio)
    studio.execute("comment.pin", {"comment": {"user_name": "小明", "text": "有黑色吗"}})
    studio.execute("host.message", {"text": "拉时长"})
    view.refresh(studio.snapshot())
    assert view.message.isVisible() and view.message.text() == "拉时长" and view.pinned.isVisible()
    looks = {view.message.background}
    qtbot.waitUntil(lambda: view.message.background not in looks, timeout=2000)
    studio.execute("host.clear")
    view.refresh(copy.deepcopy(studio.snapshot()))
    assert not view.message.isVisible() and not view.pinned.isVisible()
