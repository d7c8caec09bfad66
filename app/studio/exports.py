"""`livedeck export`: a show's run-sheet, events, comments, lottery, polls and questions as JSON, CSV or XLSX."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core import lottery as lt
from app.core import lottery_state as cx
from app.core import poll as pl
from app.core import questions as qs
from app.core.comments import QUESTION, flag_names
from app.core.triage import comment_matches
from app.models.store import Store
from app.studio.export_format import public as _public
from app.studio.export_stream import COMMENT_COLUMNS, EVENT_COLUMNS, stream_export

if TYPE_CHECKING:
    from app.studio.export_worker import Spawned


def comment_rows(store: Store, show_id: int, fmt: str) -> Iterator[dict[str, Any]]:
    for c in store.iter_comments(show_id):
        row = c.to_json()
        if fmt != "json":
            row = {"id": c.id, "ts": c.ts, "type": c.kind, "platform": c.platform, "msg_id": c.msg_id,
                   "user_id": c.user_id, "user_name": c.user_name, "follower": c.follower,
                   "fans_level": c.fans_level, "text": c.text, "flags": ";".join(flag_names(c.flags)),
                   "item_ref": c.item_ref, "deleted": c.deleted, "extra": c.extra or ""}
        yield row


def export(store: Store, show_id: int, what: str, fmt: str, out: io.TextIOBase | Path | Any,
           spawned: Spawned | None = None) -> None:
    """`spawned`: a comment export's workers, started ahead by the command line (export_worker.prestart)."""
    store.get_show(show_id)  # NotFound for an unknown show
    if what in ("comments", "events") and fmt in ("json", "csv"):  # millions of rows: streamed, no objects
        stream_export(store, show_id, what, fmt, out, spawned)
        return
    # Here, not at the top: a streamed export must not wait ~0.1 s for openpyxl before its workers start.
    from app.studio.files import RUNSHEET_COLUMNS, runsheet_rows, write_table

    rows: list[dict[str, Any]]
    if what == "runsheet":
        rows, columns = runsheet_rows(store.items(show_id)), RUNSHEET_COLUMNS
    elif what == "comments":
        write_table(comment_rows(store, show_id, fmt), COMMENT_COLUMNS, fmt, out)
        return
    elif what == "events":
        rows = [{"seq": e.seq, "type": e.type, "ts": e.ts, "data": _public(e.data)} for e in store.events(show_id)]
        columns = EVENT_COLUMNS
    elif what == "lottery":
        rows, columns = lottery_rows(store, show_id, fmt), LOTTERY_COLUMNS
    elif what == "polls":
        rows, columns = poll_rows(store, show_id, fmt), POLL_COLUMNS
    elif what == "questions":
        rows, columns = question_rows(store, show_id), QUESTION_COLUMNS
    elif what == "aftersales":  # 售后 follow-up, grouped (issue #23)
        from app.studio.aftersales import COLUMNS as AFTERSALES_COLUMNS
        from app.studio.aftersales import rows as aftersales_rows

        rows, columns = aftersales_rows(store, show_id), AFTERSALES_COLUMNS
    else:
        raise ValueError(f"export of {what} is not available yet")
    if fmt == "json" and what == "events":
        rows = [{"seq": r["seq"], "type": r["type"], "ts": r["ts"], **r["data"]} for r in rows]
    write_table(rows, columns, fmt, out)


LOTTERY_COLUMNS = ["lottery_id", "prize", "status", "cancel_reason", "opened_at", "keyword", "match", "commitment",
                   "seed", "entrants", "entrant_hash", "winners", "redraws"]
SEALED = "(sealed until the draw)"


def lotteries(store: Store, show_id: int) -> list[dict[str, Any]]:
    """Each lottery of a show as its events tell it: opened, closed, drawn, re-drawn, or cancelled.

    Which lottery an event acts on is decided by `app.core.lottery_state.acts_on`, as in the reducer:
    the one it names, or (a close or cancel stored before they named it) the one pending before it."""
    out: dict[str, dict[str, Any]] = {}
    pending: str | None = None  # opened, neither drawn nor cancelled
    for e in store.events(show_id):
        if e.type == cx.LOTTERY_OPENED:
            pending = str(e.data.get("lottery_id", ""))
            out[pending] = {"opened": e, "closed": None, "drawn": None, "cancelled": None, "redraws": []}
            continue
        if e.type not in (cx.LOTTERY_CLOSED, cx.LOTTERY_CANCELLED, cx.LOTTERY_DRAWN, cx.LOTTERY_REDRAWN):
            continue
        lid = cx.acts_on(e, pending)
        lot = out.get(lid) if lid is not None else None
        if lot is None:
            continue
        if e.type == cx.LOTTERY_DRAWN:
            lot["drawn"] = e
        elif e.type == cx.LOTTERY_REDRAWN:
            lot["redraws"].append(e)
        elif e.type == cx.LOTTERY_CLOSED and lot["closed"] is None and not (lot["drawn"] or lot["cancelled"]):
            lot["closed"] = e
        elif e.type == cx.LOTTERY_CANCELLED and not (lot["drawn"] or lot["cancelled"]):
            lot["cancelled"] = e
        if lid == pending and (lot["drawn"] or lot["cancelled"]):
            pending = None
    return list(out.values())


def _status(lot: dict[str, Any]) -> str:
    return ("drawn" if lot["drawn"] else "cancelled" if lot["cancelled"] else "closed" if lot["closed"]
            else "open")


def lottery_rows(store: Store, show_id: int, fmt: str) -> list[dict[str, Any]]:
    """A cancelled lottery says so, with its reason: its seed is never revealed, so it reads as none
    (null), not as sealed until a draw that will not come."""
    rows = []
    for lot in lotteries(store, show_id):
        o, c, d = lot["opened"].data, lot["closed"], lot["drawn"]
        status = _status(lot)
        winners = d.data["winners"] if d else []
        redraws = [{"removed": r.data["removed"], "reason": r.data["reason"], "winner": r.data.get("winner")}
                   for r in lot["redraws"]]
        row: dict[str, Any] = {
            "lottery_id": o["lottery_id"], "prize": o["prize"], "status": status,
            "cancel_reason": str(lot["cancelled"].data.get("reason", "")) if lot["cancelled"] else None,
            "opened_at": lot["opened"].ts, "keyword": o["keyword"], "match": o["match"],
            "commitment": o["commitment"], "seed": d.data["seed"] if d else None if status == "cancelled" else SEALED,
            "entrants": c.data["entrants"] if c else None, "entrant_hash": c.data["entrant_hash"] if c else None,
            "winners": winners, "redraws": redraws}
        if fmt != "json":
            row["winners"] = "; ".join(f"{w['name']} ({w['key']})" for w in winners)
            row["redraws"] = "; ".join(f"{r['removed']} → {(r['winner'] or {}).get('key', '-')} ({r['reason']})"
                                       for r in redraws)
        rows.append(row)
    return rows


POLL_COLUMNS = ["poll_id", "question", "opened_at", "closed_at", "status", "duration_s", "options", "votes", "voters",
                "reason"]


def poll_rows(store: Store, show_id: int, fmt: str) -> list[dict[str, Any]]:
    """Each poll as its events tell it; the result is the tally stored when it closed."""
    out: dict[str, dict[str, Any]] = {}
    for e in store.events(show_id):
        pid = str(e.data.get("poll_id", ""))
        if e.type == pl.POLL_OPENED:
            out[pid] = {"poll_id": pid, "question": e.data["question"], "opened_at": e.ts, "closed_at": None,
                        "status": "open", "duration_s": e.data.get("duration_s", 0),
                        "options": list(e.data["options"]), "votes": None, "voters": None, "reason": None}
        elif pid in out and e.type == pl.POLL_CLOSED:
            out[pid].update(status="closed", closed_at=e.ts, votes=list(e.data["votes"]), voters=e.data["voters"],
                            reason=e.data.get("reason", "closed"))
        elif pid in out and e.type == pl.POLL_CANCELLED:
            out[pid].update(status="cancelled", closed_at=e.ts)
    rows = list(out.values())
    if fmt != "json":
        for r in rows:
            votes = r["votes"] or [None] * len(r["options"])
            r["options"] = "; ".join(f"{i + 1}. {t}" for i, t in enumerate(r["options"]))
            r["votes"] = "; ".join("" if v is None else str(v) for v in votes)
    return rows


QUESTION_COLUMNS = ["comment_id", "status", "count", "askers", "text", "user_name", "item_id", "item_name",
                    "first_ts", "last_ts"]


def question_rows(store: Store, show_id: int) -> list[dict[str, Any]]:
    """The Q&A queue rebuilt from the stored questions and marks: still open first, then newest first."""
    events = store.events(show_id)
    queue = qs.build(store.iter_comments(show_id, flags_any=QUESTION),
                     qs.segment_starts(events), qs.marks_from(events))
    names = {i.id: i.name for i in store.items(show_id)}
    rows = []
    for g in sorted(queue.newest_first(None), key=lambda g: g.status != "open"):
        row = g.to_json()
        row["item_name"] = names.get(g.item_id, "") if g.item_id is not None else ""
        rows.append({k: row.get(k) for k in QUESTION_COLUMNS})
    return rows


def verify_draws(store: Store, show_id: int) -> tuple[bool, list[str]]:
    """Recompute every draw from the stored comments: commitment, entrants, winners, re-draws."""
    store.get_show(show_id)
    lines: list[str] = []
    all_ok = True
    drawn = [lot for lot in lotteries(store, show_id) if lot["drawn"] is not None]
    if not drawn:
        return True, ["no lottery draws in this show"]
    for lot in drawn:
        o, c, d = lot["opened"].data, lot["closed"], lot["drawn"].data
        problems = []
        seed = d["seed"]
        if lt.commitment(seed) != o["commitment"]:
            problems.append("the revealed seed does not match the commitment shown at open")
        if c is None:
            problems.append("the lottery was never closed")
            entrant_keys: list[str] = []
        else:
            rule = lt.EntryRule(o["keyword"], o["match"] == "exact", o["followers_only"], o["min_fans_level"],
                                frozenset(o["excluded"]))
            entrants = lt.Entrants()
            entrants.add_from(store.iter_comments(show_id, min_id=o["first_comment_id"],
                                                  max_id=c.data["last_comment_id"]), rule, comment_matches)
            entrant_keys = entrants.keys
            if len(entrants) != c.data["entrants"] or lt.entrant_hash(entrants.keys) != c.data["entrant_hash"]:
                problems.append(f"the comments give {len(entrants)} entrants with another hash than the "
                                f"{c.data['entrants']} frozen at close")
        _h, positions = lt.draw(seed, entrant_keys, o["winners_n"], len(lot["redraws"]))
        expected = [entrant_keys[p] for p in positions[:o["winners_n"]]]
        if [w["key"] for w in d["winners"]] != expected:
            problems.append("the winners are not the ones the seed and entrants give")
        for i, r in enumerate(lot["redraws"]):
            pos = o["winners_n"] + i
            want = entrant_keys[positions[pos]] if pos < len(positions) else None
            if (r.data.get("winner") or {}).get("key") != want:
                problems.append(f"re-draw {i + 1} ({r.data['reason']}) did not take the next entrant in order")
        status = "FAIL" if problems else "PASS"
        all_ok &= not problems
        lines.append(f"{status} lottery {o['lottery_id']} “{o['prize']}”: {len(entrant_keys)} entrants, "
                     f"{len(d['winners'])} winners, {len(lot['redraws'])} re-draws")
        lines.extend(f"  - {p}" for p in problems)
    return all_ok, lines
