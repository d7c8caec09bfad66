"""A flood: the desktop feed is handed only the newest rows of a drain, yet every vote, entrant,
question and order is counted (on the ingest side, app/live/counting.py)."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from app.studio.commerce import Commerce
from app.studio.feed import DRAIN_MS, FLOOD_DRAIN_MS, SHOWN_PER_DRAIN
from app.studio.polls import Polls
from app.studio.questions import Questions
from app.studio.sales import SalesDesk
from app.studio.studio import Studio
from tests.conftest import comment

FLOOD = 3_000


def test_a_flood_is_shown_in_part_and_counted_in_full(live_studio: Studio, qtbot: QtBot) -> None:
    s = live_studio
    assert s.feed is not None
    Polls(s)
    Commerce(s)
    questions = Questions(s)
    sales = SalesDesk(s)
    s.execute("show.start")
    qtbot.waitUntil(lambda: not sales._rebuilding and not questions._rebuilding, timeout=5000)
    s.execute("poll.open", {"question": "哪个颜色", "options": ["红色", "蓝色"]})
    s.execute("lottery.open", {"prize": "围巾", "keyword": "福袋", "duration_s": 600})
    shown: list[int] = []
    s.feed.arrived.connect(lambda rows: shown.append(len(rows)))
    flood = [comment(i, "红色多少钱？福袋" if i % 3 else "蓝色多少钱？福袋") for i in range(1, FLOOD + 1)]
    flood += [comment(FLOOD + i, "", user=f"b{i}", kind="order", order_id=f"o{i}", sku="CT-1", quantity=1,
                      amount=39900, status="paid") for i in range(1, 101)]
    s.feed.pipeline.accept(flood, "test", time.time())  # type: ignore[arg-type]
    s.feed.drain()

    assert shown == [SHOWN_PER_DRAIN]  # what a person could read; the rest is stored and counted
    assert s.feed.total == FLOOD + 100 and s.feed.left_out == FLOOD + 100 - SHOWN_PER_DRAIN
    assert s.feed._timer.interval() == FLOOD_DRAIN_MS  # a flood is shown 10 times a second, not 20
    s.feed.pipeline.accept([comment(FLOOD + 200, "好看")], "test", time.time())  # type: ignore[arg-type]
    s.feed.drain()
    assert shown[-1] == 1 and s.feed._timer.interval() == DRAIN_MS  # the flood is over: 20 again
    snap = s.snapshot()
    assert [o["votes"] for o in snap["poll"]["options"]] == [FLOOD * 2 // 3, FLOOD // 3]
    assert snap["lottery"]["entrants"] == FLOOD
    # the queue as it is now (the panel's copy may be up to QUEUE_EVERY_S old)
    assert sorted(g.count for g in questions.now().newest_first()) == [FLOOD // 3, FLOOD * 2 // 3]
    assert snap["sales"]["totals"]["orders"] == 100
    assert s.execute("lottery.close")["entrants"] == FLOOD
    assert s.execute("poll.close")["voters"] == FLOOD
