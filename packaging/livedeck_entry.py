"""PyInstaller entry point: the same `livedeck` command line."""

import multiprocessing

from app.cli import main

if __name__ == "__main__":
    # A frozen app's spawned export workers start this same executable: freeze_support() runs
    # the worker and exits instead of starting a second LiveDeck.
    multiprocessing.freeze_support()
    raise SystemExit(main())
