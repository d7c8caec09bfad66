"""The lottery (福袋 / 抽奖) as show state: open → closed (entrants frozen) → drawn, or cancelled.

One lottery at a time; a closed lottery nobody entered is cancelled, never left blocking the next.
The draw maths (commitment, entrant hash, permutation) live in app.core.lottery.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.events import Event
from app.core.show import ShowState

LOTTERY_OPENED, LOTTERY_CLOSED, LOTTERY_CANCELLED = "lottery_opened", "lottery_closed", "lottery_cancelled"
LOTTERY_DRAWN, LOTTERY_REDRAWN = "lottery_drawn", "lottery_redrawn"
MAX_WINNERS = 1000
DURATION_S = (10, 3600)


@dataclass
class Lottery:
    lottery_id: str
    prize: str
    winners_n: int
    keyword: str
    match: str  # exact or contains
    duration_s: float
    followers_only: bool
    min_fans_level: int
    exclude_previous_winners: bool
    excluded: list[str]
    commitment: str
    first_comment_id: int
    opened_at: float
    status: str = "open"  # open, closed, drawn, cancelled
    entrants: int = 0
    entrant_hash: str | None = None
    last_comment_id: int | None = None
    closed_at: float | None = None
    seed: str | None = None
    winners: list[dict[str, Any]] = field(default_factory=list)
    redraws: list[dict[str, Any]] = field(default_factory=list)
    cancel_reason: str | None = None
    drawn_at: float | None = None

    @property
    def closes_at(self) -> float:
        return self.opened_at + self.duration_s

    @property
    def pending(self) -> bool:
        """Open or closed and not drawn: it holds the show's one lottery slot."""
        return self.status in ("open", "closed")

    def view(self) -> dict[str, Any]:
        """Its fields with the lists copied one level (their entries are never changed in place: a
        command replaces the state's copy); `asdict` walked every winner's dict deep, each snapshot."""
        out = {k: list(v) if isinstance(v, list) else v for k, v in vars(self).items()}
        return {**out, "closes_at": self.closes_at}


def lottery_opened(state: ShowState, e: Event) -> None:
    d = e.data
    state.lottery = Lottery(
        lottery_id=d["lottery_id"], prize=d["prize"], winners_n=int(d["winners_n"]), keyword=d["keyword"],
        match=d["match"], duration_s=float(d["duration_s"]), followers_only=bool(d["followers_only"]),
        min_fans_level=int(d.get("min_fans_level", 0)),
        exclude_previous_winners=bool(d["exclude_previous_winners"]), excluded=list(d["excluded"]),
        commitment=d["commitment"], first_comment_id=int(d["first_comment_id"]), opened_at=e.ts)


def acts_on(e: Event, pending_id: str | None) -> str | None:
    """The id of the lottery a close, cancel, draw or re-draw acts on: the one it names. Closes and
    cancels stored before they named theirs act on the lottery pending before them (`pending_id`, opened
    and neither drawn nor cancelled). The one rule for the reducer, the export and the review."""
    named = e.data.get("lottery_id")
    return str(named) if named else pending_id


def _target(state: ShowState, e: Event) -> Lottery | None:
    """The state's lottery when `e` acts on it; None when it names another (a stale or replayed event)."""
    lot = state.lottery
    if lot is None or acts_on(e, lot.lottery_id if lot.pending else None) != lot.lottery_id:
        return None
    return lot


def lottery_closed(state: ShowState, e: Event) -> None:
    lot = _target(state, e)
    if lot is not None and lot.status == "open":
        lot.status, lot.closed_at = "closed", e.ts
        lot.entrants, lot.entrant_hash = int(e.data["entrants"]), e.data["entrant_hash"]
        lot.last_comment_id = int(e.data["last_comment_id"])


def lottery_cancelled(state: ShowState, e: Event) -> None:
    lot = _target(state, e)
    if lot is not None and lot.pending:
        lot.status, lot.cancel_reason = "cancelled", str(e.data.get("reason", ""))
        lot.closed_at = lot.closed_at or e.ts


def lottery_drawn(state: ShowState, e: Event) -> None:
    lot = _target(state, e)
    if lot is not None and lot.status == "closed":
        lot.status, lot.seed, lot.winners, lot.drawn_at = "drawn", e.data["seed"], list(e.data["winners"]), e.ts
        state.lottery_winners.extend(w["key"] for w in e.data["winners"])


def lottery_redrawn(state: ShowState, e: Event) -> None:
    lot = _target(state, e)
    if lot is not None and lot.status == "drawn":
        removed = e.data["removed"]
        lot.winners = [w for w in lot.winners if w["key"] != removed]
        if e.data.get("winner"):
            lot.winners.append(e.data["winner"])
            state.lottery_winners.append(e.data["winner"]["key"])
        lot.redraws.append({"removed": removed, "reason": e.data["reason"], "winner": e.data.get("winner")})


STEPS = {LOTTERY_OPENED: lottery_opened, LOTTERY_CLOSED: lottery_closed, LOTTERY_CANCELLED: lottery_cancelled,
         LOTTERY_DRAWN: lottery_drawn, LOTTERY_REDRAWN: lottery_redrawn}
