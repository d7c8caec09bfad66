"""The one typed protocol the desks (MainWindow and its panels) use: a Studio on this machine or
a RemoteStudio on a second desk. These are exactly the members app/ui reads and calls; every
change still goes through `execute` (the state parts are read-only here, so mypy refuses a write)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, SignalInstance

from app.core.clock import Clock
from app.core.comments import Comment
from app.core.runsheet import Item, ShowInfo
from app.core.show import ShowState
from app.live.relays import RelayManager
from app.live.speech import Speaker
from app.studio.feed import CommentFeed

if TYPE_CHECKING:
    from app.studio.remote import RemoteStudio
    from app.studio.studio import Studio

T = TypeVar("T", bound=QObject)


class DeskStudio(Protocol):
    # ---- signals: views subscribe to `changed` (a Change, app.core.changes) for the parts they read
    @property
    def changed(self) -> SignalInstance: ...
    @property
    def tick(self) -> SignalInstance: ...            # the clock's repaint while live (no state changed)
    @property
    def show_opened(self) -> SignalInstance: ...
    @property
    def show_closed(self) -> SignalInstance: ...
    @property
    def shows_changed(self) -> SignalInstance: ...
    @property
    def runsheet_changed(self) -> SignalInstance: ...

    # ---- state parts, read only
    @property
    def state(self) -> ShowState: ...
    @property
    def show_id(self) -> int | None: ...
    @property
    def title(self) -> str: ...
    @property
    def clock(self) -> Clock: ...
    @property
    def feed(self) -> CommentFeed | None: ...
    @property
    def speaker(self) -> Speaker | None: ...
    @property
    def relays(self) -> RelayManager | None: ...
    @property
    def views(self) -> dict[str, Callable[[float], Any]]: ...

    # ---- commands and reads
    def execute(self, cmd: str, args: dict[str, Any] | None = None) -> dict[str, Any]: ...
    def snapshot(self, now: float | None = None) -> dict[str, Any]: ...
    def show_info(self) -> ShowInfo | None: ...
    def list_shows(self) -> list[ShowInfo]: ...
    def get_show(self, show_id: int) -> ShowInfo: ...
    def runsheet_items(self) -> list[Item]: ...
    def user_comments(self, show_id: int, platform: str, user_id: str, limit: int = 500) -> list[Comment]: ...
    def feed_stats(self) -> dict[str, Any]: ...
    def say(self, text: str, priority: int = ...) -> bool: ...
    def findChild(self, type: type[T], /, name: str = ...,
                  options: Qt.FindChildOption = ...) -> T | None: ...  # the Studio's desks (polls, questions)


if TYPE_CHECKING:
    def _both_studios_are_desks(local: Studio, remote: RemoteStudio) -> list[DeskStudio]:
        """mypy checks here that the Studio and the second desk's RemoteStudio satisfy the protocol."""
        return [local, remote]
