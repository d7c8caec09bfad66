"""Issue #13 findings 4 and 8: exports are data, never code; failed exports leave nothing; imports are bounded."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.core.comments import Comment
from app.core.products import ImportFailed
from app.core.runsheet import Item
from app.models.db import open_database
from app.models.store import Store
from app.models.writer import CommentWriter
from app.studio import files
from app.studio.exports import export
from app.studio.files import check_import_bounds, read_products, write_table
from tests.conftest import PYTHON, ROOT

POISON = ["=HYPERLINK(\"http://evil.example\",\"点我\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "#N/A",
          "铃声\x07在这", "正常的评论"]


@pytest.fixture
def show(tmp_path: Path) -> tuple[Store, int]:
    engine = open_database(tmp_path / "data")
    store = Store(engine)
    show_id = store.create_show("导出", items=[Item("=1+1 大衣", "=SKU", 100, 50, 3, 5, "@talk")])
    writer = CommentWriter(engine)
    writer.put(show_id, [Comment("comment", "douyin", f"m{i}", 1_764_000_000.0 + i, f"u{i}", text, text, id=i + 1)
                         for i, text in enumerate(POISON)])
    writer.close()
    return store, show_id


def test_csv_cells_that_look_like_formulas_are_quoted(show: tuple[Store, int], tmp_path: Path) -> None:
    store, show_id = show
    out = tmp_path / "c.csv"
    export(store, show_id, "comments", "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8"), newline="")))
    assert [r["text"] for r in rows] == ["'" + t if t[0] in "=+-@\t\r" else t for t in POISON]
    assert [r["user_name"] for r in rows] == [r["text"] for r in rows]
    export(store, show_id, "runsheet", "csv", out)
    row = next(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8"), newline="")))
    assert (row["name"], row["sku"], row["talking_points"]) == ("'=1+1 大衣", "'=SKU", "'@talk")


def test_xlsx_cells_are_strings_and_control_characters_do_not_break_it(show: tuple[Store, int],
                                                                       tmp_path: Path) -> None:
    store, show_id = show
    out = tmp_path / "c.xlsx"
    export(store, show_id, "comments", "xlsx", out)  # a \x07 in a comment made this fail before
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[1]]
    col = header.index("text")
    cells = [row[col] for row in ws.iter_rows(min_row=2)]
    assert all(c.data_type == "s" for c in cells)  # no formula, no error value
    assert cells[0].value == POISON[0]  # the text itself is kept, as text
    assert "铃声\ufffd在这" in [c.value for c in cells]
    export(store, show_id, "runsheet", "xlsx", out)
    ws = openpyxl.load_workbook(out).active
    assert ws["A2"].value == "=1+1 大衣" and ws["A2"].data_type == "s"


def test_a_failed_export_leaves_no_file_and_keeps_an_old_one(tmp_path: Path) -> None:
    def rows() -> Iterator[dict[str, Any]]:
        yield {"a": 1}
        raise OSError(28, "No space left on device")

    for fmt in ("json", "csv", "xlsx"):
        out = tmp_path / f"x.{fmt}"
        with pytest.raises(OSError):
            write_table(rows(), ["a"], fmt, out)
        assert not out.exists()
        out.write_text("old")
        with pytest.raises(OSError):
            write_table(rows(), ["a"], fmt, out)
        assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.csv", "x.json", "x.xlsx"]  # no temp files


def test_xlsx_splits_sheets_at_excels_row_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "XLSX_MAX_ROWS", 5)  # 4 rows and the header a sheet
    out = tmp_path / "big.xlsx"
    write_table(({"n": i} for i in range(10)), ["n"], "xlsx", out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Sheet", "Sheet (2)", "Sheet (3)"]
    assert [[c.value for c in r] for r in wb["Sheet (3)"].iter_rows()] == [["n"], [8], [9]]
    assert sum(ws.max_row - 1 for ws in wb.worksheets) == 10


def zip_bomb(path: Path, inflated_mb: int) -> None:
    """A valid-looking XLSX whose one sheet unpacks to `inflated_mb` MB of identical rows."""
    src = path.with_name("_bomb_template.xlsx")
    wb = openpyxl.Workbook()
    wb.active.append(["商品名称", "直播价", "库存"])
    wb.save(src)
    try:
        with zipfile.ZipFile(src) as z_in, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z_out:
            for info in z_in.infolist():
                data = z_in.read(info)
                if info.filename == "xl/worksheets/sheet1.xml":
                    row = b'<row><c t="inlineStr"><is><t>bomb</t></is></c><c><v>1</v></c><c><v>1</v></c></row>'
                    head, _, tail = data.partition(b"</sheetData>")
                    head = re.sub(rb"<dimension[^>]*/>", b"", head)  # no size hint: readers must read it all
                    with z_out.open(info.filename, "w", force_zip64=True) as f:
                        f.write(head)
                        chunk = row * 10_000
                        for _ in range(inflated_mb * 1_000_000 // len(chunk)):
                            f.write(chunk)
                        f.write(b"</sheetData>" + tail)
                else:
                    z_out.writestr(info, data)
    finally:
        src.unlink()


def test_imports_are_bounded_before_they_are_read(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    zip_bomb(bomb, 120)
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(ImportFailed, match=r"unpacks to 1[0-9][0-9] MB"):
        read_products(bomb)
    many = tmp_path / "many.csv"
    many.write_text("name,price,stock\n" + "".join(f"p{i},1,1\n" for i in range(10_000)), encoding="utf-8")
    with pytest.raises(ImportFailed, match="more than 10,000 rows"):
        check_import_bounds(many)
    huge = tmp_path / "huge.csv"
    huge.write_bytes(b"name,price\n" + b"x" * 11_000_000)
    with pytest.raises(ImportFailed, match=r"11\.0 MB"):
        read_products(huge)
    ok = tmp_path / "ok.csv"
    ok.write_text("name,price,stock\n" + "".join(f"p{i},1,1\n" for i in range(9_999)), encoding="utf-8")
    check_import_bounds(ok)  # 10,000 rows with the header: fine
    r = subprocess.run([PYTHON, "-m", "app", "import", str(bomb), "--show", "x", "--data-dir", str(tmp_path / "d")],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 2 and "bomb.xlsx:1:" in r.stderr and "unpacks to" in r.stderr


def test_json_export_is_still_json(show: tuple[Store, int], tmp_path: Path) -> None:
    store, show_id = show
    out = tmp_path / "c.json"
    export(store, show_id, "comments", "json", out)
    assert json.loads(out.read_text(encoding="utf-8"))[0]["text"] == POISON[0]
