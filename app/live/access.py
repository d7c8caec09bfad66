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
import math
import os
import secrets
import string
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

ACCESS_FILE = "access.json"
MIN_TOKEN_BITS = 128  # a token is guessed at most a few times a second (rate limit): 128 bits is beyond reach
_ALPHABETS = (string.digits, string.hexdigits.lower(), string.hexdigits.upper(), string.hexdigits,
              string.ascii_letters + string.digits + "-_", string.printable.strip())


def new_token() -> str:
    return secrets.token_urlsafe(24)  # 192 bits


def token_bits(token: str) -> float:
    """What a token is worth against guessing: its length times the bits of the smallest usual
    alphabet (digits, hex, base64url, printable ASCII) that holds every character of it."""
    alphabet = next((a for a in _ALPHABETS if all(ch in a for ch in token)), None)
    size = len(alphabet) if alphabet is not None else 256
    return len(token) * math.log2(size)


def check_token(token: str) -> str | None:
    """Why a token cannot be used (too weak, spaces), or None."""
    if any(ch.isspace() for ch in token):
        return "a token cannot contain spaces (it travels in URLs)"
    if token_bits(token) < MIN_TOKEN_BITS:
        return (f"a token needs at least {MIN_TOKEN_BITS} bits: 22 random base64url characters or 32 hex "
                f"digits (this one has about {int(token_bits(token))})")
    return None


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
    """`token` controls the studio (/control, remote /ingest); `view_token` only reads it (the host
    view, the producer view, overlays and their state sockets)."""

    token: str
    allowed_origins: list[str] = field(default_factory=list)
    view_token: str = field(default_factory=new_token)


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

    @property
    def view_token(self) -> str:
        return self.load().view_token

    def rotate(self) -> str:
        """A new control token; connections already open stay, new ones need the new token."""
        return self.set_token(new_token())

    def rotate_view(self) -> str:
        """A new view token: view links handed out before stop working for new connections."""
        access = self.load()
        self._save(Access(access.token, access.allowed_origins, new_token()))
        return self.view_token

    def set_token(self, token: str) -> str:
        """ValueError for a token too weak to guess-proof (under 128 bits) or with spaces."""
        reason = check_token(token)
        if reason:
            raise ValueError(reason)
        access = self.load()
        self._save(Access(token, access.allowed_origins, access.view_token))
        return token

    def set_origins(self, origins: list[str]) -> list[str]:
        """Keep the valid ones, normalised; returns what was kept."""
        kept = sorted({o for o in (normalise_origin(x) for x in origins) if o})
        access = self.load()
        self._save(Access(access.token, kept, access.view_token))
        return kept

    def _read(self) -> Access | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            token = data["token"]
            origins = [o for o in data.get("allowed_origins", []) if isinstance(o, str)]
            if not isinstance(token, str) or not token:
                raise ValueError("no token")
            view = data.get("view_token")
            if not isinstance(view, str) or not view or view == token:
                view = new_token()  # an access.json from before view links: one is made (and kept below)
                access = Access(token, origins, view)
                self._write(access)
                return access
            return Access(token, origins, view)
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
                json.dump({"token": access.token, "view_token": access.view_token,
                           "allowed_origins": access.allowed_origins}, f, indent=1)
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
