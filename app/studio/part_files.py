"""Files written under a hidden temporary name beside their target, and what a killed writer leaves.

Every export (reports, tables, comment and event streams, the parallel export's parts folder) is
written as `.NAME.PID-RANDOM.part` (or a `.livedeck-export-PID-RANDOM` folder) and renamed into
place only when complete: a full disk or a crash never leaves half a file under the real name. Its
own cleanup removes the temporary on an error, but kill -9 or a power cut skips that; the next
export into the same folder removes what a process that no longer runs left there. The process id
in the name is what tells an abandoned file from one another export is still writing.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def alive(pid: int) -> bool:
    """Whether a process with this id runs (this one counts as not: it is not writing that file)."""
    if pid == os.getpid():
        return False
    if os.name != "posix":  # on Windows os.kill(pid, 0) ends that process: never probe there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process (EPERM): it runs
        return True
    return True


def remove_abandoned(folder: Path, prefix: str, suffix: str = "") -> None:
    """Files or folders named `prefix` PID [-…] `suffix` in `folder` whose process no longer runs.
    A name the id cannot be read from is not ours to judge and stays."""
    try:
        found = [p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(suffix)]
    except OSError:
        return
    for path in found:
        pid = path.name[len(prefix):len(path.name) - len(suffix)].partition("-")[0]
        if not pid.isdigit() or alive(int(pid)):
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


@contextmanager
def replacing(out: Path) -> Iterator[Path]:
    """A new empty file beside `out` to write; it takes `out`'s name when the block ends without an
    error and is removed when it raises (the old `out` stays as it was)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    prefix = f".{out.name}."
    remove_abandoned(out.parent, prefix, ".part")
    fd, name = tempfile.mkstemp(prefix=f"{prefix}{os.getpid()}-", suffix=".part", dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
