"""`livedeck`: the desktop app, the headless studio, and the scripting commands of PROTOCOL.md.

Exit codes: 0 ok; 1 runtime failure; 2 bad usage or bad input (stderr says what and where).
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from app.usage import EXIT_FAIL, EXIT_OK, EXIT_USAGE, UsageError

__all__ = ["EXIT_FAIL", "EXIT_OK", "EXIT_USAGE", "UsageError", "main"]


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr and exit 2, like every other bad input."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", help="folder holding livedeck.sqlite3 (default: LIVEDECK_DATA_DIR, "
                                      "else the platform's user data dir)")
    p.add_argument("--db", metavar="URL", help="database: sqlite:///PATH or postgresql://USER@HOST:PORT/DB "
                                                "(default: LIVEDECK_DB, else the data dir's SQLite)")


def _studio_options(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--port", type=int, default=8765, help="websocket port on 127.0.0.1 (default 8765)")
    p.add_argument("--show", type=int, help="open this show id")
    p.add_argument("--lan", action="store_true", help="listen on all interfaces; clients need the token")
    p.add_argument("--token", help="LAN token (default: a new random one, printed at start)")
    p.add_argument("--no-speech", action="store_true", help="do not start the speech engine")
    p.add_argument("--simulate", type=float, metavar="RATE", default=None,
                   help="feed a simulated comment stream at RATE events per second (--demo: 8 unless a relay is set)")
    p.add_argument("--relay", action="append", default=[], metavar="FORMAT=URL",
                   help="connect to a comment relay, e.g. barragegrab=ws://127.0.0.1:8888 or twitch=#channel")
    p.add_argument("--quit-after", type=float, metavar="SECONDS", help="exit cleanly after SECONDS")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="livedeck", description="LiveDeck studio assistant")
    _studio_options(parser)
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language (default: system)")
    parser.add_argument("--connect", metavar="ws://HOST:PORT",
                        help="a second desk: open the desk against the studio there (needs its --token)")
    parser.add_argument("--demo", action="store_true", help="open the demo show with simulated comments")
    sub = parser.add_subparsers(dest="command")

    serve = sub.add_parser("serve", help="run the studio without windows")
    _studio_options(serve)
    serve.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    serve.add_argument("--demo", action="store_true")

    shows = sub.add_parser("shows", help="list shows: id, title, status, items")
    _common(shows)

    imp = sub.add_parser("import", help="import products from CSV, XLSX, XLS, XLSB or ODS into a show")
    imp.add_argument("file")
    imp.add_argument("--show", required=True, metavar="TITLE", help="show title (a new draft show if none)")
    imp.add_argument("--sheet", metavar="NAME", help="read this sheet (default: the best-scoring product table)")
    imp.add_argument("--header-row", type=int, metavar="N", help="the header is on line N of the sheet")
    _common(imp)

    exp = sub.add_parser("export", help="export a show's run-sheet, comments, events, lottery, polls or questions")
    exp.add_argument("show_id", type=int)
    exp.add_argument("--what", required=True, choices=["runsheet", "comments", "events", "lottery", "polls",
                                                          "questions", "aftersales"])
    exp.add_argument("--format", default="json", choices=["json", "csv", "xlsx"])
    exp.add_argument("--out", help="output file (default: standard output)")
    _common(exp)

    tok = sub.add_parser("token", help="print the token remote stations need in LAN mode (and /control there)")
    tok.add_argument("--rotate", action="store_true", help="make a new token; the old one stops working")
    tok.add_argument("--view", action="store_true",
                     help="the view token instead (host view, producer view, overlays: it can run no command)")
    _common(tok)

    rep = sub.add_parser("report", help="the show's review (复盘) as an XLSX, PDF or JSON report")
    rep.add_argument("show_id", type=int)
    rep.add_argument("--format", required=True, choices=["xlsx", "pdf", "json"])
    rep.add_argument("--out", help="output file (default: show-ID-review.FORMAT in the current folder)")
    rep.add_argument("--lang", choices=["zh_CN", "en"], help="the report's language (default: the app's)")
    _common(rep)

    prod = sub.add_parser("products", help="the product library: every product of every show with its history")
    prod.add_argument("--format", default="table", choices=["table", "csv", "json"])
    prod.add_argument("--rank", choices=["gmv_per_min", "trend"], help="order by a rank rule (printed with it)")
    _common(prod)

    ver = sub.add_parser("verify-draw", help="re-check every lottery draw's proof from the stored comments")
    ver.add_argument("--show", type=int, required=True, metavar="SHOW_ID")
    _common(ver)

    wall = sub.add_parser("wall", help="a window of every live room in the database (--db)")
    _common(wall)
    wall.add_argument("--lang", choices=["zh_CN", "en"], help="interface language (default: system)")
    wall.add_argument("--quit-after", type=float, metavar="SECONDS", help="close after SECONDS")

    sim = sub.add_parser("simulate", help="send a simulated comment stream to an ingest websocket")
    sim.add_argument("--url", default="ws://127.0.0.1:8765/ingest")
    sim.add_argument("--format", default="generic", help="generic, barragegrab, douyinlive, tiktok, socialstream "
                                                         "or twitch")
    sim.add_argument("--rate", type=float, default=20.0, help="events per second")
    sim.add_argument("--duration", type=float, default=60.0, help="seconds")

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=os.environ.get("LIVEDECK_LOG", "WARNING"),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        if args.command is None and args.connect:
            from app.ui.remote_desk import run_remote_desk

            return run_remote_desk(args)  # nothing stored here: no data dir to claim
        if args.command is None:
            from app.ui.application import run_gui

            lock = _claim_studio(args, gui=True)
            try:
                return run_gui(args)
            finally:
                lock.release()
        handler = {"serve": cmd_serve, "shows": cmd_shows, "import": cmd_import, "export": cmd_export,
                   "simulate": cmd_simulate, "verify-draw": cmd_verify_draw, "token": cmd_token,
                   "report": cmd_report, "products": cmd_products, "wall": cmd_wall}[args.command]
        return handler(args)
    except UsageError as exc:
        print(f"livedeck: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `livedeck export … | head`: the reader has what it wanted
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:
        print(f"livedeck: {exc}", file=sys.stderr)
        return EXIT_FAIL


def _claim_studio(args: argparse.Namespace, gui: bool) -> Any:
    """Checks before a studio starts, each a one-line exit 2: the port, what the studio owns (the
    data dir, or its room on a shared database: app.models.database), the show. The GUI offers
    another data dir when the chosen one is held by another studio."""
    from app.models.database import locate
    from app.models.db import DataDirInUse
    from app.studio.demo import ensure_demo_show

    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port}: a port is a number from 1 to 65535 (0: any free port)")
    if args.token is not None:
        from app.live.access import check_token

        reason = check_token(args.token)
        if reason:
            raise UsageError(f"--token: {reason}")
    while True:
        try:
            lock = locate(args.db, args.data_dir).lock_for(
                args.show, ensure_demo_show if getattr(args, "demo", False) else None)
            break
        except DataDirInUse as exc:
            other = _ask_other_data_dir(str(exc)) if gui and args.quit_after is None else None
            if other is None:
                raise
            args.data_dir = other
    args.show = lock.show_id if lock.show_id is not None else args.show
    args.room_lock = lock  # the runtime keeps it (on a shared database it follows the open show)
    return lock


def _ask_other_data_dir(message: str) -> str | None:
    from app.ui.application import ask_other_data_dir

    return ask_other_data_dir(message)


def _store(args: argparse.Namespace) -> Any:
    from app.models.database import locate
    from app.models.store import Store

    return Store(locate(args.db, args.data_dir).open())


def cmd_serve(args: argparse.Namespace) -> int:
    from app.live.server import ListenError
    from app.studio.headless import run_headless

    lock = _claim_studio(args, gui=False)
    try:
        return run_headless(args)
    except ListenError as exc:  # taken or privileged: a runtime failure (1), one line
        print(f"livedeck: {exc}; choose another --port", file=sys.stderr)
        return EXIT_FAIL
    finally:
        lock.release()


def cmd_token(args: argparse.Namespace) -> int:
    """The data dir's token; a running studio takes a rotated one at its next connection."""
    from app.live.access import ACCESS_FILE, AccessFile
    from app.models.db import resolve_data_dir

    access = AccessFile(resolve_data_dir(args.data_dir) / ACCESS_FILE)
    if args.view:
        print(access.rotate_view() if args.rotate else access.view_token)
    else:
        print(access.rotate() if args.rotate else access.token)
    return EXIT_OK


def cmd_shows(args: argparse.Namespace) -> int:
    store = _store(args)
    for s in store.list_shows():
        print(f"{s.id}\t{s.title}\t{s.status}\t{s.items}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """All or nothing, every bad row named. Never writes behind a running studio's back: the data
    dir's lock is taken first, and a studio holding it makes the import refuse with one line."""
    from app.core.products import ImportFailed
    from app.models.db import DataDirInUse, lock_data_dir, resolve_data_dir
    from app.studio.files import import_sheet

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    if args.header_row is not None and args.header_row < 1:
        raise UsageError("--header-row: a line number from 1")
    try:
        report = import_sheet(path, sheet=args.sheet, header_row=args.header_row)
    except ImportFailed as exc:
        raise UsageError(f"nothing imported, fix these rows:\n{exc}") from None
    refusal = report.refusal()
    if refusal is not None:
        raise UsageError(f"nothing imported, fix these rows:\n{refusal}")
    for line in report.lines():  # skipped rows and warnings: the import went ahead, the producer should know
        print(f"{path.name}:{line}" if line[:1].isdigit() else f"{path.name}: {line}", file=sys.stderr)
    try:
        lock = lock_data_dir(resolve_data_dir(args.data_dir))
    except DataDirInUse as exc:
        raise UsageError(f"nothing imported: {exc}; import from its Show menu (Import products…)") from None
    try:
        show_id = _import_through_studio(args, report.items)
    finally:
        lock.release()
    print(f"imported {len(report.items)} items into show {show_id} ({args.show})")
    return EXIT_OK


def _import_through_studio(args: argparse.Namespace, items: list[Any]) -> int:
    """The same Studio commands as the app's import dialog (show.create / show.open, then one
    runsheet.add_many): the same checks, the same item_added event a running desk would replay."""
    from PySide6.QtCore import QCoreApplication

    from app.studio.runsheet_cmds import item_args
    from app.studio.studio import CommandError, Studio

    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    store = _store(args)
    studio = Studio(store)
    target = next((s for s in store.list_shows() if s.title == args.show and s.status == "draft"), None)
    try:
        show_id = target.id if target else int(studio.execute("show.create", {"title": args.show})["show_id"])
        studio.execute("show.open", {"show_id": show_id})
        studio.execute("runsheet.add_many", {"items": [item_args(i) for i in items]})
    except CommandError as exc:
        raise UsageError(f"nothing imported: {exc}") from None
    finally:
        studio.deleteLater()
    return show_id


def cmd_export(args: argparse.Namespace) -> int:
    from app.models.store import NotFound
    from app.studio.exports import export

    store = _store(args)
    out = Path(args.out) if args.out else None
    if args.format == "xlsx" and out is None:
        raise UsageError("--format xlsx needs --out FILE")
    try:
        export(store, args.show_id, args.what, args.format, out if out else sys.stdout)
    except NotFound as exc:
        raise UsageError(str(exc)) from None
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return EXIT_OK


def _exit_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(EXIT_FAIL)


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
        review = sr.compute(_store(args), args.show_id)
    except NotFound as exc:
        raise UsageError(str(exc)) from None
    main_thread = threading.current_thread() is threading.main_thread()
    # A terminated export unwinds (removing its temporary file) instead of dying mid-write.
    old = signal.signal(signal.SIGTERM, _exit_on_signal) if main_thread else None
    try:
        sr.write_report(review, args.format, out)
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, old)
    print(out)
    return EXIT_OK


def cmd_wall(args: argparse.Namespace) -> int:
    """The wall window: reads the rooms' status rows, needs no connection to the studios."""
    from app.models.database import locate
    from app.models.rooms import RoomWatcher
    from app.ui.wall_window import run_wall

    engine = locate(args.db, args.data_dir).open()
    watcher = RoomWatcher(engine, period=0.5)
    try:
        return run_wall(watcher.rooms, args.lang, args.quit_after)
    finally:
        watcher.stop()
        engine.dispose()


def cmd_simulate(args: argparse.Namespace) -> int:
    from app.live.simulator import run_simulation

    return run_simulation(args.url, args.format, args.rate, args.duration)


def cmd_verify_draw(args: argparse.Namespace) -> int:
    from app.models.store import NotFound
    from app.studio.exports import verify_draws

    try:
        ok, lines = verify_draws(_store(args), args.show)
    except NotFound as exc:
        raise UsageError(str(exc)) from None
    for line in lines:
        print(line)
    return EXIT_OK if ok else EXIT_FAIL


def cmd_products(args: argparse.Namespace) -> int:
    """The library on stdout; money in yuan, "-" (table) or empty / null where there is no data."""
    import csv
    import json

    from app.core import product_library as pl
    from app.core import product_table as pt
    from app.models.product_library import library
    from app.studio.files import csv_safe

    products = library(_store(args))
    if args.rank:
        print(f"# rank: {pl.RULES[args.rank]}", file=sys.stderr)
        products = [p for p, _score in pl.rank(products, args.rank)]
    if args.format == "json":
        json.dump(pl.to_json(products), sys.stdout, ensure_ascii=False, indent=1, default=str)
        print()
    elif args.format == "csv":
        out = csv.writer(sys.stdout)
        out.writerow([h for _k, h in pt.COLUMNS])
        for p in products:
            row = p.row()
            out.writerow([csv_safe("" if row[k] is None else pt.cell(row[k])) for k, _h in pt.COLUMNS])
    else:
        print(pt.text_table(products) if products else "no products yet: import a product sheet into a show")
    return EXIT_OK
