"""Screenshots of the wall of all rooms, the Qt window and the /wall page, on a real PostgreSQL.

    .venv/bin/python scripts/wall_screenshots.py [OUTDIR]   (default docs/screenshots)

Starts a throwaway PostgreSQL cluster (tests/pgcluster.py), six studios (runtimes) on it, each live
in its own room with the demo run-sheet, some minutes into its show (two in overtime), and sends
each a stream over its real /ingest websocket: viewers, comments, orders (one room selling out).
Then saves `wall-qt-WxH.png` and `wall-page-WxH.png` at 1920×1080 and 1366×768.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from websockets.sync.client import connect  # noqa: E402

from app.models.db import open_url  # noqa: E402
from app.models.store import Store  # noqa: E402
from app.studio.demo import demo_items  # noqa: E402
from app.studio.runtime import Runtime  # noqa: E402
from app.ui.i18n import Translations, use_emoji_fallback  # noqa: E402
from app.ui.wall_window import WallWindow  # noqa: E402
from tests.browser import chromium, wait_for  # noqa: E402
from tests.doubles import FakeClock  # noqa: E402
from tests.pgcluster import PgCluster  # noqa: E402

ROOMS = [("羊毛大衣冬季专场", "小美", "douyin", 7, 3, 1200), ("美妆节 · 口红专场", "Lily", "taobao", 3, 1, 860),
         ("源头好货 工厂直发", "老王", "kuaishou", 12, 2, 15400), ("家居百货福利夜", "阿杰", "douyin", 4, 0, 430),
         ("TikTok Shop US — Winter", "Anna", "tiktok", 9, 1, 2300),
         ("零食节 · 坚果礼盒", "小七", "douyin", 25, 4, 5200)]


def prepare(url: str, tmp: Path) -> list[Runtime]:
    store = Store(open_url(url))
    out = []
    for i, (title, host, platform, minutes, nexts, online) in enumerate(ROOMS):
        items = demo_items()
        for n, it in enumerate(items):
            it.cart_no = str(n + 1)
        show = store.create_show(title, platform, host, None, items)
        clock = FakeClock(time.time() - minutes * 60)
        rt = Runtime(tmp / f"room{i}", port=0, speech=False, clock=clock, db_url=url)
        rt.start()
        rt.studio.open_show(show)
        rt.studio.execute("show.start")
        for _ in range(nexts):
            rt.studio.execute("segment.next")
        clock.advance(minutes * 60)
        skus = [it.sku for it in items]
        frames = [{"type": "viewers", "online": online, "total": online * 7}]
        frames += [{"type": "comment", "msg_id": f"c{n}", "text": "3号链接还有货吗",
                    "user": {"id": f"u{n}", "name": f"观众{n}"}} for n in range(40 * (i + 1))]
        qty = items[1].stock - 6 if i in (0, 2) else 3  # rooms 1 and 3 have nearly sold the coat
        frames += [{"type": "order", "msg_id": f"o{n}", "sku": skus[1 + n % 2], "quantity": qty if n == 0 else 1,
                    "amount": 499 * (qty if n == 0 else 1)} for n in range(6 * (i + 1))]
        with connect(f"ws://127.0.0.1:{rt.server.port}/ingest") as ws:
            ws.send(json.dumps(frames, ensure_ascii=False))
        out.append(rt)
    store.engine.dispose()
    return out


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    use_emoji_fallback(app)
    translations = Translations(app)  # kept: the translators live as long as it does
    translations.install(sys.argv[2] if len(sys.argv) > 2 else "zh_CN")
    cluster = PgCluster()
    runtimes: list[Runtime] = []
    try:
        runtimes = prepare(cluster.url, Path(tempfile.mkdtemp(prefix="livedeck-wall-")))
        rooms = runtimes[0].watcher.rooms
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not (len(rooms()) == len(ROOMS) and all(r["orders"] for r in rooms())):
            app.processEvents()
            time.sleep(0.05)
        for w, h in ((1920, 1080), (1366, 768)):
            win = WallWindow(rooms)
            win.resize(w, h)
            win.show()
            for _ in range(5):
                app.processEvents()
            win.refresh()
            win.grab().save(str(out / f"wall-qt-{w}x{h}.png"))
            win.close()
        port = runtimes[0].server.port
        with chromium() as driver:
            for w, h in ((1920, 1080), (1366, 768)):
                driver.set_window_size(w, h)
                driver.get(f"http://127.0.0.1:{port}/wall")
                wait_for(lambda: len(driver.find_elements("css selector", "section.room")) == len(ROOMS), timeout=10)
                driver.save_screenshot(str(out / f"wall-page-{w}x{h}.png"))
    finally:
        for rt in runtimes:
            rt.shutdown()
        cluster.close()
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
