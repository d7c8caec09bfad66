"""Round 14 compliance: 绝对值 (maths) is no claim but 绝对值得 ("absolutely worth it") is; English
scripts' "the best", "No.1", "#1", "number one" are claims, matched as whole words, so "No.10",
"best-before" and "bestseller" pass; existing word lists get the new words once."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import comments as cm
from app.core import compliance as cc
from app.core.triage import Classifier, load_wordlist
from app.studio import wordlist as wl

ROOT = Path(__file__).resolve().parents[1]
WORDS = load_wordlist(ROOT / "resources" / "wordlists" / "banned_zh.tsv")
CHECKER = cc.Checker(WORDS)


def marked(text: str) -> str:
    return cc.mark_text(text, CHECKER.check(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("先取绝对值再相加", "先取绝对值再相加"),
    ("误差的绝对值小于1毫米", "误差的绝对值小于1毫米"),
    ("这款绝对值得买", "这款【绝对】值得买"),
    ("绝对 值得入手", "【绝对】 值得入手"),
    ("绝对不起球", "【绝对】不起球"),
])
def test_absolute_value_is_maths_but_absolutely_worth_it_is_a_claim(text: str, expected: str) -> None:
    assert marked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("This is the best serum on TikTok", "This is the 【best】 serum on TikTok"),
    ("BEST price ever!", "【BEST】 price ever!"),
    ("We are No.1 in the UK", "We are 【No.1】 in the UK"),
    ("no. 1 choice", "【no. 1】 choice"),
    ("#1 cleanser", "【#1】 cleanser"),
    ("the number one toner", "the 【number one】 toner"),
    ("Ｎｏ．１ seller", "【Ｎｏ．１】 seller"),
    ("simply the best by far", "simply the 【best】 by far"),
])
def test_english_absolute_claims_are_flagged(text: str, expected: str) -> None:
    hits = CHECKER.check(text)
    assert marked(text) == expected
    assert [(h.category, h.severity) for h in hits] == [("absolute", cc.BLOCK)]
    assert hits[0].suggestion


@pytest.mark.parametrize("text", [
    "Colour No.10 and No.12 are back", "#12 link is the cream", "number ones are sold out",
    "Best before: see the lid", "best-before date on the back", "our bestseller is back",
    "a best seller in the UK", "Best by: 2027-03", "best-by date 03/27",
    "Bestie, look at this", "All the best, see you tomorrow",
])
def test_english_everyday_words_pass(text: str) -> None:
    assert CHECKER.check(text) == []


def test_a_chinese_line_keeps_its_matching() -> None:
    assert marked("第 一 名，加 微 信") == "【第 一】 名，【加 微 信】"
    assert marked("全网第一best") == "【全网第一】【best】"


def test_viewers_saying_bestie_are_not_flagged_but_the_best_is_masked() -> None:
    cl = Classifier(WORDS)
    assert cl.classify("bestie这件好看")[0] & cm.BANNED == 0
    assert cl.classify("No.10颜色还有吗")[0] & cm.BANNED == 0
    assert cl.classify("the best host")[0] & cm.BANNED_ABSOLUTE
    assert cl.mask("the best host, bestie") == "the ＊＊＊＊ host, bestie"
    flags, _item = Classifier(WORDS, items=[7]).classify("#1还有吗")  # a viewer naming link 1
    assert flags & cm.BANNED == 0 and flags & cm.PRODUCT
    assert Classifier(WORDS).mask("#1还有吗") == "#1还有吗"
    assert marked("link #1 is the serum, the #1 serum") == "link #1 is the serum, the 【#1】 serum"


def test_an_existing_copy_gets_the_english_words_once(tmp_path: Path) -> None:
    old = tmp_path / wl.USER_NAME
    old.write_text("\n".join(f"absolute\t{w}\t" for w in sorted(wl.FIRST_SHIPPED)) + "\n", encoding="utf-8")
    words = [w.word for w in load_wordlist(wl.wordlist_path(tmp_path))]
    assert {"best", "no.1", "#1", "number one"} <= set(words)
    old.write_text("\n".join(line for line in old.read_text(encoding="utf-8").splitlines()
                             if "\tbest\t" not in line) + "\n", encoding="utf-8")  # a false alarm for them
    assert "best" not in [w.word for w in load_wordlist(wl.wordlist_path(tmp_path))]
