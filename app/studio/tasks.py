"""Run a blocking job (file import, export) off the GUI thread and get the result back on it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Relay(QObject):
    done = Signal(object, object)  # result, exception


_live: set[_Relay] = set()


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

    threading.Thread(target=work, name="ui-job", daemon=True).start()
