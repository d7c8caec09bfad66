"""A control request read at the edge: `{"id", "cmd", "args"}`, or why it is a `bad_request`.

The id is read first, so a refusal carries it whenever it can be sent back (docs/protocol.md:
`"id": null (or the id, if readable)`): a client that matches replies by id is never left waiting.
"""

from __future__ import annotations

import json
from typing import Any


class BadRequest(ValueError):
    """Not a request; `req_id` is the id it carried, None when it had none that can be sent."""

    def __init__(self, req_id: Any, message: str) -> None:
        super().__init__(message)
        self.req_id = req_id
        self.message = message


def read_request(raw: str | bytes) -> tuple[Any, str, dict[str, Any]]:
    """(id, cmd, args) of a control frame, or BadRequest."""
    req_id: Any = None
    try:
        msg = json.loads(raw)
        if isinstance(msg, dict):
            req_id = _sendable(msg.get("id"))
        if not isinstance(msg, dict) or not isinstance(msg.get("cmd"), str):
            raise ValueError("expected an object with a string 'cmd'")
        # "\ud800" is valid JSON but not Unicode: echoed in a reply it could not be sent, and the
        # client was cut off with a traceback in the log.
        json.dumps(msg, ensure_ascii=False).encode("utf-8")
        args = msg.get("args")
        args = {} if args is None else args  # absent or null: no arguments; [] or "" is not an object
        if not isinstance(args, dict):
            raise ValueError("'args' must be an object")
    except UnicodeEncodeError:  # a ValueError too: its text holds the surrogate
        raise BadRequest(req_id, "text with a lone surrogate (\\ud800-\\udfff)") from None
    except (ValueError, RecursionError) as exc:
        raise BadRequest(req_id, str(exc)) from None
    return req_id, msg["cmd"], args


def _sendable(value: Any) -> Any:
    """`value` when a reply can carry it, else None (a lone surrogate cannot be sent as UTF-8)."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (ValueError, RecursionError):  # UnicodeEncodeError is a ValueError
        return None
    return value
