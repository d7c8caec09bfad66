"""Held-out relay streams from the second round-11 relay probe (tests/fixtures/relays/held_out_streaks2),
run through the real IngestPipeline into a Store: a gift streak's stored rows add up to its true count
when a dycast viewer's next streak jumps, when BarrageGrab's own cache forgot a streak, when OrdinaryRoad
relays Kuaishou's negative increments or LiveDeck reconnects mid-combo, and hidden Douyin viewers
relayed by OrdinaryRoad never enter a lottery."""

from __future__ import annotations

import base64
import json
import math
from pathlib import Path
from typing import Any

from app.core.comments import Comment
from app.core.lottery import Entrants, EntryRule
from app.live.ingest import IngestPipeline
from app.models.db import open_database
from app.models.store import Store
from app.models.writer import CommentWriter, next_comment_id
from tests.relay_streams import gift_totals

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "relays" / "held_out_streaks2"
T0 = 1_764_000_000.0


def connections(name: str) -> list[list[tuple[float, str | bytes]]]:
    """The fixture's frames per LiveDeck connection: ({"conn", "t", "frame" | "b64"} a line)."""
    conns: dict[int, list[tuple[float, str | bytes]]] = {}
    for line in (FIXTURES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        frame = base64.b64decode(rec["b64"]) if "b64" in rec else rec["frame"]
        conns.setdefault(rec["conn"], []).append((float(rec["t"]), frame))
    return [conns[k] for k in sorted(conns)]


def stored(tmp_path: Path, conns: list[list[tuple[float, str | bytes]]], platform: str = "") -> list[Comment]:
    """The frames through IngestPipeline → writer → Store, as the server gives them: one connection after
    another, the pipeline's sweep each whole second, the hang-up's flush; the rows read back."""
    engine = open_database(tmp_path)
    show = Store(engine).create_show("probe2")
    writer = CommentWriter(engine)
    p = IngestPipeline(writer, next_comment_id(engine))
    p.set_show(show)
    clock = [T0]
    p.clock = lambda: clock[0]
    last = 0
    for frames in conns:

        class Ctx:
            peer, source = "test", ""
            state: dict[str, Any] = {"platform": platform} if platform else {}

        for t, f in frames:
            for sec in range(last + 1, math.floor(t) + 1):
                clock[0] = T0 + sec
                p.sweep(T0 + sec)
            last = max(last, math.floor(t))
            clock[0] = T0 + t
            p.on_frame(f, Ctx)  # type: ignore[arg-type]
        p.on_close(Ctx)  # type: ignore[arg-type]
    writer.close()
    rows = Store(engine).comments(show)
    engine.dispose()
    return rows


totals = gift_totals


def twice(conns: list[list[tuple[float, str | bytes]]]) -> list[list[tuple[float, str | bytes]]]:
    """The whole stream sent again a minute later on a new connection (a relay's resend)."""
    end = max(t for conn in conns for t, _ in conn) + 60
    return [*conns, [(end + t, f) for conn in conns for t, f in conn]]


# ---- 3: dycast, a viewer's next streak after an end frame -------------------------------------------------


def test_dycast_next_streak_after_an_end_frame_is_a_new_gift(tmp_path: Path) -> None:
    """玫瑰 1 → 3 (end); 3 s later the next streak is first seen at 5 (Douyin skips combo frames): 3 + 5."""
    conns = connections("dycast_next_streak_jumps")
    assert totals(stored(tmp_path / "a", conns)) == {"MS4wLjABAAAA_qt|玫瑰": (8, 8.0)}
    assert totals(stored(tmp_path / "b", twice(conns))) == {"MS4wLjABAAAA_qt|玫瑰": (8, 8.0)}


# ---- 2: BarrageGrab's own 10 s cache forgot the streak -----------------------------------------------------


def test_barragegrab_tail_after_its_cache_forgot_the_streak_is_counted_once(tmp_path: Path) -> None:
    """Packs 1, 2, 3, then 23 s later GiftCount 4 = RepeatCount 4 (BarrageGrab lost its cache): 4 in all."""
    for i, (name, want) in enumerate((("barragegrab_cache_expiry_tail", 4), ("barragegrab_cache_expiry_end", 3))):
        conns = connections(name)
        assert totals(stored(tmp_path / f"a{i}", conns)) == {"93000000101|玫瑰": (want, float(want))}, name
        assert totals(stored(tmp_path / f"b{i}", twice(conns))) == {"93000000101|玫瑰": (want, float(want))}, name


def test_barragegrab_interleaved_streaks_still_add_up(tmp_path: Path) -> None:
    assert totals(stored(tmp_path, connections("barragegrab_interleave"))) == {
        "93000000101|玫瑰": (3, 3.0), "93000000101|小心心": (2, 2.0), "93000000102|玫瑰": (3, 3.0)}


# ---- OrdinaryRoad's Douyin client: hidden viewers ---------------------------------------------------------


def test_ordinaryroad_douyin_hidden_viewers_never_enter_a_lottery(tmp_path: Path) -> None:
    rows = stored(tmp_path, connections("kuaishou_lottery_hidden"), platform="douyin")
    comments = [c for c in rows if c.kind == "comment"]
    assert [c.text for c in comments] == ["1", "1"]  # both are shown …
    assert all(c.anonymous for c in comments)
    e = Entrants()
    e.add_from(comments, EntryRule(), lambda c, k, exact: True)
    assert e.keys == []  # … and neither is one lottery entrant "douyin:111111"


# ---- 4, 5: Kuaishou increments --------------------------------------------------------------------------


def test_kuaishou_negative_increment_is_subtracted(tmp_path: Path) -> None:
    """Feeds 1, 3, 2, 4 of one combo: OrdinaryRoad relays +1, +2, -1, +2, which add up to 4."""
    assert totals(stored(tmp_path, connections("kuaishou_negative_increment")))["3xaa11bb|玫瑰"][0] == 4


def test_kuaishou_increments_after_a_reconnect_are_new(tmp_path: Path) -> None:
    """+1, +1 | LiveDeck reconnects | +1, +1: OrdinaryRoad never resends, so all four are gifts."""
    assert totals(stored(tmp_path, connections("kuaishou_reconnect_streak")))["3xaa11bb|玫瑰"][0] == 4


def test_kuaishou_an_older_feed_at_the_end_of_a_combo_costs_nothing(tmp_path: Path) -> None:
    """Feeds 1, 3, then the older 2 and no more: +1, +2, -1 relayed; the viewer sent 3."""
    frames = [json.loads(base64.b64decode(json.loads(line)["b64"]))
              for line in (FIXTURES / "kuaishou_negative_increment.jsonl").read_text(encoding="utf-8").splitlines()]
    conns: list[list[tuple[float, str | bytes]]] = [
        [(t, json.dumps(f, ensure_ascii=False).encode()) for t, f in zip((0.0, 0.5, 1.0), frames[:3], strict=True)]]
    assert totals(stored(tmp_path, conns))["3xaa11bb|玫瑰"][0] == 3


def test_a_page_userscripts_events_after_a_reconnect_are_all_stored(tmp_path: Path) -> None:
    """The 洛曦 script never sends an event twice (each new chat node once, nothing buffered across its
    reconnect): the same words right after a reconnect are the viewers' own, stored (once dropped as a resend)."""
    say = [json.dumps({"type": "comment", "username": u, "content": t}, ensure_ascii=False)
           for u, t in (("小明", "1"), ("小红", "扣1"), ("小明", "1"))]
    rows = stored(tmp_path, [[(0.0, f) for f in say], [(3.0, f) for f in say[1:]]])
    said = [(c.user_name, c.text) for c in rows if c.kind == "comment"]
    assert said == [("小明", "1"), ("小红", "扣1"), ("小明", "1"), ("小红", "扣1"), ("小明", "1")]


# ---- 1: a gift streak spanning a LiveDeck↔relay reconnect ---------------------------------------------


def test_a_streak_spanning_a_reconnect_adds_up_to_its_count(tmp_path: Path) -> None:
    """Conn 1 sees the streak to 2 (stored at hang-up); conn 2 sees the rest: the rows add up to the last count,
    and the whole stream sent again on a third connection adds nothing."""
    for i, (name, want) in enumerate((("douyinlive_reconnect_mid_streak", {"3100000101|玫瑰": (4, 4.0)}),
                                      ("tiktok_reconnect_mid_streak", {"7100000000000000021|Rose": (3, 3.0)}),
                                      ("dycast_reconnect_mid_streak", {"MS4wLjABAAAA_qt|玫瑰": (4, 4.0)}),
                                      ("socialstream_tikfinity_reconnect", {"rich.guy|Rose": (3, 3.0)}))):
        conns = connections(name)
        assert totals(stored(tmp_path / f"a{i}", conns)) == want, name
        assert totals(stored(tmp_path / f"b{i}", twice(conns))) == want, name


def test_two_rooms_of_one_relay_keep_their_streaks_apart(tmp_path: Path) -> None:
    """Streak memory outlives a connection per relay, keyed by viewer, gift and group: a second room's
    viewers on the same relay format are not read as tails of the first room's."""
    a = connections("douyinlive_reconnect_mid_streak")
    other = [(t, f.replace("3100000101", "3100000999")) for t, f in a[1] if isinstance(f, str)]
    assert totals(stored(tmp_path, [a[0], other])) == {"3100000101|玫瑰": (2, 2.0), "3100000999|玫瑰": (4, 4.0)}


def test_a_streak_the_sweep_stored_goes_on_after_a_reconnect(tmp_path: Path) -> None:
    """Conn 1: 1, 2, then quiet past the gap (the sweep stores 2; a resend of 2 at 15 s adds nothing);
    conn 2 at 20 s: 3, then 4 with repeatEnd: the rows add up to 4."""
    a, b = connections("douyinlive_reconnect_mid_streak")
    conns = [[a[0], (1.0, a[1][1]), (15.0, a[1][1])], [(20.0, b[0][1]), (21.0, b[1][1])]]
    assert totals(stored(tmp_path, conns)) == {"3100000101|玫瑰": (4, 4.0)}


def test_a_long_connections_streak_memory_stays_bounded() -> None:
    """Hours of one BarrageGrab connection, every combo closed by the sweep: what it would hand a next
    connection stays within the streak limit (it once kept every key it ever closed)."""
    from app.live.adapters import parse_frame
    from app.live.adapters.base import MAX_HELD, FrameState

    st = FrameState({})
    for i in range(12_000):
        data = {"MsgId": 10_000 + i, "User": {"Id": 1 + i % 50, "Nickname": f"u{i % 50}", "SecUid": f"S{i % 50}"},
                "Content": "x", "GiftId": 463, "GiftName": "玫瑰", "GroupId": 5_000_000 + i, "GiftCount": 1,
                "RepeatCount": 1, "DiamondCount": 1, "Combo": True}
        _out, bad = parse_frame(json.dumps({"Type": 5, "Data": json.dumps(data)}), st, T0 + i * 0.5)
        assert bad == []
    assert len(st.streaks.done) <= MAX_HELD and len(st.streaks.carried) <= MAX_HELD
