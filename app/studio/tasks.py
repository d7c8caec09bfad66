"""Run a blocking job (file import, export) off the GUI thread and get the result back on it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Relay(QObject):
    done = Signal(object, object)  # result, exception


_live: set[_Relay] = set()
_running: set[threading.Thread] = set()  # added and removed under the GIL by one call each: no lock needed


def run_in_thread(job: Callable[[], Any], on_done: Callable[[Any, BaseException | None], None]) -> None:
    relay = _Relay()  # created on the GUI thread, so its signal is delivered there (queued)
    _live.add(relay)

    def finish(result: Any, error: BaseException | None) -> None:
        # Drop the callback here, on the GUI thread: the worker may hold the relay a moment longer, and
        # the last reference to what the callback holds (a Studio with its timer) must not die there.
        relay.done.disconnect(finish)
        _live.discard(relay)
        on_done(result, error)

    relay.done.connect(finish)

    def work() -> None:
        try:
            relay.done.emit(job(), None)
        except BaseException as exc:
            relay.done.emit(None, exc)
        finally:
            _running.discard(threading.current_thread())

    thread = threading.Thread(target=work, name="ui-job", daemon=True)
    _running.add(thread)
    thread.start()


def wait_for_jobs(timeout_s: float) -> bool:
    """At shutdown, before the store is closed: the jobs still running are waited for, up to `timeout_s`
    in all. A daemon job left running while the interpreter and Qt tear down (a library refresh
    asked for just before SIGTERM) crashed `livedeck serve` with SIGSEGV on its way out. False when
    one is still running."""
    deadline = time.monotonic() + timeout_s
    for thread in list(_running):
        thread.join(max(0.0, deadline - time.monotonic()))
    return not _running
