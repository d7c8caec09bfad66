"""A view subscribes to the change flags it reads (app.core.changes) and skips every other change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.core.changes import Change
from app.studio.desk import DeskStudio


class Subscription(QObject):
    """A child of the view: Qt drops it, and so its connection, with the view (a language switch
    rebuilds the window while the Studio lives on)."""

    def __init__(self, flags: Change, slot: Callable[[Change], object], view: QObject) -> None:
        super().__init__(view)
        self.flags, self.slot = flags, slot

    def on_changed(self, changes: Change) -> None:
        if changes & self.flags:
            self.slot(changes)


def subscribe(studio: DeskStudio, view: QObject, flags: Change, slot: Callable[[], object]) -> None:
    """Call `slot()` after a command that changed any of `flags`."""
    on_changes(studio, view, flags, lambda _changes: slot())


def on_changes(studio: DeskStudio, view: QObject, flags: Change, slot: Callable[[Change], object]) -> None:
    """Call `slot(changes)` after a command that changed any of `flags`: for a view that does less
    for some of them."""
    studio.changed.connect(Subscription(flags, slot, view).on_changed)
