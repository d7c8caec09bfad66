"""Peak memory of importing a zip-bomb XLSX and of exporting many comments as XLSX.

    .venv/bin/python benchmarks/files_memory.py bomb [--inflated-mb 200]
    .venv/bin/python benchmarks/files_memory.py export [--comments 100000] [--format xlsx|csv|json]

`bomb` builds a product sheet whose one worksheet unpacks to --inflated-mb MB of identical rows
(the file itself stays small) and imports it; `export` stores --comments comments and exports
them as XLSX. Each prints the peak RSS of this process (ru_maxrss) and the time taken. Run it
against another checkout with ROOT=/path/to/checkout to compare (issue #13: a 1.1 MB bomb
reached 4.7 GB; a 2M-comment XLSX export ran out of memory).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(os.environ.get("ROOT", Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_bomb(path: Path, inflated_mb: int) -> None:
    src = path.with_name("template.xlsx")
    wb = openpyxl.Workbook()
    wb.active.append(["商品名称", "直播价", "库存"])
    wb.save(src)
    with zipfile.ZipFile(src) as z_in, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z_out:
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


def bomb(inflated_mb: int) -> None:
    from app.studio.files import read_products

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "bomb.xlsx"
        make_bomb(path, inflated_mb)
        base = peak_mb()
        t0 = time.monotonic()
        try:
            items = read_products(path)
            outcome = f"read {len(items)} items"
        except Exception as exc:
            outcome = f"refused: {str(exc).splitlines()[-1][:120]}"
        print(f"bomb {path.stat().st_size / 1e6:.2f} MB file, {inflated_mb} MB inflated: {outcome}; "
              f"{time.monotonic() - t0:.1f} s, peak RSS {peak_mb():.0f} MB (before the import {base:.0f} MB)")


def export(n: int, fmt: str = "xlsx") -> None:
    from app.core.comments import Comment
    from app.models.db import open_database
    from app.models.store import Store
    from app.models.writer import CommentWriter
    from app.studio.exports import export as do_export

    with tempfile.TemporaryDirectory() as d:
        engine = open_database(Path(d))
        store = Store(engine)
        show = store.create_show("bench")
        writer = CommentWriter(engine)
        for start in range(0, n, 5000):
            writer.put(show, [Comment("comment", "douyin", f"m{i}", 1.7e9 + i, f"u{i}", f"观众{i}",
                                      f"第{i}条评论", id=i + 1) for i in range(start, min(n, start + 5000))])
        writer.close()
        base = peak_mb()
        t0 = time.monotonic()
        out = Path(d) / f"comments.{fmt}"
        do_export(store, show, "comments", fmt, out)
        took = time.monotonic() - t0
        print(f"export {n} comments as {fmt.upper()}: {out.stat().st_size / 1e6:.1f} MB in {took:.1f} s, "
              f"peak RSS {peak_mb():.0f} MB (before the export {base:.0f} MB)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["bomb", "export"])
    ap.add_argument("--inflated-mb", type=int, default=200)
    ap.add_argument("--comments", type=int, default=100_000)
    ap.add_argument("--format", default="xlsx", choices=["xlsx", "csv", "json"])
    a = ap.parse_args()
    import app

    print(f"app from {Path(app.__file__).parent.parent}")
    bomb(a.inflated_mb) if a.what == "bomb" else export(a.comments, a.format)


if __name__ == "__main__":
    main()
