"""Answers at hand: a viewer's question about the item on air ("多少钱", "什么材质", "164穿什么码",
"能用券吗", "几号链接") matched to the line of that item's talking points, 话术 or FAQ that answers it.

Each candidate line and the question get intents from one lexicon (price, size, material, coupon,
link, stock, shipping, returns, usage, gift, spec, colour, taste, effect); a line scores by the
intents it shares with the question, then by the characters and character pairs they share
(rare ones count more), so "精华多少钱" finds the price line and "28天能淡斑吗" the line that says
28天见效. The item's own facts (price, link number, stock) are lines too, written the way a host
says them. Pure and fast: a few hundred lines per item, one pass per question.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.triage import normalise

# intent -> words in a question or a line that signal it (lower case, half-width).
LEXICON: dict[str, tuple[str, ...]] = {
    "price": ("多少钱", "价格", "几块", "多少米", "价位", "贵", "便宜", "到手", "划算", "元", "¥", "￥", "how much",
              "price", "多钱", "啥价", "什么价", "原价", "直播价", "日常价", "券后", "是多少"),
    "coupon": ("券", "优惠", "满减", "减", "折", "叠加", "红包", "coupon", "code", "机制"),
    "link": ("几号", "链接", "哪个链接", "怎么买", "怎么拍", "在哪买", "在哪拍", "小黄车", "口袋", "宝贝", "上架",
             "哪里买", "哪拍", "link"),
    "stock": ("还有吗", "还有货", "有货", "库存", "没了", "补货", "抢不到", "没抢到", "卖完", "剩", "上库存", "还能",
              "in stock", "sold out", "多少件", "几件"),
    "size": ("码", "尺码", "尺寸", "身高", "体重", "斤", "kg", "穿", "偏大", "偏小", "大小", "胖", "瘦", "腰围", "size",
             "run small", "run big", "cm", "均码"),
    "material": ("材质", "面料", "成分", "什么做的", "料子", "棉", "真丝", "羊绒", "雪纺", "涤纶", "天丝", "莫代尔",
                 "材料", "含量", "fabric", "material", "配料", "原料", "肉", "粉"),
    "shipping": ("发货", "快递", "包邮", "几天到", "多久到", "物流", "发什么", "顺丰", "冷链", "发货地", "时效", "ship",
                 "deliver", "什么时候到", "偏远"),
    "returns": ("退", "换", "七天", "7天", "无理由", "运费险", "售后", "不想要", "坏了", "质量问题", "保价", "包赔",
                "return", "refund"),
    "usage": ("怎么用", "用法", "适合", "能用", "可以用", "敏感肌", "孕妇", "小孩", "宝宝能", "老人", "几岁", "怎么吃",
              "怎么泡", "怎么做", "保质期", "保存", "冷藏", "空气炸锅", "油皮", "干皮", "混油"),
    "gift": ("送", "赠", "赠品", "福袋", "小样", "正装", "拍一发", "拍1发", "买一送", "第二件", "几片", "发几", "福利"),
    "selling": ("介绍", "讲讲", "特点", "好在哪", "亮点", "卖点", "有什么好", "怎么样", "推荐", "材质"),
    "spec": ("规格", "多少ml", "ml", "多少克", "克", "g", "容量", "几片", "几支", "几袋", "几包", "几瓶", "多大",
             "多重", "装", "盒", "斤装", "净含量", "区别", "哪个规格", "一份", "多少量"),
    "colour": ("颜色", "色", "黑色", "白色", "色号", "哪个色", "colour", "color", "blue", "black", "花"),
    "taste": ("好吃", "口味", "味道", "甜", "辣", "咸", "酸", "脆", "口感", "香"),
    "effect": ("效果", "有用", "管用", "见效", "美白", "淡斑", "保湿", "补水", "祛痘", "控油", "显瘦", "不透", "起球",
               "变形", "掉色", "防晒"),
}
_PRICE_TEXT = re.compile(r"\d+(?:\.\d+)?\s*元|[¥￥]\s*\d")
_HEIGHT_WEIGHT = re.compile(r"1[4-8]\d(?!\d)|\d{2,3}\s*斤|\d{2,3}\s*kg")
# A talking point written "卖点：…", "规格：…" answers what its label names, whatever its words.
LABELS: dict[str, tuple[str, ...]] = {
    "卖点": ("selling", "material", "effect"), "核心卖点": ("selling", "material", "effect"),
    "讲解要点": ("selling", "material", "effect"), "规格": ("spec",), "颜色/尺码": ("spec", "colour", "size"),
    "尺码": ("size",), "机制": ("gift", "coupon"), "福利机制": ("gift", "coupon"), "利益点": ("gift", "price"),
    "赠品": ("gift",), "优惠券": ("coupon",), "发货": ("shipping",), "材质": ("material",), "面料": ("material",),
}
_LABEL = re.compile(r"^\s*([^：:]{1,6})[：:]")
_SPLIT = re.compile(r"[\n；;。]|(?<![0-9])[,，](?![0-9])")


@dataclass(frozen=True)
class Line:
    """A line the desk can show: where it came from (facts, talking_points, phrase, faq) and its text."""

    source: str
    text: str
    ref: int | None = None  # phrase id


@dataclass(frozen=True)
class Match:
    line: Line
    score: float
    intents: tuple[str, ...]


def intents(text: str) -> set[str]:
    norm = normalise(text)
    found = {k for k, words in LEXICON.items() if any(w in norm for w in words)}
    if _HEIGHT_WEIGHT.search(norm):
        found.add("size")
    if _PRICE_TEXT.search(norm):
        found.add("price")
    label = _LABEL.match(text)
    if label:
        found.update(LABELS.get(label.group(1).strip(), ()))
    return found


def _grams(text: str) -> set[str]:
    chars = [c for c in normalise(text) if c.isalnum()]
    return set(chars) | {a + b for a, b in itertools.pairwise(chars)}


def item_lines(item: Mapping[str, Any], phrases: Iterable[tuple[str, str, int | None]] = ()) -> list[Line]:
    """Candidate lines for one item: its facts, each talking-point line (a long one split into its
    clauses), its 话术 (kind, text, id); 问答 lines are FAQ entries ("问：…答：…")."""
    out: list[Line] = []
    live, listed = int(item.get("live_price") or 0), int(item.get("list_price") or 0)
    if live:
        text = f"直播价 {live / 100:g} 元" + (f"（日常价 {listed / 100:g} 元）" if listed > live else "")
        out.append(Line("facts", text))
    if item.get("cart_no"):
        out.append(Line("facts", f"{item['cart_no']}号链接，点左下角小黄车去拍"))
    if item.get("coupon"):  # the live coupon that applies to it now (from the 话术 variables)
        final = f"，到手 {item['final']} 元" if item.get("final") else ""
        out.append(Line("facts", f"现在领券{item['coupon']}{final}"))
    if item.get("stock"):
        out.append(Line("facts", f"现在还有库存 {item['stock']} 件"))
    elif item.get("stock") == 0:  # sold out; an unknown stock (None) says nothing
        out.append(Line("facts", "这款已经售罄了"))
    for raw in str(item.get("talking_points") or "").splitlines():
        parts = [p.strip(" ：:") for p in _SPLIT.split(raw)] if len(raw) > 40 else [raw.strip()]
        out += [Line("talking_points", p) for p in parts if len(p) >= 2]
    for kind, text, ref in phrases:
        out.append(Line("faq" if kind == "问答" else "phrase", text, ref))
    return out


def _asked(line: Line) -> str:
    """What a line answers: a FAQ's question part ("问：能用券吗？答：…直播价…" answers coupons, not prices)."""
    if line.source == "faq" and "答" in line.text:
        return re.split(r"答[：:]", line.text, maxsplit=1)[0]
    return line.text


class Matcher:
    """Built once per item (its lines change when the run-sheet or the 话术 do), asked per question."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = list(lines)
        self._intents = [intents(_asked(ln)) for ln in self.lines]
        self._grams = [_grams(ln.text) for ln in self.lines]
        df: dict[str, int] = {}
        for g in self._grams:
            for x in g:
                df[x] = df.get(x, 0) + 1
        n = max(1, len(self.lines))
        self._idf = {x: math.log(1 + n / d) for x, d in df.items()}

    def top(self, question: str, k: int = 3) -> list[Match]:
        """The k best lines for a question, best first; none when nothing is shared at all."""
        want = intents(question)
        q = _grams(question)
        scored = []
        for i, ln in enumerate(self.lines):
            shared = want & self._intents[i]
            overlap = sum(self._idf.get(x, 0.0) * (2 if len(x) == 2 else 1) for x in q & self._grams[i])
            score = 10.0 * len(shared) + overlap - 0.2 * len(self._intents[i] - want)
            if ln.source == "faq" and shared:
                score += 2.0  # the team's own answer to this kind of question
            if score > 0.5:
                scored.append(Match(ln, round(score, 3), tuple(sorted(shared))))
        scored.sort(key=lambda m: -m.score)
        return scored[:k]


def host_line(text: str, limit: int = 80) -> str:
    """A line for the host view: a FAQ shows its answer only, cut to what the host view takes."""
    m = re.search(r"答[：:]", text)
    if m:
        text = text[m.end():]
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
