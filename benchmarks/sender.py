"""Full-speed ingest sender for benchmarks/ingest.py: LiveDeck's JSON, arrays of BATCH events a frame.

Each event's `ts` is the moment its frame was built, so the app can measure end-to-end latency.
Prints the number of events sent as the last line.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

from websockets.asyncio.client import connect

TEXTS = ["3号链接还有货吗", "好看", "多少钱", "福袋什么时候开", "扣1", "主播穿什么码", "已下单", "加微信私聊"]


async def main(url: str, duration: float, batch: int, rate: float, first: int) -> int:
    """Send for `duration` seconds: as fast as the studio takes it, or paced at `rate` events/s."""
    sent = 0
    async with connect(url, max_size=None, compression=None) as ws:
        start = time.monotonic()
        end = start + duration
        while time.monotonic() < end:
            if rate and sent >= (time.monotonic() - start) * rate:
                await asyncio.sleep(0.001)
                continue
            now = time.time()
            events = [{"type": "comment", "platform": "bench", "msg_id": str(first + sent + i), "ts": now,
                       "user": {"id": str((sent + i) % 50_000), "name": f"观众{(sent + i) % 50_000}"},
                       "text": TEXTS[(sent + i) % len(TEXTS)]} for i in range(batch)]
            await ws.send(json.dumps(events, ensure_ascii=False))
            sent += batch
    return sent


if __name__ == "__main__":
    n = asyncio.run(main(sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])))
    print(n, flush=True)
