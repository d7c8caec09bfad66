"""Test doubles: a clock tests move by hand and a speaker that records what it would have said.

They live here, not in app/, because the shipping app never uses them (benchmarks and screenshot
scripts import them from here too). The app's own silent speaker is app.live.speech.NullSpeaker.
"""

from __future__ import annotations

from app.live.speech import PRIORITY_NORMAL


class FakeClock:
    """A clock tests move by hand (app.core.clock.Clock)."""

    def __init__(self, start: float = 1_764_000_000.0) -> None:
        self.t = start

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class FakeSpeaker:
    """Records what would have been said (app.live.speech.Speaker), so a test can assert on it."""

    def __init__(self) -> None:
        self.said: list[tuple[int, str, str]] = []
        self.muted = False

    def say(self, text: str, priority: int = PRIORITY_NORMAL, lang: str = "zh_CN") -> bool:
        if self.muted:
            return False
        self.said.append((priority, text, lang))
        return True
