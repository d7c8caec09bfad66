"""The run-sheet as a Qt table model. Every edit is a QUndoCommand and is saved at once."""

from __future__ import annotations

import re
from collections.abc import Sequence
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
from PySide6.QtGui import QBrush, QColor, QFont, QUndoStack

from app.core.changes import Change
from app.core.runsheet import Item, format_cues, format_price, parse_cues, parse_price
from app.core.show import Segment
from app.core.text import fill
from app.studio.desk import DeskStudio
from app.studio.review import past_durations
from app.studio.runsheet_cmds import MAX_STOCK
from app.ui.commands import run_command
from app.ui.runsheet_undo import PRICES, AddItems, EditItem, MoveItem, RemoveItem
from app.ui.subscribe import on_changes

MIME = "application/x-livedeck-item"
Index = QModelIndex | QPersistentModelIndex


def _t(text: str, n: int = -1) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("RunSheetModel", …)."""
    return QCoreApplication.translate("RunSheetModel", text, None, n)


# (field, header) — headers are translated when shown.
_COLUMNS = [
    ("name", QT_TRANSLATE_NOOP("RunSheetModel", "Product")),
    ("cart_no", QT_TRANSLATE_NOOP("RunSheetModel", "Link")),  # the cart number viewers say: "3号链接"
    ("sku", QT_TRANSLATE_NOOP("RunSheetModel", "SKU")),
    ("product_id", QT_TRANSLATE_NOOP("RunSheetModel", "Product ID")),
    ("list_price", QT_TRANSLATE_NOOP("RunSheetModel", "List price")),
    ("live_price", QT_TRANSLATE_NOOP("RunSheetModel", "Live price")),
    ("coupon_price", QT_TRANSLATE_NOOP("RunSheetModel", "After coupon")),  # 券后价, said beside the live price
    ("stock", QT_TRANSLATE_NOOP("RunSheetModel", "Stock")),
    ("planned_min", QT_TRANSLATE_NOOP("RunSheetModel", "Minutes")),
    ("talking_points", QT_TRANSLATE_NOOP("RunSheetModel", "Talking points")),
    ("notes", QT_TRANSLATE_NOOP("RunSheetModel", "Notes")), ("cues", QT_TRANSLATE_NOOP("RunSheetModel", "Cues")),
]
COLUMNS: list[tuple[str, str]] = [(field, str(header)) for field, header in _COLUMNS]


def parse_field(field: str, text: Any) -> Any:
    """Turn what the producer typed into the stored value; ValueError says why it is refused."""
    if field == "coupon_price" and not str(text).strip():
        return 0  # no coupon
    if field in PRICES:
        try:
            return parse_price(text)
        except ValueError:
            raise ValueError(QCoreApplication.translate(
                "RunSheetModel", "A price is a number of yuan from 0 to 10,000,000, like 99 or 99.50")) from None
    if field == "stock":
        if not str(text).strip():
            return None  # blank: the stock is not known (0 would say sold out)
        try:
            value = int(str(text).strip())
        except ValueError:
            raise ValueError(QCoreApplication.translate("RunSheetModel", "Stock must be a whole number")) from None
        if not 0 <= value <= MAX_STOCK:
            raise ValueError(QCoreApplication.translate("RunSheetModel", "Stock must be 0 to 1,000,000,000"))
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
        try:
            return parse_cues(str(text))
        except ValueError:
            raise ValueError(QCoreApplication.translate(
                "RunSheetModel", "A cue is minutes:seconds and text, like “3:00 口播优惠券”; separate cues with ;")) \
                from None
    if field == "cart_no":
        cart = str(text).strip().removesuffix("号链接").removesuffix("号")
        if cart and not re.fullmatch(r"\d{1,4}(/\d{1,4})*", cart):
            raise ValueError(QCoreApplication.translate(
                "RunSheetModel", "A link is the cart number, like 4 or 8/9 for one product on two links"))
        return cart
    if field == "product_id":
        pid = str(text).strip()
        if pid and not pid.isdigit():
            raise ValueError(QCoreApplication.translate("RunSheetModel", "A product ID is digits only"))
        return pid
    if field == "name" and not str(text).strip():
        raise ValueError(QCoreApplication.translate("RunSheetModel", "The product name cannot be empty"))
    return str(text).strip()


class RunSheetModel(QAbstractTableModel):
    """Rows are the Studio's run-sheet. An edit runs a command through the undo stack; the model then
    follows the Studio's change: changed rows repaint in place, so the editor keeps its cell and
    selection; only an insert, removal or move changes the rows."""

    edit_refused = Signal(str)

    def __init__(self, studio: DeskStudio, undo: QUndoStack) -> None:
        super().__init__()
        self.studio = studio
        self.undo = undo
        self.items: list[Item] = []
        self._segments: list[Segment] = []  # what `items` were made from (the state's, shared)
        self.learned: dict[str, Any] = {}  # SKU → Learned: how long it took in past shows (#11)
        self.move_refused = False
        studio.show_opened.connect(self.reload)
        studio.show_closed.connect(self.reload)
        on_changes(studio, self, Change.RUNSHEET, self._studio_changed)  # the clock's changes show nowhere here
        on_changes(studio, self, Change.SHOW, lambda _changes: self._forget_marks())
        self._marks_of: object = None  # the state `_position` was computed from (None: compute again)
        self._position = self._shown = self._live_marks()  # _shown: the marks the rows were last repainted for
        self.reload()

    # ---- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        self._forget_marks()
        self.beginResetModel()
        self._segments = list(self.studio.state.segments)
        self.items = self.studio.runsheet_items()
        self.learned = past_durations(self.studio) if self.items else {}
        self.endResetModel()

    def _studio_changed(self, _changes: Change) -> None:
        self._forget_marks()  # a second desk folds events into the same state object: the flags tell
        new = self._fresh_items()
        if [i.id for i in new] != [i.id for i in self.items]:
            self.beginResetModel()
            self.items = new
            self.endResetModel()
            return
        old, self.items = self.items, new
        for row, (a, b) in enumerate(zip(old, new, strict=True)):
            if a is not b and a != b:  # most items are the same objects: no field-by-field compare
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        shown, self._shown = self._shown, self._marks()  # a paint may have read the new marks already
        if shown != self._shown and self.items:  # the ▶/✓ marks follow the show: one repaint
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(COLUMNS) - 1))

    def _fresh_items(self) -> list[Item]:
        """The run-sheet's items, converting only the segments that are new objects: an edit replaces
        the segment it changes (ShowState.own_segment) and shares the rest, so an edit of one item on
        a 5,000-item show converts one, not 5,000."""
        segments, old = list(self.studio.state.segments), self._segments
        if len(segments) != len(old) or len(old) != len(self.items):
            self._segments = segments
            return self.studio.runsheet_items()
        self._segments = segments
        return [item if seg is was else seg.to_item() for seg, was, item in zip(segments, old, self.items, strict=True)]

    def _live_marks(self) -> tuple[str, int | None, int | None, frozenset[int]]:
        """What the rows' live marks depend on (see _live_position). Finding "next" scans every item."""
        st = self.studio.state
        nxt = st.next if st.status == "live" else None
        return st.status, st.current_id, nxt.item_id if nxt else None, frozenset(st.done)

    def _marks(self) -> tuple[str, int | None, int | None, frozenset[int]]:
        """The live marks, computed once per state: every painted cell asks (on a 5,000-item show a
        scan per cell cost ~90 ms of GUI thread per edit). A new state object (a Studio command) or a
        RUNSHEET/SHOW change (a second desk's in-place fold) computes them again."""
        st = self.studio.state
        if self._marks_of is not st:
            self._marks_of, self._position = st, self._live_marks()
        return self._position

    def _forget_marks(self) -> None:
        self._marks_of = None

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
        """'done', 'current', 'next' or '' for how a row stands in a live show (a revisit keeps ✓)."""
        status, current_id, next_id, done = self._marks()
        if status != "live":
            return ""
        item_id = self.items[row].id
        if item_id == current_id:
            return "current"
        if item_id in done:
            return "done"
        return "next" if item_id is not None and item_id == next_id else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        field = COLUMNS[index.column()][0]
        value = getattr(item, field)
        if role == Qt.ItemDataRole.DisplayRole:
            if field in PRICES:
                return format_price(value) if value or field != "coupon_price" else ""
            if field == "planned_min":
                past = self.learned.get(item.sku)
                return f"{value:g}" if past is None else f"{value:g}  ({past.median_min:g}·{past.shows})"
            if field == "cues":
                return format_cues(value)
            if field in ("talking_points", "notes"):
                return str(value).replace("\n", " ")
            return "" if value is None else str(value)  # a stock not known is a blank cell
        if role == Qt.ItemDataRole.EditRole:
            if field in PRICES:
                return f"{value / 100:.2f}" if value or field != "coupon_price" else ""
            if field == "cues":
                return format_cues(value)
            if field == "planned_min":
                return f"{value:g}"
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and field == "planned_min" and item.sku in self.learned:
            past = self.learned[item.sku]
            return fill(QCoreApplication.translate("RunSheetModel", "Past shows: median %1 min over %2 shows"),
                        f"{past.median_min:g}", past.shows)
        if role == Qt.ItemDataRole.ToolTipRole and field in ("talking_points", "notes", "cues", "name"):
            return format_cues(value) if field == "cues" else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in (*PRICES, "stock", "planned_min"):
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
        self.undo.push(EditItem(self, item.id, field, old, new))
        edited = self.items[index.row()]
        if field in ("list_price", "live_price") and edited.list_price and edited.live_price >= edited.list_price:
            # A warning, not a block: some rooms do sell at the list price.
            self.edit_refused.emit(QCoreApplication.translate(
                "RunSheetModel", "Note: the live price is not below the list price"))
        return True

    def add_item(self, item: Item, position: int | None = None) -> None:
        assert self.studio.show_id is not None
        self.undo.push(AddItems(self, [item], position))

    def add_items(self, items: list[Item]) -> None:
        """An import: one undo step for the whole batch."""
        text = QCoreApplication.translate("RunSheetModel", "Import %n products", None, len(items))
        self.undo.push(AddItems(self, items, None, text))

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.items):
            item_id = self.items[row].id
            assert item_id is not None
            self.undo.push(RemoveItem(self, item_id))

    def move_row(self, row: int, to_row: int) -> bool:
        if not (0 <= row < len(self.items) and 0 <= to_row < len(self.items)) or row == to_row:
            return False
        item_id = self.items[row].id
        assert item_id is not None
        self.move_refused = False
        self.undo.push(MoveItem(self, item_id, row, to_row))  # Qt deletes it at once if refused
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

    # ---- the commands the undo steps run ---------------------------------------------------------

    def run(self, cmd: str, args: dict[str, Any]) -> dict[str, Any] | None:
        return run_command(self.studio, cmd, args, self.edit_refused.emit)

    def header_of(self, field: str) -> str:
        return _t(dict(COLUMNS)[field])

    def row_of(self, item_id: int) -> int:
        return next((r for r, it in enumerate(self.items) if it.id == item_id), -1)
