"""Comment triage: questions, product mentions ("3号链接"), keywords, criticism and banned words.

Matching runs on a normalised copy (full-width → half-width, zero-width characters removed,
lower case) with one Aho-Corasick automaton, so a flood of comments costs one pass each. The
stored text is never changed; banned words are only masked for display.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from app.core import comments as c
from app.core.sheet_values import cart_numbers

MEMO = 16_384  # texts whose classification (and a poll's reading) is remembered, newest kept
MEMO_LEN = 64  # characters: rooms repeat short comments; a flood of long unique ones is not kept
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_TABLE: dict[int, int | None] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}  # full-width → ASCII
_TABLE[0x3000] = 0x20  # ideographic space
_TABLE.update({ord(z): None for z in ZERO_WIDTH})


_FOLDS = re.compile("[" + "".join(re.escape(chr(cp)) for cp in _TABLE) + "]")


def normalise(text: str) -> str:
    """What matching sees: full/half-width folded, zero-width removed, lower case (C speed). Most
    comments have nothing to fold: one regex search says so faster than translate's per-character
    table look-ups (0.16 against 0.4 µs for a short Chinese comment)."""
    return (text.translate(_TABLE) if _FOLDS.search(text) else text).lower()


_normalise_memo = functools.lru_cache(MEMO)(normalise)  # a room's texts repeat: each is folded once


def norm_of(comment: c.Comment) -> str:
    """`comment.text` normalised, once per comment: triage, the poll and the lottery match on it."""
    norm = comment.norm
    if norm is None:
        text = comment.text
        norm = comment.norm = _normalise_memo(text) if len(text) <= MEMO_LEN else normalise(text)
    return norm


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Like normalise, plus for each normalised character the index of its source character."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch.translate(_TABLE)).lower()
        out.append(folded)
        where.extend([i] * len(folded))
    return "".join(out), where


QUESTION_WORDS = ("?", "吗", "多少钱", "怎么买", "怎么拍", "尺码", "几号链接", "多少", "怎么", "什么时候", "能不能",
                  "有没有", "是不是", "哪个", "哪里", "how much", "what size", "when", "does it", "is it", "can i",
                  "which")
NEGATIVE_WORDS = ("差评", "假货", "骗人", "骗子", "质量差", "太贵", "退款", "投诉", "不发货", "掉色", "起球了", "上当",
                  "垃圾", "fake", "scam", "refund", "broken")

_CATEGORY_FLAGS = {"absolute": c.BANNED_ABSOLUTE, "medical": c.BANNED_MEDICAL, "diversion": c.BANNED_DIVERSION,
                   "guarantee": c.BANNED_GUARANTEE, "banned": c.BANNED_OTHER}

# "三号链接" in Chinese numerals counts only with 链接 / 宝贝 after it: "十一号" alone is a date.
_PRODUCT_RE = re.compile(r"(\d{1,3})\s*号(?:链接|宝贝|商品|产品)?|(?:link|链接|#)\s*#?\s*(\d{1,3})"
                         r"|([一二两三四五六七八九十]{1,3})号(?:链接|宝贝|商品)")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_number(text: str) -> int | None:
    """一 … 九十九 as viewers type them ("十二号链接")."""
    if "十" not in text:
        return _CN_DIGITS.get(text) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if (tens and tens not in _CN_DIGITS) or (ones and ones not in _CN_DIGITS) or "十" in ones:
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


@dataclass(frozen=True)
class BannedWord:
    word: str
    category: str
    suggestion: str = ""


# How a banned entry matches. Chinese has no spaces between words, so its entries match anywhere;
# an English one ("best", "no.1") only as a whole word: not in "bestie", "No.10". Diversion handles
# (vx) stay substrings: they run on into the ID a viewer or host gives ("vx123abc").
PLAIN, WHOLE, LINK = 0, 1, 2  # LINK: "#1", whole, and in a comment the cart's link 1, not a claim


def _edge_rule(b: BannedWord) -> int:
    word = normalise(b.word)
    if not word.isascii() or b.category == "diversion":
        return PLAIN
    return LINK if _PRODUCT_RE.fullmatch(word) else WHOLE


def _runs_on(edge: str, neighbour: str) -> bool:
    return (edge.isdigit() and neighbour.isdigit()) or (edge.isascii() and edge.isalpha()
                                                        and neighbour.isascii() and neighbour.isalpha())


def _counts(rule: int, norm: str, start: int, end: int, comment: bool) -> bool:
    """Whether an entry found at norm[start:end] is the banned word under its `rule`."""
    if rule == PLAIN:
        return True
    if rule == LINK and comment:
        return False
    return not ((start and _runs_on(norm[start], norm[start - 1]))
                or (end < len(norm) and _runs_on(norm[end - 1], norm[end])))


def load_wordlist(path: Path) -> list[BannedWord]:
    """Lines of `category<TAB>word[<TAB>suggested rewording]`; `#` starts a comment."""
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0] in _CATEGORY_FLAGS and parts[1].strip():
            words.append(BannedWord(parts[1].strip(), parts[0], parts[2].strip() if len(parts) > 2 else ""))
    return words


class Classifier:
    """Immutable once built; swap in a new one when keywords, word list or run-sheet change."""

    def __init__(self, banned: Iterable[BannedWord] = (), keywords: Iterable[str] = (),
                 items: Sequence[int] = (), cart_nos: Sequence[str] = ()) -> None:
        self.items = list(items)  # run-sheet item ids in order
        # "3号链接" is the cart's link 3 (cart_no, "8/9" names two links), not the third row; the run
        # order stands in only on a run-sheet where no item has a cart number yet.
        self.links: dict[int, int] = {}
        for item_id, cart in zip(self.items, cart_nos, strict=False):
            for n in cart_numbers(cart or ""):
                self.links.setdefault(n, item_id)
        self.banned = {normalise(b.word): b for b in banned if normalise(b.word)}
        self.keywords = [normalise(k) for k in keywords if normalise(k).strip()]
        self._auto = ahocorasick.Automaton()
        entries: dict[str, int] = {}
        for w in QUESTION_WORDS:
            entries[normalise(w)] = entries.get(normalise(w), 0) | c.QUESTION
        for w in NEGATIVE_WORDS:
            entries[normalise(w)] = entries.get(normalise(w), 0) | c.NEGATIVE
        for k in self.keywords:
            entries[k] = entries.get(k, 0) | c.KEYWORD
        for w, b in self.banned.items():
            entries[w] = entries.get(w, 0) | _CATEGORY_FLAGS[b.category]
        for word, flags in entries.items():
            entry = self.banned.get(word)
            self._auto.add_word(word, (len(word), flags, _edge_rule(entry) if entry else PLAIN))
        if entries:
            self._auto.make_automaton()
        self._empty = not entries
        # A room repeats the same short comments ("好看", "扣1", "来了") thousands of times: each text is
        # classified once (the automaton and the link pattern were 6% of ingest's thread in a flood).
        # The cache holds what classifying needs, not the Classifier: a replaced one is freed at once.
        self._read = functools.partial(_classify, self._auto, self._empty, self.links, self.items)
        self._memo = functools.lru_cache(MEMO)(self._read)

    def classify(self, text: str) -> tuple[int, int | None]:
        """Flags and the run-sheet item a comment refers to ("N号链接": the item whose cart number is N)."""
        return self.classify_norm(normalise(text)) if text else (0, None)

    def classify_norm(self, norm: str) -> tuple[int, int | None]:
        """`classify` of a text already normalised (`norm_of`); a short one from memory."""
        return self._memo(norm) if len(norm) <= MEMO_LEN else self._read(norm)

    def banned_spans(self, text: str, comment: bool = True) -> list[tuple[int, int, BannedWord]]:
        """Where banned words stand in the original text (start, end exclusive). In a viewer's `comment`
        "#1" names cart link 1; in what the studio writes it is a claim."""
        if not self.banned:
            return []
        norm, where = normalise_with_map(text)
        spans = []
        for end, (n, f, rule) in self._auto.iter(norm):
            if f & c.BANNED and _counts(rule, norm, end - n + 1, end + 1, comment):
                word = norm[end - n + 1:end + 1]
                if word in self.banned:
                    spans.append((where[end - n + 1], where[end] + 1, self.banned[word]))
        return spans

    def mask(self, text: str) -> str:
        """The text with banned words replaced by ＊ for display; the stored text stays intact."""
        spans = self.banned_spans(text)
        if not spans:
            return text
        chars = list(text)
        for start, end, _b in spans:
            for i in range(start, end):
                chars[i] = "＊"
        return "".join(chars)

    def matches_keyword(self, text: str, keyword: str, exact: bool) -> bool:
        return matches_keyword(text, keyword, exact)


@functools.lru_cache(maxsize=256)  # a lottery checks every comment against the same keyword
def _key(keyword: str) -> str:
    return normalise(keyword).strip()


def matches_keyword(text: str, keyword: str, exact: bool) -> bool:
    """Lottery entry check, with the same normalisation as triage."""
    return _hit(normalise(text).strip(), _key(keyword), exact)


def comment_matches(comment: c.Comment, keyword: str, exact: bool) -> bool:
    """`matches_keyword` of a comment, on its text normalised once (`norm_of`)."""
    return _hit(norm_of(comment).strip(), _key(keyword), exact)


def _hit(norm: str, key: str, exact: bool) -> bool:
    return norm == key if exact else bool(key) and key in norm


def _classify(auto: ahocorasick.Automaton, empty: bool, links: dict[int, int], items: list[int],
              norm: str) -> tuple[int, int | None]:
    """Classifier.classify_norm, uncached: the words found, and the item an "N号链接" names."""
    flags = 0
    if not empty:
        for end, (n, f, rule) in auto.iter(norm):
            flags |= f if not rule or _counts(rule, norm, end - n + 1, end + 1, True) else f & ~c.BANNED
    item = None
    m = _PRODUCT_RE.search(norm)
    n = None
    if m:
        n = int(m.group(1) or m.group(2)) if (m.group(1) or m.group(2)) else chinese_number(m.group(3))
    if n is not None:
        if links:
            item = links.get(n)
        elif 1 <= n <= len(items):
            item = items[n - 1]
        flags |= c.PRODUCT if item is not None else c.UNKNOWN_LINK
    return flags, item
