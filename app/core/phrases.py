"""The 话术 library: reusable host lines by kind and product, with variables filled from the live
state, and bulk input as teams paste it (one line each, a kind written in front: "【逼单】…",
"逼单：…").

Variables: {价格} the live price, {到手价} the price after the flash sale or the best coupon that
applies, {库存} stock left (the flash sale's while it runs), {链接号} the cart link number,
{优惠券} the coupon in words (满199减20, 10元券, 9折), {倒计时} the flash sale's countdown or the
item's time left. A variable without a value stays as written, so the host sees what is missing.

Pure: the Studio hands in a snapshot (plain JSON); nothing here reads a clock or a database.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.sales import stock_left

KINDS = ("开场", "展示", "逼单", "问答", "促销", "下播")
VARIABLES = ("价格", "到手价", "库存", "链接号", "优惠券", "倒计时")
MAX_TEXT = 500
_VAR = re.compile(r"\{(" + "|".join(VARIABLES) + r")\}")
_KIND_PREFIX = re.compile(r"^\s*(?:[【\[]\s*(?P<a>[^】\]]{1,6})\s*[】\]]|(?P<b>[^\s:：]{2,4})\s*[:：])\s*")
_KIND_ALIASES = {"开播": "开场", "欢迎": "开场", "介绍": "展示", "讲解": "展示", "卖点": "展示", "催单": "逼单",
                 "憋单": "逼单", "答疑": "问答", "互动": "问答", "福利": "促销", "优惠": "促销", "活动": "促销",
                 "结束": "下播", "预告": "下播"}


@dataclass(frozen=True)
class Phrase:
    id: int
    kind: str
    text: str
    product_key: str = ""  # "" for every product
    group: str = ""  # "" for the default group
    position: int = 0


def kind_of(word: str) -> str | None:
    word = word.strip()
    return word if word in KINDS else _KIND_ALIASES.get(word)


def split_kind(line: str, default: str) -> tuple[str, str]:
    """"【逼单】最后50单" -> ("逼单", "最后50单"); a line without a known kind keeps the default."""
    m = _KIND_PREFIX.match(line)
    if m:
        kind = kind_of(m.group("a") or m.group("b") or "")
        if kind is not None:
            return kind, line[m.end():].strip()
    return default, line.strip()


def parse_bulk(lines: Iterable[str], default_kind: str) -> list[tuple[str, str]]:
    """Pasted text or a sheet column: (kind, text) per non-empty line, long lines cut to MAX_TEXT."""
    if default_kind not in KINDS:
        raise ValueError(f"unknown kind {default_kind!r}; one of {'、'.join(KINDS)}")
    out = []
    for raw in lines:
        for line in str(raw or "").splitlines():
            kind, text = split_kind(line, default_kind)
            text = " ".join(text.split())
            if text:
                out.append((kind, text[:MAX_TEXT]))
    return out


def column_lines(rows: Sequence[Sequence[object]], header_words: Sequence[str] = ("话术", "场控提示", "口播")
                 ) -> tuple[list[str], str | None]:
    """The cells under the first header that names 话术 (a sheet's 话术 / 场控提示 column), and that
    header. A row whose other cell names a kind (the 场控 word "逼单", "憋单") gets it as "【逼单】…"."""
    for r, row in enumerate(rows[:20]):
        for c, cell in enumerate(row):
            if isinstance(cell, str) and any(w in cell for w in header_words):
                out = []
                for x in rows[r + 1:]:
                    if c >= len(x) or x[c] in (None, ""):
                        continue
                    kind = next((k for k in (kind_of(str(v)) for i, v in enumerate(x) if i != c and v) if k), None)
                    out.append(f"【{kind}】{x[c]}" if kind else str(x[c]))
                return out, cell
    return [], None


def _yuan(fen: Any) -> str:
    value = int(fen) / 100
    return f"{value:.2f}".rstrip("0").rstrip(".")


def coupon_words(c: Mapping[str, Any]) -> str:
    if c.get("kind") == "percent":
        return f"{(100 - float(c.get('value', 0))) / 10:g}折券"
    value, threshold = _yuan(c.get("value", 0)), int(c.get("threshold") or 0)
    return f"满{_yuan(threshold)}减{value}" if threshold else f"{value}元券"


def _minutes(seconds: float) -> str:
    s = max(0, round(seconds))
    return f"{s // 60}分{s % 60:02d}秒" if s >= 60 else f"{s}秒"


def after_coupon(c: Mapping[str, Any], price: int) -> int:
    """The price in fen after coupon `c`: a percent coupon's value is the percent *off* (10: 9折), as
    `coupon.issue` takes it; never below nothing."""
    value = float(c.get("value") or 0)
    off = price * value / 100 if c.get("kind") == "percent" else value
    return max(0, round(price - off))


def _best_coupon(coupons: Sequence[Mapping[str, Any]], item_id: int, price: int) -> Mapping[str, Any] | None:
    usable = [c for c in coupons if c.get("status") == "active" and (not c.get("item_ids") or item_id in c["item_ids"])
              and int(c.get("threshold") or 0) <= price]
    return min(usable, key=lambda c: after_coupon(c, price)) if usable else None


def live_values(snap: Mapping[str, Any]) -> dict[str, str]:
    """The variables' values for the item on air (for the next item when none is on air yet)."""
    cur = snap.get("current") or snap.get("next")
    if not cur:
        return {}
    price, item_id = int(cur.get("live_price") or 0), int(cur["item_id"])
    left, _low = stock_left(snap, item_id)  # after the orders so far, as the host view says
    stock = left if left is not None else cur.get("stock")
    out = {"价格": _yuan(price) if price else "", "链接号": str(cur.get("cart_no") or ""),
           "库存": "" if stock is None else str(stock)}  # unknown: said as nothing
    final = price
    sale = snap.get("sale")
    coupon = _best_coupon(snap.get("coupons") or [], item_id, price)
    if coupon is not None:
        out["优惠券"] = coupon_words(coupon)
        final = after_coupon(coupon, price)
    if sale and sale.get("item_id") == item_id and sale.get("status") in ("countdown", "live"):
        final = int(sale.get("price") or final)
        out["库存"] = str(sale.get("remaining", out["库存"]))
        left = sale.get("countdown_left_s") if sale.get("status") == "countdown" else sale.get("time_left_s")
        out["倒计时"] = _minutes(float(left or 0))
    elif (snap.get("timer") or {}).get("phase") not in (None, "idle"):
        out["倒计时"] = _minutes(float(snap["timer"].get("remaining_s", 0)))
    if final != price:
        out["到手价"] = _yuan(final)
    elif price:
        out["到手价"] = _yuan(price)
    return {k: v for k, v in out.items() if v}


def fill(text: str, values: Mapping[str, str]) -> str:
    """{价格} etc. replaced by their values; a variable without one is left as written."""
    return _VAR.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def missing(text: str, values: Mapping[str, str]) -> list[str]:
    return [v for v in dict.fromkeys(_VAR.findall(text)) if v not in values]


def for_item(phrases: Iterable[Phrase], product_key: str | Collection[str], group: str = "",
             kind: str | None = None) -> list[Phrase]:
    """The lines for an item on air: its product's first (under any of its keys), then the ones for every
    product; one group."""
    keys = {product_key} if isinstance(product_key, str) else set(product_key)
    picked = [p for p in phrases if p.group == group and (p.product_key in keys or p.product_key == "")
              and (kind is None or p.kind == kind)]
    return sorted(picked, key=lambda p: (p.product_key == "", KINDS.index(p.kind) if p.kind in KINDS else 99,
                                         p.position, p.id))


def groups(phrases: Iterable[Phrase]) -> list[str]:
    return sorted({p.group for p in phrases})
