"""What the main window's parts (menus, shows) share, declared once so mypy checks each part
against the window it is mixed into."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QDialog, QDockWidget, QListWidget, QTabWidget

    from app.studio.desk import DeskStudio
    from app.ui.commerce_panel import CommercePanel
    from app.ui.host_view import HostView
    from app.ui.operator_panel import OperatorPanel
    from app.ui.runsheet_editor import RunSheetEditor

    _Base = QMainWindow
else:
    _Base = object  # a plain mixin at run time: MainWindow is the one QMainWindow

STATUS_NAMES = {"draft": QT_TRANSLATE_NOOP("MainWindow", "Draft"), "live": QT_TRANSLATE_NOOP("MainWindow", "LIVE"),
                "ended": QT_TRANSLATE_NOOP("MainWindow", "Ended")}


class WindowBase(_Base):
    """The window's widgets and slots that more than one part uses (MainWindow sets them)."""

    studio: DeskStudio
    lang: str
    undo: QUndoStack
    editor: RunSheetEditor
    operator: OperatorPanel
    commerce: CommercePanel
    host_view: HostView
    tabs: QTabWidget
    show_list: QListWidget
    shows_dock: QDockWidget
    last_dialog: QDialog | None
    overlay_access: tuple[int, bool, str | None] | None  # port, LAN, token (set by the app)
    language_requested: Any  # a Signal(str) on MainWindow

    if TYPE_CHECKING:
        def show_message(self, text: str) -> None: ...
        def plural(self, which: str, n: int) -> str: ...
        def show_host_view(self) -> None: ...
        def host_view_full_screen(self) -> None: ...
        def _host_on(self, screen: Any) -> None: ...
        def _update_pages(self) -> None: ...
        def new_show(self) -> None: ...
        def rename_show(self) -> None: ...
        def duplicate_show(self) -> None: ...
        def delete_show(self) -> None: ...
        def import_products(self, path: str | None = None, sheet: str | None = None,
                            header_row: int | None = None) -> None: ...
        def export_runsheet(self, path: str | None = None) -> None: ...
