"""Round-12 contract probe, the pages: what an OBS overlay shows after the host changes their mind.

In a real browser (headless Chromium via Selenium) against a running `livedeck serve`, as
tests/test_overlay_browser.py does.
"""

from __future__ import annotations

import time

import pytest

from tests.browser import chromium_paths, open_page, send_comments, text, wait_for
from tests.procs import Serve

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(chromium_paths() is None, reason="needs chromium and chromium-driver")]


def lottery_shown(driver: object) -> bool:
    return bool(driver.execute_script(  # type: ignore[attr-defined]
        "var w = document.getElementById('w-lottery'); return !!w && !w.closest('[hidden]')"
        " && document.body.classList.contains('has-lottery');"))


@pytest.mark.parametrize("page", ["lottery", "all"])
def test_a_cancelled_lottery_leaves_the_overlay(serve: Serve, browser: object, page: str) -> None:
    ctl = serve.control()
    ctl.first_state()
    assert ctl.call("show.start")["ok"]
    open_page(browser, serve.port, page)
    assert ctl.call("lottery.open", prize="福袋", winners=1, keyword="福袋", match="contains")["ok"]
    wait_for(lambda: "福袋" in text(browser, "lottery-prize"))
    assert lottery_shown(browser)
    assert ctl.call("lottery.cancel")["ok"]
    wait_for(lambda: not lottery_shown(browser))
    assert text(browser, "lottery-prize") == ""
    # A closed lottery being drawn is still on screen ("开奖中"), as is the next one opened.
    assert ctl.call("lottery.open", prize="围巾", winners=1, keyword="", match="contains")["ok"]
    wait_for(lambda: "围巾" in text(browser, "lottery-prize"))
    assert ctl.call("lottery.close")["ok"]
    wait_for(lambda: text(browser, "lottery-clock") != "" and "围巾" in text(browser, "lottery-prize"))
    ctl.close()


def test_the_product_overlay_shows_the_stock_left(serve: Serve, browser: object) -> None:
    ctl = serve.control()
    ctl.first_state()
    assert ctl.call("show.start")["ok"] and ctl.call("segment.next")["ok"]
    state = ctl.call("state.get")["result"]
    cur = state["current"]
    sku = next(r["sku"] for r in state["runsheet"] if r["item_id"] == cur["item_id"])
    open_page(browser, serve.port, "product")
    wait_for(lambda: text(browser, "product-name") == cur["name"])
    sheet = text(browser, "product-stock")
    assert str(cur["stock"]) in sheet
    order = {"type": "order", "platform": "douyin", "msg_id": "o1", "ts": time.time(), "sku": sku, "quantity": 3,
             "amount": 1, "status": "paid", "user": {"id": "u1", "name": "买家"}}
    send_comments(serve.port, [order])
    left = wait_for(lambda: next((i["stock_left"] for i in ctl.call("state.get")["result"]["sales"]["items"]
                                  if i["item_id"] == cur["item_id"] and i["stock_left"] != cur["stock"]), None))
    assert left == cur["stock"] - 3
    wait_for(lambda: text(browser, "product-stock") == sheet.replace(str(cur["stock"]), str(left)))
    ctl.close()
