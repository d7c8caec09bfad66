"""The layering rules of shared/DESIGN.md, checked on the code."""

import ast
import re
from pathlib import Path

from tests.conftest import ROOT

APP = ROOT / "app"


def sources(*folders: str) -> list[Path]:
    return sorted(p for f in folders for p in (APP / f).rglob("*.py") if "migrations" not in p.parts)


def test_the_ui_writes_only_through_studio_commands() -> None:
    """No store call, no Studio field set, no Studio signal fired from app/ui."""
    bad = []
    for path in sources("ui"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\bstudio\.store\b", line) \
                    or re.search(r"\bstudio\.(show_id|state|title|feed|clock|lang)\s*=[^=]", line) \
                    or re.search(r"\bstudio\.\w+\.emit\(", line):
                bad.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert bad == []


def test_core_imports_no_qt_sql_sockets_or_other_layers() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+"
                         r"(PySide6|qasync|sqlalchemy|websockets|pyttsx3|app\.(ui|models|live|studio))")
    bad = [f"{p.name}: {line}" for p in sources("core") for line in p.read_text(encoding="utf-8").splitlines()
           if pattern.match(line)]
    assert bad == []


def test_studio_and_core_stay_small() -> None:
    """No module over 400 lines and no function over 60 lines in app/studio and app/core."""
    long_modules, long_functions = [], []
    for path in sources("studio", "core"):
        text = path.read_text(encoding="utf-8")
        if len(text.splitlines()) > 400:
            long_modules.append(path.name)
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > 60:
                    long_functions.append(f"{path.name}:{node.name} ({length})")
    assert long_modules == [] and long_functions == []


def test_relay_adapters_stay_small() -> None:
    """One module per relay (app/live/adapters): none over 400 lines, no function over 60."""
    long_modules, long_functions = [], []
    for path in sorted((APP / "live" / "adapters").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        if len(text.splitlines()) > 400:
            long_modules.append(path.name)
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > 60:
                    long_functions.append(f"{path.name}:{node.name} ({length})")
    assert len(list((APP / "live" / "adapters").glob("*.py"))) >= 12
    assert long_modules == [] and long_functions == []
