"""Which database a command or studio works on, decided here once (#21): the data dir's SQLite, a
`sqlite:///PATH`, or a shared PostgreSQL. The command line and the runtime ask a `Database` to
open itself, to claim what a studio owns and to keep that claim; they never ask which kind it is.

What a studio owns differs by kind, behind one interface:
- SQLite: the data dir (an OS file lock, app.models.db.DataDirLock) for every show in it;
- PostgreSQL: one room (show) at a time (a session advisory lock, app.models.rooms.RoomLock),
  kept by a RoomKeeper that follows the open show and survives a server restart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine

from app.models.data_dir import resolve_data_dir, resolve_db_url, sqlite_path
from app.models.db import DataDirLock, lock_data_dir, open_store_engine, open_url
from app.models.rooms import RoomKeeper, RoomListener, RoomLock, room_free
from app.models.store import NotFound, Store
from app.usage import UsageError


class StudioLock(Protocol):
    """What a running studio holds; `show_id` is the room it owns (None: any show of the data dir)."""

    @property
    def show_id(self) -> int | None: ...

    def release(self) -> None: ...


class Keeper(Protocol):
    """Keeps a studio's claim on the show it opens (see RoomKeeper)."""

    def claim(self, show_id: int) -> object: ...

    def release(self) -> None: ...


@dataclass
class _DirLock:
    """The data dir's file lock: it covers every show, so a studio may open any of them."""

    lock: DataDirLock
    show_id: int | None = None

    def release(self) -> None:
        self.lock.release()


class _NoRoom:
    """A shared database with no show yet: nothing to own until one is opened."""

    show_id: int | None = None

    def release(self) -> None:
        pass


class _DirKeeper:
    """On SQLite the data dir's lock, held for the studio's life, already covers every show."""

    def claim(self, show_id: int) -> None:
        pass

    def release(self) -> None:
        pass


@dataclass(frozen=True)
class Database:
    url: str | None  # --db / LIVEDECK_DB; None: the data dir's SQLite
    data_dir: Path  # the studio's folder (token, word lists, overlay.css; SQLite's file without --db)

    @property
    def _room_url(self) -> str | None:
        """The server URL when rooms are locked per show, else None (SQLite: per data dir)."""
        return self.url if self.url and sqlite_path(self.url) is None else None

    def open(self) -> Engine:
        """The database at the newest schema (DataDirError, one line, when it cannot be used)."""
        return open_store_engine(self.data_dir, self.url)

    def lock_for(self, show: int | None, demo: Callable[[Store], int] | None = None) -> StudioLock:
        """Claim what a studio owns before it starts, or a one-line refusal (exit 2). `show` is
        checked to exist. On a shared server without `show`: the newest live room nobody owns, else
        `demo(store)` when given, else the newest free show; `.show_id` says which."""
        if self._room_url is None:
            path = sqlite_path(self.url) if self.url else None
            folder = path.parent if path else self.data_dir
            lock = _DirLock(lock_data_dir(folder), show)
            try:
                engine = self.open()
                try:
                    _check_show(engine, show, folder)
                finally:
                    engine.dispose()
            except BaseException:
                lock.release()
                raise
            return lock
        engine = open_url(self._room_url)
        try:
            store = Store(engine)
            target = _check_show(engine, show, "this database") or _free_room(store, self._room_url, demo)
        finally:
            engine.dispose()
        return _NoRoom() if target is None else RoomLock(self._room_url, target)

    def keeper(self, lock: StudioLock | None, on_change: RoomListener | None = None) -> Keeper:
        """What keeps the claim while the studio opens shows (started now; `release()` at the end)."""
        if self._room_url is None:
            return _DirKeeper()
        return RoomKeeper(self._room_url, lock if isinstance(lock, RoomLock) else None, on_change)


def locate(db: str | None = None, data_dir: str | Path | None = None) -> Database:
    """The database of `--db` (else LIVEDECK_DB, else the data dir's SQLite) and the studio's data
    dir (`--data-dir`, else LIVEDECK_DATA_DIR, else the platform's), without opening anything yet."""
    url = resolve_db_url(db)
    if url:
        sqlite_path(url)  # a URL of an unknown kind: one line, exit 2, now
    return Database(url, resolve_data_dir(data_dir))


def _check_show(engine: Engine, show: int | None, where: object) -> int | None:
    try:
        if show is not None:
            Store(engine).get_show(show)
    except NotFound:
        raise UsageError(f"--show {show}: no such show in {where} (see `livedeck shows`)") from None
    return show


def _free_room(store: Store, url: str, demo: Callable[[Store], int] | None) -> int | None:
    shows = store.list_shows()
    live = [s.id for s in reversed(shows) if s.status == "live"]
    for sid in live:
        if room_free(url, sid):
            return int(sid)
    if demo is not None:
        return int(demo(store))
    rest = [s.id for s in reversed(shows) if s.status != "live"]
    return next((int(sid) for sid in rest if room_free(url, sid)), None)
