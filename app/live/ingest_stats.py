"""What the ingest pipeline remembers per show and per source: recent dedupe keys and counters."""

from __future__ import annotations

import collections
from dataclasses import dataclass, field

DEDUPE_GENERATION = 400_000  # keys per generation; two generations are remembered


class RecentKeys:
    """Recently seen (platform, msg_id) pairs, as 64-bit hashes in two rotating sets.

    About 60 bytes a key instead of ~250 for the strings, so a million-comment show stays small.
    Platforms repeat a message within seconds, well inside the 400k-800k keys remembered; the
    database's unique index stays the final word. The chance of two different keys sharing a
    hash among 800k is about 2e-8.
    """

    def __init__(self, generation: int = DEDUPE_GENERATION) -> None:
        self.generation = generation
        self.current: set[int] = set()
        self.previous: set[int] = set()

    def seen(self, platform: str, msg_id: str) -> bool:
        """True if already seen; otherwise remember it."""
        h = hash((platform, msg_id))
        if h in self.current or h in self.previous:
            return True
        self.current.add(h)
        if len(self.current) >= self.generation:
            self.previous, self.current = self.current, set()
        return False

    def __len__(self) -> int:
        return len(self.current) + len(self.previous)


@dataclass
class SourceStats:
    """One source's counters; written by the ingest thread under the pipeline's lock, read by the GUI
    only as a copy (`IngestPipeline.snapshot`)."""

    events: int = 0
    last_event: float = 0.0
    malformed: collections.Counter[str] = field(default_factory=collections.Counter)
    skipped: collections.Counter[str] = field(default_factory=collections.Counter)  # read, deliberately not stored
    anonymous: int = 0
    connections: int = 0
    reconnects: int = 0
