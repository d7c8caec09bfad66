"""Screenshots of the real windows on the demo show, for judging them as a host and an assistant would.

Run under Xvfb:
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshot.py OUTDIR [LANG ...]

For each language (zh_CN and en by default), each screen (1920×1080, 1366×768, 1280×720; the desk
40 px shorter for a taskbar) and each moment of a show (before it, live with everything up, in a
flash sale, in overtime, after the end) it saves the On-air desk and the host view as
`desk-<moment>-<W>x<H>-<lang>.png` and `host-<moment>-<W>x<H>-<lang>.png`, and prints any host-view
text that leaves its box. A fake clock makes every run the same.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.doubles: the fake clock

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.core.comments import Comment
from app.studio.runtime import Runtime
from app.studio.studio import Studio
from app.ui.application import Gui
from app.ui.i18n import use_emoji_fallback
from tests.doubles import FakeClock

SCREENS = [(1920, 1080), (1366, 768), (1280, 720)]
TASKBAR = 40
START = datetime(2026, 11, 25, 19, 47, 26).timestamp()
CHAT = ["3号链接还有货吗？", "164 穿什么码", "主播好美", "福袋", "已拍，求快点发货", "燕麦色显黑吗", "福袋福袋",
        "质量太差了，上次买的起球", "有黑色吗", "想要", "扣1", "今天最低价吗", "羊毛含量多少？", "福袋"]


def push_comments(studio: Studio, n: int, at: float) -> None:
    feed = studio.feed
    assert feed is not None
    batch = [Comment("comment", "douyin", f"s{at}-{i}", at - n + i, f"u{i % 23}", f"爱购物的猫{i % 23}",
                     CHAT[i % len(CHAT)]) for i in range(n)]
    feed.pipeline.accept(batch, "demo", at)
    feed.drain()


def shoot_language(app: QApplication, out: Path, lang: str) -> int:
    """All moments and screens in one language; returns how many host views had text out of its box."""
    problems = 0
    clock = FakeClock(START)
    runtime = Runtime(Path(tempfile.mkdtemp()), port=0, lang=lang, speech=False, clock=clock)
    studio = runtime.studio
    store = runtime.store
    show_id = runtime.open_initial(demo=True)
    assert show_id is not None
    store.update_show(show_id, planned_start=datetime.fromtimestamp(START) + timedelta(minutes=12, seconds=34))
    for n, item in enumerate(store.items(show_id)):
        assert item.id is not None
        store.update_item(item.id, cart_no=str(n + 1))
    studio.open_show(show_id)
    gui = Gui(app, runtime, lang)
    win = gui.window
    assert win is not None
    win.tabs.setCurrentIndex(1)
    win.show_host_view()

    def live() -> None:
        studio.execute("show.start")
        studio.execute("segment.next")
        clock.advance(141)
        push_comments(studio, 60, clock.now())
        studio.execute("sale.arm", {"price": 399, "quantity": 60, "per_buyer_limit": 2, "countdown_s": 10,
                                    "duration_s": 300})
        studio.execute("coupon.issue", {"amount": 30, "threshold": 199, "quantity": 200})
        studio.execute("lottery.open", {"prize": "羊绒围巾", "winners": 3, "keyword": "福袋",
                                        "duration_s": 180})
        clock.advance(40)  # comments typed after the lottery opened enter it, and the "3:00" cue is due
        push_comments(studio, 40, clock.now())
        studio.on_tick()
        studio.execute("comment.pin", {"comment": {"user_name": "爱购物的猫49",
                                                   "text": "3号链接还有货吗？164 穿什么码，平时穿 M"}})
        studio.execute("host.message", {"text": "讲优惠券，然后过款"})

    def countdown() -> None:  # the sale's 3-2-1 takes the host's screen
        studio.execute("sale.start")
        clock.advance(7.5)
        studio.on_tick()

    def sale() -> None:
        clock.advance(9.5)  # live, past its 5 s of "开抢！": the deal's figures are the big ones
        studio.on_tick()
        studio.execute("sale.adjust_stock", {"delta": -23})
        studio.execute("host.clear")
        studio.execute("host.message", {"text": "逼单！报数", "flash": False})

    def overtime() -> None:
        studio.execute("sale.stop")
        studio.execute("host.clear")
        clock.advance(600 - 192 + 76)
        studio.on_tick()

    def ended() -> None:
        studio.execute("show.end")

    moments: list[tuple[str, Callable[[], None] | None]] = [
        ("preshow", None), ("live", live), ("countdown", countdown), ("sale", sale), ("overtime", overtime),
        ("ended", ended)]
    for moment, step in moments:
        if step is not None:
            step()
        for w, h in SCREENS:
            win.resize(w, h - TASKBAR)
            win.host_view.resize(w, h)
            for _ in range(3):
                app.processEvents()
            win._repaint_host()
            app.processEvents()
            name = f"{moment}-{w}x{h}-{lang}.png"
            win.grab().save(str(out / f"desk-{name}"))
            win.host_view.grab().save(str(out / f"host-{name}"))
            if moment in ("preshow", "live"):  # the producer's run-sheet, before and during the show
                win.tabs.setCurrentIndex(0)
                app.processEvents()
                win.grab().save(str(out / f"runsheet-{name}"))
                win.tabs.setCurrentIndex(1)
            bad = win.host_view.overflowing()
            if bad:
                problems += 1
                print(f"host-{name}: text leaves its box: {bad}")
            print(out / f"desk-{name}", out / f"host-{name}")
    win.host_view.close()
    win.close()
    del gui
    runtime.shutdown()
    return problems

def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    langs = sys.argv[2:] or ["zh_CN", "en"]
    out.mkdir(parents=True, exist_ok=True)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    use_emoji_fallback(app)
    problems = 0
    for lang in langs:
        problems += shoot_language(app, out, lang)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
