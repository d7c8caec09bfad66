"""Commands about the app rather than the show: speak a line, the language of cues and refusals, quit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.core import args as a
from app.live.speech import PRIORITY_NORMAL
from app.studio.errors import CommandError

if TYPE_CHECKING:
    from app.studio.studio import Studio


def _tr(text: str) -> str:
    return QCoreApplication.translate("Studio", text)  # the Studio's own context, as before the move


def register_app_commands(studio: Studio) -> None:
    def speech_say(args: dict[str, Any]) -> dict[str, Any]:
        text = a.text(args, "text", max_len=1 << 20)
        if not text:
            raise CommandError("bad_args", _tr("text is empty"))
        return {"queued": studio.say(text, PRIORITY_NORMAL)}

    def app_language(args: dict[str, Any]) -> dict[str, Any]:
        """The language spoken cues and refusals use (zh_CN or en)."""
        lang = str(args.get("lang", ""))
        if lang not in ("zh_CN", "en"):
            raise CommandError("bad_args", _tr("lang is zh_CN or en"))
        studio.lang = lang
        return {"lang": lang}

    def app_quit(_args: dict[str, Any]) -> dict[str, Any]:
        studio.after_commit(studio.quit_requested.emit)
        return {}

    for cmd, fn in {"speech.say": speech_say, "app.language": app_language, "app.quit": app_quit}.items():
        studio.register(cmd, fn)
