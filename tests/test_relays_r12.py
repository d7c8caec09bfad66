"""Round-12 relay gift-streak defects (tests/fixtures/relays/r12, README there), run through the real
IngestPipeline → writer → Store: douyinLive's groupCount, a relay reconnect whose new connection speaks
before the old one has closed, and a TikTok streak without a group whose older frame comes back under a
new message id."""

from __future__ import annotations

from pathlib import Path

from app.core.comments import Comment
from tests.relay_streams import gift_totals, play, records

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "relays" / "r12"


def stored(tmp_path: Path, name: str) -> list[Comment]:
    return play(tmp_path, records(FIXTURES / f"{name}.jsonl"))[0]


gifts = gift_totals


# ---- 1: douyinLive groupCount -------------------------------------------------------------------------


def test_douyinlive_a_66_button_without_repeatcount_is_66_gifts(tmp_path: Path) -> None:
    """protojson omits repeatCount while 0; comboCount counts clicks, groupCount gifts per click."""
    assert gifts(stored(tmp_path, "douyinlive_group_count_no_repeat")) == {"3100000101|玫瑰": (66, 66.0)}


def test_douyinlive_repeatcount_already_counts_the_group(tmp_path: Path) -> None:
    """Guard (passes before and after): repeatCount 66 with groupCount 66 is 66 gifts, not 66 × 66."""
    assert gifts(stored(tmp_path, "douyinlive_group_count_with_repeat")) == {"3100000101|玫瑰": (66, 66.0)}


# ---- 2: a reconnect whose new connection speaks before the old one has closed -------------------------

OVERLAP = {"douyinlive": ("3100000101|玫瑰", 4), "tiktok": ("7100000000000000021|Rose", 3),
           "dycast": ("MS4wLjABAAAA_qt|玫瑰", 4)}


def test_a_streak_continued_before_the_old_connection_closed_adds_up(tmp_path: Path) -> None:
    """Old connection: 1, 2. New connection: 3; then the old one closes; then the rest with the end."""
    for i, (relay, (who, n)) in enumerate(OVERLAP.items()):
        rows = stored(tmp_path / str(i), f"{relay}_overlap_new_before_close")
        assert gifts(rows) == {who: (n, float(n))}, relay


def test_a_streak_ended_before_the_old_connection_closed_adds_up(tmp_path: Path) -> None:
    """The new connection's whole rest of the streak, end included, before the old one closes."""
    for i, (relay, (who, n)) in enumerate(OVERLAP.items()):
        rows = stored(tmp_path / str(i), f"{relay}_overlap_end_before_close")
        assert gifts(rows) == {who: (n, float(n))}, relay


# ---- 3: TikTok groupId "0" ----------------------------------------------------------------------------


def test_tiktok_group0_older_frame_under_a_new_id_is_not_a_new_gift(tmp_path: Path) -> None:
    """1, 2, 3, then the "2" again (sent at its own time, new msgId), then the end at 3: three roses."""
    assert gifts(stored(tmp_path, "tiktok_group0_older_frame_new_id")) == {"7100000000000000021|Rose": (3, 3.0)}


def test_tiktok_group0_two_separate_gifts_stay_two(tmp_path: Path) -> None:
    """Guard (passes before and after): a single rose, then 2 s later another one (1, end 1): two."""
    assert gifts(stored(tmp_path, "tiktok_group0_two_single_gifts")) == {"7100000000000000021|Rose": (2, 2.0)}


# ---- one room on two connections: twins, and a relay that sends to every open client -----------------

TWINS = {"dycast": "MS4wLjABAAAA_qt|玫瑰", "tiktok_group0": "7100000000000000021|Rose",
         "barragegrab": "93000000001|小心心"}


def test_two_connections_carrying_one_room_count_each_gift_once(tmp_path: Path) -> None:
    """Every frame of a 4-rose streak on both connections, whichever reads it first: 4 roses, not 5-7.
    (The handover once took the streak from whichever connection read a frame first.)"""
    for i, (relay, who) in enumerate(TWINS.items()):
        assert gifts(stored(tmp_path / str(i), f"twins_{relay}")) == {who: (4, 4.0)}, relay


def test_a_frame_sent_to_both_connections_at_a_reconnect_counts_once(tmp_path: Path) -> None:
    """Old connection 1, 2, 3; the relay sends 3 to the new one too; the old closes; the new ends at 4."""
    for i, (relay, who) in enumerate(TWINS.items()):
        assert gifts(stored(tmp_path / str(i), f"broadcast_overlap_{relay}")) == {who: (4, 4.0)}, relay
