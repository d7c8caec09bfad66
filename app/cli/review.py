"""The review group: `report`, the show's 复盘 as a file."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from app.cli.options import common, unwind_on_sigterm
from app.cli.shows import open_store
from app.usage import EXIT_OK, UsageError


def add_commands(sub: Any) -> None:
    rep = sub.add_parser("report", help="the show's review (复盘) as an XLSX, PDF or JSON report")
    rep.add_argument("show_id", type=int)
    rep.add_argument("--format", required=True, choices=["xlsx", "pdf", "json"])
    rep.add_argument("--out", help="output file (default: show-ID-review.FORMAT in the current folder)")
    rep.add_argument("--lang", choices=["zh_CN", "en"], help="the report's language (default: the app's)")
    common(rep)
    rep.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from app.models.store import NotFound
    from app.studio import review as sr

    out = Path(args.out or f"show-{args.show_id}-review.{args.format}")
    # Qt prints the PDF, QtCharts draws its charts and the translations need an application.
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import Translations, choose_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    translations = Translations(app)  # kept while the report is written
    translations.install(choose_language(args.lang))
    try:
        review = sr.compute(open_store(args), args.show_id)
    except NotFound as exc:
        raise UsageError(str(exc)) from None
    with unwind_on_sigterm():
        sr.write_report(review, args.format, out)
    print(out)
    return EXIT_OK
