"""Assembles one running studio (database, Studio, speech, websocket server, the comment writer:
its own process on a SQLite file) for the desktop app and for `livedeck serve`, and takes it down
again without losing anything (`shutdown` waits until the writer has committed every row)."""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from pathlib import Path
from typing import Any

from app.core.clock import Clock
from app.core.wall import room_row
from app.live.access import ACCESS_FILE, AccessFile
from app.live.ingest import IngestPipeline
from app.live.relays import RelayManager
from app.live.server import LiveServer
from app.live.simulator import simulate
from app.live.speech import NullSpeaker, Speaker, SpeechWorker
from app.models.database import Database, StudioLock
from app.models.db import is_server
from app.models.rooms import RoomBeat, RoomWatcher
from app.models.store import Store
from app.models.writer import next_comment_id
from app.models.writer_process import open_writer
from app.studio.answers import AnswerDesk
from app.studio.bridge import ControlBridge
from app.studio.commerce import Commerce
from app.studio.compliance import ComplianceDesk
from app.studio.demo import ensure_demo_show
from app.studio.feed import CommentFeed
from app.studio.feed_stream import FeedStream
from app.studio.host import HostDesk
from app.studio.phrases import PhraseDesk
from app.studio.polls import Polls
from app.studio.products import ProductDesk
from app.studio.questions import Questions
from app.studio.review import ReviewDesk
from app.studio.room import RoomDesk
from app.studio.sales import SalesDesk
from app.studio.studio import Studio
from app.studio.tasks import wait_for_jobs

log = logging.getLogger(__name__)
SWITCH_INTERVAL_S = 0.001  # how long a busy thread keeps the interpreter from the GUI (see `start`)
JOBS_AT_EXIT_S = 10.0  # a library refresh or recount still running at quit: how long it may finish


class Runtime:
    def __init__(self, data_dir: Path, *, port: int = 8765, lang: str = "zh_CN", lan: bool = False,
                 token: str | None = None, speech: bool = True, clock: Clock | None = None,
                 db_url: str | None = None, room_lock: StudioLock | None = None, writer: str | None = None) -> None:
        self.data_dir = data_dir
        data_dir.mkdir(parents=True, exist_ok=True)  # word lists, overlay.css and the token live here
        self.database = Database(db_url, data_dir)
        self.engine = self.database.open()
        self.store = Store(self.engine)
        self.speaker: Speaker = SpeechWorker() if speech else NullSpeaker()
        # The comment writer runs in its own process on a SQLite file (app.models.writer_process);
        # `writer` ("process"/"thread", else LIVEDECK_WRITER) chooses. Both are a `Writer` (app.models.writer).
        self.writer = open_writer(self.engine, writer)
        self.pipeline = IngestPipeline(self.writer, next_comment_id(self.engine))
        self.feed = CommentFeed(self.pipeline, data_dir)
        self.studio = Studio(self.store, clock=clock, speaker=self.speaker, lang=lang, feed=self.feed)
        self.commerce = Commerce(self.studio)
        self.host = HostDesk(self.studio)
        self.compliance = ComplianceDesk(self.studio)  # 话术 checked when written and at show.start
        self.products = ProductDesk(self.studio)  # the product library and planning from it (#23)
        self.phrases = PhraseDesk(self.studio)  # the 话术 library, filled from the live state (#23)
        self.answers = AnswerDesk(self.studio)  # a viewer's question → the item's line that answers it (#23)
        self.review = ReviewDesk(self.studio)  # review.followup, for the tab and control clients
        self.polls = Polls(self.studio)
        self.questions = Questions(self.studio)
        self.feed_stream = FeedStream(self.studio)  # comments to second desks (`livedeck --connect`)
        self.sales = SalesDesk(self.studio)
        self.bridge = ControlBridge(self.studio)
        access = AccessFile(data_dir / ACCESS_FILE)  # the token lives in the data dir (issue #13)
        self.token = access.set_token(token) if token else access.token
        self.server = LiveServer(self.bridge.submit, self.pipeline.on_frame, port=port, lan=lan, access=access,
                                 ingest_many=self.pipeline.on_frames)
        self.server.on_count = self.pipeline.count
        self.server.on_ingest_closed = self.pipeline.on_close
        self.server.committed = self.writer.marker  # a POST is answered "stored" once it is (http_ingest)
        self.server.overlays.data_dir = data_dir  # the user's overlay.css
        self.server.congested = lambda: self.pipeline.congested
        self.server.ingest_refusal = self._ingest_refusal
        self.feed_stream.wanted = lambda: self.server.feed_clients > 0
        self.writer.yield_to = lambda: time.monotonic() < self.pipeline.gui_behind_until
        if not is_server(self.engine):  # SQLite: one writer at a time; a command commits before the next batch
            self.studio.write_turn = self.writer.turn
        self.relays = RelayManager(self.server, self.pipeline)
        self.studio.relays = self.relays
        self._sim_stop: asyncio.Event | None = None
        self.studio.published.connect(self.server.publish)
        # The wall of all rooms reads this room's line from the database (issue #21).
        self.beat = RoomBeat(self.engine)
        self.watcher = RoomWatcher(self.engine)  # reads the database only while a /wall page polls
        self.server.wall.rooms = self.watcher.rooms
        self.studio.published.connect(self._room_line)
        self.studio.show_closed.connect(lambda: self.beat.set(None, {}))
        # On a shared server one studio owns a room (show) at a time: the lock follows the open show.
        self.room = RoomDesk(self.studio)  # the state's `room`; no writes to a room we lost
        self.rooms = self.database.keeper(room_lock, on_change=self.room.report)
        self.studio.show_opened.connect(self.rooms.claim)

    def _room_line(self, msg: dict[str, Any]) -> None:
        """Hand the newest room line to the beat thread (cheap: a few fields of published state);
        none for a room another studio took: its line is that studio's to write."""
        if msg.get("type") == "state" and self.studio.show_id is not None:
            if self.room.taken:
                self.beat.set(None, {})
            else:
                self.beat.set(self.studio.show_id, room_row(msg["state"]))

    def _ingest_refusal(self) -> str | None:
        """Why no relay is taken yet: the writer process is not up (~1 s after start), or cannot write.
        Nothing waits for it here: the window shows at once, relays are refused and retry (app.live.gate)."""
        if self.writer.ready.is_set():
            return None
        return self.writer.error or "the studio is starting: its comment writer is not up yet; try again"

    def start(self) -> None:
        # The GUI thread enters Python from Qt's C++ for every timer, slot and paint. While the server
        # and writer threads are busy (a flood), each entry waits until the thread holding the
        # interpreter is made to let go: after the switch interval, 5 ms by default. 1 ms cut the
        # GUI's lag p50/p99 from 5/165 and 5/119 ms to 1/105 and 1/93 ms in benchmarks/ingest.py
        # (A/B/A/B, 150k events), with the CPU per event unchanged (68-74 against 67-69 µs).
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self.server.start()
        assert self.server.loop is not None
        self.pipeline.bind(self.server.loop)  # its streak registry belongs to the server thread
        log.info("listening on ws://%s:%d (control, ingest)", self.server.host, self.server.port)

    def open_initial(self, show_id: int | None = None, demo: bool = False) -> int | None:
        """--show wins; else the show that was live when we stopped (crash recovery); else the demo."""
        target = show_id or self.store.live_show_id()
        if target is None and demo:
            target = ensure_demo_show(self.store, self.studio.clock.now())
        if target is None:
            shows = self.store.list_shows()
            target = shows[-1].id if shows else None
        if target is not None:
            self.studio.open_show(target)
        return target

    def start_simulation(self, rate: float, fmt: str = "generic") -> None:
        """A simulated stream sent to our own /ingest over a real websocket."""
        loop = self.server.loop
        assert loop is not None
        items = self.store.items(self.studio.show_id) if self.studio.show_id else []
        skus = [i.sku for i in items if i.sku]
        prices = {i.sku: i.live_price for i in items if i.sku}  # the simulated orders cost what the sheet says

        async def run() -> None:
            self._sim_stop = asyncio.Event()
            url = f"ws://127.0.0.1:{self.server.port}/ingest"
            if self.server.lan and self.token:
                url += f"?token={self.token}"
            try:
                await self.server.until_ingest_open()
                await simulate(url, fmt, rate, None, skus=skus, stop=self._sim_stop, prices=prices)
            except Exception as exc:  # the demo stream is a convenience: never take the studio down
                log.warning("simulated stream stopped: %s", exc)

        asyncio.run_coroutine_threadsafe(run(), loop)

    def shutdown(self) -> bool:
        """Stop taking frames, then write every accepted event before the process ends. False when
        some could not be written (the disk stayed full): the process must not report success."""
        self.bridge.close()  # commands not run yet are answered "not done" before the sockets close
        self.studio.downtime.mark()  # a quit while live: the next open's gap starts exactly now
        if self._sim_stop is not None and self.server.loop is not None:
            self.server.loop.call_soon_threadsafe(self._sim_stop.set)
        self.relays.stop()
        self.server.stop()
        self.feed.stop()
        self.beat.stop()
        self.watcher.stop()
        self.rooms.release()
        written = self.writer.close()  # logs what it could not write
        if isinstance(self.speaker, SpeechWorker):
            self.speaker.stop()
        if not wait_for_jobs(JOBS_AT_EXIT_S):
            log.warning("a background job was still running at exit")
        self.engine.dispose()
        return bool(written)
