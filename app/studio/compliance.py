"""话术 compliance, wired: the checker over the data dir's word list, the `compliance.check` and
`compliance.report` commands, and the report recorded at show.start.

The run-sheet editor marks hits as they are typed (`ComplianceDesk.check`), the desk asks before a
blocking line reaches the host view, and the start of a show records one `compliance_checked`
event with every flagged line, so the review and a remote desk see what went on air unchecked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from app.core import args as a
from app.core import compliance as cc
from app.core.changes import Change
from app.core.events import Event
from app.core.reducers import register
from app.core.show import ShowState
from app.core.triage import BannedWord, load_wordlist
from app.studio.desk import DeskStudio
from app.studio.studio import Studio
from app.studio.wordlist import SHIPPED_WORDLIST

COMPLIANCE_CHECKED = "compliance_checked"
MAX_REPORTED = 200  # lines kept in the event: a run-sheet with more flags needs its editor, not a list

REASON_TEXTS = {
    "absolute": QT_TRANSLATE_NOOP("Compliance", "absolute claim (广告法 Art. 9)"),
    "medical": QT_TRANSLATE_NOOP("Compliance", "medical claim for a product that is not a medicine"),
    "guarantee": QT_TRANSLATE_NOOP("Compliance", "promise of a result or guarantee"),
    "diversion": QT_TRANSLATE_NOOP("Compliance", "sends viewers off the platform"),
    "banned": QT_TRANSLATE_NOOP("Compliance", "banned on the platform"),
}


def reason_text(category: str) -> str:
    return QCoreApplication.translate("Compliance", str(REASON_TEXTS.get(category, REASON_TEXTS["banned"])))


def hit_tip(text: str, hits: Sequence[cc.Hit]) -> str:
    """Tooltip lines: the word, why, and the suggested rewording."""
    lines = [cc.mark_text(text, hits)] if len(text) <= 200 else []
    for h in hits:
        mark = "⚠" if h.severity == cc.WARN else "⛔"
        lines.append(f"{mark} {h.word}: {reason_text(h.category)}" + (f" → {h.suggestion}" if h.suggestion else ""))
    return "\n".join(lines)


def _checked(state: ShowState, e: Event) -> None:
    state.extra["compliance"] = {"summary": dict(e.data.get("summary", {})), "lines": list(e.data.get("lines", []))}


register(COMPLIANCE_CHECKED, _checked, Change.COMPLIANCE)


class ComplianceDesk(QObject):
    """One per Studio. Other modules (the 话术 library) add their lines through `sources`."""

    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        self.sources: list[Callable[[cc.Checker], list[cc.LineHits]]] = []
        self._words: list[BannedWord] | None = None
        self._built_from: list[BannedWord] | None = None
        self._checker = cc.Checker(())
        studio.register("compliance.check", self.check_cmd, writes=False)
        studio.register("compliance.report", self.report_cmd, writes=False)
        studio.shows.starters.append(self._at_start)
        studio.views["compliance"] = lambda _now: studio.state.extra.get("compliance")

    @property
    def checker(self) -> cc.Checker:
        """Rebuilt when the feed's word list was reloaded (the user edited it)."""
        feed = self.studio.feed
        words = feed.banned if feed is not None else self._words
        if words is None:
            words = self._words = load_wordlist(SHIPPED_WORDLIST) if SHIPPED_WORDLIST.exists() else []
        if words is not self._built_from:
            self._checker, self._built_from = cc.Checker(words), words
        return self._checker

    def check(self, text: str) -> list[cc.Hit]:
        return self.checker.check(text)

    def report(self) -> list[cc.LineHits]:
        out = cc.runsheet_report(self.checker, self.studio.state.segments)
        for source in self.sources:
            out += source(self.checker)
        return out

    def check_cmd(self, args: dict[str, Any]) -> dict[str, Any]:
        """Read-only: the hits in one line (a control client's editor uses it as the desk does)."""
        text = a.text(args, "text", required=True, max_len=20_000)
        hits = self.check(text)
        return {"hits": cc.LineHits("message", None, "text", text, tuple(hits)).to_json()["hits"],
                "blocks": any(h.severity == cc.BLOCK for h in hits)}

    def report_cmd(self, _args: dict[str, Any]) -> dict[str, Any]:
        self.studio.need_show()
        rep = self.report()
        return {"summary": cc.summary(rep), "lines": [lh.to_json() for lh in rep[:MAX_REPORTED]]}

    def _at_start(self) -> None:
        """Recorded only when something is flagged: a clean run-sheet starts as it always did."""
        rep = self.report()
        if not rep:
            return
        self.studio.record(COMPLIANCE_CHECKED, {"summary": cc.summary(rep),
                                                "lines": [lh.to_json() for lh in rep[:MAX_REPORTED]]})


def desk_of(studio: DeskStudio) -> ComplianceDesk | None:
    """The Studio's compliance desk (the runtime makes one), for the editor and the desk."""
    return studio.findChild(ComplianceDesk)
