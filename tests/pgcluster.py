"""A real, throwaway PostgreSQL cluster for the tests and benchmarks of `--db postgresql://…`.

Debian's `postgresql` package (scripts/setup.sh installs it) provides initdb and pg_ctl under
/usr/lib/postgresql/N/bin. The cluster lives in a temp dir, listens on 127.0.0.1 on a free port
and on a unix socket in that dir, trusts local connections, and is stopped and removed at the end.
initdb refuses to run as root, so as root the server runs as the `postgres` user the package
creates (or `nobody`).

No mock database: where PostgreSQL is missing, `PgCluster.available()` says why. On Debian as
root (CI) that is a failure, because setup.sh should have installed it; elsewhere tests skip.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _bindir() -> Path | None:
    for cand in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True):
        if Path(cand, "initdb").exists():
            return Path(cand)
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def must_not_skip() -> bool:
    """CI is a fresh Debian machine as root: there a missing PostgreSQL is a failure, not a skip."""
    return os.path.exists("/etc/debian_version") and os.geteuid() == 0


class PgCluster:
    def __init__(self, dbname: str = "livedeck") -> None:
        bindir = _bindir()
        if bindir is None:
            raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
        self.bindir = bindir
        self.dbname = dbname
        self.port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="livedeck-pg-"))
        self.datadir = self.root / "data"
        self.user: str | None = None
        if os.geteuid() == 0:
            self.user = next((u for u in ("postgres", "nobody") if _has_user(u)), None)
            if self.user is None:
                raise RuntimeError("initdb refuses root and there is no postgres or nobody user")
            pw = pwd.getpwnam(self.user)
            os.chmod(self.root, 0o755)
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        self._run("initdb", "-D", str(self.datadir), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        self.start()
        self._run("createdb", "-h", str(self.root), "-p", str(self.port), "-U", "postgres", dbname)

    @staticmethod
    def available() -> str | None:
        """None when a cluster can be made here, else why not."""
        return None if _bindir() is not None else "PostgreSQL is not installed (apt-get install postgresql)"

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{self.dbname}"

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bindir / tool), *args]
        if self.user is not None:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, cwd=self.root)

    def start(self) -> None:
        opts = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c max_connections=200 -c shared_buffers=64MB")
        self._run("pg_ctl", "-D", str(self.datadir), "-l", str(self.root / "log"), "-o", opts, "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.datadir), "-m", mode, "-w", "stop")

    def restart(self, mode: str = "immediate") -> None:
        """Stop as a crash would (immediate: no checkpoint, every connection cut) and start again."""
        self.stop(mode)
        self.start()

    def close(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False
