"""What the desk's settings dialogs show of the studio's outside contracts: the LAN access file,
the relay formats and the overlay pages. The ui reaches app/live only through here (DESIGN's layers)."""

from __future__ import annotations

from pathlib import Path

from app.live.access import ACCESS_FILE as ACCESS_FILE
from app.live.access import AccessFile as AccessFile
from app.live.access import normalise_origin as normalise_origin
from app.live.overlay import PAGES as PAGES
from app.live.relays import DEFAULT_URLS as DEFAULT_URLS
from app.live.relays import RelaySpec as RelaySpec


def access_file(data_dir: Path) -> AccessFile:
    """The data dir's token and origins file (re-read when Settings or `livedeck token` changes it)."""
    return AccessFile(data_dir / ACCESS_FILE)


def view_token(data_dir: Path) -> str:
    """The read-only link's token: overlays and the host/view pages only read."""
    return access_file(data_dir).view_token
