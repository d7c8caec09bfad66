"""A second desk: the same panels against a studio on another machine (`livedeck --connect URL`).

`RemoteStudio` is a Studio without a store: every command goes over the studio's /control socket
(app.live.remote_link) and nothing is decided or stored here. The show's state is the studio's
event log folded by the same core reducers (fetched with `show.events` on every connect, so a
drop loses nothing), then kept current by the events the studio publishes; what only the studio
knows (sales figures, poll tallies, lottery entrants, question counts, feed health) comes from its
published state. The comment feed, the question queue and the 话术 and product libraries are the
studio's too, streamed and queried over the same socket (app.studio.remote_feed, remote_library).
So every panel reads what it reads on the studio's own desk.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any, cast

import orjson
from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

import app.core.host
import app.core.poll
import app.core.questions
import app.core.sales  # noqa: F401
from app.core.changes import EVERY_PART, Change
from app.core.comments import Comment
from app.core.events import Event
from app.core.feed_wire import from_wire
from app.core.host import message_view
from app.core.host_screen import host_screen
from app.core.reducers import apply, changes_of, fold
from app.core.runsheet import ShowInfo
from app.core.show import Segment
from app.core.snapshot import runsheet_view, snapshot
from app.core.state_delta import apply_delta
from app.live.remote_link import RemoteLink
from app.models.store import Store
from app.studio.errors import CommandError
from app.studio.in_flight import InFlight
from app.studio.remote_feed import RemoteFeed, RemoteQuestions
from app.studio.remote_library import RemotePhrases, RemoteProducts
from app.studio.remote_sales import RemoteSales
from app.studio.studio import Studio, _host_tr

log = logging.getLogger(__name__)

REPLY_TIMEOUT_S = 10.0
# What only the studio knows, from its published state: the flag a view subscribes to for each part.
REMOTE_PARTS = {"sales": Change.SALES, "poll": Change.POLL, "lottery": Change.LOTTERY, "question": Change.QUESTIONS,
                "questions": Change.QUESTIONS, "inputs": Change.FEED_RULES, "feed": Change.FEED,
                "compliance": Change.COMPLIANCE, "room": Change.ROOM}
LOCAL = {"app.language", "speech.say", "state.get"}  # answered here: the desk's language, no speaker


def event_of(payload: dict[str, Any]) -> Event:
    data = {k: v for k, v in payload.items() if k not in ("seq", "type", "ts")}
    return Event(str(payload["type"]), float(payload["ts"]), data, int(payload.get("seq") or 0))


def _log_pushes(old: tuple[int, bool] | None, new: tuple[int, bool]) -> tuple[int, bool]:
    """While `show.events` travels: the newest event seq pushed, and whether a state was."""
    return new if old is None else (max(old[0], new[0]), old[1] or new[1])


class RemoteStudio(Studio):
    link_changed = Signal(bool)           # connected to the studio, or not (the desk says so)
    _incoming = Signal(object)            # from the link's thread, queued to this one
    _ask = Signal(str, object, object)    # (cmd, args, done) from a worker thread, sent from this one

    def __init__(self, url: str, token: str, lang: str = "zh_CN", parent: QObject | None = None) -> None:
        super().__init__(cast(Store, None), lang=lang, parent=parent)
        self.url = url
        self.remote: dict[str, Any] = {}  # the studio's last published state (what only it knows)
        self.last_seq = 0
        self._remote_seq = 0  # of the last state push applied (state pushes come as deltas)
        self._resyncing = False
        self._held_deltas: list[dict[str, Any]] = []  # deltas that came while `state.get` was on its way
        self._log: InFlight[tuple[int, bool]] = InFlight(_log_pushes)  # `show.events` asked, pushes meanwhile
        self.connected = False
        self.refused: str | None = None  # the studio's reason for refusing this desk (a wrong token), if it did
        self.refused_final = False  # not tried again (RemoteLink): the desk must start with the studio's token
        self._waiting: dict[str, Callable[[dict[str, Any]], None]] = {}
        self._incoming.connect(self._on_message)
        self._ask.connect(self.send)
        self.link = RemoteLink(url, token, self._incoming.emit)
        # The feed, the question queue and the poll tally: the studio's, streamed and queried (feed_stream).
        self.feed = self.comments = RemoteFeed(self.send, self, self._studio_show)
        self.questions = RemoteQuestions(self, self.send)
        self.comments.arrived.connect(self.questions.on_comments)
        self.views["poll"] = lambda _now: self.remote.get("poll")
        self.phrase_desk = RemotePhrases(self, self.send)  # the 话术 and Products tabs: the studio's libraries
        self.product_desk = RemoteProducts(self, self.send)
        self.sales_desk = RemoteSales(self, lambda: self.remote)  # the Sales tab: the studio's published figures

    def start(self) -> None:
        self.link.start()

    def stop(self) -> None:
        self.link.stop()

    # ---- commands: all of them to the studio ------------------------------------------------------

    def execute(self, cmd: str, args: dict[str, Any] | None = None) -> dict[str, Any]:
        """Run a command on the studio and return its result (CommandError for a refusal). The desk's
        event loop keeps running while the reply travels: nothing freezes, events keep arriving."""
        if cmd in LOCAL:
            return self._local(cmd, args or {})
        rid = self.link.send(cmd, dict(args or {}))
        loop = QEventLoop()
        got: list[dict[str, Any]] = []  # this call's own reply: nothing is kept after it returns

        def answered(reply: dict[str, Any]) -> None:
            got.append(reply)
            loop.quit()

        self._waiting[rid] = answered
        QTimer.singleShot(int(REPLY_TIMEOUT_S * 1000), loop.quit)
        if not got:
            loop.exec()
        self._waiting.pop(rid, None)
        reply = got[0] if got else None
        if reply is None:  # it may still come: the studio may be busy, or the network slow
            raise CommandError("timeout", self.tr("the studio did not answer in time: it may still do it. Look at "
                                                  "the desk before you send it again (is the network up?)"))
        if not reply.get("ok"):
            err = reply.get("error") or {}
            if err.get("code") == "not_connected":
                raise self._not_connected(bool(err.get("sent")))
            raise CommandError(str(err.get("code", "error")), str(err.get("message", "")))
        return dict(reply.get("result") or {})

    def _not_connected(self, sent: bool) -> CommandError:
        """A command the link could not send was not done: send it again. One the studio had when the link
        dropped may have been (a studio killed after its commit): sent again blindly, a 下一个 skipped an item."""
        if sent:
            return CommandError("not_connected", self.tr(
                "the connection to the studio dropped before it answered: this may have been done. Look at the "
                "desk once it is connected again before you send it again"))
        return CommandError("not_connected", self.tr("not connected to the studio: nothing was done"))

    def send(self, cmd: str, args: dict[str, Any], done: Callable[[dict[str, Any]], None]) -> None:
        """A command whose reply is handled when it comes (catch-up): nothing waits for it."""
        self._waiting[self.link.send(cmd, args)] = done

    def _local(self, cmd: str, args: dict[str, Any]) -> dict[str, Any]:
        if cmd == "app.language":
            self.lang = str(args.get("lang", self.lang))
            return {"lang": self.lang}
        if cmd == "state.get":
            return self.snapshot()
        return {"queued": False}

    def _studio_show(self) -> int | None:
        show = (self.remote.get("show") or {}).get("id")
        return show if isinstance(show, int) else None

    def record(self, type_: str, data: dict[str, Any], at: float | None = None) -> Event:
        raise CommandError("remote", self.tr("a second desk decides nothing itself"))

    def on_tick(self) -> None:
        """Repaint only: automatic actions (time up, sold out) are the studio's."""
        if self.state.status == "live":
            self.tick.emit()

    # ---- what arrives -------------------------------------------------------------------------------

    def _on_message(self, msg: dict[str, Any]) -> None:
        kind = msg.get("type")
        if kind == "reply":
            rid = str(msg.get("id"))
            done = self._waiting.pop(rid, None)
            if done is not None:
                done(msg)
        elif kind == "event":
            self._on_event(msg["event"])
        elif kind == "state":
            self._remote_seq = int(msg.get("seq") or 0)
            self._on_state(msg["state"])
        elif kind == "comments":
            self.comments.on_comments(msg)
        elif kind == "delta":
            self._on_delta(msg)
        elif kind == "link":
            self.connected = bool(msg.get("up"))
            self.refused = None if self.connected else msg.get("refused") or None
            self.refused_final = bool(self.refused and msg.get("final"))
            if not self.connected:
                self._fail_waiting()
                self.comments.link_down()
            self.link_changed.emit(self.connected)
            if self.connected:
                self.catch_up()

    def _fail_waiting(self) -> None:
        """The link dropped: what was asked on it is never answered. Fail each request as the link
        fails one sent while down, so no desk stays busy waiting (the next connect asks again)."""
        waiting, self._waiting = self._waiting, {}
        for rid, done in waiting.items():
            reply = {"type": "reply", "id": rid, "ok": False,
                     "error": {"code": "not_connected", "message": "the connection to the studio dropped",
                               "sent": True}}  # what it was may have been done
            done(reply)

    def _on_event(self, payload: dict[str, Any]) -> None:
        event = event_of(payload)
        self._log.saw((event.seq, False))
        if self.show_id is None or (event.seq and event.seq <= self.last_seq):
            return  # already in the folded log
        self.last_seq = max(self.last_seq, event.seq)
        apply(self.state, event)
        self.event_added.emit(payload)
        self._changed(changes_of([event]))

    def _on_state(self, state: dict[str, Any]) -> None:
        old, self.remote = self.remote, state
        self._log.saw((0, True))
        self.questions.on_state(state)
        self.phrase_desk.on_state(state)
        self.product_desk.on_state(state)
        if self._out_of_step(state):
            self.catch_up()
        changes = Change(0)
        for key, flag in REMOTE_PARTS.items():
            if state.get(key) != old.get(key):
                changes |= flag
        if changes:
            self.changed.emit(changes)
        self.state_changed.emit()

    def _out_of_step(self, state: dict[str, Any]) -> bool:
        """The studio's published state says the folded log is not its show's as it stands."""
        show = state.get("show") or {}
        if show.get("id") != self.show_id or show.get("status") != self.state.status:
            return True  # another show opened on the studio, or a change we have no event for
        if show.get("status") != "draft":
            return False
        # draft run-sheet edits are no events: the rows the studio published must be the ones folded
        # here (a rename or a price keeps the count), compared as JSON, as the studio's came
        rows = state.get("runsheet") or []
        return len(rows) != len(self.state.segments) or \
            orjson.loads(orjson.dumps(runsheet_view(self.state, self.clock.now()))) != rows

    def _on_delta(self, msg: dict[str, Any]) -> None:
        """A delta applies to the state it was made from; after a gap, ask the studio for the full state.
        Deltas that come while it is on their way are kept: the answer may be older than they are."""
        if msg.get("base") == self._remote_seq:
            self._remote_seq = int(msg["seq"])
            self._on_state(apply_delta(self.remote, msg))
        elif self._resyncing:
            self._held_deltas.append(msg)
        else:
            self._resyncing = True
            self.send("state.get", {}, self._resynced)

    def _resynced(self, reply: dict[str, Any]) -> None:
        self._resyncing = False
        held, self._held_deltas = self._held_deltas, []
        if reply.get("ok"):
            state = dict(reply["result"])
            seq = int(state.pop("seq", 0))
            if seq >= self._remote_seq:  # a full state pushed while it travelled may be newer
                self._remote_seq = seq
                self._on_state(state)
        for msg in held:
            if int(msg.get("seq") or 0) > self._remote_seq:
                self._on_delta(msg)  # made after the answer: applied in order (a gap asks again)

    def catch_up(self) -> None:
        """Fold the studio's whole event log again (after a connect, a drop, another show)."""
        self._fetch_log()
        self.comments.catch_up()  # answered after show.events: the studio answers in order
        self.phrase_desk.fetch()
        self.questions.queue.refresh()  # statuses may have moved while the link was down

    def _fetch_log(self) -> None:
        self._log.start()
        self.send("show.events", {}, self._caught_up)

    def _caught_up(self, reply: dict[str, Any]) -> None:
        self._fold(reply)
        newest, stated = self._log.done() or (0, False)
        if (reply.get("error") or {}).get("code") == "not_connected":
            return  # the next connect asks again
        if (self.show_id is not None and newest > self.last_seq) or (stated and self._out_of_step(self.remote)):
            self._fetch_log()  # an event or a state pushed while it travelled is newer than this log

    def _fold(self, reply: dict[str, Any]) -> None:
        if not reply.get("ok"):
            if (reply.get("error") or {}).get("code") == "not_connected":
                return  # the link dropped: the show is still open on the studio; the next connect asks again
            if self.show_id is not None:
                self.show_id = None
                self.show_closed.emit()
                self._changed(EVERY_PART)
            return
        r = reply["result"]
        events = [event_of(e) for e in r["events"]]
        state = fold(events)
        state.title, state.platform, state.host = r["title"], r["platform"], r["host"]
        state.planned_start = r.get("planned_start")
        if r.get("segments") is not None:
            state.segments = [Segment.from_json(d) for d in r["segments"]]
        self.state, self.last_seq = state, max((e.seq for e in events), default=0)
        self.show_id = int(r["show_id"])
        self.show_opened.emit(self.show_id)
        self._changed(EVERY_PART)

    # ---- reading ------------------------------------------------------------------------------------

    def snapshot(self, now: float | None = None) -> dict[str, Any]:
        """The same snapshot the studio makes: clocks and run-sheet from the folded events, the rest
        (sales, polls, entrants, questions, feed) as the studio last published it."""
        now = self.clock.now() if now is None else now
        out = {k: v for k, v in self.remote.items() if k not in ("host", "banners")}
        out.update(snapshot(self.state, self.show_id, now))
        out["message"] = message_view(self.state)  # from the folded events: no wait for the next state
        if self.state.lottery is not None and self.remote.get("lottery"):
            out["lottery"] = {**self.remote["lottery"], **out["lottery"], "entrants": self.remote["lottery"].get(
                "entrants", out["lottery"].get("entrants"))}
        out.setdefault("feed", {"total": 0, "per_second": 0.0, "malformed": 0})
        out["host"] = host_screen(out, _host_tr)
        out["banners"] = [b["text"] for b in out["host"]["banners"]]
        return out

    def feed_stats(self) -> dict[str, Any]:
        return dict(self.remote.get("feed") or {"total": 0, "per_second": 0.0, "malformed": 0})

    def list_shows(self) -> list[ShowInfo]:
        try:
            shows = self.execute("show.list")["shows"]
        except CommandError:
            return []
        return [ShowInfo(s["id"], s["title"], s.get("platform", ""), s.get("host", ""),
                         datetime.fromtimestamp(s["planned_start"]) if s.get("planned_start") else None,
                         s["status"], s["items"]) for s in shows]

    def get_show(self, show_id: int) -> ShowInfo:
        found = next((s for s in self.list_shows() if s.id == show_id), None)
        if found is None:
            raise CommandError("not_found", self.tr("no such show on the studio"))
        return found

    def open_show(self, show_id: int) -> None:
        self.execute("show.open", {"show_id": show_id})

    def user_comments(self, show_id: int, platform: str, user_id: str, limit: int = 500) -> list[Comment]:
        """A viewer's comments as the studio holds them (`feed.user`). Called off the GUI thread (as the
        studio's own reads the database): the request goes out from the GUI thread, this one waits."""
        got: dict[str, Any] = {}
        answered = threading.Event()

        def done(reply: dict[str, Any]) -> None:
            got.update(reply)
            answered.set()

        self._ask.emit("feed.user", {"platform": platform, "user_id": user_id, "limit": limit}, done)
        if not answered.wait(REPLY_TIMEOUT_S) or not got.get("ok"):
            raise CommandError("timeout", self.tr("the studio did not answer in time; is the network up?"))
        return [from_wire(d) for d in got["result"]["comments"]]

