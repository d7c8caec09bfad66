"""The words that mark a sheet row: withdrawn (已下架 / 淘汰 / ❌ / 是否上播 = 否), a ditto mark
(同上 / 〃), a totals row (合计 / Total). Each counts only where a team writes it as a mark: the
status column, the whole cell, a tag leading the title; never a word inside copy ("❌酒精" in 卖点,
"上次已下架的蓝色款" in 备注, "Pulled Pork", "Total Care Toothpaste"). Pure."""

from __future__ import annotations

import re

from app.core.sheet_values import _fold

# `合计` / `Total:` / `TOTAL (4 items)`: a totals row; "Total Care Toothpaste" is a product.
_TOTAL_RE = re.compile(r"\s*(?:合计|总计|小计|(?:grand\s*|sub\s*)?total\b(?!\s*[^\W\d_]))", re.IGNORECASE)
PULLED_WORDS = ("已撤品", "撤品", "已撤", "已下架", "下架", "淘汰", "pulled", "removed", "停播", "不上播", "取消", "❌")
NO_WORDS = ("否", "不", "no", "n", "false", "×", "✗", "✘", "❌", "0")  # 是否上播 = 否
_MARK = r"(?:已撤品|已撤|撤品|已下架|下架|淘汰|停播|不上播|pulled|removed)"
_LEAD_MARK = re.compile(r"[【\[(（]?\s*[❌×✗✘\s]*" + _MARK + r"?\s*[】\])）]?\s*[❌×✗✘\s]*", re.IGNORECASE)
_PULLED_TAG = re.compile(r"\s*[【\[(（]\s*(?:[❌×✗✘]\s*)?" + _MARK + r"\s*[】\])）]", re.IGNORECASE)
DITTO = ("同上", "同前", "同上一行", "ditto")
_DITTO_MARKS = re.compile(r"[〃\"＂”“'`]+")  # `"` alone is a ditto mark; `"一秒降温"——…` is a quote


def says_pulled(status: str) -> bool:
    """A status column's cell: 淘汰 / 已下架 / PULLED anywhere in it, or a plain no (是否上播 = 否)."""
    status = status.lower()
    return any(w in status for w in PULLED_WORDS) or _fold(status).strip("!！。. ") in NO_WORDS


def pulled_tag(name: str) -> int:
    """The length of a tag leading a title (`【已下架】旧款杯`), 0 when there is none."""
    tag = _PULLED_TAG.match(name)
    return tag.end() if tag else 0


def is_total(cell: str) -> bool:
    return _TOTAL_RE.match(cell) is not None


def marks_pulled(cell: str) -> bool:
    """The cell is the mark, perhaps with its reason after it (`已撤品（资质未过审）`, `下架：质检未过`)."""
    lead = _LEAD_MARK.match(cell.strip())
    consumed, rest = (lead.group(0), cell.strip()[lead.end():]) if lead else ("", cell)
    marked = re.search(_MARK, consumed, re.IGNORECASE) is not None or (not rest and "❌" in consumed)
    return marked and (not rest or rest[0] in "：:，,；;（(【[—-")


def is_ditto(text: str) -> bool:
    """Only a cell that is just a ditto mark (`同上`, `〃`, `"`) takes the row above's value."""
    folded = _fold(text).strip("。.，, ").lower()
    return folded in DITTO or _DITTO_MARKS.fullmatch(folded) is not None
