"""Polls (投票) voted by comment: parsing a vote, one vote per viewer, the tally, and the reducer.

A viewer votes by typing an option's number ("2", "扣2", "2222"), its letter ("B", "选b") or one of
its keywords ("红色"). The first vote of a (platform, user id) counts; later ones are ignored, as is
anything from a viewer without an id. Votes live in memory (like a lottery's entrants) and are
rebuilt from the stored comments after a restart; the closing event stores the final tally, so a
poll's result is an event like every other on-air fact.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.changes import Change
from app.core.comments import Comment
from app.core.events import Event
from app.core.reducers import register
from app.core.show import ShowState
from app.core.triage import MEMO, MEMO_LEN, matches_keyword, norm_of, normalise

POLL_OPENED, POLL_CLOSED, POLL_CANCELLED = "poll_opened", "poll_closed", "poll_cancelled"

MIN_OPTIONS, MAX_OPTIONS = 2, 6
MAX_DURATION_S = 3600.0
RESULT_SHOWN_S = 60.0  # a closed poll's result stays in the state (and on the overlay) this long
LETTERS = "abcdef"
CN_DIGITS = "一二三四五六"

# "扣1", "打 2", "选B", "投3号", "1111", "b!" — the whole comment, after normalisation.
_VOTE_RE = re.compile(r"^(?:扣|打|选|投|投票|vote|option)?\s*([1-6a-f一二三四五六])\1*\s*号?$")
_PUNCT_RE = re.compile(r"[\s!！。.,，~～、?？:：;；'\"“”‘’()（）\[\]【】]+")


class Refused(ValueError):
    """A poll that cannot be opened as asked; `code` for programs, the message for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


MAX_QUESTION, MAX_OPTION = 200, 60


def tidy(text: str) -> str:
    """A label from outside as it is stored and shown: no control, format or unpaired surrogate
    characters, no surrounding space."""
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("C")).strip()


def clean(text: str) -> str:
    """Normalised (as triage does) and without spaces and punctuation: what a vote is compared as."""
    return _PUNCT_RE.sub("", normalise(text))


@dataclass(frozen=True)
class PollSpec:
    """What a comment is matched against: the option count and each option's keywords (cleaned)."""

    options: tuple[str, ...]
    keywords: tuple[tuple[str, ...], ...] = ()
    _exact: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _inside: list[tuple[str, int]] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self) -> None:
        exact = self._exact
        for i, text in enumerate(self.options):
            words = [text, *(self.keywords[i] if i < len(self.keywords) else ())]
            for w in words:
                key = clean(w)
                if key and key not in exact:
                    exact[key] = i
        self._inside.extend((w, i) for w, i in exact.items() if len(w) >= 2)  # found inside longer comments

    def vote(self, text: str) -> int | None:
        """The option (0-based) a comment votes for, or None when it is not a vote."""
        return self.vote_norm(normalise(text)) if text else None

    def vote_norm(self, norm: str) -> int | None:
        """`vote` of a text already normalised (app.core.triage.norm_of)."""
        key = _PUNCT_RE.sub("", norm)
        if not key:
            return None
        hit = self._exact.get(key)
        if hit is not None:
            return hit
        m = _VOTE_RE.match(key)
        if m:
            ch = m.group(1)
            n = LETTERS.index(ch) if ch in LETTERS else (CN_DIGITS.index(ch) if ch in CN_DIGITS else int(ch) - 1)
            return n if n < len(self.options) else None
        # A keyword inside a longer comment counts when it points at one option only.
        found = {i for w, i in self._inside if w in key}
        return found.pop() if len(found) == 1 else None


def spec_from(poll: dict[str, Any]) -> PollSpec:
    return PollSpec(tuple(poll["options"]), tuple(tuple(k) for k in poll.get("keywords") or ()))


def check_poll(question: str, options: Sequence[str], duration_s: float,
               keywords: Sequence[Sequence[str]] | None) -> None:
    """The pre-flight checks of poll.open (messages are translated by the studio, context "Polls")."""
    if not question.strip():
        raise Refused("bad_question", "the poll needs a question")
    if len(question) > MAX_QUESTION:
        raise Refused("bad_question", "the question is longer than 200 characters")
    if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
        raise Refused("bad_options", "a poll has 2 to 6 options")
    if any(not o.strip() for o in options):
        raise Refused("bad_options", "an option is empty")
    if any(len(o) > MAX_OPTION for o in options):
        raise Refused("bad_options", "an option is longer than 60 characters")
    if len({clean(o) for o in options}) != len(options):
        raise Refused("bad_options", "two options are the same")
    if not 0 <= duration_s <= MAX_DURATION_S:
        raise Refused("bad_duration", "the duration is 0 (until closed) to 3600 seconds")
    if keywords is not None:
        if len(keywords) > len(options):
            raise Refused("bad_keywords", "there are more keyword lists than options")
        seen: dict[str, int] = {}
        for i, words in enumerate(keywords):
            for w in words:
                key = clean(w)
                if key and seen.setdefault(key, i) != i:
                    raise Refused("bad_keywords", "a keyword belongs to two options")
        plain = PollSpec(tuple(options))  # numbers, letters and option texts alone
        for i, words in enumerate(keywords):
            for w in words:
                other = plain.vote(w)
                if clean(w) and other is not None and other != i:
                    raise Refused("bad_keywords", "a keyword belongs to two options")


def vote_tokens(spec: PollSpec, option: int) -> list[str]:
    """The ways to vote for an option, as the desk shows them ("1", "A", "扣1", keywords)."""
    out = [str(option + 1), LETTERS[option].upper(), f"扣{option + 1}"]
    out += [w for w, i in spec._exact.items() if i == option and w not in out]
    return out


def lottery_overlap(spec: PollSpec, keyword: str, exact: bool) -> list[int]:
    """Options whose votes would also enter a lottery with this keyword (empty keyword: every comment).

    Checked both ways: the lottery keyword typed as a comment would be a vote, and a way to vote
    would be a lottery entry."""
    if not keyword.strip():
        return list(range(len(spec.options)))
    hits = set()
    as_vote = spec.vote(keyword)
    if as_vote is not None:
        hits.add(as_vote)
    for i in range(len(spec.options)):
        if any(matches_keyword(t, keyword, exact) for t in vote_tokens(spec, i)):
            hits.add(i)
    return sorted(hits)


class Tally:
    """One vote per viewer, the first one; anonymous viewers (no user id, or one the platform hides
    behind a shared id) are not counted."""

    def __init__(self, spec: PollSpec) -> None:
        self.spec = spec
        self.votes = [0] * len(spec.options)
        self.voters: dict[str, int] = {}
        # Every comment of a viewer who has not voted is read again: each short text once (reading
        # the same few texts was 11% of ingest's thread in a flood with a poll open).
        self._memo = functools.lru_cache(MEMO)(spec.vote_norm)

    def add_from(self, comments: Iterable[Comment], after_id: int = 0) -> int:
        added = 0
        voters, votes, vote, memo = self.voters, self.votes, self.spec.vote_norm, self._memo
        for c in comments:
            if c.kind != "comment" or not c.user_id or c.id <= after_id or c.deleted or c.anonymous:
                continue
            key = f"{c.platform}:{c.user_id}"
            if key in voters:
                continue
            norm = norm_of(c)
            option = memo(norm) if len(norm) <= MEMO_LEN else vote(norm)
            if option is not None:
                voters[key] = option
                votes[option] += 1
                added += 1
        return added

    def __len__(self) -> int:
        return len(self.voters)

    def count(self) -> TallyCount:
        return TallyCount(tuple(self.votes), len(self.voters))

    def merge_later(self, later: Tally) -> None:
        """Add the votes of `later` (counted from later comments) whose voters had not voted here."""
        for key, option in later.voters.items():
            if key not in self.voters:
                self.voters[key] = option
                self.votes[option] += 1


@dataclass(frozen=True)
class TallyCount:
    """A tally's figures as an immutable copy, for the GUI (the tally itself is counted elsewhere)."""

    votes: tuple[int, ...]
    voters: int

    def __len__(self) -> int:
        return self.voters


# ---- reducer ------------------------------------------------------------------------------------------


def _poll_opened(state: ShowState, e: Event) -> None:
    d = dict(e.data)
    duration = float(d.get("duration_s") or 0.0)
    d.update(status="open", opened_at=e.ts, closes_at=(e.ts + duration) if duration else None,
             votes=[0] * len(d["options"]), voters=0, closed_at=None)
    state.extra["poll"] = d


def _poll_closed(state: ShowState, e: Event) -> None:
    poll = state.extra.get("poll")
    if poll and poll["status"] == "open" and poll["poll_id"] == e.data.get("poll_id", poll["poll_id"]):
        poll.update(status="closed", closed_at=e.ts, votes=list(e.data["votes"]), voters=int(e.data["voters"]),
                    close_reason=e.data.get("reason", "closed"), last_comment_id=e.data.get("last_comment_id"))
        state.extra.setdefault("polls", []).append(
            {"poll_id": poll["poll_id"], "question": poll["question"], "options": list(poll["options"]),
             "votes": list(poll["votes"]), "voters": poll["voters"], "closed_at": e.ts})


def _poll_cancelled(state: ShowState, e: Event) -> None:
    poll = state.extra.get("poll")
    if poll and poll["poll_id"] == e.data.get("poll_id", poll["poll_id"]):
        state.extra["poll"] = None


register(POLL_OPENED, _poll_opened, Change.POLL)
register(POLL_CLOSED, _poll_closed, Change.POLL)
register(POLL_CANCELLED, _poll_cancelled, Change.POLL)


def poll_view(poll: dict[str, Any] | None, now: float,
              tally: Tally | TallyCount | None = None) -> dict[str, Any] | None:
    """The state's `poll` key: live counts while open (from the tally), the stored result once closed."""
    if poll is None:
        return None
    if poll["status"] == "closed" and now - (poll["closed_at"] or now) > RESULT_SHOWN_S:
        return None
    if poll["status"] == "open" and tally is not None:
        votes, voters = list(tally.votes), len(tally)
    else:
        votes, voters = list(poll["votes"]), int(poll["voters"])
    time_left = None
    if poll["status"] == "open" and poll["closes_at"] is not None:
        time_left = max(0.0, poll["closes_at"] - now)
    return {"poll_id": poll["poll_id"], "question": poll["question"], "status": poll["status"],
            "options": [{"text": t, "votes": v} for t, v in zip(poll["options"], votes, strict=True)],
            "voters": voters, "time_left_s": time_left, "closed_at": poll.get("closed_at")}
