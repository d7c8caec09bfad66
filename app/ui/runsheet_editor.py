"""The producer's run-sheet editor: show details, the item table, totals and the planned end."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractItemModel,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QHelpEvent, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Change
from app.core.runsheet import Item
from app.core.show import planned_end
from app.core.text import fill
from app.studio.compliance import desk_of
from app.studio.desk import DeskStudio
from app.studio.shows import PLATFORMS, platform_name
from app.studio.studio import CommandError
from app.ui.compliance_marks import ComplianceMarks
from app.ui.product_drops import ProductDrops
from app.ui.runsheet_model import COLUMNS, RunSheetModel
from app.ui.subscribe import on_changes

UNSET = QDateTime.fromSecsSinceEpoch(946_684_800)  # 2000-01-01: shown as "not set"


Index = QModelIndex | QPersistentModelIndex


class _TextDelegate(QStyledItemDelegate):
    """Talking points and notes are multi-line: Shift+Enter starts a new line, Enter commits."""

    def __init__(self, multiline: set[int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.multiline = multiline
        self.marks: ComplianceMarks | None = None  # 话术 compliance: tint and tooltip on flagged cells

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if self.marks is not None:
            self.marks.style(option, index)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: Index) -> bool:
        tip = self.marks.tooltip(index) if self.marks is not None and event.type() == QEvent.Type.ToolTip else None
        if tip:
            QToolTip.showText(event.globalPos(), tip, view)
            return True
        return super().helpEvent(event, view, option, index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() not in self.multiline:
            return super().createEditor(parent, option, index)
        editor = QPlainTextEdit(parent)
        editor.installEventFilter(self)  # Tab and Enter commit, as in the one-line cells
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        if isinstance(editor, QPlainTextEdit):
            rect = rect.adjusted(0, 0, 0, max(0, 120 - rect.height()))  # room for a few lines
        editor.setGeometry(rect)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if isinstance(obj, QPlainTextEdit) and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            hints = {Qt.Key.Key_Tab: QAbstractItemDelegate.EndEditHint.EditNextItem,
                     Qt.Key.Key_Backtab: QAbstractItemDelegate.EndEditHint.EditPreviousItem}
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                hints[Qt.Key(event.key())] = QAbstractItemDelegate.EndEditHint.SubmitModelCache
            hint = hints.get(Qt.Key(event.key()))
            if hint is not None:
                self.commitData.emit(obj)
                self.closeEditor.emit(obj, hint)
                return True
        return super().eventFilter(obj, event)


class RunSheetTable(QTableView):
    """Typing fills a row like a spreadsheet: Tab goes to the next cell, Enter to the row below."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            cur = self.currentIndex()
            below = cur.siblingAtRow(cur.row() + 1)
            if below.isValid():
                self.setCurrentIndex(below)


class RunSheetEditor(QWidget):
    message = Signal(str)

    def __init__(self, studio: DeskStudio, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.undo = undo
        self.model = RunSheetModel(studio, undo)
        self.model.edit_refused.connect(self.message)

        form = self._show_form()
        self._build_table()
        buttons = self._buttons(undo)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        studio.show_opened.connect(self._load_show)
        studio.show_closed.connect(self._load_show)
        on_changes(studio, self, Change.SHOW | Change.RUNSHEET | Change.TIMER, self._studio_changed)
        self.model.modelReset.connect(self.update_totals)
        self.model.dataChanged.connect(self.update_totals)
        self._load_show()

    def _show_form(self) -> QFormLayout:
        self.title = QLineEdit()
        self.platform = QComboBox()
        for code in PLATFORMS:
            self.platform.addItem(platform_name(code), code)
        self.host = QLineEdit()
        self.start = QDateTimeEdit()
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start.setCalendarPopup(True)
        # The earliest time stands for "not set", so an unset planned start never reads as a real one.
        self.start.setMinimumDateTime(UNSET)
        self.start.setSpecialValueText(self.tr("not set"))
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
        self.platform.activated.connect(lambda _i: self._save_show("platform", self.platform.currentData()))
        self.start.editingFinished.connect(lambda: self._save_show("planned_start", self._start_value()))
        return form

    def _build_table(self) -> None:
        self.table = RunSheetTable()
        self.table.setModel(self.model)
        fields = [f for f, _h in COLUMNS]
        delegate = _TextDelegate({fields.index("talking_points"), fields.index("notes")}, self)
        desk = desk_of(self.studio)
        if desk is not None:
            delegate.marks = ComplianceMarks(desk.check, [fields.index(f) for f in ("name", "talking_points", "notes")])
        self.table.setItemDelegate(delegate)
        self.product_drops = ProductDrops(self.studio, self)  # rows dragged from the Products tab (#23)
        self.table.viewport().installEventFilter(self.product_drops)
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
        widths = {"name": 220, "cart_no": 50, "sku": 90, "product_id": 150, "list_price": 80, "live_price": 80,
                  "coupon_price": 80, "stock": 60, "planned_min": 60,
                  "talking_points": 320, "notes": 120}
        for col, (field, _h) in enumerate(COLUMNS):
            if field in widths:
                self.table.setColumnWidth(col, widths[field])

    def _buttons(self, undo: QUndoStack) -> QHBoxLayout:
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        buttons = QHBoxLayout()
        self.action_map: dict[str, QAction] = {}
        for key, text, shortcut, slot in [
            ("add", self.tr("Add product"), "Ctrl+N", self.add_item),
            ("remove", self.tr("Remove"), "Del", self.remove_selected),
            ("up", self.tr("Move up"), "Ctrl+Up", lambda: self.move_selected(-1)),
            ("down", self.tr("Move down"), "Ctrl+Down", lambda: self.move_selected(1)),
            ("learn", self.tr("Use past durations"), "", self.apply_learned),
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
        return buttons

    # ---- show details -------------------------------------------------------------------------

    def _studio_changed(self, changes: Change) -> None:
        if Change.SHOW in changes:
            self._load_show()
        else:
            self.update_totals()

    def _load_show(self) -> None:
        info = self.studio.show_info()
        self.setEnabled(info is not None)
        if info is None:
            return
        self.title.setText(info.title)
        self.host.setText(info.host)
        self.platform.setCurrentIndex(PLATFORMS.index(info.platform) if info.platform in PLATFORMS else
                                      PLATFORMS.index("other"))
        self.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(info.planned_start.timestamp()))
                               if info.planned_start else UNSET)
        self.update_totals()

    def _start_value(self) -> datetime | None:
        if self.start.dateTime() <= UNSET:
            return None
        return datetime.fromtimestamp(self.start.dateTime().toSecsSinceEpoch()).replace(second=0)

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
        info = self.studio.show_info()
        if info is None or info.id != show_id:
            return
        old = getattr(info, field)
        if old != value:
            self.undo.push(_EditShow(self, field, old, value))

    def apply_show_field(self, field: str, value: object) -> bool:
        """show.rename or show.update; a refusal goes to the message bar and leaves the form as stored."""
        if isinstance(value, datetime):
            value = value.timestamp()
        cmd = "show.rename" if field == "title" else "show.update"
        try:
            self.studio.execute(cmd, {field: value})
        except CommandError as exc:
            self.message.emit(exc.message)
            self._load_show()
            return False
        return True

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

    def apply_learned(self) -> None:
        """Planned minutes := the median of past shows, for the selected row (or every row with a past), undoable."""
        rows = [i.row() for i in self.table.selectionModel().selectedRows()] or range(len(self.model.items))
        col = next(c for c, (f, _h) in enumerate(COLUMNS) if f == "planned_min")
        changes = [(r, self.model.learned[self.model.items[r].sku].median_min) for r in rows
                   if self.model.items[r].sku in self.model.learned]
        if not changes:
            self.message.emit(self.tr("No past show has these products"))
            return
        self.undo.beginMacro(self.tr("Use past durations"))
        for r, minutes in changes:
            self.model.setData(self.model.index(r, col), f"{minutes:g}")
        self.undo.endMacro()

    def update_totals(self) -> None:
        """The same planned end as the desk and the host view: one computation, in app.core.show."""
        items = self.model.items
        # The state keeps the sum (app.core.show): summing 5,000 items here cost every edit ~1 ms.
        minutes = self.studio.state.planned_sums()[0] / 60
        text = fill(self.tr("%1 items · %2 min"), str(len(items)), f"{minutes:g}")
        end = planned_end(self.studio.state)
        if end is not None:
            text += " · " + fill(self.tr("planned end %1"), datetime.fromtimestamp(end).strftime("%H:%M"))
        else:
            text += " · " + self.tr("no planned start")
        self.totals.setText(text)


class _EditShow(QUndoCommand):
    def __init__(self, editor: RunSheetEditor, field: str, old: object, new: object) -> None:
        super().__init__(editor.tr("Edit show details"))
        self.editor, self.field, self.old, self.new = editor, field, old, new

    def redo(self) -> None:
        if not self.editor.apply_show_field(self.field, self.new):
            self.setObsolete(True)

    def undo(self) -> None:
        self.editor.apply_show_field(self.field, self.old)
