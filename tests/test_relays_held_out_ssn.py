"""Social Stream Ninja, held-out inputs shaped by social_stream's own code (tests/fixtures/relays/held_out_ssn):
viewers without `userid` can enter a lottery, TikFinity gift streaks are stored once, amounts are read in
the locale SSN's sources write them, and metadata-only events are skipped, not refused as malformed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.core.comments import Comment
from app.core.lottery import Entrants, EntryRule
from app.live.adapters import FrameState, flush_streaks, parse_frame

HELD_OUT = Path(__file__).resolve().parent / "fixtures" / "relays" / "held_out_ssn"
T0 = 1_764_060_000.0


def lines(name: str) -> list[str]:
    return [x for x in (HELD_OUT / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def run(frames: list[Any], times: list[float] | None = None, st: FrameState | None = None,
        hang_up: bool = True) -> tuple[list[Comment], list[str], FrameState]:
    """Frames one second apart (or at `times`), then the relay hangs up; deduped as the pipeline does."""
    st = st or FrameState()
    out: list[Comment] = []
    bad: list[str] = []
    for i, f in enumerate(frames):
        text = f if isinstance(f, str) else json.dumps(f, ensure_ascii=False)
        got, why = parse_frame(text, st, T0 + (times[i] if times else i))
        out += got
        bad += why
    if hang_up:
        out += flush_streaks(st)
    seen: set[tuple[str, str]] = set()
    out = [c for c in out if (c.platform, c.msg_id) not in seen and not seen.add((c.platform, c.msg_id))]
    return out, bad, st


def gifts(out: list[Comment]) -> list[tuple[str, str, int, float]]:
    return sorted((c.user_id, (c.extra or {})["gift"], (c.extra or {})["count"], float((c.extra or {})["value"]))
                  for c in out if c.kind == "gift")


def ssn(i: int, **kw: Any) -> dict[str, Any]:
    o: dict[str, Any] = {"chatname": "", "chatbadges": "", "chatmessage": "", "chatimg": "", "hasDonation": "",
                         "membership": "", "contentimg": "", "textonly": False, "type": "tiktok"}
    return o | kw | {"id": i}


# ---- 2. viewers without `userid` --------------------------------------------------------------------------


def test_tiktok_page_viewers_are_known_by_their_name_and_can_enter_a_lottery() -> None:
    out, bad, _ = run(lines("tiktok_dom_chat"))
    assert bad == []
    assert [(c.user_id, c.user_name, c.text, c.fans_level, c.anonymous) for c in out] == [
        ("Lucy", "Lucy", "how much is #3?", 0, False), ("Omar", "Omar", "1", 12, False),
        ("Lucy", "Lucy", "1", 0, False)]
    entrants = Entrants()
    entrants.add_from(out, EntryRule(keyword="1", exact=True), lambda c, k, exact: c.text == k)
    assert entrants.keys == ["tiktok:Omar", "tiktok:Lucy"]
    fans = Entrants()
    fans.add_from(out, EntryRule(min_fans_level=10), lambda c, k, exact: True)
    assert fans.keys == ["tiktok:Omar"]  # meta.memberLevel is TikTok's fans level


def test_a_platform_id_wins_over_the_name_and_hidden_viewers_stay_anonymous() -> None:
    frames = [
        ssn(1, type="youtube", chatname="Lucy", userid="UCLucy", chatmessage="1"),
        ssn(2, type="tiktok", chatname="Rich", chatmessage="1", meta={"uniqueId": "rich.guy", "userId": "69"}),
        ssn(3, type="twitch", chatname="Anonymous", chatmessage="1", event="cheer", hasDonation="100 bits"),
        ssn(4, type="bilibili", chatname="用***", chatmessage="1"),
        ssn(5, type="tiktok", chatname="", chatmessage="1"),
        ssn(6, type="tiktok", chatname="Tom &amp; Jerry", chatmessage="1"),
    ]
    out, bad, _ = run(frames)
    assert bad == []
    assert [(c.platform, c.user_id, c.anonymous) for c in out] == [
        ("youtube", "UCLucy", False), ("tiktok", "rich.guy", False), ("twitch", "", True), ("bilibili", "", True),
        ("tiktok", "", True), ("tiktok", "Tom & Jerry", False)]
    entrants = Entrants()
    entrants.add_from(out, EntryRule(), lambda c, k, exact: True)
    assert entrants.keys == ["youtube:UCLucy", "tiktok:rich.guy", "tiktok:Tom & Jerry"]
