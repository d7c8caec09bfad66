"""Screenshots of issue #23's screens: the Products tab (the product library, ranked, one product
compared across shows), the run-sheet with a flagged talking point, and the desk's Scripts (话术)
tab and Questions panel with answers at hand, at 1920x1080, 1366x768 and 1280x720.

    PYTHONPATH=. xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshot_products.py OUTDIR [LANG]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.doubles: the fake clock

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.core.comments import Comment
from app.models.db import open_database
from app.models.store import Store
from app.studio.runtime import Runtime
from app.ui.application import Gui
from app.ui.i18n import use_emoji_fallback
from tests.doubles import FakeClock
from tests.review_show import T0, build_show  # two shows with known figures

SCREENS = [(1920, 1080), (1366, 768), (1280, 720)]


def wait(app: QApplication, until: object, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not until() and time.monotonic() < end:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    lang = sys.argv[2] if len(sys.argv) > 2 else "zh_CN"
    out.mkdir(parents=True, exist_ok=True)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    use_emoji_fallback(app)
    clock = FakeClock(T0 + 5 * 86400)
    data_dir = Path(tempfile.mkdtemp())
    engine = open_database(data_dir)  # the past shows first, so the studio's comment ids follow theirs
    build_show(Store(engine), title="周一羊毛专场")
    build_show(Store(engine), title="周三羊毛专场", start=T0 + 2 * 86400)
    engine.dispose()
    runtime = Runtime(data_dir, port=0, lang=lang, speech=False, clock=clock)
    studio = runtime.studio
    show_id = runtime.open_initial(demo=True)
    assert show_id is not None
    studio.open_show(show_id)
    first = studio.state.segments[0].item_id
    points = "全网最低价，绝对不起球\n双面呢，羊毛含量80%"
    studio.execute("runsheet.update", {"item_id": first, "talking_points": points})
    lines = ["【开场】欢迎新进来的宝宝，点个关注", "【逼单】{链接号}号链接到手{到手价}，只剩{库存}件",
             "【促销】{优惠券}，先领券再拍", "【问答】问：穿什么码？答：160/100斤穿S，165/115斤穿M",
             "【下播】明晚八点不见不散"]
    studio.execute("phrases.add_many", {"lines": lines, "kind": "展示"})
    gui = Gui(app, runtime, lang)
    win = gui.window
    assert win is not None
    win.show()
    for w, h in SCREENS:
        win.resize(w, h - 40)
        win.tabs.setCurrentWidget(win.products)
        wait(app, lambda: win.products.proxy.rowCount() > 0)
        win.products.table.selectRow(0)
        app.processEvents()
        win.grab().save(str(out / f"products-{w}x{h}-{lang}.png"))
        win.tabs.setCurrentIndex(0)
        app.processEvents()
        win.grab().save(str(out / f"runsheet-flags-{w}x{h}-{lang}.png"))
    studio.execute("show.start")
    studio.execute("segment.next")  # the coat: a product with a price, stock and a link
    studio.execute("coupon.issue", {"amount": 30, "threshold": 199, "quantity": 200})
    feed = studio.feed
    assert feed is not None
    texts = ["164穿什么码", "这个多少钱", "什么材质", "能用券吗", "几号链接"]
    feed.pipeline.accept([Comment("comment", "douyin", f"q{i}", clock.now(), f"u{i}", f"观众{i}", t)
                          for i, t in enumerate(texts)], "demo", clock.now())
    feed.drain()
    win.tabs.setCurrentIndex(1)
    for w, h in SCREENS:
        win.resize(w, h - 40)
        win.feed_tabs.setCurrentWidget(win.phrases)
        app.processEvents()
        win.grab().save(str(out / f"scripts-{w}x{h}-{lang}.png"))
        win.feed_tabs.setCurrentWidget(win.questions)
        win.questions.repaint_queue(force=True)
        app.processEvents()
        rows = win.questions.model.rows
        win.questions.table.selectRow(next((i for i, g in enumerate(rows) if "多少钱" in g.text), 0))
        app.processEvents()
        win.grab().save(str(out / f"answers-{w}x{h}-{lang}.png"))
    win.close()
    del gui
    runtime.shutdown()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
