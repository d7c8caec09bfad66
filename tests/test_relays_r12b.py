"""Relay defects of the third round-12 probe (tests/fixtures/relays/r12b, README there), run through the
real IngestPipeline → writer → Store: OrdinaryRoad's Douyin likes and room stats, its Bilibili room stats,
its Douyin joins/follows/shares/room end, and TikTok chat text kept as typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core.comments import Comment
from tests.relay_streams import play, records

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "relays" / "r12b"


def run(tmp_path: Path, name: str, platform: str | dict[int, str] = "",
        binary: bool = True) -> tuple[list[Comment], dict[str, Any]]:
    """The fixture played (tests/relay_streams.py), OrdinaryRoad's frames binary as it sends them."""
    return play(tmp_path, records(FIXTURES / f"{name}.jsonl"), platform, binary)


def reasons(snap: dict[str, Any], what: str) -> dict[str, int]:
    """Every source's `malformed` or `skipped` reasons, added up."""
    out: dict[str, int] = {}
    for s in snap["sources"].values():
        for reason, n in s[what].items():
            out[reason] = out.get(reason, 0) + n
    return out


def viewers(rows: list[Comment]) -> list[tuple[str, dict[str, Any]]]:
    return [(c.platform, c.extra or {}) for c in rows if c.kind == "viewers"]


# ---- 1: OrdinaryRoad Douyin: a like's companion stats frame, the room stats' cumulative count --------------


def test_ordinaryroad_douyin_likes_do_not_drop_the_viewer_count_to_zero(tmp_path: Path) -> None:
    """Each like also comes as `{likedCount, msg: null, watchingCount: null}`: the likes are stored, no
    viewers row says 0 watch (the feed's count and the review's 平均在线 would drop on every like)."""
    rows, snap = run(tmp_path, "ordinaryroad_douyin_like_and_stats", platform="douyin")
    assert [(c.kind, c.user_id, (c.extra or {}).get("count")) for c in rows if c.kind == "like"] == [
        ("like", "7001", 15), ("like", "7005", 3)]
    assert all("online" not in x or x["online"] > 0 for _, x in viewers(rows))
    assert reasons(snap, "skipped").get("like_total") == 2


def test_ordinaryroad_douyin_room_stats_is_who_has_watched_not_who_watches(tmp_path: Path) -> None:
    """WebcastRoomStatsMessage's `watchingCount` is `msg.getTotal()`, the cumulative 人看过 (as douyinLive
    reads the same field): stored as the total, never as 26000 online."""
    for sub, platform in (("named", "douyin"), ("unnamed", "")):
        rows, _ = run(tmp_path / sub, "ordinaryroad_douyin_like_and_stats", platform=platform)
        assert viewers(rows) == [("douyin", {"total": 26000})], sub


# ---- 5 (brief 3): OrdinaryRoad Bilibili room stats; Kuaishou's own stay viewers online -----------------------


def test_ordinaryroad_bilibili_room_stats_are_refused_and_kuaishou_stats_kept(tmp_path: Path) -> None:
    """LiveDeck has no Bilibili reader: BilibiliRoomStatsMsg (it has `cmd`) is `unknown_format`, as
    Bilibili danmu are; Kuaishou's own stats frame stays who watches now."""
    rows, snap = run(tmp_path / "a", "ordinaryroad_bilibili_and_kuaishou_stats")
    assert viewers(rows) == [("kuaishou", {"online": 905})]
    assert reasons(snap, "malformed").get("unknown_format") == 3
    named = {0: "bilibili", 1: "kuaishou"}
    rows, snap = run(tmp_path / "b", "ordinaryroad_bilibili_and_kuaishou_stats", platform=named)
    assert viewers(rows) == [("kuaishou", {"online": 905})]
    assert reasons(snap, "malformed").get("unknown_format") == 3


# ---- 6 (brief 4): OrdinaryRoad Douyin joins, follows, shares, room end -----------------------------------------


def test_ordinaryroad_douyin_join_follow_share_and_one_room_end(tmp_path: Path) -> None:
    rows, snap = run(tmp_path, "ordinaryroad_douyin_enter_social_end", platform="douyin")
    assert [(c.kind, c.platform, c.user_id, c.user_name) for c in rows] == [
        ("join", "douyin", "7001", "小明"), ("follow", "douyin", "7002", "小红"),
        ("share", "douyin", "7003", "小刚"), ("room_end", "douyin", "", "")]
    assert rows[0].fans_level == 3
    skipped = reasons(snap, "skipped")
    # socialAction null (neither follow nor share), liveStatusAction null (a pause), END's repeat
    assert (skipped.get("social_other"), skipped.get("control"), skipped.get("room_end_repeat")) == (1, 1, 1)
    assert reasons(snap, "malformed") == {}


# ---- 2: TikTok chat is plain text --------------------------------------------------------------------------


def test_tiktok_chat_text_is_stored_as_typed(tmp_path: Path) -> None:
    """TikTok-Live-Connector relays the decoded string: "<M>" is a size, "&amp;" what was typed."""
    rows, _ = run(tmp_path, "tiktok_plain_text", binary=False)
    assert [c.text for c in rows] == ["is size <M> or <L> in stock?", "price <100 and >50 pls", "Tom &amp; Jerry",
                                      "<3 <3 <3", "size <XL> & <XXL>?"]
