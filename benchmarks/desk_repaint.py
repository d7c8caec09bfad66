"""What the desk does after a command or a clock tick on a big live show: milliseconds per command
(the Studio's work and every view's repaint) and how many times the run-sheet table was reset or
repainted. Views repaint only on the change flags they read (issue #22).

    .venv/bin/python benchmarks/desk_repaint.py [--items 5000] [--repeat 10]

ROOT=<another checkout> runs the same against that code (to compare with the code before a change).
Measured on 5,000 items (median of 5, shared 2-core machine), before the flags (a6dfc5d) → after:
timer pause 5,748 → 29 ms (5,000 row repaints → 0), a sale's stock change 407 → 44 ms,
runsheet.update 3,992 → 422 ms (5,000 row repaints → 1), clock tick 28 → 16 ms.
The run order as a list model (24e2667 → after, alternating runs in one session, median of 10):
the operator panel's slot on an edit 103–124 → 5–6 ms, the run order rebuilt 1 → 0 times; the whole
runsheet.update 271–489 → 170–277 ms. What is left of an edit is the run-sheet table's data()
(ShowState.next, a scan of every item, per painted cell) and the sales panel's item sync.
Live marks once per state, items converted only for replaced segments, the sales table repainting
changed rows (f3b407a → after, alternating runs, median of 10, machine at load ~4): runsheet.update
548/539 → 255/254 ms. Left: the sales desk's sync and order re-match (app/studio/sales.py), the
commerce panel's item combo refill and the Studio's snapshot.

--profile (cProfile, r3repaint, 7e81253): of ~360 profiled ms per edit the sales desk's sync took 156
(5,000 SaleItems made, indices rebuilt with a regex per title, every order matched again, 5,000 view
rows), the commerce panel 84 (10,000 combo addItem), seven Studio snapshots 83, the feed view's product
filter 37, ShowState.next/to_do and the run-sheet table 24 each. Now the sales desk re-matches only the
orders an edit may concern and recomputes one row, the sale chooser is a list model
(ui/item_choice.py), a snapshot copies its kept run-sheet rows and sums (2.28 → 0.12 ms), and the views
compare only the segments a command replaced. Alternating runs, median of 10 (7e81253 → after):
load 3.4: runsheet.update 174/185/192 → 51/53/63 ms, timer pause 32/32/34 → 12/10/12, sale stock −1
40/42/50 → 12/14/12, clock tick 10/15/14 → 6/1/4; load 5: update 141/197/157 → 49/54/52 ms. Quiet
machine (load < 1 at the start): update 136 → 18 ms. What is left of an edit is mostly the feed view's
product filter refilling its 5,000-entry combo box (app/ui/feed_view.py: ~8 ms quiet, 10-25 loaded;
ItemChoiceModel is its replacement) and the Studio's own command (SQLite commit).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from big_show import ROOT, big_studio  # first: it picks the checkout that runs
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow


def measure(app: QApplication, window: MainWindow, fn: Callable[[], object],
            repeat: int) -> tuple[float, int, int, int]:
    """Median ms of `fn` with the events it posts processed; run-sheet resets and repaint signals, and
    run-order rebuilds, per call."""
    model, order = window.editor.model, window.operator.segments.model()
    seen = {"reset": 0, "rows": 0, "order": 0}
    resets = model.modelReset.connect(lambda: seen.__setitem__("reset", seen["reset"] + 1))
    rows = model.dataChanged.connect(lambda *_a: seen.__setitem__("rows", seen["rows"] + 1))
    rebuilt = order.modelReset.connect(lambda: seen.__setitem__("order", seen["order"] + 1))
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    model.modelReset.disconnect(resets)
    model.dataChanged.disconnect(rows)
    order.modelReset.disconnect(rebuilt)
    return statistics.median(times), seen["reset"] // repeat, seen["rows"] // repeat, seen["order"] // repeat


def profile(app: QApplication, fn: Callable[[], object], repeat: int) -> None:
    """The functions an edit spends its time in (cumulative, then own time), after two warm-up runs."""
    for _ in range(2):
        fn()
        app.processEvents()
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(repeat):
        fn()
        app.processEvents()
    prof.disable()
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(20)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--profile", action="store_true", help="cProfile runsheet.update instead: where its ms go")
    args = ap.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store, studio, clock = big_studio(Path(tmp), args.items, commerce=True)
        window = MainWindow(studio, "en")
        window.show()
        studio.execute("show.start")
        app.processEvents()
        pause = [False]

        def toggle_timer() -> None:
            studio.execute("timer.resume" if pause[0] else "timer.pause")
            pause[0] = not pause[0]

        def tick() -> None:
            clock.advance(0.25)
            studio.on_tick()

        studio.execute("sale.start", {"price": 49, "quantity": 50, "countdown_s": 10, "duration_s": 600})
        clock.advance(11)  # the countdown is over: the sale is live

        def sale() -> None:  # an order comes in: the sale's stock, nothing on the run-sheet
            studio.execute("sale.adjust_stock", {"delta": -1})

        first = studio.state.segments[1]

        def edit() -> None:
            studio.execute("runsheet.update", {"item_id": first.item_id, "name": f"商品 {time.perf_counter()}"})

        if args.profile:
            profile(app, edit, args.repeat)
            return
        print(f"ROOT {ROOT}, {args.items} items, median of {args.repeat}")
        for name, fn in (("clock tick", tick), ("timer pause/resume", toggle_timer), ("sale stock -1", sale),
                         ("runsheet.update", edit)):
            ms, resets, rows, order = measure(app, window, fn, args.repeat)
            print(f"{name:20} {ms:8.1f} ms   run-sheet resets {resets}   repainted ranges {rows}   "
                  f"run order rebuilt {order}")
        window.close()
        window.host_view.close()
        store.engine.dispose()


if __name__ == "__main__":
    main()
