"""Stock we do not know is not stock that ran out: an import without a count stores NULL, and every
surface shows nothing for it; a real 售罄 stays 0 and the host sees 售罄 (brief r12/stock)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.core.runsheet import Item
from app.core.wall import alerts
from app.models.db import DB_NAME, make_engine, open_database, upgrade
from app.models.store import Store
from app.studio.commerce import Commerce
from app.studio.demo import demo_items
from app.studio.files import RUNSHEET_COLUMNS, import_sheet, runsheet_rows, write_table
from app.studio.sales import sales_desk
from app.studio.studio import Studio
from app.ui.i18n import Translations
from tests.doubles import FakeClock, FakeSpeaker

SHEET = ("商品名称,直播价,库存\n"
         "羊绒围巾,199,\n"      # blank: not known
         "羊毛大衣,499,充足\n"  # a word, not a count
         "保温杯,69,售罄\n"     # sold out
         "摇粒绒卫衣,99,0\n"
         "真丝眼罩,259,无货\n"
         "乳胶枕,139,待定\n"
         "四件套,59,300\n")


def imported(tmp_path: Path, body: str = SHEET) -> list[Item]:
    path = tmp_path / "products.csv"
    path.write_text(body, encoding="utf-8")
    return import_sheet(path).items


@pytest.fixture
def zh(qapp: Any) -> Iterator[None]:
    t = Translations(qapp)  # type: ignore[arg-type]
    assert t.install("zh_CN")
    yield
    t.install("en")


def studio_of(store: Store, items: list[Item], clock: FakeClock, speaker: FakeSpeaker,
              qtbot: Any = None) -> Studio:
    """A Studio on the items; with `qtbot`, its commerce and sales desks too (the stored orders read)."""
    show_id = store.create_show("库存专场", "douyin", "小A", None, items)
    s = Studio(store, clock=clock, speaker=speaker)
    s.open_show(show_id)
    if qtbot is not None:
        Commerce(s)
        desk = sales_desk(s)
        qtbot.waitUntil(lambda: not desk._rebuilding)
    return s


def test_an_import_keeps_unknown_stock_unknown_and_sold_out_at_zero(tmp_path: Path) -> None:
    items = imported(tmp_path)
    assert [i.stock for i in items] == [None, None, 0, 0, 0, None, 300]
    assert "库存：充足" in items[1].notes and "库存：售罄" in items[2].notes  # the words stay in the notes
    no_column = imported(tmp_path, "商品名称,直播价\n羊绒围巾,199\n羊毛大衣,499\n")
    assert [i.stock for i in no_column] == [None, None]


def test_the_stored_stock_is_null_and_survives_a_reopen(tmp_path: Path, store: Store) -> None:
    show_id = store.create_show("库存专场", "douyin", "小A", None, imported(tmp_path))
    assert [i.stock for i in store.items(show_id)] == [None, None, 0, 0, 0, None, 300]
    with store.engine.connect() as conn:
        stored = [r[0] for r in conn.execute(text("select stock from items where show_id = :s order by position"),
                                             {"s": show_id})]
    assert stored == [None, None, 0, 0, 0, None, 300]


@pytest.mark.usefixtures("zh")
@pytest.mark.parametrize("commerce", [False, True])
def test_the_host_sees_sold_out_for_zero_and_nothing_for_unknown(tmp_path: Path, store: Store, clock: FakeClock,
                                                                  speaker: FakeSpeaker, commerce: bool,
                                                                  qtbot: Any) -> None:
    s = studio_of(store, imported(tmp_path), clock, speaker, qtbot if commerce else None)
    assert s.snapshot()["host"]["stock"] == ""  # before the start: the first item, stock unknown
    s.execute("show.start")
    shown = []
    for n in range(7):
        shown.append(s.snapshot()["host"]["stock"])
        if n < 6:
            s.execute("segment.next")
    assert shown[0] == "" and shown[1] == "" and shown[5] == ""  # 空, 充足, 待定: nothing said
    assert shown[2] == "售罄" and shown[3] == "售罄" and shown[4] == "售罄"
    assert "300" in shown[6]


def test_the_state_snapshot_carries_null_stock(tmp_path: Path, store: Store, clock: FakeClock,
                                               speaker: FakeSpeaker, qtbot: Any) -> None:
    s = studio_of(store, imported(tmp_path), clock, speaker, qtbot)
    snap = s.snapshot()
    assert [r["stock"] for r in snap["runsheet"]] == [None, None, 0, 0, 0, None, 300]
    assert snap["next"]["stock"] is None
    wire = json.loads(json.dumps(s.execute("state.get")))
    assert [r["stock"] for r in wire["runsheet"]] == [None, None, 0, 0, 0, None, 300]
    s.execute("show.start")
    sales = {r["item_id"]: r for r in s.snapshot()["sales"]["items"]}
    ids = [r["item_id"] for r in snap["runsheet"]]
    assert sales[ids[0]]["stock_left"] is None and not sales[ids[0]]["low_stock"]  # unknown is not sold out
    assert sales[ids[2]]["stock_left"] == 0 and sales[ids[2]]["low_stock"]  # sold out is
    assert sales[ids[6]]["stock_left"] == 300
    chips = [a["text"] for a in alerts(s.snapshot()) if a["kind"] == "stock"]  # the wall of rooms
    assert chips == ["保温杯 0", "摇粒绒卫衣 0", "真丝眼罩 0"]  # sold out is low stock; unknown is not


def test_stock_set_to_null_by_command_replays_and_undoes(tmp_path: Path, store: Store, clock: FakeClock,
                                                         speaker: FakeSpeaker, qapp: Any) -> None:
    s = studio_of(store, imported(tmp_path), clock, speaker)
    last = s.snapshot()["runsheet"][6]["item_id"]
    s.execute("show.start")
    assert s.execute("runsheet.update", {"item_id": last, "stock": None})["changed"] == ["stock"]
    assert store.items(s.show_id)[6].stock is None and s.state.segment(last).stock is None  # type: ignore[union-attr]
    s.execute("runsheet.update", {"item_id": last, "stock": 0})
    s.execute("runsheet.update", {"item_id": last, "stock": None})  # what undo of "0" sends back
    again = Studio(store, clock=clock, speaker=FakeSpeaker())
    again.open_show(s.show_id)  # the events replayed
    assert again.state.segment(last).stock is None  # type: ignore[union-attr]


def test_a_flash_sale_on_unknown_stock_is_not_refused(tmp_path: Path, store: Store, clock: FakeClock,
                                                      speaker: FakeSpeaker, qtbot: Any) -> None:
    s = studio_of(store, imported(tmp_path), clock, speaker, qtbot)
    s.execute("show.start")  # the scarf: stock unknown
    s.execute("sale.start", {"price": 99, "quantity": 20, "countdown_s": 10, "duration_s": 60})
    assert s.snapshot()["sale"]["remaining"] == 20
    s.execute("sale.stop")
    assert s.snapshot()["runsheet"][0]["stock"] is None  # what sold does not make up a count


def test_exports_leave_unknown_stock_blank(tmp_path: Path) -> None:
    out = tmp_path / "runsheet.csv"
    write_table(runsheet_rows(imported(tmp_path)), RUNSHEET_COLUMNS, "csv", out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    col = lines[0].split(",").index("stock")
    assert [line.split(",")[col] for line in lines[1:]] == ["", "", "0", "0", "0", "", "300"]


def test_an_old_database_keeps_its_zero_stock_and_takes_null(tmp_path: Path) -> None:
    """A show already on air or ended keeps its 0s (its review recorded them); a show not yet started
    reads an old 0 as what the old import meant by it, not known, unless its notes name a sell-out."""
    engine = make_engine(tmp_path / DB_NAME)
    upgrade(engine, "0007_comment_user_index")
    with engine.begin() as conn:
        for show_id, status in ((1, "ended"), (2, "draft")):
            conn.execute(text("insert into shows (id, title, platform, host, status, created_at) "
                              "values (:id, '旧节目', 'douyin', '', :status, '2026-01-01 20:00:00')"),
                         {"id": show_id, "status": status})
            for n, (stock, notes) in enumerate(((0, ""), (12, ""), (0, "库存：售罄"))):
                conn.execute(text("insert into items (show_id, position, name, sku, list_price, live_price, stock, "
                                  "planned_min, talking_points, notes, link, cues, product_id, cart_no, coupon_price) "
                                  "values (:s, :n, :name, '', 100, 90, :stock, 5, '', :notes, '', '', '', '', 80)"),
                             {"s": show_id, "n": n, "name": f"旧品{n}", "stock": stock, "notes": notes})
    engine.dispose()
    engine = open_database(tmp_path)
    store = Store(engine)
    assert [(i.name, i.stock, i.coupon_price) for i in store.items(1)] == [("旧品0", 0, 80), ("旧品1", 12, 80),
                                                                           ("旧品2", 0, 80)]
    assert [i.stock for i in store.items(2)] == [None, 12, 0]
    item_id = store.items(1)[1].id
    assert item_id is not None
    store.update_item(item_id, stock=None)
    assert [i.stock for i in store.items(1)] == [0, None, 0]
    engine.dispose()


def test_a_new_database_takes_null_stock(tmp_path: Path) -> None:
    engine = open_database(tmp_path)
    with engine.connect() as conn:
        cols = {r[1]: r[3] for r in conn.execute(text("pragma table_info(items)"))}
    assert cols["stock"] == 0  # notnull flag off
    engine.dispose()


@pytest.mark.usefixtures("zh")
def test_the_demo_show_opens_on_a_giveaway_not_a_sold_out_product(store: Store, clock: FakeClock,
                                                                    speaker: FakeSpeaker, qtbot: Any) -> None:
    """The demo's opening and closing segments sell nothing: their stock is unknown, so the host never
    reads 售罄 over the welcome, while every product of the demo has a count."""
    s = studio_of(store, demo_items(), clock, speaker, qtbot)
    s.execute("show.start")
    assert s.snapshot()["host"]["stock"] == ""
    stocks = [r["stock"] for r in s.snapshot()["runsheet"]]
    assert stocks[0] is None and stocks[-1] is None and all(n and n > 0 for n in stocks[1:-1])
