"""Message ids for relays that send none (page userscripts, OrdinaryRoad's Kuaishou and Douyin frames).

The rule (docs/protocol.md, "Relays without a message id"): an event's id is its connection's token
and its place in that connection's sequence, `<token>:<n>`. Two genuine repeats of the same text
("1", "扣1", "1") are different places in the sequence, so they never merge; and no event after a
reconnect is taken for an earlier one: none of these relays sends an event twice (OrdinaryRoad's
ForwardMsgPlugin sends each message once, DefaultForwardMsgHandler; the 洛曦 page script sends each new
chat node once and buffers nothing across its reconnect; each POST is a connection of its own). Matching
a new connection's first events against the last ones of the previous connection, as LiveDeck once
did, only ever dropped a viewer's genuine "1" or like right after a reconnect.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.live.adapters.base import FrameState

_connections = itertools.count(1)


def connection_token(now: float) -> str:
    """Unique per connection in this process, and unlike any earlier run's (it starts with the clock)."""
    return f"{int(now * 1000):x}.{next(_connections)}"


def stable_id(st: FrameState) -> str:
    """The id of the next event without one on `st`'s connection."""
    st.seq += 1
    return f"{st.conn}:{st.seq}"
