"""The user's banned-word list gets the words later versions ship, once, and keeps the user's edits:
the copy in the data dir was made on first use and never changed again, so 全网第一 and 百分百
(added to the shipped list since) never reached anyone who had used LiveDeck before."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.triage import load_wordlist
from app.studio import wordlist as wl


def _words(path: Path) -> list[str]:
    return [w.word for w in load_wordlist(path)]


def test_a_copy_from_the_first_release_gets_the_new_words_not_the_ones_the_user_deleted(tmp_path: Path) -> None:
    old = tmp_path / wl.USER_NAME  # as the first release copied it, then edited by the producer
    lines = [f"absolute\t{w}\t" for w in sorted(wl.FIRST_SHIPPED) if w != "微信"]  # 微信: a false alarm for them
    old.write_text("# theirs\n" + "\n".join(lines) + "\nbanned\t某竞品\t\n", encoding="utf-8")
    path = wl.wordlist_path(tmp_path)
    words = _words(path)
    assert {"全网第一", "百分百"} <= set(words)  # shipped after that copy was made
    assert "微信" not in words and "某竞品" in words  # their deletion and their own word stand
    assert path.read_text(encoding="utf-8").startswith("# theirs\n")
    assert len(words) == len(set(words))
    before = path.read_text(encoding="utf-8")
    wl.wordlist_path(tmp_path)
    assert path.read_text(encoding="utf-8") == before  # offered once


def test_a_word_shipped_later_reaches_a_copy_once_and_a_deleted_one_stays_deleted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = tmp_path / "shipped.tsv"
    shipped.write_text("absolute\t最\t\nmedical\t治疗\t\n", encoding="utf-8")
    monkeypatch.setattr(wl, "SHIPPED_WORDLIST", shipped)
    data = tmp_path / "data"
    data.mkdir()
    path = wl.wordlist_path(data)
    assert _words(path) == ["最", "治疗"]
    path.write_text("absolute\t最\t\n", encoding="utf-8")  # the producer deletes 治疗
    shipped.write_text("absolute\t最\t\nmedical\t治疗\t\nmedical\t增高\t非药品不得宣称增高功效\n", encoding="utf-8")
    assert _words(wl.wordlist_path(data)) == ["最", "增高"]
    assert load_wordlist(path)[1].suggestion == "非药品不得宣称增高功效"
    assert _words(wl.wordlist_path(data)) == ["最", "增高"]


def test_a_copy_that_cannot_be_written_is_read_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / wl.USER_NAME
    path.write_text("absolute\t最\t\n", encoding="utf-8")
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        assert wl.wordlist_path(tmp_path) == path
        assert "最" in _words(path)
    finally:
        tmp_path.chmod(0o755)
        path.chmod(0o644)
