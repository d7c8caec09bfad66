"""The main window's show list, demo, import and export (a part of MainWindow)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QListWidgetItem, QMessageBox

from app.core.products import ImportFailed, ImportReport
from app.core.runsheet import ShowInfo
from app.core.text import fill
from app.studio.demo import DEMO_TITLE, demo_items
from app.studio.files import RUNSHEET_COLUMNS, runsheet_rows, write_table
from app.studio.runsheet_cmds import item_args
from app.studio.tasks import run_in_thread
from app.ui.column_mapping import ImportReportDialog, SheetImport, translate_import
from app.ui.commands import run_command
from app.ui.cue_prompt import offer_presets, presets_of, remember_presets
from app.ui.window_base import STATUS_NAMES, WindowBase
from app.ui.window_widgets import ImportErrorsDialog


class WindowShows(WindowBase):
    """Opening, creating, renaming, copying and deleting shows; product sheets in, the run-sheet out."""

    sheet_import: SheetImport

    def open_demo(self) -> None:
        """The demo show, through the same commands a user would give (created on first use)."""
        existing = next((s for s in self.studio.list_shows() if s.title == DEMO_TITLE and s.status != "ended"), None)
        if existing is not None:
            self.open_show(existing.id)
            return
        start = (datetime.now() + timedelta(minutes=10)).replace(second=0, microsecond=0)
        created = self.run("show.create", {"title": DEMO_TITLE, "planned_start": start.timestamp()})
        if created:
            self.open_show(created["show_id"])
            self.run("runsheet.add_many", {"items": [item_args(i) for i in demo_items()]})

    def import_as_new_show(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import products"), "",
                                              self.tr("Product sheets (*.csv *.xlsx)"))
        if not path:
            return
        created = self.run("show.create", {"title": Path(path).stem})
        if created:
            self.open_show(created["show_id"])
            self.import_products(path)


    # ---- shows --------------------------------------------------------------------------------------

    def reload_shows(self) -> None:
        self.show_list.clear()
        for info in self.studio.list_shows():
            status = self.tr(str(STATUS_NAMES.get(info.status, info.status)))
            count = self.plural("items", info.items)
            item = QListWidgetItem(f"{info.title}\n  {status} · {count}")
            item.setToolTip(info.title)  # the narrow list cuts long titles
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.show_list.addItem(item)
            if info.id == self.studio.show_id:
                self.show_list.setCurrentItem(item)

    def _selected_show(self) -> ShowInfo | None:
        item = self.show_list.currentItem()
        return None if item is None else self.studio.get_show(int(item.data(Qt.ItemDataRole.UserRole)))

    def _open_selected(self, item: QListWidgetItem) -> None:
        self.open_show(int(item.data(Qt.ItemDataRole.UserRole)))

    def open_show(self, show_id: int) -> None:
        if show_id == self.studio.show_id:
            return
        if self.studio.state.status == "live":
            answer = QMessageBox.question(self, self.tr("Show is live"),
                                          self.tr("The open show is live. Switch to another show anyway? "
                                                  "It stays live and reopens where it stands."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.undo.clear()
        self.run("show.open", {"show_id": show_id})

    def run(self, cmd: str, args: dict[str, Any] | None = None) -> dict[str, Any] | None:
        """A Studio command from a menu; a refusal is shown where the user looks, never raised."""
        return run_command(self.studio, cmd, args, self.show_message)

    def _show_opened(self, show_id: int) -> None:
        offer_presets(self.operator.host_text, presets_of(show_id))
        self.setWindowTitle(f"LiveDeck — {self.studio.title}")
        self.reload_shows()
        self._update_pages()

    def new_show(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New show"), self.tr("Title:"))
        if ok and title.strip():
            created = self.run("show.create", {"title": title.strip()})
            if created:
                self.open_show(created["show_id"])

    def rename_show(self) -> None:
        info = self._selected_show()
        if info is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename show"), self.tr("Title:"), text=info.title)
        if ok and title.strip():
            self.editor.edit_show(info.id, "title", title.strip())  # one path, and undoable

    def duplicate_show(self) -> None:
        info = self._selected_show()
        if info is None:
            return
        copied = self.run("show.duplicate", {"show_id": info.id})
        if copied:
            self.open_show(copied["show_id"])

    def delete_show(self) -> None:
        info = self._selected_show()
        if info is None:
            return
        show_id = info.id
        if info.status == "live":
            self.show_message(self.tr("A live show cannot be deleted; end it first"))
            return
        answer = QMessageBox.question(
            self, self.tr("Delete show"),
            fill(self.tr("Delete “%1” with its run-sheet, events and comments? This cannot be undone."), info.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        was_open = show_id == self.studio.show_id
        if self.run("show.delete", {"show_id": show_id}) is None:
            return
        if was_open:
            self.undo.clear()
            remaining = self.studio.list_shows()
            if remaining:
                self.run("show.open", {"show_id": remaining[-1].id})

    # ---- import / export (file work runs off the GUI thread) ----------------------------------------

    def import_products(self, path: str | None = None, sheet: str | None = None, header_row: int | None = None
                        ) -> None:
        if self.studio.show_id is None:
            self.show_message(self.tr("Open or create a show first"))
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import products"), "",
                                                  self.tr("Product sheets (*.csv *.xlsx *.xls *.xlsb *.ods)"))
        if not path:
            return
        file = Path(path)
        self.show_message(fill(self.tr("Reading %1…"), file.name))
        # asks for unknown columns and for rows that cannot be read, then reports per row
        self.sheet_import = SheetImport(self, file, sheet=sheet, header_row=header_row)
        self.sheet_import.finished.connect(lambda report, err: self._imported(file, report, err))
        self.sheet_import.start()

    def _imported(self, file: Path, report: ImportReport | None, error: BaseException | None) -> None:
        if isinstance(error, ImportFailed):
            self.last_dialog = ImportErrorsDialog(file.name, error.lines(translate_import), self)
            self.last_dialog.open()
            self.show_message(self.plural("bad_rows", len(error.errors)))
            return
        if error is not None:
            QMessageBox.warning(self, self.tr("Import failed"), f"{file.name}: {error}")
            return
        if report is None:
            return  # the column dialog was cancelled
        items = report.items
        self.editor.model.add_items(items)
        if report.phrases and self.studio.show_id is not None:  # the phrase sheet: host-message presets
            remember_presets(self.studio.show_id, [text for _word, text in report.phrases])
            offer_presets(self.operator.host_text, presets_of(self.studio.show_id))
        self.show_message(self.plural("imported", len(items)))
        if report.skipped or report.warnings() or report.other_sheets or report.loud:
            sheets = [report.sheet, *report.other_sheets] if report.sheet or report.other_sheets else []
            dialog = ImportReportDialog(file.name, report, self, sheets)
            count = self.undo.count()

            def again(sheet: str, header: int) -> None:  # the import just made is undone first
                if self.undo.count() == count and self.undo.index() == count:
                    self.undo.undo()
                self.import_products(str(file), sheet or None, header or None)

            dialog.reread.connect(again)
            self.last_dialog = dialog
            dialog.open()

    def export_runsheet(self, path: str | None = None) -> None:
        if self.studio.show_id is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export run-sheet"), f"{self.studio.title}.xlsx",
                                                  self.tr("Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)"))
        if not path:
            return
        out = Path(path)
        fmt = out.suffix.lower().lstrip(".") or "xlsx"
        rows = runsheet_rows(self.editor.model.items)
        run_in_thread(lambda: write_table(rows, RUNSHEET_COLUMNS, fmt, out),
                      lambda _r, err: self.show_message(
                          str(err) if err else fill(self.tr("Exported to %1"), str(out))))

