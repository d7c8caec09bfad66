"""Checking what the host will say (talking points, 话术 lines, host messages) against the
advertising-law / platform word list before it goes on air.

The comment triage masks banned words in what viewers type; this reads the same list (the data
dir's banned_zh.tsv) for what the studio itself writes, where a hit is the studio's own risk
(广告法 Art. 9 absolute claims, medical claims, guarantees, off-platform diversion). A
single-character entry such as 最 matches far more than claims ("最近", "最后一单"): it only
warns, with the list's suggested rewording, and a few everyday compounds are never flagged.
Longer entries block: the desk asks before such a line reaches the host screen.

Pure: no Qt, no IO. The Studio hands in the word list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from app.core.triage import BannedWord, Classifier

WARN, BLOCK = "warn", "block"

# Everyday words that contain a short entry but make no claim (time, order, counting; 绝对值 the maths
# word). STILL_CLAIMS are claims even so: 绝对值得(买) is "absolutely worth it", and scripts say that far
# more often than they take an absolute value and get (得到) something.
NOT_CLAIMS = ("最近", "最后", "最少", "最晚", "最早", "最低起订", "第一次", "第一件", "第一个", "第一波", "第一单",
              "第一批", "第一天", "第一轮", "第一款", "第一排", "第一眼", "绝对值")
STILL_CLAIMS = ("绝对值得",)
# English ones around a whole-word entry (best, #1): a date label, a sales rank said as 热销 is (the
# rewording the list suggests for 第一), greetings, and a cart link named by its number.
_EVERYDAY_EN = re.compile(r"\bbest[\s-]*(?:before|by(?=\s*(?:date|[:：\d]))|sell\w*)\b"
                          r"|\ball the best\b|\bbest (?:wishes|regards)\b"
                          r"|\blink\s*#\s*\d+|#\s*\d+\s*(?:号|链接)", re.IGNORECASE)

# Why a category is risky, in words for the editor's tooltip (the UI translates these).
REASONS = {
    "absolute": "absolute claim (广告法 Art. 9)",
    "medical": "medical claim for a product that is not a medicine",
    "guarantee": "promise of a result or guarantee",
    "diversion": "sends viewers off the platform",
    "banned": "banned on the platform",
}


@dataclass(frozen=True)
class Hit:
    """One risky word in a line: where it stands (start, end exclusive), why, what to write instead."""

    start: int
    end: int
    word: str
    category: str
    suggestion: str
    severity: str  # WARN (single characters) or BLOCK

    @property
    def reason(self) -> str:
        return REASONS.get(self.category, REASONS["banned"])


@dataclass(frozen=True)
class LineHits:
    """A flagged line of the run-sheet or the 话术 library, named so the producer can find it."""

    where: str  # "item", "phrase", "message"
    ref: int | None  # item id / phrase id
    field: str  # talking_points, notes, name, text
    line: str
    hits: tuple[Hit, ...]

    def to_json(self) -> dict[str, Any]:
        return {"where": self.where, "ref": self.ref, "field": self.field, "line": self.line,
                "hits": [asdict(h) | {"reason": h.reason} for h in self.hits]}


class Checker:
    """Built once per word list; `check` is cheap enough to run at every keystroke."""

    def __init__(self, banned: Iterable[BannedWord]) -> None:
        self._classifier = Classifier(list(banned))

    def check(self, text: str) -> list[Hit]:
        """Risky words in `text`; overlapping entries (加v and vx in "加VX", 最 inside 最佳) make one hit.
        Matching runs on the text with the spaces between Chinese characters taken out, so "第 一" and
        "加 微 信" are the claims they spell (and "第一 次" the everyday word); hits mark the original."""
        packed, where = squeeze(text)
        spans = sorted(self._classifier.banned_spans(packed, comment=False), key=lambda s: (s[0], -(s[1] - s[0])))
        english = [m.span() for m in _EVERYDAY_EN.finditer(packed)]
        out: list[Hit] = []
        for p_start, p_end, b in spans:
            if _everyday(packed, p_start, p_end) or any(s <= p_start and p_end <= e for s, e in english):
                continue
            start, end = where[p_start], where[p_end - 1] + 1
            severity = WARN if len(b.word) == 1 else BLOCK
            if out and start < out[-1].end:
                last = out[-1]
                if end > last.end:
                    out[-1] = Hit(last.start, end, text[last.start:end], last.category, last.suggestion,
                                  BLOCK if BLOCK in (severity, last.severity) else WARN)
                continue
            out.append(Hit(start, end, text[start:end], b.category, b.suggestion, severity))
        return out

    def check_lines(self, where: str, ref: int | None, field: str, text: str) -> list[LineHits]:
        """Each line of a multi-line text with its hits (unflagged lines left out)."""
        out = []
        for line in text.splitlines():
            hits = self.check(line)
            if hits:
                out.append(LineHits(where, ref, field, line.strip(), tuple(hits)))
        return out


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_FILLERS = re.compile(r"[\s·•*＊_~～|｜/\\-]+")


def _cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def squeeze(text: str) -> tuple[str, list[int]]:
    """`text` without the spaces (and 加*微*信-style fillers) that split Chinese words, with the index of
    each kept character in `text`. Spaces next to Latin on both sides stay: they separate words there."""
    keep: list[int] = []
    last = 0
    for m in _FILLERS.finditer(text):
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        spaces_only = m.group().isspace()
        if before and after and ((_cjk(before) and _cjk(after)) or (spaces_only and (_cjk(before) or _cjk(after)))):
            keep += range(last, m.start())
            last = m.end()
    keep += range(last, len(text))
    return "".join(text[i] for i in keep), keep


def _everyday(text: str, start: int, end: int) -> bool:
    if end - start > 2 or any(text.startswith(w, start) for w in STILL_CLAIMS):
        return False
    return any(text.startswith(w, start) for w in NOT_CLAIMS)


def runsheet_report(checker: Checker, items: Sequence[Any]) -> list[LineHits]:
    """Every flagged line of the run-sheet's names, talking points and notes (items: Segment or Item)."""
    out: list[LineHits] = []
    for it in items:
        ref = getattr(it, "item_id", None) or getattr(it, "id", None)
        for field in ("name", "talking_points", "notes"):
            out += checker.check_lines("item", ref, field, str(getattr(it, field, "") or ""))
    return out


def summary(report: Sequence[LineHits]) -> dict[str, int]:
    """Counts for a one-line notice: lines flagged, of which blocking, hits per category."""
    cats: dict[str, int] = {}
    for lh in report:
        for h in lh.hits:
            cats[h.category] = cats.get(h.category, 0) + 1
    return {"lines": len(report), "blocking": sum(1 for lh in report if any(h.severity == BLOCK for h in lh.hits)),
            **cats}


def mark_text(text: str, hits: Sequence[Hit]) -> str:
    """The line with each hit bracketed 【…】, for a tooltip or a plain-text report."""
    out, last = [], 0
    for h in sorted(hits, key=lambda h: h.start):
        out += [text[last:h.start], "【", text[h.start:h.end], "】"]
        last = h.end
    out.append(text[last:])
    return "".join(out)
