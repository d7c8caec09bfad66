"""Running a Studio command from a widget: the one place a refusal is turned into a message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.studio.desk import DeskStudio
from app.studio.studio import CommandError


def run_command(studio: DeskStudio, cmd: str, args: dict[str, Any] | None,
                refused: Callable[[str], object]) -> dict[str, Any] | None:
    """The command's result, or None after handing the refusal's message to `refused` (the message
    bar): a click or a key never raises out of a Qt slot."""
    try:
        return studio.execute(cmd, args or {})
    except CommandError as exc:
        refused(exc.message)
        return None
