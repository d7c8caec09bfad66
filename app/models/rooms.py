"""Rooms on a shared server database: who owns a room, and the heartbeat row the wall reads.

A room is a show. On PostgreSQL one studio owns a room at a time through a session advisory lock
(`pg_try_advisory_lock(LOCK_CLASS, show_id)`) held on a connection of its own for the studio's
life: the server drops it when that connection ends, so a studio killed with -9 or cut off by a
power cut frees its room with no stale lock to clean up (the same promise as the data dir's OS
file lock on SQLite). The refusal names the holder from pg_stat_activity's application_name,
which every LiveDeck connection sets to "livedeck pid N on HOST".

Each studio upserts one `room_status` row per open room every second from a thread of its own
(`RoomBeat`), so the wall reads every room from the database without talking to the studios.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, select, text
from sqlalchemy.pool import NullPool

from app.models.data_dir import DataDirError
from app.models.db import make_server_engine
from app.models.dialect import upsert
from app.models.schema import RoomStatus

log = logging.getLogger(__name__)

LOCK_CLASS = 0x4C44  # "LD": the first key of every LiveDeck room lock
STALE_S = 5.0  # a room whose studio has not written for this long is no longer live on the wall
CHECK_S = 1.0  # how often a studio checks that the server still holds its room lock
DEAD_AFTER_S = 5  # a lock connection whose server stops answering counts as lost after about this long
_HELD = text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() "
             "AND classid = CAST(:k AS oid) AND objid = CAST(:s AS oid) AND objsubid = 2 AND granted")
_HOLDER = text("SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
               "WHERE l.locktype = 'advisory' AND l.classid = CAST(:k AS oid) AND l.objid = CAST(:s AS oid) "
               "AND l.objsubid = 2 AND l.granted LIMIT 1")


@dataclass(frozen=True)
class RoomHolder:
    """The studio holding a room, as its lock connection names itself: facts, not text, so the desk
    can say it in its own language (app.studio.room)."""

    pid: int | None
    machine: str | None


class RoomInUse(DataDirError):
    def __init__(self, show_id: int, pid: int | None, machine: str | None) -> None:
        who = f"pid {pid}" if pid else "another process"
        if machine:
            who += f" on {machine}"
        super().__init__(f"show {show_id} is in use by another LiveDeck studio ({who}); "
                         "close it or choose another --show")
        self.pid = pid
        self.holder = RoomHolder(pid, machine)


class RoomLock:
    """Ownership of one room on a PostgreSQL database; `release()` gives it back."""

    def __init__(self, url: str, show_id: int) -> None:
        self.show_id = show_id
        self._engine = make_server_engine(url, poolclass=NullPool, dead_after_s=DEAD_AFTER_S)
        self._conn = self._engine.connect()
        got = self._conn.scalar(text("SELECT pg_try_advisory_lock(:k, :s)"), {"k": LOCK_CLASS, "s": show_id})
        self._conn.commit()
        if not got:
            name = str(self._conn.scalar(_HOLDER, {"k": LOCK_CLASS, "s": show_id}) or "")
            self._close()
            m = re.match(r"livedeck pid (\d+)(?: on (.+))?", name)
            raise RoomInUse(show_id, int(m.group(1)) if m else None, m.group(2) if m else None)

    def _close(self) -> None:
        self._conn.close()
        self._engine.dispose()

    def held(self) -> bool:
        """Whether the server still holds the lock for us. False once the server restarted or the
        lock connection dropped: the server let the room go, and another studio may have taken it."""
        if self._conn.closed:
            return False
        try:
            n = self._conn.scalar(_HELD, {"k": LOCK_CLASS, "s": self.show_id})
            self._conn.commit()
            return bool(n)
        except Exception as exc:
            log.warning("room %s: lock connection lost (%s)", self.show_id, (str(exc) or repr(exc)).splitlines()[0])
            return False

    def drop(self) -> None:
        """Forget a lock the server no longer holds (its connection is gone)."""
        try:
            self._close()
        except Exception:
            log.debug("room %s: closing a dead lock connection", self.show_id, exc_info=True)

    def release(self) -> None:
        if self._conn.closed:
            return
        try:
            self._conn.execute(text("SELECT pg_advisory_unlock(:k, :s)"), {"k": LOCK_CLASS, "s": self.show_id})
            self._conn.commit()
        except Exception:  # the server is gone: so is the lock
            log.warning("room %s: could not unlock (the server dropped the connection)", self.show_id)
        self._close()


def room_free(url: str, show_id: int) -> bool:
    """Whether nobody owns the room now (a peek: the answer may change right after)."""
    try:
        RoomLock(url, show_id).release()
        return True
    except RoomInUse:
        return False


def machine_name() -> str:
    return socket.gethostname()[:120]


def write_status(engine: Engine, show_id: int, data: dict[str, Any], now: float | None = None) -> None:
    """Upsert the room's status row (one small statement)."""
    values = {"show_id": show_id, "updated_at": time.time() if now is None else now, "pid": os.getpid(),
              "machine": machine_name(), "data": data}
    with engine.begin() as conn:
        conn.execute(upsert(conn, RoomStatus, ["show_id"], values))


def live_rooms(engine: Engine, now: float | None = None, max_age: float = STALE_S) -> list[dict[str, Any]]:
    """Every room whose studio wrote within `max_age` seconds, oldest room first, each its data plus
    show_id, age_s (how far behind the wall is) and pid/machine."""
    now = time.time() if now is None else now
    stmt = select(RoomStatus).where(RoomStatus.updated_at >= now - max_age).order_by(RoomStatus.show_id)
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return [{**(r.data or {}), "show_id": r.show_id, "age_s": max(0.0, now - r.updated_at), "pid": r.pid,
             "machine": r.machine} for r in rows]


class RoomBeat:
    """The thread that writes a studio's room status every `period` seconds. The GUI thread only
    hands it the newest status (`set`); a failed write is retried at the next beat, never raised."""

    def __init__(self, engine: Engine, period: float = 1.0) -> None:
        self.engine = engine
        self.period = period
        self.error: str | None = None
        self.beats = 0
        self._latest: tuple[int, dict[str, Any]] | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="room-beat", daemon=True)
        self._thread.start()

    def set(self, show_id: int | None, data: dict[str, Any]) -> None:
        with self._lock:
            self._latest = None if show_id is None else (show_id, data)

    def _run(self) -> None:
        while not self._stop.wait(self.period):
            self.beat()

    def beat(self) -> None:
        with self._lock:
            latest = self._latest
        if latest is None:
            return
        try:
            write_status(self.engine, *latest)
            self.beats += 1
            self.error = None
        except Exception as exc:
            self.error = str(getattr(exc, "orig", None) or exc).splitlines()[0] if str(exc) else repr(exc)
            log.warning("room status not written: %s", self.error)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        with self._lock:
            latest = self._latest
        if latest is not None:  # the room leaves the wall at once, not after STALE_S
            try:
                with self.engine.begin() as conn:
                    conn.execute(delete(RoomStatus).where(RoomStatus.show_id == latest[0]))
            except Exception as exc:
                log.warning("room status not cleared: %s", exc)


class RoomWatcher:
    """Reads every live room from the database each `period` seconds on a thread of its own, while
    someone looks (`rooms()` was called in the last `idle_s` seconds), so a wall window or page never
    waits on the database and a studio nobody watches does no reads."""

    def __init__(self, engine: Engine, period: float = 0.5, idle_s: float = 10.0) -> None:
        self.engine = engine
        self.period = period
        self.idle_s = idle_s
        self.error: str | None = None
        self.read_at = 0.0  # time.time() of the last good read
        self._rooms: list[dict[str, Any]] = []
        self._asked = 0.0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="room-watch", daemon=True)
        self._thread.start()

    def rooms(self) -> list[dict[str, Any]]:
        """The newest rooms read, each with `age_s` as of now (how far behind its studio it is)."""
        now = time.monotonic()
        if now - self._asked > self.idle_s:
            self._wake.set()  # first look after a pause: read now, not at the next period
        self._asked = now
        shift = max(0.0, time.time() - self.read_at) if self.read_at else 0.0
        return [{**r, "age_s": r["age_s"] + shift} for r in self._rooms]

    def _run(self) -> None:
        while not self._stop.is_set():
            if time.monotonic() - self._asked <= self.idle_s:
                try:
                    t = time.time()
                    self._rooms = live_rooms(self.engine, t)
                    self.read_at = t
                    self.error = None
                except Exception as exc:
                    self.error = str(getattr(exc, "orig", None) or exc).splitlines()[0] if str(exc) else repr(exc)
                    log.warning("wall: rooms not read: %s", self.error)
            self._wake.wait(self.period)
            self._wake.clear()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(5)


OWNED, RECONNECTING, TAKEN = "owned", "reconnecting", "taken"
RoomListener = Callable[[int, str, "RoomHolder | None"], None]


class RoomKeeper:
    """Keeps a studio's room lock on the show it has open, on threads of its own (the GUI never
    waits on the server). Opening another show takes that room and gives the old one back. Every
    CHECK_S seconds it asks the server whether the lock is still held; when the server restarted or
    the lock connection dropped, it re-takes the lock as soon as the server answers again.

    `on_change(show_id, status, holder)` is called from those threads with status OWNED,
    RECONNECTING (the lock is lost, being re-taken) or TAKEN (another studio owns the room: the third
    argument says which, a RoomHolder; nothing is re-tried until the show is opened again)."""

    def __init__(self, url: str, lock: RoomLock | None = None, on_change: RoomListener | None = None,
                 period: float = CHECK_S) -> None:
        self.url = url
        self.lock = lock
        self.refused: str | None = None
        self.lost: int | None = None  # the show whose lock the server dropped, while it is re-taken
        self.on_change = on_change
        self.period = period
        self._mutex = threading.Lock()
        self._wanted_lock = threading.Lock()  # guards `_wanted` and `_worker` (the claim worker's queue of one)
        self._wanted: int | None = None
        self._worker: threading.Thread | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="room-keep", daemon=True)
        self._thread.start()

    def _say(self, show_id: int, status: str, holder: RoomHolder | None = None) -> None:
        if self.on_change is not None:
            self.on_change(show_id, status, holder)

    def claim(self, show_id: int) -> threading.Thread:
        """Take `show_id`'s room on the one claim worker (started when idle): quick opens in a row end
        with the last show's room, never with whichever claim won a race. Returns the worker."""
        with self._wanted_lock:
            self._wanted = show_id
            if self._worker is None:
                self._worker = threading.Thread(target=self._claims, name="room-claim", daemon=True)
                self._worker.start()
            return self._worker

    def _claims(self) -> None:
        while True:
            with self._wanted_lock:
                show_id, self._wanted = self._wanted, None
                if show_id is None:
                    self._worker = None
                    return
            try:
                self._claim(show_id)
            except Exception:  # the worker must live on for the next claim
                log.exception("show %s: room claim failed", show_id)

    def _claim(self, show_id: int) -> None:
        with self._mutex:
            if self.lock is not None and self.lock.show_id == show_id:
                self.refused = None
                self._say(show_id, OWNED)
                return
            try:
                new = RoomLock(self.url, show_id)
            except RoomInUse as exc:
                self.refused = str(exc)
                self._say(show_id, TAKEN, exc.holder)
                return
            except Exception as exc:  # the server is away: keep trying from the watch thread
                log.warning("show %s: room not claimed yet (%s)", show_id, exc)
                self.lost, self.refused = show_id, None
                self._say(show_id, RECONNECTING)
                return
            old, self.lock, self.refused, self.lost = self.lock, new, None, None
            self._say(show_id, OWNED)
        if old is not None:
            old.release()

    def _watch(self) -> None:
        while not self._stop.wait(self.period if self.lost is None else self.period / 2):
            self.check()

    def check(self) -> None:
        """Notice a lost lock and re-take it (on the watch thread; tests call it directly)."""
        with self._mutex:
            lock = self.lock
            if lock is not None and not lock.held():
                lock.drop()
                self.lock, self.lost = None, lock.show_id
                self._say(lock.show_id, RECONNECTING)
            show_id = self.lost
            if show_id is None:
                return
            try:
                new = RoomLock(self.url, show_id)
            except RoomInUse as exc:  # another studio opened it meanwhile: refuse, never write into it
                self.lost, self.refused = None, str(exc)
                log.warning("room %s was taken while its lock was lost: %s", show_id, exc)
                self._say(show_id, TAKEN, exc.holder)
                return
            except Exception:
                return  # the server is still away: try again at the next check
            old, self.lock, self.lost = self.lock, new, None
            log.info("room %s: lock re-taken", show_id)
            self._say(show_id, OWNED)
            if old is not None:  # a room claimed before the server went away: the open show won
                old.release()

    def release(self) -> None:
        self._stop.set()
        self._thread.join(5)
        with self._mutex:
            if self.lock is not None:
                self.lock.release()
                self.lock = None
