"""Rows of a sheet whose cell cannot be read (issue #17): listed before anything is added, each to
retype or skip. The import's other rows are never held hostage by one bad cell."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.products import ImportReport
from app.core.text import fill, say


def _translate(template: str) -> str:
    return QCoreApplication.translate("Import", template)


class ProblemRowsDialog(QDialog):
    """Rows with a cell that cannot be read: retype the value, or skip the rows. Nothing is added
    to the run-sheet until the user says which."""

    def __init__(self, source: str, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Rows to fix in %1"), source))
        self.report = report
        intro = QLabel(fill(self.tr("%1 products can be imported; %2 rows have a cell that cannot be read. "
                                    "Retype the value, or skip those rows."), len(report.items),
                            len(report.problems)))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Problem"), self.tr("Value")])
        self.cells: list[tuple[int, str]] = []
        for row in report.problems:
            for e in row.errors:
                r = self.table.rowCount()
                self.table.insertRow(r)
                for c, text in enumerate((str(e.line), say(e.message, _translate), e.value)):
                    cell = QTableWidgetItem(text)
                    if c < 2:
                        cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(r, c, cell)
                self.cells.append((e.line, e.field))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, max(220, self.table.columnWidth(2)))  # room to retype the value
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.fix_button = buttons.addButton(self.tr("Import with these values"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = buttons.addButton(self.tr("Skip these rows"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.choice = ""
        self.fix_button.clicked.connect(lambda: self._done("fix"))
        self.skip_button.clicked.connect(lambda: self._done("skip"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def fixes(self) -> dict[tuple[int, str], str]:
        """(line, field) -> the value as retyped (only the cells the user changed)."""
        out = {}
        for r, key in enumerate(self.cells):
            item = self.table.item(r, 2)
            if key[1] and item is not None and item.text().strip():
                out[key] = item.text()
        return out

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()
