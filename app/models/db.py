"""Opening the database: where it lives, SQLite pragmas, Alembic upgrade to head at start-up, and
the lock that keeps a data dir to one studio.

Whatever is wrong with the data dir or the database file (unreadable, read-only, not a database,
written by a newer LiveDeck, held by another studio) is a `DataDirError`: one line saying what and
where, exit code 2 on the command line, never a traceback and never a migration down.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError

from app.models.data_dir import DB_NAME, DataDirError, sqlite_path
from app.models.sqlite_pragmas import set_pragmas, set_writer_pragmas

if TYPE_CHECKING:  # Alembic is imported where a schema is checked or changed, not by every command
    from alembic.config import Config

LOCK_NAME = "livedeck.lock"
MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions: a database already there is opened without Alembic.
# tests/test_models.py fails until a new migration's revision is written here too.
SCHEMA_HEAD = "0010_show_seen_at"
_LOCK_OFFSET = 1 << 20  # Windows locks a byte range: lock one far past the pid so the pid stays readable


class DataDirInUse(DataDirError):
    def __init__(self, data_dir: Path, pid: int | None) -> None:
        who = f"pid {pid}" if pid else "another process"
        super().__init__(f"{data_dir} is in use by another LiveDeck studio ({who}); "
                         "close it or choose another --data-dir")
        self.pid = pid


class DataDirLock:
    """An OS lock on `livedeck.lock` in the data dir, held while a studio runs.

    The standard library's `fcntl.flock` / `msvcrt.locking` rather than the `filelock` package:
    the OS drops the lock when the process dies (kill -9, power cut), so there is never a stale
    lock to clean up, and we also need the holder's pid in the file, which filelock does not keep.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._file: IO[bytes] | None = None
        try:
            f = open(self.path, "a+b")  # noqa: SIM115 - held open for the life of the studio
        except OSError as exc:
            raise DataDirError(f"cannot lock data dir {data_dir}: {exc.strerror or exc}") from None
        try:
            _lock(f)
        except OSError:
            f.close()
            raise DataDirInUse(data_dir, _holder(self.path)) from None
        f.seek(0)
        f.truncate()
        f.write(f"{os.getpid()}\n{' '.join(sys.argv)}\n".encode(errors="replace"))
        f.flush()
        self._file = f

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing drops the lock
            self._file = None


def _lock(f: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        f.seek(_LOCK_OFFSET)
        msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _holder(path: Path) -> int | None:
    try:
        first = path.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0].strip()
        return int(first) if first.isdigit() else None
    except OSError:
        return None


def lock_data_dir(data_dir: Path) -> DataDirLock:
    """Claim the data dir for this studio, or DataDirInUse naming the process that holds it."""
    return DataDirLock(data_dir)


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    set_pragmas(dbapi_conn)


def _on_writer_connect(dbapi_conn: Any, _record: Any) -> None:
    set_pragmas(dbapi_conn)
    set_writer_pragmas(dbapi_conn)


def make_engine(db_path: Path, writer: bool = False) -> Engine:
    """The SQLite file's engine; `writer`: the comment writer's (sqlite_pragmas.set_writer_pragmas)."""
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_writer_connect if writer else _on_connect)
    return engine


def is_server(engine: Engine) -> bool:
    """A shared server database (PostgreSQL): rooms are locked per show there, not per data dir."""
    return engine.dialect.name == "postgresql"


def make_server_engine(url: str, dead_after_s: int | None = None, **kw: Any) -> Engine:
    """PostgreSQL through psycopg 3. pre_ping replaces a connection the server dropped (a restart)
    before it is used; application_name carries our pid so a refused studio can name the holder.
    `dead_after_s`: TCP keepalives and a send timeout, so a connection to a server that vanished
    (cable, power) fails within about that many seconds instead of the OS's hours (room locks)."""
    import socket

    driver_url = "postgresql+psycopg://" + url.split("://", 1)[1]
    name = f"livedeck pid {os.getpid()} on {socket.gethostname()}"[:63]
    pool: dict[str, Any] = {"pool_size": 4, "max_overflow": 8} if "poolclass" not in kw else {}
    args: dict[str, Any] = {"application_name": name, "connect_timeout": 10}
    if dead_after_s:
        args.update(keepalives=1, keepalives_idle=max(1, dead_after_s // 2), keepalives_interval=1,
                     keepalives_count=max(1, dead_after_s // 2), tcp_user_timeout=dead_after_s * 1000)
    return create_engine(driver_url, pool_pre_ping=True, **pool, **kw, connect_args=args)


def _redact(url: str) -> str:
    """The URL without a password, for messages."""
    head, _, rest = url.partition("://")
    creds, at, host = rest.rpartition("@")
    return f"{head}://{creds.split(':', 1)[0]}@{host}" if at else url


def open_url(url: str) -> Engine:
    """The database `--db URL` names, at the newest schema; DataDirError (one line) if unusable."""
    path = sqlite_path(url)
    if path is not None:
        return open_database(path.parent, path.name)
    engine = make_server_engine(url)
    try:
        _migrate(engine, _redact(url))
    except DataDirError:
        engine.dispose()
        raise
    except DatabaseError as exc:
        engine.dispose()
        cause = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DataDirError(f"cannot use database {_redact(url)}: {cause}") from None
    return engine


def _migrate(engine: Engine, where: object) -> None:
    if _stored_revision(engine) == SCHEMA_HEAD:  # the usual case: nothing to do, and no Alembic to import
        return
    from alembic.script import ScriptDirectory

    rev = current_revision(engine)
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if rev is not None and rev not in known:
        # Never migrate down: the newer LiveDeck's data would be lost or misread.
        raise DataDirError(f"{where} was written by a newer LiveDeck (schema {rev}); "
                           f"this version knows up to {head_revision()}: please update LiveDeck")
    upgrade(engine)


def _stored_revision(engine: Engine) -> str | None:
    """The schema revision the database says it is at, read with one SELECT of Alembic's own table
    (None if there is none, or not exactly one row): Alembic itself takes ~0.08 s to import and
    read its scripts, on every command and start-up, only to find the schema at its head."""
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except DatabaseError:  # no such table: a new database, Alembic creates everything
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`; the only way LiveDeck creates or changes tables."""
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Studios starting together on one server migrate one at a time; the others then find
            # the schema at head. (Key 0 of LiveDeck's lock class: room locks use show ids >= 1.)
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(19524, 0)")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def check_database(db_path: Path) -> None:
    """DataDirError unless `db_path` can be read and written (or created) by this user."""
    folder = db_path.parent
    if db_path.exists():
        if not os.access(db_path, os.R_OK):
            raise DataDirError(f"cannot read {db_path}: permission denied")
        if not os.access(db_path, os.W_OK):
            raise DataDirError(f"{db_path} is read-only: LiveDeck needs to write to it")
    if not os.access(folder, os.W_OK):
        raise DataDirError(f"data dir {folder} is read-only: LiveDeck keeps its database there")


def open_store_engine(data_dir: Path, url: str | None) -> Engine:
    """`--db URL` when given, else the data dir's SQLite: what every command opens."""
    return open_url(url) if url else open_database(data_dir)


def open_database(data_dir: Path, name: str = DB_NAME) -> Engine:
    """The data dir's database at the newest schema; DataDirError if it cannot be used as it is."""
    data_dir.mkdir(parents=True, exist_ok=True)
    db_path = data_dir / name
    check_database(db_path)
    engine = make_engine(db_path)
    try:
        _migrate(engine, db_path)
    except DataDirError:
        engine.dispose()
        raise
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        cause = getattr(exc, "orig", None) or exc
        if isinstance(exc, OperationalError) and "readonly" in str(cause):
            raise DataDirError(f"{db_path} is read-only: LiveDeck needs to write to it") from None
        raise DataDirError(f"{db_path} is not a usable LiveDeck database ({cause})") from None
    return engine
