"""`state.get` and `runsheet.update` on a big run-sheet, in milliseconds (issue #22: < 20 ms at
5,000 items; they took 130-184 ms), plus the size of the state pushed to control clients.

    .venv/bin/python benchmarks/runsheet_state.py [--items 5000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from big_show import big_studio  # first: it picks the checkout that runs
from PySide6.QtCore import QCoreApplication


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    _app = QCoreApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store, s, clock = big_studio(Path(tmp), args.items)
        s.execute("show.start")
        for _ in range(min(200, args.items - 1)):  # a show well under way: visits to sum
            clock.advance(30)
            s.execute("segment.next")
        target = s.state.segments[-1].item_id
        for name, run in (("state.get", lambda k: s.execute("state.get")),
                          ("runsheet.update", lambda k: s.execute("runsheet.update", {"item_id": target,
                                                                                       "notes": f"n{k}"}))):
            ms = []
            for k in range(args.repeat):
                t0 = time.perf_counter()
                run(k)
                ms.append((time.perf_counter() - t0) * 1000)
            print(f"{name}: median {statistics.median(ms):.1f} ms, max {max(ms):.1f} ms "
                  f"({args.items:,} items, {args.repeat} runs)")
        pushes: list[dict[str, Any]] = []
        s.published.connect(lambda m: pushes.append(m) if m.get("type") == "state" else None)

        def size(m: Any) -> int:
            return len(json.dumps(m, ensure_ascii=False).encode())

        for what, run in (("a clock tick", lambda: (clock.advance(1.0), s.on_tick())),
                          ("runsheet.update", lambda: s.execute("runsheet.update", {"item_id": target, "name": "新"})),
                          ("runsheet.move", lambda: s.execute("runsheet.move", {
                              "item_id": target, "to_index": len(s.state.segments) - 2}))):
            pushes.clear()
            run()
            m = pushes[-1]
            full = size({"type": "state", "seq": m["seq"], "state": m["state"]})
            print(f"state push after {what}: full {full / 1e6:.2f} MB, delta {size(m['delta']) / 1e3:.1f} kB")
        store.engine.dispose()


if __name__ == "__main__":
    main()
