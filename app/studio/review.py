"""The 复盘 review, wired: computed off the GUI thread with progress, shown the same way everywhere,
and written as XLSX (native charts), PDF (Qt's own printing, charts included) and JSON.

The tab, the PDF and the XLSX all read one `Review` and format it with review_texts, so a figure
cannot differ between the screen and the report. Ticking a 售后 follow-up off is the Studio
command `review.followup`. The words live in review_texts, the files in review_xlsx and
review_pdf; this module re-exports what the tab and the command line use.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QRunnable, QThreadPool, Signal

from app.core import args as a
from app.core import review as rv
from app.models import review as mr
from app.models.store import Store
from app.studio.errors import CommandError
from app.studio.exports import lottery_rows, verify_draws
from app.studio.part_files import replacing
from app.studio.review_html import report_html
from app.studio.review_pdf import CHART_W, build_chart, chart_image, write_pdf
from app.studio.review_texts import (
    _TEXTS,
    CHARTS,
    COMPLIANCE_NAMES,
    ITEM_COLUMNS,
    ITEM_TIPS,
    SERIES_NAMES,
    WHY_NAMES,
    format_figure,
    format_value,
    item_cell,
    lottery_status,
    na_text,
    rtr,
)
from app.studio.review_xlsx import safe_cell, write_json, write_xlsx

__all__ = [
    "CHARTS",
    "CHART_W",
    "COMPLIANCE_NAMES",
    "ITEM_COLUMNS",
    "ITEM_TIPS",
    "SERIES_NAMES",
    "WHY_NAMES",
    "_TEXTS",
    "ReviewDesk",
    "ReviewJob",
    "add_lists",
    "build_chart",
    "chart_image",
    "compute",
    "format_figure",
    "format_value",
    "item_cell",
    "learned",
    "lottery_status",
    "na_text",
    "past_durations",
    "report_html",
    "rtr",
    "safe_cell",
    "start_job",
    "write_json",
    "write_pdf",
    "write_report",
    "write_xlsx",
]


# ---- computing it ---------------------------------------------------------------------------------------------


def compute(store: Store, show_id: int, now: float | None = None,
            progress: Callable[[int, str], None] | None = None, lists: bool = True,
            figures: Callable[[rv.Review], None] | None = None) -> rv.Review:
    """The whole review of one show. Blocking: call it off the GUI thread (ReviewJob does).

    `figures` gets the summary, per-item rows and timeline as soon as they are ready (a copy
    without the audience lists and lotteries, which follow), so the tab can show them at once.
    """
    now = time.time() if now is None else now
    step = progress or (lambda _p, _s: None)
    step(5, str(QT_TRANSLATE_NOOP("Review", "Summing comments, gifts and orders…")))
    inp = mr.load_input(store, show_id, now)
    step(55, str(QT_TRANSLATE_NOOP("Review", "Working out the figures…")))
    review = rv.build(inp)
    if figures is not None:
        figures(replace(review, extras={}))
    if lists:
        add_lists(store, review, inp, step)
    step(100, str(QT_TRANSLATE_NOOP("Review", "Ready")))
    return review


def add_lists(store: Store, review: rv.Review, inp: rv.ReviewInput,
              step: Callable[[int, str], None] = lambda _p, _s: None) -> None:
    """Audience lists and lotteries: slower than the figures, so they come second. The questions are
    read on one connection while the follow-ups and the lottery check share another: SQLite releases
    the GIL while it works (CPU on a 2M-event show: 0.8 s against 0.25 + 0.35 s)."""
    _s, ended, vis = rv.visits((e for e in inp.events if e.type in rv.SEGMENT_TYPES), inp.now)
    vis = rv.counted_visits(vis, ended)
    names = {i.id: i.name for i in inp.items}
    step(65, str(QT_TRANSLATE_NOOP("Review", "Grouping questions…")))
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="review-lists") as pool:
        questions = pool.submit(mr.top_questions, store, review.show_id, vis, names)
        follow = pool.submit(mr.followups, store, review.show_id, vis, names, mr.handled_comment_ids(inp.events))
        draws = pool.submit(verify_draws, store, review.show_id)
        lots = lottery_rows(store, review.show_id, "json")
        review.extras["questions"] = questions.result()
        step(75, str(QT_TRANSLATE_NOOP("Review", "Collecting the follow-up list…")))
        rows, total = follow.result()
        review.extras["followups"] = rows
        review.extras["followups_total"] = total
        step(85, str(QT_TRANSLATE_NOOP("Review", "Checking the lottery draws…")))
        ok, lines = draws.result()
    review.extras["lotteries"] = [{**lot, "redraw_count": len(lot["redraws"])} for lot in lots]
    review.extras["lottery_verify"] = {"ok": ok, "lines": lines}


class ReviewSignals(QObject):
    progress = Signal(int, str)
    figures = Signal(object)   # summary, per item, timeline: the lists are still being read
    finished = Signal(object)
    failed = Signal(str)


class ReviewJob(QRunnable):
    """Computes a review on the global thread pool; the signals arrive on the thread that made the job."""

    def __init__(self, store: Store, show_id: int, now: float | None = None) -> None:
        super().__init__()
        self.store, self.show_id, self.now = store, show_id, now
        self.signals = ReviewSignals()

    def run(self) -> None:
        try:
            review = compute(self.store, self.show_id, self.now, self.signals.progress.emit,
                             figures=self.signals.figures.emit)
        except Exception as exc:  # reported to the tab, which shows it instead of the review
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(review)


def start_job(job: ReviewJob) -> None:
    QThreadPool.globalInstance().start(job)


class ReviewDesk(QObject):
    """The Studio's review commands: `review.followup` ticks a 售后 follow-up off (or back on)."""

    followup_changed = Signal(int, int, bool)  # show id, comment id, done

    def __init__(self, studio: Any) -> None:
        super().__init__(studio)
        self.studio = studio
        studio.register("review.followup", self.followup)

    def followup(self, args: dict[str, Any]) -> dict[str, Any]:
        show_id = a.integer(args, "show_id") if args.get("show_id") is not None else self.studio.show_id or 0
        if not show_id:
            raise CommandError("no_show", self.tr("no show is open"))
        comment_id, done = a.integer(args, "comment_id"), a.flag(args, "done", True)
        if self.studio.store.comment(show_id, comment_id) is None:
            raise CommandError("not_found", self.tr("no such comment in that show"))
        mr.set_followup_done(self.studio.store, show_id, comment_id, done, self.studio.clock.now(), s=self.studio.db())
        self.studio.after_commit(lambda: self.followup_changed.emit(show_id, comment_id, done))
        return {"comment_id": comment_id, "done": done}

    def job(self, show_id: int, now: float | None = None) -> ReviewJob:
        """A review of any show, to be run on the thread pool (start_job)."""
        return ReviewJob(self.studio.store, show_id, now)

    @classmethod
    def attach(cls, studio: Any) -> ReviewDesk:
        """The studio's review desk, created on first use (the runtime makes it; a bare Studio may not)."""
        desk = studio.findChild(cls)
        return desk if isinstance(desk, cls) else cls(studio)


def learned(store: Store, exclude_show_id: int | None = None) -> dict[str, rv.Learned]:
    """A run-sheet that learns: per SKU, the median actual minutes over past ended shows, with the count."""
    return rv.learned_minutes(mr.sku_samples(store, exclude_show_id))


def past_durations(studio: Any) -> dict[str, rv.Learned]:
    """For the run-sheet editor: the open show's SKUs' past durations, the open show itself left out
    (none on a second desk: it has no store)."""
    if studio.store is None:
        return {}
    return learned(studio.store, exclude_show_id=studio.show_id)


def write_report(review: rv.Review, fmt: str, path: Path) -> None:
    """Write the report next to `path` under a hidden temporary name, then rename it into place: a
    failed export (full disk, a crash) leaves nothing at `path` and removes its temporary file."""
    writer = {"json": write_json, "xlsx": write_xlsx, "pdf": write_pdf}[fmt]
    with replacing(path) as tmp:
        writer(review, tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())  # on disk before it takes the final name
