import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PYTHON, ROOT


def livedeck(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PYTHON, "-m", "app", *args, "--data-dir", str(data_dir)], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)


def test_import_list_export(tmp_path: Path) -> None:
    csv_path = tmp_path / "products.csv"
    csv_path.write_text("商品名称,价格,直播价,库存,时长\n大衣,899,499,120,10\n围巾,399,199,80,6\n", encoding="utf-8")
    r = livedeck("import", str(csv_path), "--show", "周三专场", data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "imported 2 items" in r.stdout
    r = livedeck("shows", data_dir=tmp_path)
    assert r.returncode == 0
    show_id, title, status, n = r.stdout.strip().split("\t")
    assert (title, status, n) == ("周三专场", "draft", "2")
    r = livedeck("export", show_id, "--what", "runsheet", "--format", "json", data_dir=tmp_path)
    assert r.returncode == 0
    assert [row["name"] for row in json.loads(r.stdout)] == ["大衣", "围巾"]
    out = tmp_path / "sheet.xlsx"
    r = livedeck("export", show_id, "--what", "runsheet", "--format", "xlsx", "--out", str(out), data_dir=tmp_path)
    assert r.returncode == 0 and out.stat().st_size > 0


def test_bad_import_writes_nothing_and_exits_2(tmp_path: Path) -> None:
    csv_path = tmp_path / "products.csv"
    rows = ["name,price,stock"] + [f"p{i},{i},1" for i in range(5)] + ["bad,abc,1", "also,1,-3"]
    csv_path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    r = livedeck("import", str(csv_path), "--show", "坏表", data_dir=tmp_path)
    assert r.returncode == 2
    assert 'products.csv:7: price "abc" is not a number' in r.stderr
    assert "products.csv:8:" in r.stderr
    assert livedeck("shows", data_dir=tmp_path).stdout == ""


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert livedeck("export", "99", "--what", "runsheet", data_dir=tmp_path).returncode == 2
    assert livedeck("import", str(tmp_path / "missing.csv"), "--show", "x", data_dir=tmp_path).returncode == 2
    r = subprocess.run([PYTHON, "-m", "app", "--bogus"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 2


def test_demo_app_starts_and_quits_cleanly(tmp_path: Path) -> None:
    r = subprocess.run([PYTHON, "-m", "app", "--demo", "--no-speech", "--port", "0", "--quit-after", "1.5",
                        "--data-dir", str(tmp_path)], capture_output=True, text=True, cwd=ROOT, timeout=60,
                       env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 0, r.stderr
    r = livedeck("shows", data_dir=tmp_path)
    title, items = r.stdout.split("\t")[1], r.stdout.strip().split("\t")[3]
    assert "演示" in title and int(items) >= 10


def test_import_of_a_real_sheet_prints_skipped_rows_and_warnings(tmp_path: Path) -> None:
    sheet = ROOT / "tests" / "fixtures" / "sheets" / "agency_supply_gbk.csv"
    r = livedeck("import", str(sheet), "--show", "货盘", data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "imported 5 items" in r.stdout
    assert "agency_supply_gbk.csv:9: skipped: no product in this slot (（无商品）)" in r.stderr
    assert "agency_supply_gbk.csv:5: warning: product ID '3.72962E+18' looks rounded" in r.stderr
    r = livedeck("export", "1", "--what", "runsheet", "--format", "json", data_dir=tmp_path)
    rows = json.loads(r.stdout)
    assert [(row["cart_no"], row["product_id"]) for row in rows][1:3] == [("2", "3729621111111111111"),
                                                                          ("3", "3729622222222222222")]


def test_import_messages_stay_english_word_for_word(tmp_path: Path) -> None:
    """docs/protocol.md documents these lines; the app translates them, the CLI never does."""
    bad = tmp_path / "products.csv"
    bad.write_text("name,price,stock\nok,1,1\nbad,abc,1\nalso,1,-3\n", encoding="utf-8")
    r = livedeck("import", str(bad), "--show", "坏表", data_dir=tmp_path)
    assert r.returncode == 2
    assert r.stderr.splitlines() == ["livedeck: nothing imported, fix these rows:",
                                     'products.csv:3: price "abc" is not a number',
                                     'products.csv:4: stock "-3" is not a whole number']
    sheet = tmp_path / "warn.csv"
    sheet.write_text("商品名称,直播价,库存\n开场,,\n杯子,¥259（券后219）,售罄\n合计,,\n", encoding="utf-8")
    r = livedeck("import", str(sheet), "--show", "货盘", data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stderr.splitlines() == ["warn.csv:2: skipped: a 开场 segment, not a product",
                                     'warn.csv:3: warning: stock "售罄": 0',
                                     "warn.csv:4: skipped: a totals row, not a product"]


def test_import_picks_the_sheet_and_header_the_user_names(tmp_path: Path) -> None:
    sheets = ROOT / "tests" / "fixtures" / "sheets"
    r = livedeck("import", str(sheets / "A_douyin_paipin.xlsx"), "--show", "A", data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "imported 18 items" in r.stdout
    assert 'sheet "福袋&秒杀&发券": the marketing plan, 7 timed cues' in r.stderr
    r = livedeck("import", str(sheets / "B_taobao_script.xlsx"), "--show", "B", "--sheet", "商品明细(货号)",
                 "--header-row", "1", data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "imported 3 items" in r.stdout  # the SKU rows, grouped by product ID
    r = livedeck("import", str(sheets / "B_taobao_script.xlsx"), "--show", "B", "--sheet", "没有", data_dir=tmp_path)
    assert r.returncode == 2 and 'no sheet "没有"' in r.stderr


def test_import_refuses_beside_a_running_studio(tmp_path: Path) -> None:
    from app.models.db import lock_data_dir

    csv_path = tmp_path / "p.csv"
    csv_path.write_text("商品名称,直播价,库存\n大衣,499,120\n", encoding="utf-8")
    lock = lock_data_dir(tmp_path)  # what a running app or `serve` holds
    try:
        r = livedeck("import", str(csv_path), "--show", "周三专场", data_dir=tmp_path)
    finally:
        lock.release()
    assert r.returncode == 2 and "in use by another LiveDeck studio" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert livedeck("shows", data_dir=tmp_path).stdout == ""  # nothing written behind its back


def test_sheet_B_keeps_live_and_after_coupon_price_through_import_and_export(tmp_path: Path) -> None:
    """`¥259（券后219）` (issue #17): live 259.00 and after-coupon 219.00, both stored and exported."""
    sheet = ROOT / "tests" / "fixtures" / "sheets" / "B_taobao_script.xlsx"
    r = livedeck("import", str(sheet), "--show", "整场脚本", data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    r = livedeck("export", "1", "--what", "runsheet", "--format", "json", data_dir=tmp_path)
    rows = json.loads(r.stdout)
    dress = next(row for row in rows if row["cart_no"] == "2")
    assert (dress["list_price"], dress["live_price"], dress["coupon_price"]) == ("399.00", "259.00", "219.00")
    assert "券后" not in dress["notes"]
    assert rows[0]["coupon_price"] == ""  # no coupon: an empty cell, not 0.00


def test_options_before_the_subcommand_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str], qapp: Any) -> None:
    """`livedeck --data-dir D import …`, as --help lists the options, imports into D: not into the
    default data dir, which the subcommand's own default used to put back. (`qapp`: the import makes
    a QCoreApplication when none is there, and the later widget tests need the QApplication.)"""
    from app.cli import build_parser, main

    elsewhere, data = tmp_path / "default", tmp_path / "data"
    monkeypatch.setenv("LIVEDECK_DATA_DIR", str(elsewhere))
    sheet = tmp_path / "products.csv"
    sheet.write_text("商品名称,价格,直播价,库存,时长\n大衣,899,499,120,10\n", encoding="utf-8")
    assert main(["--data-dir", str(data), "import", str(sheet), "--show", "周三专场"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "shows"]) == 0
    assert capsys.readouterr().out.split("\t")[1] == "周三专场"
    assert not elsewhere.exists() or not any(elsewhere.iterdir())
    parser = build_parser()
    args = parser.parse_args(["--port", "9000", "--lang", "en", "--demo", "serve"])
    assert (args.port, args.lang, args.demo) == (9000, "en", True)
    args = parser.parse_args(["--data-dir", "a", "export", "1", "--what", "comments", "--data-dir", "b"])
    assert args.data_dir == "b"  # given after the subcommand, it wins
