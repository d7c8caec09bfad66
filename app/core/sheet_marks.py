"""The words that mark a sheet row: withdrawn (已下架 / 淘汰 / ❌ / 是否上播 = 否), a ditto mark
(同上 / 〃), a totals row (合计 / Total), a platform template's rows under its header. Each counts
only where a team writes it as a mark: the status column, the whole cell, a tag leading the title;
never a word inside copy ("❌酒精" in 卖点, "上次已下架的蓝色款" in 备注, "Pulled Pork", "Total Care
Toothpaste"). Pure."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from app.core.sheet_values import _fold, _is_placeholder
from app.core.text import Note, note

# `合计` / `Total:` / `TOTAL (4 items)`: a totals row; "Total Care Toothpaste" is a product.
_TOTAL_RE = re.compile(r"\s*(?:合计|总计|小计|(?:grand\s*|sub\s*)?total\b(?!\s*[^\W\d_]))", re.IGNORECASE)
PULLED_WORDS = ("已撤品", "撤品", "已撤", "已下架", "下架", "淘汰", "pulled", "removed", "停播", "不上播", "取消", "❌")
NO_WORDS = ("否", "不", "no", "n", "false", "×", "✗", "✘", "❌", "0")  # 是否上播 = 否
_MARK = r"(?:已撤品|已撤|撤品|已下架|下架|淘汰|停播|不上播|pulled|removed)"
_LEAD_MARK = re.compile(r"[【\[(（]?\s*[❌×✗✘\s]*" + _MARK + r"?\s*[】\])）]?\s*[❌×✗✘\s]*", re.IGNORECASE)
_PULLED_TAG = re.compile(r"\s*[【\[(（]\s*(?:[❌×✗✘]\s*)?" + _MARK + r"\s*[】\])）]", re.IGNORECASE)
DITTO = ("同上", "同前", "同上一行", "ditto")
_DITTO_MARKS = re.compile(r"[〃\"＂”“'`]+")  # `"` alone is a ditto mark; `"一秒降温"——…` is a quote


# Off air in a platform's own status words: 暂停, 抖店's 仓库中, TikTok Shop's Inactive / Draft / Paused /
# Frozen (a listing the platform froze cannot sell).
OFF_AIR_STATUS = ("暂停", "仓库中", "停售", "冻结", "封禁", "inactive", "draft", "paused", "suspended",
                  "deactivated", "delisted", "archived", "frozen")
# Statuses that leave a product on sale; anything else is said in the row's warnings.
ON_AIR_STATUS = ("是", "yes", "y", "true", "√", "✓", "✔", "ok", "在售", "在售中", "销售中", "出售中", "售卖中", "上架",
                 "已上架", "上架中", "待上架", "正常", "上播", "可播", "active", "live", "on", "onsale", "selling",
                 "published", "审核通过", "已通过", "讲解中", "待讲解", "已讲解", "售罄", "已售罄", "缺货", "soldout",
                 "outofstock", "1")
_NOT_NOW = re.compile(r"(?:未|不是|没有|没|非|即将|稍后|将要|将|待|预计|计划|准备|后)\s*$")
_YES_FIRST = re.compile(r"^(?:是|yes|y|在售中?|销售中|出售中|已上架|上架中?|上播|active)(?:$|[\s,，;；、:：(（])",
                        re.IGNORECASE)
_OFF_RE = re.compile("|".join(re.escape(w) for w in sorted((*PULLED_WORDS, *OFF_AIR_STATUS), key=len, reverse=True)))


def says_pulled(status: str) -> bool:
    """A status cell that says off air: 淘汰 / 已下架 / 暂停 / 仓库中 / Inactive, or a plain no (是否上播 =
    否). A cell that starts with a yes (`是，取消福袋`, `在售（21:00后下架）`) or says the word negated or
    ahead (未下架, 即将下架) is on sale."""
    status = _fold(status).lower().strip()
    if status.strip("!！。. ") in NO_WORDS:
        return True
    if _YES_FIRST.match(status):
        return False
    return any(not _NOT_NOW.search(status[:m.start()]) for m in _OFF_RE.finditer(status))


def status_known(status: str) -> bool:
    """Is the status one the import knows (on sale or off air)? An unknown one is warned, never guessed."""
    key = re.sub(r"[\s!！。.]", "", _fold(status).lower())
    return (says_pulled(status) or key in ON_AIR_STATUS or _YES_FIRST.match(key) is not None
            or _OFF_RE.search(key) is not None)


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


def strip_marks(name: str) -> str:
    """The title without its 返场 / 已撤品 tags."""
    return re.sub(r"[【\[(（]?\s*(返场|已撤品|撤品)\s*[】\])）]?\s*[-—:：·]?\s*", "", name).strip()


TEMPLATE_WORDS = {"mandatory", "optional", "required", "conditional", "必填", "选填", "非必填", "必填项", "选填项"}
_MONEY_FIELDS = ("list_price", "live_price", "coupon_price", "stock", "product_id")
# How a template tells the merchant what to type: 请输入… / 单位：元 / 请填写整数 / "Do not edit this column."
_INSTRUCTION = re.compile(r"请输入|请填写|请选择|请上传|请勿|勿修改|不要修改|不可修改|最多|不超过|单位[:：]|"
                          r"格式[:：]|示例|例如|选填|必填|\b(?:enter|do not|don't|please|must|optional|"
                          r"mandatory|required|maximum|e\.g\.|select|fill in)\b", re.IGNORECASE)


def template_row(filled: Sequence[str], text: Mapping[str, str], seen_product: bool) -> Note | None:
    """The rows a platform template puts under its header: "Mandatory / Optional", then a sentence
    per column. Neither is a product, and neither is a cell to fix. Only above the first product,
    and never a row whose price is a plain number."""
    if all(c.lower() in TEMPLATE_WORDS for c in filled):
        return note("a template row (Mandatory / Optional), not a product")
    if seen_product or any(re.fullmatch(r"[¥$]?\s*\d+(?:\.\d+)?", text.get(k, "")) for k in _MONEY_FIELDS[:3]):
        return None
    worded = [text[k] for k in _MONEY_FIELDS if text.get(k)]
    told = sum(_INSTRUCTION.search(c) is not None for c in filled)
    if (sum(not re.search(r"\d", w) and len(w) >= 6 and not _is_placeholder(w) for w in worded) >= 2
            or (told >= 2 and told * 2 >= len(filled))):
        return note("a description row under the header, not a product")
    return None
