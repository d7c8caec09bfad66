"""Issue #13 findings 2 and 8: one studio per data dir, and bad files or flags end in one line and exit 2."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.models.db import DB_NAME, DataDirError, check_database, open_database
from tests.conftest import PYTHON, ROOT
from tests.procs import Serve

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def livedeck(*args: str, data_dir: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PYTHON, "-m", "app", *args, "--data-dir", str(data_dir)], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env=ENV)


def one_line_exit_2(r: subprocess.CompletedProcess[str], *words: str) -> None:
    assert r.returncode == 2, (r.returncode, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("livedeck"), r.stderr
    assert "Traceback" not in r.stderr
    for w in words:
        assert w in lines[0], lines[0]


def test_a_second_studio_on_the_same_data_dir_exits_2_naming_the_first(tmp_path: Path) -> None:
    first = Serve(tmp_path)
    try:
        for extra in (["serve", "--no-speech", "--port", "0"], ["--no-speech", "--port", "0"]):  # serve, GUI
            r = livedeck(*extra, "--quit-after", "5", data_dir=tmp_path)
            one_line_exit_2(r, f"pid {first.proc.pid}", "in use")
    finally:
        first.kill9()
    # killed without cleanup: the OS dropped the lock, so the next studio starts
    again = Serve(tmp_path)
    try:
        again.control().close()  # it serves
    finally:
        again.stop()


def test_bad_port_and_unknown_show_are_one_line(tmp_path: Path) -> None:
    one_line_exit_2(livedeck("serve", "--port", "70000", data_dir=tmp_path), "--port 70000")
    one_line_exit_2(livedeck("serve", "--port", "abc", data_dir=tmp_path), "--port", "abc")
    one_line_exit_2(livedeck("serve", "--port", "0", "--token", "short", data_dir=tmp_path), "--token")
    one_line_exit_2(livedeck("serve", "--port", "0", "--show", "42", "--no-speech", data_dir=tmp_path),
                    "--show 42", "no such show")
    busy = Serve(tmp_path / "other")
    try:
        r = livedeck("serve", "--port", str(busy.port), "--no-speech", "--quit-after", "3", data_dir=tmp_path)
        assert r.returncode == 1 and r.stderr.count("\n") == 1 and "another --port" in r.stderr  # runtime: 1
    finally:
        busy.stop()


def test_garbage_and_future_databases_are_refused_not_migrated(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage"
    garbage.mkdir()
    (garbage / DB_NAME).write_bytes(b"this is not sqlite" * 100)
    for args in (("shows",), ("serve", "--port", "0", "--no-speech")):
        one_line_exit_2(livedeck(*args, data_dir=garbage), "not a usable LiveDeck database")

    future = tmp_path / "future"
    open_database(future).dispose()
    with sqlite3.connect(future / DB_NAME) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    one_line_exit_2(livedeck("serve", "--port", "0", "--no-speech", data_dir=future), "newer LiveDeck", "0099")
    with sqlite3.connect(future / DB_NAME) as conn:  # refused, never migrated down
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0099_from_the_future",)


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """A read-only file even for root (chattr +i), else by permissions."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)]).returncode != 0:
            pytest.skip("running as root without chattr: nothing is read-only")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)


def test_read_only_database_is_one_line(tmp_path: Path) -> None:
    open_database(tmp_path).dispose()
    with read_only(tmp_path / DB_NAME):
        one_line_exit_2(livedeck("shows", data_dir=tmp_path), "read-only")


def test_unreadable_database_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(tmp_path).dispose()
    db = tmp_path / DB_NAME
    monkeypatch.setattr(os, "access", lambda p, mode: not (Path(p) == db and mode == os.R_OK))
    with pytest.raises(DataDirError, match="cannot read"):
        check_database(db)


def test_token_is_kept_in_the_data_dir_and_rotates(tmp_path: Path) -> None:
    first = livedeck("token", data_dir=tmp_path).stdout.strip()
    assert len(first) >= 16 and livedeck("token", data_dir=tmp_path).stdout.strip() == first
    rotated = livedeck("token", "--rotate", data_dir=tmp_path).stdout.strip()
    assert rotated != first and livedeck("token", data_dir=tmp_path).stdout.strip() == rotated
    assert (tmp_path / "access.json").stat().st_mode & 0o077 == 0  # owner only
