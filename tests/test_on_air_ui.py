"""The host view and the operator desk, offscreen."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.studio.studio import Studio
from app.ui.host_view import PHASE_COLOURS, HostView
from app.ui.main_window import MainWindow
from tests.doubles import FakeClock


def test_host_view_shows_product_time_and_phase(qtbot, studio: Studio, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    view = HostView()
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    studio.execute("show.start")
    view.refresh(studio.snapshot())
    assert view.product.text() == "羊毛大衣" and view.price.text() == "¥499"
    assert view.time_left.text() == "10:00" and "摇粒绒卫衣" in view.next_up.text()
    assert not view.pinned.isVisible()
    clock.advance(600 - 30)
    view.refresh(studio.snapshot())
    assert view.time_left.text() == "0:30" and view.time_left.colour == PHASE_COLOURS["warning"]
    clock.advance(72)
    view.refresh(studio.snapshot())
    assert view.time_left.text() == "+0:42"
    assert PHASE_COLOURS["overtime"] in (view.time_left.colour, view.time_left.background)
    studio.execute("comment.pin", {"comment": {"user_name": "小明", "text": "有黑色吗"}})
    view.refresh(studio.snapshot())
    assert view.pinned.isVisible() and "有黑色吗" in view.pinned_text.text()


def test_host_view_type_is_big_on_a_big_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = HostView()
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    # On a 1080p screen: time left at least 150 px tall, talking points at least 40 px.
    assert view.time_left.font_px >= 150
    assert view.points.font_px >= 40
    assert view.product.font_px >= 60


def test_cue_banner_shows_on_the_host_view(studio: Studio, clock: FakeClock) -> None:
    studio.execute("show.start")
    clock.advance(181)
    studio.on_tick()
    assert studio.snapshot()["banners"] == ["⏰ 口播优惠券"]
    clock.advance(30)
    assert studio.snapshot()["banners"] == []


def test_keyboard_drives_the_show(qtbot, studio: Studio) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(studio, "en")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.windowHandle().requestActivate()  # shortcuts reach only the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    qtbot.keyClick(w, Qt.Key.Key_F5)
    assert studio.state.status == "live"
    qtbot.keyClick(w, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert studio.state.current_index == 1
    qtbot.keyClick(w, Qt.Key.Key_F6)
    assert studio.state.paused_at is not None
    qtbot.keyClick(w, Qt.Key.Key_F6)
    assert studio.state.paused_at is None
    qtbot.keyClick(w, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert studio.state.added_s == 60
    qtbot.keyClick(w, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert studio.state.current_index == 0


def test_go_to_item_and_mute(qtbot, studio: Studio, speaker) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(studio, "en")
    qtbot.addWidget(w)
    studio.execute("show.start")
    panel = w.operator
    panel.segments.activated.emit(panel.run_order.index(2))
    assert studio.state.current_index == 2
    w.mute_action.setChecked(True)
    assert speaker.muted
    n = len(speaker.said)
    studio.execute("segment.next")
    assert len(speaker.said) == n


def test_banners_never_push_the_clock_off_screen(qtbot, studio: Studio) -> None:  # type: ignore[no-untyped-def]
    view = HostView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    studio.execute("show.start")
    snap = studio.snapshot()
    del snap["host"]  # the hand-written banners below are what the view shows
    snap["banners"] = ["Flash sale ¥399 · only 37 left · 0:42", "Coupon: ¥30 off orders over ¥199 · 200 left · 9:55",
                       "Lottery: 羊绒围巾 · type “福袋” · 1,234 entered · 2:56 — a long line that has to wrap"]
    view.refresh(snap)
    labels = (view.time_left, view.price, view.stock, view.ends, view.product, view.next_up)
    qtbot.waitUntil(lambda: all(label.isVisible() and label.width() > 0 for label in labels))
    for label in (view.time_left, view.price, view.stock, view.ends, view.product, view.next_up):
        geo = label.geometry()
        top_left = label.mapTo(view, geo.topLeft() - geo.topLeft())
        assert label.isVisible() and label.width() > 0 and top_left.x() + label.width() <= view.width(), label
    assert view.width() == 1280 and all(b.isVisible() for b in view.banner_labels)
