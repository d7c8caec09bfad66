"""Who may talk to the studio's port: the token and the browser origins allowed, kept in the data dir.

The file (`access.json`, readable by its owner only) is re-read when it changes, so a token
rotated in Settings or with `livedeck token --rotate` applies to the next connection of a studio
that is already running. Browser pages are told apart by their `Origin` header: a page the
operator happens to visit must never drive the studio (cross-site websocket hijacking).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import secrets
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

ACCESS_FILE = "access.json"
MIN_TOKEN = 8  # characters; a generated token has 24


def new_token() -> str:
    return secrets.token_urlsafe(18)


def normalise_origin(text: str) -> str | None:
    """`scheme://host[:port]` lower-cased without a default port, "null", or None if not an origin."""
    text = text.strip()
    if text == "null":
        return text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https", "file") or parts.path not in ("", "/") or parts.query or parts.fragment:
        return None
    host = (parts.hostname or "").lower()
    if parts.scheme == "file":
        return "file://"
    if not host:
        return None
    if ":" in host:
        host = f"[{host}]"
    default = {"http": 80, "https": 443}[parts.scheme]
    return f"{parts.scheme}://{host}" + (f":{port}" if port not in (None, default) else "")


def _is_ip_or_localhost(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def own_origin(origin: str, host_header: str, port: int) -> bool:
    """A page served by this studio itself (an overlay): same host and port as the request.

    Only IP literals and `localhost` count: a DNS name could be re-bound to 127.0.0.1 by an
    attacker, whose page would then share the studio's host and port.
    """
    norm = normalise_origin(origin)
    if norm is None or not norm.startswith("http://"):
        return False
    parts = urlsplit(norm)
    host = (parts.hostname or "").lower()
    if (parts.port or 80) != port or not _is_ip_or_localhost(host):
        return False
    req = urlsplit(f"//{host_header.strip()}")
    try:
        req_port = req.port or 80
    except ValueError:
        return False
    return (req.hostname or "").lower() == host and req_port == port


@dataclass
class Access:
    token: str
    allowed_origins: list[str] = field(default_factory=list)


class AccessFile:
    """The data dir's access settings, created with a fresh token on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._cached: Access | None = None
        self._mtime: int | None = None

    def load(self) -> Access:
        with self._lock:
            try:
                mtime = self.path.stat().st_mtime_ns
            except FileNotFoundError:
                mtime = None
            if self._cached is not None and mtime == self._mtime:
                return self._cached
            access = self._read() if mtime is not None else None
            if access is None:
                access = Access(new_token())
                self._write(access)
                mtime = self.path.stat().st_mtime_ns
            self._cached, self._mtime = access, mtime
            return access

    @property
    def token(self) -> str:
        return self.load().token

    def rotate(self) -> str:
        """A new token; connections already open stay, new ones need the new token."""
        return self.set_token(new_token())

    def set_token(self, token: str) -> str:
        """ValueError for a token too short to guess-proof or with spaces (it travels in URLs)."""
        if len(token) < MIN_TOKEN or any(ch.isspace() for ch in token):
            raise ValueError(f"a token needs at least {MIN_TOKEN} characters and no spaces")
        access = self.load()
        self._save(Access(token, access.allowed_origins))
        return token

    def set_origins(self, origins: list[str]) -> list[str]:
        """Keep the valid ones, normalised; returns what was kept."""
        kept = sorted({o for o in (normalise_origin(x) for x in origins) if o})
        self._save(Access(self.load().token, kept))
        return kept

    def _read(self) -> Access | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            token = data["token"]
            origins = [o for o in data.get("allowed_origins", []) if isinstance(o, str)]
            if not isinstance(token, str) or not token:
                raise ValueError("no token")
            return Access(token, origins)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("%s is unreadable (%s): a new token is made", self.path, exc)
            return None

    def _save(self, access: Access) -> None:
        with self._lock:
            self._write(access)
            self._cached, self._mtime = access, self.path.stat().st_mtime_ns

    def _write(self, access: Access) -> None:
        """Atomically, owner-only: a half-written token file must never lock everyone out."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".access-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"token": access.token, "allowed_origins": access.allowed_origins}, f, indent=1)
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
