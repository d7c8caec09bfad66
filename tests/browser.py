"""Headless Chromium (Debian's `chromium` + `chromium-driver`) for the overlay tests and screenshots."""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from websockets.sync.client import connect

from tests.waits import wait_for

T = TypeVar("T")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1920,1080", "--hide-scrollbars", "--force-device-scale-factor=1"]


def chromium_paths() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@contextmanager
def chromium() -> Iterator[webdriver.Chrome]:
    paths = chromium_paths()
    assert paths is not None, "chromium and chromium-driver are needed (scripts/setup.sh installs them)"
    profile = tempfile.mkdtemp(prefix="livedeck-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = paths[0]
    for f in [*FLAGS, f"--user-data-dir={profile}"]:
        opts.add_argument(f)
    driver = webdriver.Chrome(options=opts, service=Service(paths[1]))
    try:
        driver.set_window_size(1920, 1080)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def text(driver: webdriver.Chrome, element_id: str) -> str:
    """An element's text when shown, "" when it or its widget is hidden."""
    value = driver.execute_script(
        "var e = document.getElementById(arguments[0]); if (!e || e.closest('[hidden]')) return '';"
        "return e.textContent;", element_id)
    return str(value or "")


def send_comments(port: int, comments: list[dict[str, Any]]) -> None:
    """Push LiveDeck-format events to the studio's /ingest in one frame."""
    with connect(f"ws://127.0.0.1:{port}/ingest", open_timeout=5) as ws:
        ws.send(json.dumps(comments, ensure_ascii=False))


def vote(n: int, user: str, text_: str, ts: float | None = None) -> dict[str, Any]:
    return {"type": "comment", "platform": "douyin", "msg_id": f"m-{user}-{n}-{text_}",
            "ts": ts or time.time(), "user": {"id": user, "name": f"观众{user}"}, "text": text_}


def open_page(driver: object, port: int, name: str) -> None:
    driver.get(f"http://127.0.0.1:{port}/overlay/{name}")  # type: ignore[attr-defined]
    wait_for(lambda: driver.execute_script("return document.body.dataset.connected === '1' && "  # type: ignore[attr-defined]
                                           "window.__overlay.states > 0"))
