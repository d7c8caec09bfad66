"""The product library: every product seen in any show, with what the team learned about it.

One product is one key: the platform's product ID where the row has a usable one, else the
SKU / 货号, else the title normalised (brackets such as 【福袋同款】, punctuation, spaces and case
dropped); a 货号 seen with one product ID only is that ID's product (`sku_links`). The producer may
merge two keys (a product renamed, an ID added later); a merge maps one key into another and is
undone by removing it. Per product: shows, minutes on air, 返场 visits, comments and questions per
minute, orders, units, GMV, GMV per minute, conversion where a 罗盘 per-product export gave
exposure and clicks, fastest sell-out and the last price.

Pure: the database hands in one `Appearance` per run-sheet item of each show.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

_BRACKETS = re.compile(r"[【\[（(][^】\]）)]{0,20}[】\]）)]")
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


def usable_product_id(pid: str) -> bool:
    """A platform product ID as consoles print it: digits, long enough not to be a row number, and not
    one a spreadsheet rounded to 15 significant digits (3.72962E+18 typed back as 3729620000000000000,
    which the sheet import warns about): two products rounded alike would become one."""
    return pid.isdigit() and len(pid) >= 8 and not (len(pid) >= 16 and set(pid[15:]) == {"0"})


def normalise_title(title: str) -> str:
    text = unicodedata.normalize("NFKC", title)
    text = _BRACKETS.sub("", text)
    return _PUNCT.sub("", text).lower()


def product_key(product_id: str, sku: str, name: str) -> str:
    pid = product_id.strip()
    if usable_product_id(pid):
        return f"pid:{pid}"
    if sku.strip():
        return f"sku:{unicodedata.normalize('NFKC', sku).strip().upper()}"
    return f"name:{normalise_title(name) or name.strip()}"


def item_keys(product_id: str, sku: str, name: str) -> list[str]:
    """Every key a row could have been filed under, its own first: a sheet that adds the ID (or drops
    the 货号) later still names the product it named before."""
    keys = [product_key(product_id, sku, name), product_key("", sku, name), product_key("", "", name)]
    return list(dict.fromkeys(keys))


@dataclass(frozen=True)
class Appearance:
    """One run-sheet item of one show with its review figures (None: not on air / no data)."""

    show_id: int
    show_title: str
    show_ts: float  # when the show started (planned start or creation for a draft)
    status: str
    item_id: int
    name: str
    sku: str = ""
    product_id: str = ""
    live_price: int = 0  # fen
    list_price: int = 0
    talking_points: str = ""
    planned_min: float = 0.0
    minutes: float | None = None
    visits: int = 0
    comments: int = 0
    questions: int = 0
    orders: int | None = None
    units: int | None = None
    gmv: float | None = None  # yuan
    sellout_s: float | None = None
    exposure: int | None = None  # from the 罗盘 per-product export, when one was imported
    clicks: int | None = None
    console_units: int | None = None


def _add(a: float | None, b: float | None) -> float | None:
    return a if b is None else b if a is None else a + b


@dataclass
class Product:
    key: str
    name: str
    sku: str
    product_id: str
    merged: list[str] = field(default_factory=list)  # keys merged into this one
    history: list[Appearance] = field(default_factory=list)  # oldest show first

    @property
    def aired(self) -> list[Appearance]:
        return [a for a in self.history if a.minutes]

    @property
    def shows(self) -> int:
        return len({a.show_id for a in self.history})

    @property
    def minutes(self) -> float:
        return sum(a.minutes or 0.0 for a in self.history)

    @property
    def revisits(self) -> int:
        """返场: visits beyond the first in each show."""
        return sum(max(0, a.visits - 1) for a in self.history) + max(
            0, len(self.aired) - len({a.show_id for a in self.aired}))

    def total(self, name: str) -> float | None:
        out: float | None = None
        for a in self.history:
            out = _add(out, getattr(a, name))
        return out

    def per_minute(self, name: str) -> float | None:
        value = self.total(name)
        return None if value is None or self.minutes <= 0 else value / self.minutes

    @property
    def conversion(self) -> float | None:
        """Units sold per click over the shows a 罗盘 export covered, the export's own units (None without one)."""
        got = [a for a in self.history if a.clicks]
        clicks = sum(a.clicks or 0 for a in got)
        units = sum(a.console_units if a.console_units is not None else a.units or 0 for a in got)
        return None if not clicks else units / clicks

    @property
    def click_rate(self) -> float | None:
        got = [a for a in self.history if a.exposure]
        exposure = sum(a.exposure or 0 for a in got)
        return None if not exposure else sum(a.clicks or 0 for a in got) / exposure

    @property
    def sellout_s(self) -> float | None:
        times = [a.sellout_s for a in self.history if a.sellout_s is not None]
        return min(times) if times else None

    @property
    def last(self) -> Appearance:
        return self.history[-1]

    @property
    def learned_minutes(self) -> float | None:
        """Median minutes on air per show where it aired: what to plan next time."""
        per_show: dict[int, float] = {}
        for a in self.aired:
            per_show[a.show_id] = per_show.get(a.show_id, 0.0) + (a.minutes or 0.0)
        values = sorted(per_show.values())
        if not values:
            return None
        mid = len(values) // 2
        return round(values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2, 1)

    def row(self) -> dict[str, Any]:
        """The flat figures the CLI, the tab and the CSV show (money in yuan, None: no data)."""
        gmv_min = self.per_minute("gmv")
        last = self.last
        return {"key": self.key, "name": self.name, "sku": self.sku, "product_id": self.product_id,
                "shows": self.shows, "minutes": round(self.minutes, 1), "revisits": self.revisits,
                "comments_per_min": _r(self.per_minute("comments")),
                "questions_per_min": _r(self.per_minute("questions")),
                "orders": _i(self.total("orders")), "units": _i(self.total("units")), "gmv": _r(self.total("gmv")),
                "gmv_per_min": _r(gmv_min), "click_rate": _r(self.click_rate, 4), "conversion": _r(self.conversion, 4),
                "sellout_s": _r(self.sellout_s, 0), "last_price": last.live_price / 100,
                "last_show": last.show_title, "learned_min": self.learned_minutes, "merged": list(self.merged)}


def _r(v: float | None, n: int = 2) -> float | None:
    return None if v is None else round(v, n)


def _i(v: float | None) -> int | None:
    return None if v is None else int(v)


def resolve(key: str, merges: Mapping[str, str]) -> str:
    """Follow merges to the key a product is shown under (a cycle stops where it repeats)."""
    seen = {key}
    while key in merges and merges[key] not in seen:
        key = merges[key]
        seen.add(key)
    return key


def sku_links(rows: Iterable[tuple[str, str]], merges: Mapping[str, str]) -> dict[str, str]:
    """sku:… → pid:… for a 货号 seen with exactly one product ID (rows: (product_id, sku) of every
    item), so a sheet that gave only the 货号 files its row under the product the ID sheet named. A
    货号 seen with two IDs (two listings, colours, a relisting) links to neither: two IDs are never
    one product, and a guess would pour one listing's figures and 话术 into the other. The producer's
    own merges (`merges`) win: a 货号 they merged elsewhere, or an ID they merged into the 货号, stays so."""
    ids: dict[str, set[str]] = {}
    for pid, sku in rows:
        if sku.strip() and usable_product_id(pid.strip()):
            ids.setdefault(product_key("", sku, ""), set()).add(f"pid:{pid.strip()}")
    links = {}
    for key, pids in ids.items():
        into = next(iter(pids))
        if len(pids) == 1 and key not in merges and resolve(into, merges) != key:
            links[key] = into
    return links


def with_links(rows: Iterable[tuple[str, str]], merges: Mapping[str, str]) -> dict[str, str]:
    """The producer's merges plus the 货号 → ID links they leave open (see sku_links)."""
    return {**sku_links(rows, merges), **merges}


def build(appearances: Iterable[Appearance], merges: Mapping[str, str] | None = None) -> list[Product]:
    """The library, most recent product first. Name, SKU and ID are the newest appearance's. A row
    with only a 货号 joins the product an ID row with that 货号 is filed under (sku_links)."""
    seen = list(appearances)
    merges = with_links(((a.product_id, a.sku) for a in seen), merges or {})
    out: dict[str, Product] = {}
    for a in sorted(seen, key=lambda a: (a.show_ts, a.show_id, a.item_id)):
        own = product_key(a.product_id, a.sku, a.name)
        key = resolve(own, merges)
        p = out.get(key)
        if p is None:
            p = out[key] = Product(key, a.name, a.sku, a.product_id if usable_product_id(a.product_id) else "")
        p.history.append(a)
        if own == key or not any(product_key(h.product_id, h.sku, h.name) == key for h in p.history):
            p.name, p.sku = a.name, a.sku or p.sku  # a merged-in spelling never renames the product
            p.product_id = a.product_id if usable_product_id(a.product_id) else p.product_id
        if own != key and own not in p.merged:
            p.merged.append(own)
    return sorted(out.values(), key=lambda p: (-p.last.show_ts, p.name))


# ---- ranking candidates for the next show -----------------------------------------------------------------

RULES = {
    "gmv_per_min": "GMV per minute on air, all shows (products never on air last)",
    "trend": "GMV per minute in its latest show compared with its earlier shows (rising first)",
}


def _show_rate(p: Product, aired: Sequence[Appearance]) -> float | None:
    minutes = sum(a.minutes or 0.0 for a in aired)
    gmv = [a.gmv for a in aired if a.gmv is not None]
    return None if minutes <= 0 or not gmv else sum(gmv) / minutes


def trend(p: Product) -> float | None:
    """Latest show's GMV/min over the earlier shows' (1.0: steady); None with fewer than two shows."""
    shows = sorted({a.show_id: a.show_ts for a in p.aired}.items(), key=lambda kv: kv[1])
    if len(shows) < 2:
        return None
    latest = shows[-1][0]
    now = _show_rate(p, [a for a in p.aired if a.show_id == latest])
    before = _show_rate(p, [a for a in p.aired if a.show_id != latest])
    if now is None or not before:
        return None
    return now / before


def rank(products: Sequence[Product], rule: str) -> list[tuple[Product, float | None]]:
    """Candidates in the rule's order with the figure the rule used (None sorts last)."""
    if rule not in RULES:
        raise ValueError(f"unknown rank rule {rule!r}; one of {', '.join(RULES)}")
    score = (lambda p: p.per_minute("gmv")) if rule == "gmv_per_min" else trend
    scored = [(p, score(p)) for p in products]
    return sorted(scored, key=lambda ps: (ps[1] is None, -(ps[1] or 0.0), ps[0].name))


def compare(p: Product) -> list[dict[str, Any]]:
    """One row per show: the product across shows, side by side."""
    rows: dict[int, dict[str, Any]] = {}
    for a in p.history:
        r = rows.setdefault(a.show_id, {"show_id": a.show_id, "show": a.show_title, "ts": a.show_ts,
                                         "minutes": 0.0, "visits": 0, "comments": 0, "questions": 0,
                                         "orders": None, "units": None, "gmv": None, "price": a.live_price / 100})
        r["minutes"] += a.minutes or 0.0
        r["visits"] += a.visits
        r["comments"] += a.comments
        r["questions"] += a.questions
        for k in ("orders", "units", "gmv"):
            r[k] = _add(r[k], getattr(a, k))
    for r in rows.values():
        r["gmv_per_min"] = _r(r["gmv"] / r["minutes"]) if r["gmv"] is not None and r["minutes"] > 0 else None
        r["minutes"] = round(r["minutes"], 1)
    return list(rows.values())


def to_json(products: Sequence[Product]) -> list[dict[str, Any]]:
    return [p.row() | {"history": [asdict(a) for a in p.history]} for p in products]
