"""Issue #22 point 6: what a parallel export imports before its workers can start, and what they import.

Every module a process imports before its first row is start-up the export cannot share between
its cores (~0.45 s for SQLAlchemy, Alembic and openpyxl in each worker, before). These run a fresh
interpreter, as `livedeck export` and a spawned worker are.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imported_after(code: str, modules: tuple[str, ...]) -> list[str]:
    probe = f"import sys\n{code}\nprint(' '.join(m for m in {modules!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_an_export_worker_imports_neither_sqlalchemy_nor_alembic_nor_openpyxl() -> None:
    assert _imported_after("import app.studio.export_worker",
                           ("sqlalchemy", "alembic", "openpyxl", "PySide6")) == []


def test_exporting_comments_does_not_import_alembic_or_openpyxl(tmp_path: Path) -> None:
    """The CLI's whole path for a streamed export, on a database at the newest schema."""
    from app.models.db import open_database
    from app.models.store import Store

    engine = open_database(tmp_path)  # created and migrated here: the probe finds it at the head
    show = Store(engine).create_show("导出")
    engine.dispose()
    out = tmp_path / "c.csv"
    code = ("from app.cli import main\n"
            f"assert main(['export', '{show}', '--what', 'comments', '--format', 'csv', '--out', {str(out)!r}, "
            f"'--data-dir', {str(tmp_path)!r}]) == 0")
    assert _imported_after(code, ("alembic", "openpyxl", "PySide6")) == []
    assert out.read_text(encoding="utf-8").startswith("id,ts,type")
