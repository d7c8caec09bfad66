"""Turns at SQLite's one write lock: a Studio command's commit before the comment writer's next rows.

SQLite lets one connection write at a time, and a connection that finds the lock taken retries in
sleeps that grow to 100 ms (its busy handler). Under a flood the comment writer commits batch after
batch with only a moment between them, so a producer's edit on the GUI thread kept waking up in the
middle of a batch: 100 ms for a median edit and 1.3 s at worst (benchmarks/ingest.py, producer
edits). Now the writer holds a lock around each transaction and a command around its own, and a
command that is waiting says so: the writer commits at the next TURN_CHUNK rows and lets it in.

The writer may be another process (app.models.writer_process), which can die holding its lock:
a command then waits at most TURN_WAIT_S and goes on as before, on SQLite's own busy timeout. The
flag is a plain shared byte, with no lock of its own that a dead process could keep.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Protocol

TURN_WAIT_S = 0.25
TURN_CHUNK = 500  # rows the writer inserts between two looks at `wanted`
_held = threading.local()  # `on`: this thread is inside a command's turn


class TurnLock(Protocol):
    """threading.Lock, or multiprocessing's Lock shared with the writer process."""

    def acquire(self, block: bool = ..., timeout: float = ...) -> bool: ...
    def release(self) -> None: ...
    def __enter__(self) -> bool: ...
    def __exit__(self, _t: type[BaseException] | None, _v: BaseException | None, _tb: TracebackType | None,
                 /) -> None: ...


class Flag(Protocol):
    value: int


class LocalFlag:
    """`Flag` within one process (multiprocessing's RawValue across two)."""

    value = 0


class Turns:
    """The lock both sides take, and the flag a waiting command raises."""

    def __init__(self, lock: TurnLock, wanted: Flag) -> None:
        self.lock = lock
        self.wanted = wanted

    @contextmanager
    def command(self) -> Iterator[None]:
        """Hold the lock (at most TURN_WAIT_S to get it) while a command writes and commits."""
        self.wanted.value = 1  # up until the command ends: if the wait runs out, the writer still gives way
        got = False
        try:
            got = self.lock.acquire(True, TURN_WAIT_S)
            _held.on = True
            yield
        finally:
            _held.on = False
            self.wanted.value = 0
            if got:
                self.lock.release()


def refuse_in_turn(what: str) -> None:
    """Waiting on the writer from inside a command's turn would wait for the writer to wait for the
    command (up to the flush's timeout, GUI frozen): a programming error, said at once."""
    if getattr(_held, "on", False):
        raise RuntimeError(f"{what} inside a command's write turn would wait for itself")
