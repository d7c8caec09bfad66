"""Helpers to run a real `livedeck serve` and talk to its control websocket."""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from pathlib import Path
from typing import Any

from websockets.sync.client import ClientConnection, connect

from tests.conftest import PYTHON, ROOT


class Serve:
    def __init__(self, data_dir: Path, *extra: str) -> None:
        self.proc = subprocess.Popen(
            [PYTHON, "-m", "app", "serve", "--data-dir", str(data_dir), "--port", "0", "--no-speech", *extra],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        m = re.search(r"ws://[\d.]+:(\d+)/control", line)
        if not m:
            self.proc.kill()
            raise RuntimeError(f"serve did not start: {line!r} {self.proc.stderr.read() if self.proc.stderr else ''}")
        self.port = int(m.group(1))
        self.url = f"ws://127.0.0.1:{self.port}"

    def control(self) -> Control:
        return Control(f"{self.url}/control")

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
        return self.proc.wait(timeout=15)

    def kill9(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=10)


class Control:
    """A control client that keeps the unasked state and event messages it sees."""

    def __init__(self, url: str) -> None:
        self._connect = connect(url, open_timeout=5)
        self.ws: ClientConnection = self._connect.__enter__()
        self.states: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self._n = 0

    def _take(self, msg: dict[str, Any]) -> None:
        if msg["type"] == "state":
            self.states.append(msg["state"])
        elif msg["type"] == "event":
            self.events.append(msg["event"])

    def recv(self, timeout: float = 5) -> dict[str, Any]:
        msg = json.loads(self.ws.recv(timeout=timeout))
        self._take(msg)
        return msg

    def first_state(self) -> dict[str, Any]:
        while not self.states:
            self.recv()
        return self.states[0]

    def call(self, cmd: str, **args: Any) -> dict[str, Any]:
        self._n += 1
        rid = f"r{self._n}"
        self.ws.send(json.dumps({"id": rid, "cmd": cmd, "args": args}))
        return self.reply(rid)

    def reply(self, rid: Any) -> dict[str, Any]:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            msg = self.recv()
            if msg["type"] == "reply" and msg["id"] == rid:
                return msg
        raise TimeoutError(rid)

    def close(self) -> None:
        self._connect.__exit__(None, None, None)
