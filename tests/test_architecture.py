"""The layering and size rules of shared/DESIGN.md, checked on the code (tests/architecture_rules.py),
and shown to fail on a copy of the code broken in each way they forbid."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests import architecture_rules as ar
from tests.conftest import ROOT

APP = ROOT / "app"

# Modules over 400 lines and functions over 60, each with why it is still here: none are left. Never grow it.
SIZE_ALLOWED: dict[str, str] = {}
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

_BIG = "\n".join(f"X{i} = {i}" for i in range(464)) + "\n"
_LONG_BODY = "        x = 1\n" * 61 + "        return x\n"
_WIDGET = "class W:\n    def __init__(self, studio):\n        self.studio = studio\n\n    def go(self) -> None:\n"

MUTATIONS: dict[str, tuple[str, str]] = {
    # name: (file to add, its text)
    # sizes: a big module in every layer and beside them, a long function, method and nested method
    **{f"oversized {layer} module": (f"{layer}/big_module.py", _BIG) for layer in ar.LAYERS},
    "oversized top-level module": ("big_module.py", _BIG),
    "long function": ("studio/long_fn.py", "def f() -> int:\n" + "    x = 1\n" * 61 + "    return x\n"),
    "long method in a class": ("ui/long_method.py", "class W:\n    def build(self) -> int:\n" + _LONG_BODY),
    "long async method in a nested class": ("live/long_async.py", "class A:\n    class B:\n"
                                            "        async def run(self) -> int:\n" + "    " + _LONG_BODY.replace(
                                                "\n        ", "\n            ")),
    # writes to Studio fields from ui/, however it is reached
    "aliased write": ("ui/sneaky.py", "class P:\n    def go(self) -> None:\n        s = self.studio\n"
                                      "        s.state = None\n"),
    "part container write": ("ui/sneaky2.py", "def go(studio):\n    studio.feed.blocked.add(('a', 'b'))\n"),
    "walrus alias": ("ui/sneaky3.py", "def go(self):\n    if (s := self.studio):\n        s.show_id = 3\n"),
    "setattr": ("ui/w_setattr.py", _WIDGET + "        setattr(self.studio, 'show_id', 3)\n"),
    "setattr through an alias": ("ui/w_setattr2.py", _WIDGET + "        s = self.studio\n"
                                                           "        setattr(s.state, 'title', 'x')\n"),
    "object.__setattr__": ("ui/w_setattr3.py",
                           _WIDGET + "        object.__setattr__(self.studio.state, 'title', 'x')\n"),
    "augmented assignment": ("ui/w_aug.py", _WIDGET + "        self.studio.state.added_s += 60\n"),
    "augmented assignment through an alias": ("ui/w_aug2.py", _WIDGET + "        st = self.studio.state\n"
                                                                     "        st.added_s += 60\n"),
    "augmented assignment to an aliased container": ("ui/w_aug3.py", _WIDGET + "        b = self.studio.feed.blocked\n"
                                                                             "        b |= {('a', 'b')}\n"),
    "method call on an aliased container": ("ui/w_alias_call.py", _WIDGET + "        b = self.studio.feed.keywords\n"
                                                                         "        b.append('x')\n"),
    "del": ("ui/w_del.py", _WIDGET + "        del self.studio.state.pinned\n"),
    "del through an alias": ("ui/w_del2.py", _WIDGET + "        s = self.studio\n        del s.feed.keywords[0]\n"),
    "for-loop alias": ("ui/w_for.py", _WIDGET + "        for seg in self.studio.state.segments:\n"
                                              "            seg.name = 'x'\n"),
    "with alias": ("ui/w_with.py", _WIDGET + "        with self.studio.lock as s:\n            s.state = None\n"),
    "tuple target": ("ui/w_tuple.py", _WIDGET + "        self.studio.show_id, n = 3, 4\n"),
    "annotated assignment": ("ui/w_ann.py", _WIDGET + "        self.studio.show_id: int = 3\n"),
    "Studio held under another name": ("ui/w_held.py", "class W:\n    def __init__(self, studio):\n"
                                                       "        self.s = studio\n\n    def go(self):\n"
                                                       "        self.s.state = None\n"),
    "parameter typed Studio": ("ui/w_typed.py", "from app.studio.studio import Studio\n\n\n"
                                                "def go(st: Studio) -> None:\n    st.state = None\n"),
    "signal fired": ("ui/w_emit.py", _WIDGET + "        self.studio.state_changed.emit({})\n"),
    "store reached": ("ui/w_store.py", _WIDGET + "        self.studio.store.delete_show(1)\n"),
    # imports against the layers: relative ones upward from every lower layer, and absolute ones
    "relative import core→ui": ("core/rel.py", "from ..ui import main_window\n"),
    "relative import core→models": ("core/rel2.py", "from ..models import store\n"),
    "relative import models→studio": ("models/rel.py", "from ..studio.studio import Studio\n"),
    "relative import live→studio": ("live/rel.py", "from .. import studio\n"),
    "relative import from a sub-package live→ui": ("live/adapters/rel.py", "from ...ui import feed_view\n"),
    "relative import studio→ui": ("studio/rel.py", "from ..ui.main_window import MainWindow\n"),
    "models→ui": ("models/up.py", "from app.ui.main_window import MainWindow\n"),
    "function-level live→studio": ("live/late.py", "def f():\n    from app.studio import studio\n"),
    "ui→models": ("ui/down.py", "from app.models.store import Store\n"),
    "core→Qt": ("core/qt.py", "import PySide6.QtCore\n"),
    "ui→live as a module alias": ("ui/alias.py", "import app.live.server as srv\n"),
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
