"""A spawned helper process (the comment writer, an export worker) ends when the app that started it
is gone: killed with -9, crashed, or closed by the task manager.

Waiting on the parent's sentinel (`multiprocessing.parent_process()`: a pipe on POSIX, the parent's
process handle on Windows) works everywhere; polling `os.getppid()` did not on Windows, where it
keeps returning the dead parent's id, so a child stuck retrying a full disk outlived the app and
held the database file open.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from multiprocessing.connection import wait


def end_with_parent(name: str, grace_s: float = 0.0) -> None:
    """From now on, a daemon thread ends this process `grace_s` after its parent has gone."""
    threading.Thread(target=_watch, args=(grace_s, os.getppid()), daemon=True, name=name).start()


def _watch(grace_s: float, parent: int) -> None:
    proc = multiprocessing.parent_process()
    if proc is not None:  # spawned by multiprocessing, as every LiveDeck child is
        wait([proc.sentinel])
    else:
        while os.getppid() == parent:
            time.sleep(0.5)
    time.sleep(grace_s)
    os._exit(1)
