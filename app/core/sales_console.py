"""The platform console's per-product export after the show (商品曝光人数 … 退款订单数), joined to
the run-sheet by product ID, for the review's exposure → click → pay funnel. Pure: no Qt, no IO."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.changes import Change
from app.core.events import Event
from app.core.reducers import register
from app.core.sales import SaleItem, usable_id
from app.core.sheet_header import header_key
from app.core.sheet_values import read_int, read_price, read_product_id
from app.core.show import ShowState
from app.core.text import BadValue

CONSOLE_FIELDS: dict[str, tuple[str, ...]] = {
    "product_id": ("商品id", "宝贝id", "promotion_id", "product_id", "商品编号"),
    "title": ("商品名称", "商品标题", "商品", "宝贝名称", "title"),
    "exposure": ("商品曝光人数", "曝光人数", "商品曝光次数", "曝光次数", "曝光"),
    "clicks": ("商品点击人数", "点击人数", "商品点击次数", "点击次数", "点击"),
    "units": ("累计成交件数", "成交件数", "成交商品件数", "销量"),
    "gmv": ("累计成交金额", "成交金额", "成交额", "gmv"),
    "unpaid": ("未支付订单数", "未支付订单", "压单数", "未付款订单数"),
    "refunds": ("退款订单数", "退款订单", "退款数"),
    "buyers": ("成交人数", "累计成交人数", "成交用户数"),
}
_CONSOLE_LOOKUP = {header_key(a): k for k, aliases in CONSOLE_FIELDS.items() for a in aliases}


@dataclass
class ConsoleImport:
    """The console export, row by row, joined to the run-sheet by product ID."""

    rows: list[dict[str, Any]] = field(default_factory=list)  # matched: item_id and the figures
    unmatched: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_console_export(rows: Sequence[tuple[int, Sequence[object]]], items: Sequence[SaleItem]) -> ConsoleImport:
    """Per-product figures from the console's export (header found under any title rows). Raises
    ValueError when no product ID column is found: without it nothing can be joined."""
    best: tuple[int, dict[int, str]] | None = None
    for i, (_line, row) in enumerate(rows[:40]):
        cols = {p: _CONSOLE_LOOKUP[header_key(c)] for p, c in enumerate(row) if header_key(c) in _CONSOLE_LOOKUP}
        if "product_id" in cols.values() and (best is None or len(cols) > len(best[1])):
            best = (i, cols)
    if best is None:
        raise BadValue("no product ID column (商品ID) in the console export")
    start, cols = best
    by_pid = {it.product_id: it for it in items if usable_id(it.product_id)}
    out = ConsoleImport()
    for line, row in rows[start + 1:]:
        values = {f: row[p] if p < len(row) else None for p, f in cols.items()}
        pid, _note = read_product_id(values.get("product_id"))
        if not pid:
            continue
        rec: dict[str, Any] = {"product_id": pid, "title": str(values.get("title") or "")}
        for key in ("exposure", "clicks", "units", "unpaid", "refunds", "buyers"):
            try:
                n, _ = read_int(values.get(key), key) if values.get(key) not in (None, "") else (None, None)
            except ValueError:
                out.warnings.append(f'{line}: {key} "{values.get(key)}" is not a number')
                n = None
            rec[key] = n
        try:
            rec["gmv"] = read_price(values["gmv"])[0] if values.get("gmv") not in (None, "") else None
        except ValueError:
            out.warnings.append(f'{line}: gmv "{values.get("gmv")}" is not an amount')
            rec["gmv"] = None
        exposure, clicks, units = rec["exposure"], rec["clicks"], rec["units"]
        rec["click_rate"] = round(clicks / exposure, 4) if exposure and clicks is not None else None
        rec["pay_rate"] = round(units / clicks, 4) if clicks and units is not None else None
        item = by_pid.get(pid)
        if item is None:
            out.unmatched.append(rec)
            out.warnings.append(f"{line}: product ID {pid} is not on the run-sheet")
        else:
            rec["item_id"] = item.item_id
            out.rows.append(rec)
    return out


def funnel(console: Mapping[str, Any] | None) -> dict[int, dict[str, Any]]:
    """item_id -> exposure, clicks, units, gmv, rates: what the review draws per product."""
    if not console:
        return {}
    return {int(r["item_id"]): r for r in console.get("rows", [])}


CONSOLE_IMPORTED = "console_imported"


def console_records(rows: Sequence[tuple[int, Sequence[object]]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The export's per-product records (product_id, title and the figures), and warnings; what the
    `sales.console` command takes. Raises ValueError without a product ID column."""
    got = parse_console_export(rows, [])
    return [{k: v for k, v in r.items() if k != "item_id"} for r in got.unmatched], \
        [w for w in got.warnings if "not on the run-sheet" not in w]


def join_console(records: Iterable[Mapping[str, Any]], items: Sequence[SaleItem]) -> ConsoleImport:
    """Records joined to the run-sheet by product ID (a 返场 shares its product's figures: first item)."""
    by_pid: dict[str, int] = {}
    for it in items:
        if usable_id(it.product_id):
            by_pid.setdefault(it.product_id, it.item_id)
    out = ConsoleImport()
    for r in records:
        rec = dict(r)
        pid = str(rec.get("product_id") or "")
        if pid in by_pid:
            rec["item_id"] = by_pid[pid]
            out.rows.append(rec)
        else:
            out.unmatched.append(rec)
    return out


def _console_imported(state: ShowState, e: Event) -> None:
    state.extra["console"] = {"file": e.data.get("file", ""), "rows": list(e.data.get("rows", [])),
                              "unmatched": list(e.data.get("unmatched", []))}


register(CONSOLE_IMPORTED, _console_imported, Change.CONSOLE)
