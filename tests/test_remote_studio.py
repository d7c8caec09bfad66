"""The second desk's RemoteStudio against a link that the test answers: requests in flight when the link
drops are failed as the link fails them, so no desk stays busy and each asks again on the next connect."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTimer

from app.studio.errors import CommandError
from app.studio.remote import RemoteStudio


class Link:
    """Stands where RemoteLink stands: notes each command; the test delivers what the studio would. While
    down it fails a command as RemoteLink does: a `not_connected` reply, queued from its own thread."""

    def __init__(self, remote: RemoteStudio) -> None:
        self.remote = remote
        self.up = False
        self.sent: list[tuple[str, str, dict[str, Any]]] = []
        self._ids = itertools.count(1)

    def send(self, cmd: str, args: dict[str, Any]) -> str:
        rid = f"d{next(self._ids)}"
        self.sent.append((rid, cmd, args))
        if not self.up:
            QTimer.singleShot(0, lambda: self.remote._incoming.emit({"type": "reply", "id": rid, "ok": False, "error": {
                "code": "not_connected", "message": "not connected to the studio"}}))
        return rid

    def deliver_link(self, up: bool) -> None:
        self.up = up
        self.remote._on_message({"type": "link", "up": up})

    def cmds(self) -> list[str]:
        return [cmd for _rid, cmd, _args in self.sent]

    def stop(self) -> None:
        pass


@pytest.fixture
def desk(qapp: object) -> Iterator[tuple[RemoteStudio, Link]]:
    remote = RemoteStudio("ws://127.0.0.1:9/", "token", "zh_CN")
    link = Link(remote)
    remote.link = link  # type: ignore[assignment]
    yield remote, link
    remote.deleteLater()


def test_a_drop_mid_request_leaves_no_desk_waiting(desk: tuple[RemoteStudio, Link]) -> None:
    remote, link = desk
    link.deliver_link(True)
    assert {"show.events", "feed.recent", "phrases.all", "questions.list"} <= set(link.cmds())
    remote._on_message({"type": "state", "seq": 1, "state": {"questions": {"open": 0}}})
    remote._on_message({"type": "delta", "base": 5, "seq": 6, "set": {}})  # a gap: the full state is asked
    assert link.cmds().count("state.get") == 1
    link.sent.clear()
    link.deliver_link(False)  # none of those is ever answered
    QCoreApplication.processEvents()  # what was asked again while down is failed by the link
    assert remote._waiting == {}
    link.sent.clear()
    link.deliver_link(True)
    assert {"show.events", "feed.recent", "phrases.all", "questions.list"} <= set(link.cmds())
    remote._on_message({"type": "delta", "base": 7, "seq": 8, "set": {}})
    assert link.cmds().count("state.get") == 1  # asked again: the resync did not stay stuck
    remote._on_message({"type": "state", "seq": 8, "state": {"questions": {"open": 2}, "phrases": {"version": 3}}})
    rid = next(rid for rid, cmd, _ in reversed(link.sent) if cmd == "questions.list")
    remote._on_message({"type": "reply", "id": rid, "ok": True, "result": {
        "status": "open", "order": "newest", "counts": {"open": 2}, "questions": []}})
    assert remote.questions.queue.counts()["open"] == 2  # the Questions tab moves again


def test_a_drop_during_a_command_fails_it_at_once(desk: tuple[RemoteStudio, Link]) -> None:
    remote, link = desk
    link.deliver_link(True)
    QTimer.singleShot(0, lambda: link.deliver_link(False))
    with pytest.raises(CommandError) as refused:
        remote.execute("segment.next")
    assert refused.value.code == "not_connected"  # not a 10 s wait ending in "timeout"


def test_answered_requests_leave_nothing_behind_over_a_long_show(desk: tuple[RemoteStudio, Link]) -> None:
    """A second desk lists the questions again whenever one arrives: thousands of replies over a show.
    Each reply is handed to its caller and then let go, so memory does not grow with the show."""
    import tracemalloc

    remote, link = desk
    link.deliver_link(True)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    got = 0

    def counted(_reply: dict[str, Any]) -> None:
        nonlocal got
        got += 1

    for _ in range(300):
        remote.send("questions.list", {}, counted)
        rid = link.sent[-1][0]
        rows = [{"comment_id": i, "text": "这件有S码吗？" * 20} for i in range(300)]  # ~300 rows, as a busy queue
        remote._on_message({"type": "reply", "id": rid, "ok": True, "result": {"rows": rows}})
    grown = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert got == 300
    assert grown < 5_000_000, f"{grown / 1e6:.1f} MB kept after 300 answered requests"


def _answer(remote: RemoteStudio, link: Link, cmd: str, result: dict[str, Any]) -> None:
    rid = next(rid for rid, c, _ in reversed(link.sent) if c == cmd)
    remote._on_message({"type": "reply", "id": rid, "ok": True, "result": result})


def test_a_library_published_before_its_older_answer_arrives_is_fetched_again(
        desk: tuple[RemoteStudio, Link]) -> None:
    """The studio's refresh can end and publish `products.version` 1 before the reply to `products.list`
    (holding version 0, nothing yet) reaches this desk: its Products tab must not stay empty. Same for 话术."""
    remote, link = desk
    link.deliver_link(True)  # asks for the 话术 among the rest: answered below
    remote.product_desk.refresh()  # the tab is shown
    remote._on_message({"type": "state", "seq": 1, "state": {"products": {"version": 1}, "phrases": {"version": 0}}})
    _answer(remote, link, "products.list", {"version": 0, "products": []})
    assert link.cmds().count("products.list") == 2  # the answer was older than the state: asked again
    product = {"key": "name:羊毛大衣", "name": "羊毛大衣", "sku": "", "product_id": "", "merged": [], "history": []}
    _answer(remote, link, "products.list", {"version": 1, "products": [product]})
    assert [p.name for p in remote.product_desk.products] == ["羊毛大衣"]
    assert link.cmds().count("products.list") == 2  # up to date: nothing more asked

    # 话术: the fetch asked on connect is still on its way when version 4 is published
    remote._on_message({"type": "state", "seq": 2, "state": {"products": {"version": 1}, "phrases": {"version": 4}}})
    asked = link.cmds().count("phrases.all")
    _answer(remote, link, "phrases.all", {"version": 3, "phrases": []})
    assert link.cmds().count("phrases.all") == asked + 1
    _answer(remote, link, "phrases.all", {"version": 4, "phrases": [
        {"id": 1, "kind": "逼单", "text": "最后50单", "position": 0}]})
    assert [p.text for p in remote.phrase_desk.phrases] == ["最后50单"]
    assert link.cmds().count("phrases.all") == asked + 1


def test_a_newer_studios_answer_and_a_lost_first_fetch_leave_no_desk_stale(desk: tuple[RemoteStudio, Link]) -> None:
    """A newer studio may add fields to its answers (protocol): the 话术 still show, and the desk keeps
    following later versions. A Products tab whose first fetch was lost to a drop still follows the
    studio after the reconnect, without being shown again."""
    remote, link = desk
    link.deliver_link(True)
    _answer(remote, link, "phrases.all", {"version": 2, "phrases": [
        {"id": 1, "kind": "逼单", "text": "最后50单", "position": 0, "colour": "red"}]})
    assert [p.text for p in remote.phrase_desk.phrases] == ["最后50单"]
    asked = link.cmds().count("phrases.all")
    remote._on_message({"type": "state", "seq": 1, "state": {"phrases": {"version": 3}}})
    assert link.cmds().count("phrases.all") == asked + 1  # still following

    remote.product_desk.refresh()
    link.deliver_link(False)  # the answer never comes
    QCoreApplication.processEvents()
    link.deliver_link(True)
    remote._on_message({"type": "state", "seq": 1, "state": {"products": {"version": 3}}})
    assert link.cmds().count("products.list") == 2
