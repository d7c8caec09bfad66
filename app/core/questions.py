"""The Q&A queue (问答): questions from the comments, grouped when the same question repeats.

Triage already flags questions. Here they are grouped by their normalised text and the item they
refer to ("3号链接" or, failing that, the item on air when it was asked), counted, and ordered
newest first. The assistant marks a group answered or skipped, or sends it to the host view; what
is still open when the show ends is kept for after the show.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.core.changes import Change
from app.core.comments import QUESTION, UNKNOWN_LINK, Comment
from app.core.events import Event
from app.core.id_chain import chained
from app.core.reducers import register
from app.core.show import ShowState
from app.core.triage import normalise

QUESTION_ANSWERED, QUESTION_SKIPPED, QUESTION_SHOWN = "question_answered", "question_skipped", "question_shown"
QUESTION_HIDDEN = "question_hidden"
STATUSES = ("open", "answered", "skipped")
REOPEN_AFTER_S = 60.0  # the same question asked this long after its answer is open again
RECENT_IDS = 20_000    # question comments found by id besides each group's first: the feed's window and more
LINK_IDS = 2_048       # ids per frozen link of that index: a snapshot shares whole links, copies only the last
MAX_GROUPS = 20_000    # a desk's live queue (the export and the review read every stored question)
EVICT = 200            # groups dropped at a time once a live queue is past MAX_GROUPS
ASKERS_GENERATION = 100_000  # (group, viewer) pairs per generation; two are remembered (~14 MB)
INCREMENTAL_MAX = 200  # changed groups a snapshot's order takes one by one; past this it sorts

# Sentence-final particles and punctuation do not make a different question: "多少钱?" = "多少钱呀".
_NOISE_RE = re.compile(r"[\s!！。.,，~～、?？:：;；'\"“”‘’()（）\[\]【】…@#]+|[呀啊呢吧哈嘛啦哦噢]+$")


@functools.lru_cache(maxsize=65_536)  # rooms repeat the same few questions thousands of times
def question_key(text: str) -> str:
    norm = normalise(text)
    prev = None
    while prev != norm:  # "多少钱呀？" → "多少钱呀" → "多少钱"
        prev, norm = norm, _NOISE_RE.sub("", norm)
    return norm


Key = tuple[str, int | None]  # (question key, item): a group's place in QuestionQueue.groups


@dataclass(slots=True)  # a long show has tens of thousands, each also copied into snapshots
class QuestionGroup:
    """One question as the desk lists it: first wording, how often, by whom, about which item."""

    comment_id: int            # the first comment of the group: its id on the wire
    text: str
    user_name: str
    item_id: int | None
    first_ts: float
    last_ts: float
    last_id: int
    count: int = 1
    status: str = "open"
    status_at: float = 0.0
    askers: int = 0  # viewers who asked it (QuestionQueue._askers knows who)
    key: Key = ("", None)  # its place in QuestionQueue.groups

    def clone(self) -> QuestionGroup:
        """A copy for a snapshot."""
        return QuestionGroup(self.comment_id, self.text, self.user_name, self.item_id, self.first_ts, self.last_ts,
                             self.last_id, self.count, self.status, self.status_at, self.askers, self.key)

    def to_json(self) -> dict[str, Any]:
        return {"comment_id": self.comment_id, "text": self.text, "user_name": self.user_name,
                "item_id": self.item_id, "count": self.count, "askers": self.askers,
                "first_ts": self.first_ts, "last_ts": self.last_ts, "status": self.status}


class QuestionQueue:
    """Groups by (question key, item). Feed it question comments in arrival order.

    A comment id finds its group if it is the group's first or one of the newest RECENT_IDS
    question comments (what a desk can still click or a client can still name): a 3-hour show's
    every id was the queue's largest and ever-growing part."""

    def __init__(self, max_groups: int | None = None) -> None:
        self.max_groups = max_groups  # past this the groups a desk would look at last go (see `_evict`)
        self.keep_id: int | None = None  # the group on the host view (its first comment id): never dropped
        self.newest_id = 0  # the newest question comment counted: where a desk's mark stands (`build`)
        self.groups: dict[Key, QuestionGroup] = {}
        self.by_id: Mapping[int, Key] = {}  # each group's first comment id -> its key
        self._new_ids: dict[int, Key] = {}  # first ids of the groups made since the last snapshot
        self._recent: dict[int, Key] = {}  # the newest question comments' ids, not yet in a link
        self._links: tuple[dict[int, Key], ...] = ()  # older recent ids, newest link first; never changed
        # Who asked what: one show-wide set of hash((group's first id, platform, user_id)), on the live queue. A
        # set per group cost ~110 bytes an asker (most groups are small, and a small set is 216 bytes):
        # the largest part of a long show's growth. A 64-bit hash collides once in ~10^8 pairs at 1M.
        # Two generations: a viewer asking the same again 100-200k (group, viewer) pairs later counts again.
        self._askers: set[int] = set()
        self._askers_before: set[int] = set()
        self.version = 0  # bumps on every change, so views repaint only when something moved
        self._dirty: set[Key] = set()  # groups changed since the last snapshot
        self._counted: tuple[int, dict[str, int]] | None = None  # (version, counts) of the last count
        # A snapshot's orders (every group, by "newest" or "count") are made once, from its base's.
        self._orders: dict[str, list[QuestionGroup]] = {}
        self._orders_at = -1  # the version `_orders` were made at
        self._base: QuestionQueue | None = None  # the snapshot this one was made from, until it is read
        self._changed: frozenset[Key] = frozenset()  # the groups changed since `_base`

    def add(self, c: Comment, current_item: int | None = None) -> QuestionGroup | None:
        if c.kind != "comment" or not c.flags & QUESTION or c.deleted:
            return None
        key_text = question_key(c.text)
        if not key_text:
            return None
        self.newest_id = max(self.newest_id, c.id)
        # A question naming a link the cart does not have is about no item, not the one on air.
        item = c.item_ref if c.item_ref is not None or c.flags & UNKNOWN_LINK else current_item
        key = (key_text, item)
        g = self.groups.get(key)
        if g is None:
            if self.max_groups is not None and len(self.groups) >= self.max_groups:
                self._evict()  # before the new one joins: a question just asked never goes at once
            g = QuestionGroup(c.id, c.text, c.user_name, item, c.ts, c.ts, c.id, status_at=c.ts, key=key)
            self.groups[key] = g
        else:
            g.count += 1
            g.last_ts, g.last_id = max(g.last_ts, c.ts), max(g.last_id, c.id)
            if g.status != "open" and c.ts - g.status_at > REOPEN_AFTER_S:
                g.status, g.status_at = "open", c.ts
        if c.user_id:
            h = hash((g.comment_id, c.platform, c.user_id))  # a group made again after eviction is another
            if h not in self._askers:
                self._askers.add(h)
                if h not in self._askers_before:  # else only kept fresh: asked within the last generation
                    g.askers += 1
                if len(self._askers) >= ASKERS_GENERATION:
                    self._askers_before, self._askers = self._askers, set()
        if g.comment_id == c.id:
            self._new_ids[c.id] = g.key  # the group's own tuple: one per comment was 56 bytes a question kept
        else:
            self._recent[c.id] = g.key
            if len(self._recent) >= LINK_IDS:
                self._freeze()
        self._dirty.add(g.key)
        self.version += 1
        return g

    def _evict(self) -> None:
        """EVICT groups go: answered and skipped ones first, then the least asked, oldest. A 3-hour show
        of varied questions made tens of thousands of groups (~500 bytes each, and a copy in the
        desk's snapshot) that no desk scrolls to; their comments stay in the database, and a repeat
        starts a new group."""
        victims = [g for g in heapq.nsmallest(EVICT + 1, self.groups.values(), key=_eviction_order)
                   if g.comment_id != self.keep_id]
        for g in victims[:EVICT]:
            del self.groups[g.key]
            self._dirty.add(g.key)
            self._new_ids.pop(g.comment_id, None)

    def add_from(self, comments: Iterable[Comment], current_item: int | None = None) -> int:
        return sum(1 for c in comments if self.add(c, current_item) is not None)

    def find(self, comment_id: int) -> QuestionGroup | None:
        """The group of a question comment; None when its group was dropped, even if the same question
        has a group again (a group starts at its first comment: it holds nothing before that)."""
        key = self._new_ids.get(comment_id) or self.by_id.get(comment_id) or self._recent.get(comment_id)
        for link in self._links:
            if key is not None:
                break
            key = link.get(comment_id)
        g = None if key is None else self.groups.get(key)
        return g if g is not None and g.comment_id <= comment_id else None

    def _freeze(self) -> None:
        """The recent ids become a link nobody changes again (a snapshot shares it); a small newest link
        is merged into, and links past RECENT_IDS ids are dropped whole."""
        recent, self._recent = self._recent, {}
        links = self._links
        if links and len(links[0]) + len(recent) <= LINK_IDS:
            links = ({**links[0], **recent}, *links[1:])
        else:
            links = (recent, *links)
        kept, total = 0, 0
        while kept < len(links) and total < RECENT_IDS:
            total += len(links[kept])
            kept += 1
        self._links = links[:kept]

    def mark(self, comment_id: int, status: str, at: float) -> QuestionGroup | None:
        g = self.find(comment_id)
        if g is not None and status in STATUSES:
            g.status, g.status_at = status, at
            self._dirty.add(g.key)
            self.version += 1
        return g

    def newest_first(self, status: str | None = "open") -> list[QuestionGroup]:
        return self.ordered(status, "newest")

    def most_asked_first(self, status: str | None = "open") -> list[QuestionGroup]:
        """The questions most viewers are waiting on first; the newest breaks a tie."""
        return self.ordered(status, "count")

    def ordered(self, status: str | None = "open", by: str = "newest", limit: int | None = None) -> list[QuestionGroup]:
        """The groups of `status` (None: all) newest first, or most asked first (`by="count"`); the
        first `limit` of them."""
        order = self._order(by)
        if status is None:
            return order[:limit]
        return list(itertools.islice((g for g in order if g.status == status), limit))

    def _order(self, by: str) -> list[QuestionGroup]:
        """Every group in `by`'s order. A snapshot keeps its base's order but for the groups changed
        since, sorted apart and put in place: a long show gathers thousands of groups, and sorting them
        all (a Python key per group) each time the desk looked took 40% of the GUI thread at 300/s, and
        filtering the changed ones out of thousands still 24%: they are found by bisection instead.
        Every order the base had is carried on with the one asked for, so that a panel and a second
        desk reading different orders both stay incremental. Cached per version (a live queue moves)."""
        if self._orders_at != self.version:
            self._orders, self._orders_at = {}, self.version
        order = self._orders.get(by)
        if order is None:
            base = self._base
            for other in (base._orders if base is not None and base._orders_at == base.version else {}):
                if other != by and other not in self._orders:
                    self._orders[other] = self._ordered_from_base(other)
            order = self._orders[by] = self._ordered_from_base(by)
        return order

    def _ordered_from_base(self, by: str) -> list[QuestionGroup]:
        key = _by_count if by == "count" else _by_newest
        base, changed, groups = self._base, self._changed, self.groups
        before = base._orders.get(by) if base is not None and base._orders_at == base.version else None
        # Each del/insort moves the list: past a few hundred changed groups one sort is cheaper.
        if before is None or len(changed) > INCREMENTAL_MAX or len(changed) * 32 > len(groups):
            return sorted(groups.values(), key=key)
        order = list(before)  # each changed group's old copy is found at its old place, the new one put in its place
        old_groups = base.groups  # type: ignore[union-attr]  # `before` is not None: nor is `base`
        for k in changed:
            old = old_groups.get(k)
            if old is not None:
                i = bisect.bisect_left(order, key(old), key=key)
                while order[i] is not old:  # past an equal key, to the very object
                    i += 1
                del order[i]
        for g in sorted((groups[k] for k in changed if k in groups), key=key):  # not the evicted
            bisect.insort(order, g, key=key)
        return order

    def counts(self) -> dict[str, int]:
        """Groups per status; computed once per version (the state reads it every tick), for a snapshot
        from its base's counts and the groups changed since."""
        if self._counted is None or self._counted[0] != self.version:
            base = self._base
            if base is not None and base._counted is not None and base._counted[0] == base.version:
                out = dict(base._counted[1])
                for k in self._changed:
                    old = base.groups.get(k)
                    if old is not None:
                        out[old.status] -= 1
                    new = self.groups.get(k)
                    if new is not None:
                        out[new.status] += 1
            else:
                out = dict.fromkeys(STATUSES, 0)
                for g in self.groups.values():
                    out[g.status] += 1
            self._counted = (self.version, out)
        return dict(self._counted[1])

    def __len__(self) -> int:
        return len(self.groups)

    def snapshot(self, prev: QuestionQueue | None = None) -> QuestionQueue:
        """A copy that shares nothing mutable with this queue, for a reader on another thread; made
        from `prev` (this queue's last snapshot, only read) by copying just the groups changed since
        and chaining the comment ids added since to its ids (dicts nobody changes once made). A long
        show gathers thousands of groups: copying them all took 44-63 ms a drain for 3,000.
        Askers travel as their count (`askers`): who asked stays with this queue."""
        out = QuestionQueue()
        out.version, out.newest_id = self.version, self.newest_id
        if self._recent:
            self._freeze()
        out._links = self._links
        if prev is None:  # (after a restart's read-back `_new_ids` holds every group ever made: the live ones stay)
            self.by_id = {i: k for m in (self.by_id, self._new_ids) for i, k in m.items() if k in self.groups}
            out.groups = {key: g.clone() for key, g in self.groups.items()}
            out.by_id = self.by_id
        else:
            out.groups = dict(prev.groups)
            for key in self._dirty:
                g = self.groups.get(key)
                if g is None:  # evicted
                    out.groups.pop(key, None)
                else:
                    out.groups[key] = g.clone()
            out.by_id = self.by_id = chained(self._new_ids, prev.by_id, self.groups)
            out._base, out._changed = prev, frozenset(self._dirty)
            prev._base = None  # one link back at most: a chain would keep every snapshot of the show
        self._dirty, self._new_ids = set(), {}
        return out


def _by_newest(g: QuestionGroup) -> tuple[int, ...]:  # sorts put the newest first
    return (-g.last_id,)


def _by_count(g: QuestionGroup) -> tuple[int, ...]:
    return (-g.count, -g.last_id)


def _eviction_order(g: QuestionGroup) -> tuple[bool, float, float]:
    """Done ones first, longest done first; then open ones, least asked, oldest."""
    return (True, g.count, g.last_id) if g.status == "open" else (False, 0, g.status_at)


Mark = tuple[int, str, float, int | None]  # (group's first id, answered|skipped|shown, ts, seen_id)


def build(comments: Iterable[Comment], segment_starts: list[tuple[float, int]],
          marks: Iterable[Mark] = (), max_groups: int | None = None) -> QuestionQueue:
    """A queue from stored comments in id order (restart, exports): the item on air at each comment's
    time comes from `segment_starts` [(ts, item_id)] in time order; `marks` (`marks_from`) are applied
    where the desk made them, after the newest question comment it had counted (`seen_id`), so a capped
    queue drops what the live one dropped (and keeps the question on the host view while it was
    there). Marks from before `seen_id` was stored come last."""
    q = QuestionQueue(max_groups)

    def apply(comment_id: int, status: str, ts: float) -> None:
        if status == "shown":
            q.keep_id = comment_id
            return
        q.mark(comment_id, status, ts)
        if comment_id == q.keep_id:  # answered or skipped: off the host view
            q.keep_id = None

    starts = list(segment_starts)
    placed = sorted((m for m in marks if m[3] is not None), key=lambda m: m[3] or 0)
    last = [m for m in marks if m[3] is None]
    i, j, current = 0, 0, None
    for c in comments:
        while i < len(starts) and starts[i][0] <= c.ts:
            current = starts[i][1]
            i += 1
        while j < len(placed) and (placed[j][3] or 0) < c.id:
            apply(*placed[j][:3])
            j += 1
        q.add(c, current)
    for comment_id, status, ts, _upto in (*placed[j:], *last):
        apply(comment_id, status, ts)
    return q


def marks_from(events: Iterable[Event]) -> list[Mark]:
    status = {QUESTION_ANSWERED: "answered", QUESTION_SKIPPED: "skipped", QUESTION_SHOWN: "shown"}
    return [(int(e.data["comment_id"]), status[e.type], e.ts,
             int(e.data["seen_id"]) if e.data.get("seen_id") is not None else None)
            for e in events if e.type in status]


def segment_starts(events: Iterable[Event]) -> list[tuple[float, int]]:
    return [(e.ts, int(e.data["item_id"])) for e in events if e.type == "segment_started"]


# ---- reducer: only the question on the host view is show state; the queue is built from comments ----


def _shown(state: ShowState, e: Event) -> None:
    state.extra["question"] = {**e.data, "shown_at": e.ts}


def _done(state: ShowState, e: Event) -> None:
    shown = state.extra.get("question")
    if shown and (e.type == QUESTION_HIDDEN or shown.get("comment_id") == e.data.get("comment_id")):
        state.extra["question"] = None


register(QUESTION_SHOWN, _shown, Change.QUESTIONS)
for _type in (QUESTION_ANSWERED, QUESTION_SKIPPED, QUESTION_HIDDEN):
    register(_type, _done, Change.QUESTIONS)
