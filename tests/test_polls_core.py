"""Poll votes as viewers type them, one per viewer, and the lottery overlap the desk warns about."""

from __future__ import annotations

import pytest

from app.core import poll as pl
from app.core.comments import Comment
from app.core.events import Event
from app.core.reducers import apply
from app.core.show import ShowState

SPEC = pl.PollSpec(("红色", "蓝色", "黑色"), (("要红",), (), ("black",)))


def comment(i: int, user: str, text: str, platform: str = "douyin", kind: str = "comment") -> Comment:
    return Comment(kind, platform, f"m{i}", 1000.0 + i, user, f"u{user}", text, id=i)


@pytest.mark.parametrize(("text", "option"), [
    ("1", 0), ("2", 1), ("3", 2), ("扣1", 0), ("扣 2", 1), ("扣２", 1), ("1111", 0), ("打3", 2),
    ("A", 0), ("b", 1), ("选C", 2), ("Ｂ！", 1), ("2号", 1), ("扣一", 0), ("投票3", 2),
    ("红色", 0), ("蓝色!!", 1), ("我要红色的", 0), ("要红", 0), ("BLACK", 2),
])
def test_a_vote_by_number_letter_or_keyword(text: str, option: int) -> None:
    assert SPEC.vote(text) == option


@pytest.mark.parametrize("text", ["4", "D", "扣4", "12", "1号链接多少钱", "红色和蓝色都要", "", "？", "hello", "扣"])
def test_what_is_not_a_vote(text: str) -> None:
    assert SPEC.vote(text) is None


def test_first_vote_counts_and_anonymous_viewers_do_not() -> None:
    tally = pl.Tally(SPEC)
    tally.add_from([comment(1, "a", "1"), comment(2, "a", "2"), comment(3, "", "2"), comment(4, "b", "你好"),
                    comment(5, "b", "B"), comment(6, "c", "3", kind="gift"), comment(7, "a", "1", platform="tiktok")])
    hidden = comment(8, "111111", "3")
    hidden.extra = {"anonymous": True}  # Douyin's masked viewers share one id
    tally.add_from([hidden])
    assert tally.votes == [2, 1, 0]
    assert len(tally) == 3


def test_comments_from_before_the_poll_do_not_vote() -> None:
    tally = pl.Tally(SPEC)
    tally.add_from([comment(1, "a", "1"), comment(2, "b", "2")], after_id=1)
    assert tally.votes == [0, 1, 0]


@pytest.mark.parametrize(("question", "options", "duration", "keywords", "code"), [
    ("", ["a", "b"], 0, None, "bad_question"),
    ("q", ["a"], 0, None, "bad_options"),
    ("q", list("abcdefg"), 0, None, "bad_options"),
    ("q", ["a", " "], 0, None, "bad_options"),
    ("q", ["红色", "红色！"], 0, None, "bad_options"),
    ("q", ["a", "b"], -1, None, "bad_duration"),
    ("q", ["a", "b"], 4000, None, "bad_duration"),
    ("q", ["x", "y"], 0, [["好"], ["好"]], "bad_keywords"),
    ("q", ["x", "y"], 0, [["2"], []], "bad_keywords"),
    ("q", ["x", "y"], 0, [[], [], []], "bad_keywords"),
    ("问" * 201, ["x", "y"], 0, None, "bad_question"),
    ("q", ["x", "y" * 61], 0, None, "bad_options"),
])
def test_refused_polls(question: str, options: list[str], duration: float,
                       keywords: list[list[str]] | None, code: str) -> None:
    with pytest.raises(pl.Refused) as exc:
        pl.check_poll(question, options, duration, keywords)
    assert exc.value.code == code


def test_labels_lose_control_characters() -> None:
    assert pl.tidy(" 红\u200b色\x07\ud800 ") == "红色"


def test_lottery_overlap() -> None:
    assert pl.lottery_overlap(SPEC, "扣1", False) == [0]
    assert pl.lottery_overlap(SPEC, "1", False) == [0]        # "扣1" contains "1": every "扣1" voter enters
    assert pl.lottery_overlap(SPEC, "福袋", False) == []
    assert pl.lottery_overlap(SPEC, "红色", True) == [0]
    assert pl.lottery_overlap(SPEC, "", False) == [0, 1, 2]   # any comment enters


def test_reducer_keeps_the_result_and_forgets_a_cancelled_poll() -> None:
    st = ShowState()
    opened = {"poll_id": "p1", "question": "哪个颜色?", "options": ["红", "蓝"], "keywords": [], "duration_s": 60}
    apply(st, Event(pl.POLL_OPENED, 100.0, opened, 1))
    view = pl.poll_view(st.extra["poll"], 110.0)
    assert view is not None and view["status"] == "open" and view["time_left_s"] == 50.0
    apply(st, Event(pl.POLL_CLOSED, 120.0, {"poll_id": "p1", "votes": [3, 5], "voters": 8, "reason": "closed"}, 2))
    view = pl.poll_view(st.extra["poll"], 121.0)
    assert view is not None
    assert [o["votes"] for o in view["options"]] == [3, 5] and view["voters"] == 8 and view["time_left_s"] is None
    assert pl.poll_view(st.extra["poll"], 120.0 + pl.RESULT_SHOWN_S + 1) is None  # off screen after a while
    assert st.extra["polls"][0]["votes"] == [3, 5]
    apply(st, Event(pl.POLL_OPENED, 200.0, {**opened, "poll_id": "p2", "duration_s": 0}, 3))
    assert pl.poll_view(st.extra["poll"], 5000.0)["time_left_s"] is None  # type: ignore[index]
    apply(st, Event(pl.POLL_CANCELLED, 201.0, {"poll_id": "p2"}, 4))
    assert st.extra["poll"] is None
