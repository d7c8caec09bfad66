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
