"""Comment triage in app/core."""

from pathlib import Path

import pytest

from app.core import comments as cm
from app.core.triage import Classifier, load_wordlist, normalise
from tests.conftest import ROOT

WORDS = load_wordlist(ROOT / "resources" / "wordlists" / "banned_zh.tsv")


@pytest.fixture
def classifier() -> Classifier:
    return Classifier(WORDS, ["福袋", "扣1"], items=[101, 102, 103])


def test_normalisation_folds_width_and_drops_zero_width() -> None:
    assert normalise("ＶＸ\u200b１２３") == "vx123"
    assert normalise("加\u200d微\ufeff信") == "加微信"


@pytest.mark.parametrize("text", ["多少钱", "有黑色吗", "164穿什么尺码？", "How much is it?", "什么时候发货"])
def test_questions(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text)[0] & cm.QUESTION


@pytest.mark.parametrize("text,item", [("3号链接", 103), ("要1号", 101), ("link 2 please", 102), ("＃２", 102),
                                       ("9号链接", None), ("好看", None)])
def test_product_mentions_resolve_to_run_sheet_items(classifier: Classifier, text: str, item: int | None) -> None:
    flags, ref = classifier.classify(text)
    assert ref == item
    assert bool(flags & cm.PRODUCT) == (item is not None)


@pytest.mark.parametrize("text,flag", [("全网最低价", cm.BANNED_ABSOLUTE), ("能治疗失眠吗", cm.BANNED_MEDICAL),
                                       ("加Ｖ\u200bＸ聊", cm.BANNED_DIVERSION), ("100%有效", cm.BANNED_GUARANTEE)])
def test_banned_categories_survive_evasion(classifier: Classifier, text: str, flag: int) -> None:
    assert classifier.classify(text)[0] & flag


def test_masking_keeps_length_and_hides_only_the_words(classifier: Classifier) -> None:
    text = "加\u200b微信领券，全网最低"
    masked = classifier.mask(text)
    assert len(masked) == len(text)
    assert masked.endswith("＊＊＊＊") and "领券" in masked and "微信" not in masked


def test_keywords_and_criticism(classifier: Classifier) -> None:
    assert classifier.classify("扣１")[0] & cm.KEYWORD
    assert classifier.classify("假货！要退款")[0] & cm.NEGATIVE
    assert classifier.classify("好看")[0] == 0


def test_lottery_keyword_matching_uses_the_same_normalisation(classifier: Classifier) -> None:
    assert classifier.matches_keyword(" 福袋 ", "福袋", exact=True)
    assert classifier.matches_keyword("我要福\u200b袋！", "福袋", exact=False)
    assert not classifier.matches_keyword("我要福袋", "福袋", exact=True)


def test_word_list_lines_are_validated(tmp_path: Path) -> None:
    path = tmp_path / "w.tsv"
    path.write_text("# comment\nabsolute\t最好\t换个说法\nnonsense\tx\nmedical\t\n\ndiversion\t加群\n",
                    encoding="utf-8")
    words = load_wordlist(path)
    assert [(w.category, w.word, w.suggestion) for w in words] == [("absolute", "最好", "换个说法"),
                                                                   ("diversion", "加群", "")]


def test_link_numbers_resolve_through_cart_numbers_not_run_order() -> None:
    # run order 1, 2, 3 carries links 4, 2 and 8/9: "4号链接" is the first row, "3号" is nobody
    c = Classifier(WORDS, [], items=[101, 102, 103], cart_nos=["4", "2", "8/9"])
    assert c.classify("4号链接还有货吗")[1] == 101
    assert c.classify("2号宝贝")[1] == 102
    assert c.classify("要9号")[1] == 103 and c.classify("8号链接")[1] == 103
    flags, ref = c.classify("3号链接多少钱")
    assert ref is None and not flags & cm.PRODUCT


def test_run_order_only_when_no_item_has_a_cart_number() -> None:
    c = Classifier(WORDS, [], items=[101, 102, 103], cart_nos=["", "", ""])
    assert c.classify("3号链接")[1] == 103


@pytest.mark.parametrize("text,item", [("三号链接还有吗", 103), ("十二号链接", 112), ("二十号宝贝", 120),
                                       ("十一号发货吗", None)])
def test_chinese_numerals_with_link_words(text: str, item: int | None) -> None:
    c = Classifier(WORDS, [], items=list(range(101, 121)), cart_nos=[str(n) for n in range(1, 21)])
    assert c.classify(text)[1] == item


def test_cart_numbers_typed_loosely_during_the_show_still_resolve() -> None:
    c = Classifier(WORDS, [], items=[101, 102], cart_nos=["4号链接", "８、９"])
    assert c.classify("4号还有吗")[1] == 101 and c.classify("9号链接")[1] == 102


def test_normalise_folds_every_character_its_table_names() -> None:
    """normalise skips the fold when a regex finds nothing to fold: that regex must name them all."""
    from app.core.triage import _TABLE, normalise

    for cp in _TABLE:
        text = f"好{chr(cp)}Ａb"
        assert normalise(text) == text.translate(_TABLE).lower(), hex(cp)


def test_a_replaced_classifier_and_a_closed_poll_s_tally_are_freed_at_once() -> None:
    """Each keyword, word-list or run-sheet change swaps in a new classifier, each poll a new tally,
    and each remembers the texts it read: a memo that held its owner kept every one of them (~5 MB
    a classifier) until a full collection, which the app's frozen start-up objects put off for hours."""
    import gc
    import weakref

    from app.core.comments import Comment
    from app.core.poll import PollSpec, Tally

    gc.disable()
    try:
        classifier = Classifier(keywords=["好看"])
        assert classifier.classify_norm("3号链接好看") == classifier.classify_norm("3号链接好看")
        tally = Tally(PollSpec(("红色", "蓝色")))
        tally.add_from([Comment("comment", "douyin", "m1", 1.0, "u1", "观众", "1", id=1)])
        assert tally.votes == [1, 0]
        gone = [weakref.ref(classifier), weakref.ref(tally), weakref.ref(tally.spec)]
        del classifier, tally
        assert [ref() for ref in gone] == [None, None, None]
    finally:
        gc.enable()
