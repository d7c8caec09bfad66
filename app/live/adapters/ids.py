"""Stable message ids for relays that send none (page userscripts, OrdinaryRoad's Kuaishou frames).

The rule (docs/protocol.md, "Relays without a message id"): an event's id is its connection's token
and its place in that connection's sequence, `<token>:<n>`. Two genuine repeats of the same text
("1", "扣1", "1") are different places in the sequence, so they never merge.

A relay that reconnects may send its last events again. The connection remembers the signature
(kind, user, content) and id of its last `TAIL` events; a new connection of the same relay compares
its first events, in order, with that list: while they repeat a run of it (within `REPLAY_WINDOW`
seconds of its first event) they take the ids they had, and dedupe drops them. The first event that
breaks the run ends the comparison for good: from there on every event is new.

The signature, and the key of the remembered tail, carry the platform the connection names: the same
script on another platform's page is another relay, never a resend. An HTTP POST never resends (each
is a connection of its own, docs/protocol.md): its events are numbered and never compared, and it
leaves no tail behind.

Only where a relay really resends: OrdinaryRoad's ForwardMsgPlugin (the `kuaishou` format, its
Kuaishou and Douyin clients) sends each message once (DefaultForwardMsgHandler), so there a
viewer's "1" or a gift's +1 right after a reconnect is new, never compared with the tail.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.live.adapters.base import FrameState

TAIL = 256
REPLAY_WINDOW = 30.0
NEVER_RESEND = frozenset({"kuaishou"})  # formats whose relay sends each event once, reconnect or not
_connections = itertools.count(1)


def connection_token(now: float) -> str:
    """Unique per connection in this process, and unlike any earlier run's (it starts with the clock)."""
    return f"{int(now * 1000):x}.{next(_connections)}"


def tail_key(st: FrameState) -> str:
    """Where a relay's last events wait for its next connection: the format and the platform it names
    (one page script in a 拼多多 tab and another in a 淘宝 tab are two relays)."""
    return f"{st.format}?{st.platform}"


def stable_id(st: FrameState, now: float, *parts: str) -> str:
    """The id of the event whose signature is `parts`, arriving now on `st`'s connection."""
    if st.format in NEVER_RESEND or not st.resends:
        st.seq += 1
        return f"{st.conn}:{st.seq}"
    sig = "\x1f".join((st.platform, *parts))
    alive = st.replay
    if alive is None:  # this connection's first event: does it repeat the relay's previous connection?
        prev = st.tails.get(tail_key(st), ()) if st.tails is not None else ()
        st.replay_from = prev
        st.replay_until = now + REPLAY_WINDOW
        alive = [i for i, (s, _) in enumerate(prev) if s == sig]
    elif alive:
        prev = st.replay_from
        alive = [i + 1 for i in alive if i + 1 < len(prev) and prev[i + 1][0] == sig] if now <= st.replay_until else []
    st.replay = alive
    if alive:
        msg_id = st.replay_from[alive[0]][1]  # the relay's resend: the id it had the first time
    else:
        st.seq += 1
        msg_id = f"{st.conn}:{st.seq}"
    st.tail.append((sig, msg_id))
    return msg_id
