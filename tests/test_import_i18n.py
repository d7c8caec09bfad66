"""Import row errors, skip reasons and warnings: English in `livedeck import`, Chinese in the app.

The importer (app.core, no Qt) builds them as Notes: a template with %1 placeholders and its
parts. The CLI prints str() (the documented English); the dialogs translate the template."""

import ast
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from app.core.products import ImportFailed, parse_table
from app.core.text import fill
from app.studio.files import import_sheet
from app.studio.studio import Studio
from app.ui.column_mapping import ImportReportDialog, ProblemRowsDialog, translate_import
from app.ui.i18n import Translations
from app.ui.import_messages import IMPORT_MESSAGES
from app.ui.main_window import MainWindow
from tests.conftest import ROOT


@pytest.fixture
def chinese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    t = Translations(qapp)
    assert t.install("zh_CN")
    yield
    t.install("none")


@pytest.fixture
def zh_window(qtbot, studio: Studio, chinese: None) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(studio, "zh_CN")
    qtbot.addWidget(w)
    w.show()
    return w


def test_rows_that_cannot_be_read_are_offered_to_fix_or_skip_in_chinese(
        zh_window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "products.csv"
    bad.write_text("name,price,stock\nok,1,1\nbad,abc,1\nalso,1,-3\n", encoding="utf-8")
    before = len(zh_window.studio.runsheet_items())
    zh_window.import_products(str(bad))
    qtbot.waitUntil(lambda: isinstance(zh_window.sheet_import.problems, ProblemRowsDialog), timeout=5000)
    dialog = zh_window.sheet_import.problems
    assert dialog is not None
    rows = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    assert rows == [["3", "价格“abc”不是数字", "abc"], ["4", "库存“-3”不是整数", "-3"]]
    assert len(zh_window.studio.runsheet_items()) == before  # nothing added before the user says how
    dialog.table.item(0, 2).setText("12.5")  # retyped; the other row is skipped after the second read
    dialog.fix_button.click()
    qtbot.waitUntil(lambda: zh_window.sheet_import.problems is not dialog, timeout=5000)
    second = zh_window.sheet_import.problems
    assert second is not None and second.table.rowCount() == 1
    second.skip_button.click()
    qtbot.waitUntil(lambda: len(zh_window.studio.runsheet_items()) == before + 2, timeout=5000)
    assert [(i.name, i.live_price) for i in zh_window.studio.runsheet_items()[before:]] == [("ok", 100),
                                                                                          ("bad", 1250)]


def test_import_report_says_skipped_rows_and_warnings_in_chinese(zh_window: MainWindow, tmp_path: Path,
                                                                 qtbot) -> None:  # type: ignore[no-untyped-def]
    sheet = tmp_path / "warn.csv"
    sheet.write_text("商品名称,直播价,库存\n开场,,\n杯子,¥259（券后219）,售罄\n合计,,\n", encoding="utf-8")
    zh_window.import_products(str(sheet))
    qtbot.waitUntil(lambda: isinstance(zh_window.last_dialog, ImportReportDialog), timeout=5000)
    dialog = zh_window.last_dialog
    assert isinstance(dialog, ImportReportDialog)
    assert dialog.text.toPlainText().splitlines() == [
        "第 2 行：跳过：开场环节，不是商品",
        "第 3 行：提醒：库存“售罄”：记为 0",
        "第 4 行：跳过：合计行，不是商品",
    ]
    dialog.close()


def test_a_message_inside_a_message_is_translated_too(tmp_path: Path, chinese: None) -> None:
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["只是说明"])
    book.create_sheet("商品").append(["foo", "bar"])
    path = tmp_path / "two.xlsx"
    book.save(path)
    with pytest.raises(ImportFailed) as err:
        import_sheet(path)
    assert str(err.value).startswith('two.xlsx:1: sheet "说明": no header row with a product title column')
    assert err.value.lines(translate_import)[0].startswith("two.xlsx 第 1 行：工作表“说明”：前几行里没有")


def test_parts_that_look_like_placeholders_stay_as_written() -> None:
    with pytest.raises(ImportFailed) as err:
        parse_table([(1, ["name", "stock"]), (2, ["x", "%1"])], source="p.csv")
    assert str(err.value) == 'p.csv:2: stock "%1" is not a whole number'
    assert fill("%1:%2: %3", "a.csv", 3, "%2") == "a.csv:3: %2"


def _templates(tree: ast.AST) -> Iterator[str | tuple[str]]:
    """First arguments of note(...), BadValue(...) and files.fail(...): a literal template (also via a
    variable or either side of `a if c else b`), the literal tail of `what + '…'` (as a 1-tuple), or
    the source of anything else (an f-string: never marked). A parameter passed on is checked at the
    callers."""
    literals = {t.id: n.value.value for n in ast.walk(tree) if isinstance(n, ast.Assign)
                for t in n.targets if isinstance(t, ast.Name) and isinstance(n.value, ast.Constant)}
    params = {a.arg for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) for a in f.args.args}

    def one(arg: ast.expr) -> Iterator[str | tuple[str]]:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            yield arg.value
        elif isinstance(arg, ast.IfExp):
            yield from one(arg.body)
            yield from one(arg.orelse)
        elif isinstance(arg, ast.Name) and arg.id in literals:
            yield str(literals[arg.id])
        elif isinstance(arg, ast.BinOp) and isinstance(arg.right, ast.Constant):
            yield (str(arg.right.value),)
        elif not (isinstance(arg, ast.Name) and arg.id in params):
            yield ast.unparse(arg)

    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.args and \
                call.func.id in ("note", "BadValue", "fail"):
            yield from one(call.args[0])


def test_every_import_message_is_marked_for_translation() -> None:
    """A template built in app.core or app.studio.files that lupdate never sees stays English in the app."""
    sources = [*(ROOT / "app" / "core").glob("*.py"), ROOT / "app" / "studio" / "files.py"]
    found = [t for p in sources for t in _templates(ast.parse(p.read_text(encoding="utf-8")))]
    assert len(found) > 40
    marked = set(IMPORT_MESSAGES)
    missing = [t for t in found if (t not in marked if isinstance(t, str)
                                    else not any(m.endswith(t[0]) for m in marked))]
    assert missing == []


def test_a_refused_console_export_is_explained_in_chinese(zh_window: MainWindow, tmp_path: Path) -> None:
    from app.studio.sales import read_console_export
    from app.ui.sales_panel import SalesPanel

    bad = tmp_path / "console.csv"
    bad.write_text("商品名称,成交件数\n羊毛大衣,3\n", encoding="utf-8")
    with pytest.raises(ValueError) as err:
        read_console_export(bad)
    assert "no product ID column" in str(err.value)  # the English stays for logs and scripts
    panel = zh_window.findChild(SalesPanel)
    assert panel is not None
    shown: list[str] = []
    panel.message.connect(shown.append)
    panel._console_read(bad, None, err.value)
    assert shown and "商品ID" in shown[-1] and "no product ID" not in shown[-1]
