"""A websocket server that only receives frames and counts them: the ceiling benchmarks/ingest.py
compares the studio with (same client, same machine, same run). Prints its port, then, when a
client has gone (however it went), the frames it received and the seconds from its connection to
its last frame.

    null_receiver.py
"""

from __future__ import annotations

import asyncio
import time

from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed


async def main() -> None:
    async def count(ws: ServerConnection) -> None:
        n, start = 0, time.monotonic()
        last = start
        try:
            async for _frame in ws:
                n += 1
                last = time.monotonic()
        except ConnectionClosed:
            pass
        finally:
            print(f"received {n} {last - start:.3f}", flush=True)

    # No keepalive pings: a sender busy sending must not be dropped for a late pong.
    async with serve(count, "127.0.0.1", 0, max_size=None, compression=None, ping_interval=None) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
