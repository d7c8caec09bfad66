"""One product row of a sheet → an Item, with the row's warnings; and the two ways rows combine (a
返场 repeats its product, a product written on two spec rows becomes one item). Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import time, timedelta

from app.core.runsheet import (
    ITEM_TEXT_LIMITS,
    MAX_CUE_CHARS,
    MAX_CUE_OFFSET_S,
    MAX_MINUTES,
    MIN_MINUTES,
    Cue,
    Item,
    format_price,
    parse_cues,
)
from app.core.sheet_header import TypedHms
from app.core.sheet_report import RowError
from app.core.sheet_values import (
    _text,
    clock_time,
    id_from_url,
    read_cart_no,
    read_commission,
    read_int,
    read_minutes,
    read_price,
    read_product_id,
    split_coupon,
)
from app.core.text import Message, Note, message_of, note

NOT_A_ROLE = ("讲品", "讲解", "过款", "返场")  # 环节 words that say nothing about the product

Warn = Callable[[Message], None]


def join(a: str, b: str, sep: str = " ") -> str:
    return sep.join(p for p in (a, b) if p)


PRICES = ("list_price", "live_price", "coupon_price")
UNSAVED = "%1 is a formula with no saved result: open and save the file in Excel/WPS, then import again"


def unsaved_cells(line: int, unsaved: Mapping[str, tuple[str, str]], warn: Warn) -> list[RowError]:
    """Cells that are formulas the file holds without their result (written by a program that does not
    calculate: openpyxl, some web exporters) read as empty. A price left empty would become the list
    price or ¥0 on air: the row is a problem to retype (the formula shown). Other cells stay empty, said."""
    errors = []
    for key, (label, formula) in unsaved.items():
        if key in PRICES:
            errors.append(RowError(line, note(UNSAVED, label), key, formula))
        else:
            warn(note(UNSAVED, label))
    return errors


def has_product_data(text: Mapping[str, str]) -> bool:
    """Does the row carry what only a product has (an ID, a price, stock, a cart number)?"""
    digits = {k: bool(re.search(r"\d", text.get(k, ""))) for k in ("list_price", "live_price", "stock")}
    cart = text.get("cart_no", "")
    return (len(re.sub(r"\D", "", text.get("product_id", ""))) >= 6 or bool(text.get("sku"))
            or any(digits.values()) or (bool(cart) and read_cart_no(cart)[1] is None))


def read_item(line: int, values: Mapping[str, object], text: Mapping[str, str], warn: Warn
              ) -> tuple[list[RowError], Item]:
    """The row's item, and the real errors of its money and stock (the caller decides what they mean)."""
    errors: list[RowError] = []
    item = Item(name=text.get("name", ""), sku=text.get("sku", ""))
    price_notes = _prices(line, values, text, item, errors, warn)
    price_notes += _stock(line, values, text, item, errors, warn)
    _minutes(values, text, item, warn)
    _ids(values, text, item, warn)
    _words(values, text, item, price_notes, warn)
    for key, limit in ITEM_TEXT_LIMITS.items():  # what runsheet.add takes; a product ID that long is no ID
        value = getattr(item, key)
        if len(value) > limit:
            warn(note("%1 is longer than %2 characters; cut", key, limit))
            setattr(item, key, "" if key == "product_id" else value[:limit])
    return errors, item


def _prices(line: int, values: Mapping[str, object], text: Mapping[str, str], item: Item, errors: list[RowError],
            warn: Warn) -> list[str]:
    """List and live price; a price written as a range, several or with a coupon keeps its text."""
    kept: list[str] = []
    for key, label in (("list_price", "list price"), ("live_price", "live price")):
        if not text.get(key):
            continue
        try:
            fen, said = read_price(split_coupon(values[key])[0])
        except ValueError as exc:
            errors.append(RowError(line, message_of(exc), key, text[key]))
            continue
        if fen is None:
            if said:
                warn(said)
            continue
        setattr(item, key, fen)
        if isinstance(said, Note):  # thousands spaced in one number: said, nothing more to keep
            warn(note(label + ' "%1" read as %2 (spaces between its thousands)', text[key], said.args[1]))
        elif said:
            kept.append(f"{'直播价' if key == 'live_price' else '日常价'} {text[key]}")
            if str(said) != text[key] or not split_coupon(values[key])[1]:
                warn(note(label + ' "%1": %2 used (the lowest)', said, f"{fen // 100}.{fen % 100:02d}"))
    _coupon(values, text, item, kept, warn)
    if item.live_price and item.coupon_price == item.live_price:
        item.coupon_price = 0  # 到手价 = 直播价: no coupon on this row (优惠券 无), nothing more to say
    if not text.get("live_price") or (item.live_price == 0 and item.list_price):
        item.live_price = item.coupon_price if not text.get("live_price") and item.coupon_price else item.list_price
    if text.get("list_price") and item.live_price > item.list_price:
        warn(note("the live price is above the list price"))
    return kept


def _coupon(values: Mapping[str, object], text: Mapping[str, str], item: Item, kept: list[str], warn: Warn
            ) -> None:
    """The after-coupon price: its own column (券后价), or inside a price (`¥259（券后219）`)."""
    if text.get("coupon_price"):
        try:
            fen, said = read_price(values["coupon_price"])
        except ValueError as exc:
            warn(message_of(exc))
            fen = None
        item.coupon_price = fen or 0
        if said and not isinstance(said, Note):
            kept.append(f"券后 {text['coupon_price']}")  # the cell said more than the price
    for key in ("live_price", "list_price"):
        found = split_coupon(values.get(key))[1] if text.get(key) else None
        if found is not None and not item.coupon_price:
            item.coupon_price = found


def _stock(line: int, values: Mapping[str, object], text: Mapping[str, str], item: Item, errors: list[RowError],
           warn: Warn) -> list[str]:
    """Stock as a count; None (not known) when the cell is blank or says no count (不限, 有货, 库存紧张),
    0 only for a real sold-out (售罄, 无货, 0). Words are kept in the notes as written."""
    if not text.get("stock"):
        return []
    try:
        stock, said = read_int(values["stock"], "stock")
    except ValueError as exc:
        errors.append(RowError(line, message_of(exc), "stock", text["stock"]))
        return []
    if stock is not None:
        item.stock = stock
    if said:
        warn(said)
    shown = text["stock"] if text["stock"].startswith("库存") else f"库存：{text['stock']}"
    return [shown] if said and not stock else []


def _minutes(values: Mapping[str, object], text: Mapping[str, str], item: Item, warn: Warn) -> None:
    """A duration column wins over a time slot; a start time alone waits for the next row's start."""
    for key in ("slot", "timing"):
        if not text.get(key) or (key == "slot" and text.get("timing")):
            continue
        start = clock_time(values[key]) if key == "slot" else None
        if start is not None:
            end = clock_time(values.get("slot_end"))
            if end is None:
                continue
            minutes: float | None = ((end - start) % (24 * 3600)) / 60
        else:
            minutes = read_minutes(values[key])
            minutes = _typed_mm_ss(values[key], text[key], minutes, warn) if key == "timing" else minutes
        if minutes is None:
            warn(note('minutes "%1" is not a duration; %2 kept', text[key], f"{item.planned_min:g}"))
        elif not MIN_MINUTES <= minutes <= MAX_MINUTES:
            warn(note('minutes "%1" must be between %2 and %3; %4 kept', text[key], f"{MIN_MINUTES:g}",
                      f"{MAX_MINUTES:g}", f"{item.planned_min:g}"))
        else:
            item.planned_min = round(minutes, 2)


def _typed_mm_ss(value: object, written: str, minutes: float | None, warn: Warn) -> float | None:
    """`0:50` / `3:30` typed into a minutes column is minutes:seconds whatever its size (no one types
    a 90-minute product as 1:30): Excel stores 00:50:00 (shown h:mm), a CSV keeps the text, and both
    read 0.83 minutes, said every time. Typed with its seconds (`1:05:00`, TypedHms) it is hours."""
    if minutes is None or isinstance(value, TypedHms):
        return minutes
    if isinstance(value, time | timedelta):
        if minutes % 1:  # seconds of its own: a result (end - start), never typed as m:ss
            return minutes
        written = f"{int(minutes // 60)}:{int(minutes % 60):02d}"  # as the cell shows it
        minutes /= 60  # 00:50:00 = 50 minutes -> 50 seconds
    elif not re.fullmatch(r"\s*\d{1,2}\s*[:：]\s*\d{2}\s*", written):  # read_minutes reads `0:50` as m:ss
        return minutes
    warn(note('minutes "%1" read as %2 minutes (minutes:seconds, not hours:minutes)', written,
              f"{round(minutes, 2):g}"))
    return minutes


def _ids(values: Mapping[str, object], text: Mapping[str, str], item: Item, warn: Warn) -> None:
    """Product ID, cart link number and product URL (a URL in the link-number column is the URL)."""
    if text.get("product_id"):
        item.product_id, said = read_product_id(values["product_id"])
        if said:
            warn(said)
    cart = text.get("cart_no", "")
    if cart.lower().startswith(("http://", "https://")):
        item.link = cart
    elif cart:
        item.cart_no, said = read_cart_no(values["cart_no"])
        if said:
            warn(said)
    link = _text(values.get("link"))
    if link.lower().startswith(("http://", "https://", "www.")):
        item.link = link
    elif link:
        warn(note('link "%1" has no address (a hyperlink this file format does not keep?); left empty', link))
    if not item.product_id and id_from_url(item.link):
        item.product_id = id_from_url(item.link)
        warn(note("product ID %1 taken from the product link", item.product_id))


def _words(values: Mapping[str, object], text: Mapping[str, str], item: Item, price_notes: list[str],
           warn: Warn) -> None:
    """Talking points (the offer first), notes (spec, role, commission, prices as written), cues."""
    offer = text.get("offer", "")
    item.talking_points = join(f"机制：{offer}" if offer else "", text.get("talking_points", ""), "\n")
    notes: list[str] = []
    if text.get("spec"):
        notes.append(f"规格：{text['spec']}")
    if text.get("role") and text["role"] not in NOT_A_ROLE:
        notes.append(f"定位：{text['role']}")
    if text.get("commission"):
        rate = read_commission(values["commission"])
        if rate is None:
            warn(note('commission "%1" is not a rate', text["commission"]))
        else:
            notes.append(f"佣金 {rate:g}%")
    notes.extend(price_notes)
    if text.get("coupon") and text["coupon"] not in ("无", "-", "/", "—", "none", "n/a"):
        notes.append(f"优惠券：{text['coupon']}")  # the host says the coupon; its numbers are never a price
    if text.get("notes"):
        notes.append(text["notes"])
    item.notes = "；".join(notes)
    if text.get("cues"):
        item.cues = _cues(text["cues"], warn)


def _cues(written: str, warn: Warn) -> list[Cue]:
    """The row's cues as runsheet.add takes them: one too long is cut, one too late left out; each said."""
    try:
        cues = parse_cues(written)
    except ValueError as exc:
        warn(message_of(exc))
        return []
    kept = []
    for cue in cues:
        if cue.offset_s > MAX_CUE_OFFSET_S:
            warn(note('cue "%1" is more than %2 hours into the product; left out', str(cue), MAX_CUE_OFFSET_S // 3600))
        elif len(cue.text) > MAX_CUE_CHARS:
            warn(note('cue "%1…" is longer than %2 characters; cut', cue.text[:20], MAX_CUE_CHARS))
            kept.append(replace(cue, text=cue.text[:MAX_CUE_CHARS]))
        else:
            kept.append(cue)
    return kept


def _priced_specs(notes: str, fen: int) -> str:
    """`规格：L` -> `规格：L ¥69`: which spec costs what, once the specs' prices differ."""
    return "；".join(f"{p} {format_price(fen)}" if p.startswith("规格：") and "¥" not in p else p
                    for p in notes.split("；"))


def continues(last: Item, item: Item, spec: str, sku_per_spec: bool = False) -> bool:
    """Is a row under the same title more of the product above (a spec row, a row of more 卖点)?
    One title is often sold as two products (adult and kids' sizes, two colours), each with its own
    货号 and price: a row sharing the above's cart number or product ID is the same link, whatever
    its 货号; otherwise its own 货号, its own link, or its own price without a spec makes it its own.
    But where the code column is a SKU code (`sku_per_spec`: SKU编码, SellerSKU), every spec has its
    own, so a row of a spec the product above lacks is that product's, whatever its code; as it is where
    the codes differ only in a last part naming the spec (CT-01-S, CT-01-M)."""
    if last.name != item.name or item.product_id not in ("", last.product_id) or item.cart_no not in ("",
                                                                                                  last.cart_no):
        return False
    if item.product_id or item.cart_no:
        return True
    new_spec = bool(spec) and f"规格：{spec}" not in last.notes.split("；")
    if new_spec and (sku_per_spec or _spec_codes(last.sku, item.sku, spec)):
        return True
    own_price = bool(item.live_price and last.live_price and item.live_price != last.live_price)
    return not ((item.sku and last.sku and item.sku != last.sku) or item.link not in ("", last.link)
                or (own_price and not spec))


def _spec_codes(above: str, code: str, spec: str) -> bool:
    """Are two codes one product's, per spec: the same stem, and this one's last part names its spec
    (CT-01-S, CT-01-M for S, M; not FS-P01, FS-K02 for 成人款, 儿童款)?"""
    a, b = re.split(r"[-_./]", above), re.split(r"[-_./]", code)
    words = {w for w in re.split(r"[\s/·,，、]+", spec.lower()) if w}
    return len(a) > 1 and len(b) > 1 and a[:-1] == b[:-1] and b[-1].lower() in words


def fold_spec(into: Item, other: Item, warn: Warn | None = None, line: int = 0) -> None:
    """A product written on two rows (one per spec): one item, stock summed, the lower price. Specs at
    different prices each keep theirs in the notes, and the row says so (never lost silently)."""
    if other.live_price and into.live_price and other.live_price != into.live_price:
        into.notes, other.notes = _priced_specs(into.notes, into.live_price), _priced_specs(other.notes,
                                                                                              other.live_price)
        if warn is not None:
            warn(note("this spec costs %1, the one on row %2 %3: the lowest is the live price; each spec's "
                      "price is in the notes", format_price(other.live_price), line, format_price(into.live_price)))
    _add_stock(into, other, warn)
    for key in ("live_price", "list_price"):
        prices = [p for p in (getattr(into, key), getattr(other, key)) if p]
        setattr(into, key, min(prices) if prices else 0)
    extra = "；".join(p for p in other.notes.split("；") if p and p not in into.notes.split("；"))
    into.notes = join(into.notes, extra, "；")
    if other.talking_points not in into.talking_points:  # a continuation row's 卖点 are more of the same
        into.talking_points = join(into.talking_points, other.talking_points, "\n")
    into.sku = into.sku or other.sku


STOCK_PART_KNOWN = "the stock of some specs is not known: the item's stock is left empty, not their sum"


def _add_stock(into: Item, other: Item, warn: Warn | None) -> None:
    """The specs' counts summed, only if every spec's is known: a partial sum would show 售罄 (0 + a
    blank) or a low-stock alarm (充足 + 5) on air. A continuation row (no price, no spec: more 卖点) has
    no count of its own and leaves the sum as it is."""
    own_row = bool(other.live_price or other.list_price or any(p.startswith("规格：") for p in other.notes.split("；")))
    if other.stock is None and not own_row:
        return
    if into.stock is None or other.stock is None:
        if warn is not None and (into.stock is not None or other.stock is not None):
            warn(note(STOCK_PART_KNOWN))
        into.stock = None
        return
    into.stock += other.stock


def revisit(original: Item, row: Item) -> Item:
    """A 返场 row repeats its product: what the row leaves empty comes from the first appearance."""
    defaults = Item(name="")
    merged = replace(original, cues=list(original.cues), notes="", cart_no=row.cart_no or "", id=None)
    for name in ("sku", "product_id", "list_price", "live_price", "stock", "talking_points", "link"):
        value = getattr(row, name)
        if value != getattr(defaults, name):
            setattr(merged, name, value)
    merged.planned_min = row.planned_min
    merged.notes = row.notes
    merged.cues = row.cues or merged.cues
    return merged
