"""The marketing-plan sheet on the desk: a plan cue that is due offers to set up its lottery, coupon or
flash sale with the plan's values; the phrase sheet's lines become host-message presets."""

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox

from app.core.plan_cues import plan_action
from app.studio.commerce import Commerce
from app.studio.files import import_sheet
from app.studio.studio import Studio
from app.ui.commerce_panel import CommercePanel
from app.ui.cue_prompt import CuePrompt, offer_presets, presets_of, remember_presets
from tests.doubles import FakeClock

SHEETS = Path(__file__).parent / "fixtures" / "sheets"


def test_every_cue_of_sheet_A_reads_back_as_an_action() -> None:
    report = import_sheet(SHEETS / "A_douyin_paipin.xlsx")
    cues = [c.text for i in report.items for c in i.cues]
    actions = [plan_action(t) for t in cues]
    assert len(cues) == 7 and all(actions)
    assert {"kind": "lottery", "prize": "洗面奶正装100g", "keyword": "植萃坊宠粉", "winners": 5,
            "duration_s": 600} in actions
    coupon = next(a for a in actions if a and a["kind"] == "coupon")
    assert (coupon["amount"], coupon["threshold"], coupon["quantity"]) == (20, 150, 1000)
    sale = next(a for a in actions if a and a["kind"] == "sale")
    assert (sale["price"], sale["quantity"], sale["cart_no"]) == (0.01, 50, "16")
    assert plan_action("3:00 口播优惠券") is None


def test_a_due_plan_cue_sets_up_the_lottery_then_the_coupon(qtbot, live_studio: Studio,  # type: ignore[no-untyped-def]
                                                          clock: FakeClock) -> None:
    Commerce(live_studio)
    panel = CommercePanel(live_studio)
    prompt = CuePrompt(live_studio, panel)
    qtbot.addWidget(panel)
    qtbot.addWidget(prompt)
    first = live_studio.state.segments[0].item_id
    live_studio.execute("runsheet.update", {"item_id": first, "cues": [
        [10, "福袋：洗面奶正装100g 口令「植萃坊宠粉」 600秒 ×5 1号链接"], [30, "发券：满150减20 ×1000 4号链接"]]})
    live_studio.execute("show.start")
    assert prompt.isHidden()
    clock.advance(11)
    live_studio.on_tick()
    assert not prompt.isHidden() and "洗面奶正装100g" in prompt.text()
    prompt.click()
    assert (panel.lot_prize.text(), panel.lot_keyword.text(), panel.lot_winners.value(),
            panel.lot_minutes.value()) == ("洗面奶正装100g", "植萃坊宠粉", 5, 10)
    assert panel.tabs.currentIndex() == 2 and prompt.isHidden()
    clock.advance(20)
    live_studio.on_tick()
    prompt.click()
    assert (panel.coupon_value.value(), panel.coupon_threshold.value(), panel.coupon_quantity.value()) == (20, 150,
                                                                                                         1000)
    assert panel.tabs.currentIndex() == 1
    clock.advance(200)
    prompt.refresh()
    assert prompt.isHidden()  # a plan cue long past is no prompt


def test_the_phrase_sheet_becomes_host_message_presets(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = import_sheet(SHEETS / "A_douyin_paipin.xlsx")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    remember_presets(7, [text for _word, text in report.phrases], settings)
    combo = QComboBox()
    qtbot.addWidget(combo)
    offer_presets(combo, presets_of(7, settings))
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered[0] == "拉时长" and "⬆ 上4号链接" in offered and "🔥 逼单 剩23单" in offered
    assert presets_of(8, settings) == []
