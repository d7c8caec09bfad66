"""Screenshots of the desk's room banner (#21) on a real PostgreSQL, as a producer would see it.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/room_screenshots.py [OUTDIR] [LANG ...]

Starts a throwaway cluster (tests/pgcluster.py) and a studio live in its room on the demo show, then
stops the server (the banner says the room is being taken back: `desk-room-reconnecting-…`), and
restarts it while a second studio takes the room first (`desk-room-taken-…`), at 1920×1080,
1366×768 and 1280×720 (the desk 40 px shorter for a taskbar), in zh_CN and English.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.models.rooms import RoomLock  # noqa: E402
from app.studio.runtime import Runtime  # noqa: E402
from app.ui.application import Gui  # noqa: E402
from app.ui.i18n import use_emoji_fallback  # noqa: E402
from tests.pgcluster import PgCluster  # noqa: E402

SCREENS = [(1920, 1080), (1366, 768), (1280, 720)]


def _wait(app: QApplication, probe: Callable[[], object], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not probe():
        assert time.monotonic() < deadline, "timed out"
        app.processEvents()
        time.sleep(0.02)


def shoot(app: QApplication, pg: PgCluster, out: Path, lang: str) -> None:
    runtime = Runtime(Path(tempfile.mkdtemp()), port=0, lang=lang, speech=False, db_url=pg.url)
    runtime.start()
    show = runtime.open_initial(demo=True)
    gui = Gui(app, runtime, lang)
    win = gui.window
    assert win is not None and runtime.rooms is not None and show is not None
    win.tabs.setCurrentIndex(1)
    _wait(app, lambda: (runtime.room.room or {}).get("status") == "owned")
    if runtime.studio.state.status != "live":
        runtime.studio.execute("show.start")

    def save(what: str) -> None:
        for w, h in SCREENS:
            win.resize(w, h - 40)
            for _ in range(3):
                app.processEvents()
            path = out / f"desk-room-{what}-{w}x{h}-{lang}.png"
            win.grab().save(str(path))
            print(path)

    pg.stop("immediate")
    _wait(app, lambda: runtime.room.room and runtime.room.room["status"] == "reconnecting")
    save("reconnecting")
    with runtime.rooms._mutex:  # this studio comes back second: another studio takes the room first
        pg.start()
        other = RoomLock(pg.url, show)
    _wait(app, lambda: runtime.room.taken)
    save("taken")
    other.release()
    win.close()
    del gui
    runtime.shutdown()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    use_emoji_fallback(app)
    pg = PgCluster()
    try:
        for lang in sys.argv[2:] or ["zh_CN", "en"]:
            shoot(app, pg, out, lang)
    finally:
        pg.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
