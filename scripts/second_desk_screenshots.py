"""Screenshots of a second desk (`livedeck --connect`) with the studio's feed, questions, poll and libraries.

Run under Xvfb:
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/second_desk_screenshots.py OUTDIR [LANG]

Starts `livedeck serve --demo --lan` (the studio PC), opens the second desk's window in this process,
starts the show, sends a chat to the studio's /ingest as a relay would, opens a poll with votes and
adds 话术; then for 1920×1080, 1366×768 and 1280×720 (the window 40 px shorter for a taskbar) saves
`second-desk-<tab>-<W>x<H>-<lang>.png` for the Comments, Questions, Poll and Scripts tabs and the
Products and Review pages.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication
from websockets.sync.client import connect

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.live.access import AccessFile  # noqa: E402
from app.studio.remote import RemoteStudio  # noqa: E402
from app.ui.i18n import Translations, use_emoji_fallback  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from tests.procs import Serve  # noqa: E402

SCREENS = [(1920, 1080), (1366, 768), (1280, 720)]
CHAT = ["3号链接还有货吗？", "164 穿什么码", "主播好美", "福袋", "已拍，求快点发货", "燕麦色显黑吗", "这个多少钱？",
        "质量太差了，上次买的起球", "有黑色吗", "想要", "扣1", "今天全网最低价吗", "羊毛含量多少？", "这个多少钱？",
        "2"]


def wait(app: QApplication, ok: Callable[[], bool], timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not ok():
        if time.monotonic() > deadline:
            raise TimeoutError("the second desk did not show it in time")
        app.processEvents()
        time.sleep(0.01)


def chat(url: str, first: int, texts: list[str]) -> None:
    events = [{"type": "comment", "platform": "douyin", "msg_id": f"c{first + i}", "ts": time.time(),
               "user": {"id": f"u{(first + i) % 23}", "name": f"爱购物的猫{(first + i) % 23}"}, "text": t}
              for i, t in enumerate(texts)]
    with connect(f"{url}/ingest", open_timeout=5) as ws:
        ws.send(json.dumps(events, ensure_ascii=False))


def fill_the_show(app: QApplication, desk: RemoteStudio, window: MainWindow, url: str) -> None:
    desk.execute("show.start")
    desk.execute("poll.open", {"question": "下一个讲哪个颜色？", "options": ["燕麦色", "黑色", "酒红"],
                               "duration_s": 0})
    for kind, text in (("逼单", "最后{库存}件，{价格}元拍完就没了"), ("开场", "欢迎新进直播间的宝宝，点点关注"),
                       ("问答", "问：起球吗？答：羊毛含量70%，正常穿不起球")):
        desk.execute("phrases.add", {"kind": kind, "text": text})
    for n in range(4):
        chat(url, n * len(CHAT), CHAT)
    wait(app, lambda: len(window.feed.model.rows) >= 4 * len(CHAT) - 20)
    window.products.desk.refresh()
    wait(app, lambda: window.products.model.rowCount() > 0 and window.phrases.list.count() > 0)
    wait(app, lambda: bool(window.questions.model.rows))  # the Questions tab repaints by itself


def shoot(app: QApplication, window: MainWindow, out: Path, lang: str) -> None:
    for w, h in SCREENS:
        window.showNormal()
        window.resize(w, h - 40)
        window.pages.setCurrentWidget(window.tabs)
        for name, tab in (("comments", window.feed), ("questions", window.questions), ("poll", window.poll_desk),
                          ("scripts", window.phrases)):
            window.tabs.setCurrentWidget(window.on_air)
            window.feed_tabs.setCurrentWidget(tab)
            for _ in range(30):
                app.processEvents()
                time.sleep(0.01)
            window.grab().save(str(out / f"second-desk-{name}-{w}x{h}-{lang}.png"))
        for name, page in (("products", window.products), ("review", window.review_page)):
            window.tabs.setCurrentWidget(page)
            for _ in range(30):
                app.processEvents()
                time.sleep(0.01)
            window.grab().save(str(out / f"second-desk-{name}-{w}x{h}-{lang}.png"))


def main() -> int:
    out = Path(sys.argv[1])
    lang = sys.argv[2] if len(sys.argv) > 2 else "zh_CN"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    use_emoji_fallback(app)
    translations = Translations(app)  # kept: its translators live as long as it does
    translations.install(lang)
    with tempfile.TemporaryDirectory() as tmp:
        studio = Serve(Path(tmp), "--demo", "--simulate", "0", "--lan")
        desk = RemoteStudio(studio.url, AccessFile(Path(tmp) / "access.json").token, lang)
        try:
            desk.start()
            wait(app, lambda: desk.connected and desk.show_id is not None)
            window = MainWindow(desk, lang, f"{studio.url} · second desk")
            window.show()
            fill_the_show(app, desk, window, studio.url)
            shoot(app, window, out, lang)
            window.close()
            window.host_view.close()
        finally:
            desk.stop()
            studio.stop()
    print(f"saved to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
