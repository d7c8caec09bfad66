"""Waiting on a condition instead of sleeping a fixed time (for tests outside a Qt event loop;
GUI tests use qtbot.waitUntil)."""

from __future__ import annotations

import threading
from collections.abc import Callable


def wait_until(condition: Callable[[], object], timeout: float = 10.0, every: float = 0.02) -> bool:
    """True as soon as `condition()` is; False once `timeout` seconds pass without it."""
    stop = threading.Event()
    deadline = threading.Timer(timeout, stop.set)
    deadline.start()
    try:
        while not condition():
            if stop.wait(every):
                return bool(condition())
        return True
    finally:
        deadline.cancel()
