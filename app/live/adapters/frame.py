"""Frames → events: a JSON object goes to the adapter whose shape it has (adapters/base.py, `shape_of`),
text lines to Twitch IRC."""

from __future__ import annotations

from typing import Any

from app.core.comments import KINDS, Comment
from app.live.adapters.base import Bad, FrameState, Parsed, Parser, Shape, loads, shape_of
from app.live.adapters.generic import GENERIC, parse_generic
from app.live.adapters.socialstream import ssn_inner
from app.live.adapters.twitch import parse_irc_line

_KIND_SET = frozenset(KINDS)
_READ_ERRORS = (TypeError, ValueError, AttributeError, KeyError, ArithmeticError, RecursionError)


def detect(o: dict[str, Any]) -> tuple[Shape | str, dict[str, Any]]:
    """The shape of `o`, or why it has none. LiveDeck's own objects are answered first without a scan:
    the flood path. That shortcut gives what `shape_of` gives (tests/test_relays_push.py checks it): of
    the shapes, only the page userscripts' also has a `type` from LiveDeck's kinds, and they have `username`."""
    t = o.get("type")
    if t.__class__ is str and t in _KIND_SET and "username" not in o:
        return GENERIC, o
    found = shape_of(o)
    if found == "unknown_format":
        inner = ssn_inner(o)  # SSN pages also pass messages wrapped: {"overlayNinja": m}, {"data": m} …
        if inner is not None:
            return shape_of(inner), inner
    return found, o


def _emit(out: list[Comment], c: Parsed, fmt: str, st: FrameState) -> None:
    if c is None:
        return
    for one in c if isinstance(c, list) else (c,):
        if one.kind == "room_end":
            if st.ended:  # douyinLive says it twice (control action 3, then ROOM_ENDED): once is enough
                st.skip("room_end_repeat")
                continue
            st.ended = True
        elif one.kind != "viewers":
            st.ended = False
        one.source = fmt
        out.append(one)


def _read_object(o: Any, st: FrameState, now: float, out: list[Comment], bad: list[str]) -> None:
    if o.__class__ is not dict:
        bad.append("not_an_object")
        return
    parse: Parser
    t = o.get("type")
    if t.__class__ is str and t in _KIND_SET and "username" not in o:  # detect()'s flood path, inlined
        fmt, parse = "generic", parse_generic
    else:
        shape, o = detect(o)
        if isinstance(shape, str):
            bad.append(shape)
            return
        fmt, parse = shape.format, shape.parse
    if not st.format:
        st.format = fmt
    try:
        c = parse(o, st, now)
    except Bad as exc:
        bad.append(exc.reason)
        return
    except _READ_ERRORS:
        bad.append("bad_value")
        return
    st.format = fmt
    if c.__class__ is Comment and not st.ended and c.kind != "room_end":  # type: ignore[union-attr]  # the fast path
        c.source = fmt  # type: ignore[union-attr]
        out.append(c)  # type: ignore[arg-type]
    else:
        _emit(out, c, fmt, st)


def _read_json(text: str, st: FrameState, now: float, out: list[Comment], bad: list[str]) -> None:
    try:
        data = loads(text)
    except ValueError:
        bad.append("bad_json")
        return
    except RecursionError:  # nested thousands deep
        bad.append("too_deep")
        return
    if data == []:
        bad.append("empty")
        return
    if data.__class__ is list:
        for o in data:
            _read_object(o, st, now, out, bad)
    else:
        _read_object(data, st, now, out, bad)


def _read_irc(text: str, st: FrameState, now: float, out: list[Comment], bad: list[str]) -> None:
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if not (line[0] in "@:" or line.split(" ", 1)[0].isupper()):
            bad.append("unknown_format")
            continue
        try:
            c = parse_irc_line(line, st, now)
        except Bad as exc:
            bad.append(exc.reason)
            continue
        st.format = "twitch"
        _emit(out, c, "twitch", st)


def parse_frame(frame: str | bytes, st: FrameState, now: float) -> tuple[list[Comment], list[str]]:
    """All events a frame holds (and gift streaks it closed), and a reason for each part that could
    not be read. Events deliberately not stored are counted in `st.skipped`. A binary frame is read
    as UTF-8 text (OrdinaryRoad's ForwardMsgPlugin sends its JSON as binary frames). A leading byte
    order mark (a Windows tool's UTF-8) is not part of the frame (RFC 8259 lets a reader ignore it)."""
    if isinstance(frame, bytes | bytearray | memoryview):
        try:
            frame = bytes(frame).decode("utf-8")
        except UnicodeDecodeError:
            return [], ["not_utf8"]
    text = frame.strip().removeprefix("\ufeff").lstrip()
    if not text:
        return [], ["empty"]
    out: list[Comment] = []
    bad: list[str] = []
    if text[0] in "{[":
        _read_json(text, st, now, out, bad)
    else:
        _read_irc(text, st, now, out, bad)
    streaks = st.streaks
    if streaks.held and now - st.last_sweep >= 1.0:
        st.last_sweep = now
        streaks.expire(now)
    if streaks.ready:
        _emit(out, streaks.ready, st.format, st)
        streaks.ready = []
    return out, bad


def expire_streaks(st: FrameState, now: float) -> list[Comment]:
    """Streaks quiet past their gap, closed (the caller holds `st.lock`)."""
    st.streaks.expire(now)
    out, st.streaks.ready = st.streaks.ready, []
    for c in out:
        c.source = st.format
    return out


def flush_streaks(st: FrameState) -> list[Comment]:
    """Gift streaks still open when a connection ends count as gifts with what was seen, once; the
    connection's last events are remembered so that the relay's resend after a reconnect is known."""
    out = st.streaks.flush()
    for c in out:
        c.source = st.format
    st.remember()
    return out
