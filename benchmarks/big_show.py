"""The set-up the big-show benchmarks share (desk_repaint.py, runsheet_state.py): which checkout runs
(ROOT=<another checkout> runs the same against that code, to compare with the code before a change),
offscreen Qt, and a Studio over a temporary database holding one show of N items.

Import this module before any `app` module: it puts ROOT first on sys.path.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(os.environ.get("ROOT", Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core.runsheet import Item  # noqa: E402
from app.models.db import open_database  # noqa: E402
from app.models.store import Store  # noqa: E402
from app.studio.commerce import Commerce  # noqa: E402
from app.studio.studio import Studio  # noqa: E402
from tests.doubles import FakeClock  # noqa: E402


def big_studio(tmp: Path, items: int, *, commerce: bool = False) -> tuple[Store, Studio, FakeClock]:
    """A Studio on a fake clock with a show of `items` items open (not started); `commerce`: with the
    sales desk (app.studio.commerce) wired in, as the desk window has it. Needs a Q(Core)Application."""
    store = Store(open_database(tmp))
    rows = [Item(f"商品{i}", f"SKU-{i}", 19900, 9900, 100, 5, "卖点" * 10) for i in range(items)]
    show = store.create_show("big", "douyin", "主播", None, rows)
    clock = FakeClock()
    studio = Studio(store, clock=clock)
    if commerce:
        Commerce(studio)
    studio.open_show(show)
    return store, studio, clock
