"""The PyInstaller spec builds a one-folder app that runs its migrations and finds its translations."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.mark.slow
def test_one_folder_build_runs(tmp_path: Path) -> None:
    if shutil.which("pyinstaller", path=str(ROOT / ".venv/bin")) is None:
        pytest.skip("pyinstaller is not installed in .venv")
    env = {**os.environ, "DIST": str(tmp_path / "dist"), "WORK": str(tmp_path / "work")}
    build = subprocess.run(["bash", str(ROOT / "packaging/build.sh")], env=env, capture_output=True, text=True,
                           timeout=600)
    assert build.returncode == 0, build.stderr[-2000:]
    app_dir = tmp_path / "dist" / "livedeck"
    exe = app_dir / "livedeck"
    assert (app_dir / "_internal" / "resources" / "i18n" / "livedeck_zh_CN.qm").is_file()
    data = tmp_path / "data"
    csv_path = tmp_path / "p.csv"
    csv_path.write_text("商品名称,直播价\n大衣,499\n", encoding="utf-8")
    r = subprocess.run([str(exe), "import", str(csv_path), "--show", "打包测试", "--data-dir", str(data)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([str(exe), "shows", "--data-dir", str(data)], capture_output=True, text=True, timeout=120)
    assert r.stdout.split("\t")[1:] == ["打包测试", "draft", "1\n"]
