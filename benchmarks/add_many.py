"""runsheet.add_many of N items against a real `livedeck serve` with two /control clients (issue #17).

    .venv/bin/python benchmarks/add_many.py [--items 500 1000 2000]

Prints the reply time per size and whether both clients are still connected afterwards. Before
#17 each item was its own add (the table renumbered each time, one event message per item): 1,000
items took 5.4 s and both clients were closed with 1008 "too slow".
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(os.environ.get("ROOT", Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(ROOT))

from tests.procs import Serve  # noqa: E402


def items(n: int) -> list[dict[str, object]]:
    return [{"name": f"商品{i}", "live_price": 59.9, "list_price": 99, "stock": 100 + i, "cart_no": str(i + 1),
             "product_id": str(3700000000000000000 + i), "minutes": 5} for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, nargs="+", default=[500, 1000, 2000])
    args = parser.parse_args()
    for n in args.items:
        with tempfile.TemporaryDirectory() as tmp:
            serve = Serve(Path(tmp), "--demo")  # a draft show with 12 items is open
            try:
                a, b = serve.control(), serve.control()
                a.first_state()
                b.first_state()
                start = time.perf_counter()
                reply = a.call("runsheet.add_many", items=items(n))
                took = time.perf_counter() - start
                assert reply["ok"], reply
                alive = []
                for c in (a, b):
                    try:
                        c.ws.send(json.dumps({"id": "ping", "cmd": "show.list", "args": {}}))
                        alive.append(c.reply("ping")["ok"])
                    except Exception:
                        alive.append(False)
                print(f"add_many {n:5} items: reply in {took:5.2f} s; clients still connected: {alive}")
                a.close()
                b.close()
            finally:
                serve.stop()


if __name__ == "__main__":
    main()
