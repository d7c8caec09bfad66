"""The Q&A desk inside the Studio: questions from the feed, answer/skip/show, host view, restart."""

from __future__ import annotations

import io
import json
import time

import pytest
from pytestqt.qtbot import QtBot

from app.studio.exports import export
from app.studio.questions import Questions
from app.studio.studio import CommandError, Studio
from tests.conftest import comment
from tests.doubles import FakeClock


def feed(studio: Studio, *comments: object) -> None:
    assert studio.feed is not None
    studio.feed.pipeline.accept(list(comments), "test", time.time())  # type: ignore[arg-type]
    studio.feed.drain()


def test_questions_are_queued_grouped_and_answered(live_studio: Studio, clock: FakeClock, qtbot: QtBot) -> None:
    desk = Questions(live_studio)
    live_studio.execute("show.start")
    coat = live_studio.snapshot()["current"]["item_id"]
    feed(live_studio, comment(1, "这个多少钱？"), comment(2, "好看"), comment(3, "这个多少钱"),
         comment(4, "2号链接有没有大码"), comment(5, "这个多少钱呀"))
    qtbot.waitUntil(lambda: len(desk.queue) == 2, timeout=2000)  # the desk's copy is at most 0.25 s old
    groups = desk.queue.newest_first()
    assert [(g.text, g.count) for g in groups] == [("这个多少钱？", 3), ("2号链接有没有大码", 1)]
    assert groups[0].item_id == coat and groups[1].item_id != coat  # "2号链接" is the second item
    assert live_studio.snapshot()["questions"] == {"open": 2, "answered": 0, "skipped": 0}

    live_studio.execute("question.show", {"comment_id": 3})  # any comment of the group names it
    shown = live_studio.snapshot()["question"]
    assert shown["text"] == "这个多少钱？" and shown["count"] == 3 and shown["item_name"] == "羊毛大衣"
    feed(live_studio, comment(6, "多少钱这个"), comment(7, "这个多少钱!!"))
    # the host sees the count grow (the desk takes the moved queue within QUEUE_EVERY_S)
    qtbot.waitUntil(lambda: live_studio.snapshot()["question"]["count"] == 4, timeout=2000)
    live_studio.execute("question.answer", {"comment_id": 1})
    assert live_studio.snapshot()["question"] is None
    live_studio.execute("question.skip", {"comment_id": 4})
    assert [g.text for g in desk.queue.newest_first()] == ["多少钱这个"]
    types = [e.type for e in live_studio.store.events(live_studio.show_id or 0)]
    assert types[-3:] == ["question_shown", "question_answered", "question_skipped"]
    with pytest.raises(CommandError) as exc:
        live_studio.execute("question.answer", {"comment_id": 2})  # not a question
    assert exc.value.code == "not_found"


def test_the_queue_and_its_marks_survive_a_restart(live_studio: Studio, clock: FakeClock, qtbot: QtBot) -> None:
    Questions(live_studio)
    live_studio.execute("show.start")
    feed(live_studio, comment(1, "怎么买"), comment(2, "尺码怎么选"), comment(3, "尺码怎么选?"))
    live_studio.execute("question.answer", {"comment_id": 1})
    assert live_studio.feed is not None
    live_studio.feed.pipeline.writer.flush()
    again = Studio(live_studio.store, clock=clock, feed=live_studio.feed)
    desk = Questions(again)
    again.open_show(live_studio.show_id or 0)
    qtbot.waitUntil(lambda: len(desk.queue) == 2, timeout=5000)
    assert [(g.text, g.count) for g in desk.queue.newest_first()] == [("尺码怎么选", 2)]
    assert desk.queue.counts()["answered"] == 1
    # The second studio shares the fixture's feed: delete it here, on the GUI thread, so the cyclic GC
    # never finalises it (and its timers) later from the writer thread.
    again.deleteLater()


def test_unanswered_questions_are_kept_for_after_the_show(live_studio: Studio) -> None:
    Questions(live_studio)
    live_studio.execute("show.start")
    feed(live_studio, comment(1, "怎么买"), comment(2, "尺码怎么选"), comment(3, "尺码怎么选?"),
         comment(4, "发什么快递？"))
    live_studio.execute("question.answer", {"comment_id": 1})
    live_studio.execute("show.end")
    assert live_studio.feed is not None
    live_studio.feed.pipeline.writer.flush()
    out = io.StringIO()
    export(live_studio.store, live_studio.show_id or 0, "questions", "json", out)
    rows = json.loads(out.getvalue())
    assert [(r["text"], r["status"], r["count"]) for r in rows] == [
        ("发什么快递？", "open", 1), ("尺码怎么选", "open", 2), ("怎么买", "answered", 1)]
    assert rows[0]["item_name"] == "羊毛大衣"
    out = io.StringIO()
    export(live_studio.store, live_studio.show_id or 0, "questions", "csv", out)
    assert out.getvalue().splitlines()[0].startswith("comment_id,status,count")


def test_a_flood_of_questions_is_copied_a_few_times_a_second_and_the_last_move_still_shows(
        live_studio: Studio, qtbot: QtBot) -> None:
    """Each drain moves the queue in a flood; the desk copies it at most every QUEUE_EVERY_S, and
    the last move is shown when that slot comes, with nothing more arriving."""
    desk = Questions(live_studio)
    live_studio.execute("show.start")
    copies = []
    result = desk.counting.result
    desk.counting.result = lambda name: copies.append(name) or result(name)  # type: ignore[method-assign, func-returns-value]
    start = time.monotonic()
    for i in range(1, 41):
        feed(live_studio, comment(i, f"{150 + i}cm穿什么码？"))
        assert len(desk.queue.newest_first()) >= 1  # the desk looks after every drain
    took = time.monotonic() - start
    assert copies.count("questions") <= 2 + took / 0.25  # not 40
    shown: list[int] = []  # what a panel that repaints on `changed` lists
    desk.changed.connect(lambda: shown.append(len(desk.queue.newest_first())))
    for i in (41, 42):  # the second is at most a few ms after a copy, or after one held back
        feed(live_studio, comment(i, f"{150 + i}cm穿什么码？"))
    qtbot.waitUntil(lambda: shown[-1:] == [42], timeout=2000)  # announced on its own, nothing more arriving


def test_a_command_reads_the_queue_as_it_is_now_not_the_desks_last_copy(live_studio: Studio, clock: FakeClock,
                                                                           qtbot: QtBot,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The desk's panel takes a copy of the queue at most every QUEUE_EVERY_S, but a second desk asks
    `questions.list` the moment a question reaches it (and answers it): a copy taken a moment before
    would miss it, and with the counts unchanged nothing would make the second desk ask again."""
    desk = Questions(live_studio)
    live_studio.execute("show.start")
    feed(live_studio, comment(1, "这个多少钱？"), comment(2, "今天有优惠吗"))
    assert len(desk.queue) == 2  # the panel's copy, just taken
    now = time.monotonic()
    monkeypatch.setattr("app.studio.questions.time.monotonic", lambda: now)  # no time passes, however slow
    feed(live_studio, comment(3, "这个多少钱？", user="u3"), comment(4, "这个多少钱", user="u4"),
         comment(5, "有没有大码"))
    listed = live_studio.execute("questions.list", {"order": "count"})["questions"]
    assert [(q["text"], q["count"]) for q in listed][:2] == [("这个多少钱？", 3), ("有没有大码", 1)]
    live_studio.execute("question.answer", {"comment_id": 5})  # the newest question, answered at once


def test_a_full_queue_keeps_the_host_s_question_and_a_restart_reads_back_what_the_desk_had(
        live_studio: Studio, clock: FakeClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past its limit the desk's queue drops groups; never the one on the host view (it could not be
    answered, and would stay on the host's screen). After a restart the read-back applies each mark
    where the desk made it, so it drops what the live queue dropped and keeps its marks."""
    from app.core import questions as qs

    monkeypatch.setattr(qs, "MAX_GROUPS", 10)
    monkeypatch.setattr(qs, "EVICT", 2)
    desk = Questions(live_studio)
    live_studio.execute("show.start")
    feed(live_studio, comment(1, "有M码吗"))
    qtbot.waitUntil(lambda: desk.now().find(1) is not None, timeout=2000)
    live_studio.execute("question.show", {"comment_id": 1})
    for i in range(2, 40):  # one-off questions: the oldest go, the host's stays
        feed(live_studio, comment(i, f"{150 + i}cm能穿吗"))
        if i % 9 == 0:
            live_studio.execute("question.answer", {"comment_id": i - 1})
    qtbot.waitUntil(lambda: desk.now().find(39) is not None, timeout=2000)
    assert len(desk.now()) <= 10 and desk.now().find(1) is not None
    live_studio.execute("question.answer", {"comment_id": 1})  # still answerable: the host's screen clears
    assert live_studio.snapshot()["question"] is None
    live = sorted((g.text, g.status, g.count) for g in desk.now().groups.values())
    assert live_studio.feed is not None
    live_studio.feed.pipeline.writer.flush()
    again = Studio(live_studio.store, clock=clock, feed=live_studio.feed)
    back = Questions(again)
    again.open_show(live_studio.show_id or 0)
    qtbot.waitUntil(lambda: not back._rebuilding, timeout=5000)
    assert sorted((g.text, g.status, g.count) for g in back.now().groups.values()) == live
    again.deleteLater()


def test_the_push_after_a_mark_carries_the_new_counts(live_studio: Studio, qtbot: QtBot) -> None:
    """A second desk refetches its question list when the pushed counts move: the push after an answer
    must carry them (it was made before the mark reached the queue: the desk never refetched once the
    show had ended, and waited for the next tick while it was live)."""
    desk = Questions(live_studio)
    live_studio.execute("show.start")
    feed(live_studio, comment(1, "怎么买"), comment(2, "尺码怎么选"))
    qtbot.waitUntil(lambda: len(desk.now()) == 2, timeout=2000)
    pushed: list[dict[str, object]] = []
    live_studio.published.connect(lambda m: pushed.append(m["state"]) if m.get("type") == "state" else None)
    live_studio.execute("question.answer", {"comment_id": 1})
    assert pushed[-1]["questions"] == {"open": 1, "answered": 1, "skipped": 0}
