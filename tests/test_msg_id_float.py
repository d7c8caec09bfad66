"""A msg_id a relay sends as a number is only an id while it is exact (docs/protocol.md, "Message ids
sent as numbers"): two comments whose 64-bit ids a JavaScript relay rounded to the same double are
two rows, a resend of one frame is still one, and an integral float is the integer it holds."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.engine import Engine

from app.live.ingest import IngestPipeline
from app.models.store import Store
from tests.test_relays_fixtures import pipeline  # noqa: F401  (the fixture: an ingest pipeline on a show)

# Two Douyin ids 1 apart: a double holds neither, and both round to 7412345678901234688.
A, B = 7412345678901234689, 7412345678901234690
ROUNDED = float(A)
assert float(B) == ROUNDED


class Ctx:
    def __init__(self) -> None:
        self.peer, self.source, self.state = "test", "", {}  # type: ignore[var-annotated]


def generic(msg_id: Any, text: str, user: str = "1001") -> str:
    return json.dumps({"type": "comment", "platform": "douyin", "msg_id": msg_id, "ts": 1764000000.0,
                       "user": {"id": user, "name": f"观众{user}"}, "text": text}, ensure_ascii=False)


def stored(p: IngestPipeline, engine: Engine, show: int, frames: list[str]) -> list[str]:
    ctx: Any = Ctx()
    for f in frames:
        p.on_frame(f, ctx)
    assert p.writer.flush()
    return [c.text for c in Store(engine).comments(show)]


def test_two_comments_whose_ids_round_to_one_double_are_both_stored(pipeline: Any) -> None:  # noqa: F811
    p, engine, show = pipeline
    frames = [generic(ROUNDED, "3号链接还有吗", "1001"), generic(ROUNDED, "主播好", "1002")]
    assert stored(p, engine, show, frames) == ["3号链接还有吗", "主播好"]


def test_a_javascript_relays_rounded_integer_ids_are_both_stored(pipeline: Any) -> None:  # noqa: F811
    """JSON.stringify writes the rounded double without a point: 7412345678901234688 twice."""
    p, engine, show = pipeline
    rounded = int(ROUNDED)
    tiktok = [json.dumps({"event": "chat", "data": {"msgId": rounded, "userId": u, "nickname": u, "comment": t}})
              for u, t in (("u1", "好看"), ("u2", "几号链接"))]
    dycast = json.dumps([{"id": rounded, "method": "WebcastChatMessage", "user": {"id": u, "name": u}, "content": t}
                         for u, t in (("s1", "要一件"), ("s2", "要两件"))], ensure_ascii=False)
    assert stored(p, engine, show, [*tiktok, dycast]) == ["好看", "几号链接", "要一件", "要两件"]


def test_a_resent_frame_with_a_rounded_id_is_still_stored_once(pipeline: Any) -> None:  # noqa: F811
    p, engine, show = pipeline
    frame = generic(ROUNDED, "拍了")
    assert stored(p, engine, show, [frame, frame]) == ["拍了"]
    assert p.duplicates == 1


def test_exact_ids_still_dedupe_and_an_integral_float_is_the_integer(pipeline: Any) -> None:  # noqa: F811
    p, engine, show = pipeline
    frames = [generic(A, "一"), generic(A, "一again"), generic(12345, "二"), generic(12345.0, "二again"),
              generic("12345", "二again as text")]
    assert stored(p, engine, show, frames) == ["一", "二"]
    rows = Store(engine).comments(show)
    assert [c.msg_id for c in rows] == [str(A), "12345"]


def test_a_delete_whose_target_is_a_rounded_float_strikes_nothing_and_says_why(pipeline: Any) -> None:  # noqa: F811
    p, engine, show = pipeline
    stored(p, engine, show, [generic(ROUNDED, "留着")])
    delete = json.dumps({"type": "delete", "platform": "douyin", "msg_id": ROUNDED})
    stored(p, engine, show, [delete])
    assert [c.deleted for c in Store(engine).comments(show)] == [False]
    assert p.sources["generic"].malformed == {"inexact_msg_id": 1}
