"""Messages to the host: a short line the assistant puts on the host view, and clearing it.

Pure rules and the reducer steps; app.studio.host turns the `host.message` / `host.clear`
commands into these events.
"""

from __future__ import annotations

from typing import Any

from app.core.changes import Change
from app.core.events import Event
from app.core.reducers import register
from app.core.show import ShowState

HOST_MESSAGE = "host_message"
HOST_CLEARED = "host_cleared"
MAX_MESSAGE_CHARS = 80  # read from three metres in two lines at most

# Stock lines an assistant sends most (the studio's own shorthand); the UI offers them in a list.
STOCK_LINES = ("拉时长", "讲优惠券", "看评论区", "过款", "逼单", "报数", "上链接", "讲福袋", "喝口水")

# The Studio shows these through Qt's translation (context "Host"); core itself imports no Qt.
MESSAGE_REFUSALS = ("the message is empty", "the message is longer than 80 characters")


def clean_message(text: str) -> str:
    """One line of text: control characters and lone surrogates out, runs of space collapsed."""
    kept = "".join(ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF else " " for ch in text)
    return " ".join(kept.split())


def check_message(text: str) -> str | None:
    """Why a message cannot go to the host view, or None when it can."""
    if not text.strip():
        return MESSAGE_REFUSALS[0]
    if len(text.strip()) > MAX_MESSAGE_CHARS:
        return MESSAGE_REFUSALS[1]
    return None


def message_view(state: ShowState) -> dict[str, Any] | None:
    msg = state.extra.get("message")
    return dict(msg) if msg else None


def _message(state: ShowState, e: Event) -> None:
    state.extra["message"] = {"text": str(e.data.get("text", "")), "flash": bool(e.data.get("flash", True)),
                              "ts": e.ts}


def _cleared(state: ShowState, e: Event) -> None:
    state.extra.pop("message", None)
    state.pinned = None


register(HOST_MESSAGE, _message, Change.MESSAGE)
register(HOST_CLEARED, _cleared, Change.MESSAGE | Change.PINNED)
