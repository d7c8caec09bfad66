"""A whole workbook → one import: the chosen product table read, the SKU detail sheet joined to
it, the marketing plan read as timed cues, the phrase sheet as host-message presets, and every
choice explained (which sheet, which header, why not the others). Pure."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz, process

from app.core.plan_cues import PlanCue
from app.core.products import parse_table
from app.core.runsheet import MAX_CUE_CHARS, MAX_CUE_OFFSET_S, Cue, Item
from app.core.sheet_header import header_key
from app.core.sheet_pick import Candidate, RawSheet, apply_merges, choose
from app.core.sheet_report import ImportFailed, ImportReport, NoHeader, RowError
from app.core.sheet_values import _text, cart_numbers, read_cart_no, read_int, read_minutes, read_product_id
from app.core.text import Message, note

KIND_WORDS = {"plan": "marketing plan", "phrases": "phrase list", "detail": "SKU detail", "products": "products"}


def _plan_kind(text: str) -> str:
    if any(w in text for w in ("福袋", "抽奖", "lottery", "giveaway")):
        return "lottery"
    if "券" in text or "coupon" in text.lower():
        return "coupon"
    if any(w in text for w in ("秒杀", "flash", "限时")):
        return "sale"
    return "other"


def _seconds(value: object) -> int | None:
    minutes = read_minutes(value)
    text = _text(value)
    if re.fullmatch(r"\d{1,2}:\d{2}:\d{2}", text):
        h, m, s = (int(p) for p in text.split(":"))
        return h * 3600 + m * 60 + s
    if minutes is None:
        return None
    if re.search(r"秒|s\b", text) and not re.search(r"分", text):
        return int(float(re.sub(r"[^\d.]", "", text) or 0))
    return int(minutes * 60)


def read_plan(rows: Sequence[tuple[int, Sequence[object]]], cand: Candidate) -> list[PlanCue]:
    """The marketing-plan sheet's rows (time, type, prize, 口令, countdown, quantity, link, owner)."""
    pos: dict[str, int] = {}
    for i, h in enumerate(cand.header):
        key = header_key(h)
        for name, words in (("at", ("时间",)), ("kind", ("类型",)), ("title", ("奖品", "名称", "内容")),
                            ("keyword", ("口令",)), ("duration", ("倒计时", "时长", "持续")),
                            ("quantity", ("数量", "人数", "张数")), ("cart", ("链接",)), ("owner", ("负责",))):
            if name not in pos and any(w in key for w in words):
                pos[name] = i
    out: list[PlanCue] = []
    for line, cells in rows[cand.start:]:
        def cell(name: str, cells: Sequence[object] = cells) -> object:
            return cells[pos[name]] if name in pos and pos[name] < len(cells) else None
        at = _seconds(cell("at"))
        if at is None or not _text(cell("kind")) + _text(cell("title")):
            continue
        count = re.search(r"\d+", _text(cell("quantity")))
        cart = read_cart_no(_text(cell("cart")).replace(",", "/"))[0] if _text(cell("cart")) else ""
        out.append(PlanCue(line, at, _plan_kind(_text(cell("kind")) + _text(cell("title"))), _text(cell("title")),
                           _text(cell("keyword")), _seconds(cell("duration")) or 0,
                           int(count.group(0)) if count else 0, cart, _text(cell("owner"))))
    return out


def read_phrases(rows: Sequence[tuple[int, Sequence[object]]], cand: Candidate) -> list[tuple[str, str]]:
    """口令 -> 场控屏显示文案 (what the host screen shows); the first text column after 口令 otherwise."""
    keys = [header_key(h) for h in cand.header]
    word = keys.index("口令") if "口令" in keys else 0
    shown = next((i for i, k in enumerate(keys) if "显示" in k or "场控屏" in k), word + 1)
    out = []
    for _line, cells in rows[cand.start:]:
        w = _text(cells[word]) if word < len(cells) else ""
        t = _text(cells[shown]) if shown < len(cells) else ""
        if w and t:
            out.append((w, t[:80]))
    return out


def place_cues(items: Sequence[Item], plan: Sequence[PlanCue], slots: Mapping[int, int]) -> list[Message]:
    """Each plan line becomes a cue of the item on air at its time: by the items' own time slots
    (`slots`: item index -> start second) when the sheet has them, else by planned minutes."""
    said: list[Message] = []
    starts: list[int] = []
    running = 0
    for i, item in enumerate(items):
        starts.append(slots.get(i, running))
        running = starts[i] + int(item.planned_min * 60)
    live = [i for i, item in enumerate(items) if not item.notes.startswith("【已撤品】")
            and (not slots or i in slots)] or list(range(len(items)))
    for cue in plan:
        inside = [i for i in live if starts[i] <= cue.at_s < starts[i] + items[i].planned_min * 60]
        after = [i for i in live if starts[i] > cue.at_s]
        index = inside[0] if inside else min(after, key=lambda i: starts[i]) if after else live[-1]
        item = items[index]
        offset = max(0, cue.at_s - starts[index])
        placed = Cue(min(offset, MAX_CUE_OFFSET_S), cue.cue_text()[:MAX_CUE_CHARS])
        item.cues = sorted([*item.cues, placed], key=lambda c: c.offset_s)
        said.append(note("plan row %1 (%2) is a cue of %3 at %4", cue.line, cue.cue_text(), item.name,
                         f"{offset // 60}:{offset % 60:02d}"))
    return said


def join_detail(report: ImportReport, rows: Sequence[tuple[int, Sequence[object]]], cand: Candidate) -> Message:
    """A SKU detail sheet (货号, 宝贝ID, per-SKU stock) joins the product list: grouped by product ID
    (else 货号, else cart number), matched by cart number, product ID or a fuzzy title; it fills an
    ID or 货号 the list left empty and gives the exact stock where the list wrote it as free text."""
    groups: dict[str, dict[str, object]] = {}
    pos = {f: p for p, f in cand.columns.items()}
    for _line, cells in rows[cand.start:]:
        def get(f: str, cells: Sequence[object] = cells) -> object:
            return cells[pos[f]] if f in pos and pos[f] < len(cells) else None
        pid = read_product_id(get("product_id"))[0] if _text(get("product_id")) else ""
        key = pid or _text(get("sku")) or _text(get("cart_no"))
        if not key:
            continue
        g = groups.setdefault(key, {"pid": pid, "sku": _text(get("sku")), "cart": read_cart_no(get("cart_no"))[0],
                                    "name": _text(get("name")), "stock": None, "rows": 0})
        count = None
        with contextlib.suppress(ValueError):
            count = read_int(get("stock"), "stock")[0]
        # the product's stock is the SKUs' sum only if every SKU row has a count: else unknown, never 0
        if count is None or (g["rows"] and g["stock"] is None):
            g["stock"] = None
        else:
            g["stock"] = count + int(str(g["stock"] or 0))
        g["rows"] = int(str(g["rows"])) + 1
    joined = 0
    for g in groups.values():
        item = _match(report.items, g)
        if item is None:
            continue
        joined += 1
        item.product_id = item.product_id or str(g["pid"])
        item.sku = item.sku or str(g["sku"])
        if g["stock"] is not None and (item.stock is None or _stock_was_guessed(report, item)):
            item.stock = int(str(g["stock"]))
            item.notes = "；".join(p for p in (item.notes, f"库存 {item.stock}（{g['rows']} 个SKU合计）") if p)
    return note('sheet "%1": SKU detail, %2 products in %3 SKU rows, %4 joined to the product list', cand.sheet,
                len(groups), sum(int(str(g["rows"])) for g in groups.values()), joined)


def _stock_was_guessed(report: ImportReport, item: Item) -> bool:
    index = report.items.index(item)
    imported = [r for r in report.rows if r.status == "imported"]
    row = imported[index] if index < len(imported) else None
    return row is not None and any("stock" in str(w) for w in row.warnings)


def _match(items: Sequence[Item], g: Mapping[str, object]) -> Item | None:
    firsts = [i for i in items if not i.notes.startswith("【返场】")]
    for i in firsts:
        if g["pid"] and i.product_id == g["pid"]:
            return i
    for i in firsts:
        if g["sku"] and i.sku == g["sku"]:
            return i
    for i in firsts:
        if g["cart"] and cart_numbers(i.cart_no) == cart_numbers(str(g["cart"])):
            return i
    if g["name"]:
        best = process.extractOne(str(g["name"]), [i.name for i in firsts], scorer=fuzz.partial_ratio,
                                  score_cutoff=80)
        if best is not None:
            return firsts[best[2]]
    return None


def import_book(sheets: Sequence[RawSheet], source: str, mapping: Mapping[str, str] | None = None,
                sheet: str | None = None, header_row: int | None = None,
                fixes: Mapping[tuple[int, str], str] | None = None) -> ImportReport:
    """The product list of a workbook with the rest of it read for what it is (see module doc)."""
    rows = {s.name: apply_merges(s) for s in sheets}
    shown = [s for s in sheets if not s.hidden] if sheet is None else list(sheets)
    hidden_rows = {s.name: {line for line, mark in s.marks.items() if mark == "hidden"} for s in sheets}
    chosen, others = choose([(s.name, rows[s.name]) for s in shown], mapping, sheet, header_row, hidden_rows)
    if chosen is None and len(shown) < len(sheets):  # only a hidden sheet holds products: read it, and say so
        chosen, others = choose([(s.name, rows[s.name]) for s in sheets], mapping, sheet, header_row, hidden_rows)
    if sheet is not None and sheet not in rows:
        raise ImportFailed(source, [RowError(1, note('no sheet "%1" (the sheets: %2)', sheet, ", ".join(rows)))])
    if chosen is None:
        raise _no_products(source, sheets, rows, others, mapping)
    raw = next(s for s in sheets if s.name == chosen.sheet)
    report = parse_table(rows[chosen.sheet], mapping, source, strict=False,
                         at=(chosen.start, chosen.header), marks=raw.marks, links=raw.links, fixes=fixes,
                         formulas=raw.formulas)
    report.sheet = chosen.sheet
    report.other_sheets = [s.name for s in sheets if s.name != chosen.sheet]
    if len(sheets) > 1:
        report.explained = [note('sheet "%1": %2 known columns, %3 product rows (chosen)', chosen.sheet,
                                 len(chosen.columns), len(report.items))]
    for cand in others:
        report.explained.append(_read_other(report, rows[cand.sheet], cand, chosen.score))
    hidden = {s.name for s in sheets if s.hidden}
    if chosen.sheet in hidden:
        report.explained.append(note('sheet "%1" is hidden in the workbook; read because no visible sheet has '
                                     "products", chosen.sheet))
    for name in report.other_sheets:
        if name in hidden and name not in {c.sheet for c in others}:
            report.explained.append(note('sheet "%1" is hidden in the workbook; not read (use --sheet to choose it)',
                                         name))
        elif name not in {c.sheet for c in others}:
            report.explained.append(note('sheet "%1": no header found; not read', name))
    report.loud.extend(_missing_columns(chosen, report.items))
    if raw.formulas:  # a price, stock or cart number among them is named on its row
        report.loud.append(note('%1 cells of sheet "%2" are formulas with no saved result: open and save the file '
                                "in Excel/WPS, then import again", len(raw.formulas), raw.name))
    if report.plan:
        report.explained.extend(place_cues(report.items, report.plan, _slot_starts(report, rows[chosen.sheet],
                                                                                   chosen)))
    return report


def _slot_starts(report: ImportReport, rows: Sequence[tuple[int, Sequence[object]]], cand: Candidate
                 ) -> dict[int, int]:
    """Item index -> second into the show, from a slot column written as time into the show
    (`00:07:40-00:24:00`); clock times (19:40) say nothing about the plan's offsets."""
    pos = next((p for p, f in cand.columns.items() if f == "slot"), None)
    if pos is None:
        return {}
    cells = {line: c for line, c in rows}
    out = {}
    for index, line in enumerate(report.item_lines):
        m = re.match(r"\s*(\d{1,2}):(\d{2}):(\d{2})\s*[-~～—至]", _text(cells.get(line, [])[pos]
                                                                        if pos < len(cells.get(line, [])) else ""))
        if m:
            out[index] = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
    return out


def _read_other(report: ImportReport, rows: Sequence[tuple[int, Sequence[object]]], cand: Candidate,
                best: float) -> Message:
    if cand.kind == "plan":
        plan = read_plan(rows, cand)
        report.plan.extend(plan)
        return note('sheet "%1": the marketing plan, %2 timed cues (福袋 / 发券 / 秒杀)', cand.sheet, len(plan))
    if cand.kind == "phrases":
        phrases = read_phrases(rows, cand)
        report.phrases.extend(phrases)
        return note('sheet "%1": the phrase list, %2 host-message presets', cand.sheet, len(phrases))
    if cand.kind == "detail":
        return join_detail(report, rows, cand)
    return note('sheet "%1": %2 known columns, header on row %3, scored %4 against %5; not the product list '
                "(use --sheet to choose it)", cand.sheet, len(cand.columns), cand.header_line, f"{cand.score:.0f}",
                f"{best:.0f}")


CONSOLE_WORDS = ("曝光人数", "点击人数", "成交金额", "成交件数", "成交订单数", "转化率", "退款", "gmv")


def _missing_columns(cand: Candidate, items: Sequence[Item]) -> list[Message]:
    """File-level warnings: a console export, no price or stock column, or price columns with no
    price in any row (an export whose price columns were not recognised must never pass silently)."""
    fields = set(cand.columns.values())
    loud: list[Message] = []
    said = [_text(h) for h in cand.header if any(w in _text(h).lower() for w in CONSOLE_WORDS)]
    if len(said) >= 3:
        loud.append(note("this looks like a post-show console export (%1 …), not a run-sheet: for sales figures "
                         "use the Sales tab's console import", ", ".join(said[:3])))
    if not fields & {"live_price", "list_price", "coupon_price"}:
        loud.append(note("no price column found: every price is 0.00; map the price column or fix the header"))
    elif items and not any(i.live_price or i.list_price or i.coupon_price for i in items):
        priced = [_text(cand.header[p]) for p, f in cand.columns.items() if f in ("live_price", "list_price")]
        loud.append(note("no row has a price (columns read: %1): every price is 0.00; map the price column or fix "
                         "the sheet", ", ".join(priced)))
    if "stock" not in fields:
        loud.append(note("no stock column found: the stock of every product is left empty (not known)"))
    return loud


def _no_products(source: str, sheets: Sequence[RawSheet], rows: Mapping[str, list[tuple[int, list[object]]]],
                 others: Sequence[Candidate], mapping: Mapping[str, str] | None) -> ImportFailed:
    from app.core.sheet_header import header_candidates

    said = "; ".join(f'"{c.sheet}": {KIND_WORDS[c.kind]}' for c in others)
    first = next((s for s in sheets if rows[s.name]), None)
    found = header_candidates(rows[first.name]) if first else []
    why = note("no header row with a product title column (商品标题 / 商品名称 / 品名 / name) in the first rows; "
               "the likeliest header reads %1 (the app maps such columns by hand)", " | ".join(found)) if found \
        else note("no header row with a product title column (商品标题 / 商品名称 / 品名 / name) in the first rows")
    errors = [RowError(1, note('sheet "%1": %2', first.name, why) if first and len(sheets) > 1 else why)]
    if said:
        errors.append(RowError(1, note("sheets read: %1", said)))
    return NoHeader(source, errors, found)
