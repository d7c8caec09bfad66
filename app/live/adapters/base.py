"""Shared parts of the relay adapters: per-connection state, gift-streak holds, value helpers and the
registry each relay module adds its shapes to.

A frame that cannot be read yields a reason, never an exception; the good events in the same frame
are kept. An event deliberately not stored (a fan-club notice, a status frame, a gift-streak
frame folded into its streak) is counted in `FrameState.skipped` under a documented reason, so
nothing disappears unseen.

Gift streaks are held per connection until they end and are stored once, with the final count and
value = unit diamonds × count. The holds are bounded: past `MAX_HELD` the oldest closes first.
"""

from __future__ import annotations

import collections
import html
import json
import re
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msgspec

from app.core.comments import Comment
from app.live.adapters import ids

MAX_HELD = 5_000          # open gift streaks per connection; past this the oldest is closed (stored)
STREAK_GAP = {"barragegrab": 10.0, "douyinlive": 10.0, "tiktok": 10.0, "socialstream": 4.5}
ANONYMOUS_DOUYIN_ID = "111111"  # Douyin sends every hidden viewer with this id and a masked name


class Bad(Exception):
    """A malformed event; `reason` is the counter it goes to."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Held:
    """One open gift streak: the row it will be stored as, and what was seen of it."""

    __slots__ = ("base", "comment", "deadline", "ids", "repeat", "row", "user")

    def __init__(self, comment: Comment, deadline: float, repeat: int, user: str, base: int = 0,
                 row: str = "") -> None:
        self.comment = comment
        self.deadline = deadline
        self.repeat = repeat
        self.ids: set[str] = {comment.msg_id}
        self.user = user
        self.base = base  # units of this streak an earlier row already stored (a tail after a close)
        self.row = row  # the streak's row id, remembered at close for a later tail ("": not remembered)


class Streaks:
    """Open gift streaks of one connection, oldest first; closed ones wait in `ready`.

    `done` remembers the running-total streaks already closed (units stored, row id, deadline), so that
    a frame arriving after the close stores only what the row lacks (adapters/streaks.py); `seen` is
    the ids of the streak frames read, so that a relay's resend of one is known. Both are bounded."""

    def __init__(self, limit: int = MAX_HELD) -> None:
        self.limit = limit
        self.held: collections.OrderedDict[tuple[str, ...], Held] = collections.OrderedDict()
        self.by_user: dict[str, tuple[str, ...]] = {}
        self.ready: list[Comment] = []
        self.done: collections.OrderedDict[tuple[str, ...], tuple[int, str, float]] = collections.OrderedDict()
        self.seen: collections.OrderedDict[str, None] = collections.OrderedDict()
        self.carried: set[tuple[str, ...]] = set()  # `done` keys the next connection takes over (FrameState)
        # units an increment relay went back by, that its next increments count again (kuaishou.py)
        self.owed: collections.OrderedDict[tuple[str, ...], tuple[int, float]] = collections.OrderedDict()
        # streaks another connection of the relay took over, and which (adapters/handover.py)
        self.handed: collections.OrderedDict[tuple[str, ...], weakref.ref[FrameState]] = collections.OrderedDict()

    def __len__(self) -> int:
        return len(self.held)

    def hold(self, key: tuple[str, ...], comment: Comment, deadline: float, repeat: int = 0, user: str = "",
             base: int = 0, row: str = "") -> Held:
        h = Held(comment, deadline, repeat, user, base, row)
        self.held[key] = h
        self.held.move_to_end(key)
        if user:
            self.by_user[user] = key
        while len(self.held) > self.limit:  # bounded: a flood of never-ending streaks closes the oldest
            self.close(next(iter(self.held)))
        return h

    def adopt(self, key: tuple[str, ...], h: Held) -> None:
        """A streak another connection of the relay held goes on here, row and all (adapters/handover.py)."""
        self.held[key] = h
        self.held.move_to_end(key)
        if h.user:
            self.by_user[h.user] = key

    def hand_off(self, key: tuple[str, ...], to: weakref.ref[FrameState]) -> None:
        """Another connection of the relay took this streak over: its frames here are left to that one
        while it carries the streak (adapters/handover.py)."""
        self.handed[key] = to
        self.handed.move_to_end(key)
        if len(self.handed) > self.limit:
            self.handed.popitem(last=False)

    def touch(self, key: tuple[str, ...], deadline: float) -> None:
        self.held[key].deadline = deadline
        self.held.move_to_end(key)

    def pop(self, key: tuple[str, ...]) -> Held | None:
        h = self.held.pop(key, None)
        if h is not None and h.user and self.by_user.get(h.user) == key:
            del self.by_user[h.user]
        return h

    def close(self, key: tuple[str, ...]) -> None:
        h = self.pop(key)
        if h is not None:
            if h.row:  # closed by the sweep or the hang-up, not its end: the relay's next connection may go on
                self.remember(key, h.repeat, h.row, h.deadline)
                self.carried.add(key)
            self.ready.append(h.comment)

    def remember(self, key: tuple[str, ...], total: int, row: str, deadline: float) -> None:
        """A running-total streak was stored up to `total` units: what a later frame of it adds is new."""
        self.done[key] = (total, row, deadline)
        self.done.move_to_end(key)
        if len(self.done) > self.limit:
            self.carried.discard(self.done.popitem(last=False)[0])  # forgotten here: nothing to hand over
            if len(self.carried) > 4 * self.limit:  # keys of tails that ended here: bounded all the same
                self.carried = {k for k in self.carried if k in self.done}

    def first_sight(self, frame_id: str) -> bool:
        """False when this streak frame was read before on this connection (a relay's resend)."""
        if frame_id in self.seen:
            return False
        self.seen[frame_id] = None
        if len(self.seen) > 4 * self.limit:
            self.seen.popitem(last=False)
        return True

    def expire(self, now: float) -> None:
        """Close the streaks that have been quiet past their gap (the held dict is in update order)."""
        while self.held:
            key, h = next(iter(self.held.items()))
            if h.deadline > now:
                break
            self.close(key)

    def flush(self) -> list[Comment]:
        for key in list(self.held):
            self.close(key)
        out, self.ready = self.ready, []
        return out


class FrameState:
    """Per-connection parsing state: detected format, open gift streaks, skip counters, ids.

    `tails` is shared by the pipeline's connections, what each relay's earlier connections leave the
    next: under `<format>/streaks` the `Streaks.done` of the gift streaks stored without their end
    (sweep, hang-up), and under `<format>/open` the relay's open connections, so that a streak
    spanning a reconnect adds up whether the old connection closes first or not (adapters/handover.py).
    All of them are the ingest thread's, as every FrameState is."""

    __slots__ = ("__weakref__", "conn", "ended", "format", "inherited", "last_sweep", "lock", "platform", "seq",
                 "skipped", "streaks", "tails")

    def __init__(self, tails: dict[str, Any] | None = None, platform: str = "") -> None:
        self.format = ""
        # The platform the connection says it carries (`?platform=` on /ingest, a relay spec such as
        # `oba-kuaishou`), for relays whose frames do not name it; "" when it said nothing.
        self.platform = platform if _PLATFORM.fullmatch(platform) else ""
        self.seq = 0
        self.streaks = Streaks()
        self.skipped: collections.Counter[str] = collections.Counter()
        self.lock = threading.Lock()  # the pipeline's sweep closes quiet streaks from another thread
        self.last_sweep = 0.0
        self.ended = False  # the room-end signal was passed on; its repeats are counted, not stored
        self.tails = tails
        self.conn = ids.connection_token(time.time())
        self.inherited = False  # listed among the relay's open connections (adapters/handover.py)

    def synthetic_id(self, kind: str, now: float) -> str:
        self.seq += 1
        return f"{kind}-{now:.3f}-{self.seq}"

    def stable_id(self) -> str:
        """An id for an event its relay sent without one (adapters/ids.py)."""
        return ids.stable_id(self)

    def remember(self) -> None:
        """The connection ends (its streaks flushed): its stored streaks are what a frame on the relay's
        next connection may continue."""
        if self.tails is None or not self.format:
            return
        live = self.tails.get(f"{self.format}/open")
        if live is not None:
            live.discard(self)  # closed: nothing more to take from it (adapters/handover.py)
        s = self.streaks
        if s.carried:  # a new dict: another connection may be reading the old one
            key = f"{self.format}/streaks"
            prev = self.tails.get(key)
            done = collections.OrderedDict(prev if isinstance(prev, collections.OrderedDict) else ())
            for k in s.carried:  # what this connection made of them (a tail ended with its end frame: gone)
                if k in s.done:
                    done[k] = s.done[k]
                    done.move_to_end(k)
                else:
                    done.pop(k, None)
            while len(done) > s.limit:
                done.popitem(last=False)
            self.tails[key] = done

    def skip(self, reason: str, n: int = 1) -> None:
        self.skipped[reason] += n

    def gap(self) -> float:
        return STREAK_GAP.get(self.format, 10.0)


_DECODE = msgspec.json.Decoder().decode


def loads(text: str | bytes) -> Any:
    """JSON text → Python, by msgspec (C: ~1 µs a frame, a third of the stdlib's, and integers of
    any size exact, where orjson reads a 20-digit id as a float). What it refuses (NaN, Infinity,
    1e400, lone surrogates) is read by the stdlib, so every frame reads, or fails with the reason,
    as json.loads would. (Both stop at Python's recursion limit; msgspec a few levels deeper.)"""
    try:
        return _DECODE(text)
    except ValueError:  # msgspec's DecodeError and ValidationError, or a str it cannot encode (a lone surrogate)
        return json.loads(text)


def _str(v: Any) -> str:
    if v.__class__ is str:  # what relays send nearly always: no conversion
        return v  # type: ignore[no-any-return]
    return "" if v is None else str(v)


def _int(v: Any, default: int = 0) -> int:
    if v is None:  # the common absent field: no exception on the flood path
        return default
    if v.__class__ is int:
        return v  # type: ignore[no-any-return]
    try:
        return int(v)
    except (TypeError, ValueError, OverflowError):  # OverflowError: int(1e999)
        try:
            return int(float(v))
        except (TypeError, ValueError, OverflowError):
            return default


def _ms(v: Any, now: float) -> float:
    """Platform millisecond (or second) timestamps → epoch seconds; `now` when absent."""
    try:
        t = float(v)
    except (TypeError, ValueError, OverflowError):  # OverflowError: float(10**400)
        return now
    return t / 1000.0 if t > 1e11 else t if t > 0 else now


def _dict(v: Any) -> dict[str, Any]:
    return v if isinstance(v, dict) else {}


_PLATFORM = re.compile(r"[a-z][a-z0-9_]{0,19}|")
_IMG_ALT = re.compile(r"""<img\b[^>]*?\balt\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>""", re.I)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s{2,}")


def clean_text(text: str) -> str:
    """Relay HTML → plain text: an image's alt text is kept (emotes), other tags dropped, entities decoded."""
    if "<" in text:
        text = _IMG_ALT.sub(lambda m: m.group(1) or m.group(2) or "", text)
        text = _TAG.sub("", text)
        text = _SPACE.sub(" ", text).strip()
    if "&" in text:
        text = html.unescape(text)
    return text


def mark_anonymous(c: Comment) -> Comment:
    c.extra = (c.extra or {}) | {"anonymous": True}
    return c


def _douyin_anonymous(uid: str, name: str) -> bool:
    return uid == ANONYMOUS_DOUYIN_ID or (uid in ("", "0") and "*" in name)


def _gift_extra(name: str, gift_id: str, count: int, unit: int, value_unit: str) -> dict[str, Any]:
    """`unit` is the price of one gift and `value` = unit × count, both in `value_unit` (app.core.gift_units)."""
    return {"gift": name, "gift_id": gift_id, "count": count, "unit": unit, "value": unit * count,
            "value_unit": value_unit}


def _set_count(c: Comment, count: int) -> None:
    x = c.extra
    assert x is not None
    x["count"] = count
    x["value"] = int(x.get("unit", 0)) * count


Parsed = Comment | list[Comment] | None



# ---- the registry: each relay module adds the shapes it reads --------------------------------------------

Parser = Callable[[dict[str, Any], FrameState, float], Parsed]


@dataclass(frozen=True)
class Shape:
    """One JSON shape a relay sends: the keys it always has, keys it never has, and a check on values."""

    format: str
    parse: Parser
    requires: tuple[str, ...]
    excludes: tuple[str, ...] = ()
    accept: Callable[[dict[str, Any]], bool] | None = None

    def fits(self, o: dict[str, Any]) -> bool:
        return (all(k in o for k in self.requires) and not any(k in o for k in self.excludes)
                and (self.accept is None or self.accept(o)))


SHAPES: list[Shape] = []


def register(fmt: str, parse: Parser, requires: tuple[str, ...], excludes: tuple[str, ...] = (),
             accept: Callable[[dict[str, Any]], bool] | None = None, gap: float | None = None) -> Shape:
    """Add a shape; `gap` is how long the relay's gift streaks may stay quiet before they close."""
    shape = Shape(fmt, parse, requires, excludes, accept)
    SHAPES.append(shape)
    if gap is not None:
        STREAK_GAP[fmt] = gap
    return shape


def shape_of(o: dict[str, Any]) -> Shape | str:
    """The shape `o` has: the fitting one with the most required keys. Two fitting shapes of different
    relays with as many required keys is `ambiguous_format`; none is `unknown_format`."""
    best: Shape | None = None
    tie = False
    for s in SHAPES:
        if not s.fits(o):
            continue
        if best is None or len(s.requires) > len(best.requires):
            best, tie = s, False
        elif len(s.requires) == len(best.requires) and s.format != best.format:
            tie = True
    if best is None:
        return "unknown_format"
    return "ambiguous_format" if tie else best


_DISPLAY_COUNT = re.compile(r"\s*([\d,]+(?:\.\d+)?)\s*([万亿wWkK]?)")
_UNITS = {"万": 10_000, "w": 10_000, "W": 10_000, "亿": 100_000_000, "k": 1_000, "K": 1_000, "": 1}


def display_count(v: Any) -> int:
    """A count as a room shows it ("905", "2.6万", "1.2亿人看过", "10w+") → an int; 0 when unreadable."""
    if isinstance(v, int | float) and not isinstance(v, bool):
        return _int(v)
    m = _DISPLAY_COUNT.match(_str(v))
    if m is None:
        return 0
    try:
        return int(float(m.group(1).replace(",", "")) * _UNITS[m.group(2)])
    except (ValueError, OverflowError):
        return 0
