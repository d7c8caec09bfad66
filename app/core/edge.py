"""The edge: every ingest event is normalised here once, before anything stores or shows it.

Past this point code trusts its data. Text never carries lone surrogates (what a JavaScript relay
sends for an emoji cut in half; SQLite's UTF-8 cannot hold them) or control characters (NUL cuts
text short in many tools, and C0 controls are illegal in XLSX); numbers are finite and within
SQLite's signed 64-bit range. Text is repaired, because a viewer's comment is still worth keeping;
an event whose numbers are nonsense is refused under a reason the health panel counts.

Pure: no Qt, SQL or sockets.
"""

from __future__ import annotations

import math
import re
from typing import Any

from app.core.comments import KINDS, Comment

INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1
# Epoch seconds every consumer can turn into a date (datetime stops at the year 9999).
TS_MIN, TS_MAX = 0.0, 253_402_300_799.0
MAX_TEXT = 4_000  # characters: far above any platform's comment limit, far below a frame's
MAX_DEPTH = 8  # nesting kept in `extra`
REPLACEMENT = "\ufffd"

# Reasons (counted per source in the feed health).
BAD_KIND = "bad_kind"
BAD_TS = "bad_ts"
BAD_NUMBER = "bad_number"
BAD_EXTRA = "bad_extra"
MISSING_TEXT = "missing_text"  # a comment with nothing to read: empty, or only invisible characters
# Invisible on their own: zero-width space/non-joiner/joiner, word joiner, BOM. (The joiner also binds
# emoji such as 👨‍👩‍👧, so it is only a sign of an empty comment, never removed.)
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff \t\r\n"
REASONS = (BAD_KIND, BAD_TS, BAD_NUMBER, BAD_EXTRA)

# The documented bounds of every number an event carries (docs/protocol.md, "The edge"): a value
# outside them (negative, 1e300, NaN, text) refuses the event as `bad_number`. Whole-number fields
# are stored as int. Absent fields are fine: the kind's reader has a default.
WHOLE, REAL = True, False
BOUNDS: dict[str, dict[str, tuple[float, float, bool]]] = {
    "gift": {"count": (0, 1_000_000, WHOLE), "unit": (0, 10_000_000, REAL), "value": (0, 1_000_000_000, REAL)},
    "like": {"count": (0, 1_000_000, WHOLE), "total": (0, 1_000_000_000_000, WHOLE)},
    "viewers": {"online": (0, 1_000_000_000, WHOLE), "total": (0, 10_000_000_000, WHOLE)},
    "order": {"quantity": (1, 100_000, WHOLE), "amount_fen": (0, 10_000_000_000, WHOLE)},
}


def check_number(value: Any, lo: float, hi: float, whole: bool) -> int | float | None:
    """`value` as a finite number within [lo, hi] (an int when `whole`), or None when it is not."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not lo <= value <= hi:  # also False for NaN
        return None
    if whole:
        if isinstance(value, float) and not value.is_integer():
            return None
        return int(value)
    return value


def _bounded(kind: str, extra: dict[str, Any]) -> bool:
    """Every bounded field of `extra` checked (and whole numbers made int) in place."""
    for key, (lo, hi, whole) in BOUNDS[kind].items():
        if key in extra and extra[key] is not None:
            v = check_number(extra[key], lo, hi, whole)
            if v is None:
                return False
            extra[key] = v
    return True

# C0 controls except tab, newline and carriage return; DEL; lone surrogates (any surrogate code
# point in a Python str is lone: json.loads joins proper pairs); U+FFFE/U+FFFF non-characters; the
# bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): a viewer's U+202E would
# turn the rest of the feed's line backwards.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")


def _fix(m: re.Match[str]) -> str:
    ch = m.group()
    return REPLACEMENT if "\ud800" <= ch <= "\udfff" else ""


def clean_text(s: str, limit: int = MAX_TEXT) -> str:
    """Text SQLite, JSON and XLSX can all hold, shown as sent: lone surrogates become U+FFFD, controls
    and bidi overrides go."""
    if len(s) > limit:
        s = s[:limit]
    if s.isascii() and s.isprintable():
        return s
    return _BAD_CHARS.sub(_fix, s)


def int_ok(v: int) -> bool:
    return INT64_MIN <= v <= INT64_MAX


def _clean_value(v: Any, depth: int) -> Any:
    """A JSON-safe copy of `v`, or ValueError for a non-finite or out-of-range number."""
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, str):
        return clean_text(v)
    if isinstance(v, int):
        if not int_ok(v):
            raise ValueError(BAD_NUMBER)
        return v
    if isinstance(v, float):
        if not math.isfinite(v):
            raise ValueError(BAD_NUMBER)
        return v
    if depth >= MAX_DEPTH:
        raise ValueError(BAD_EXTRA)
    if isinstance(v, dict):
        return {clean_text(str(k), 200): _clean_value(x, depth + 1) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_clean_value(x, depth + 1) for x in v]
    raise ValueError(BAD_EXTRA)


def _extra_ok(extra: dict[str, Any]) -> bool:
    """The common case, fast: flat str keys, small ints, finite floats, clean short strings."""
    for k, v in extra.items():
        t = type(v)
        if type(k) is not str or _BAD_CHARS.search(k) is not None:
            return False
        if t is int:
            if not INT64_MIN <= v <= INT64_MAX:
                return False
        elif t is float:
            if not -1e308 <= v <= 1e308:  # False for NaN and ±inf
                return False
        elif t is str:
            if len(v) > MAX_TEXT or _BAD_CHARS.search(v) is not None:
                return False
        elif v is not None and t is not bool:
            return False
    return True


def normalise(c: Comment) -> str | None:
    """Repair `c` in place; returns None when it may be stored, else the reason it is refused.

    Runs for every event of a flood (~1 µs each): the clean case is checked with one regex
    search per field and no copies; only an event that needs repair takes the slow path.
    """
    if c.kind not in KINDS:
        return BAD_KIND
    ts = c.ts
    tt = type(ts)
    if tt is not float and tt is not int:
        return BAD_TS
    if not TS_MIN <= ts <= TS_MAX:  # also False for NaN
        return BAD_TS
    if tt is int:
        c.ts = float(ts)
    fans = c.fans_level
    if type(fans) is not int or not 0 <= fans <= INT64_MAX:
        return BAD_NUMBER
    p, m, ui, un, t = c.platform, c.msg_id, c.user_id, c.user_name, c.text
    if not (type(p) is str and type(m) is str and type(ui) is str and type(un) is str and type(t) is str
            and 0 < len(p) <= 20 and len(m) <= 200 and len(ui) <= 200 and len(un) <= 200 and len(t) <= MAX_TEXT
            and _BAD_CHARS.search(p + m + ui + un + t) is None):
        c.platform = clean_text(str(c.platform), 20) or "unknown"
        c.msg_id = clean_text(str(c.msg_id), 200)
        c.user_id = clean_text(str(c.user_id), 200)
        c.user_name = clean_text(str(c.user_name), 200)
        c.text = clean_text(str(c.text))
    if c.kind == "comment" and not c.text.isascii() and not c.text.strip(_INVISIBLE):
        return MISSING_TEXT
    if type(c.follower) is not bool:
        c.follower = bool(c.follower)
    if type(c.deleted) is not bool:
        c.deleted = bool(c.deleted)
    if c.extra is not None:
        if not isinstance(c.extra, dict):
            return BAD_EXTRA
        if not _extra_ok(c.extra):
            try:
                c.extra = _clean_value(c.extra, 0)
            except ValueError as exc:
                return str(exc)
        if c.kind in BOUNDS and not _bounded(c.kind, c.extra):
            return BAD_NUMBER
    return None
