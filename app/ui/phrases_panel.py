"""The 话术 panel on the desk: the lines for the item on air (its own first, then the general ones),
filled from the live state, in the segment's group; Enter puts the selected line on the host view
(asking first when it has a blocking word). Lines are added one by one, pasted many at once
("【逼单】…" picks the kind) or read from a sheet's 话术 column; Move up / Move down (Alt+↑ / Alt+↓)
put the strongest line first within its kind (the list runs 开场 → 下播, the item's own lines before
the general ones, so a line moves only among those); each change is one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QKeyEvent, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import phrases as ph
from app.core.changes import Change
from app.core.text import fill
from app.studio.compliance import desk_of, hit_tip
from app.studio.desk import DeskStudio
from app.studio.files import read_sheets
from app.studio.phrases import PhraseDesk, phrase_desk
from app.studio.studio import CommandError
from app.studio.tasks import run_in_thread
from app.ui.compliance_marks import BLOCK_COLOUR, WARN_COLOUR, confirm_for_host
from app.ui.subscribe import subscribe


class Inverse(QUndoCommand):
    """A command whose reply names its inverse (`undo`: [cmd, args]); redo after undo runs the inverse's."""

    def __init__(self, run: Any, text: str, cmd: str, args: dict[str, Any]) -> None:
        super().__init__(text)
        self.run, self.cmd, self.args = run, cmd, args
        self.inverse: list[Any] | None = None

    def redo(self) -> None:
        reply = self.run(self.cmd, self.args)
        self.inverse = reply.get("undo") if reply else None

    def undo(self) -> None:
        if self.inverse:
            reply = self.run(*self.inverse)
            if reply and reply.get("undo"):  # redo runs what undoes the undo (ids stay the same)
                self.cmd, self.args = reply["undo"]


class PhrasesPanel(QWidget):
    def __init__(self, studio: DeskStudio, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio, self.undo = studio, undo
        self.desk: PhraseDesk = phrase_desk(studio)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for k in ph.KINDS:
            self.kind.addItem(k, k)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.setToolTip(self.tr("The script group this item uses (Enter switches it)"))
        self.group.lineEdit().returnPressed.connect(self.switch_group)  # type: ignore[union-attr]
        self.group.activated.connect(lambda _i: self.switch_group())
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _i: self.to_host())
        for key in ("Delete", "Backspace"):
            sc = QShortcut(QKeySequence(key), self.list)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(self.remove_selected)
        self.list.installEventFilter(self)
        self.list.currentRowChanged.connect(lambda _r: self._enable_moves())
        self.values = QLabel()
        self.values.setWordWrap(True)
        self.move_up_button = QPushButton(self.tr("Move up"))
        self.move_up_button.setToolTip(self.tr("Put the selected line before the one above it (Alt+Up)"))
        self.move_up_button.clicked.connect(lambda: self.move_selected(-1))
        self.move_down_button = QPushButton(self.tr("Move down"))
        self.move_down_button.setToolTip(self.tr("Put the selected line after the one below it (Alt+Down)"))
        self.move_down_button.clicked.connect(lambda: self.move_selected(1))
        moves = QHBoxLayout()
        moves.addWidget(self.move_up_button)
        moves.addWidget(self.move_down_button)
        moves.addStretch(1)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("To host"), self.to_host), (self.tr("Add…"), self.add_one),
                           (self.tr("Paste many…"), self.paste_many), (self.tr("From a sheet…"), self.from_sheet)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(QLabel(self.tr("Group")))
        top.addWidget(self.group, 1)
        v = QVBoxLayout(self)
        v.addLayout(top)
        v.addWidget(self.list, 1)
        v.addLayout(moves)
        v.addWidget(self.values)
        v.addLayout(buttons)
        self.desk.changed.connect(self.refresh)
        subscribe(studio, self, Change.RUNSHEET | Change.PHRASES | Change.SALE | Change.COUPONS | Change.SHOW,
                  self.refresh)
        self.refresh()

    def run(self, cmd: str, args: dict[str, Any]) -> dict[str, Any] | None:
        try:
            return self.studio.execute(cmd, args)
        except CommandError as exc:
            self.values.setText(exc.message)
            return None

    def _push(self, text: str, cmd: str, args: dict[str, Any]) -> None:
        self.undo.push(Inverse(self.run, text, cmd, args))

    def item_id(self) -> int | None:
        st = self.studio.state
        return st.current_id if st.current_id is not None else (st.segments[0].item_id if st.segments else None)

    def refresh(self) -> None:
        item = self.item_id()
        values = self.desk.values()
        kind = self.kind.currentData()
        check = desk_of(self.studio)
        keep = self.selected_id()  # a line moved or edited stays selected
        self.list.clear()
        for p in self.desk.for_item(item):
            if kind and p.kind != kind:
                continue
            text = ph.fill(p.text, values)
            row = QListWidgetItem(f"【{p.kind}】{text}")
            row.setData(Qt.ItemDataRole.UserRole, p.id)
            hits = check.check(text) if check is not None else []
            if hits:
                row.setBackground(QBrush(BLOCK_COLOUR if any(h.severity == "block" for h in hits) else WARN_COLOUR))
                row.setToolTip(hit_tip(text, hits))
            self.list.addItem(row)
            if p.id == keep:
                self.list.setCurrentItem(row)
        groups = ph.groups(self.desk.phrases)
        current = self.desk.group_of(item)
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItems(groups or [""])
        self.group.setCurrentText(current)
        self.group.blockSignals(False)
        self.values.setText("  ".join(f"{{{k}}} {v}" for k, v in values.items()))
        self._enable_moves()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up / Alt+Down on the list move the selected line (the keyboard's Move up / Move down)."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() == Qt.KeyboardModifier.AltModifier \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def _block(self) -> tuple[list[int], int]:
        """The lines shown that the selected one can move among (its kind, and its product's own or the
        general ones: the order the list sorts by first), and its place among them (-1: none selected)."""
        pid = self.selected_id()
        shown = {p.id: p for p in self.desk.for_item(self.item_id())}
        me = shown.get(pid) if pid is not None else None
        if me is None:
            return [], -1
        rows = [int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]
        block = [i for i in rows if i in shown and shown[i].kind == me.kind
                 and (shown[i].product_key == "") == (me.product_key == "")]
        return block, block.index(me.id)

    def _enable_moves(self) -> None:
        block, at = self._block()
        self.move_up_button.setEnabled(at > 0)
        self.move_down_button.setEnabled(0 <= at < len(block) - 1)

    def move_selected(self, step: int) -> None:
        """The selected line one place up (-1) or down (1) among its block, as one `phrases.order`."""
        block, at = self._block()
        to = at + step
        if at < 0 or not 0 <= to < len(block):
            return
        pid = block[at]
        block[at], block[to] = block[to], block[at]
        self._push(self.tr("Move a script line"), "phrases.order", {"ids": block})
        self._select(pid)

    def _select(self, phrase_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == phrase_id:
                self.list.setCurrentRow(i)
        self._enable_moves()

    def switch_group(self) -> None:
        item = self.item_id()
        if item is not None and self.group.currentText().strip() != self.desk.group_of(item):
            self._push(self.tr("Switch script group"), "phrases.group",
                       {"item_id": item, "group": self.group.currentText().strip()})

    def selected_id(self) -> int | None:
        row = self.list.currentItem()
        return None if row is None else int(row.data(Qt.ItemDataRole.UserRole))

    def to_host(self) -> None:
        pid = self.selected_id()
        phrase = next((p for p in self.desk.phrases if p.id == pid), None)
        if phrase is None:
            return
        if confirm_for_host(self, self.studio, ph.fill(phrase.text, self.desk.values())):
            self.run("phrases.show", {"id": phrase.id})

    def _target(self) -> dict[str, Any]:
        """New lines belong to the item on air's product and the group shown."""
        return {"product_key": self.desk.item_key(self.item_id()), "group": self.group.currentText().strip()}

    def add_one(self) -> None:
        label = fill(self.tr("The line (variables: %1)"), " ".join(f"{{{v}}}" for v in ph.VARIABLES))
        text, ok = QInputDialog.getText(self, self.tr("Add a line"), label)
        if ok and text.strip():
            kind = self.kind.currentData() or "展示"
            self._push(self.tr("Add a script line"), "phrases.add", {"kind": kind, "text": text, **self._target()})

    def paste_many(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Paste many lines"),
                                                 self.tr("One line each; 【逼单】 in front sets the kind"))
        if ok and text.strip():
            self._push(self.tr("Paste script lines"), "phrases.add_many",
                       {"text": text, "kind": self.kind.currentData() or "展示", **self._target()})

    def from_sheet(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Script lines from a sheet"), "",
                                                  self.tr("Sheets (*.xlsx *.xls *.csv *.ods)"))
        if not path:
            return
        file = Path(path)

        def read() -> list[str]:
            for _name, rows in read_sheets(file):
                lines, _header = ph.column_lines([r for _line, r in rows])
                if lines:
                    return lines
            return []

        run_in_thread(read, self._sheet_read)

    def _sheet_read(self, lines: Any, error: BaseException | None) -> None:
        if error is not None or not lines:
            self.values.setText(QCoreApplication.translate("PhrasesPanel", "No 话术 (script) column in that file")
                                if error is None else str(error))
            return
        self._push(self.tr("Script lines from a sheet"), "phrases.add_many",
                   {"lines": lines, "kind": self.kind.currentData() or "展示", "group": self._target()["group"]})
        self.values.setText(fill(self.tr("%1 lines added"), len(lines)))

    def remove_selected(self) -> None:
        pid = self.selected_id()
        if pid is not None:
            self._push(self.tr("Remove a script line"), "phrases.remove", {"ids": [pid]})
