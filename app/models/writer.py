"""The comment writer: batched inserts, never on the GUI thread.

Who owns what: `RowSink` stores prepared rows and owns its counters, in one thread. The app runs
it in a process of its own on a SQLite file (app.models.writer_process.ProcessWriter: storing a
flood there no longer shares the app's interpreter lock); `CommentWriter` runs it in a thread of
the caller's process, fed by a queue (`:memory:`, LIVEDECK_WRITER=thread, most tests). Both take
`put(show_id, comments)` from any thread without blocking.

Rows go to SQLite as tuples through SQLAlchemy's driver-level `exec_driver_sql`, so sqlite3's C
loop binds them: ~200k rows/s here, against ~89k/s for Core `insert()` with a dict per row and
~17k/s for ORM adds. At a flood's rate that difference decides whether the writer keeps up while
it shares the interpreter with ingest and the GUI.

Failures come in two kinds. A transient one (disk full, database locked, an I/O error) keeps the
batch in memory and retries, so nothing accepted is lost while the operator frees space; `error`
says what is wrong meanwhile, and ingest applies backpressure (see `congested`). A permanent one
(a row SQLite refuses: integrity, a value it cannot bind) must never stop the queue: the batch is
split in halves until the bad row is alone, that row is set aside in `dead_letters` with the
reason, and every other row is stored. Data is normalised at the edge (app.core.edge), so a dead
letter means a bug worth reading, not a viewer's emoji.

On PostgreSQL the same rows are streamed with COPY into a temporary table and moved with one
`INSERT … SELECT … ON CONFLICT DO NOTHING` (multi-row VALUES spent 60% of the time in psycopg
parsing a 15,000-placeholder statement: 2.9k rows/s against COPY's tens of thousands). A dropped
connection (the server restarted) is transient: the batch waits and is sent again on a new
connection; rows the dead connection did commit come back as duplicates and are skipped.
Duplicates by (show, platform, msg_id) are skipped by `ON CONFLICT … DO NOTHING` on exactly that
unique index; any other conflict (a colliding id, a NULL) is an error, not silently ignored."""

from __future__ import annotations

import json
import logging
import operator
import queue
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol, cast

from sqlalchemy import Engine, Table, and_, bindparam, func, insert, select, text, update
from sqlalchemy.exc import DatabaseError, DBAPIError, InterfaceError, OperationalError

from app.core.comments import Comment
from app.models.row_insert import TABLE, Row, RowMaker, insert_rows, row_maker, row_payload, server_row
from app.models.schema import DeadLetter
from app.models.sqlite_pragmas import Checkpoints
from app.models.write_turn import TURN_CHUNK, LocalFlag, Turns, refuse_in_turn

log = logging.getLogger(__name__)

DEAD = cast(Table, DeadLetter.__table__)
_MARK_DELETED = (update(TABLE)
                 .where(and_(TABLE.c.show_id == bindparam("s"), TABLE.c.platform == bindparam("p"),
                             TABLE.c.msg_id == bindparam("target")))
                 .values(deleted=True))
# Twitch CLEARCHAT of a user (ban/timeout): everything that user said is removed from the chat.
_MARK_USER_DELETED = (update(TABLE)
                      .where(and_(TABLE.c.show_id == bindparam("s"), TABLE.c.platform == bindparam("p"),
                                  TABLE.c.user_id == bindparam("u"), TABLE.c.kind == "comment"))
                      .values(deleted=True))
MAX_BATCH = 5_000
# The writer process's rows a transaction when a backlog waits: an index page dirtied by many rows is
# written once. 20,000 rather than 5,000: 0.79 page writes and 0.45 reads a comment, not 1.74 and 0.74.
COMMIT_ROWS = 20_000
ID_BLOCK = 1 << 32  # comment ids a studio takes per start on a shared server (see next_comment_id)
CONGESTED = 100_000  # rows waiting: past this, ingest stops reading until the writer catches up

Bad = tuple[int, str, str, str]  # a comment that could not become a row: show id, kind, payload, reason
ROW_ID, ROW_SHOW, ROW_PLATFORM, ROW_KIND, ROW_EXTRA = 0, 1, 2, 4, 14


# A comment's stored fields as one tuple, read in C: all the app's process pays per row when the
# writer runs in its own process (app.models.writer_process); the child makes rows of them.
FIELDS = ("id", "platform", "msg_id", "kind", "ts", "user_id", "user_name", "text", "follower", "fans_level",
          "flags", "item_ref", "deleted", "extra")
fields_of = operator.attrgetter(*FIELDS)
Fields = tuple[Any, ...]
Group = tuple[int, list[Fields]]  # a show's id and its comments' fields


def is_transient(exc: BaseException) -> bool:
    """Worth retrying with the rows kept: the disk, the file or a lock, not the row itself."""
    if isinstance(exc, OSError | OperationalError | InterfaceError):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True  # the server went away mid-statement: the rows are fine, the connection is not
    # a bare DatabaseError is e.g. "file is not a database" after the file was replaced: the
    # operator can fix it, and the rows wait in memory meanwhile
    return type(exc) is DatabaseError


def take_fields(show_id: int, comments: Sequence[Comment], groups: list[Group], bad: list[Bad]) -> None:
    """The comments' stored fields onto `groups` (one group per show in a row); an object that is
    no comment onto `bad`."""
    if not groups or groups[-1][0] != show_id:
        groups.append((show_id, []))
    try:
        fields = [fields_of(c) for c in comments]
    except Exception:
        ok: list[Fields] = []
        for c in comments:
            try:
                ok.append(fields_of(c))
            except Exception as exc:
                bad.append((show_id, str(getattr(c, "kind", "?")), _payload(show_id, c), _reason(exc)))
        fields = ok
    groups[-1][1].extend(fields)


def rows_of(groups: list[Group], rows: list[Row], bad: list[Bad], make: RowMaker = server_row) -> None:
    """Rows ready to insert (made by `make`: row_maker's), onto `rows`; fields that cannot become a
    row (e.g. `extra` that is not JSON) onto `bad`, with the reason, to be set aside (see RowSink.set_aside)."""
    for show_id, fs in groups:
        for f in fs:
            try:
                rows.append(make(show_id, f))
            except Exception as exc:
                payload = json.dumps({"show_id": show_id, **dict(zip(FIELDS, f, strict=True))},
                                     ensure_ascii=True, default=repr)
                bad.append((show_id, str(f[3]), payload, _reason(exc)))


def prepare(show_id: int, comments: Sequence[Comment], rows: list[Row], bad: list[Bad],
            make: RowMaker = server_row) -> None:
    """Comments as rows (both steps above, in one thread)."""
    groups: list[Group] = []
    take_fields(show_id, comments, groups, bad)
    rows_of(groups, rows, bad, make)


def _reason(exc: BaseException) -> str:
    cause = getattr(exc, "orig", None) or exc
    return f"{type(cause).__name__}: {cause}"[:500]


def _targets(rows: list[Row]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The deletes among `rows`: by message id, and of everything a user said (Twitch CLEARCHAT)."""
    deletes: list[dict[str, Any]] = []
    user_deletes: list[dict[str, Any]] = []
    for r in rows:
        if r[ROW_KIND] == "delete" and r[ROW_EXTRA]:
            extra = json.loads(r[ROW_EXTRA])
            if extra.get("target"):
                deletes.append({"s": r[ROW_SHOW], "p": r[ROW_PLATFORM], "target": extra["target"]})
            if extra.get("target_user"):
                user_deletes.append({"s": r[ROW_SHOW], "p": r[ROW_PLATFORM], "u": extra["target_user"]})
    return deletes, user_deletes


def _payload(show_id: int, c: Any) -> str:
    """A dead row as JSON that any reader can open (surrogates escaped, odd objects as repr)."""
    try:
        fields = {k: getattr(c, k) for k in Comment.__slots__}  # type: ignore[attr-defined]
    except Exception:
        fields = {"repr": repr(c)}
    return json.dumps({"show_id": show_id, **fields}, ensure_ascii=True, default=repr)


def next_comment_id(engine: Engine) -> int:
    """The first id this studio gives a comment. On a server several studios write at once, so each
    start takes a fresh block of ID_BLOCK ids from a sequence: ids never collide between rooms and
    still grow with time inside a room (a room is owned by one studio at a time)."""
    with engine.begin() as conn:
        top = int(conn.scalar(select(func.coalesce(func.max(TABLE.c.id), 0))) or 0) + 1
        if engine.dialect.name != "postgresql":
            return top
        block = int(conn.scalar(text("SELECT nextval('comment_id_blocks')")) or 0)
        return max(top, block * ID_BLOCK)


Item = tuple[int, Sequence[Comment]] | threading.Event | None  # rows, a flush marker, or the end


class Writer(Protocol):
    """What the studio uses of a comment writer: CommentWriter (a thread of this process) or
    app.models.writer_process.ProcessWriter (its own process)."""

    dead_letters: int
    last_dead_letter: str | None
    error: str | None
    yield_to: Callable[[], bool]
    ready: threading.Event  # set once it can store: ingest opens only then (app.live.gate)

    @property
    def pending(self) -> int: ...
    @property
    def congested(self) -> bool: ...
    def put(self, show_id: int, comments: Sequence[Comment]) -> None: ...
    def flush(self, timeout: float = 30.0) -> bool: ...
    def marker(self) -> threading.Event: ...
    def close(self, timeout: float = 60.0) -> bool: ...
    def turn(self) -> AbstractContextManager[None]: ...  # a Studio command's turn to write (write_turn)


class Counted:
    """The figures every writer shows (feed health, ingest's backpressure), kept by one thread."""

    def __init__(self) -> None:
        self.written = 0  # rows done with: stored or skipped as duplicates
        self.queued = 0
        self.stored = 0
        self.duplicates = 0
        self.dead_letters = 0
        self.last_dead_letter: str | None = None
        self.error: str | None = None

    @property
    def pending(self) -> int:
        return self.queued - self.written - self.dead_letters

    @property
    def congested(self) -> bool:
        return self.pending > CONGESTED


class QueueFront:
    """`put` and `flush` of a writer whose one worker thread takes `_queue` in order."""

    queued: int
    _queue: queue.SimpleQueue[Item]

    def put(self, show_id: int, comments: Sequence[Comment]) -> None:
        """Thread-safe and non-blocking."""
        if comments:
            self.queued += len(comments)
            self._queue.put((show_id, comments))

    def flush(self, timeout: float = 30.0) -> bool:
        """Wait until everything put before this call is in the database."""
        refuse_in_turn("writer.flush")
        return self.marker().wait(timeout)

    def marker(self) -> threading.Event:
        """Set once everything put before this call is in the database (a flush not waited for here:
        an HTTP POST's reply waits for it on the server's loop)."""
        done = threading.Event()
        self._queue.put(done)
        return done


class RowSink(Counted):
    """Stores prepared rows in one thread of one process: batches, transient failures retried with
    the rows kept, permanent ones bisected down to the bad row (dead_letters), deletes marking their
    targets. The counters belong to the thread that calls `store`; others only read them. Used by
    CommentWriter's thread and by the writer process (app.models.writer_process)."""

    def __init__(self, engine: Engine, retry_s: float = 1.0) -> None:
        super().__init__()
        self.engine = engine
        self.retry_s = retry_s
        self.turns = Turns(threading.Lock(), LocalFlag())  # shared with Studio commands (app.models.write_turn)
        self.checkpoints = Checkpoints()  # the WAL into the file, outside the turn (app.models.sqlite_pragmas)
        self.make_row = row_maker(engine)

    def store(self, rows: list[Row]) -> None:
        """Store `rows`; retry transient failures, bisect permanent ones down to the bad row."""
        stored_deletes: list[Row] = []  # of this batch's parts already committed: their targets may follow
        while rows:
            try:
                done = self._insert(rows, stored_deletes)
                if done < len(rows):
                    stored_deletes += [r for r in rows[:done] if r[ROW_KIND] == "delete"]
                rows = rows[done:]
            except Exception as exc:
                if is_transient(exc):
                    # Keep the rows and try again: a full disk or a locked file must not lose comments.
                    self._transient(exc)
                    continue
                if len(rows) == 1:
                    r = rows[0]
                    self.set_aside(r[ROW_SHOW], str(r[ROW_KIND]), row_payload(r), _reason(exc))
                    return
                mid = len(rows) // 2
                self.store(rows[:mid])
                self.store(rows[mid:])
                return

    def _insert(self, rows: list[Row], stored_deletes: Sequence[Row] = ()) -> int:
        """Rows from the start of `rows` in one transaction: all of them, unless a Studio command is
        waiting for its turn (then up to the next TURN_CHUNK); how many. Deletes mark their targets
        at the end of it, with those of the batch's parts before (a target may come after its delete)."""
        turns = self.turns
        done = stored = 0
        # A server has no one write lock to share, and its staging table keeps a transaction's rows.
        chunk = len(rows) if self.engine.dialect.name == "postgresql" else TURN_CHUNK
        with turns.lock, self.engine.begin() as conn:
            while done < len(rows) and not (done and turns.wanted.value):
                part = rows[done:done + chunk]
                stored += insert_rows(conn, part)
                done += len(part)
            deletes, user_deletes = _targets([*stored_deletes, *(rows[:done] if done < len(rows) else rows)])
            if deletes:
                conn.execute(_MARK_DELETED, deletes)
            if user_deletes:
                conn.execute(_MARK_USER_DELETED, user_deletes)
        self.checkpoints.after(self.engine, done)
        stored = max(0, min(done, stored))
        self.stored += stored
        self.duplicates += done - stored
        self.written += done
        if self.error:
            log.warning("comment writer recovered; %d rows written", done)
        self.error = None
        return done

    def _transient(self, exc: BaseException) -> None:
        cause = getattr(exc, "orig", None) or exc
        self.error = f"cannot write comments ({self.pending} waiting): {cause}"
        log.error(self.error)
        time.sleep(self.retry_s)

    def set_aside(self, show_id: int, kind: str, payload: str, reason: str) -> None:
        """Set one row aside with the reason, so the queue goes on and nothing vanishes unseen."""
        log.error("comment writer: a %s row of show %s set aside in dead_letters: %s", kind, show_id, reason)
        values = {"show_id": show_id, "kind": kind[:20], "reason": reason, "payload": payload,
                  "created_at": time.time()}
        while True:
            try:
                with self.engine.begin() as conn:
                    conn.execute(insert(DEAD), values)
                break
            except Exception as exc2:
                if not is_transient(exc2):
                    log.exception("comment writer: could not even set the row aside")
                    break
                self._transient(exc2)
        self.dead_letters += 1
        self.last_dead_letter = reason


class CommentWriter(QueueFront, RowSink):
    """The writer as a thread of the app's process (tests, `:memory:`, LIVEDECK_WRITER=thread; see
    app.models.writer_process for the app's own). Its queue is fed from any thread."""

    def __init__(self, engine: Engine, retry_s: float = 1.0) -> None:
        super().__init__(engine, retry_s)
        self._queue = queue.SimpleQueue()
        self.yield_to: Callable[[], bool] = lambda: False  # e.g. "the GUI is late"
        self.ready = threading.Event()
        self.ready.set()  # the caller's engine is open: it stores from the first row
        self._thread = threading.Thread(target=self._run, name="comment-writer", daemon=True)
        self._thread.start()

    def turn(self) -> AbstractContextManager[None]:
        return self.turns.command()

    def close(self, timeout: float = 60.0) -> bool:
        """Write what is queued and stop; False (and an error logged) if rows are still unwritten,
        e.g. the disk stayed full: the caller should not report a clean exit."""
        flushed = self.flush(timeout)
        self._queue.put(None)
        self._thread.join(timeout)
        if not flushed or self.pending:
            log.error("comment writer stopped with %d rows unwritten: %s", self.pending, self.error)
            return False
        return True

    def _run(self) -> None:
        stop = False
        while not stop:
            item = self._queue.get()
            batches: list[tuple[int, Sequence[Comment]]] = []
            markers: list[threading.Event] = []
            n = 0
            while True:
                if item is None:
                    stop = True
                elif isinstance(item, threading.Event):
                    markers.append(item)
                else:
                    batches.append(item)
                    n += len(item[1])
                if n >= MAX_BATCH or stop:
                    break
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
            if batches:
                while self.yield_to() and not self.congested and not stop:
                    time.sleep(0.002)  # let the GUI thread have the interpreter
                try:
                    self._write(batches)
                except Exception:  # the writer thread must outlive any bug below it
                    log.exception("comment writer: a batch of %d rows could not be handled", n)
                    self.dead_letters += n
            for m in markers:
                m.set()

    def _write(self, batches: list[tuple[int, Sequence[Comment]]]) -> None:
        rows: list[Row] = []
        bad: list[Bad] = []
        for show_id, cs in batches:
            prepare(show_id, cs, rows, bad, self.make_row)
        for b in bad:
            self.set_aside(*b)
        if rows:
            self.store(rows)
