"""The web host view (/host) and producer view (/view) in a real browser (headless Chromium) against
a running `livedeck serve`: what the Qt host view says, laid out for a phone, a tablet and a TV with
nothing clipped, updating from the read-only state socket, back by itself after a restart."""

from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path

import pytest
from websockets.sync.client import connect

from tests.browser import chromium_paths, send_comments, vote, wait_for
from tests.procs import Control, Serve

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(chromium_paths() is None, reason="needs chromium and chromium-driver")]

SIZES = {"phone": (390, 844), "tablet": (1024, 768), "tv": (1920, 1080)}
MAX_PAGE = 60 * 1024
# Every visible fitted text inside its own box and the window; (id, reason) for those that are not.
CLIPPED = """
var out = [], W = innerWidth, H = innerHeight;
document.querySelectorAll('.fit').forEach(function (e) {
  if (e.hidden || e.offsetParent === null || !e.textContent || getComputedStyle(e).visibility === 'hidden') return;
  var r = e.getBoundingClientRect();
  if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1) out.push([e.id || e.className, 'off screen']);
  e.classList.add('measuring');
  if (!e.classList.contains('paged') && (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1))
    out.push([e.id || e.className, 'clipped']);
  e.classList.remove('measuring');
});
return out;
"""


def viewport(driver: object, size: tuple[int, int]) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",  # type: ignore[attr-defined]
                           {"width": size[0], "height": size[1], "deviceScaleFactor": 1, "mobile": size[0] < 600})


def open_view(driver: object, port: int, path: str = "/host", size: tuple[int, int] = (1920, 1080)) -> None:
    viewport(driver, size)
    driver.get(f"http://127.0.0.1:{port}{path}")  # type: ignore[attr-defined]
    wait_for(lambda: driver.execute_script("return !!(window.__view && window.__view.states > 0)"))  # type: ignore[attr-defined]


def shown(driver: object, element_id: str) -> str:
    return str(driver.execute_script(  # type: ignore[attr-defined]
        "var e = document.getElementById(arguments[0]);"
        "return e && !e.closest('[hidden]') ? e.textContent : '';", element_id))


def staged(serve: Serve) -> Control:
    ctl = serve.control()
    ctl.first_state()
    for cmd, args in [("show.start", {}), ("segment.next", {}),
                      ("host.message", {"text": "讲优惠券，再逼单一次"}),
                      ("comment.pin", {"comment": {"user_name": "爱购物的猫", "text": "3号链接还有M码吗？" * 4}}),
                      ("coupon.issue", {"amount": 50, "threshold": 299, "quantity": 200}),
                      ("lottery.open", {"prize": "羊绒围巾礼盒", "keyword": "福袋", "winners": 2, "duration_s": 120})]:
        assert ctl.call(cmd, **args)["ok"], cmd
    send_comments(serve.port, [vote(i, f"u{i}", "福袋") for i in range(5)])
    return ctl


def test_the_host_view_reads_on_a_phone_a_tablet_and_a_tv(serve: Serve, browser: object, tmp_path: Path) -> None:
    ctl = staged(serve)
    with urllib.request.urlopen(f"http://127.0.0.1:{serve.port}/host", timeout=5) as r:
        body = r.read()
    assert len(body) < MAX_PAGE and b"http://" not in body and b"https://" not in body
    assert re.findall(rb'src="([^"]*)"', body) == [b"/static/deltas.js"]  # the studio's shared state feed only
    host = ctl.call("state.get")["result"]["host"]
    for name, size in SIZES.items():
        open_view(browser, serve.port, "/host", size)
        wait_for(lambda: shown(browser, "h-message") == "讲优惠券，再逼单一次")
        assert shown(browser, "h-product") == host["product"]  # the Qt view's very texts
        assert "爱购物的猫" in shown(browser, "h-pinned")
        kinds = browser.execute_script(  # type: ignore[attr-defined]
            "return Array.prototype.map.call(document.querySelectorAll('#h-banners .banner'), "
            "function (e) { return [e.className, getComputedStyle(e).backgroundColor]; })")
        assert len(kinds) == 2 and kinds[0][1] != kinds[1][1]  # coupon and lottery, each in its colour
        # the page's own repaint (4/s) settles the fitted sizes
        wait_for(lambda: browser.execute_script(CLIPPED) == [])  # type: ignore[attr-defined]
        points_px = float(browser.execute_script(  # type: ignore[attr-defined]
            "return parseFloat(getComputedStyle(document.getElementById('h-points')).fontSize)"))
        assert points_px >= 20, (name, points_px)  # still reads at arm's length (phone) or 3 m (TV)
        fetched = browser.execute_script(  # type: ignore[attr-defined]
            "return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
        assert fetched == [f"http://127.0.0.1:{serve.port}/static/deltas.js"]  # nothing from elsewhere
        browser.save_screenshot(str(tmp_path / f"host-{name}.png"))  # type: ignore[attr-defined]
    ctl.close()


def test_a_sale_takes_the_page_over_then_steps_back(serve: Serve, browser: object) -> None:
    ctl = staged(serve)
    open_view(browser, serve.port, "/host", SIZES["tablet"])
    ctl.call("sale.start", price=399, quantity=50, countdown_s=10, duration_s=300)
    wait_for(lambda: shown(browser, "m-big") in ("3", "2", "1"), timeout=12)
    assert "¥399" in shown(browser, "m-title")
    big = float(browser.execute_script(  # type: ignore[attr-defined]
        "return parseFloat(getComputedStyle(document.getElementById('m-big')).fontSize)"))
    timer = float(browser.execute_script(  # type: ignore[attr-defined]
        "return parseFloat(getComputedStyle(document.getElementById('h-time-left')).fontSize)"))
    assert big > timer  # the biggest type on the screen for its moment
    wait_for(lambda: shown(browser, "m-big") == "", timeout=12)  # …then the screen steps back
    assert "¥399" in shown(browser, "h-price")
    ctl.close()


def test_the_producer_view_and_a_page_that_cannot_command(serve: Serve, browser: object) -> None:
    ctl = staged(serve)
    open_view(browser, serve.port, "/view", SIZES["tablet"])
    wait_for(lambda: "直播中" in shown(browser, "v-run") or "on air" in shown(browser, "v-run"))
    assert "✓" in shown(browser, "v-run") or "√" in shown(browser, "v-run")
    # The state socket takes no commands: whatever a page sends is ignored.
    with connect(f"ws://127.0.0.1:{serve.port}/view/ws", open_timeout=5) as ws:
        ws.send(json.dumps({"id": 1, "cmd": "show.end", "args": {}}))
        state = json.loads(ws.recv(timeout=5))
        assert state["type"] == "state"
    assert ctl.call("state.get")["result"]["show"]["status"] == "live"
    ctl.close()


def test_the_host_view_survives_a_studio_restart(data_dir: Path, browser: object) -> None:
    first = Serve(data_dir, "--demo", "--simulate", "0")
    port = first.port
    try:
        ctl = staged(first)
        ctl.close()
        open_view(browser, port, "/host", SIZES["phone"])
        wait_for(lambda: shown(browser, "h-message") == "讲优惠券，再逼单一次")
    finally:
        first.stop()
    wait_for(lambda: browser.execute_script("return document.body.dataset.connected") == "0")  # type: ignore[attr-defined]
    second = Serve(data_dir, "--port", str(port), "--simulate", "0")
    try:
        wait_for(lambda: browser.execute_script("return window.__view.connects") == 2, timeout=10)  # type: ignore[attr-defined]
        ctl = second.control()
        ctl.first_state()
        assert ctl.call("host.message", text="回来了")["ok"]
        wait_for(lambda: shown(browser, "h-message") == "回来了")
        ctl.close()
    finally:
        second.stop()


def test_the_producer_view_follows_run_sheet_edits_sent_as_deltas(serve: Serve, browser: object) -> None:
    """Issue #22: after the first full state the page gets deltas; it shows the same run-sheet the studio has."""
    ctl = staged(serve)
    open_view(browser, serve.port, "/view", SIZES["tablet"])
    rows = ctl.call("state.get")["result"]["runsheet"]
    last, before_last = rows[-1]["item_id"], rows[-2]["item_id"]
    for cmd, args in [("runsheet.update", {"item_id": last, "name": "返场羊绒大衣"}),
                      ("runsheet.move", {"item_id": last, "to_index": 4}),
                      ("runsheet.remove", {"item_id": before_last})]:
        assert ctl.call(cmd, **args)["ok"], cmd
    want = [r["item_id"] for r in ctl.call("state.get")["result"]["runsheet"]]
    page_ids = "return window.__view.state.runsheet.map(function (r) { return r.item_id; })"
    wait_for(lambda: browser.execute_script(page_ids) == want)  # type: ignore[attr-defined]
    wait_for(lambda: "返场羊绒大衣" in shown(browser, "v-run"))
    assert not browser.execute_script("return window.__view.gaps")  # type: ignore[attr-defined]
    assert browser.execute_script("return window.__view.connects") == 1  # type: ignore[attr-defined]
    ctl.close()
