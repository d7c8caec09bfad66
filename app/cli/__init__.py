"""`livedeck`: the desktop app, the headless studio, and the scripting commands of PROTOCOL.md.

One module per subcommand group (studio, shows, review), each adding its parsers and handlers.
Exit codes: 0 ok; 1 runtime failure; 2 bad usage or bad input (stderr says what and where).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from app.cli import review, shows, studio
from app.cli.options import Parser, keep_top_level_options, studio_options
from app.usage import EXIT_FAIL, EXIT_OK, EXIT_USAGE, UsageError

__all__ = ["EXIT_FAIL", "EXIT_OK", "EXIT_USAGE", "UsageError", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="livedeck", description="LiveDeck studio assistant")
    studio_options(parser)
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language (default: system)")
    parser.add_argument("--connect", metavar="ws://HOST:PORT",
                        help="a second desk: open the desk against the studio there (needs its --token)")
    parser.add_argument("--demo", action="store_true", help="open the demo show with simulated comments")
    sub = parser.add_subparsers(dest="command")
    for group in (studio, shows, review):
        group.add_commands(sub)
    keep_top_level_options(parser, sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=os.environ.get("LIVEDECK_LOG", "WARNING"),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        if args.command is None:
            return studio.run_desk(args)
        return int(args.handler(args))
    except UsageError as exc:
        print(f"livedeck: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `livedeck export … | head`: the reader has what it wanted
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:
        print(f"livedeck: {exc}", file=sys.stderr)
        return EXIT_FAIL
