"""/ingest frames straight from websockets' parser to the pipeline, a read at a time (issue #22).

websockets' asyncio connection hands every data frame to its Assembler, and a coroutine takes the
messages one at a time: a future, a task wake-up and the pipeline's lock per frame, about 9 of the
12 µs a frame costs a receiver that does nothing else. An /ingest connection in direct mode
collects instead the complete frames one `data_received` yields and, once websockets has processed
that read (control frames, its automatic replies), hands the whole list to its handler in one call:
text frames as `str`, binary as `bytes`, as `async for frame in ws` gives them.

Order holds: a fragmented message takes the Assembler's path, and while the Assembler holds
anything (a message being assembled, or not read yet), later frames queue behind it there. A text
frame that is not UTF-8 takes that path too, so websockets closes the connection with 1007 as ever.

Backpressure: after a batch, while the studio is congested, reading is paused (TCP slows the relay;
nothing is dropped) and the congestion checked again every 5 ms; the Assembler's own resume (its
low-water mark) cannot restart reading meanwhile.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from websockets.asyncio.server import ServerConnection
from websockets.frames import BINARY, CONT, DATA_OPCODES, TEXT, Frame
from websockets.protocol import OPEN
from websockets.typing import Data, DataLike

if TYPE_CHECKING:
    from websockets.protocol import Event

    from app.live.server import LiveServer

HOLD_CHECK_S = 0.005  # how often a paused connection asks whether the studio has caught up

BatchHandler = Callable[[list[Data]], None]


class IngestConnection(ServerConnection):
    """A server connection that can hand /ingest frames to its handler a read at a time.

    Everything here runs on the server's loop thread."""

    live: LiveServer  # set on the subclass LiveServer makes (`for_server`)

    @classmethod
    def for_server(cls, live: LiveServer) -> type[IngestConnection]:
        return type("LiveDeckConnection", (cls,), {"live": live})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._direct: BatchHandler | None = None  # set while an /ingest session runs
        self._batch: list[Data] | None = None  # the read being processed, in direct mode
        self._fragmented = False  # the Assembler has the start of a message and not its end
        self._held = False  # reading paused because the studio is congested
        self._released: asyncio.Future[None] | None = None  # the session waiting for the hold to end

    def go_direct(self, handler: BatchHandler | None) -> None:
        """From now on complete frames go to `handler`, a read at a time (None: back to the Assembler)."""
        self._direct = handler

    # ---- websockets' hooks ---------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self.recv_messages.resume = self._resume_unless_held

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        self._release()  # a connection closed while held ends as any other

    def data_received(self, data: bytes) -> None:
        if self._direct is None or self.protocol.state is not OPEN:
            super().data_received(data)
            return
        batch: list[Data] = []
        self._batch = batch
        try:
            super().data_received(data)  # websockets parses, answers pings, calls process_event
        finally:
            self._batch = None
        if batch and self._direct is not None:
            self._direct(batch)
            self.hold_while_congested()

    def process_event(self, event: Event) -> None:
        batch = self._batch
        if isinstance(event, Frame) and event.opcode in DATA_OPCODES:
            if batch is not None and event.fin and event.opcode is not CONT and not self._fragmented \
                    and not len(self.recv_messages.frames):
                if event.opcode is BINARY:
                    batch.append(bytes(event.data))
                    return
                if event.opcode is TEXT:
                    try:
                        batch.append(str(event.data, "utf-8"))
                        return
                    except UnicodeDecodeError:
                        pass  # the Assembler's reader fails it with 1007, as websockets does
            self._fragmented = not event.fin
        super().process_event(event)

    async def ping(self, data: DataLike | None = None) -> Awaitable[float]:
        """The keepalive's ping, skipped while held: no pong can be read then, and the keepalive would
        close a live relay with 1011 after ping_timeout, losing what it had sent meanwhile."""
        if self._held and data is None:
            skipped: asyncio.Future[float] = self.loop.create_future()
            skipped.set_result(0.0)
            return skipped
        return await super().ping(data)

    # ---- backpressure ----------------------------------------------------------------------------

    def hold_while_congested(self) -> None:
        """Stop reading while the studio is congested; check again every few milliseconds. Never once
        the connection is closing: the relay's close frame must be read, or the server's stop waits
        out websockets' close timeout (10 s) and returns with its thread still running."""
        if self._held or self.protocol.state is not OPEN or not self.live.congested():
            return
        self._held = True
        self.transport.pause_reading()
        self.loop.call_later(HOLD_CHECK_S, self._check_hold)

    async def until_flowing(self) -> None:
        """The session's wait after a message it read: as long as the studio is congested."""
        self.hold_while_congested()
        if self._held:
            if self._released is None:
                self._released = self.loop.create_future()
            await self._released

    def _check_hold(self) -> None:
        if not self._held:
            return  # the connection ended meanwhile
        if self.protocol.state is OPEN and self.live.congested():
            self.loop.call_later(HOLD_CHECK_S, self._check_hold)
            return
        self._release()
        if not self.recv_messages.paused:  # the Assembler's high-water mark still holds it otherwise
            self.transport.resume_reading()

    def _release(self) -> None:
        self._held = False
        released, self._released = self._released, None
        if released is not None and not released.done():
            released.set_result(None)

    def _resume_unless_held(self) -> None:
        """The Assembler's resume: not while the studio is congested (its release resumes then)."""
        if not self._held:
            self.transport.resume_reading()
