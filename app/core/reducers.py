"""The one mapping of event types to reducer steps, and the fold that replays a show.

Each step changes the state in place. `CHANGES` names the part of the state each event type
touches, so a command announces once what changed and each view refreshes only its part.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from app.core import coupon, lottery_state, sale, show_steps
from app.core import events as ev
from app.core.events import Event
from app.core.show import ShowState

log = logging.getLogger(__name__)

Step = Callable[[ShowState, Event], None]

REDUCERS: dict[str, Step] = {**show_steps.STEPS, **sale.STEPS, **coupon.STEPS, **lottery_state.STEPS}

CHANGES: dict[str, frozenset[str]] = {
    ev.SHOW_STARTED: frozenset({"show", "runsheet", "timer"}),
    ev.SHOW_UPDATED: frozenset({"show", "timer"}),
    ev.SHOW_ENDED: frozenset({"show", "runsheet", "timer"}),
    ev.SEGMENT_STARTED: frozenset({"runsheet", "timer"}),
    ev.TIMER_PAUSED: frozenset({"timer"}),
    ev.TIMER_RESUMED: frozenset({"timer"}),
    ev.TIME_ADDED: frozenset({"timer"}),
    ev.ITEM_ADDED: frozenset({"runsheet", "timer", "shows"}),  # the show list counts items
    ev.ITEM_REMOVED: frozenset({"runsheet", "timer", "shows"}),
    ev.ITEM_MOVED: frozenset({"runsheet", "timer"}),
    ev.ITEM_UPDATED: frozenset({"runsheet", "timer"}),
    ev.CUE_FIRED: frozenset({"timer"}),
    ev.COMMENT_PINNED: frozenset({"pinned"}),
    ev.COMMENT_UNPINNED: frozenset({"pinned"}),
    **{t: frozenset({"sale", "runsheet"}) for t in sale.STEPS},
    **{t: frozenset({"coupons"}) for t in coupon.STEPS},
    **{t: frozenset({"lottery"}) for t in lottery_state.STEPS},
}


def register(type_: str, step: Step, changes: Iterable[str]) -> None:
    """For a feature module that keeps its state in `ShowState.extra` (added after this mapping)."""
    REDUCERS[type_] = step
    CHANGES[type_] = frozenset(changes)


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


def changes_of(events: Iterable[Event]) -> frozenset[str]:
    out: set[str] = set()
    for e in events:
        out |= CHANGES.get(e.type, frozenset({"show"}))
    return frozenset(out)
