"""The options every subcommand shares, and the parser that turns a usage error into one line."""

from __future__ import annotations

import argparse
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

from app.usage import EXIT_FAIL, EXIT_USAGE


class Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr and exit 2, like every other bad input."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _exit_on_signal(_signum: int, _frame: object) -> None:
    raise SystemExit(EXIT_FAIL)


@contextmanager
def unwind_on_sigterm() -> Iterator[None]:
    """A terminated export (`timeout`, systemd, a closed terminal) unwinds, so its `finally` blocks
    remove temporary files and stop worker processes, instead of dying mid-write."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def keep_top_level_options(parser: argparse.ArgumentParser, sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`livedeck --data-dir D import …` imports into D: a subcommand's own default for an option the
    top level has too no longer overwrites the value given before the subcommand (argparse copies
    every subcommand default over the namespace). Given after the subcommand, it still wins."""
    top = {a.dest for a in parser._actions if a.option_strings}
    for subparser in sub.choices.values():
        for action in subparser._actions:
            if action.option_strings and action.dest in top:
                action.default = argparse.SUPPRESS


def common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", help="folder holding livedeck.sqlite3 (default: LIVEDECK_DATA_DIR, "
                                      "else the platform's user data dir)")
    p.add_argument("--db", metavar="URL", help="database: sqlite:///PATH or postgresql://USER@HOST:PORT/DB "
                                                "(default: LIVEDECK_DB, else the data dir's SQLite)")


def studio_options(p: argparse.ArgumentParser) -> None:
    common(p)
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
