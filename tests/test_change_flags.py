"""Views repaint only on the change flags they read (#22): the clock's tick and a flash sale leave the
run-sheet alone, a run-sheet edit repaints just its row, and a second desk gets the same flags."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.changes import Change
from app.live.access import AccessFile
from app.studio.commerce import Commerce
from app.studio.remote import RemoteStudio
from app.studio.studio import Studio
from app.ui.main_window import MainWindow
from tests.doubles import FakeClock
from tests.procs import Serve

SALE = {"price": 399, "quantity": 5, "countdown_s": 10, "duration_s": 120}


class Repaints:
    """What a host would see flicker: the run-sheet table reset or repainted, the run order rebuilt."""

    def __init__(self, window: MainWindow) -> None:
        self.resets = self.rows = self.run_order = 0
        model = window.editor.model
        model.modelReset.connect(lambda: self._bump("resets"))
        model.dataChanged.connect(lambda *_a: self._bump("rows"))
        window.operator.segments.model().modelReset.connect(lambda: self._bump("run_order"))

    def _bump(self, name: str) -> None:
        setattr(self, name, getattr(self, name) + 1)

    def all(self) -> tuple[int, int, int]:
        return self.resets, self.rows, self.run_order


@pytest.fixture
def window(qtbot, studio: Studio, show_id: int) -> MainWindow:  # type: ignore[no-untyped-def]
    Commerce(studio)  # flash sales, coupons and lotteries, as the runtime attaches them
    w = MainWindow(studio, "en")
    qtbot.addWidget(w)
    return w


@pytest.fixture
def flags(studio: Studio) -> list[Change]:
    seen: list[Change] = []
    studio.changed.connect(seen.append)
    return seen


def test_the_clock_ticking_repaints_no_run_sheet(window: MainWindow, studio: Studio, clock: FakeClock) -> None:
    studio.execute("show.start")
    seen = Repaints(window)
    before = window.operator.timer_label.text()
    for _ in range(20):  # five seconds of a live show
        clock.advance(0.25)
        studio.on_tick()
    assert seen.all() == (0, 0, 0)
    assert window.operator.timer_label.text() != before  # the clock itself moves: it reads the tick


def test_a_flash_sale_leaves_the_run_sheet_alone(window: MainWindow, studio: Studio, flags: list[Change]) -> None:
    """The item's stock is the planned stock: a sale never writes it (r12), so its end repaints no row."""
    studio.execute("show.start")
    seen = Repaints(window)
    studio.execute("sale.start", SALE)
    assert flags[-1] == Change.SALE
    assert seen.all() == (0, 0, 0)  # neither the editor's table nor the run order was touched
    assert window.commerce.sale_stop.isEnabled()  # the commerce panel, which reads the sale, did follow
    studio.execute("sale.adjust_stock", {"delta": -3})
    assert flags[-1] == Change.SALE and seen.all() == (0, 0, 0)
    row = studio.state.index_of(studio.state.sale.item_id)  # type: ignore[union-attr]
    stock = window.editor.model.items[row].stock
    studio.execute("sale.stop")
    assert flags[-1] == Change.SALE
    assert seen.all() == (0, 0, 0) and window.editor.model.items[row].stock == stock


def test_a_run_sheet_edit_repaints_its_row_in_place(window: MainWindow, studio: Studio, flags: list[Change]) -> None:
    seen = Repaints(window)
    item = studio.state.segments[1]
    studio.execute("runsheet.update", {"item_id": item.item_id, "live_price": item.live_price - 1000})
    assert Change.RUNSHEET in flags[-1]
    assert seen.resets == 0 and seen.rows == 1  # that row, in place: the editor keeps its cell
    assert seen.run_order == 0  # the run order shows no price: its list is left alone


def test_the_timer_and_the_run_position_repaint_what_shows_them(window: MainWindow, studio: Studio,
                                                                 flags: list[Change]) -> None:
    studio.execute("show.start")
    seen = Repaints(window)
    studio.execute("timer.pause")
    assert flags[-1] == Change.TIMER
    assert seen.all() == (0, 0, 0)  # the table and run order show no clock
    assert window.operator.action_map["pause"].isEnabled()
    studio.execute("segment.next")
    assert (seen.resets, seen.rows, seen.run_order) == (0, 1, 0)  # the ▶/✓ marks: one repaint, no reset
    assert window.operator.run_order.index(1).data().startswith("▶")


# ---- a second desk: the same flags from the studio's events and published state -------------------------

@pytest.fixture
def desk(qtbot, data_dir: Path) -> Iterator[RemoteStudio]:  # type: ignore[no-untyped-def]
    serve = Serve(data_dir, "--demo", "--simulate", "0", "--lan")
    remote = RemoteStudio(serve.url, AccessFile(data_dir / "access.json").token, "zh_CN")
    remote.start()
    try:
        qtbot.waitUntil(lambda: remote.connected and remote.show_id is not None, timeout=10_000)
        yield remote
    finally:
        remote.stop()
        serve.stop()


def test_a_second_desk_gets_the_studios_flags(qtbot, desk: RemoteStudio) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(desk, "zh_CN", "second desk")
    qtbot.addWidget(window)
    seen: list[Change] = []
    desk.changed.connect(seen.append)
    desk.execute("show.start")
    desk.execute("segment.next")  # the demo opens with a giveaway segment: no stock to sell
    qtbot.waitUntil(lambda: desk.state.current_index == 1, timeout=5000)
    repaints = Repaints(window)
    seen.clear()
    desk.execute("sale.start", SALE)
    qtbot.waitUntil(lambda: Change.SALE in seen, timeout=5000)  # the sale_armed/started events, folded here
    assert not any(Change.RUNSHEET in c for c in seen)
    assert repaints.all() == (0, 0, 0)
    item = desk.state.segments[2]
    desk.execute("runsheet.update", {"item_id": item.item_id, "name": item.name + " 新款"})
    qtbot.waitUntil(lambda: any(Change.RUNSHEET in c for c in seen), timeout=5000)
    qtbot.waitUntil(lambda: repaints.rows >= 1, timeout=5000)
    assert repaints.resets == 0
    window.close()
    window.host_view.close()
