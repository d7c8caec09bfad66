"""A relay's gift streaks handed from one of its LiveDeck connections to the next, whichever of the
old one's close and the new one's first frames comes first.

A relay that reconnects may open its new connection while the old one is still closing. What the
old connection knows of a streak is then in one of three places, and the new connection asks for a
streak's memory the first time it meets the streak (`relay_streaks`):

- in the pipeline's shared `tails`, under `<format>/streaks`, once the old connection has closed
  (`FrameState.remember`): a streak stored without its end frame, which goes on as a tail;
- in the old connection itself while it is still open: a streak it still holds, or one its sweep
  stored without its end. It is *moved* to the new connection, so the old one's close does not store
  it as well, and the streak is stored once, under one row id.

The same relay is its format, as for the memory in `tails`. An open connection is only taken from
when it has sent no gift frame since the new one's first: that is a relay which moved on. Two live
connections carrying one room at once (both still sending) keep their own streaks, as before, and
the store's dedupe keeps one of their rows.

Everything here runs where frames are parsed: the ingest thread (IngestPipeline's docstring), with
the new connection's lock held. The old connection's lock is only tried, never waited for, so two
connections handing over to each other from two threads cannot deadlock; a busy one keeps its streak.
"""

from __future__ import annotations

import collections
import weakref

from app.live.adapters.base import FrameState, Streaks


def relay_streaks(st: FrameState, key: tuple[str, ...], now: float) -> Streaks:
    """`st`'s gift streaks, holding what the relay's other connections knew of the streak `key`, if
    this connection knows nothing of it yet (not held, not stored here)."""
    s = st.streaks
    if st.tails is None or not st.format:
        return s
    if not st.inherited:
        st.inherited, st.first_gift = True, now
        live = st.tails.get(f"{st.format}/open")
        if not isinstance(live, weakref.WeakSet):
            live = st.tails[f"{st.format}/open"] = weakref.WeakSet()
        live.add(st)
    st.last_gift = now
    if key not in s.held and key not in s.done and not _from_tails(st, s, key):
        _from_open(st, s, key)
    return s


def _from_tails(st: FrameState, s: Streaks, key: tuple[str, ...]) -> bool:
    """The streak as a closed connection left it (moved out: its memory is now this connection's)."""
    assert st.tails is not None
    name = f"{st.format}/streaks"
    prev = st.tails.get(name)
    if not isinstance(prev, collections.OrderedDict) or key not in prev:
        return False
    rest = collections.OrderedDict(prev)  # a new dict: another connection may be reading the old one
    s.done[key] = rest.pop(key)
    s.carried.add(key)
    st.tails[name] = rest
    return True


def _from_open(st: FrameState, s: Streaks, key: tuple[str, ...]) -> None:
    """The streak from an open connection of the same relay that has gone quiet since this one began."""
    assert st.tails is not None
    live = st.tails.get(f"{st.format}/open")
    for other in list(live) if isinstance(live, weakref.WeakSet) else ():
        if other is st or other.last_gift > st.first_gift or not other.lock.acquire(blocking=False):
            continue
        try:
            o = other.streaks
            h = o.pop(key)
            if h is not None:
                s.adopt(key, h)
                return
            if key in o.carried and key in o.done:
                s.done[key] = o.done.pop(key)
                o.carried.discard(key)
                s.carried.add(key)
                return
        finally:
            other.lock.release()
