"""The host screen cannot mislead: banners name product and link, big moments take over then step
back, a 返场 says so, after the end only the summary stays. Driven through a real Studio."""

import time

import pytest

from app.studio.studio import Studio
from app.ui.host_view import KIND_COLOURS, HostView
from tests.conftest import comment
from tests.doubles import FakeClock


def item_id(studio: Studio, name: str) -> int:
    return next(r["item_id"] for r in studio.snapshot()["runsheet"] if r["name"] == name)


def test_a_sale_for_another_product_names_its_link_and_product(carted: Studio, clock: FakeClock) -> None:
    carted.execute("sale.start", {"item_id": item_id(carted, "羊毛开衫"), "price": 9.9, "quantity": 37,
                                  "countdown_s": 10, "duration_s": 120})
    clock.advance(30)
    banners = carted.snapshot()["host"]["banners"]
    sale = [b for b in banners if b["kind"] == "sale"]
    assert len(sale) == 1
    text = sale[0]["text"]
    assert "羊毛开衫" in text and "3" in text and "¥9.90" in text and "37" in text
    assert carted.snapshot()["host"]["product"] == "羊毛大衣"  # the item on air is still the coat


def test_the_three_two_one_takes_over_then_steps_back(carted: Studio, clock: FakeClock) -> None:
    carted.execute("sale.start", {"price": 399, "quantity": 20, "countdown_s": 30, "duration_s": 120})
    assert carted.snapshot()["host"]["takeover"] is None  # 30 s out: a banner, not yet the whole screen
    clock.advance(27.5)
    moment = carted.snapshot()["host"]["takeover"]
    assert moment["kind"] == "sale" and moment["big"] == "3" and "5" in moment["title"]
    clock.advance(3)
    assert carted.snapshot()["host"]["takeover"]["big"] in ("GO!", "开抢！")
    clock.advance(6)
    host = carted.snapshot()["host"]
    assert host["takeover"] is None and host["in_sale"] and "¥399" in host["price"]


def test_answer_now_winners_and_a_closing_poll_each_have_their_moment(carted: Studio, clock: FakeClock) -> None:
    carted.execute("lottery.open", {"prize": "围巾", "winners": 1, "keyword": "", "duration_s": 30})
    assert carted.feed is not None
    carted.feed.pipeline.accept([comment(1, "好看", user="u1")], "t", time.time())
    carted.feed.drain()
    carted.execute("lottery.close", {})
    carted.execute("lottery.draw", {})
    assert carted.snapshot()["host"]["takeover"]["kind"] == "lottery"
    clock.advance(13)
    host = carted.snapshot()["host"]
    assert host["takeover"] is None and any(b["kind"] == "lottery" for b in host["banners"])  # stepped back
    carted.execute("poll.open", {"question": "哪个颜色", "options": ["黑", "白"]})
    carted.execute("poll.close", {})
    moment = carted.snapshot()["host"]["takeover"]
    assert moment["kind"] == "poll" and "哪个颜色" in moment["title"]
    clock.advance(9)
    assert carted.snapshot()["host"]["takeover"] is None


def test_a_revisit_says_encore(carted: Studio) -> None:
    carted.execute("segment.next")
    assert carted.snapshot()["host"]["encore"] == ""
    carted.execute("segment.goto", {"item_id": item_id(carted, "羊毛大衣")})
    assert carted.snapshot()["host"]["encore"] in ("Encore", "返场")


def test_after_the_end_only_the_summary_stays(qtbot, carted: Studio) -> None:  # type: ignore[no-untyped-def]
    carted.execute("host.message", {"text": "拉时长"})
    carted.execute("comment.pin", {"comment": {"user_name": "小明", "text": "有黑色吗"}})
    carted.execute("coupon.issue", {"kind": "amount", "amount": 30, "threshold": 199, "quantity": 100})
    view = HostView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.refresh(carted.snapshot())
    assert view.message.isVisible() and view.pinned_text.isVisible()
    coupon = [b for b in view.banner_labels if b.isVisible()]
    assert coupon and coupon[0].background == KIND_COLOURS["coupon"][1]  # coloured by its kind
    carted.execute("show.end")
    view.refresh(carted.snapshot())
    assert not view.message.isVisible() and not view.pinned_text.isVisible()
    assert not any(b.isVisible() for b in view.banner_labels)
    assert view.points.isVisible() and view.overflowing() == []


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)])
def test_a_big_moment_fills_the_qt_view_in_big_type(qtbot, carted: Studio, clock: FakeClock,  # type: ignore[no-untyped-def]
                                                    size: tuple[int, int]) -> None:
    view = HostView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    carted.execute("sale.start", {"price": 399, "quantity": 20, "countdown_s": 10, "duration_s": 120})
    clock.advance(8)
    view.refresh(carted.snapshot())
    assert view.moment_big.isVisible() and view.moment_big.text() == "2"
    assert view.moment_big.font_px > view.time_left.font_px  # the biggest thing on the screen
    assert not view.points.isVisible() and view.overflowing() == []
    clock.advance(10)
    view.refresh(carted.snapshot())
    assert not view.moment_big.isVisible() and view.time_left.isVisible()
