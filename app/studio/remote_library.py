"""The second desk's 话术 and Products tabs: the studio's libraries, read with query commands.

The desks stand where the studio's PhraseDesk and ProductDesk stand (the tabs find them the same
way), but what they hold is fetched: `phrases.all` and `products.list`, again whenever the version
the studio publishes in its state (`phrases.version`, `products.version`) moves. Every change is
the studio's own command (phrases.add, products.merge, products.plan …), as on the studio's desk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core import phrases as ph
from app.core import product_library as pl
from app.studio.phrases import PhraseDesk
from app.studio.products import ProductDesk
from app.studio.studio import Studio

Send = Callable[[str, dict[str, Any], Callable[[dict[str, Any]], None]], None]


def product_of(d: dict[str, Any]) -> pl.Product:
    history = [pl.Appearance(**h) for h in d.get("history") or []]
    return pl.Product(d["key"], d["name"], d.get("sku", ""), d.get("product_id", ""), list(d.get("merged") or []),
                      history)


def _version(state: dict[str, Any], key: str) -> int | None:
    part = state.get(key)
    return int(part["version"]) if isinstance(part, dict) and isinstance(part.get("version"), int) else None


class Fetches:
    """One library's fetches in flight, and the newest version the studio published meanwhile. A reply
    and a state push are separate messages and either may arrive first: an answer older than what was
    published while it was on its way is asked again, or the desk would keep it (an empty Products tab)."""

    def __init__(self) -> None:
        self.asking = 0
        self.seen: int | None = None  # the last version published while a fetch was on its way

    def start(self) -> None:
        if not self.asking:
            self.seen = None
        self.asking += 1

    def saw(self, version: int) -> bool:
        """True while a fetch is on its way (its answer decides what comes next)."""
        if self.asking:
            self.seen = version
        return bool(self.asking)

    def old(self, version: int) -> bool:
        """The answer (holding `version`) came: is it older than what was published meanwhile?"""
        self.asking = max(0, self.asking - 1)
        return not self.asking and self.seen is not None and self.seen != version


class RemotePhrases(PhraseDesk):
    def __init__(self, studio: Studio, send: Send) -> None:
        super().__init__(studio)  # no store: starts empty, filled from the studio
        self.send = send
        self.version = -1  # never fetched
        self.fetches = Fetches()

    def fetch(self) -> None:
        if not self.fetches.asking:
            self.fetches.start()
            self.send("phrases.all", {}, self._fetched)

    def _fetched(self, reply: dict[str, Any]) -> None:
        if not reply.get("ok"):
            self.fetches.old(self.version)
            return
        r = reply["result"]
        self.version = int(r["version"])
        self.phrases = [ph.Phrase(**p) for p in r["phrases"]]
        self.changed.emit()
        if self.fetches.old(self.version):
            self.fetch()

    def on_state(self, state: dict[str, Any]) -> None:
        version = _version(state, "phrases")
        if version is not None and not self.fetches.saw(version) and version != self.version:
            self.fetch()


class RemoteProducts(ProductDesk):
    def __init__(self, studio: Studio, send: Send) -> None:
        super().__init__(studio)
        self.send = send
        self.version = -1  # never fetched
        self.fetches = Fetches()

    def refresh(self) -> None:
        """The tab asks when shown: the studio computes its library again and says when (its version)."""
        self._ask({"refresh": True})

    def _ask(self, args: dict[str, Any]) -> None:
        self.fetches.start()
        self.send("products.list", args, self._listed)

    def _listed(self, reply: dict[str, Any]) -> None:
        if not reply.get("ok"):
            self.fetches.old(self.version)
            self.failed.emit(str((reply.get("error") or {}).get("message", "")))
            return
        r = reply["result"]
        self.version = int(r["version"])
        self.products = [product_of(d) for d in r["products"]]
        self.ready.emit(self.products)
        if self.fetches.old(self.version):
            self._ask({})

    def on_state(self, state: dict[str, Any]) -> None:
        version = _version(state, "products")
        if version is not None and not self.fetches.saw(version) and self.version >= 0 \
                and version != self.version:
            self._ask({})
