"""The review JSON keeps `gift_value`, the key scripts read before gift values had units
(/work/shared/PROTOCOL.md: keep names and shapes stable): the sum when every valued gift of the show is
in one unit (named by `gift_value_unit`), else null with a reason, in the summary, each item and the
timeline's series alike."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.core import gift_units as gu
from app.core import review as rv
from app.models.store import Store
from app.studio import review as sr
from app.studio.review_xlsx import write_json
from tests.review_show import T0, add_comments, build_show

# build_show's gifts are Douyin rows stored before units: 30 抖币 at 0:45 (CT-1), 10 抖币 at 18:20 (CT-1 返场).


def _json(store: Store, show_id: int, tmp_path: Path) -> dict[str, Any]:
    out = tmp_path / "review.json"
    write_json(sr.compute(store, show_id, T0 + 5000), out)
    return dict(json.loads(out.read_text(encoding="utf-8")))


def _summary(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["key"]: f for f in doc["summary"]}


def test_a_one_unit_show_keeps_gift_value_as_the_sum(store: Store, tmp_path: Path) -> None:
    show_id, _ = build_show(store)
    doc = _json(store, show_id, tmp_path)
    fig = _summary(doc)["gift_value"]
    assert (fig["value"], fig["na"], fig["unit"]) == (40, None, "coins")
    assert fig["gift_value_unit"] == doc["gift_value_unit"] == gu.DOUYIN_DIAMOND
    assert [f["key"] for f in doc["summary"]].index("gift_value") == \
        [f["key"] for f in doc["summary"]].index("gifts") + 1  # where it always was
    assert {it["sku"]: it["gift_value"] for it in doc["items"]} == {"CT-1": 40, "SW-2": 0, "SC-3": 0}
    assert all("gift_value" not in it["na"] for it in doc["items"])
    series = doc["timeline"]["series"]["gift_value"]
    assert (series[0], series[18], sum(series)) == (30, 10, 40)
    assert "gift_value" not in doc["timeline"]["na"]


def test_a_two_unit_show_has_no_gift_value_and_says_why(store: Store, tmp_path: Path) -> None:
    show_id, _ = build_show(store)
    add_comments(store, show_id, [{"kind": "gift", "platform": "tiktok", "ts": T0 + 100, "user_id": "t1",
                                   "extra": {"gift": "Rose", "count": 1, "value": 1, "value_unit": "tiktok_coin"}}])
    doc = _json(store, show_id, tmp_path)
    summary = _summary(doc)
    fig = summary["gift_value"]
    assert (fig["value"], fig["na"]) == (None, rv.NA_GIFT_UNITS)
    assert fig["gift_value_unit"] is None and doc["gift_value_unit"] is None
    assert (summary["gift_value_douyin_diamond"]["value"], summary["gift_value_tiktok_coin"]["value"]) == (40, 1)
    assert all(it["gift_value"] is None and it["na"]["gift_value"] == rv.NA_GIFT_UNITS for it in doc["items"])
    assert set(doc["timeline"]["series"]["gift_value"]) == {None}
    assert doc["timeline"]["na"]["gift_value"] == rv.NA_GIFT_UNITS


def test_a_show_without_gifts_has_the_key_with_the_old_reason(store: Store, tmp_path: Path) -> None:
    show_id = store.create_show("No gifts", "douyin", "host", None, [])
    add_comments(store, show_id, [{"kind": "comment", "ts": T0, "user_id": "u1", "text": "hi"}])
    fig = _summary(_json(store, show_id, tmp_path))["gift_value"]
    assert (fig["value"], fig["na"]) == (None, rv.NA_NO_GIFTS)


def test_gift_value_is_json_only_and_its_reason_is_translatable(store: Store) -> None:
    """The tab and the XLSX/PDF show the value per unit; the new reason goes through Qt's translation."""
    show_id, _ = build_show(store)
    review = sr.compute(store, show_id, T0 + 5000)
    assert "gift_value" not in {f.key for f in review.summary} and "gift_value" not in rv.SERIES
    assert rv.NA_GIFT_UNITS in rv.NA_REASONS and rv.NA_GIFT_UNITS in set(map(str, sr._TEXTS))
