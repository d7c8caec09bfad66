"""The producer's run-sheet editor: show details, the item table, totals and the planned end."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.runsheet import Item, planned_end
from app.core.text import fill
from app.studio.studio import Studio
from app.ui.runsheet_model import COLUMNS, RunSheetModel

PLATFORMS = ["douyin", "taobao", "kuaishou", "tiktok", "other"]


class RunSheetEditor(QWidget):
    message = Signal(str)

    def __init__(self, studio: Studio, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.undo = undo
        self._planned_start: datetime | None = None
        self.model = RunSheetModel(studio, undo)
        self.model.edit_refused.connect(self.message)

        self.title = QLineEdit()
        self.platform = QComboBox()
        self.platform.addItems(PLATFORMS)
        self.host = QLineEdit()
        self.start = QDateTimeEdit()
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start.setCalendarPopup(True)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.title, 3)
        row.addWidget(QLabel(self.tr("Platform")))
        row.addWidget(self.platform, 1)
        row.addWidget(QLabel(self.tr("Host")))
        row.addWidget(self.host, 1)
        row.addWidget(QLabel(self.tr("Planned start")))
        row.addWidget(self.start, 1)
        form.addRow(self.tr("Show"), row)
        self.title.editingFinished.connect(lambda: self._save_show("title", self.title.text().strip()))
        self.host.editingFinished.connect(lambda: self._save_show("host", self.host.text().strip()))
        self.platform.activated.connect(lambda _i: self._save_show("platform", self.platform.currentText()))
        self.start.editingFinished.connect(
            lambda: self._save_show("planned_start",
                                    datetime.fromtimestamp(self.start.dateTime().toSecsSinceEpoch()).replace(second=0)))

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {"name": 220, "sku": 90, "list_price": 80, "live_price": 80, "stock": 60, "planned_min": 60,
                  "talking_points": 320, "notes": 120}
        for col, (field, _h) in enumerate(COLUMNS):
            if field in widths:
                self.table.setColumnWidth(col, widths[field])

        self.totals = QLabel()
        self.totals.setObjectName("totals")
        buttons = QHBoxLayout()
        self.action_map: dict[str, QAction] = {}
        for key, text, shortcut, slot in [
            ("add", self.tr("Add product"), "Ctrl+N", self.add_item),
            ("remove", self.tr("Remove"), "Del", self.remove_selected),
            ("up", self.tr("Move up"), "Ctrl+Up", lambda: self.move_selected(-1)),
            ("down", self.tr("Move down"), "Ctrl+Down", lambda: self.move_selected(1)),
        ]:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.action_map[key] = action
            btn = QToolButton()
            btn.setDefaultAction(action)
            btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(btn)
        undo_action = undo.createUndoAction(self, self.tr("Undo"))
        redo_action = undo.createRedoAction(self, self.tr("Redo"))
        for a in (undo_action, redo_action):
            btn = QToolButton()
            btn.setDefaultAction(a)
            buttons.addWidget(btn)
        buttons.addStretch(1)
        buttons.addWidget(self.totals)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        studio.show_opened.connect(self._load_show)
        studio.shows_changed.connect(self._load_show)
        studio.state_changed.connect(self.update_totals)
        self.model.modelReset.connect(self.update_totals)
        self.model.dataChanged.connect(self.update_totals)
        self._load_show()

    # ---- show details -------------------------------------------------------------------------

    def _load_show(self) -> None:
        sid = self.studio.show_id
        self.setEnabled(sid is not None)
        if sid is None:
            return
        info = self.studio.store.get_show(sid)
        self._planned_start = info.planned_start
        self.title.setText(info.title)
        self.host.setText(info.host)
        self.platform.setCurrentText(info.platform if info.platform in PLATFORMS else "other")
        self.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(info.planned_start.timestamp()))
                               if info.planned_start else QDateTime.currentDateTime())
        self.update_totals()

    def _save_show(self, field: str, value: object) -> None:
        """An edit of the show's details: saved at once, and undoable like every run-sheet edit."""
        sid = self.studio.show_id
        if sid is None:
            return
        if field == "title" and not value:
            self.message.emit(self.tr("The show title cannot be empty"))
            self._load_show()
            return
        self.edit_show(sid, field, value)

    def edit_show(self, show_id: int, field: str, value: object) -> None:
        old = getattr(self.studio.store.get_show(show_id), field)
        if old != value:
            self.undo.push(_EditShow(self, show_id, field, old, value))

    def apply_show_field(self, show_id: int, field: str, value: object) -> None:
        self.studio.store.update_show(show_id, **{field: value})
        if field == "title" and show_id == self.studio.show_id:
            self.studio.title = str(value)
        self.studio.shows_changed.emit()  # reloads the form and the show list

    # ---- items --------------------------------------------------------------------------------

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_item(self) -> None:
        row = self.selected_row()
        self.model.add_item(Item(name=self.tr("New product")), None if row < 0 else row + 1)
        new_row = len(self.model.items) - 1 if row < 0 else row + 1
        self.table.selectRow(new_row)
        self.table.edit(self.model.index(new_row, 0))

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.model.remove_row(row)

    def move_selected(self, delta: int) -> None:
        row = self.selected_row()
        if row < 0:
            return
        item_id = self.model.items[row].id
        if self.model.move_row(row, row + delta) and item_id is not None:
            self.table.selectRow(self.model.row_of(item_id))

    def update_totals(self) -> None:
        items = self.model.items
        minutes = sum(i.planned_min for i in items)
        start = self._planned_start  # read with the show, not from the database on every change
        if self.studio.state.started_at is not None:
            start = datetime.fromtimestamp(self.studio.state.started_at)
        text = fill(self.tr("%1 items · %2 min"), str(len(items)), f"{minutes:g}")
        if start is not None:
            end = planned_end(start, items)
            assert end is not None
            text += " · " + fill(self.tr("planned end %1"), end.strftime("%H:%M"))
        self.totals.setText(text)


class _EditShow(QUndoCommand):
    def __init__(self, editor: RunSheetEditor, show_id: int, field: str, old: object, new: object) -> None:
        super().__init__(editor.tr("Edit show details"))
        self.editor, self.show_id, self.field, self.old, self.new = editor, show_id, field, old, new

    def redo(self) -> None:
        self.editor.apply_show_field(self.show_id, self.field, self.new)

    def undo(self) -> None:
        self.editor.apply_show_field(self.show_id, self.field, self.old)
