"""Importing a product sheet from the UI: the column-mapping dialog and the import's report.

A sheet whose headers LiveDeck does not know (or only partly) opens a dialog: one row per header,
each mapped to a field or ignored. The choice is remembered per header set (QSettings), so the
team's next sheet of the same layout imports without asking. Reading runs off the GUI thread.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.products import FIELDS, REQUIRED, ImportReport, NoHeader, field_for, header_key
from app.core.text import fill
from app.studio.files import import_sheet
from app.studio.tasks import run_in_thread
from app.ui.import_problems import ProblemRowsDialog

FIELD_NAMES = {
    "run_order": QT_TRANSLATE_NOOP("ColumnMapping", "Run order (排序)"),
    "cart_no": QT_TRANSLATE_NOOP("ColumnMapping", "Cart link number (链接号)"),
    "product_id": QT_TRANSLATE_NOOP("ColumnMapping", "Product ID (商品ID)"),
    "sku": QT_TRANSLATE_NOOP("ColumnMapping", "SKU (货号)"),
    "name": QT_TRANSLATE_NOOP("ColumnMapping", "Product title (商品标题)"),
    "spec": QT_TRANSLATE_NOOP("ColumnMapping", "Spec (规格)"),
    "list_price": QT_TRANSLATE_NOOP("ColumnMapping", "List price (日常价)"),
    "live_price": QT_TRANSLATE_NOOP("ColumnMapping", "Live price (直播价)"),
    "offer": QT_TRANSLATE_NOOP("ColumnMapping", "Offer (福利机制)"),
    "stock": QT_TRANSLATE_NOOP("ColumnMapping", "Stock (库存)"),
    "commission": QT_TRANSLATE_NOOP("ColumnMapping", "Commission (佣金)"),
    "role": QT_TRANSLATE_NOOP("ColumnMapping", "Role (款式定位)"),
    "timing": QT_TRANSLATE_NOOP("ColumnMapping", "Minutes (讲解时长)"),
    "slot": QT_TRANSLATE_NOOP("ColumnMapping", "Time slot or start (时间段)"),
    "slot_end": QT_TRANSLATE_NOOP("ColumnMapping", "End time (结束时间)"),
    "talking_points": QT_TRANSLATE_NOOP("ColumnMapping", "Talking points (卖点)"),
    "notes": QT_TRANSLATE_NOOP("ColumnMapping", "Notes (备注)"),
    "link": QT_TRANSLATE_NOOP("ColumnMapping", "Product URL"),
    "cues": QT_TRANSLATE_NOOP("ColumnMapping", "Cues (提示)"),
    "coupon_price": QT_TRANSLATE_NOOP("ColumnMapping", "After-coupon price (券后价)"),
    "coupon": QT_TRANSLATE_NOOP("ColumnMapping", "Coupon (优惠券, said in the notes)"),
    "status": QT_TRANSLATE_NOOP("ColumnMapping", "Status (状态)"),
    "image": QT_TRANSLATE_NOOP("ColumnMapping", "Image (商品封面)"),
    "fee": QT_TRANSLATE_NOOP("ColumnMapping", "Fee (服务费 / 坑位费)"),
}
SETTINGS_GROUP = "import_mappings"



def translate_import(template: str) -> str:
    return QCoreApplication.translate("Import", template)


def header_set_key(headers: Sequence[str]) -> str:
    """The same columns in any order are the same layout."""
    keys = sorted({header_key(h) for h in headers if header_key(h)})
    return hashlib.sha1("\n".join(keys).encode("utf-8")).hexdigest()[:16]


def remembered_mapping(headers: Sequence[str], settings: QSettings | None = None) -> dict[str, str] | None:
    settings = settings or QSettings("LiveDeck", "LiveDeck")
    raw = settings.value(f"{SETTINGS_GROUP}/{header_set_key(headers)}", "")
    try:
        value = json.loads(str(raw)) if raw else None
    except ValueError:
        return None
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else None


def remember_mapping(headers: Sequence[str], mapping: dict[str, str], settings: QSettings | None = None) -> None:
    settings = settings or QSettings("LiveDeck", "LiveDeck")
    settings.setValue(f"{SETTINGS_GROUP}/{header_set_key(headers)}", json.dumps(mapping, ensure_ascii=False))


class ColumnMappingDialog(QDialog):
    """One combo box per header: which field it is, or ignored."""

    def __init__(self, source: str, headers: Sequence[str], current: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which column is what?"))
        self.headers = [h for h in headers if h]
        intro = QLabel(fill(self.tr("%1 has columns LiveDeck does not know. Say what each one is; "
                                    "the choice is remembered for sheets with the same columns."), source))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for h in self.headers:
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for f in FIELDS:
                combo.addItem(QCoreApplication.translate("ColumnMapping", str(FIELD_NAMES[f])), f)
            guess = (current or {}).get(h, field_for(h) or "")
            combo.setCurrentIndex(max(0, combo.findData(guess)))
            combo.currentIndexChanged.connect(self._check)
            self.combos[h] = combo
            form.addRow(h, combo)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #e03131;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(460, 520)
        self._check()

    def mapping(self) -> dict[str, str]:
        return {h: str(c.currentData() or "") for h, c in self.combos.items()}

    def _check(self) -> None:
        chosen = [f for f in self.mapping().values() if f]
        if REQUIRED not in chosen:
            text = self.tr("Choose the product title column.")
        elif len(chosen) != len(set(chosen)):
            text = self.tr("Each field can be chosen for one column only.")
        else:
            text = ""
        self.problem.setText(text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not text)


class ImportReportDialog(QDialog):
    """What the import did per row: skipped rows with why, warnings, other sheets; and the way to
    read another sheet or header row of the same file instead."""

    reread = Signal(str, int)  # sheet, header line (0: let the importer choose)

    def __init__(self, source: str, report: ImportReport, parent: QWidget | None = None,
                 sheets: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Imported %1"), source))
        summary = QLabel(fill(self.tr("%1 products imported, %2 rows skipped, %3 warnings."), len(report.items),
                              len(report.skipped), len(report.warnings())))
        self.text = QPlainTextEdit("\n".join(report.lines(translate_import)))
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.text, 1)
        if len(sheets) > 1 or report.header_line:
            choose = QHBoxLayout()
            self.sheet_box = QComboBox()
            self.sheet_box.addItems(list(sheets))
            self.sheet_box.setCurrentText(report.sheet)
            self.header_box = QSpinBox()
            self.header_box.setRange(0, 40)
            self.header_box.setSpecialValueText(self.tr("auto"))
            self.header_box.setValue(report.header_line)
            again = QPushButton(self.tr("Import this instead"))
            again.clicked.connect(self._reread)
            choose.addWidget(QLabel(self.tr("Sheet")))
            choose.addWidget(self.sheet_box, 1)
            choose.addWidget(QLabel(self.tr("Header row")))
            choose.addWidget(self.header_box)
            choose.addWidget(again)
            layout.addLayout(choose)
        layout.addWidget(buttons)
        self.resize(720, 460)

    def _reread(self) -> None:
        self.reread.emit(self.sheet_box.currentText(), self.header_box.value())
        self.accept()


class SheetImport(QObject):
    """Read a sheet off the GUI thread; ask for the columns when needed; report once, at the end."""

    finished = Signal(object, object)  # ImportReport | None, BaseException | None

    def __init__(self, parent: QWidget, path: Path, settings: QSettings | None = None, sheet: str | None = None,
                 header_row: int | None = None) -> None:
        super().__init__(parent)
        self.window = parent
        self.path = path
        self.settings = settings
        self.dialog: ColumnMappingDialog | None = None
        self.problems: ProblemRowsDialog | None = None
        self._asked = False
        self.sheet = sheet
        self.header_row = header_row
        self.mapping: dict[str, str] | None = None

    def start(self, mapping: dict[str, str] | None = None, fixes: dict[tuple[int, str], str] | None = None) -> None:
        self.mapping = mapping if mapping is not None else getattr(self, "mapping", None)
        sheet, header = self.sheet, self.header_row
        run_in_thread(lambda: import_sheet(self.path, self.mapping, sheet, header, fixes), self._read)

    def _read(self, report: ImportReport | None, error: BaseException | None) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed while the sheet was read
        if isinstance(error, NoHeader) and error.candidates and not self._asked:
            self._ask(error.candidates, None)
            return
        if error is not None or report is None:
            self.finished.emit(None, error)
            return
        if report.unknown_headers and not self._asked:
            headers = [h for h in report.headers if h]
            saved = remembered_mapping(headers, self.settings)
            if saved is None:
                current = {report.headers[pos]: f for pos, f in report.columns.items()}
                self._ask(headers, current)
            else:
                self._asked = True
                self.start(saved)
            return
        if report.problems:
            self._fix_or_skip(report)
            return
        self.finished.emit(report, None)

    def _fix_or_skip(self, report: ImportReport) -> None:
        self.problems = ProblemRowsDialog(self.path.name, report, self.window)

        def done(result: int) -> None:
            assert self.problems is not None
            if result != QDialog.DialogCode.Accepted:
                self.finished.emit(None, None)
            elif self.problems.choice == "fix" and self.problems.fixes():
                self.start(fixes=self.problems.fixes())
            else:
                for row in report.problems:  # skipped by the user: said in the report
                    row.status, row.reason = "skipped", fill("%1 (%2)", row.reason, "skipped by you")
                self.finished.emit(report, None)

        self.problems.finished.connect(done)
        self.problems.open()

    def _ask(self, headers: list[str], current: dict[str, str] | None) -> None:
        self._asked = True
        saved = remembered_mapping(headers, self.settings)
        if saved is not None:
            self.start(saved)
            return
        self.dialog = ColumnMappingDialog(self.path.name, headers, current, self.window)

        def done(result: int) -> None:
            assert self.dialog is not None
            if result != QDialog.DialogCode.Accepted:
                self.finished.emit(None, None)  # cancelled: nothing imported, nothing to say
                return
            mapping = self.dialog.mapping()
            remember_mapping(headers, mapping, self.settings)
            self.start(mapping)

        self.dialog.finished.connect(done)
        self.dialog.open()
