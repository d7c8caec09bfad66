"""Full-speed ingest sender for benchmarks/ingest.py: LiveDeck's JSON, arrays of BATCH events a frame.

    sender.py URL DURATION BATCH RATE FIRST [LIMIT]

Each event's `ts` is the moment its frame was built, so the app can measure end-to-end latency.
It stops after DURATION seconds or LIMIT events, whichever comes first, and prints the number of
events sent as the last line. The same sender feeds the studio and the null receiver.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time

import orjson
from websockets.asyncio.client import connect

TEXTS = ["3号链接还有货吗", "好看", "多少钱", "福袋什么时候开", "扣1", "主播穿什么码", "已下单", "加微信私聊"]


def text_of(n: int) -> str:
    """A room repeats a few short comments thousands of times, and asks questions in endless
    wordings: every 8th comment here is one of ~3,000 sizing questions, the rest the eight above."""
    if n % 8 == 5:
        return f"{150 + n % 37}cm {40 + n % 83}kg穿什么码？"
    return TEXTS[n % len(TEXTS)]


async def main(url: str, duration: float, batch: int, rate: float, first: int, limit: int = 0) -> int:
    """Send for `duration` seconds (or `limit` events): as fast as the receiver takes it, or paced."""
    sent = 0
    # No close timeout: frames queued ahead of a slow receiver are all delivered before the close.
    # LIVEDECK_BENCH_DEFLATE=1: offer permessage-deflate, as browsers (page userscripts, social_stream)
    # and Node's ws client (TikTok-Live-Connector forwarders) do by default.
    deflate = "deflate" if os.environ.get("LIVEDECK_BENCH_DEFLATE") == "1" else None
    async with connect(url, max_size=None, compression=deflate, close_timeout=None) as ws:
        start = time.monotonic()
        end = start + duration
        while time.monotonic() < end and (not limit or sent < limit):
            if rate and sent >= (time.monotonic() - start) * rate:
                await asyncio.sleep(0.001)
                continue
            now = time.time()
            events = [{"type": "comment", "platform": "bench", "msg_id": str(first + sent + i), "ts": now,
                       "user": {"id": str((sent + i) % 50_000), "name": f"观众{(sent + i) % 50_000}"},
                       "text": text_of(sent + i)} for i in range(batch)]
            await ws.send(orjson.dumps(events).decode())  # a text frame, as relays send
            sent += batch
    return sent


if __name__ == "__main__":
    args = sys.argv[1:]
    n = asyncio.run(main(args[0], float(args[1]), int(args[2]), float(args[3]), int(args[4]),
                         int(args[5]) if len(args) > 5 else 0))
    print(n, flush=True)
