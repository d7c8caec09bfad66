"""The 话术 library: lines by kind and product, variables filled from the live state, groups per
segment, bulk paste and a sheet's 话术 column, every change an undoable Studio command."""

from __future__ import annotations

from pathlib import Path

from app.core import phrases as ph
from app.studio.compliance import ComplianceDesk
from app.studio.studio import Studio

SHEET_A = Path("/work/shared/sheets/A_抖音店播排品表_植萃坊_20250315200000.xlsx")


def test_bulk_lines_take_their_kind_from_the_front() -> None:
    pasted = ["【逼单】最后{库存}单，拍完恢复原价", "催单：3、2、1 上链接", "  ", "欢迎新进来的宝宝"]
    got = ph.parse_bulk(pasted, "开场")
    assert got == [("逼单", "最后{库存}单，拍完恢复原价"), ("逼单", "3、2、1 上链接"), ("开场", "欢迎新进来的宝宝")]


def test_a_sheets_phrase_column_with_the_controllers_words_as_kinds() -> None:
    from app.studio.files import read_sheets

    sheet = dict(read_sheets(SHEET_A))["场控提示&话术"]
    lines, header = ph.column_lines([row for _n, row in sheet])
    assert header == "主播应对话术示例" and len(lines) == 8
    assert "【逼单】最后23单，拍完恢复原价，3、2、1" in lines and "【逼单】扣1的宝宝超过500主播就给大家放" in lines


def test_variables_come_from_the_item_on_air_sale_and_coupon(studio: Studio) -> None:
    studio.execute("show.start")
    snap = studio.snapshot()
    item = snap["current"]
    values = ph.live_values(snap)
    assert values["价格"] == "499" and values["到手价"] == "499" and values["库存"] == "120"
    assert "倒计时" in values and "优惠券" not in values
    snap["coupons"] = [{"status": "active", "kind": "amount", "value": 5000, "threshold": 39900, "item_ids": []}]
    snap["sale"] = None
    values = ph.live_values(snap)
    assert (values["优惠券"], values["到手价"]) == ("满399减50", "449")
    snap["sale"] = {"item_id": item["item_id"], "status": "countdown", "price": 39900, "remaining": 30,
                    "countdown_left_s": 75.2}
    values = ph.live_values(snap)
    assert (values["到手价"], values["库存"], values["倒计时"]) == ("399", "30", "1分15秒")
    assert ph.fill("{链接号}号链接到手{到手价}，仅剩{库存}件", values).endswith("到手399，仅剩30件")
    assert ph.fill("{优惠券}", {}) == "{优惠券}"  # no value: left as written, the host sees it is missing


def test_commands_add_paste_group_show_and_undo(studio: Studio) -> None:
    from app.studio.host import HostDesk
    from app.studio.phrases import PhraseDesk

    HostDesk(studio)
    ComplianceDesk(studio)
    desk = PhraseDesk(studio)
    first = studio.state.segments[0]
    key = desk.item_key(first.item_id)
    one = studio.execute("phrases.add", {"kind": "逼单", "text": "到手{到手价}，只剩{库存}件", "product_key": key})
    pasted = "【开场】欢迎来到直播间\n【下播】明晚八点不见不散"
    many = studio.execute("phrases.add_many", {"text": pasted, "kind": "展示"})
    assert len(many["ids"]) == 2
    studio.execute("phrases.add", {"kind": "展示", "text": "老粉专属：双面呢", "group": "老粉"})
    assert [p.text for p in desk.for_item(first.item_id)] == ["到手{到手价}，只剩{库存}件", "欢迎来到直播间",
                                                              "明晚八点不见不散"]
    studio.execute("show.start")
    reply = studio.execute("phrases.group", {"item_id": first.item_id, "group": "老粉"})
    assert [p.text for p in desk.for_item(first.item_id)] == ["老粉专属：双面呢"]
    studio.execute(*reply["undo"])
    shown = studio.execute("phrases.show", {"id": one["ids"][0]})
    assert shown["text"] == "到手499，只剩120件" == studio.snapshot()["message"]["text"]
    cmd, args = studio.execute("phrases.remove", {"ids": many["ids"]})["undo"]
    assert len(desk.phrases) == 2
    studio.execute(cmd, args)
    assert len(desk.phrases) == 4 and set(many["ids"]) <= {p.id for p in desk.phrases}  # back under their ids


def test_flagged_phrases_are_in_the_start_report(studio: Studio) -> None:
    from app.studio.phrases import PhraseDesk

    ComplianceDesk(studio)
    PhraseDesk(studio)
    studio.execute("phrases.add", {"kind": "展示", "text": "全网最低，无效退款"})
    studio.execute("show.start")
    lines = studio.snapshot()["compliance"]["lines"]
    assert [(ln["where"], [h["word"] for h in ln["hits"]]) for ln in lines] == [("phrase", ["全网最低", "无效退款"])]


def test_panel_lists_filled_lines_and_sends_one_to_the_host(qtbot, studio: Studio) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    from app.studio.host import HostDesk
    from app.ui.phrases_panel import PhrasesPanel

    HostDesk(studio)
    undo = QUndoStack()
    panel = PhrasesPanel(studio, undo)
    qtbot.addWidget(panel)
    studio.execute("show.start")
    panel.kind.setCurrentIndex(panel.kind.findData("逼单"))
    panel._push("paste", "phrases.add_many", {"text": "最后{库存}件，{链接号}号链接", "kind": "逼单"})
    assert panel.list.count() == 1 and panel.list.item(0).text() == "【逼单】最后120件，{链接号}号链接"
    panel.list.setCurrentRow(0)
    panel.to_host()
    assert studio.snapshot()["message"]["text"] == "最后120件，{链接号}号链接"
    undo.undo()
    assert panel.list.count() == 0
    undo.redo()
    assert panel.list.count() == 1
