"""The layering and size rules of shared/DESIGN.md, checked on the code (tests/architecture_rules.py),
and shown to fail on a copy of the code broken in each way they forbid."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests import architecture_rules as ar
from tests.conftest import ROOT

APP = ROOT / "app"

# Modules over 400 lines and functions over 60, each with why it is still here. Shrink, never grow.
SIZE_ALLOWED: dict[str, str] = {
    "app/cli.py": "to split (#22): one module per subcommand group; grew with --db, wall, products, import",
    "app/cli.py::build_parser": "to split (#22): the subcommands' arguments, one function per group",
    "app/core/show.py": "to split (#22): the reducer's event handlers from the timer maths",
    "app/live/server.py": "to split (#22): routes for /host, /view, /wall and POST /ingest into their modules",
    "app/models/review.py": "to split (#22): the per-cell queries from the review loader",
    "app/models/review.py::load_input": "to split (#22): one query function per review part",
}
# Imports across layers that are still here, each with why.
LAYER_ALLOWED: dict[str, str] = {}


def test_layers_import_only_downwards() -> None:
    """ui → studio → models/live → core, parsed with ast (relative and function-level imports too)."""
    assert ar.layer_violations(APP, LAYER_ALLOWED) == []


def test_modules_and_functions_stay_small() -> None:
    assert ar.size_violations(APP, SIZE_ALLOWED) == []


def test_the_allow_lists_name_only_what_still_needs_them() -> None:
    """An entry whose module got small (or whose import went) must leave the list."""
    over = {v.split(":")[0] if "::" not in v else v.rsplit(":", 1)[0] for v in ar.size_violations(APP)}
    assert sorted(set(SIZE_ALLOWED) - over) == []
    crossing = {f"{v.split(':')[0]} -> {'.'.join(v.split(' imports ')[1].split('.')[:2])}"
                for v in ar.layer_violations(APP)}
    assert sorted(set(LAYER_ALLOWED) - crossing) == []


def test_the_ui_writes_only_through_studio_commands() -> None:
    """No Studio field set, no container of a Studio part changed, no store call, no signal fired
    from app/ui, however the Studio is reached."""
    assert ar.studio_writes(APP) == []


# ---- the checks can fail ---------------------------------------------------------------------------------

MUTATIONS: dict[str, tuple[str, str]] = {
    # name: (file to add, its text)
    "oversized module": ("ui/big_panel.py", "\n".join(f"X{i} = {i}" for i in range(464)) + "\n"),
    "long function": ("studio/long_fn.py", "def f() -> int:\n" + "    x = 1\n" * 61 + "    return x\n"),
    "aliased write": ("ui/sneaky.py", "class P:\n    def go(self) -> None:\n        s = self.studio\n"
                                      "        s.state = None\n"),
    "part container write": ("ui/sneaky2.py", "def go(studio):\n    studio.feed.blocked.add(('a', 'b'))\n"),
    "walrus alias": ("ui/sneaky3.py", "def go(self):\n    if (s := self.studio):\n        s.show_id = 3\n"),
    "relative import core→ui": ("core/rel.py", "from ..ui import main_window\n"),
    "models→ui": ("models/up.py", "from app.ui.main_window import MainWindow\n"),
    "function-level live→studio": ("live/late.py", "def f():\n    from app.studio import studio\n"),
}


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_each_check_fails_on_a_mutated_copy(tmp_path: Path, name: str) -> None:
    copy = tmp_path / "app"
    shutil.copytree(APP, copy, ignore=lambda d, names: [n for n in names if (not n.endswith(".py")
                                                        and not (Path(d) / n).is_dir()) or n == "__pycache__"])
    rel, text = MUTATIONS[name]
    (copy / rel).write_text(text, encoding="utf-8")
    found = ar.layer_violations(copy, LAYER_ALLOWED) + ar.size_violations(copy, SIZE_ALLOWED) + ar.studio_writes(copy)
    # Only the broken file is reported: the untouched copy passes (the checks above, on the same code).
    assert found and all(f.startswith(f"app/{rel}") for f in found), found
