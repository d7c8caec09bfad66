"""`gift_value`, the review JSON's key from before gift values had units (docs/protocol.md, the review):
scripts read it, so it stays, with a meaning that is never wrong: the sum in the show's one unit, or null
with a reason when the show's gifts came in more than one (their values are never added across units)."""

from __future__ import annotations

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
