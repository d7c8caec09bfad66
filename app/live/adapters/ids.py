"""Message ids for relays that send none (page userscripts, OrdinaryRoad's Kuaishou and Douyin frames).

The rule (docs/protocol.md, "Relays without a message id"): an event's id is its connection's token
and its place in that connection's sequence, `<token>:<n>`. Two genuine repeats of the same text
("1", "扣1", "1") are different places in the sequence, so they never merge; and no event after a
reconnect is taken for an earlier one: none of these relays sends an event twice (OrdinaryRoad's
ForwardMsgPlugin sends each message once, DefaultForwardMsgHandler; the 洛曦 page script sends each new
chat node once and buffers nothing across its reconnect; each POST is a connection of its own). Matching
a new connection's first events against the last ones of the previous connection, as LiveDeck once
did, only ever dropped a viewer's genuine "1" or like right after a reconnect.

A relay's own id sent as a JSON number that is a float (`relay_id`) is only an id while it is exact:
a JavaScript relay's 64-bit id above 2^53 arrives already rounded, and two comments whose ids round
to the same double would be taken for one. Such an event keeps a key of its own frame instead.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.live.adapters.base import FrameState

_connections = itertools.count(1)
EXACT = 1 << 53  # the largest run of whole numbers a double holds exactly
INEXACT = "~"  # starts the key of an event whose relay id was a rounded float (never a relay's digit)


def connection_token(now: float) -> str:
    """Unique per connection in this process, and unlike any earlier run's (it starts with the clock)."""
    return f"{int(now * 1000):x}.{next(_connections)}"


def stable_id(st: FrameState) -> str:
    """The id of the next event without one on `st`'s connection."""
    st.seq += 1
    return f"{st.conn}:{st.seq}"


def relay_id(v: Any, frame: dict[str, Any], js: bool = False) -> str:
    """A relay's message id as text. A float is the whole number it holds while that is exact
    (7.0 is "7", as 7 is); past 2^53, or with a fraction, it is rounded and may be another
    comment's id too, so the event's key is a digest of its frame: a resend of the frame is
    still one row, two comments are two (docs/protocol.md, "Message ids sent as numbers"). A relay
    written in JavaScript (`js`) writes a rounded id without a point ("7412345678901234688"): from
    it, a whole number past 2^53 that a double holds may be one too. Other relays' ints are exact."""
    if v.__class__ is str:  # nearly every relay: no conversion
        return v  # type: ignore[no-any-return]
    if v.__class__ is int:
        if not js or -EXACT <= v <= EXACT or not _double_holds(v):
            return str(v)
    elif v.__class__ is not float:
        return "" if v is None else str(v)
    elif v.is_integer() and -EXACT <= v <= EXACT:  # False for NaN and infinity
        return str(int(v))
    text = json.dumps(frame, sort_keys=True, ensure_ascii=False, default=str)
    return INEXACT + hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()


def _double_holds(v: int) -> bool:
    """True when `v` is a value a double takes exactly (what a rounded id always is)."""
    try:
        return int(float(v)) == v
    except OverflowError:  # past 1.8e308: no double at all
        return False
