"""PyInstaller entry point: the same `livedeck` command line."""

from app.cli import main

raise SystemExit(main())
