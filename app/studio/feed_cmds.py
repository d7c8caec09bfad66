"""Commands for what the desk changes about the feed and the studio's inputs: blocked viewers,
highlighted keywords, comments removed by the desk, the speech mute and the relay settings.

Block, keywords and delete are show events (replayed on reopen, undone by their inverse command,
published to every desk); the mute and the relays belong to the running studio, not the show, so
they are commands without an event but are announced and published all the same. Changing the
relays never waits on the network: the relay clients are replaced on the server's loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from app.core import feed_rules as fr
from app.core.changes import Change
from app.live.relays import DEFAULT_URLS, RelaySpec
from app.studio.errors import CommandError

if TYPE_CHECKING:
    from app.studio.studio import Studio


def relay_specs(raw: Any) -> list[RelaySpec]:
    """Validated relay settings: a known format, a ws:// or wss:// URL, and Twitch a channel."""
    if not isinstance(raw, list):
        raise CommandError("bad_args", QCoreApplication.translate("FeedDesk", "relays must be a list"))
    out = []
    for r in raw:
        if not isinstance(r, dict):
            raise CommandError("bad_args", QCoreApplication.translate(
                "FeedDesk", "each relay is an object with format, url and channel"))
        spec = RelaySpec(str(r.get("format", "")), str(r.get("url", "")).strip(),
                         str(r.get("channel", "")).strip().lstrip("#").lower())
        if spec.format not in DEFAULT_URLS:
            raise CommandError("bad_args", QCoreApplication.translate("FeedDesk", "unknown relay format"))
        if not spec.url.startswith(("ws://", "wss://")) or (spec.format == "twitch" and not spec.channel):
            raise CommandError("bad_args", QCoreApplication.translate(
                "FeedDesk", "Each relay needs a ws:// or wss:// URL, and Twitch a channel."))
        out.append(spec)
    return out


class FeedDesk(QObject):
    """Registers the feed and input commands and keeps the CommentFeed in step with the show's rules."""

    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        commands = {"feed.block": self.block, "feed.unblock": self.unblock, "feed.keywords": self.set_keywords,
                    "comment.delete": self.delete, "comment.restore": self.restore,
                    "speech.mute": self.mute, "relays.set": self.set_relays}
        for cmd, fn in commands.items():
            studio.register(cmd, fn, writes=cmd != "speech.mute")  # the mute is a flag, not a row
        studio.views["inputs"] = self.view
        studio.changed.connect(self._sync)
        self._marked: frozenset[int] = frozenset()

    # ---- show rules (events) -----------------------------------------------------------------------

    def block(self, args: dict[str, Any]) -> dict[str, Any]:
        self.studio.need_show()
        platform, user = fr.viewer_key(args.get("platform", ""), args.get("user_id"))
        if (platform, user) not in fr.blocked(self.studio.state):
            self.studio.record(fr.VIEWER_BLOCKED, {"platform": platform, "user_id": user})
        return {"blocked": True}

    def unblock(self, args: dict[str, Any]) -> dict[str, Any]:
        self.studio.need_show()
        platform, user = fr.viewer_key(args.get("platform", ""), args.get("user_id"))
        if (platform, user) in fr.blocked(self.studio.state):
            self.studio.record(fr.VIEWER_UNBLOCKED, {"platform": platform, "user_id": user})
        return {"blocked": False}

    def set_keywords(self, args: dict[str, Any]) -> dict[str, Any]:
        """Returns the previous list too, so the caller can undo with it."""
        self.studio.need_show()
        new = fr.clean_keywords(args.get("keywords", []))
        old = fr.keywords(self.studio.state)
        if new != old:
            self.studio.record(fr.KEYWORDS_SET, {"keywords": new})
        return {"keywords": new, "previous": old}

    def delete(self, args: dict[str, Any]) -> dict[str, Any]:
        """The desk hides a comment everywhere (kept in the database, marked deleted on every desk)."""
        self.studio.need_show()
        cid = args["comment_id"]
        if not isinstance(cid, int) or isinstance(cid, bool):
            raise CommandError("bad_args", QCoreApplication.translate("FeedDesk", "comment_id must be a number"))
        if cid not in fr.deleted(self.studio.state):
            self.studio.record(fr.COMMENT_DELETED, {"comment_id": cid})
        return {"deleted": True}

    def restore(self, args: dict[str, Any]) -> dict[str, Any]:
        self.studio.need_show()
        cid = args["comment_id"]
        if cid in fr.deleted(self.studio.state):
            self.studio.record(fr.COMMENT_RESTORED, {"comment_id": cid})
        return {"deleted": False}

    # ---- the running studio (no event) ----------------------------------------------------------------

    def mute(self, args: dict[str, Any]) -> dict[str, Any]:
        muted = args.get("muted")
        if not isinstance(muted, bool):
            raise CommandError("bad_args", QCoreApplication.translate("FeedDesk", "muted must be true or false"))
        speaker = self.studio.speaker
        if speaker is not None and speaker.muted != muted:
            speaker.muted = muted  # one flag the speech thread reads; no event to roll back
            self.studio.touch(Change.SPEECH)
        return {"muted": muted}

    def set_relays(self, args: dict[str, Any]) -> dict[str, Any]:
        """Replace the relay clients; returns at once (the clients connect on the server's loop)."""
        specs = relay_specs(args.get("relays", []))
        relays = self.studio.relays
        if relays is None:
            raise CommandError("no_relays", QCoreApplication.translate("FeedDesk", "relays are not available here"))
        relays.set_relays(specs, wait=False)
        self.studio.touch(Change.RELAYS)
        return {"relays": [self._spec(s) for s in specs]}

    @staticmethod
    def _spec(s: RelaySpec) -> dict[str, str]:
        return {"format": s.format, "url": s.url, "channel": s.channel}

    def view(self, _now: float) -> dict[str, Any]:
        state, relays, speaker = self.studio.state, self.studio.relays, self.studio.speaker
        return {"blocked": [{"platform": p, "user_id": u} for p, u in sorted(fr.blocked(state))],
                "keywords": fr.keywords(state), "deleted": sorted(fr.deleted(state)),
                "muted": bool(speaker and speaker.muted),
                "relays": [self._spec(s) for s in relays.specs] if relays is not None else []}

    # ---- keeping the feed in step ------------------------------------------------------------------------

    def _sync(self, changes: Change) -> None:
        """After a change to the rules (or another show): the feed gets new immutable copies."""
        feed = self.studio.feed
        if feed is None or not changes & (Change.FEED_RULES | Change.SHOW):
            return
        state = self.studio.state
        feed.blocked = fr.blocked(state)
        if feed.keywords != fr.keywords(state):
            feed.set_keywords(fr.keywords(state))
        deleted = fr.deleted(state)
        flipped = deleted ^ self._marked
        self._marked = deleted
        feed.mark_deleted(flipped, deleted)
