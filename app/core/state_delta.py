"""State pushes as deltas (issue #22): what changed since the last push, not the whole state again.

A 5,000-item run-sheet made every state push about 1 MB, once a second and after each command,
to every client. A delta names the top-level parts that changed (`set`, `unset`) and the run-sheet
rows by item id (`upsert`, `remove`, and the new `order` when ids came, went or moved). Each push
has a sequence number; a delta applies to the state of its `base` only: a client that sees another
base asks for (or is sent) the full state. The message format is in docs/protocol.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import compress
from operator import is_not
from typing import Any

ROWS = "runsheet"  # the one part sent row by row


def rows_delta(before: Sequence[Mapping[str, Any]], after: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The run-sheet's changes by item id; {} when nothing changed. Unchanged rows are usually the
    same dict (app.core.snapshot.RunsheetRows): when no id moved, only the rows that are not the
    same object are looked at, and finding them is a loop in C."""
    if len(before) == len(after):
        moved = list(compress(range(len(after)), map(is_not, before, after)))
        if all(before[i]["item_id"] == after[i]["item_id"] for i in moved):
            upsert = [after[i] for i in moved if before[i] != after[i]]
            return {"upsert": upsert} if upsert else {}
    old = {r["item_id"]: r for r in before}
    out: dict[str, Any] = {}
    upsert = [r for r in after if (o := old.get(r["item_id"])) is not r and o != r]
    if upsert:
        out["upsert"] = upsert
    ids = [r["item_id"] for r in after]
    if ids != [r["item_id"] for r in before]:
        kept = set(ids)
        removed = [i for i in old if i not in kept]
        if removed:
            out["remove"] = removed
        out["order"] = ids
    return out


def delta(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """`set`: the top-level parts that differ; `unset`: parts gone; `runsheet`: its rows' changes."""
    out: dict[str, Any] = {"set": {k: v for k, v in after.items()
                                   if k != ROWS and (k not in before or before[k] != v)}}
    gone = [k for k in before if k not in after]
    if gone:
        out["unset"] = gone
    if isinstance(after.get(ROWS), list):
        rows = rows_delta(before.get(ROWS) or [], after[ROWS])
        if rows:
            out[ROWS] = rows
    elif ROWS in after:
        out["set"][ROWS] = after[ROWS]
    return out


def apply_delta(state: Mapping[str, Any], change: Mapping[str, Any]) -> dict[str, Any]:
    """The state after `change` (a new dict; `state` is left as it was)."""
    out = {k: v for k, v in state.items() if k not in change.get("unset", ())}
    out.update(change.get("set") or {})
    rows = change.get(ROWS)
    if rows:
        by_id = {r["item_id"]: r for r in out.get(ROWS) or []}
        for i in rows.get("remove", ()):
            by_id.pop(i, None)
        for r in rows.get("upsert", ()):
            by_id[r["item_id"]] = r
        order = rows.get("order")
        out[ROWS] = [by_id[i] for i in order] if order is not None else \
            [by_id[r["item_id"]] for r in out.get(ROWS) or [] if r["item_id"] in by_id]
    return out


class DeltaStream:
    """Numbers one producer's pushes and turns each into a full state and a delta from the previous
    one. Owned by the producer's thread (the Studio's GUI thread, a hub's caller)."""

    def __init__(self) -> None:
        self.seq = 0
        self._last: Mapping[str, Any] | None = None

    def push(self, state: Mapping[str, Any]) -> tuple[int, dict[str, Any] | None]:
        """The push's sequence number and its delta message (None for the first push)."""
        self.seq += 1
        last, self._last = self._last, state
        if last is None:
            return self.seq, None
        return self.seq, {"type": "delta", "seq": self.seq, "base": self.seq - 1, **delta(last, state)}

    def reset(self) -> None:
        self._last = None
