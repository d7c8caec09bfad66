"""What the next export removes of a killed one's temporary files, and what it must leave alone."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.studio import part_files
from app.studio.part_files import remove_abandoned, replacing


def _dead_pid() -> int:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    return gone.pid


def _file(folder: Path, name: str, age_s: float) -> Path:
    path = folder / name
    path.write_text("half an export")
    then = time.time() - age_s
    os.utime(path, (then, then))
    return path


def test_only_a_gone_process_s_old_temporary_is_removed(tmp_path: Path) -> None:
    dead = _dead_pid()
    abandoned = _file(tmp_path, f".report.2024-12-04.pdf.{dead}-0a1b2c3d.part", 3600)
    mine = _file(tmp_path, f".report.pdf.{os.getpid()}-0a1b2c3d.part", 3600)  # another export in this process
    fresh = _file(tmp_path, f".table.csv.{dead}-0a1b2c3d.part", 60)  # another machine's, written a minute ago
    dated = _file(tmp_path, ".notes.2024.part", 3600)  # a user's own file: not our name's shape
    target = _file(tmp_path, "report.pdf", 3600)
    remove_abandoned(tmp_path)
    assert not abandoned.exists()
    assert mine.exists() and fresh.exists() and dated.exists() and target.exists()


def test_where_processes_cannot_be_asked_a_day_decides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows: os.kill(pid, 0) would end the process, so it is never called; a temporary untouched for
    a day is a killed export's."""
    monkeypatch.setattr(part_files, "alive", lambda _pid: None)
    hours = _file(tmp_path, f".a.csv.{_dead_pid()}-0a1b2c3d.part", 2 * 3600)
    days = _file(tmp_path, f".b.csv.{_dead_pid()}-0a1b2c3d.part", 2 * 86400)
    remove_abandoned(tmp_path)
    assert hours.exists() and not days.exists()


def test_an_export_keeps_the_old_file_on_error_and_the_users_mode(tmp_path: Path) -> None:
    out = tmp_path / "runsheet.csv"
    out.write_text("yesterday's")
    with pytest.raises(OSError), replacing(out) as tmp:
        tmp.write_text("half")
        raise OSError(28, "No space left on device")
    assert out.read_text() == "yesterday's" and [p.name for p in tmp_path.iterdir()] == ["runsheet.csv"]
    with replacing(out) as tmp:
        tmp.write_text("today's")
    mask = os.umask(0)
    os.umask(mask)
    assert out.read_text() == "today's" and out.stat().st_mode & 0o777 == 0o666 & ~mask
