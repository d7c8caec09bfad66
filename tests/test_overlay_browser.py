"""The overlays in a real browser (headless Chromium via Selenium) against a running `livedeck serve`.

Checks what a viewer would see change (product, timer, a sale counting down, lottery winners, poll
bars), that pages fetch nothing but themselves, that their state trails the studio by at most
250 ms, and that a page comes back by itself after the studio restarts.
"""

from __future__ import annotations

import re
import time
import urllib.request
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage

from tests.browser import chromium_paths, open_page, send_comments, text, vote, wait_for
from tests.procs import Serve

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(chromium_paths() is None, reason="needs chromium and chromium-driver")]

MAX_PAGE = 50 * 1024
MAX_LAG_S = 0.25


def test_each_page_is_small_and_needs_no_network(serve: Serve, browser: object) -> None:
    for name in ("timer", "product", "sale", "coupon", "lottery", "poll", "pinned", "all"):
        with urllib.request.urlopen(f"http://127.0.0.1:{serve.port}/overlay/{name}", timeout=5) as r:
            body = r.read()
            assert r.headers["Content-Type"].startswith("text/html")
        assert len(body) < MAX_PAGE, (name, len(body))
        assert b"http://" not in body and b"https://" not in body, name
        assert re.findall(rb'src="([^"]*)"', body) == [b"/static/deltas.js"], name  # the shared state feed
        open_page(browser, serve.port, name)
        fetched = browser.execute_script(  # type: ignore[attr-defined]
            "return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
        assert fetched == [f"http://127.0.0.1:{serve.port}/static/deltas.js"], (name, fetched)  # nothing else
        # The page is transparent: nothing paints the page background.
        bg = browser.execute_script(  # type: ignore[attr-defined]
            "return [getComputedStyle(document.documentElement).backgroundColor,"
            " getComputedStyle(document.body).backgroundColor]")
        assert bg == ["rgba(0, 0, 0, 0)", "rgba(0, 0, 0, 0)"], name


def test_what_obs_composites_is_transparent_around_the_widgets(qapp: object, serve: Serve, browser: object) -> None:
    ctl = serve.control()
    ctl.first_state()
    ctl.call("show.start")
    ctl.close()
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",  # type: ignore[attr-defined]
                            {"width": 1920, "height": 1080, "deviceScaleFactor": 1, "mobile": False})
    browser.execute_cdp_cmd("Emulation.setDefaultBackgroundColorOverride",  # type: ignore[attr-defined]
                            {"color": {"r": 0, "g": 0, "b": 0, "a": 0}})
    open_page(browser, serve.port, "all")
    wait_for(lambda: text(browser, "product-name"))
    shot = QImage.fromData(QByteArray(browser.get_screenshot_as_png()), "PNG")  # type: ignore[attr-defined]
    assert (shot.width(), shot.height()) == (1920, 1080) and shot.hasAlphaChannel()
    assert shot.pixelColor(960, 300).alpha() == 0 and shot.pixelColor(5, 5).alpha() == 0
    assert shot.pixelColor(400, 1000).alpha() > 150  # the product card, bottom left


def test_pages_follow_the_show(serve: Serve, browser: object) -> None:
    ctl = serve.control()
    ctl.first_state()
    open_page(browser, serve.port, "all")
    assert text(browser, "product-name") == ""  # nothing on air yet: nothing shown
    assert ctl.call("show.start")["ok"] and ctl.call("segment.next")["ok"]  # the coat, ¥499 (¥899)
    wait_for(lambda: text(browser, "product-name") == "羊毛混纺大衣 (燕麦色)")
    assert text(browser, "product-price") == "¥499" and text(browser, "product-list") == "¥899"
    left = text(browser, "timer-left")
    assert left in ("10:00", "9:59"), left

    # A flash sale: the countdown ticks on the page, then the sale goes live.
    assert ctl.call("sale.start", price=399, quantity=5, countdown_s=10, duration_s=60)["ok"]
    first = wait_for(lambda: text(browser, "sale-clock"))
    later = wait_for(lambda: (t := text(browser, "sale-clock")) != first and t)
    assert first.startswith("0:") and later.startswith("0:") and int(later[2:]) < int(first[2:]), (first, later)
    assert "5" in text(browser, "sale-left")

    # A lottery: keyword and count, then the winner with the commitment.
    reply = ctl.call("lottery.open", prize="羊绒围巾", keyword="福袋", duration_s=60)
    assert reply["ok"]
    wait_for(lambda: "福袋" in text(browser, "lottery-how"))
    assert reply["result"]["commitment"] in text(browser, "lottery-proof")
    send_comments(serve.port, [vote(1, "lucky", "福袋福袋"), vote(2, "other", "好看")])
    wait_for(lambda: "1" in text(browser, "lottery-count"))
    drawn = ctl.call("lottery.draw")
    assert drawn["ok"]
    wait_for(lambda: "观众lucky" in text(browser, "lottery-winners"))
    assert drawn["result"]["seed"] in text(browser, "lottery-proof")

    # A poll: the bars move as votes come in.
    assert ctl.call("poll.open", question="下一个讲哪个?", options=["围巾", "保温杯"])["ok"]
    wait_for(lambda: text(browser, "poll-question") == "下一个讲哪个?")

    def widths() -> list[float]:
        ws = browser.execute_script(  # type: ignore[attr-defined]
            "return Array.from(document.querySelectorAll('#poll-rows .bar')).map(function (b) {"
            " return parseFloat(b.style.width) || 0; })")
        return [float(w) for w in ws]

    assert widths() == [0.0, 0.0]
    send_comments(serve.port, [vote(10 + i, f"v{i}", "1") for i in range(3)] + [vote(20, "w", "扣2")])
    wait_for(lambda: widths() == [75.0, 25.0])
    send_comments(serve.port, [vote(30 + i, f"x{i}", "B") for i in range(4)])
    wait_for(lambda: widths() == [37.5, 62.5])
    assert "8" in text(browser, "poll-foot")
    assert ctl.call("poll.close")["ok"]
    wait_for(lambda: browser.execute_script(  # type: ignore[attr-defined]
        "return document.getElementById('w-poll').dataset.status") == "closed")

    # Pinned comment and a coupon.
    assert ctl.call("comment.pin", comment={"user_name": "小明", "text": "<b>M码</b>还有吗"})["ok"]
    wait_for(lambda: text(browser, "pinned-text") == "<b>M码</b>还有吗")  # shown as text, never as markup
    assert ctl.call("coupon.issue", amount=50, threshold=299, quantity=100)["ok"]
    wait_for(lambda: "¥50" in text(browser, "coupon-list"))
    ctl.close()


def test_state_is_at_most_250_ms_behind(serve: Serve, browser: object) -> None:
    ctl = serve.control()
    ctl.first_state()
    open_page(browser, serve.port, "poll")
    ctl.call("show.start")
    ctl.call("poll.open", question="哪个颜色?", options=["红", "蓝", "黑"])
    end_to_end = []
    for i in range(20):
        before = browser.execute_script("return window.__overlay.states")  # type: ignore[attr-defined]
        sent = time.time()
        send_comments(serve.port, [vote(i, f"lag{i}", str(i % 3 + 1))])
        wait_for(lambda i=i: browser.execute_script(  # type: ignore[attr-defined,misc]
            "return document.getElementById('poll-foot').textContent.indexOf(arguments[0] + ' ') === 0",
            str(i + 1)), interval=0.005)
        shown = int(browser.execute_script("return +document.body.dataset.updated")) / 1000  # type: ignore[attr-defined]
        assert browser.execute_script("return window.__overlay.states") > before  # type: ignore[attr-defined]
        end_to_end.append(shown - sent)
    lags = [float(x) for x in browser.execute_script("return window.__overlay.lags")]  # type: ignore[attr-defined]
    print(f"\noverlay: comment→page max {max(end_to_end) * 1000:.0f} ms, "
          f"median {sorted(end_to_end)[len(end_to_end) // 2] * 1000:.0f} ms; "
          f"state→page max {max(lags) * 1000:.0f} ms over {len(lags)} states")
    assert max(lags) <= MAX_LAG_S  # every state the page got was at most 250 ms old when shown
    # Comment → studio → page includes the feed's 50 ms drain; allow one outlier on a loaded machine.
    assert sorted(end_to_end)[-2] <= MAX_LAG_S
    ctl.close()


def test_a_page_survives_a_studio_restart(data_dir: Path, browser: object) -> None:
    first = Serve(data_dir, "--demo", "--simulate", "0")
    port = first.port
    try:
        ctl = first.control()
        ctl.first_state()
        ctl.call("show.start")
        ctl.call("segment.next")
        ctl.close()
        open_page(browser, port, "product")
        wait_for(lambda: text(browser, "product-name") == "羊毛混纺大衣 (燕麦色)")
    finally:
        first.stop()
    wait_for(lambda: browser.execute_script("return document.body.dataset.connected") == "0")  # type: ignore[attr-defined]
    second = Serve(data_dir, "--port", str(port), "--simulate", "0")
    try:
        wait_for(lambda: browser.execute_script("return window.__overlay.connects") == 2,  # type: ignore[attr-defined]
                 timeout=10)
        ctl = second.control()
        ctl.first_state()
        assert ctl.call("segment.next")["ok"]
        wait_for(lambda: text(browser, "product-name") == "加厚摇粒绒卫衣")
        ctl.close()
    finally:
        second.stop()


def test_css_override_and_english_labels(data_dir: Path, browser: object) -> None:
    (data_dir / "overlay.css").write_text("#w-timer { left: 10px; right: auto; }", encoding="utf-8")
    serve = Serve(data_dir, "--demo", "--simulate", "0")
    try:
        ctl = serve.control()
        ctl.first_state()
        ctl.call("show.start")
        ctl.close()
        extra = f"http://127.0.0.1:{serve.port}/overlay/overlay.css?x=1"
        open_page(browser, serve.port, f"timer?lang=en&css={extra}")
        wait_for(lambda: text(browser, "timer-label") == "Time left")
        left = browser.execute_script(  # type: ignore[attr-defined]
            "return document.getElementById('w-timer').getBoundingClientRect().left")
        assert left == 10  # the data folder's overlay.css wins over the shipped layout
        sheets = browser.execute_script(  # type: ignore[attr-defined]
            "return Array.from(document.styleSheets).map(function (s) { return s.href; })")
        assert extra in sheets
    finally:
        serve.stop()
