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

The same relay is its format, as for the memory in `tails`. With two connections open at once, one
room's frames may reach both (a relay sends to every client; two relays carry one room): a frame
another open connection has already read is skipped here (it was counted there), and a connection
whose streak another one took over leaves that streak's frames to it while it carries the streak
(`Streaks.handed`). So each gift is counted once, whichever connection reads a frame first.

Everything here runs where frames are parsed: the ingest thread (IngestPipeline's docstring), with
the new connection's lock held. The old connection's lock is only tried, never waited for, so two
connections handing over to each other from two threads cannot deadlock; a busy one keeps its streak.
"""

from __future__ import annotations

import collections
import weakref

from app.live.adapters.base import FrameState, Streaks


def relay_streaks(st: FrameState, key: tuple[str, ...], now: float, frame_id: str = "") -> Streaks | None:
    """`st`'s gift streaks, holding what the relay's other connections knew of the streak `key`, if
    this connection knows nothing of it yet (not held, not stored here); None when the frame is
    another open connection's: it read this frame (`frame_id`, the frame's own message id) already,
    or carries the streak now. The caller then skips the frame."""
    s = st.streaks
    if st.tails is None or not st.format:
        return s
    live = st.tails.get(f"{st.format}/open")
    if not isinstance(live, weakref.WeakSet):
        live = st.tails[f"{st.format}/open"] = weakref.WeakSet()
    if not st.inherited:
        st.inherited = True
        live.add(st)
    others = [o for o in live if o is not st]
    if not others:  # the usual case: one connection per relay
        if s.handed:
            s.handed.clear()  # those who took streaks over are gone
        if key not in s.held and key not in s.done:
            _from_tails(st, s, key)
        return s
    if frame_id and any(_read(o.streaks, key, frame_id) for o in others):
        return None  # counted there (twins carry the same frames; a relay may send each to every one)
    if _deferred(s, key, live):
        return None
    if key not in s.held and key not in s.done and not _from_tails(st, s, key):
        _from_open(st, s, key, others)
    return s


def _from_tails(st: FrameState, s: Streaks, key: tuple[str, ...]) -> bool:
    """The streak as a closed connection left it (moved out: its memory is now this connection's)."""
    assert st.tails is not None
    prev = st.tails.get(f"{st.format}/streaks")
    if not isinstance(prev, collections.OrderedDict) or key not in prev:
        return False
    s.done[key] = prev.pop(key)  # one thread (the ingest's) reads and writes `tails`: no copy needed
    s.carried.add(key)
    return True


def _from_open(st: FrameState, s: Streaks, key: tuple[str, ...], others: list[FrameState]) -> None:
    """The streak from another open connection of the relay that holds it (or stored it without its
    end): moved here, and that one leaves the streak's frames to this one while it carries it."""
    for other in others:
        if not other.lock.acquire(blocking=False):
            continue
        try:
            o = other.streaks
            h = o.pop(key)
            if h is not None:
                s.adopt(key, h)
            elif key in o.carried and key in o.done:
                s.done[key] = o.done.pop(key)
                o.carried.discard(key)
                s.carried.add(key)
            else:
                continue
            o.hand_off(key, weakref.ref(st))
            return
        finally:
            other.lock.release()


def _deferred(s: Streaks, key: tuple[str, ...], live: weakref.WeakSet[FrameState]) -> bool:
    """Does the connection that took this streak over still carry it (open, holding or having stored it)?"""
    ref = s.handed.get(key)
    if ref is None:
        return False
    owner = ref()
    if owner is not None and owner in live and (key in owner.streaks.held or key in owner.streaks.done):
        return True
    del s.handed[key]
    return False


def _read(o: Streaks, key: tuple[str, ...], frame_id: str) -> bool:
    """Has this connection read the frame already (its running-total ids, or BarrageGrab's packs)?"""
    h = o.held.get(key)
    return frame_id in o.seen or (h is not None and frame_id in h.ids)
