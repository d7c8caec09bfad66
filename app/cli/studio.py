"""The studio group: the desktop app, `serve`, `token`, `wall` and `simulate`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.options import common, studio_options
from app.usage import EXIT_FAIL, EXIT_OK, UsageError


def add_commands(sub: Any) -> None:
    serve = sub.add_parser("serve", help="run the studio without windows")
    studio_options(serve)
    serve.add_argument("--lang", choices=["zh_CN", "en"], help="the studio's language (default: zh_CN)")
    serve.add_argument("--demo", action="store_true")
    serve.set_defaults(handler=cmd_serve)

    tok = sub.add_parser("token", help="print the token remote stations need in LAN mode (and /control there)")
    tok.add_argument("--rotate", action="store_true", help="make a new token; the old one stops working")
    tok.add_argument("--view", action="store_true",
                     help="the view token instead (host view, producer view, overlays: it can run no command)")
    common(tok)
    tok.set_defaults(handler=cmd_token)

    wall = sub.add_parser("wall", help="a window of every live room in the database (--db)")
    common(wall)
    wall.add_argument("--lang", choices=["zh_CN", "en"], help="interface language (default: system)")
    wall.add_argument("--quit-after", type=float, metavar="SECONDS", help="close after SECONDS")
    wall.set_defaults(handler=cmd_wall)

    sim = sub.add_parser("simulate", help="send a simulated comment stream to an ingest websocket")
    sim.add_argument("--url", default="ws://127.0.0.1:8765/ingest")
    sim.add_argument("--format", default="generic", help="generic, barragegrab, douyinlive, tiktok, socialstream "
                                                         "or twitch")
    sim.add_argument("--rate", type=float, default=20.0, help="events per second")
    sim.add_argument("--duration", type=float, default=60.0, help="seconds")
    sim.set_defaults(handler=cmd_simulate)


def run_desk(args: argparse.Namespace) -> int:
    """No subcommand: the desktop app, or with --connect a second desk of a studio elsewhere."""
    if args.connect:
        from app.ui.remote_desk import run_remote_desk

        return run_remote_desk(args)  # nothing stored here: no data dir to claim
    from app.ui.application import run_gui

    lock = _claim_studio(args, gui=True)
    try:
        return run_gui(args)
    finally:
        lock.release()


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
    from app.models.data_dir import resolve_data_dir

    access = AccessFile(resolve_data_dir(args.data_dir) / ACCESS_FILE)
    if args.view:
        print(access.rotate_view() if args.rotate else access.view_token)
    else:
        print(access.rotate() if args.rotate else access.token)
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
