"""Cells of a product row that point elsewhere on the sheet: `同上` / `同前` / `〃` (the row above),
`同2号链接` (the row with cart number 2), and the title a merged cell left blank on a spec row of a
CSV export. Each filled cell is said in the row's warnings, except the blank title (its row says it
folded into the product above). Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, MutableMapping

from app.core.runsheet import Item
from app.core.sheet_items import has_product_data
from app.core.sheet_marks import is_ditto
from app.core.sheet_values import _fold, _text
from app.core.text import Message, note

_REF_RE = re.compile(r"^同\s*(\d+)\s*号(?:链接|宝贝)?")
Cells = tuple[MutableMapping[str, object], MutableMapping[str, str]]  # a row's values and their text
# What a merged cell over a product's spec rows covers: the product's own identity, never its specs.
IDENTITY = ("name", "cart_no", "product_id", "run_order")


def set_cell(cells: Cells, key: str, value: object) -> None:
    cells[0][key] = value
    cells[1][key] = _text(value)


def fill_references(cells: Cells, labels: Mapping[str, str], by_cart: Mapping[str, tuple[int, dict[str, object],
                                                                                         Item]],
                    last_values: Mapping[str, object], warn: Callable[[Message], None], is_revisit: bool) -> None:
    """`同上` / `同前` take the row above's value (a 返场 takes its product's, filled later);
    `同2号链接` takes the value of the row with cart number 2. `labels`: field -> the sheet's header."""
    for key, text in list(cells[1].items()):
        if key in ("name", "cart_no", "run_order") or not text:
            continue
        label = labels.get(key) or key  # the sheet's own header: `库存 "同2号链接": taken from row 7`
        ref = _REF_RE.match(_fold(text))
        if ref is not None:
            source = by_cart.get(ref.group(1))
            if source is None:
                warn(note('%1 "%2": no row with cart number %3 above; left empty', label, text, ref.group(1)))
                set_cell(cells, key, None)
            else:
                set_cell(cells, key, source[1].get(key))
                warn(note('%1 "%2": taken from row %3', label, text, source[0]))
        elif is_ditto(text):
            if is_revisit:
                set_cell(cells, key, None)  # the 返场 repeats its product: what it leaves empty comes from there
            elif last_values.get(key) is not None:
                set_cell(cells, key, last_values.get(key))
                warn(note('%1 "%2": taken from the row above', label, text))
            else:
                set_cell(cells, key, None)


def fill_blank_title(cells: Cells, last_values: Mapping[str, object] | None) -> bool:
    """A row with no title right under a product row, with a 规格 and a price or stock of its own, is
    that product's next spec: Google Sheets' and Excel's CSV leave a merged title (链接号, 商品名称)
    in its first row only. Its identity comes from the row above, as the merged cell meant; True if so."""
    values, text = cells
    if last_values is None or text.get("name") or not text.get("spec") or not has_product_data(
            {k: v for k, v in text.items() if k not in ("product_id", "sku", "cart_no")}):
        return False
    for key in IDENTITY:
        if text.get(key) and _text(last_values.get(key)) != text[key]:
            return False  # a link number or product ID of its own: not the row above's product
    for key in IDENTITY:
        if key in values or key in last_values:
            set_cell(cells, key, last_values.get(key))
    return bool(text.get("name"))
