"""Show commands: list, create, open, rename, update, duplicate, delete, close, start and end.

A show's status lives in its events (started, ended); the `status` column of the show list is
written in the same transaction, so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from app.core import args as a
from app.core import events as ev
from app.core.changes import Change
from app.core.text import fill
from app.live.speech import PRIORITY_CUE
from app.models.store import NotFound
from app.studio.errors import CommandError

if TYPE_CHECKING:
    from app.studio.studio import Studio

PLATFORMS = ("douyin", "taobao", "kuaishou", "tiktok", "other")
PLATFORM_NAMES = {
    "douyin": QT_TRANSLATE_NOOP("Shows", "Douyin"), "taobao": QT_TRANSLATE_NOOP("Shows", "Taobao Live"),
    "kuaishou": QT_TRANSLATE_NOOP("Shows", "Kuaishou"), "tiktok": QT_TRANSLATE_NOOP("Shows", "TikTok Shop"),
    "other": QT_TRANSLATE_NOOP("Shows", "Other"),
}


def platform_name(code: str) -> str:
    return QCoreApplication.translate("Shows", str(PLATFORM_NAMES.get(code, PLATFORM_NAMES["other"])))


class ShowCommands(QObject):
    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        # Feature modules close what they have running when the show ends (sale, coupons, lottery).
        self.closers: list[Callable[[], None]] = []
        # ... and check what they need at the start (the 话术 compliance report), inside the same command.
        self.starters: list[Callable[[], None]] = []
        for cmd, fn in {"show.list": self.list, "show.open": self.open, "show.create": self.create,
                        "show.rename": self.rename, "show.update": self.update, "show.duplicate": self.duplicate,
                        "show.delete": self.delete, "show.close": self.close, "show.start": self.start,
                        "show.end": self.end}.items():
            studio.register(cmd, fn)
        studio.register("show.events", self.events, writes=False)

    def _error(self, code: str, message: str) -> Exception:
        return CommandError(code, message)

    def events(self, _args: dict[str, Any]) -> dict[str, Any]:
        """The open show's event log (and, before its start, its run-sheet): a second desk folds it into
        the same state (catch-up after a connect or a drop). Reads only."""
        show_id = self.studio.need_show()
        st = self.studio.state
        return {"show_id": show_id, "title": st.title, "platform": st.platform, "host": st.host,
                "planned_start": st.planned_start, "status": st.status,
                "segments": [s.to_json() for s in st.segments] if st.status == "draft" else None,
                "events": [e.to_json() for e in self.studio.store.events(show_id)]}

    def list(self, _args: dict[str, Any]) -> dict[str, Any]:
        return {"shows": [{"id": s.id, "title": s.title, "status": s.status, "items": s.items,
                           "platform": s.platform, "host": s.host,
                           "planned_start": s.planned_start.timestamp() if s.planned_start else None}
                          for s in self.studio.store.list_shows()]}

    def _show_id(self, args: dict[str, Any], default: int | None = None) -> int:
        show_id = a.integer(args, "show_id", default, lo=1)
        try:
            self.studio.store.get_show(show_id)
        except NotFound:
            raise self._error("not_found", fill(self.tr("show %1 does not exist"), show_id)) from None
        return show_id

    def open(self, args: dict[str, Any]) -> dict[str, Any]:
        show_id = self._show_id(args)
        self.studio.open_show(show_id)
        return {"show_id": show_id}

    def close(self, _args: dict[str, Any]) -> dict[str, Any]:
        self.studio.need_show()
        self.studio.close_show()
        return {}

    def create(self, args: dict[str, Any]) -> dict[str, Any]:
        title = a.text(args, "title", required=True, max_len=200)
        planned = a.timestamp(args, "planned_start")
        platform = a.text(args, "platform", "douyin")
        if platform not in PLATFORMS:
            raise a.BadArg("platform", "one of " + ", ".join(PLATFORMS))
        show_id = self.studio.store.create_show(
            title, platform, a.text(args, "host", "", max_len=100),
            datetime.fromtimestamp(planned) if planned is not None else None, s=self.studio.db())
        self.studio.touch(Change.SHOWS)
        return {"show_id": show_id}

    def rename(self, args: dict[str, Any]) -> dict[str, Any]:
        return self._edit({"title": a.text(args, "title", required=True, max_len=200)})

    def update(self, args: dict[str, Any]) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        if "platform" in args:
            fields["platform"] = a.text(args, "platform")
            if fields["platform"] not in PLATFORMS:
                raise a.BadArg("platform", "one of " + ", ".join(PLATFORMS))
        if "host" in args:
            fields["host"] = a.text(args, "host", max_len=100)
        if "planned_start" in args:
            if self.studio.state.status != "draft":
                raise self._error("not_draft", self.tr("the planned start can only change before the show"))
            fields["planned_start"] = a.timestamp(args, "planned_start")
        if not fields:
            raise a.BadArg("platform, host or planned_start", "missing")
        return self._edit(fields)

    def _edit(self, fields: dict[str, Any]) -> dict[str, Any]:
        """One event with what changed, and the show list's row in the same transaction."""
        studio = self.studio
        show_id = studio.need_show()
        st = studio.state
        changed = {k: v for k, v in fields.items() if getattr(st, k) != v}
        if changed:
            row = {k: (datetime.fromtimestamp(v) if k == "planned_start" and v is not None else v)
                   for k, v in changed.items()}
            studio.store.update_show(show_id, s=studio.db(), **row)
            studio.record(ev.SHOW_UPDATED, changed)
            studio.touch(Change.SHOWS)
        return {"changed": sorted(changed)}

    def duplicate(self, args: dict[str, Any]) -> dict[str, Any]:
        """The run-sheet as a new draft: the template for the next show. Events stay behind."""
        source = self._show_id(args, self.studio.show_id)
        title = fill(self.tr("%1 (copy)"), self.studio.store.get_show(source).title)
        new_id = self.studio.store.duplicate_show(source, a.text(args, "title", title, max_len=200) or title,
                                                  s=self.studio.db())
        self.studio.touch(Change.SHOWS)
        return {"show_id": new_id}

    def delete(self, args: dict[str, Any]) -> dict[str, Any]:
        show_id = self._show_id(args)
        studio = self.studio
        if show_id == studio.show_id:
            if studio.state.status == "live":
                raise self._error("show_live", self.tr("end the show before deleting it"))
            studio.close_show()  # ingest refuses more of it
        elif studio.store.get_show(show_id).status == "live":
            raise self._error("show_live", self.tr("end the show before deleting it"))
        if studio.feed is not None:  # every row accepted for it written first: none meets a deleted show
            studio.feed.pipeline.writer.flush()
        studio.store.delete_show(show_id, s=studio.db())
        studio.touch(Change.SHOWS)
        return {}

    def start(self, _args: dict[str, Any]) -> dict[str, Any]:
        studio = self.studio
        show_id = studio.need_show()
        st = studio.state
        if st.status != "draft":
            raise self._error("bad_state", self.tr("the show has already started"))
        if not st.segments:
            raise self._error("empty_runsheet", self.tr("the run-sheet has no items"))
        studio.store.update_show(show_id, s=studio.db(), status="live")
        studio.record(ev.SHOW_STARTED, {"segments": [s.to_json() for s in st.segments],
                                        "planned_start": st.planned_start})
        started = studio.onair.start_segment(0, "start")
        for check in self.starters:
            check()
        return started

    def end(self, _args: dict[str, Any]) -> dict[str, Any]:
        """The end closes everything as events: the sale ends, coupons stop, an open lottery closes."""
        studio = self.studio
        studio.need_live()
        for close in self.closers:
            close()
        studio.store.update_show(studio.need_show(), s=studio.db(), status="ended")
        studio.record(ev.SHOW_ENDED, {})
        studio.after_commit(lambda: studio.say(self.tr("The show has ended"), PRIORITY_CUE))
        return {}
