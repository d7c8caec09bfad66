"""Douyin and TikTok gift streaks whose frames carry the running total (repeatCount), read once for
douyinLive, dycast and TikTok-Live-Connector.

A streak is held until its end frame, or until it has been quiet past the relay's gap (the pipeline's
sweep stores it then, with what was seen). Relays also send frames a streak no longer expects:

- the same frame again (dycast relays Douyin's raw batches, repeats included): read once;
- an older frame after a newer one (TikTok re-delivers): the highest count stands;
- the streak's last frames after the sweep stored it (a quiet spell longer than the gap): the stored
  row cannot change, so the rest is stored as a row of its own, for the units the first row lacks,
  under the id `<row>+<units already stored>`. The streak's rows add up to its true count, and a
  resend of that tail keeps its id, so the store's dedupe still drops it. The memory of streaks
  stored without their end outlives the connection (adapters/handover.py): a streak flushed at a
  LiveDeck↔relay reconnect goes on as such a tail on the relay's next connection, and one the old
  connection still holds when the new one meets it goes on there, as if on one connection.

Without a group id (dycast; TikTok's groupId "0") a count that does not grow is a new streak: two
single sends of one gift are two gifts. Where the frame carries the time it was sent (TikTok's
createTime), such a frame sent no later than the held one's is an older frame re-delivered under a new
message id (TikTok re-delivers), not a new gift: the held count stands. A tail is then only believed
within one gap of a close by the sweep: after the streak's end frame nothing of it is still to come,
so the viewer's next count of that gift, however high (Douyin skips combo frames), is their next streak.
"""

from __future__ import annotations

from app.core.comments import Comment
from app.live.adapters.base import FrameState, Parsed, _set_count
from app.live.adapters.handover import relay_streaks


def running_total(st: FrameState, key: tuple[str, ...], c: Comment, total: int, ended: bool, now: float,
                  frame_id: str, grouped: bool, timed: bool = False) -> Parsed:
    """One frame of a streak keyed `key` whose running total is `total`: the row to store now, if any.
    `c` is the frame as a row, with its streak's row id; `frame_id` the frame's own message id; `timed`:
    `c.ts` is the time the platform sent the frame (TikTok's createTime), not when LiveDeck read it."""
    s = relay_streaks(st, key, now, frame_id)
    if s is None:
        st.skip("gift_streak_frame")  # another connection of the relay read this frame or carries the streak
        return None
    if frame_id and not s.first_sight(frame_id):
        st.skip("gift_repeat")  # the same message again: already counted
        return None
    base, row = 0, c.msg_id
    h = s.held.get(key)
    if h is not None:
        if total < h.repeat or (total == h.repeat and not ended):
            if grouped or (timed and c.ts <= h.comment.ts):  # an older frame re-delivered, or the count
                st.skip("gift_streak_frame")  # again (without a group: sent no later): the held row stands
                return None
            s.close(key)  # no group: a count that does not grow starts a new streak
            h = None
        else:
            s.pop(key)
            st.skip("gift_streak_frame")
            base, row, c.msg_id = h.base, h.row, h.comment.msg_id
    if h is None and (done := s.done.get(key)) is not None:
        stored, done_row, deadline = done
        if total > stored and (grouped or now <= deadline + st.gap()):  # a tail after the close
            base, row = stored, done_row
            c.msg_id = f"{row}+{stored}"
        elif grouped:
            st.skip("gift_streak_frame")  # this group was stored with at least this count
            return None
    _set_count(c, total - base)
    if ended:
        if grouped:
            s.remember(key, total, row, now)
        else:  # the end frame closed it for sure: what follows is the viewer's next streak
            s.done.pop(key, None)
        return c
    s.hold(key, c, now + st.gap(), total, base=base, row=row)
    return None
