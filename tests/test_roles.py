"""Roles on the LAN: a view link reads (pages, state sockets) and can never run a command; the control
token commands; wrong tokens back off per address and are logged once a window, not once a try."""

from __future__ import annotations

import concurrent.futures
import json
import logging
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from websockets.sync.client import connect

from app.live.access import AccessFile, check_token, new_token, token_bits
from app.live.guard import FREE_TRIES, TokenGuard
from app.live.server import LiveServer
from tests.test_server_hardening import status


def _control(cmd: str, args: dict[str, Any]) -> concurrent.futures.Future[dict[str, Any]]:
    f: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
    calls.append(cmd)
    f.set_result({"cmd": cmd})
    return f


calls: list[str] = []


@pytest.fixture
def lan(tmp_path: Path) -> Iterator[tuple[LiveServer, AccessFile]]:
    """A LAN-mode studio seen from another machine (loopback not trusted)."""
    access = AccessFile(tmp_path / "access.json")
    server = LiveServer(_control, lambda f, c: None, port=0, lan=True, access=access, trust_loopback=False)
    server.start()
    calls.clear()
    yield server, access
    server.stop()


def http_status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return int(r.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def test_tokens_need_128_bits() -> None:
    assert token_bits(new_token()) >= 128
    assert check_token("s3cret") is not None and check_token("a" * 21) is not None  # 126 bits of base64url
    assert check_token("Ab3-_" * 5 + "xy") is None  # 22 base64url characters: 132 bits
    assert check_token("0123456789abcdef" * 2) is None  # 32 hex digits: 128 bits
    assert check_token("1234567890" * 3) is not None  # 30 decimal digits: 99 bits
    assert check_token("with space " * 4) is not None
    with pytest.raises(ValueError, match="128 bits"):
        AccessFile(Path("/nonexistent") / "access.json").set_token("short-token")


def test_a_view_link_reads_and_never_commands(lan: tuple[LiveServer, AccessFile]) -> None:
    server, access = lan
    view, control = access.view_token, access.token
    assert view != control
    ws_base, http_base = f"ws://127.0.0.1:{server.port}", f"http://127.0.0.1:{server.port}"
    assert status(f"{ws_base}/control?token={view}") == 401  # the view link cannot open the control socket
    assert status(f"{ws_base}/control", Authorization=f"Bearer {view}") == 401
    assert status(f"{ws_base}/control?token={control}") == 101
    for path in ("/view/ws", "/overlay/ws"):
        assert status(f"{ws_base}{path}?token={view}") == 101
        assert status(f"{ws_base}{path}") == 401
    assert http_status(f"{http_base}/host?token={view}") == 200
    assert http_status(f"{http_base}/view?token={view}") == 200
    assert http_status(f"{http_base}/overlay/timer?token={view}") == 200
    assert http_status(f"{http_base}/host") == 401
    for page in ("/host", "/view", "/overlay/timer"):  # each page loads the shared feed with its own token
        with urllib.request.urlopen(f"{http_base}{page}?token={view}", timeout=5) as r:
            src = re.findall(r'<script src="([^"]*)"', r.read().decode())
        assert src == [f"/static/deltas.js?token={quote(view, safe='')}"], page
        assert http_status(f"{http_base}{src[0]}") == 200
    assert http_status(f"{http_base}/static/deltas.js") == 401  # read-only like the pages: a token on the LAN
    assert status(f"{ws_base}/ingest?token={view}") == 401  # comments in are a control matter too
    # What a view page sends on its socket is never a command.
    with connect(f"{ws_base}/view/ws?token={view}", open_timeout=5) as ws:
        ws.send(json.dumps({"id": 1, "cmd": "show.end", "args": {}}))
        ws.send(json.dumps({"id": 2, "cmd": "app.quit"}))
    with connect(f"{ws_base}/control?token={control}", open_timeout=5) as ws:
        ws.send(json.dumps({"id": 3, "cmd": "state.get"}))
        assert json.loads(ws.recv(timeout=5))["id"] == 3
    assert calls == ["state.get"]


def test_wrong_tokens_back_off_per_address_and_are_logged_once(lan: tuple[LiveServer, AccessFile],
                                                                caplog: pytest.LogCaptureFixture) -> None:
    server, access = lan
    now = [1000.0]
    server.guard = TokenGuard(clock=lambda: now[0])
    url = f"ws://127.0.0.1:{server.port}/control"
    caplog.set_level(logging.WARNING, logger="app.live.guard")
    codes = [status(f"{url}?token=guess{i}") for i in range(60)]
    assert codes[:FREE_TRIES] == [401] * FREE_TRIES  # a person mistyping is not slowed down at first
    assert codes[FREE_TRIES] == 401 and set(codes[FREE_TRIES + 1:]) == {429}  # then it backs off
    assert status(f"{url}?token={access.token}") == 429  # while backing off, not even the right one is compared
    assert len([r for r in caplog.records if "wrong token" in r.getMessage()]) == 1  # one line, not 60
    assert server.health["token_refused"] == FREE_TRIES + 1 and server.health["rate_limited"] >= 50
    now[0] += 2.0  # the back-off after the sixth wrong try is 1 s
    assert status(f"{url}?token={access.token}") == 101
    assert status(f"{url}?token=guess-again") == 401  # a success forgets the address's record


def test_the_back_off_grows_and_is_bounded() -> None:
    now = [0.0]
    guard = TokenGuard(clock=lambda: now[0])
    waits = []
    for _ in range(FREE_TRIES + 12):
        guard.failed("10.0.0.7", "/control")
        waits.append(guard.wait_s("10.0.0.7"))
    assert waits[:FREE_TRIES] == [0.0] * FREE_TRIES
    assert waits[FREE_TRIES:FREE_TRIES + 4] == [1.0, 2.0, 4.0, 8.0] and max(waits) == 300.0
    assert guard.wait_s("10.0.0.8") == 0.0  # per client address


def test_nothing_listens_beyond_loopback_without_lan_mode() -> None:
    assert LiveServer(_control, port=0).host == "127.0.0.1"


def test_serve_refuses_a_weak_token_with_exit_2(tmp_path: Path) -> None:
    import subprocess

    from tests.conftest import PYTHON, ROOT

    done = subprocess.run([PYTHON, "-m", "app", "serve", "--data-dir", str(tmp_path), "--port", "0",
                           "--lan", "--token", "abcdefghijklmnop"], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2 and "128 bits" in done.stderr


def test_settings_show_the_links_with_qr_codes(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.settings import RemoteAccessDialog

    dialog = RemoteAccessDialog(tmp_path, None, 9000, lan=True)
    qtbot.addWidget(dialog)
    access = AccessFile(tmp_path / "access.json")
    host = dialog.link_fields["host"].text()
    assert host.endswith(f":9000/host?token={access.view_token}") and access.token not in host
    assert dialog.link_fields["desk"].text().endswith(f"--token {access.token}")
    qr = dialog.qr_labels["host"].pixmap()
    assert not qr.isNull() and qr.width() >= 100
    before = qr.toImage()
    dialog.rotate_view()
    assert AccessFile(tmp_path / "access.json").view_token in dialog.link_fields["host"].text()
    assert dialog.qr_labels["host"].pixmap().toImage() != before  # the code follows the new link


def test_the_page_links_its_feed_with_its_token_quoted() -> None:
    """The token comes from the page's address: whatever it holds stays inside the src attribute."""
    from app.live.overlay import feed_src

    assert feed_src("/overlay/timer?lang=en") == "/static/deltas.js"
    assert feed_src('/host?token=a"><script>x</script>&lang=en') == \
        "/static/deltas.js?token=a%22%3E%3Cscript%3Ex%3C%2Fscript%3E"
