"""Errors that end a command line run with exit code 2 (bad usage or bad input).

Kept apart from app.cli so that the studio and headless modules can raise them without importing
the argument parser.
"""

from __future__ import annotations

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad usage or bad input: exit code 2, and the message is printed as one line."""
