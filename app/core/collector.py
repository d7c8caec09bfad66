"""Python's cyclic garbage collector, set for a process that takes a comment flood: the app's
(app.studio.runtime, once started) and the comment writer's (app.models.writer_process)."""

from __future__ import annotations

import gc

GC_THRESHOLDS = (10_000, 20, 100)  # the cyclic collector's, after start-up (see `freeze_startup_objects`)


def freeze_startup_objects() -> None:
    """Move everything alive after start-up (modules, Qt and SQLAlchemy objects) out of the GC's reach.

    Under a comment flood, full collections scanning those hundreds of thousands of objects stopped
    every thread for up to 80 ms (GUI lag p99 81 ms); frozen, they no longer do (37 ms). Comments
    form no reference cycles and are freed by reference counting as before.

    Then the collector runs less often (GC_THRESHOLDS): a flood allocates thousands of containers a
    second (comments, their `extra`, frames), and with the default (700, 10, 10) every thread stopped
    for 433 young, 39 middle and 4 full collections in 14 s of a 150k-event flood, 1.06 s in all
    (full ones up to 97 ms, each a GUI stall); with these, 22 young and 1 full, 0.34 s, GUI lag p99
    63 -> 51 ms, peak RSS 221 -> 225 MB (benchmarks/ingest.py --batch 1, same minutes).

    In the writer process they save its collections: 0.54 µs a stored comment (407 collections for
    400,000 rows, unpickled and inserted as the writer does), none once frozen.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
