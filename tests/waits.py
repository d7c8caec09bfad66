"""Waiting on a condition instead of sleeping a fixed time: a slow machine waits longer, a fast one less."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def wait_for(probe: Callable[[], T], timeout: float = 5.0, interval: float = 0.02) -> T:
    """Poll until probe() is truthy; return it (AssertionError with the last value on timeout)."""
    deadline = time.monotonic() + timeout
    value = probe()
    while not value and time.monotonic() < deadline:
        time.sleep(interval)
        value = probe()
    assert value, f"timed out waiting; last value {value!r}"
    return value


async def async_wait_for(probe: Callable[[], T], timeout: float = 5.0, interval: float = 0.01) -> T:
    """wait_for inside an event loop: the loop keeps running while it polls."""
    deadline = time.monotonic() + timeout
    value = probe()
    while not value and time.monotonic() < deadline:
        await asyncio.sleep(interval)
        value = probe()
    assert value, f"timed out waiting; last value {value!r}"
    return value


def wait_for_state(get_state: Callable[[], dict[str, Any]], settled: Callable[[dict[str, Any]], bool],
                   timeout: float = 30.0) -> dict[str, Any]:
    """Poll a studio's state until `settled(state)` holds and return that state; on timeout the last
    state's feed counters are in the failure message."""
    last: list[dict[str, Any]] = [{}]

    def probe() -> bool:
        last[0] = get_state()
        return settled(last[0])

    try:
        wait_for(probe, timeout)
    except AssertionError:
        raise AssertionError(f"never settled; last feed state {last[0].get('feed')!r}") from None
    return last[0]


def received_until(ws: Any, until: float) -> list[dict[str, Any]]:
    """Every JSON message a sync websocket client receives until the monotonic time `until`."""
    out = []
    while time.monotonic() < until:
        try:
            out.append(json.loads(ws.recv(timeout=max(0.05, until - time.monotonic()))))
        except TimeoutError:
            break
    return out
