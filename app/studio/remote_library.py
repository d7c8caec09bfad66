"""The second desk's 话术 and Products tabs: the studio's libraries, read with query commands.

The desks stand where the studio's PhraseDesk and ProductDesk stand (the tabs find them the same
way), but what they hold is fetched: `phrases.all` and `products.list`, again whenever the version
the studio publishes in its state (`phrases.version`, `products.version`) moves. Every change is
the studio's own command (phrases.add, products.merge, products.plan …), as on the studio's desk.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from app.core import phrases as ph
from app.core import product_library as pl
from app.studio.in_flight import InFlight, last
from app.studio.phrases import PhraseDesk
from app.studio.products import ProductDesk
from app.studio.studio import Studio

log = logging.getLogger(__name__)
T = TypeVar("T")
Send = Callable[[str, dict[str, Any], Callable[[dict[str, Any]], None]], None]


def known(cls: type[T], d: dict[str, Any]) -> T:
    """`cls(**d)` without the fields this desk does not know: a newer studio may add some (protocol)."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in d.items() if k in names})


def product_of(d: dict[str, Any]) -> pl.Product:
    history = [known(pl.Appearance, h) for h in d.get("history") or []]
    return pl.Product(d["key"], d["name"], d.get("sku", ""), d.get("product_id", ""), list(d.get("merged") or []),
                      history)


def _version(state: dict[str, Any], key: str) -> int | None:
    part = state.get(key)
    return int(part["version"]) if isinstance(part, dict) and isinstance(part.get("version"), int) else None


class RemotePhrases(PhraseDesk):
    def __init__(self, studio: Studio, send: Send) -> None:
        super().__init__(studio)  # no store: starts empty, filled from the studio
        self.send = send
        self.version = -1  # never fetched
        self.fetches: InFlight[int] = InFlight(last)

    def fetch(self) -> None:
        if not self.fetches.asking:
            self.fetches.start()
            self.send("phrases.all", {}, self._fetched)

    def _fetched(self, reply: dict[str, Any]) -> None:
        try:
            if reply.get("ok"):
                r = reply["result"]
                phrases = [known(ph.Phrase, p) for p in r["phrases"]]
                self.version, self.phrases = int(r["version"]), phrases
                self.changed.emit()
        except (KeyError, TypeError, ValueError) as exc:  # the studio's answer, not this desk's bug
            log.warning("phrases.all answer not understood: %r", exc)
        finally:
            again = self.fetches.done_behind(self.version)
        if again:
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
        self.wanted = False  # the tab was shown: from then on, follow the studio's version
        self.fetches: InFlight[int] = InFlight(last)

    def refresh(self) -> None:
        """The tab asks when shown: the studio computes its library again and says when (its version)."""
        self.wanted = True
        self._ask({"refresh": True})

    def _ask(self, args: dict[str, Any]) -> None:
        self.fetches.start()
        self.send("products.list", args, self._listed)

    def _listed(self, reply: dict[str, Any]) -> None:
        try:
            if not reply.get("ok"):
                self.failed.emit(str((reply.get("error") or {}).get("message", "")))
            else:
                r = reply["result"]
                products = [product_of(d) for d in r["products"]]
                self.version, self.products = int(r["version"]), products
                self.ready.emit(self.products)
        except (KeyError, TypeError, ValueError) as exc:  # the studio's answer, not this desk's bug
            log.warning("products.list answer not understood: %r", exc)
        finally:
            again = self.fetches.done_behind(self.version)
        if again:
            self._ask({})

    def on_state(self, state: dict[str, Any]) -> None:
        version = _version(state, "products")
        if version is not None and not self.fetches.saw(version) and self.wanted and version != self.version:
            self._ask({})
