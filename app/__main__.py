"""Allows `python -m app`."""

import multiprocessing

from app.cli import main

if __name__ == "__main__":  # a spawned export worker imports this module too: it must not run the CLI
    multiprocessing.freeze_support()
    raise SystemExit(main())
