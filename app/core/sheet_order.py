"""The run order a producer types in a 序号 / 排序 column: numbers (`1`, `2.5` for a 加播 between 2
and 3), sub-numbers (`2-1` after 2), and the odd word (`返场`, `加播`). One word never drops the order of
the numbered rows. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.sheet_values import _fold
from app.core.text import Note, note

_ORDER_RE = re.compile(r"(\d+(?:\.\d+)?)(?:\s*[-—–_/]\s*(\d+))?")


def order_key(text: str) -> tuple[float, int] | None:
    """`3` -> (3, 0), `2.5` -> (2.5, 0), `2-1` -> (2, 1) (after 2, before 2.5 and 3); None for a word."""
    m = _ORDER_RE.fullmatch(_fold(text).strip())
    return (float(m.group(1)), int(m.group(2) or 0)) if m else None


def run_order(typed: Sequence[str]) -> tuple[list[int], dict[int, Note]]:
    """(the indexes of `typed` (one entry per item, in sheet order) in run order, warnings by index).
    Numbered items go by their numbers (equal numbers keep sheet order); an item without a number
    goes right after the highest-numbered item above it on the sheet (a 返场 at the bottom stays
    last; one above every number goes first), named in a warning. With no number at all, or
    numbers that repeat, the sheet order stands (such a column is not a run order)."""
    keys = [order_key(t) for t in typed]
    numbered = [k for k in keys if k is not None]
    if not numbered or len(set(numbered)) < len(numbered):
        return list(range(len(typed))), {}
    placed: list[tuple[tuple[float, int], int, int]] = []  # (anchor key, 0 numbered / 1 after it, index)
    said: dict[int, Note] = {}
    highest: tuple[float, int] | None = None
    for index, key in enumerate(keys):
        if key is not None:
            placed.append((key, 0, index))
            highest = key if highest is None or key > highest else highest
            continue
        anchor = highest if highest is not None else (float("-inf"), 0)
        placed.append((anchor, 1, index))
        if typed[index].strip():
            said[index] = (note('run order "%1" is not a number: placed after run order %2 (the highest above it)',
                                typed[index], _shown(highest)) if highest is not None else
                           note('run order "%1" is not a number: placed first (no number above it)', typed[index]))
    return [index for _key, _after, index in sorted(placed)], said


def _shown(key: tuple[float, int]) -> str:
    number = f"{key[0]:g}"
    return f"{number}-{key[1]}" if key[1] else number
