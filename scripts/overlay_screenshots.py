"""Screenshots of every OBS overlay page over a checkerboard, to judge them (and their transparency).

    .venv/bin/python scripts/overlay_screenshots.py [OUTDIR]   (default docs/screenshots)

Starts `livedeck serve` on a temporary demo show, puts an item on air, runs a flash sale, a coupon,
a lottery (drawn), a poll with votes, pins a comment and sends a question to the host, then loads
each page in headless Chromium with a transparent default background and composites the PNG
(with its alpha channel) over a grey checkerboard, as OBS would over the video.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402

from app.live.overlay import PAGES  # noqa: E402
from tests.browser import chromium, send_comments, vote, wait_for  # noqa: E402
from tests.procs import Serve  # noqa: E402

CELL = 40


def checkerboard(w: int, h: int) -> QImage:
    img = QImage(w, h, QImage.Format.Format_RGB32)
    p = QPainter(img)
    for y in range(0, h, CELL):
        for x in range(0, w, CELL):
            p.fillRect(x, y, CELL, CELL, QColor("#9a9a9a") if (x // CELL + y // CELL) % 2 else QColor("#6e6e6e"))
    p.end()
    return img


def composite(png: bytes, out: Path) -> None:
    shot = QImage.fromData(QByteArray(png), "PNG")
    board = checkerboard(shot.width(), shot.height())
    p = QPainter(board)
    p.drawImage(0, 0, shot)
    p.end()
    board.save(str(out))


def stage(serve: Serve) -> None:
    ctl = serve.control()
    ctl.first_state()
    for cmd, args in [("show.start", {}), ("segment.next", {}),
                      ("sale.start", {"price": 399, "quantity": 50, "countdown_s": 10, "duration_s": 300}),
                      ("coupon.issue", {"amount": 50, "threshold": 299, "quantity": 200}),
                      ("lottery.open", {"prize": "羊绒围巾礼盒", "keyword": "福袋", "winners": 2, "duration_s": 120}),
                      ("poll.open", {"question": "下一个讲哪个颜色？", "options": ["燕麦色", "焦糖色", "黑色"],
                                     "duration_s": 120})]:
        reply = ctl.call(cmd, **args)
        assert reply["ok"], (cmd, reply)
    votes = [vote(i, f"v{i}", ["1", "扣2", "C", "2", "焦糖色"][i % 5]) for i in range(40)]
    entries = [vote(100 + i, f"e{i}", "福袋福袋") for i in range(12)]
    asks = [vote(200 + i, f"q{i}", "M码还有吗？") for i in range(3)]
    send_comments(serve.port, votes + entries + asks)
    time.sleep(1.0)
    ctl.close()


def finish(serve: Serve) -> None:
    ctl = serve.control()
    ctl.first_state()
    assert ctl.call("lottery.draw")["ok"]
    ctl.call("comment.pin", comment={"user_name": "小鹿爱买买", "text": "主播 164 穿 M 码合适吗？想要燕麦色的"})
    ctl.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication(sys.argv[:1])
    serve = Serve(Path(tempfile.mkdtemp(prefix="livedeck-shots-")), "--demo", "--simulate", "0")
    try:
        stage(serve)
        with chromium() as driver:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",  # the page, not the window, is 1920×1080
                                   {"width": 1920, "height": 1080, "deviceScaleFactor": 1, "mobile": False})
            driver.execute_cdp_cmd("Emulation.setDefaultBackgroundColorOverride",
                                   {"color": {"r": 0, "g": 0, "b": 0, "a": 0}})

            def shoot(name: str, file: str) -> None:
                driver.get(f"http://127.0.0.1:{serve.port}/overlay/{name}")
                wait_for(lambda: driver.execute_script("return window.__overlay.states > 0"))
                time.sleep(0.8)  # bars finish their animation
                composite(driver.get_screenshot_as_png(), out / file)
                print(out / file)

            shoot("lottery", "overlay-lottery-open.png")
            finish(serve)
            for name in PAGES:
                shoot(name, f"overlay-{name}.png")
    finally:
        serve.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
