"""A websocket server that only receives frames and counts them: the ceiling benchmarks/ingest.py
compares the studio with (same client, same machine, same run). Prints its port, then, when a
client has gone, the frames it received.

    null_receiver.py
"""

from __future__ import annotations

import asyncio

from websockets.asyncio.server import ServerConnection, serve


async def main() -> None:
    async def count(ws: ServerConnection) -> None:
        n = 0
        async for _frame in ws:
            n += 1
        print(f"received {n}", flush=True)

    async with serve(count, "127.0.0.1", 0, max_size=None, compression=None) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
