"""Screenshots of the real windows on the demo show, for judging them as a host would.

Run under Xvfb:  xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshot.py OUTDIR
It starts the demo show, steps into an item, pins a comment, and grabs the main window's tabs and
the host view as PNG files.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.studio.runtime import Runtime
from app.ui.application import Gui


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    lang = sys.argv[2] if len(sys.argv) > 2 else "zh_CN"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    runtime = Runtime(Path(tempfile.mkdtemp()), port=0, lang=lang, speech=False)
    runtime.start()
    runtime.open_initial(demo=True)
    runtime.start_simulation(25)
    gui = Gui(app, runtime, lang)
    assert gui.window is not None
    win = gui.window
    studio = runtime.studio
    win.resize(1600, 950)

    def shoot(name: str) -> None:
        app.processEvents()
        screen = app.primaryScreen()
        screen.grabWindow(0).save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    steps = [
        lambda: shoot(f"runsheet-{lang}"),
        lambda: (studio.execute("show.start"), studio.execute("segment.next"),
                 studio.execute("timer.add", {"seconds": -500}),
                 studio.execute("comment.pin", {"comment": {"user_name": "爱购物的猫49",
                                                            "text": "3号链接还有货吗？164 穿什么码"}}),
                 studio.execute("sale.start", {"price": 399, "quantity": 60, "per_buyer_limit": 2,
                                               "countdown_s": 10, "duration_s": 300}),
                 studio.execute("coupon.issue", {"amount": 30, "threshold": 199, "quantity": 200}),
                 studio.execute("lottery.open", {"prize": "羊绒围巾", "winners": 3, "keyword": "福袋",
                                                 "duration_s": 180}),
                 win.tabs.setCurrentIndex(1)),
        lambda: shoot(f"onair-{lang}"),
        lambda: (win.show_host_view(), win.host_view.resize(1600, 900), win.host_view.move(0, 0)),
        lambda: shoot(f"hostview-{lang}"),
        lambda: app.quit(),
    ]
    for i, step in enumerate(steps):
        QTimer.singleShot(1500 * (i + 1), step)
    app.exec()
    runtime.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
