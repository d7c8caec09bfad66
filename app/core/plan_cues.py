"""The marketing plan's lines as run-sheet cues, and back: a cue the importer wrote from the plan
(`福袋：洗面奶正装100g 口令「植萃坊宠粉」 600秒 ×5 1号链接`) is read again when it is due, so the desk
can set up the lottery, coupon or flash sale with those values in one click. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.core.sheet_values import _amounts

KIND_LABELS = {"lottery": "福袋", "coupon": "发券", "sale": "秒杀", "other": "提示"}
_LABEL_KIND = {v: k for k, v in KIND_LABELS.items()}


@dataclass(frozen=True)
class PlanCue:
    """One line of the marketing plan: at `at_s` into the show, a lottery / coupon / sale."""

    line: int
    at_s: int
    kind: str  # lottery, coupon, sale, other
    title: str  # prize or coupon (满150减20) or sale item
    keyword: str = ""
    duration_s: int = 0
    quantity: int = 0
    cart_no: str = ""
    owner: str = ""

    def cue_text(self) -> str:
        """The cue as the run-sheet keeps it; plan_action reads it back."""
        parts = [f"{KIND_LABELS[self.kind]}：{self.title}"]
        if self.keyword:
            parts.append(f"口令「{self.keyword}」")
        if self.duration_s:
            parts.append(f"{self.duration_s}秒")
        if self.quantity:
            parts.append(f"×{self.quantity}")
        if self.cart_no:
            parts.append(f"{self.cart_no}号链接")
        return " ".join(parts)


_CUE_RE = re.compile(r"^(福袋|发券|秒杀)：(.+?)(?: 口令「(.*?)」)?(?: (\d+)秒)?(?: ×(\d+))?(?: ([\d/]+)号链接)?$")


def plan_action(text: str) -> dict[str, Any] | None:
    """What a plan cue asks the 场控 to set up, or None for any other cue: {"kind": "lottery",
    "prize", "keyword", "winners", "duration_s"}, {"kind": "coupon", "amount", "threshold",
    "quantity", "duration_s"} (from `满150减20`) or {"kind": "sale", "title", "quantity", "cart_no",
    "countdown_s"}."""
    m = _CUE_RE.match(text.strip())
    if m is None:
        return None
    kind = _LABEL_KIND[m.group(1)]
    title, keyword = m.group(2), m.group(3) or ""
    seconds, count, cart = int(m.group(4) or 0), int(m.group(5) or 0), m.group(6) or ""
    if kind == "lottery":
        return {"kind": kind, "prize": title, "keyword": keyword, "winners": count or 1, "duration_s": seconds}
    if kind == "coupon":
        off = re.search(r"满\s*(\d+(?:\.\d+)?)\s*减\s*(\d+(?:\.\d+)?)", title)
        plain = re.search(r"(\d+(?:\.\d+)?)\s*元", title)
        amount = float(off.group(2)) if off else float(plain.group(1)) if plain else 0.0
        return {"kind": kind, "amount": amount, "threshold": float(off.group(1)) if off else 0.0,
                "quantity": count, "duration_s": seconds, "cart_no": cart}
    prices = _amounts(title)
    return {"kind": kind, "title": title, "quantity": count, "cart_no": cart, "countdown_s": seconds,
            "price": min(prices) / 100 if prices else None}
