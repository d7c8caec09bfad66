"""The show group: `shows`, `import`, `export`, `products` and `verify-draw`, straight on the database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.options import common, unwind_on_sigterm
from app.usage import EXIT_FAIL, EXIT_OK, UsageError

if TYPE_CHECKING:
    from app.studio.export_worker import Spawned


def add_commands(sub: Any) -> None:
    shows = sub.add_parser("shows", help="list shows: id, title, status, items")
    common(shows)
    shows.set_defaults(handler=cmd_shows)

    imp = sub.add_parser("import", help="import products from CSV, XLSX, XLS, XLSB or ODS into a show")
    imp.add_argument("file")
    imp.add_argument("--show", required=True, metavar="TITLE", help="show title (a new draft show if none)")
    imp.add_argument("--sheet", metavar="NAME", help="read this sheet (default: the best-scoring product table)")
    imp.add_argument("--header-row", type=int, metavar="N",
                     help="the header is on row N of the sheet (as the spreadsheet numbers it)")
    common(imp)
    imp.set_defaults(handler=cmd_import)

    exp = sub.add_parser("export", help="export a show's run-sheet, comments, events, lottery, polls or questions")
    exp.add_argument("show_id", type=int)
    exp.add_argument("--what", required=True, choices=["runsheet", "comments", "events", "lottery", "polls",
                                                          "questions", "aftersales"])
    exp.add_argument("--format", default="json", choices=["json", "csv", "xlsx"])
    exp.add_argument("--out", help="output file (default: standard output)")
    common(exp)
    exp.set_defaults(handler=cmd_export)

    prod = sub.add_parser("products", help="the product library: every product of every show with its history")
    prod.add_argument("--format", default="table", choices=["table", "csv", "json"])
    prod.add_argument("--rank", choices=["gmv_per_min", "trend"], help="order by a rank rule (printed with it)")
    common(prod)
    prod.set_defaults(handler=cmd_products)

    ver = sub.add_parser("verify-draw", help="re-check every lottery draw's proof from the stored comments")
    ver.add_argument("--show", type=int, required=True, metavar="SHOW_ID")
    common(ver)
    ver.set_defaults(handler=cmd_verify_draw)


def open_store(args: argparse.Namespace) -> Any:
    from app.models.database import locate
    from app.models.store import Store

    return Store(locate(args.db, args.data_dir).open())


def cmd_shows(args: argparse.Namespace) -> int:
    store = open_store(args)
    for s in store.list_shows():
        print(f"{s.id}\t{s.title}\t{s.status}\t{s.items}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """All or nothing, every bad row named. Never writes behind a running studio's back: the data
    dir's lock is taken first, and a studio holding it makes the import refuse with one line."""
    from app.core.products import ImportFailed
    from app.models.data_dir import resolve_data_dir
    from app.models.db import DataDirInUse, lock_data_dir
    from app.studio.files import import_sheet

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    if args.header_row is not None and args.header_row < 1:
        raise UsageError("--header-row: a row number from 1")
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
        show_id = _import_through_studio(args, report.items, [f"{path.name}:{n}" for n in report.item_lines])
    finally:
        lock.release()
    print(f"imported {len(report.items)} items into show {show_id} ({args.show})")
    return EXIT_OK


def _import_through_studio(args: argparse.Namespace, items: list[Any], where: list[str]) -> int:
    """The same Studio commands as the app's import dialog (show.create / show.open, then one
    runsheet.add_many): the same checks, the same item_added event a running desk would replay.
    Every item passes add_many's own check before the show is created: a refusal leaves no show."""
    from PySide6.QtCore import QCoreApplication

    from app.core.args import BadArg
    from app.studio.runsheet_cmds import item_args, item_fields
    from app.studio.studio import CommandError, Studio

    rows = [item_args(i) for i in items]
    for row, at in zip(rows, where, strict=False):
        try:
            item_fields(row)
        except BadArg as exc:
            raise UsageError(f"nothing imported: {at}: {exc}") from None

    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    store = open_store(args)
    studio = Studio(store)
    target = next((s for s in store.list_shows() if s.title == args.show and s.status == "draft"), None)
    try:
        show_id = target.id if target else int(studio.execute("show.create", {"title": args.show})["show_id"])
        studio.execute("show.open", {"show_id": show_id})
        studio.execute("runsheet.add_many", {"items": rows})
    except CommandError as exc:
        raise UsageError(f"nothing imported: {exc}") from None
    finally:
        studio.deleteLater()
    return show_id


def cmd_export(args: argparse.Namespace) -> int:
    """A show's comments go out in parallel from a big SQLite file: the workers start first, while
    SQLAlchemy imports (app.studio.export_worker.prestart)."""
    spawned = _export_workers(args)
    try:
        from app.models.store import NotFound
        from app.studio.exports import export

        store = open_store(args)
        out = Path(args.out) if args.out else None
        if args.format == "xlsx" and out is None:
            raise UsageError("--format xlsx needs --out FILE")
        try:
            with unwind_on_sigterm():
                export(store, args.show_id, args.what, args.format, out if out else sys.stdout, spawned)
        except NotFound as exc:
            raise UsageError(str(exc)) from None
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        return EXIT_OK
    finally:
        if spawned is not None:
            spawned.close()


def _export_workers(args: argparse.Namespace) -> Spawned | None:
    """export_worker.Spawned for a comment export from a big SQLite file, else None."""
    from app.models.data_dir import sqlite_file
    from app.studio.export_worker import prestart

    if args.what != "comments" or args.format not in ("json", "csv"):
        return None
    try:
        db = sqlite_file(args.db, args.data_dir)
    except UsageError:  # said as one line when the store is opened
        return None
    return prestart(db, args.format, args.show_id)


def cmd_verify_draw(args: argparse.Namespace) -> int:
    from app.models.store import NotFound
    from app.studio.exports import verify_draws

    try:
        ok, lines = verify_draws(open_store(args), args.show)
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
    from app.core.text import csv_safe
    from app.models.product_library import library

    products = library(open_store(args))
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
