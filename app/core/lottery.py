"""A lottery anyone can verify.

At open a 32-byte seed is drawn with `secrets` and only its SHA-256 (the commitment) is shown.
At close the entrant list is frozen and hashed. The winners are a deterministic permutation of
the entrants driven by HMAC-SHA256(seed, entrant hash), and the seed is revealed after the draw:
anyone holding the comment log can recompute the entrants, check the commitment and re-draw.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from app.core.comments import Comment

# Whether a comment matches a keyword (exact or contained): app.core.triage.comment_matches, which
# normalises as triage does.
Matcher = Callable[[Comment, str, bool], bool]


def new_seed() -> str:
    return secrets.token_hex(32)


def commitment(seed: str) -> str:
    return hashlib.sha256(bytes.fromhex(seed)).hexdigest()


def entrant_key(platform: str, user_id: str) -> str:
    return f"{platform}:{user_id}"


def entrant_hash(keys: Sequence[str]) -> str:
    """SHA-256 over the entrant keys in entry order, one per line."""
    h = hashlib.sha256()
    for k in keys:
        h.update(k.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def permutation_prefix(seed: str, ehash: str, n: int, m: int) -> list[int]:
    """The first m positions of a deterministic shuffle of range(n) (sparse Fisher-Yates, O(m))."""
    key = bytes.fromhex(seed)
    swaps: dict[int, int] = {}
    out = []
    for i in range(min(m, n)):
        digest = hmac.new(key, f"{ehash}:{i}".encode(), hashlib.sha256).digest()
        j = i + int.from_bytes(digest, "big") % (n - i)  # 256-bit value: modulo bias is negligible
        vi, vj = swaps.get(i, i), swaps.get(j, j)
        swaps[i], swaps[j] = vj, vi
        out.append(vj)
    return out


@dataclass(frozen=True)
class EntryRule:
    """Who enters: a keyword (exact or contained, after triage's normalisation) or any comment."""

    keyword: str = ""
    exact: bool = False
    followers_only: bool = False
    min_fans_level: int = 0
    excluded: frozenset[str] = field(default_factory=frozenset)  # earlier winners, blocked viewers

    def accepts(self, c: Comment, matches: Matcher) -> bool:
        if c.kind != "comment" or not c.user_id:
            return False
        if self.followers_only and not c.follower:
            return False
        if c.fans_level < self.min_fans_level:
            return False
        if entrant_key(c.platform, c.user_id) in self.excluded:
            return False
        if not self.keyword:
            return True
        return matches(c, self.keyword, self.exact)


class Entrants:
    """One entry per (platform, user id), in the order they first qualified."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.names: dict[str, str] = {}

    def add_from(self, comments: Iterable[Comment], rule: EntryRule, matches: Matcher) -> int:
        added = 0
        names = self.names
        for c in comments:
            if c.anonymous:  # a viewer the platform hides could never be handed a prize
                continue
            key = entrant_key(c.platform, c.user_id)
            if key not in names and rule.accepts(c, matches):
                names[key] = c.user_name
                self.keys.append(key)
                added += 1
        return added

    def __len__(self) -> int:
        return len(self.keys)

    def merge_later(self, later: Entrants) -> None:
        """Append the entrants of `later` (from later comments) not already here, in their order."""
        for key in later.keys:
            if key not in self.names:
                self.names[key] = later.names[key]
                self.keys.append(key)


def draw(seed: str, keys: Sequence[str], winners: int, redraws: int = 0) -> tuple[str, list[int]]:
    """The entrant hash and the positions of the first `winners + redraws` drawn."""
    ehash = entrant_hash(keys)
    return ehash, permutation_prefix(seed, ehash, len(keys), winners + redraws)
