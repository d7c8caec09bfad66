"""Clocks. Wall time anchored to a monotonic clock, so intervals inside a run never jump when
the system clock is adjusted, while timestamps stay meaningful across restarts."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float: ...


class MonotonicWallClock:
    """Epoch seconds = wall time at start + monotonic time since start."""

    def __init__(self) -> None:
        self._wall0 = time.time()
        self._mono0 = time.monotonic()

    def now(self) -> float:
        return self._wall0 + (time.monotonic() - self._mono0)


def format_duration(seconds: float) -> str:
    """H:MM:SS or M:SS, with a leading minus for overtime."""
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{s:02d}" if h else f"{sign}{m}:{s:02d}"
