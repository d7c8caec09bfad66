"""Round 13 probe of "from 复盘 to the next show": the price the 话术 says, spaced-out banned words,
IDs a spreadsheet rounded, and a product's 话术 carried to a show whose sheet keys it differently."""

from __future__ import annotations

from pathlib import Path

from app.core import compliance as cc
from app.core import phrases as ph
from app.core import product_library as pl
from app.core.triage import load_wordlist
from app.studio.studio import Studio

ROOT = Path(__file__).resolve().parents[1]
CHECKER = cc.Checker(load_wordlist(ROOT / "resources" / "wordlists" / "banned_zh.tsv"))


def _words(text: str) -> list[tuple[str, str]]:
    return [(h.word, h.severity) for h in CHECKER.check(text)]


# ---- {到手价} with a percent-off coupon ------------------------------------------------------------

def _snap(*coupons: dict[str, object]) -> dict[str, object]:
    return {"current": {"item_id": 1, "live_price": 19900, "cart_no": "3", "stock": 50}, "coupons": list(coupons)}


def test_a_ten_percent_off_coupon_takes_ten_percent_off_the_spoken_price() -> None:
    values = ph.live_values(_snap({"status": "active", "kind": "percent", "value": 10, "threshold": 0,
                                   "item_ids": []}))
    # 10% off ¥199 is ¥179.1: the host must not read "到手19.9" on air.
    assert (values["优惠券"], values["到手价"]) == ("9折券", "179.1")


def test_the_best_coupon_is_the_one_that_leaves_the_lowest_price() -> None:
    ten_off = {"status": "active", "kind": "percent", "value": 10, "threshold": 0, "item_ids": []}
    thirty_yuan = {"status": "active", "kind": "amount", "value": 3000, "threshold": 0, "item_ids": []}
    values = ph.live_values(_snap(ten_off, thirty_yuan))
    assert (values["优惠券"], values["到手价"]) == ("30元券", "169")  # ¥199 - 30 beats ¥199 × 0.9
    big = {"status": "active", "kind": "amount", "value": 30000, "threshold": 0, "item_ids": []}
    assert ph.live_values(_snap(big))["到手价"] == "0"  # a ¥300 coupon on ¥199: nothing to pay, not "-101"


# ---- banned words spelled out with spaces ------------------------------------------------------------

def test_a_claim_spaced_out_is_still_a_claim() -> None:
    assert _words("行业第 一品牌") == [("第 一", cc.BLOCK)]
    assert _words("加 微 信领券") == [("加 微 信", cc.BLOCK)]  # 加微 (and 微信) however it is spaced
    assert _words("第　一") == [("第　一", cc.BLOCK)]  # an ideographic space
    assert _words("最 佳选择") == [("最 佳", cc.BLOCK)]


def test_spaces_do_not_make_everyday_words_claims() -> None:
    assert _words("第一 次来的宝宝") == []
    assert _words("最 近很火") == []
    assert _words("dev xyz") == []  # spaces between Latin words still separate them (no "vx")


# ---- product IDs a spreadsheet rounded -------------------------------------------------------------

def _ap(show: int, item: int, name: str, sku: str = "", pid: str = "") -> pl.Appearance:
    return pl.Appearance(show_id=show, show_title=f"第{show}场", show_ts=show * 1000.0, status="ended",
                         item_id=item, name=name, sku=sku, product_id=pid)


def test_two_products_whose_ids_excel_rounded_alike_stay_two_products() -> None:
    rounded = "3729620000000000000"  # 3.72962E+18 typed back as digits: the sheet import warns about it
    products = pl.build([_ap(1, 1, "羊毛大衣", "CT-1", rounded), _ap(1, 2, "羊绒围巾", "SC-3", rounded)])
    assert sorted((p.name, p.key) for p in products) == [("羊毛大衣", "sku:CT-1"), ("羊绒围巾", "sku:SC-3")]
    assert {p.product_id for p in products} == {""}  # the next show is not planned with a rounded ID
    assert pl.product_key("3729621234567890120", "", "大衣") == "pid:3729621234567890120"


# ---- a product's 话术 in the next show ----------------------------------------------------------------

def test_a_products_lines_follow_it_when_the_next_sheet_adds_its_id(studio: Studio) -> None:
    from app.studio.phrases import PhraseDesk

    desk = PhraseDesk(studio)
    first = studio.state.segments[0]
    studio.execute("runsheet.update", {"item_id": first.item_id, "sku": "CT-1", "product_id": ""})
    assert desk.item_key(first.item_id) == "sku:CT-1"
    studio.execute("phrases.add", {"kind": "展示", "text": "双面呢，不起球", "product_key": "sku:CT-1"})
    # The next sheet has the console's product ID as well: the product's lines are still its lines.
    studio.execute("runsheet.update", {"item_id": first.item_id, "product_id": "3729621234567890123"})
    assert [p.text for p in desk.for_item(first.item_id)] == ["双面呢，不起球"]
    other = studio.state.segments[1]
    assert "双面呢，不起球" not in [p.text for p in desk.for_item(other.item_id)]


def test_a_products_lines_follow_a_merge(studio: Studio) -> None:
    from app.studio.phrases import PhraseDesk
    from app.studio.products import ProductDesk

    ProductDesk(studio)
    desk = PhraseDesk(studio)
    first = studio.state.segments[0]
    studio.execute("runsheet.update", {"item_id": first.item_id, "sku": "CT-2", "product_id": ""})
    studio.execute("phrases.add", {"kind": "展示", "text": "老款的卖点", "product_key": "name:老款大衣"})
    assert desk.for_item(first.item_id) == []
    studio.execute("products.merge", {"key": "name:老款大衣", "into": "sku:CT-2"})
    assert [p.text for p in desk.for_item(first.item_id)] == ["老款的卖点"]
