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


# ---- 1. TikFinity gift streaks -----------------------------------------------------------------------------


def test_a_tikfinity_streak_is_one_gift_with_its_final_count_and_value() -> None:
    out, bad, st = run(lines("tikfinity_streak"))
    assert bad == []
    assert gifts(out) == [("rich.guy", "Rose", 3, 3.0)]
    assert st.skipped["gift_streak_frame"] == 2


def test_a_quiet_tikfinity_streak_is_stored_by_the_sweep_once() -> None:
    frames = [*lines("tikfinity_streak"), ssn(9, chatname="Lucy", chatmessage="nice")]
    out, bad, st = run(frames, times=[0, 1, 2, 9], hang_up=False)
    assert bad == []
    assert gifts(out) == [("rich.guy", "Rose", 3, 3.0)]  # closed 4.5 s after its last row, before the hang-up
    assert flush_streaks(st) == []


def tf(i: int, n: int, group: str = "1764060000777", end: bool = False, gift: tuple[int, str, int] = (5655, "Rose", 1),
       streakable: bool = True) -> dict[str, Any]:
    gid, name, diamonds = gift
    coins = diamonds * n
    return ssn(i, chatname="Rich", chatmessage=name + (f" x{n}" if n > 1 else ""), event="gift",
               hasDonation="1 coin" if coins == 1 else f"{coins:,} coins".replace(",", "."),
               meta={"uniqueId": "rich.guy", "userId": "69", "giftId": gid, "giftName": name, "repeatCount": n,
                     "diamondCount": diamonds, "groupId": group, "streakable": streakable, "repeatEnd": end})


def test_tikfinity_streaks_end_at_repeat_end_and_are_told_apart_by_group() -> None:
    frames = [tf(1, 1), tf(2, 2), tf(3, 1, group="g2"), tf(4, 3), tf(5, 3, end=True), tf(6, 2, group="g2"),
              tf(7, 2)]  # a late, re-delivered row of the first streak changes nothing
    out, bad, _ = run(frames, hang_up=False)
    assert bad == []
    assert gifts(out) == [("rich.guy", "Rose", 3, 3.0)]  # stored at its repeatEnd row, before the hang-up
    out, bad, _ = run(frames)
    assert gifts(out) == [("rich.guy", "Rose", 2, 2.0), ("rich.guy", "Rose", 3, 3.0)]


def test_tikfinity_single_gifts_are_each_stored_with_their_coins() -> None:
    lion = (6369, "Lion", 29999)
    out, bad, _ = run([tf(1, 1, group="a", end=True, gift=lion, streakable=False),
                       tf(2, 1, group="b", end=True, gift=lion, streakable=False)])
    assert bad == []
    assert gifts(out) == [("rich.guy", "Lion", 1, 29999.0), ("rich.guy", "Lion", 1, 29999.0)]


# ---- 5. amounts as SSN's sources write them ------------------------------------------------------------------


def test_amount_text_is_read_in_the_locale_it_was_written() -> None:
    out, bad, _ = run([*lines("youtube_decimal_comma"), *lines("tikfinity_locale")])
    assert bad == []
    assert gifts(out) == [("Jonas", "superchat", 1, 5.0), ("Lena", "superchat", 1, 1234.56),
                          ("big.spender", "Lion", 1, 29999.0)]
    texts = {
        "$25.00": 25.0, "€1.234,56": 1234.56, "1\u00a0234,56\u00a0€": 1234.56, "1\u202f234,56 €": 1234.56,
        "1 234,56 €": 1234.56, "CHF 1'234.50": 1234.5, "CHF 1’234.50": 1234.5, "R$ 10,50": 10.5, "¥1,500": 1500.0,
        "₩10,000": 10000.0, "12,5 zł": 12.5, "$1,234,567.89": 1234567.89, "1.234.567 ₫": 1234567.0, "0,50 €": 0.5,
        "A$5.00": 5.0, "50 Jewels": 50.0,
    }
    frames = [ssn(i, type="youtube", chatname=f"v{i}", userid=f"UC{i}", chatmessage="hi", event="superchat",
                  hasDonation=t) for i, t in enumerate(texts)]
    out, bad, _ = run(frames)
    assert bad == []
    assert {(c.extra or {})["donation"]: (c.extra or {})["value"] for c in out} == texts


def test_a_count_of_gifts_or_an_unreadable_amount_has_no_value_and_keeps_its_text() -> None:
    out, bad, _ = run(lines("tiktok_dom_unpriced"))
    assert bad == []
    assert [((c.extra or {})["count"], (c.extra or {})["value"], (c.extra or {})["donation"]) for c in out] == [
        (3, 0.0, "3 gifts")]
    frames = [ssn(1, chatname="Mia", chatmessage="x", event="gift", hasDonation="3 Roses"),
              ssn(2, type="youtube", chatname="Bo", chatmessage="x", event="gift", hasDonation="1 YouTube Gift"),
              ssn(3, type="youtube", chatname="Al", chatmessage="x", event="superchat", hasDonation="1.2.3 €"),
              ssn(4, type="youtube", chatname="Cy", chatmessage="x", event="superchat", hasDonation="1,23,45 €")]
    out, bad, _ = run(frames)
    assert bad == []
    assert [((c.extra or {})["count"], (c.extra or {})["value"], (c.extra or {})["donation"]) for c in out] == [
        (3, 0.0, "3 Roses"), (1, 0.0, "1 YouTube Gift"), (1, 0.0, "1.2.3 €"), (1, 0.0, "1,23,45 €")]


# ---- 12. metadata-only events ---------------------------------------------------------------------------------


def test_metadata_events_are_skipped_with_a_reason_not_refused() -> None:
    more = [{"type": "whatnot", "event": "auction_update", "meta": {"title": "lot 3", "bids": 4}},
            {"type": "twitch", "event": "hype_train", "meta": {"phase": "progress", "level": 2}},
            {"type": "youtube", "event": "subscriber_update", "meta": 120}]
    out, bad, st = run([*lines("meta_events"), *more])
    assert bad == []
    assert [(c.kind, c.platform) for c in out] == [("viewers", "tiktok"), ("share", "tiktok")]
    assert dict(st.skipped) == {"metadata_event": 5, "other_event": 1}


def test_other_relays_frames_with_an_event_key_are_still_theirs() -> None:
    generic = {"type": "comment", "msg_id": "c1", "text": "hi", "user": {"id": "u1"}, "event": "x"}
    status = {"type": "system", "event": "live_status", "code": "ROOM_ENDED", "room_id": "7"}
    out, bad, _ = run([generic, status])
    assert bad == []
    assert [(c.kind, c.source) for c in out] == [("comment", "generic"), ("room_end", "douyinlive")]
    out, bad, _ = run([{"type": "nosuch", "event": 5}, {"event": "likes_update", "meta": 3}])
    assert out == [] and bad == ["unknown_format", "unknown_format"]


def test_a_tikfinity_streak_that_resumes_after_a_pause_is_counted_whole_and_once() -> None:
    """Rows ×1, ×2, a pause past the gap (the sweep stores ×2), then ×3 and the end row ×4, each sent
    twice: the streak's rows add up to 4 roses worth 4 coins, and nothing is stored twice."""
    from app.live.adapters import expire_streaks

    rows = [json.loads(x) for x in lines("tikfinity_streak")]
    four = json.loads(json.dumps(rows[-1]))
    four["id"], four["meta"]["repeatCount"], four["hasDonation"] = 204, 4, "4 coins"
    four["meta"]["repeatEnd"] = True
    st = FrameState()
    out, bad, _ = run(rows[:2], st=st, hang_up=False)
    out += expire_streaks(st, T0 + 7)  # quiet past 4.5 s: stored with what was seen (2)
    more, bad2, _ = run([rows[2], rows[2], four, four], times=[8, 8.5, 9, 9.5], st=st)
    stored: dict[str, Comment] = {}
    for c in out + more:  # the pipeline's dedupe on (platform, msg_id): the first row with an id is kept
        stored.setdefault(c.msg_id, c)
    assert bad == bad2 == []
    assert sorted((c.extra or {})["count"] for c in stored.values()) == [2, 2]
    assert sum(float((c.extra or {})["value"]) for c in stored.values()) == 4.0


def test_an_amount_youtube_js_escaped_is_read_as_the_viewer_saw_it() -> None:
    """youtube.js sends its texts through escapeHtml (61-74, 122): an apostrophe thousands separator
    comes as `&#039;`, and `&amp;` in a currency name."""
    frames = [ssn(1, type="youtube", chatname="Urs", userid="UCurs", chatmessage="merci", event="superchat",
                  hasDonation="CHF 1&#039;234.50"),
              ssn(2, type="youtube", chatname="Ann", userid="UCann", chatmessage="hi", event="superchat",
                  hasDonation="A&amp;B $5.00")]
    out, bad, _ = run(frames)
    assert bad == []
    assert [((c.extra or {})["value"], (c.extra or {})["donation"]) for c in out] == [
        (1234.5, "CHF 1'234.50"), (5.0, "A&B $5.00")]


def test_a_plain_text_message_keeps_what_the_viewer_typed() -> None:
    """With SSN's text-only mode the message is plain text: "<M>" is a size, not a tag to strip; in HTML
    mode SSN escapes what was typed ("&lt;M&gt;") and tags are markup (an emote keeps its alt text)."""
    out, _bad, _st = run([ssn(1, chatname="Ana", chatmessage="is size <M> or <L> in stock? price <100", textonly=True),
                          ssn(2, chatname="Bo", chatmessage="size &lt;M&gt; <img alt=\"😍\" src=\"e.png\"> pls")])
    assert [c.text for c in out] == ["is size <M> or <L> in stock? price <100", "size <M> 😍 pls"]
