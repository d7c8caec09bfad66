"""The one mapping of event types to reducer steps, and the fold that replays a show.

Each step changes the state in place. `CHANGES` names the part of the state each event type
touches (typed flags, app.core.changes), so a command announces once what changed and each view refreshes only its part.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from app.core import coupon, lottery_state, sale, show_steps
from app.core import events as ev
from app.core.changes import Change
from app.core.events import Event
from app.core.show import ShowState

log = logging.getLogger(__name__)

Step = Callable[[ShowState, Event], None]

REDUCERS: dict[str, Step] = {**show_steps.STEPS, **sale.STEPS, **coupon.STEPS, **lottery_state.STEPS}

CHANGES: dict[str, Change] = {
    ev.SHOW_STARTED: Change.SHOW | Change.RUNSHEET | Change.TIMER,
    ev.SHOW_UPDATED: Change.SHOW | Change.TIMER,
    ev.SHOW_ENDED: Change.SHOW | Change.RUNSHEET | Change.TIMER,
    ev.SEGMENT_STARTED: Change.RUNSHEET | Change.TIMER,
    ev.TIMER_PAUSED: Change.TIMER,
    ev.TIMER_RESUMED: Change.TIMER,
    ev.TIME_ADDED: Change.TIMER,
    ev.ITEM_ADDED: Change.RUNSHEET | Change.TIMER | Change.SHOWS,  # the show list counts items
    ev.ITEM_REMOVED: Change.RUNSHEET | Change.TIMER | Change.SHOWS,
    ev.ITEM_MOVED: Change.RUNSHEET | Change.TIMER,
    ev.ITEM_UPDATED: Change.RUNSHEET | Change.TIMER,
    ev.CUE_FIRED: Change.TIMER,
    ev.COMMENT_PINNED: Change.PINNED,
    ev.COMMENT_UNPINNED: Change.PINNED,
    ev.APP_DOWN: Change.TIMER,  # the host's banner
    **{t: Change.SALE for t in sale.STEPS},
    **{t: Change.COUPONS for t in coupon.STEPS},
    **{t: Change.LOTTERY for t in lottery_state.STEPS},
}


def register(type_: str, step: Step, changes: Change) -> None:
    """For a feature module that keeps its state in `ShowState.extra` (added after this mapping)."""
    REDUCERS[type_] = step
    CHANGES[type_] = changes


def apply(state: ShowState, event: Event) -> ShowState:
    """Apply one event in place. Unknown event types are kept in the log but change nothing."""
    step = REDUCERS.get(event.type)
    if step is not None:
        step(state, event)
    return state


def fold(events: Iterable[Event]) -> ShowState:
    """Replay a show. An event that cannot be applied is logged and skipped: the show still opens."""
    state = ShowState()
    for e in events:
        try:
            apply(state, e)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            log.warning("replay: event %s (%s) could not be applied: %r", e.seq, e.type, exc)
            state.replay_errors.append(f"{e.seq} {e.type}: {exc!r}")
    return state


def changes_of(events: Iterable[Event]) -> Change:
    out = Change(0)
    for e in events:
        out |= CHANGES.get(e.type, Change.SHOW)
    return out
