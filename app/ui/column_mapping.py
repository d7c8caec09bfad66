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
from app.ui.import_messages_r12b import MORE_IMPORT_MESSAGES
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

# The import's words: app.core and app.studio.files build them as Notes (template + parts, English
# by str() for `livedeck import`); lupdate extracts them here and the dialogs translate them.
IMPORT_MESSAGES = (
    QT_TRANSLATE_NOOP("Import", 'sheet "%1", header on line %2'),
    QT_TRANSLATE_NOOP("Import", 'sheet "%1" skipped: not the product list'),
    QT_TRANSLATE_NOOP("Import", "columns not used: %1"),
    QT_TRANSLATE_NOOP("Import", "%1: skipped: %2"),
    QT_TRANSLATE_NOOP("Import", "%1: imported (%2): %3"),
    QT_TRANSLATE_NOOP("Import", "%1: warning: %2"),
    QT_TRANSLATE_NOOP("Import", "the header repeated"),
    QT_TRANSLATE_NOOP("Import", "a totals row, not a product"),
    QT_TRANSLATE_NOOP("Import", "hidden in the sheet (a filter or hidden rows); not read"),
    QT_TRANSLATE_NOOP("Import", "the stock of some specs is not known: the item's stock is left empty, not their sum"),
    QT_TRANSLATE_NOOP("Import", "%1 is a formula with no saved result: open and save the file in Excel/WPS, then "
                                "import again"),
    QT_TRANSLATE_NOOP("Import", '%1 cells of sheet "%2" are formulas with no saved result: open and save the file '
                                "in Excel/WPS, then import again"),
    QT_TRANSLATE_NOOP("Import", "a %1 segment, not a product"),
    QT_TRANSLATE_NOOP("Import", "a note, not a product (under the table)"),
    QT_TRANSLATE_NOOP("Import", "a note, not a product"),
    QT_TRANSLATE_NOOP("Import", "no product title"),
    QT_TRANSLATE_NOOP("Import", "no product in this slot (%1)"),
    QT_TRANSLATE_NOOP("Import", "返场, revisit of line %1"),
    QT_TRANSLATE_NOOP("Import", "返场"),
    QT_TRANSLATE_NOOP("Import", "pulled (已撤品): kept on the sheet, not to be sold; %1"),
    QT_TRANSLATE_NOOP("Import", "pulled (已撤品): kept on the sheet, not to be sold"),
    QT_TRANSLATE_NOOP("Import", "another spec of line %1, folded into it"),
    QT_TRANSLATE_NOOP("Import", 'price "%1" left empty'),
    QT_TRANSLATE_NOOP("Import", 'stock "%1": 0'),
    QT_TRANSLATE_NOOP("Import", 'stock "%1" is not a number; left empty'),
    QT_TRANSLATE_NOOP("Import", 'stock "%1" is per spec; %2 (the sum) used'),
    QT_TRANSLATE_NOOP("Import", 'cart number "%1" is not a number like 3 or 8/9'),
    QT_TRANSLATE_NOOP("Import", "product ID '%1' looks rounded by a spreadsheet; copy it again from the platform console"),  # noqa: E501
    QT_TRANSLATE_NOOP("Import", 'product ID "%1" is not a number; left empty'),
    QT_TRANSLATE_NOOP("Import", '返场 of "%1", which is not earlier on this sheet'),
    QT_TRANSLATE_NOOP("Import", 'list price "%1": %2 used (the lowest)'),
    QT_TRANSLATE_NOOP("Import", 'live price "%1": %2 used (the lowest)'),
    QT_TRANSLATE_NOOP("Import", "the live price is above the list price"),
    QT_TRANSLATE_NOOP("Import", 'minutes "%1" is not a duration; %2 kept'),
    QT_TRANSLATE_NOOP("Import", 'minutes "%1" must be between %2 and %3; %4 kept'),
    QT_TRANSLATE_NOOP("Import", "product ID %1 taken from the product link"),
    QT_TRANSLATE_NOOP("Import", 'commission "%1" is not a rate'),
    QT_TRANSLATE_NOOP("Import", "%1 is longer than %2 characters; cut"),
    QT_TRANSLATE_NOOP("Import", 'cue "%1" is not "M:SS text"'),
    # Real errors that refuse the file (`livedeck import` prints the English; the dialog translates)
    QT_TRANSLATE_NOOP("Import", "%1:%2: %3"),
    QT_TRANSLATE_NOOP("Import", 'price "%1" is not a number'),
    QT_TRANSLATE_NOOP("Import", 'price "%1" must be zero or more'),
    QT_TRANSLATE_NOOP("Import", 'price "%1" is above %2 yuan'),
    QT_TRANSLATE_NOOP("Import", 'stock "%1" is not a whole number below %2'),
    QT_TRANSLATE_NOOP("Import", 'stock "%1" is not a whole number of zero or more'),
    QT_TRANSLATE_NOOP("Import", 'stock "%1" is not a whole number'),
    QT_TRANSLATE_NOOP("Import", "no header row with a product title column (商品标题 / 商品名称 / 品名 / name) in the "
                                "first rows; the likeliest header reads %1 (the app maps such columns by hand)"),
    QT_TRANSLATE_NOOP("Import", "no header row with a product title column (商品标题 / 商品名称 / 品名 / name) in the "
                                "first rows"),
    QT_TRANSLATE_NOOP("Import", "no products under the header"),
    QT_TRANSLATE_NOOP("Import", 'sheet "%1": %2'),
    QT_TRANSLATE_NOOP("Import", "file is empty"),
    QT_TRANSLATE_NOOP("Import", "file is neither UTF-8 nor GB18030 text"),
    QT_TRANSLATE_NOOP("Import", "more than %1 rows"),
    QT_TRANSLATE_NOOP("Import", "not a readable XLSX workbook (%1)"),
    QT_TRANSLATE_NOOP("Import", 'sheet "%1" has more than %2 rows'),
    QT_TRANSLATE_NOOP("Import", "cannot read the file (%1)"),
    QT_TRANSLATE_NOOP("Import", "the file is %1 MB; sheets up to %2 MB are imported"),
    QT_TRANSLATE_NOOP("Import", "the workbook unpacks to %1 MB in %2 parts; up to %3 MB are imported"),
    QT_TRANSLATE_NOOP("Import", "sheet %1 has more than %2 rows; split it"),
    QT_TRANSLATE_NOOP("Import", "the file has more than %1 rows; split it"),
    QT_TRANSLATE_NOOP("Import", "no product ID column (商品ID) in the console export"),
    QT_TRANSLATE_NOOP("Import", "the file is empty"),
    QT_TRANSLATE_NOOP("Import", "%1 (and %2 more sheets without product IDs)"),
    # issue #17: choosing the sheet, value rules, the plan and phrase sheets
    QT_TRANSLATE_NOOP("Import", "product ID %1 taken from line %2 (the same product)"),
    QT_TRANSLATE_NOOP("Import", '%1 "%2": no row with cart number %3 above; left empty'),
    QT_TRANSLATE_NOOP("Import", '%1 "%2": taken from line %3'),
    QT_TRANSLATE_NOOP("Import", '%1 "%2": taken from the row above'),
    QT_TRANSLATE_NOOP("Import", 'stock "%1": unlimited; left empty'),
    QT_TRANSLATE_NOOP("Import", 'stock "%1": %2 used (a guess)'),
    QT_TRANSLATE_NOOP("Import", 'sheet "%1": SKU detail, %2 products in %3 SKU rows, %4 joined to the product list'),
    QT_TRANSLATE_NOOP("Import", 'sheet "%1": %2 known columns, header on line %3, scored %4 against %5; not the '
                                "product list (use --sheet to choose it)"),
    QT_TRANSLATE_NOOP("Import", 'sheet "%1": the marketing plan, %2 timed cues (福袋 / 发券 / 秒杀)'),
    QT_TRANSLATE_NOOP("Import", 'sheet "%1": the phrase list, %2 host-message presets'),
    QT_TRANSLATE_NOOP("Import", "plan line %1 (%2) is a cue of %3 at %4"),
    QT_TRANSLATE_NOOP("Import", 'sheet "%1": %2 known columns, %3 product rows (chosen)'),
    QT_TRANSLATE_NOOP("Import", "no price column found: every price is 0.00; map the price column or fix the header"),
    QT_TRANSLATE_NOOP("Import", "no stock column found: the stock of every product is left empty (not known)"),
    QT_TRANSLATE_NOOP("Import", 'sheet "%1": no header found; not read'),
    QT_TRANSLATE_NOOP("Import", "sheets read: %1"),
    QT_TRANSLATE_NOOP("Import", 'no sheet "%1" (the sheets: %2)'),
    QT_TRANSLATE_NOOP("Import", 'unknown file type "%1" (use .csv, .xlsx, .xls, .xlsb or .ods)'),
    QT_TRANSLATE_NOOP("Import", "not a readable workbook (%1)"),
    QT_TRANSLATE_NOOP("Import", 'sheet "%1" declares %2 rows and %3 columns; refused'),
    QT_TRANSLATE_NOOP("Import", "warning: %1"),
    QT_TRANSLATE_NOOP("Import", "%1: cannot be read: %2"),
    QT_TRANSLATE_NOOP("Import", "a template row (Mandatory / Optional), not a product"),
    QT_TRANSLATE_NOOP("Import", "this looks like a post-show console export (%1 …), not a run-sheet: for sales "
                                "figures use the Sales tab's console import"),
    QT_TRANSLATE_NOOP("Import", "a description row under the header, not a product"),
    QT_TRANSLATE_NOOP("Import", 'link "%1" has no address (a hyperlink this file format does not keep?); left empty'),
    QT_TRANSLATE_NOOP("Import", 'price "%1" is a promotion, not a price'),
    QT_TRANSLATE_NOOP("Import", 'cue "%1" is more than %2 hours into the product; left out'),
    QT_TRANSLATE_NOOP("Import", 'cue "%1…" is longer than %2 characters; cut'),
    QT_TRANSLATE_NOOP("Import", "an Excel 2003 XML file named .xls: open it in Excel or WPS and save it as .xlsx"),
    QT_TRANSLATE_NOOP("Import", 'sheet "%1" is hidden in the workbook; read because no visible sheet has products'),
    QT_TRANSLATE_NOOP("Import", 'sheet "%1" is hidden in the workbook; not read (use --sheet to choose it)'),
    QT_TRANSLATE_NOOP("Import", "a web page (HTML) named .xls with no table in it: open it in Excel or WPS and save it "
                                "as .xlsx"),
    QT_TRANSLATE_NOOP("Import", 'status "%1" is not a status the import knows; kept on sale'),
    QT_TRANSLATE_NOOP("Import", 'price "%1" is not set yet; type the price the host says'),
    QT_TRANSLATE_NOOP("Import", "this spec costs %1, the one on line %2 %3: the lowest is the live price; each spec's "
                                "price is in the notes"),
    QT_TRANSLATE_NOOP("Import", 'minutes "%1" read as %2 minutes (minutes:seconds, not hours:minutes)'),
    *MORE_IMPORT_MESSAGES,
)


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
