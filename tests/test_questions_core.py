"""The Q&A queue: the same question grouped, newest first, marked, reopened when asked again later."""

from __future__ import annotations

import random

from app.core import questions as qs
from app.core.comments import QUESTION, Comment
from app.core.events import Event
from app.core.reducers import apply
from app.core.show import ShowState


def q(i: int, text: str, user: str = "", item_ref: int | None = None, ts: float | None = None,
      flags: int = QUESTION) -> Comment:
    return Comment("comment", "douyin", f"m{i}", 1000.0 + i if ts is None else ts, user or f"u{i}", f"name{i}",
                   text, flags=flags, item_ref=item_ref, id=i)


def test_the_same_question_is_grouped_per_item() -> None:
    queue = qs.QuestionQueue()
    queue.add(q(1, "多少钱？"), current_item=7)
    queue.add(q(2, "多少钱呀"), current_item=7)
    queue.add(q(3, "多少钱", user="u1"), current_item=7)   # same viewer again: counted, one asker
    queue.add(q(4, "多少钱"), current_item=8)               # a different product on air
    queue.add(q(5, "3号链接多少钱", item_ref=9), current_item=7)
    queue.add(q(6, "好看", flags=0), current_item=7)        # not a question
    groups = queue.newest_first()
    assert [(g.text, g.item_id, g.count) for g in groups] == [
        ("3号链接多少钱", 9, 1), ("多少钱", 8, 1), ("多少钱？", 7, 3)]
    assert groups[2].to_json()["askers"] == 2


def test_askers_are_viewers_per_platform() -> None:
    """The same user id on two platforms is two viewers; the same viewer asking again is one."""
    queue = qs.QuestionQueue()
    for i, platform in enumerate(["douyin", "kuaishou", "douyin"]):
        queue.add(Comment("comment", platform, f"m{i}", 1000.0 + i, "u1", "name", "多少钱", flags=QUESTION, id=i + 1))
    (group,) = queue.newest_first()
    assert group.count == 3 and group.to_json()["askers"] == 2
    assert queue.snapshot().newest_first()[0].to_json()["askers"] == 2
    queue.add(Comment("comment", "douyin", "m9", 1010.0, "u1", "name", "有没有大码", flags=QUESTION, id=9))
    queue.add(Comment("comment", "douyin", "m10", 1011.0, "u1", "name", "多少钱", flags=QUESTION, id=10), 5)
    assert [(g.text, g.askers) for g in queue.newest_first()] == [("多少钱", 1), ("有没有大码", 1), ("多少钱", 2)]


def test_marking_and_reopening() -> None:
    queue = qs.QuestionQueue()
    queue.add(q(1, "有没有大码"), 1)
    queue.add(q(2, "有没有大码?"), 1)
    assert queue.mark(2, "answered", 1010.0) is not None  # any comment of the group names it
    assert queue.newest_first() == []
    queue.add(q(3, "有没有大码", ts=1030.0), 1)             # a straggler right after the answer
    assert queue.counts() == {"open": 0, "answered": 1, "skipped": 0}
    queue.add(q(4, "有没有大码", ts=1100.0), 1)             # asked again a while later: open again
    assert [g.count for g in queue.newest_first()] == [4]


def test_build_from_stored_comments_and_events() -> None:
    events = [Event("segment_started", 1000.0, {"item_id": 1}), Event("segment_started", 1005.5, {"item_id": 2}),
              Event(qs.QUESTION_SKIPPED, 1009.0, {"comment_id": 2})]
    queue = qs.build([q(1, "尺码怎么选"), q(2, "能不能便宜点"), q(6, "尺码怎么选")],
                     qs.segment_starts(events), qs.marks_from(events))
    assert [(g.text, g.item_id, g.status) for g in queue.newest_first(None)] == [
        ("尺码怎么选", 2, "open"), ("能不能便宜点", 1, "skipped"), ("尺码怎么选", 1, "open")]


def test_the_question_on_the_host_view() -> None:
    st = ShowState()
    apply(st, Event(qs.QUESTION_SHOWN, 5.0, {"comment_id": 3, "text": "多少钱"}))
    assert st.extra["question"]["text"] == "多少钱"
    apply(st, Event(qs.QUESTION_SKIPPED, 6.0, {"comment_id": 4}))
    assert st.extra["question"] is not None   # another question skipped: this one stays
    apply(st, Event(qs.QUESTION_ANSWERED, 7.0, {"comment_id": 3}))
    assert st.extra["question"] is None


def test_each_snapshot_is_the_queue_as_it_was_and_the_next_one_builds_on_it() -> None:
    """The desk reads the queue through snapshots taken on another thread: each shows the counts and
    statuses of its moment, a later one shows what moved since, and taking it changes no earlier one."""
    queue = qs.QuestionQueue()
    for i in range(1, 301):
        queue.add(q(i, f"第{i % 100}号问题吗"), current_item=7)  # 100 groups, 3 askers each
    first = queue.snapshot()
    queue.add(q(301, "第1号问题吗", user="late"), current_item=7)
    queue.mark(2, "answered", 2000.0)
    second = queue.snapshot(first)
    third = queue.snapshot(second)  # nothing moved in between

    def seen(s: qs.QuestionQueue) -> list[tuple[str, int, int, str]]:
        return sorted((g.text, g.count, g.askers, g.status) for g in s.groups.values())

    whole = queue.snapshot()  # a fresh copy of everything, for comparison
    assert seen(second) == seen(third) == seen(whole)
    assert second.find(301) is not None and second.find(301).count == 4  # type: ignore[union-attr]
    assert second.find(2).status == "answered"  # type: ignore[union-attr]
    assert first.find(1).count == 3 and first.find(2).status == "open"  # type: ignore[union-attr]
    assert first.find(301) is None and first.version < second.version == third.version


def test_recent_comments_and_every_first_one_find_their_group_and_the_index_stays_bounded() -> None:
    """A desk names a question by any comment it can still see (the feed's newest) or by the group's
    first; a 3-hour show's every question comment is not kept for that. Before, the 51st asking of a
    popular question (the one on screen) found nothing, and every id of the show stayed in memory."""
    queue = qs.QuestionQueue()
    total = qs.RECENT_IDS * 3
    for i in range(1, total + 1):
        queue.add(q(i, f"第{i % 500}号问题吗"), current_item=7)  # 500 groups, asked 120 times each
        if i % 7_000 == 0:
            queue.snapshot()  # a desk looking now and then freezes what it saw
    snap = queue.snapshot()
    for found in (queue, snap):
        assert found.find(total).count == 120  # type: ignore[union-attr]  # the newest: far past 50 a group
        assert found.find(total - qs.RECENT_IDS + 1) is not None  # still within the newest RECENT_IDS
        assert found.find(1).text == "第1号问题吗"  # type: ignore[union-attr]  # a group's first, from the start
        assert found.find(1_000) is None  # neither a first nor recent: not kept
    kept = len(snap.by_id) + sum(len(link) for link in snap._links)
    assert qs.RECENT_IDS + 500 <= kept <= qs.RECENT_IDS + qs.LINK_IDS + 500
    queue.add(q(total + 1, "第1号问题吗"), current_item=7)
    assert snap.find(total + 1) is None and queue.snapshot(snap).find(total + 1) is not None  # a snapshot is its moment


def test_snapshot_orders_and_counts_follow_the_queue_and_cost_only_what_changed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A long show gathers thousands of question groups and the desk lists them four times a second:
    each snapshot's lists (newest first, most asked first, per status) and counts equal the queue's
    sorted afresh, and a snapshot after a few changes orders only those (bisected into its base's)."""
    rng = random.Random(7)
    queue = qs.QuestionQueue()
    for i in range(1, 5001):
        queue.add(q(i, f"{150 + i % 37}cm {40 + i % 83}kg穿什么码"), current_item=rng.choice((1, 2)))
    snap = queue.snapshot()
    next_id = 5001
    calls = [0]
    newest = qs._by_newest

    def counted(g: qs.QuestionGroup) -> tuple[int, ...]:
        calls[0] += 1
        return newest(g)

    for round_ in range(30):
        for _ in range(rng.randrange(0, 12)):
            queue.add(q(next_id, f"{150 + rng.randrange(60)}cm {40 + rng.randrange(90)}kg穿什么码"),
                      current_item=rng.choice((1, 2, 3)))
            next_id += 1
        for _ in range(rng.randrange(0, 4)):
            queue.mark(rng.randrange(1, next_id), rng.choice(qs.STATUSES), 3000.0 + round_)
        for by in ("newest", "count"):
            snap.ordered("open", by, 300)  # the desk looked at the last one
        snap.counts()
        snap = queue.snapshot(snap)
        whole = queue.snapshot()
        for status in (None, *qs.STATUSES):
            for by in ("newest", "count"):
                key = (lambda g: (g.count, g.last_id)) if by == "count" else (lambda g: g.last_id)
                expected = sorted((g for g in whole.groups.values() if status is None or g.status == status),
                                  key=key, reverse=True)[:300]
                assert [g.key for g in snap.ordered(status, by, 300)] == [g.key for g in expected]
        assert snap.counts() == whole.counts()
    monkeypatch.setattr(qs, "_by_newest", counted)
    queue.add(q(next_id, "990cm 1kg穿什么码"), current_item=1)
    queue.mark(5, "answered", 4000.0)
    snap.ordered("open", "newest", 300)
    snap = queue.snapshot(snap)
    snap.ordered("open", "newest", 300)
    assert len(queue) > 4000 and calls[0] <= 4 * 16  # two changed groups: two bisects each, not 4,000 keys


def test_a_desk_s_queue_keeps_its_most_asked_open_questions_and_its_snapshots_stay_true(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A 3-hour show of varied questions made tens of thousands of groups no desk scrolls to, each
    kept with a copy in the desk's snapshot. Past its limit the queue drops answered and skipped
    ones first, then the least asked, oldest; the most asked stay, a question just asked stays, and
    every snapshot's lists and counts still equal the queue's, taken afresh, a few changes at a time
    (bisected into the last snapshot's order) as well as after many."""
    monkeypatch.setattr(qs, "EVICT", 3)
    insorts = [0]
    insort = qs.bisect.insort

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        insorts[0] += 1
        return insort(*args, **kwargs)

    monkeypatch.setattr(qs.bisect, "insort", counted)
    rng = random.Random(11)
    queue = qs.QuestionQueue(max_groups=2_000)
    queue.add(q(1, "有没有大码"), current_item=1)
    for i in range(2, 40):  # asked 39 times: the desk's top question
        queue.add(q(i, "有没有大码？"), current_item=1)
    next_id = 40
    for _ in range(2_100):  # past the limit
        queue.add(q(next_id, f"第{next_id}个问题吗"), current_item=2)
        next_id += 1
    snap = queue.snapshot()
    for round_ in range(80):
        many = round_ % 10 == 9
        for _ in range(rng.randrange(60, 120) if many else rng.randrange(1, 4)):
            text = f"{150 + rng.randrange(400)}cm能穿吗" if rng.random() < 0.5 else f"第{next_id}个问题吗"
            queue.add(q(next_id, text), current_item=rng.choice((1, 2)))
            next_id += 1
        queue.mark(rng.randrange(40, next_id), rng.choice(("answered", "skipped")), 3000.0 + round_)
        for by in ("newest", "count"):
            snap.ordered("open", by, 300)  # the desk looked at the last one
        snap.counts()
        snap = queue.snapshot(snap)
        whole = queue.snapshot()
        assert len(queue) <= 2_000 and queue.find(next_id - 1) is not None  # the newest stayed
        for status in (None, *qs.STATUSES):
            for by in ("newest", "count"):
                assert [g.key for g in snap.ordered(status, by, 300)] == [g.key for g in whole.ordered(status, by, 300)]
        assert snap.counts() == whole.counts()
    assert queue.find(1).count == 39  # type: ignore[union-attr]  # the most asked never went
    assert insorts[0] > 100  # most rounds were incremental
    unbounded = qs.build([q(i, f"第{i}个问题吗") for i in range(1, 3_001)], [])
    assert len(unbounded) == 3_000  # an export's or the review's queue keeps every group


def test_askers_are_counted_across_two_generations(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Who asked what is remembered for the last two generations of (group, viewer) pairs: within them a
    viewer asking again is one asker; a viewer asking again past them counts again."""
    monkeypatch.setattr(qs, "ASKERS_GENERATION", 10)
    queue = qs.QuestionQueue()
    queue.add(q(1, "多少钱", user="early"), current_item=1)
    for i in range(2, 16):  # 14 other viewers: the first generation fills and rotates once
        queue.add(q(i, "多少钱"), current_item=1)
    queue.add(q(16, "多少钱", user="early"), current_item=1)  # in the previous generation: not again
    assert queue.find(1).askers == 15  # type: ignore[union-attr]
    for i in range(17, 40):
        queue.add(q(i, "多少钱"), current_item=1)
    queue.add(q(40, "多少钱", user="early"), current_item=1)  # two rotations later: counted again
    assert queue.find(1).askers == 15 + 23 + 1  # type: ignore[union-attr]
    steady = qs.QuestionQueue()
    for i in range(1, 101):  # one viewer asks every fifth time among 80 others: always within a generation
        steady.add(q(i, "发什么快递", user="steady" if i % 5 == 0 else f"v{i}"), current_item=1)
    assert steady.find(1).askers == 80 + 1  # type: ignore[union-attr]


def test_a_live_queue_lists_what_it_has_now() -> None:
    queue = qs.QuestionQueue()
    queue.add(q(1, "多少钱？"))
    assert [g.text for g in queue.newest_first()] == ["多少钱？"]
    queue.add(q(2, "有大码吗"))
    assert [g.text for g in queue.newest_first()] == ["有大码吗", "多少钱？"]


def test_two_desks_reading_different_orders_both_stay_incremental(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The panel lists newest first, a second desk most asked first: every snapshot carries both on."""
    queue = qs.QuestionQueue()
    for i in range(1, 3001):
        queue.add(q(i, f"第{i}个问题吗"))
    snap = queue.snapshot()
    snap.ordered("open", "newest", 300)
    snap.ordered("open", "count", 300)
    calls = [0]
    newest, count = qs._by_newest, qs._by_count

    def counted(key):  # type: ignore[no-untyped-def]
        def wrapped(g: qs.QuestionGroup) -> tuple[int, ...]:
            calls[0] += 1
            return key(g)  # type: ignore[no-any-return]
        return wrapped

    monkeypatch.setattr(qs, "_by_newest", counted(newest))
    monkeypatch.setattr(qs, "_by_count", counted(count))
    for n, by in enumerate(("newest", "count") * 5):
        queue.add(q(5000 + n, "第7个问题吗"))  # one group changes between snapshots
        snap = queue.snapshot(snap)
        top = snap.ordered("open", by, 300)
        assert top[0].text == "第7个问题吗"
    assert calls[0] < 10 * 2 * 3 * 16  # a few bisects per order per snapshot, not 3,000 keys a sort


def test_a_dropped_question_asked_again_is_a_new_group_that_old_ids_do_not_name(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A stale row on a desk names a dropped group by an old comment: it must not mark the group the
    same question makes when asked again, and that group counts its own askers from 1."""
    monkeypatch.setattr(qs, "EVICT", 1)
    queue = qs.QuestionQueue(max_groups=2)
    queue.add(q(1, "多少钱", user="alice"), current_item=1)
    queue.add(q(2, "多少钱？", user="bob"), current_item=1)
    queue.mark(1, "answered", 1002.5)
    queue.add(q(3, "发什么快递"), current_item=1)
    queue.add(q(4, "包邮吗"), current_item=1)  # full: the answered one goes
    assert queue.find(1) is None and queue.find(2) is None
    queue.add(q(5, "多少钱", user="alice"), current_item=1)  # asked again
    again = queue.find(5)
    assert again is not None and again.comment_id == 5 and again.count == 1 and again.askers == 1
    assert queue.find(1) is None and queue.find(2) is None  # old ids: not the new group
    assert queue.snapshot().find(1) is None
