"""The comment writer in its own process, so storing a flood does not share the app's interpreter lock.

`ProcessWriter` has CommentWriter's interface; behind it a spawned child (never a fork of a Qt
process), at lower priority, opens its own engine on the same SQLite file (or PostgreSQL server)
and runs the same RowSink (batches, transient failures retried with the rows kept, permanent ones
bisected into dead_letters, deletes marking their targets); it makes the rows (row_insert).

Who owns what:
- callers (the server thread, the GUI's flush) only `put` onto a queue and count `queued`;
- the sender thread takes each comment's fields as a tuple, pickles each batch once, keeps it until the
  child acknowledges its commit, and writes it to the child's pipe: a full pipe blocks only it;
- the reader thread takes the child's acknowledgements and counters (written, stored,
  duplicates, dead_letters, last_dead_letter, error), releases `flush` markers, and, when the
  child dies (killed, out of memory), closes ingest until a new one is up, and sends it every unacked batch;
- the child ends itself when the app's process is gone.
A batch sent again may have been committed by the dead child before it could say so. The new
child is told which batches those are and skips their rows whose id is already in the table,
counting them as stored (written once, not as duplicates); a platform's real duplicate still
counts as a duplicate. A row the dead child had set aside in dead_letters is counted, not recorded twice.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import pickle
import queue
import signal
import threading
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from sqlalchemy import Engine, select

from app.core.collector import freeze_startup_objects
from app.core.comments import Comment
from app.models.orphans import end_with_parent
from app.models.row_insert import TABLE, Row
from app.models.write_turn import Flag, TurnLock, Turns
from app.models.writer import (
    COMMIT_ROWS,
    DEAD,
    MAX_BATCH,
    ROW_ID,
    Bad,
    CommentWriter,
    Counted,
    Group,
    QueueFront,
    RowSink,
    rows_of,
    take_fields,
)
from app.models.writer_start import child_target, open_for_writing

log = logging.getLogger(__name__)
CHILD_NICE = 5  # below the app and OBS's encoder, yet enough of a share to keep up on a busy machine
GRACE_S = 2.0  # how long an orphaned child may go on writing what it holds before it ends itself
# A smaller batch waits this long for more (see _send_loop): a commit costs the child ~0.3 ms. At 300 a
# second, one a frame, 5 ms meant ~200 commits a second (0.10 of a core in the child); 50 ms: 0.036.
GATHER_ROWS, GATHER_S = 200, 0.05
_STOP = b""  # the sender's last message: write what you have, then end
_COUNTERS = ("written", "stored", "duplicates", "dead_letters")


class _ChildSink(RowSink):
    """The RowSink in the child: it also tells the parent what is wrong while it retries."""

    def __init__(self, engine: Engine, retry_s: float, outbox: Connection) -> None:
        super().__init__(engine, retry_s)
        self.outbox = outbox
        self.replaying = False  # the batch in hand was sent again after a child died

    def set_aside(self, show_id: int, kind: str, payload: str, reason: str) -> None:
        """As RowSink's; but a batch sent again may hold a row the dead child had set aside already
        (committed, not yet acknowledged): it is counted, not recorded twice."""
        if self.replaying and self._set_aside_before(show_id, payload, reason):
            self.dead_letters += 1
            self.last_dead_letter = reason
            return
        super().set_aside(show_id, kind, payload, reason)

    def _set_aside_before(self, show_id: int, payload: str, reason: str) -> bool:
        with self.engine.connect() as conn:
            return conn.scalar(select(DEAD.c.id).where(DEAD.c.show_id == show_id, DEAD.c.payload == payload,
                                                       DEAD.c.reason == reason).limit(1)) is not None

    def _transient(self, exc: BaseException) -> None:
        cause = getattr(exc, "orig", None) or exc
        self.outbox.send(("error", f"cannot write comments: {cause}"))
        super()._transient(exc)

    def skip_committed(self, rows: list[Row]) -> list[Row]:
        """Rows of a batch sent again, less those a dead child already committed (counted as stored)."""
        ids = [r[ROW_ID] for r in rows if r[ROW_ID]]
        found: set[int] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                found.update(conn.scalars(select(TABLE.c.id).where(TABLE.c.id.in_(ids[i:i + 500]))))
        self.stored += len(found)
        self.written += len(found)
        return [r for r in rows if r[ROW_ID] not in found] if found else rows

    def report(self, seqs: list[int]) -> None:
        counters = tuple(getattr(self, k) for k in _COUNTERS)
        self.outbox.send(("ack", seqs, counters, self.last_dead_letter, self.error))


def child_main(db: str, inbox: Connection, outbox: Connection, replay_through: int,
               retry_s: float, turn: TurnLock, wanted: Flag) -> None:
    """The writer process: batches from `inbox` into the database, acknowledgements to `outbox`."""
    if hasattr(os, "nice"):
        os.nice(CHILD_NICE)
    # Ctrl+C in the terminal reaches the whole process group: the app decides when its writer ends
    # (after writing every row), so the child must not die mid-batch of a KeyboardInterrupt.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    end_with_parent("writer-parent-watch", GRACE_S)  # its pipe's end-of-file normally ends it first
    engine = open_for_writing(db, retry_s, lambda why: outbox.send(("error", why)))  # the writer's pragmas
    sink = _ChildSink(engine, retry_s, outbox)
    sink.turns = Turns(turn, wanted)  # shared with the app's Studio commands (app.models.write_turn)
    sink.report([])  # up: the parent opens ingest (`ready`), clears a "restarting" message now
    freeze_startup_objects()  # no collector passes over SQLAlchemy's objects or each batch's tuples
    try:
        while _serve(sink, inbox, replay_through):
            pass
    finally:
        engine.dispose()


def _serve(sink: _ChildSink, inbox: Connection, replay_through: int) -> bool:
    """Take what is waiting (up to COMMIT_ROWS), write it in one go, acknowledge it; False to end."""
    seqs: list[int] = []
    rows: list[Row] = []
    bad: list[Bad] = []
    go_on = True
    while go_on and len(rows) < COMMIT_ROWS and (not seqs or inbox.poll()):
        try:
            data = inbox.recv_bytes()
        except (EOFError, OSError):  # the app is gone: write what we hold, then end
            go_on = False
            break
        if data == _STOP:
            go_on = False
            break
        seq, groups, batch_bad = pickle.loads(data)
        seqs.append(seq)
        sink.replaying |= seq <= replay_through
        batch_rows: list[Row] = []
        rows_of(groups, batch_rows, batch_bad, sink.make_row)
        sink.queued += len(batch_rows) + len(batch_bad)
        rows += sink.skip_committed(batch_rows) if seq <= replay_through else batch_rows
        bad += batch_bad
    for b in bad:
        sink.set_aside(*b)
    if rows:
        sink.store(rows)
    sink.replaying = False
    if seqs:
        sink.report(seqs)
    return go_on


def _picklable(groups: list[Group], bad: list[Bad]) -> tuple[list[Group], list[Bad]]:
    good: list[Group] = []
    for show_id, fs in groups:
        ok = []
        for f in fs:
            try:
                pickle.dumps(f)
                ok.append(f)
            except Exception as exc:
                bad.append((show_id, str(f[3]), repr(f)[:10_000], f"{type(exc).__name__}: {exc}"[:500]))
        good.append((show_id, ok))
    return good, bad


class ProcessWriter(QueueFront, Counted):
    """CommentWriter's interface, the storing done by a child process (see the module's doc)."""

    def __init__(self, engine: Engine, retry_s: float = 1.0) -> None:
        db = child_target(engine)
        if db is None:
            raise ValueError("the writer process needs a database another process can open")
        super().__init__()  # `queued` is the callers' (put); the other counters the reader thread's
        self.engine = engine
        self.db = db
        self.retry_s = retry_s
        self.restarts = 0
        self.yield_to: Callable[[], bool] = lambda: False  # e.g. "the GUI is late": the sender waits
        self.ready = threading.Event()  # the child can write: only then is anything taken (app.live.gate)
        self._queue = queue.SimpleQueue()
        self._lock = threading.Lock()  # _unacked, _markers
        self._send_lock = threading.Lock()  # the pipe to the child, and swapping the child
        self._unacked: dict[int, bytes] = {}  # seq -> the pickled batch, until the child committed it
        self._markers: list[tuple[int, threading.Event]] = []  # flush: done once every seq <= it is acked
        self._seq = 0  # the sender thread's
        self._base = (0, 0, 0, 0)  # the counters of children that died
        self._last_counters = (0, 0, 0, 0)  # the living child's, as of its last acknowledgement
        self._spawned_at = 0.0
        self._closing = False
        self._ctx = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
        self._proc, self._out, self._in = self._spawn(0)
        self._sender = threading.Thread(target=self._send_loop, name="comment-sender", daemon=True)
        self._reader = threading.Thread(target=self._read_loop, name="comment-acks", daemon=True)
        self._sender.start()
        self._reader.start()

    @property
    def congested(self) -> bool:  # not up (starting, restarting): open ingest sockets read nothing more
        return not self.ready.is_set() or super().congested

    @property
    def pid(self) -> int | None:
        return self._proc.pid

    def turn(self) -> contextlib.AbstractContextManager[None]:
        return self._turns.command()

    def close(self, timeout: float = 60.0) -> bool:
        """Write what is queued and stop the child; False (and an error logged) if rows are left."""
        flushed = self.flush(timeout)
        self._closing = True
        if not flushed:  # stuck retrying (the disk stayed full): what it holds is counted as left
            self._proc.kill()  # not terminate: a stopped child would keep it pending, and the sender blocked
        self._queue.put(None)
        self._sender.join(timeout)
        self._proc.join(timeout)
        if self._proc.is_alive():
            self._proc.kill()
            self._proc.join(5.0)
        self._reader.join(5.0)
        if not flushed or self.pending:
            log.error("comment writer stopped with %d rows unwritten: %s", self.pending, self.error)
            return False
        return True

    def _spawn(self, replay_through: int) -> tuple[BaseProcess, Connection, Connection]:
        child_reads, we_write = self._ctx.Pipe(duplex=False)
        we_read, child_writes = self._ctx.Pipe(duplex=False)
        # A new lock: a killed child may have died holding the last one.
        self._turns = Turns(self._ctx.Lock(), self._ctx.RawValue("b", 0))
        proc = self._ctx.Process(target=child_main, name="livedeck-writer", daemon=True,
                                 args=(str(self.db), child_reads, child_writes, replay_through,
                                       self.retry_s, self._turns.lock, self._turns.wanted))
        proc.start()
        self._spawned_at = time.monotonic()
        child_reads.close()  # the child's ends: closed here, so the child's death reads as end-of-file
        child_writes.close()
        return proc, we_write, we_read

    def _send_loop(self) -> None:
        stop = False
        while not stop:
            groups: list[Group] = []
            bad: list[Bad] = []
            markers: list[threading.Event] = []
            stop = self._gather(self._queue.get(), groups, bad, markers)
            if not stop and not markers and sum(len(g[1]) for g in groups) < GATHER_ROWS:
                # A flood puts one event at a time: wait a moment for more, so one pickle and one
                # pipe write carry hundreds of rows instead of each paying its own.
                time.sleep(GATHER_S)
                with contextlib.suppress(queue.Empty):
                    stop = self._gather(self._queue.get_nowait(), groups, bad, markers)
            while self.yield_to() and not self.congested and not stop:
                time.sleep(0.002)  # let the GUI thread have the interpreter
            if groups or bad:
                self._send_batch(groups, bad)
            for m in markers:
                self._add_marker(m)
        with self._send_lock:
            self._send(_STOP)

    def _gather(self, item: tuple[int, Sequence[Comment]] | threading.Event | None, groups: list[Group],
                bad: list[Bad], markers: list[threading.Event]) -> bool:
        """`item` and whatever else is queued (up to a batch) onto groups, bad and markers; True at the end."""
        n = 0
        while True:
            if item is None:
                return True
            if isinstance(item, threading.Event):
                markers.append(item)
            else:
                take_fields(item[0], item[1], groups, bad)
                n += len(item[1])
            if n >= MAX_BATCH:
                return False
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return False

    def _send_batch(self, groups: list[Group], bad: list[Bad]) -> None:
        self._seq += 1
        try:
            data = pickle.dumps((self._seq, groups, bad), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # a value no pipe can carry, past the edge by a bug: set that row aside
            data = pickle.dumps((self._seq, *_picklable(groups, bad)), protocol=pickle.HIGHEST_PROTOCOL)
        with self._send_lock:  # kept and sent under one lock: a restart resends it or it goes to the new child
            with self._lock:
                self._unacked[self._seq] = data
            self._send(data)

    def _send(self, data: bytes) -> None:
        with contextlib.suppress(OSError):  # the child died: the reader restarts it and sends it all again
            self._out.send_bytes(data)

    def _add_marker(self, marker: threading.Event) -> None:
        with self._lock:
            if not self._unacked or min(self._unacked) > self._seq:
                marker.set()
            else:
                self._markers.append((self._seq, marker))

    def _read_loop(self) -> None:
        while True:
            try:
                msg = self._in.recv()
            except (EOFError, OSError):
                if self._closing:  # the child ended as told (or was stopped): nothing more to read
                    return
                self._restart()
                continue
            self._on_message(msg)

    def _on_message(self, msg: tuple[Any, ...]) -> None:
        if msg[0] == "error":
            if not self.ready.is_set() and msg[1] != self.error:
                log.error("%s", msg[1])  # `serve` has no window: its log is where the user reads why
            self.error = msg[1]
            return
        self.ready.set()  # the child's first word after it could open the database to write (writer_start)
        _ack, seqs, counters, last_dead, error = msg
        for name, base, value in zip(_COUNTERS, self._base, counters, strict=True):
            setattr(self, name, base + value)
        self._last_counters = tuple(counters)
        if last_dead is not None:
            self.last_dead_letter = last_dead
        self.error = error
        with self._lock:
            for s in seqs:
                self._unacked.pop(s, None)
            first = min(self._unacked) if self._unacked else None
            done = [m for last, m in self._markers if first is None or last < first]
            self._markers = [(last, m) for last, m in self._markers if first is not None and last >= first]
        for m in done:
            m.set()

    def _restart(self) -> None:
        """The child died: a new one, and every batch it had not acknowledged sent again, in order."""
        self.error = "the comment writer process ended; restarting it"
        self.ready.clear()  # ingest closes (app.live.gate) until the new one can write: taken now, only in memory
        self._proc.join(5.0)
        code = self._proc.exitcode
        self._in.close()
        b, v = self._base, self._last_counters
        self._base = (b[0] + v[0], b[1] + v[1], b[2] + v[2], b[3] + v[3])
        self._last_counters = (0, 0, 0, 0)
        self.restarts += 1
        self.error = f"the comment writer process ended (exit code {code}); restarting it"
        log.error(self.error)
        with self._send_lock:
            self._out.close()
            while True:
                if time.monotonic() - self._spawned_at < 2.0:
                    time.sleep(self.retry_s)  # it died at once (e.g. the file is gone): not a busy loop
                with self._lock:
                    resend = [self._unacked[s] for s in sorted(self._unacked)]
                    through = max(self._unacked, default=0)
                try:
                    self._proc, self._out, self._in = self._spawn(through)
                    break
                except Exception as exc:  # e.g. no memory or no process slot: keep the rows, try again
                    self._spawned_at = time.monotonic()
                    self.error = f"cannot start the comment writer process: {exc}"
                    log.exception(self.error)
            for data in resend:
                self._send(data)
            log.warning("comment writer process restarted; %d unacknowledged batches sent again", len(resend))


WRITER_ENV = "LIVEDECK_WRITER"  # "thread" keeps the writer in the app's process (the tests' conftest sets it)


def open_writer(engine: Engine, mode: str | None = None) -> CommentWriter | ProcessWriter:
    """The app's writer: its own process on a SQLite file or a server database, else (`:memory:`, or
    mode / LIVEDECK_WRITER "thread") a thread of this process."""
    mode = mode or os.environ.get(WRITER_ENV) or "process"
    if mode not in ("process", "thread"):
        raise ValueError(f"{WRITER_ENV}={mode}: use process or thread")
    if mode == "process" and child_target(engine) is not None:
        try:
            return ProcessWriter(engine)
        except OSError as exc:  # no process could be started: comments are kept all the same
            log.warning("comment writer process not started (%s); writing from this process", exc)
    return CommentWriter(engine)
