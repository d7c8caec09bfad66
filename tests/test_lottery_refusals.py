"""A refused or failed Draw leaves the lottery open and still collecting: the ingest side stops
counting entrants only once the close is stored."""

from __future__ import annotations

import time

import pytest

from app.studio.commerce import Commerce
from app.studio.errors import CommandError
from app.studio.studio import Studio
from tests.conftest import comment


def _entries(s: Studio, first: int, n: int) -> None:
    assert s.feed is not None
    s.feed.pipeline.accept([comment(first + i, "福袋", user=f"u{first + i}") for i in range(n)],  # type: ignore[misc]
                           "t", time.time())
    s.feed.drain()


def test_draw_before_anyone_entered_is_refused_and_the_lottery_collects_on(live_studio: Studio) -> None:
    s = live_studio
    Commerce(s)
    s.execute("show.start")
    s.execute("lottery.open", {"prize": "围巾", "keyword": "福袋", "duration_s": 600})
    with pytest.raises(CommandError) as refused:
        s.execute("lottery.draw")
    assert refused.value.code == "no_entrants"
    _entries(s, 1, 5)
    lot = s.snapshot()["lottery"]
    assert lot["status"] == "open" and lot["entrants"] == 5
    assert s.execute("lottery.close")["entrants"] == 5


def test_a_draw_that_fails_after_closing_leaves_the_lottery_collecting(live_studio: Studio,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    s = live_studio
    desk = Commerce(s).lottery
    s.execute("show.start")
    s.execute("lottery.open", {"prize": "围巾", "keyword": "福袋", "duration_s": 600})
    _entries(s, 1, 2)

    def missing(_lottery_id: str) -> str:
        raise CommandError("not_found", "the lottery's seed is missing")

    monkeypatch.setattr(desk, "_seed", missing)
    with pytest.raises(CommandError):
        s.execute("lottery.draw")
    monkeypatch.undo()
    _entries(s, 3, 3)
    lot = s.snapshot()["lottery"]
    assert lot["status"] == "open" and lot["entrants"] == 5
    assert len(s.execute("lottery.draw")["winners"]) == 1
    assert s.snapshot()["lottery"]["entrants"] == 5
