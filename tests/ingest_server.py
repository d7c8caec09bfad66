"""A LiveServer on a free port wired to an IngestPipeline as the Runtime wires them (frames a read at
a time, counts, closes, backpressure), without the rest of the studio."""

from __future__ import annotations

from typing import Any

from app.live.ingest import IngestPipeline
from app.live.server import LiveServer


def _control(_cmd: str, _args: dict[str, Any]) -> Any:
    raise AssertionError("no control commands in these tests")


def serve(p: IngestPipeline) -> LiveServer:
    """Started, with the pipeline bound to the server's loop; the caller stops it."""
    server = LiveServer(_control, p.on_frame, port=0, ingest_many=p.on_frames)
    server.on_count = p.count
    server.on_ingest_closed = p.on_close
    server.congested = lambda: p.congested
    server.start()
    assert server.loop is not None
    p.bind(server.loop)
    return server
