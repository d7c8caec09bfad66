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
from typing import Any

from sqlalchemy import Engine, delete, select, text
from sqlalchemy.pool import NullPool

from app.models.db import DataDirError, make_server_engine
from app.models.dialect import upsert
from app.models.schema import RoomStatus

log = logging.getLogger(__name__)

LOCK_CLASS = 0x4C44  # "LD": the first key of every LiveDeck room lock
STALE_S = 5.0  # a room whose studio has not written for this long is no longer live on the wall
_HOLDER = text("SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
               "WHERE l.locktype = 'advisory' AND l.classid = CAST(:k AS oid) AND l.objid = CAST(:s AS oid) "
               "AND l.objsubid = 2 AND l.granted LIMIT 1")


class RoomInUse(DataDirError):
    def __init__(self, show_id: int, pid: int | None, machine: str | None) -> None:
        who = f"pid {pid}" if pid else "another process"
        if machine:
            who += f" on {machine}"
        super().__init__(f"show {show_id} is in use by another LiveDeck studio ({who}); "
                         "close it or choose another --show")
        self.pid = pid


class RoomLock:
    """Ownership of one room on a PostgreSQL database; `release()` gives it back."""

    def __init__(self, url: str, show_id: int) -> None:
        self.show_id = show_id
        self._engine = make_server_engine(url, poolclass=NullPool)
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


class RoomKeeper:
    """Keeps a studio's room lock on the show it has open: opening another show takes that room
    (on a thread of its own: the GUI never waits on the server) and gives the old one back. When
    another studio owns the new room, `refused` says so (the desk shows it) and nothing is taken."""

    def __init__(self, url: str, lock: RoomLock | None = None) -> None:
        self.url = url
        self.lock = lock
        self.refused: str | None = None
        self._mutex = threading.Lock()

    def claim(self, show_id: int) -> threading.Thread:
        t = threading.Thread(target=self._claim, args=(show_id,), name="room-claim", daemon=True)
        t.start()
        return t

    def _claim(self, show_id: int) -> None:
        with self._mutex:
            if self.lock is not None and self.lock.show_id == show_id:
                self.refused = None
                return
            try:
                new = RoomLock(self.url, show_id)
            except RoomInUse as exc:
                self.refused = str(exc)
                return
            except Exception as exc:  # the server is away: say so, keep what we hold
                self.refused = f"show {show_id}: room not claimed ({exc})"
                return
            old, self.lock, self.refused = self.lock, new, None
        if old is not None:
            old.release()

    def release(self) -> None:
        with self._mutex:
            if self.lock is not None:
                self.lock.release()
                self.lock = None
