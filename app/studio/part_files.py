"""Files written under a hidden temporary name beside their target, and what a killed writer leaves.

Every export (reports, tables, comment and event streams) is written as `.NAME.PID-XXXXXXXX.part`
(the parallel export's parts in a `.livedeck-export-PID-…` folder) and renamed into place only when
complete: a full disk or a crash never leaves half a file under the real name. Its own cleanup
removes the temporary on an error, but kill -9 or a power cut skips that; the next export into the
same folder removes what was left there. A leftover is one whose name has exactly that shape, whose
process no longer runs here, and that nothing has written for STALE_S (a day where processes
cannot be asked about: Windows): a writer in another container or on another machine sharing the
folder has a process id this one cannot see, and is safe while it writes.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STALE_S = 15 * 60  # untouched this long, its process gone: no export is still writing it
UNKNOWN_STALE_S = 24 * 3600  # where no process can be asked about (Windows): untouched for a day
_PART = re.compile(r"\..+\.(\d+)-[0-9a-f]{8}\.part")  # .NAME.PID-XXXXXXXX.part, as `replacing` names them
PARTS_PREFIX = ".livedeck-export-"  # a parallel export's parts folder: then its process id, `-`, mkdtemp's part
_PARTS_DIR = re.compile(re.escape(PARTS_PREFIX) + r"(\d+)-\w+")


def alive(pid: int) -> bool | None:
    """Whether a process with this id runs here (this one does: two exports in one process); None
    where that cannot be asked safely (Windows: os.kill(pid, 0) would end that process)."""
    if os.name != "posix":
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process (EPERM): it runs
        return True
    return True


def _last_written(path: Path) -> float:
    """A folder's newest entry, or the file itself: when a writer last touched it."""
    times = [path.stat().st_mtime]
    if path.is_dir():
        times += [p.stat().st_mtime for p in path.iterdir()]
    return max(times)


def remove_abandoned(folder: Path) -> None:
    """Temporary files and parts folders in `folder` that a killed export left: process gone,
    untouched for STALE_S. Anything else stays, and one that cannot be removed (another user's, a
    read-only share) is left without failing the export."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    now = time.time()
    for path in entries:
        m = _PART.fullmatch(path.name) or _PARTS_DIR.fullmatch(path.name)
        pid = m.group(1) if m else ""
        running = alive(int(pid)) if pid else True
        if running:
            continue
        with contextlib.suppress(OSError):
            if now - _last_written(path) < (STALE_S if running is False else UNKNOWN_STALE_S):
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()


@contextmanager
def replacing(out: Path) -> Iterator[Path]:
    """A new empty file beside `out` to write; it takes `out`'s name when the block ends without an
    error and is removed when it raises (the old `out` stays as it was). Created with the umask's
    mode, as `out` itself would be (mkstemp's 0600 made reports unreadable to colleagues)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_abandoned(out.parent)
    while True:
        tmp = out.with_name(f".{out.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            break
        except FileExistsError:  # 1 in 4 billion: another name
            continue
    try:
        yield tmp
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
