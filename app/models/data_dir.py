"""Where a command's database is: the data dir, `--db` and their environment variables, with the
standard library and platformdirs alone. The command line finds a big export's SQLite file with
this before SQLAlchemy is imported (~0.35 s), and starts the export's workers meanwhile
(app.studio.export_worker.Spawned); app.models.db and app.models.database open what it names.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from app.usage import UsageError

DB_NAME = "livedeck.sqlite3"


class DataDirError(UsageError):
    """The data dir or its database cannot be used as it is; the message says why, in one line."""


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir wins, then LIVEDECK_DATA_DIR, then the platform's user data dir."""
    raw = cli_value or os.environ.get("LIVEDECK_DATA_DIR") or platformdirs.user_data_dir("LiveDeck", "LiveDeck")
    path = Path(raw).expanduser()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(f"cannot use data dir {path}: {exc.strerror or exc}") from None
    if not path.is_dir():
        raise DataDirError(f"data dir {path} is not a folder")
    return path


def resolve_db_url(cli_value: str | None = None) -> str | None:
    """--db wins, then LIVEDECK_DB; None means the data dir's SQLite, as before --db existed."""
    return cli_value or os.environ.get("LIVEDECK_DB") or None


def sqlite_path(url: str) -> Path | None:
    """The file of a `sqlite:///PATH` URL; None for a server URL; DataDirError for anything else."""
    if url.startswith("sqlite:///") and len(url) > len("sqlite:///"):
        return Path(url[len("sqlite:///"):]).expanduser()
    if url.split("://", 1)[0] in ("postgresql", "postgresql+psycopg", "postgres"):
        return None
    raise DataDirError(f"--db {url}: use sqlite:///PATH or postgresql://USER@HOST:PORT/DB")


def sqlite_file(db: str | None, data_dir: str | os.PathLike[str] | None) -> Path | None:
    """The SQLite file app.models.database.locate(db, data_dir) opens; None for a server database."""
    url = resolve_db_url(db)
    return sqlite_path(url) if url else resolve_data_dir(data_dir) / DB_NAME
