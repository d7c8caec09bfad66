"""Background jobs (app.studio.tasks) are waited for at shutdown: one left running while Qt and the
interpreter tore down crashed `livedeck serve` with SIGSEGV (a library refresh asked for just
before SIGTERM, seen in CI)."""

from __future__ import annotations

import threading
from typing import Any

from app.studio.tasks import run_in_thread, wait_for_jobs


def test_shutdown_waits_for_a_running_job_and_says_when_one_outlives_the_wait(qtbot: Any) -> None:
    release, finished = threading.Event(), threading.Event()
    results: list[object] = []

    def job() -> str:
        release.wait(5)
        finished.set()
        return "done"

    run_in_thread(job, lambda result, error: results.append(result))
    assert wait_for_jobs(0.05) is False  # still running: the caller logs it
    threading.Timer(0.2, release.set).start()
    assert wait_for_jobs(5) is True and finished.is_set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=2000)  # the result still reaches the GUI thread
    assert wait_for_jobs(0) is True  # nothing left
