"""Command arguments checked once, at the edge: present when required, of the right type, finite
and inside a documented range. Past this, handlers trust their numbers.

Types are JSON's, strictly: a number is a JSON number (not "12", not true), text is a JSON string
(not 123). A remote client's slip is `bad_args`, never a guess; the app's own windows pass typed
values to the same commands."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from app.core.text import clean_text

_MISSING = object()


class BadArg(ValueError):
    """`name` is missing or not valid; the message says why (English; the Studio translates the kind)."""

    def __init__(self, name: str, why: str) -> None:
        super().__init__(f"{name}: {why}")
        self.name = name
        self.why = why


def number(args: dict[str, Any], name: str, default: Any = _MISSING, *, lo: float = -math.inf,
           hi: float = math.inf) -> float:
    value = args.get(name, default)
    if value is _MISSING:
        raise BadArg(name, "missing")
    if isinstance(value, bool) or not isinstance(value, int | float):  # "12" or "5e1" too (docs: bad_args)
        raise BadArg(name, "not a number")
    try:
        f = float(value)
    except OverflowError:  # an int past a float's range
        raise BadArg(name, "not a finite number") from None
    if not math.isfinite(f):
        raise BadArg(name, "not a finite number")
    if not lo <= f <= hi:
        raise BadArg(name, f"must be between {lo:g} and {hi:g}")
    return f


def integer(args: dict[str, Any], name: str, default: Any = _MISSING, *, lo: int = -(2**53),
            hi: int = 2**53) -> int:
    value = args.get(name, default)
    if isinstance(value, int) and not isinstance(value, bool):
        if not lo <= value <= hi:
            raise BadArg(name, f"must be between {lo} and {hi}")
        return value
    f = number(args, name, default, lo=lo, hi=hi)
    if f != int(f):
        raise BadArg(name, "not a whole number")
    return int(f)


def text(args: dict[str, Any], name: str, default: Any = _MISSING, *, max_len: int = 2000,
         required: bool = False) -> str:
    value = args.get(name, default)
    if value is _MISSING or value is None:
        raise BadArg(name, "missing")
    if not isinstance(value, str):  # 123 is a number sent where text is due: refused, not shown as "123"
        raise BadArg(name, "not text")
    out = clean_text(str(value)).strip()
    if required and not out:
        raise BadArg(name, "empty")
    if len(out) > max_len:
        raise BadArg(name, f"longer than {max_len} characters")
    return out


def flag(args: dict[str, Any], name: str, default: bool) -> bool:
    """A JSON true or false only: 1, 0 or 2 are refused rather than guessed (any int once read as true)."""
    value = args.get(name, default)
    if not isinstance(value, bool):
        raise BadArg(name, "must be true or false")
    return value


def price(args: dict[str, Any], name: str, default: Any = _MISSING) -> int:
    """Prices arrive in yuan (99 or 99.5) and are kept in fen."""
    return round(number(args, name, default, lo=0, hi=10_000_000) * 100)


def timestamp(args: dict[str, Any], name: str) -> float | None:
    """Epoch seconds or an ISO 8601 time ("2026-11-25T20:00"), kept to the whole second (as the
    database keeps it); null clears it."""
    value = args.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return float(round(datetime.fromisoformat(value).timestamp()))
        except ValueError:
            raise BadArg(name, "not a time (epoch seconds or ISO 8601)") from None
    return float(round(number(args, name, lo=0, hi=4_102_444_800)))  # up to 2100
