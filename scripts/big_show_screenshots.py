"""Screenshots of the desk on a 5,000-item live show with orders coming in (issue #22: a big run-sheet
must keep the desk responsive and its item lists right), after an edit of one item.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/big_show_screenshots.py OUTDIR [LANG]

Saves the On-air desk (the commerce panel's sale chooser open on its popup, the Sales tab in front)
at 1366x768 and 1920x1080, and prints how long the edit took the desk.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.doubles: the fake clock

from PySide6.QtWidgets import QApplication

from app.core.runsheet import Item
from app.live.server import IngestContext
from app.studio.runtime import Runtime
from app.ui.application import Gui
from app.ui.i18n import use_emoji_fallback
from tests.doubles import FakeClock

ITEMS = 5000
START = 1764072000.0


def order(n: int, product: int) -> str:
    """An order as oba-live-tool sends it."""
    return json.dumps({"msg_type": "live_order", "msg_id": f"9{n:05d}#1", "nick_name": f"买家{n}",
                       "order_status": "已下单" if n % 5 == 0 else "已付款", "order_ts": START + n,
                       "product_id": f"37296200{product:011d}", "product_title": f"商品{product}"}, ensure_ascii=False)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    lang = sys.argv[2] if len(sys.argv) > 2 else "zh_CN"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    use_emoji_fallback(app)
    clock = FakeClock(START)
    runtime = Runtime(Path(tempfile.mkdtemp()), port=0, lang=lang, speech=False, clock=clock)
    studio = runtime.studio
    items = [Item(f"商品{i} 羊毛混纺大衣", f"SKU-{i}", 59900, 39900, 100 + i % 50, 3, "卖点",
                  product_id=f"37296200{i:011d}", cart_no=str(i + 1)) for i in range(ITEMS)]
    show_id = runtime.store.create_show("双12 五千款清仓", "douyin", "小美", None, items)
    studio.open_show(show_id)
    gui = Gui(app, runtime, lang)
    win = gui.window
    assert win is not None and studio.feed is not None
    win.tabs.setCurrentIndex(1)
    studio.execute("show.start")
    ctx = IngestContext(peer="127.0.0.1", source="oba")
    for n in range(400):
        studio.feed.pipeline.on_frame(order(n, n % 12), ctx)
    studio.feed.drain()
    clock.advance(95)
    studio.on_tick()
    win.feed_tabs.setCurrentWidget(win.feed_tabs.sales)
    for _ in range(3):
        app.processEvents()
    for name in ("羊绒大衣", "羊绒大衣 新款", "羊绒大衣 新款 限时"):
        t0 = time.perf_counter()
        studio.execute("runsheet.update", {"item_id": studio.state.segments[1].item_id, "name": name, "stock": 60})
        app.processEvents()
        print(f"edit of one item: {(time.perf_counter() - t0) * 1000:.1f} ms of desk work (command and repaints)")
    win.commerce.sale_item.setCurrentIndex(1)
    for w, h in ((1366, 768), (1920, 1080)):
        win.resize(w, h - 40)
        for _ in range(3):
            app.processEvents()
        win.grab().save(str(out / f"big-desk-{w}x{h}-{lang}.png"))
        win.commerce.sale_item.showPopup()
        app.processEvents()
        popup = win.commerce.sale_item.view().window()
        popup.grab().save(str(out / f"big-chooser-{w}x{h}-{lang}.png"))
        win.commerce.sale_item.hidePopup()
        print(out / f"big-desk-{w}x{h}-{lang}.png")
    win.host_view.close()
    win.close()
    del gui
    runtime.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
