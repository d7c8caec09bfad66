"""`gift_value`, the review JSON's key from before gift values had units (docs/protocol.md, the review):
scripts read it, so it stays, with a meaning that is never wrong: the sum in the show's one unit, or null
with a reason when the show's gifts came in more than one (their values are never added across units)."""

from __future__ import annotations

from typing import Any

from app.core import gift_units as gu
from app.core.review_types import NA_GIFT_UNITS, NA_NO_GIFT_VALUE, NA_NO_GIFTS, Agg, Figure


def gift_value_unit(total: Agg) -> tuple[str | None, str]:
    """The one unit every valued gift of the show came in, and "" ; else None and why (the same reason for
    the summary, the items and the timeline). `unknown` counts as one unit: its figure says so."""
    units = [u for u, v in total.gift_values.items() if v]
    if len(units) == 1:
        return units[0], ""
    return None, NA_GIFT_UNITS if units else NA_NO_GIFT_VALUE if total.n("gift") else NA_NO_GIFTS


def gift_value_figure(total: Agg) -> tuple[Figure, str | None]:
    """The summary's `gift_value` and the unit it is in."""
    unit, na = gift_value_unit(total)
    return Figure("gift_value", None if unit is None else total.gift_values[unit], na), unit


def gift_value(a: Agg, unit: str | None) -> float | None:
    """A slice's (an item's, a minute's) gift value in the show's one unit; None without one."""
    return None if unit is None else a.gift_values.get(unit, 0.0)


# Compare: two shows' `gift_value`s are only subtracted in one unit (抖币 minus TikTok coins means nothing).
NA_GIFT_UNITS_DIFFER = "the shows' gifts are in different units: compare the 元 estimate"
# A unit as a compare cell names it after the value (Qt translation, context "Review").
GIFT_UNIT_NAMES = {gu.DOUYIN_DIAMOND: "抖币", gu.TIKTOK_COIN: "TikTok coins", gu.KUAISHOU_COIN: "快币",
                   gu.WECHAT_BEAN: "微信豆", gu.BILI_GOLD: "金瓜子", gu.TWITCH_BIT: "bits",
                   gu.UNKNOWN: "of unknown unit"}


def compare_gift_value(a: Figure | None, a_unit: str | None, b: Figure | None, b_unit: str | None) -> dict[str, Any]:
    """The compare row of two shows' `gift_value`s, each with its unit: B − A only when both are in the same
    unit; when they differ it is null with `diff_na` saying so (the 元 estimate row compares them)."""
    fa, fb = a or Figure("gift_value", None), b or Figure("gift_value", None)
    same = a_unit is not None and a_unit == b_unit and fa.value is not None and fb.value is not None
    differ = a_unit is not None and b_unit is not None and a_unit != b_unit
    return {"key": "gift_value", "a": fa.value, "b": fb.value,
            "diff": fb.value - fa.value if same and fa.value is not None and fb.value is not None else None,
            "a_na": fa.na or None, "b_na": fb.na or None, "a_unit": a_unit, "b_unit": b_unit,
            "diff_na": NA_GIFT_UNITS_DIFFER if differ else None}
