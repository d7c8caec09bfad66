"""LiveDeck's own JSON (docs/protocol.md, "Ingest"): one object or an array of them."""

from __future__ import annotations

from typing import Any

from app.core import gift_units as gu
from app.core.comments import KINDS, Comment
from app.core.orders import order_extra
from app.live.adapters import ids
from app.live.adapters.base import Bad, FrameState, Parsed, _int, _str, mark_anonymous, register

# ---- LiveDeck's own format --------------------------------------------------------------------------


def parse_generic(o: dict[str, Any], st: FrameState, now: float) -> Parsed:
    kind = o.get("type")
    if kind not in KINDS:
        raise Bad("unknown_type")
    raw_id = o.get("msg_id")
    msg_id = ids.relay_id(raw_id, o)
    if msg_id == "":
        if kind in ("comment", "gift", "order", "delete"):
            raise Bad("missing_msg_id")
        msg_id = st.synthetic_id(kind, now)
    elif kind == "delete" and raw_id.__class__ is not str and msg_id.startswith(ids.INEXACT):
        raise Bad("inexact_msg_id")  # a rounded target may be another viewer's comment: none is struck out
    ts = o.get("ts", now)
    if ts.__class__ is not float and (not isinstance(ts, int | float) or isinstance(ts, bool)):
        raise Bad("bad_ts")
    user = o.get("user") or {}
    if not isinstance(user, dict):
        raise Bad("bad_user")
    text = o.get("text", "")
    if kind == "comment" and (not isinstance(text, str) or not text):
        raise Bad("missing_text")
    extra: dict[str, Any] | None = None
    if kind == "gift":
        # `value_unit` names the value's unit; without it, the platform's coin (app/core/gift_units.py)
        unit = gu.known(o["value_unit"]) if "value_unit" in o else gu.platform_unit(_str(o.get("platform")))
        extra = {"gift": _str(o.get("gift")), "count": _number(o.get("count"), 1), "value": _number(o.get("value")),
                 "value_unit": unit}
    elif kind == "like":
        extra = {"count": _number(o.get("count"), 1)}
    elif kind == "viewers":
        extra = {"online": _number(o.get("online")), "total": _number(o.get("total"))}
    elif kind == "order":
        if not o.get("sku") and not o.get("product_id"):
            raise Bad("missing_sku")
        extra = order_extra(o)  # the amount's unit (yuan) is decided there, in core
    elif kind == "delete":
        extra = {"target": msg_id}
        msg_id = f"del:{msg_id}"
    c = Comment(kind, _str(o.get("platform")) or "unknown", msg_id, float(ts), _str(user.get("id")),
                _str(user.get("name")), text if isinstance(text, str) else "", bool(user.get("follower")),
                _int(user.get("fans_level")), extra)
    if user.get("anonymous"):
        mark_anonymous(c)
    return c



def _number(v: Any, default: int = 0) -> Any:
    """A number field as sent, for the edge to check (app/core/edge.py: `"many"` is `bad_number` there,
    never a default); absent or null is the default, and a string of ASCII digits is the whole number
    it spells, as relays written in Go send a uint64."""
    if v is None:
        return default
    if v.__class__ is str and 0 < len(v) <= 20 and v.isascii() and v.isdigit():
        return int(v)
    return v


# Required: a `type` from LiveDeck's kinds. The page userscripts' frames have that too, and `username`:
# theirs is the longer list of required keys, so they go to adapters/userscript.py.
GENERIC = register("generic", parse_generic, ("type",), accept=lambda o: o.get("type") in KINDS)
