"""Round 14 library: one product imported from a sheet with its 商品ID and from one with only its 货号
is one library entry with its 话术; and 话术 lines can be put in order (phrases.move)."""

from __future__ import annotations

from pathlib import Path

from app.core import product_library as pl
from app.models.product_library import library
from app.models.store import Store
from app.studio.files import import_sheet
from app.studio.studio import Studio

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "library_r14"
WITH_IDS = FIXTURES / "douyin_with_ids.csv"  # 商品ID and 货号; two colours of a T-shirt share 货号 TS-9
SKU_ONLY = FIXTURES / "agency_sku_only.csv"  # the agency's sheet: 货号 only (ct-1 in lower case)
COAT, SCARF = "3729621234567890123", "3729621234567890777"


def _shows(store: Store, *sheets: Path) -> list[int]:
    return [store.create_show(f"第{n}场", items=import_sheet(sheet).items) for n, sheet in enumerate(sheets, 1)]


def _entries(store: Store) -> dict[str, tuple[str, int]]:
    return {p.key: (p.product_id, len(p.history)) for p in library(store)}


def test_a_product_from_an_id_sheet_and_a_sku_only_sheet_is_one_entry(store: Store) -> None:
    before = len(library(store))
    _shows(store, WITH_IDS, SKU_ONLY)
    entries = _entries(store)
    assert len(entries) == before + 5  # coat, scarf, two T-shirts, and the T-shirt row that is neither
    assert entries[f"pid:{COAT}"] == (COAT, 2) and entries[f"pid:{SCARF}"] == (SCARF, 2)
    assert "sku:CT-1" not in entries and "sku:SC-3" not in entries
    # TS-9 is the 货号 of two listings (two IDs): they stay two, and the 货号-only row is not guessed into one.
    assert entries["pid:3729621234567890888"][1] == entries["pid:3729621234567890999"][1] == 1
    assert entries["sku:TS-9"] == ("", 1)


def test_the_order_of_the_sheets_does_not_matter(store: Store) -> None:
    _shows(store, SKU_ONLY, WITH_IDS)
    coat = next(p for p in library(store) if p.product_id == COAT)
    assert (coat.key, coat.row()["shows"], coat.name) == (f"pid:{COAT}", 2, "双面羊毛大衣")


def test_two_different_ids_never_become_one() -> None:
    def ap(show: int, item: int, sku: str, pid: str) -> pl.Appearance:
        return pl.Appearance(show_id=show, show_title="s", show_ts=float(show), status="ended", item_id=item,
                             name="大衣", sku=sku, product_id=pid)
    products = pl.build([ap(1, 1, "CT-1", COAT), ap(2, 2, "CT-1", SCARF), ap(3, 3, "CT-1", "")])
    assert sorted(p.key for p in products) == [f"pid:{COAT}", f"pid:{SCARF}", "sku:CT-1"]


def test_a_merge_the_producer_made_the_other_way_still_gives_one_entry(studio: Studio, store: Store) -> None:
    from app.studio.products import ProductDesk

    ProductDesk(studio)
    _shows(store, WITH_IDS, SKU_ONLY)
    studio.execute("products.merge", {"key": f"pid:{COAT}", "into": "sku:CT-1"})  # by hand, before round 14
    coats = [p for p in library(store) if "大衣" in p.name]
    assert len(coats) == 1 and coats[0].key == "sku:CT-1"
    assert len(coats[0].history) == 3  # both sheets' coats and the CT-1 row of the studio's own show


def test_lines_filed_under_the_id_reach_the_sku_only_row_and_back(studio: Studio, store: Store) -> None:
    from app.studio.phrases import PhraseDesk

    desk = PhraseDesk(studio)
    id_show, sku_show = _shows(store, WITH_IDS, SKU_ONLY)
    studio.execute("phrases.add", {"kind": "展示", "text": "双面呢，不起球", "product_key": f"pid:{COAT}"})
    studio.execute("phrases.add", {"kind": "逼单", "text": "围巾最后20条", "product_key": "sku:SC-3"})
    studio.open_show(sku_show)
    coat, scarf, shirt = (seg.item_id for seg in studio.state.segments)
    assert [p.text for p in desk.for_item(coat)] == ["双面呢，不起球"]
    assert [p.text for p in desk.for_item(scarf)] == ["围巾最后20条"]
    assert [p.text for p in desk.for_item(shirt)] == []
    studio.open_show(id_show)
    by_name = {seg.name: seg.item_id for seg in studio.state.segments}
    assert [p.text for p in desk.for_item(by_name["羊绒围巾"])] == ["围巾最后20条"]
    assert [p.text for p in desk.for_item(by_name["纯棉T恤 白色"])] == []


# ---- 话术 lines in the order the producer wants -------------------------------------------------------

def _texts(studio: Studio, kind: str = "逼单") -> list[str]:
    from app.core import phrases as ph
    from app.models import phrases as mph

    assert studio.store is not None  # read back from the database: what a reopened desk shows
    return [p.text for p in ph.for_item(mph.all_phrases(studio.store), "", kind=kind)]


def test_phrases_order_puts_the_strongest_line_first_persists_and_undoes(studio: Studio) -> None:
    from app.studio.phrases import PhraseDesk

    PhraseDesk(studio)
    lines = "还有最后几件\n拍完下架\n今天这个价只有直播间有"
    ids = studio.execute("phrases.add_many", {"text": lines, "kind": "逼单"})["ids"]
    studio.execute("phrases.add", {"kind": "展示", "text": "双面呢"})
    reply = studio.execute("phrases.order", {"ids": [ids[2], ids[0], ids[1]]})
    assert _texts(studio) == ["今天这个价只有直播间有", "还有最后几件", "拍完下架"]
    assert _texts(studio, "展示") == ["双面呢"]  # a line outside the list keeps its place
    redo = studio.execute(*reply["undo"])
    assert _texts(studio) == ["还有最后几件", "拍完下架", "今天这个价只有直播间有"]
    studio.execute(*redo["undo"])
    assert _texts(studio) == ["今天这个价只有直播间有", "还有最后几件", "拍完下架"]
    # a removed line put back by undo returns to its place, not to the end
    gone = studio.execute("phrases.remove", {"ids": [ids[2]]})
    studio.execute(*gone["undo"])
    assert _texts(studio) == ["今天这个价只有直播间有", "还有最后几件", "拍完下架"]
    studio.execute("phrases.update", {"id": ids[1], "position": 0})
    assert _texts(studio)[0] == "拍完下架"


def test_phrases_order_refuses_what_it_cannot_do(studio: Studio) -> None:
    import pytest

    from app.studio.phrases import PhraseDesk
    from app.studio.studio import CommandError

    PhraseDesk(studio)
    ids = studio.execute("phrases.add_many", {"text": "一\n二", "kind": "逼单"})["ids"]
    for bad in ({"ids": []}, {"ids": [ids[0], ids[0]]}, {"ids": ids, "positions": [1]}, {"ids": "1,2"}):
        with pytest.raises(CommandError) as refused:
            studio.execute("phrases.order", bad)
        assert refused.value.code == "bad_args"
    with pytest.raises(CommandError) as missing:
        studio.execute("phrases.order", {"ids": [ids[0], 9999]})
    assert missing.value.code == "not_found"
    assert _texts(studio) == ["一", "二"]


def test_panel_moves_a_line_up_and_down_by_keyboard_and_undo(qtbot, studio: Studio) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack

    from app.ui.phrases_panel import PhrasesPanel

    undo = QUndoStack()
    panel = PhrasesPanel(studio, undo)
    qtbot.addWidget(panel)
    panel.kind.setCurrentIndex(panel.kind.findData("逼单"))
    panel._push("paste", "phrases.add_many", {"text": "A 还有最后几件\nB 拍完下架\nC 只有直播间有", "kind": "逼单"})

    def shown() -> list[str]:
        return [panel.list.item(i).text()[4:5] for i in range(panel.list.count())]

    assert shown() == ["A", "B", "C"]
    assert panel.move_up_button.text() and panel.move_down_button.toolTip()
    panel.list.setCurrentRow(2)
    qtbot.keyClick(panel.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert shown() == ["A", "C", "B"] and panel.list.currentRow() == 1  # the line stays selected
    qtbot.keyClick(panel.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert shown() == ["C", "A", "B"] and panel.list.currentRow() == 0
    assert not panel.move_up_button.isEnabled()  # already first
    qtbot.keyClick(panel.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert shown() == ["C", "A", "B"]
    panel.move_down_button.click()
    assert shown() == ["A", "C", "B"]
    assert _texts(studio)[0].startswith("A")
    undo.undo()
    assert shown() == ["C", "A", "B"]
    undo.undo()
    undo.undo()
    assert shown() == ["A", "B", "C"]
    undo.redo()
    assert shown() == ["A", "C", "B"]
