"""The one error a command raises when it is refused or fails."""

from __future__ import annotations


class CommandError(Exception):
    """A refused command: `code` for programs (documented in docs/protocol.md), `message` for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
