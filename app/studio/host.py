"""Talking to the host: `host.message` puts a short line on the host view, `host.clear` wipes
the message and the pinned comment. Same commands from the desk, the feed and the websocket."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from app.core import args as a
from app.core import host as hc
from app.studio.studio import CommandError, Studio

REFUSALS = {
    hc.MESSAGE_REFUSALS[0]: QT_TRANSLATE_NOOP("Host", "the message is empty"),
    hc.MESSAGE_REFUSALS[1]: QT_TRANSLATE_NOOP("Host", "the message is longer than 80 characters"),
}


class HostDesk(QObject):
    """Registers the host-view commands on the Studio; the reducer steps live in app.core.host."""

    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        studio.register("host.message", self.message)
        studio.register("host.clear", self.clear)
        studio.views["message"] = lambda _now: hc.message_view(studio.state)

    def message(self, args: dict[str, Any]) -> dict[str, Any]:
        self.studio.need_show()
        text = hc.clean_message(a.text(args, "text", max_len=1 << 20))  # the length is check_message's
        reason = hc.check_message(text)
        if reason:
            raise CommandError("bad_args", QCoreApplication.translate("Host", str(REFUSALS[reason])))
        flash = args.get("flash", True)
        if not isinstance(flash, bool):
            raise CommandError("bad_args", QCoreApplication.translate("Host", "flash must be true or false"))
        self.studio.record(hc.HOST_MESSAGE, {"text": text, "flash": flash})
        return {}

    def clear(self, _args: dict[str, Any]) -> dict[str, Any]:
        self.studio.need_show()
        if self.studio.state.pinned is None and hc.message_view(self.studio.state) is None:
            raise CommandError("bad_state", QCoreApplication.translate("Host", "the host view is already clear"))
        self.studio.record(hc.HOST_CLEARED, {})
        return {}
