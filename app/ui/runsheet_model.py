"""The run-sheet as a Qt table model. Every edit is a QUndoCommand and is saved at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand, QUndoStack

from app.core.runsheet import Item, format_cues, format_price, parse_cues, parse_price
from app.core.text import fill
from app.studio.studio import CommandError, Studio

MIME = "application/x-livedeck-item"
Index = QModelIndex | QPersistentModelIndex


def _t(text: str, n: int = -1) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("RunSheetModel", …)."""
    return QCoreApplication.translate("RunSheetModel", text, None, n)


# (field, header) — headers are translated when shown.
_COLUMNS = [
    ("name", QT_TRANSLATE_NOOP("RunSheetModel", "Product")), ("sku", QT_TRANSLATE_NOOP("RunSheetModel", "SKU")),
    ("list_price", QT_TRANSLATE_NOOP("RunSheetModel", "List price")),
    ("live_price", QT_TRANSLATE_NOOP("RunSheetModel", "Live price")),
    ("stock", QT_TRANSLATE_NOOP("RunSheetModel", "Stock")),
    ("planned_min", QT_TRANSLATE_NOOP("RunSheetModel", "Minutes")),
    ("talking_points", QT_TRANSLATE_NOOP("RunSheetModel", "Talking points")),
    ("notes", QT_TRANSLATE_NOOP("RunSheetModel", "Notes")), ("cues", QT_TRANSLATE_NOOP("RunSheetModel", "Cues")),
]
COLUMNS: list[tuple[str, str]] = [(field, str(header)) for field, header in _COLUMNS]


def parse_field(field: str, text: Any) -> Any:
    """Turn what the producer typed into the stored value; ValueError says why it is refused."""
    if field in ("list_price", "live_price"):
        return parse_price(text)
    if field == "stock":
        try:
            value = int(str(text).strip())
        except ValueError:
            raise ValueError(QCoreApplication.translate("RunSheetModel", "Stock must be a whole number")) from None
        if value < 0:
            raise ValueError(QCoreApplication.translate("RunSheetModel", "Stock cannot be negative"))
        return value
    if field == "planned_min":
        try:
            minutes = float(str(text).strip())
        except ValueError:
            raise ValueError(QCoreApplication.translate("RunSheetModel", "Minutes must be a number")) from None
        if not 0 < minutes <= 600:
            raise ValueError(QCoreApplication.translate("RunSheetModel", "Minutes must be between 0 and 600"))
        return minutes
    if field == "cues":
        return parse_cues(str(text))
    if field == "name" and not str(text).strip():
        raise ValueError(QCoreApplication.translate("RunSheetModel", "The product name cannot be empty"))
    return str(text).strip()


class RunSheetModel(QAbstractTableModel):
    edit_refused = Signal(str)

    def __init__(self, studio: Studio, undo: QUndoStack) -> None:
        super().__init__()
        self.studio = studio
        self.undo = undo
        self.items: list[Item] = []
        self.move_refused = False
        studio.show_opened.connect(self.reload)
        studio.runsheet_changed.connect(self.reload)
        studio.state_changed.connect(self._state_changed)
        self.reload()

    # ---- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        sid = self.studio.show_id
        self.items = self.studio.store.items(sid) if sid is not None else []
        self.endResetModel()

    def _state_changed(self) -> None:
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _t(COLUMNS[section][1])
        return str(section + 1)

    def _live_position(self, row: int) -> str:
        """'done', 'current', 'next' or '' for how a row stands in a live show."""
        st = self.studio.state
        if st.status != "live" or st.current_index is None:
            return ""
        ids = [s.item_id for s in st.segments]
        item_id = self.items[row].id
        if item_id not in ids:
            return ""
        pos, cur = ids.index(item_id), st.current_index
        return "done" if pos < cur else "current" if pos == cur else "next" if pos == cur + 1 else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        field = COLUMNS[index.column()][0]
        value = getattr(item, field)
        if role == Qt.ItemDataRole.DisplayRole:
            if field in ("list_price", "live_price"):
                return format_price(value)
            if field == "planned_min":
                return f"{value:g}"
            if field == "cues":
                return format_cues(value)
            if field in ("talking_points", "notes"):
                return str(value).replace("\n", " ")
            return str(value)
        if role == Qt.ItemDataRole.EditRole:
            if field in ("list_price", "live_price"):
                return f"{value / 100:.2f}"
            if field == "cues":
                return format_cues(value)
            if field == "planned_min":
                return f"{value:g}"
            return str(value)
        if role == Qt.ItemDataRole.ToolTipRole and field in ("talking_points", "notes", "cues", "name"):
            return format_cues(value) if field == "cues" else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in ("list_price", "live_price", "stock",
                                                                     "planned_min"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        position = self._live_position(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and position == "current":
            return QBrush(QColor("#fff1c2"))
        if role == Qt.ItemDataRole.ForegroundRole and position == "done":
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.FontRole and position == "current":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        if self.studio.state.status == "ended":
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._live_position(index.row()) not in ("done", "current"):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # ---- editing (each through the undo stack) ------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self.items[index.row()]
        field = COLUMNS[index.column()][0]
        try:
            new = parse_field(field, value)
        except ValueError as exc:
            self.edit_refused.emit(str(exc))
            return False
        old = getattr(item, field)
        if new == old:
            return False
        assert item.id is not None
        self.undo.push(_EditItem(self, item.id, field, old, new))
        return True

    def add_item(self, item: Item, position: int | None = None) -> None:
        assert self.studio.show_id is not None
        self.undo.push(_AddItems(self, [item], position))

    def add_items(self, items: list[Item]) -> None:
        """An import: one undo step for the whole batch."""
        text = QCoreApplication.translate("RunSheetModel", "Import %n products", None, len(items))
        self.undo.push(_AddItems(self, items, None, text))

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.items):
            if self._live_position(row) in ("done", "current"):
                self.edit_refused.emit(
                    QCoreApplication.translate("RunSheetModel", "Items already on air cannot be removed"))
                return
            item_id = self.items[row].id
            assert item_id is not None
            self.undo.push(_RemoveItem(self, item_id))

    def move_row(self, row: int, to_row: int) -> bool:
        if not (0 <= row < len(self.items) and 0 <= to_row < len(self.items)) or row == to_row:
            return False
        item_id = self.items[row].id
        assert item_id is not None
        self.move_refused = False
        self.undo.push(_MoveItem(self, item_id, row, to_row))  # Qt deletes it at once if refused
        return not self.move_refused

    # ---- drag and drop --------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, QByteArray(str(rows[0]).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        source = int(bytes(data.data(MIME).data()).decode())
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        target = row - 1 if source < row else row
        target = max(0, min(target, len(self.items) - 1))
        # The move is done here; returning False stops the view from also removing the source row.
        self.move_row(source, target)
        return False

    # ---- primitives the undo commands call ------------------------------------------------------

    def _notify(self, item_id: int | None = None) -> None:
        self.studio.runsheet_edited(item_id)

    def _set_field(self, item_id: int, field: str, value: Any) -> None:
        self.studio.store.update_item(item_id, **{field: value})
        for row, item in enumerate(self.items):
            if item.id == item_id:
                self.items[row] = replace(item, **{field: value})
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self._notify(item_id)

    def _reload_after(self, fn: Callable[[], Any]) -> Any:
        result = fn()
        self.reload()
        self._notify()
        return result

    def row_of(self, item_id: int) -> int:
        return next((r for r, it in enumerate(self.items) if it.id == item_id), -1)


class _EditItem(QUndoCommand):
    def __init__(self, model: RunSheetModel, item_id: int, field: str, old: Any, new: Any) -> None:
        header = _t(dict(COLUMNS)[field])
        super().__init__(fill(QCoreApplication.translate("RunSheetModel", "Edit %1"), header))
        self.model, self.item_id, self.field, self.old, self.new = model, item_id, field, old, new

    def redo(self) -> None:
        self.model._set_field(self.item_id, self.field, self.new)

    def undo(self) -> None:
        self.model._set_field(self.item_id, self.field, self.old)


class _AddItems(QUndoCommand):
    def __init__(self, model: RunSheetModel, items: list[Item], position: int | None, text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("RunSheetModel", "Add product"))
        self.model, self.items, self.position = model, items, position
        self.ids: list[int] = []

    def redo(self) -> None:
        store, sid = self.model.studio.store, self.model.studio.show_id
        assert sid is not None
        # After an undo, put the same rows back under the same ids.
        items = [replace(it, id=i) for it, i in zip(self.items, self.ids, strict=True)] if self.ids else self.items

        def add() -> list[int]:
            if self.position is not None and len(items) == 1:
                return [store.add_item(sid, items[0], self.position)]
            return store.add_items(sid, items)

        self.ids = self.model._reload_after(add)

    def undo(self) -> None:
        store = self.model.studio.store
        self.model._reload_after(lambda: [store.remove_item(i) for i in self.ids])


class _RemoveItem(QUndoCommand):
    def __init__(self, model: RunSheetModel, item_id: int) -> None:
        super().__init__(QCoreApplication.translate("RunSheetModel", "Remove product"))
        self.model, self.item_id = model, item_id
        self.item: Item | None = None
        self.position = 0

    def redo(self) -> None:
        self.item, self.position = self.model._reload_after(lambda: self.model.studio.store.remove_item(self.item_id))

    def undo(self) -> None:
        assert self.item is not None
        sid = self.model.studio.show_id
        assert sid is not None
        item = self.item
        self.model._reload_after(lambda: self.model.studio.store.add_item(sid, item, self.position))


class _MoveItem(QUndoCommand):
    """Goes through the Studio's runsheet.move, so a live show records it as an event (and refuses
    moving what is already on air); undo is the inverse move, recorded the same way."""

    def __init__(self, model: RunSheetModel, item_id: int, src: int, dst: int) -> None:
        super().__init__(QCoreApplication.translate("RunSheetModel", "Move product"))
        self.model, self.item_id, self.src, self.dst = model, item_id, src, dst

    def _move(self, to_index: int) -> None:
        try:
            self.model.studio.execute("runsheet.move", {"item_id": self.item_id, "to_index": to_index})
        except CommandError as exc:
            self.model.edit_refused.emit(exc.message)
            self.model.move_refused = True
            self.setObsolete(True)

    def redo(self) -> None:
        self._move(self.dst)

    def undo(self) -> None:
        self._move(self.src)
