"""Lottery benchmark: a million entrants, frozen, hashed and drawn.

    .venv/bin/python benchmarks/lottery.py [--entrants 1000000] [--winners 10]

Prints the time to collect the entrants from comments (done as they arrive, in batches), to
freeze and hash the list, and to draw; the target is a draw (hash + winners) under 1 s.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import lottery as lt
from app.core.comments import Comment
from app.core.triage import comment_matches


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entrants", type=int, default=1_000_000)
    ap.add_argument("--winners", type=int, default=10)
    args = ap.parse_args()
    comments = [Comment("comment", "douyin", f"m{i}", 0.0, str(10_000_000 + i), f"观众{i}", "我要福袋", True, 3, id=i)
                for i in range(args.entrants)]
    rule = lt.EntryRule("福袋")
    entrants = lt.Entrants()
    t0 = time.perf_counter()
    for i in range(0, len(comments), 1000):  # as the feed delivers them
        entrants.add_from(comments[i:i + 1000], rule, comment_matches)
    collect = time.perf_counter() - t0
    seed = lt.new_seed()
    t1 = time.perf_counter()
    _ehash, positions = lt.draw(seed, entrants.keys, args.winners)
    draw_s = time.perf_counter() - t1
    assert len(set(positions)) == args.winners
    print(f"entrants             {len(entrants):>12,}")
    print(f"collecting entries   {collect:>9.2f} s  ({len(entrants) / collect:,.0f} comments/s, over the lottery)")
    print(f"freeze, hash, draw   {draw_s * 1000:>9.1f} ms  (target < 1000 ms) for {args.winners} winners")
    return 0 if draw_s < 1.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
