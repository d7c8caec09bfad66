"""Hostile and odd input on the outside contracts (frames orjson and the stdlib read differently,
commands with arguments of the wrong kind): a clear refusal or the exact value, never a silent change."""

from __future__ import annotations

import json

from app.live.adapters import FrameState, parse_frame

NOW = 1_764_000_000.0


def _frame(msg_id: object, user_id: object) -> dict[str, object]:
    return {"type": "comment", "platform": "douyin", "msg_id": msg_id, "user": {"id": user_id, "name": "小鱼"},
            "text": "3号链接多少钱"}


def test_ids_past_64_bits_keep_every_digit() -> None:
    """orjson reads 18446744073709551616 as a float: two viewers' 20-digit ids became one, and the
    second comment a 'duplicate'. Each id must stay exactly as the relay sent it."""
    big = 2**64
    frame = json.dumps([_frame(big, big + 1), _frame(big + 1, big + 2), _frame(-(2**63) - 1, -(2**63) - 2)])
    comments, bad = parse_frame(frame, FrameState(), NOW)
    assert bad == []
    assert [(c.msg_id, c.user_id) for c in comments] == [
        (str(big), str(big + 1)), (str(big + 1), str(big + 2)), (str(-(2**63) - 1), str(-(2**63) - 2))]


def test_a_byte_order_mark_in_front_of_a_frame_is_ignored() -> None:
    """A Windows tool's UTF-8 starts with a BOM; RFC 8259 lets a reader ignore it, and the frame is
    the same comment (text frame, binary frame, or an HTTP POST body, which is read the same way)."""
    text = "\ufeff" + json.dumps(_frame("m1", "u1"), ensure_ascii=False)
    for frame in (text, text.encode("utf-8"), b"\xef\xbb\xbf  " + json.dumps(_frame("m1", "u1")).encode()):
        comments, bad = parse_frame(frame, FrameState(), NOW)
        assert bad == [] and [c.msg_id for c in comments] == ["m1"]
    assert parse_frame("\ufeff", FrameState(), NOW) == ([], ["empty"])
