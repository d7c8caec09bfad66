"""The product library, wired: computed off the GUI thread, merges as Studio commands, and the
next show planned from it through `runsheet.add_many`.

`products.merge` {key, into} shows one product key as part of another; `products.unmerge` {key}
undoes it (the reply of each says what to run to undo it, so the desk's undo stack and a control
client undo alike). `products.plan` {products: [row, …], index?} adds library rows to the open
show with their last price, talking points and learned minutes, as one undoable step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core import args as a
from app.core import product_library as pl
from app.core.changes import Change
from app.models import product_library as mp
from app.studio.desk import DeskStudio
from app.studio.studio import CommandError, Studio
from app.studio.tasks import run_in_thread


def plan_item(p: pl.Product) -> dict[str, Any]:
    """A library product as the arguments of runsheet.add: the last show's price and talking points (not
    its stock: tonight's is not known until someone types it), the minutes it really took (median over
    its shows; the last plan when it never aired)."""
    last = p.last
    minutes = p.learned_minutes or last.planned_min or 5.0
    return {"name": p.name, "sku": p.sku, "product_id": p.product_id, "minutes": max(0.1, min(600.0, minutes)),
            "list_price": last.list_price / 100, "live_price": last.live_price / 100,
            "talking_points": last.talking_points}


class ProductDesk(QObject):
    """One per Studio: keeps the newest library for the tab and the plan, refreshes it on request."""

    ready = Signal(list)  # list[pl.Product]
    failed = Signal(str)

    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        self.products: list[pl.Product] = []
        self._busy = False
        self._again = False
        studio.register("products.merge", self.merge)
        studio.register("products.unmerge", self.unmerge)
        studio.register("products.plan", self.plan)
        studio.register("products.list", self.list_cmd, writes=False)
        self.version = 0  # published: a second desk fetches the library again when it moves
        studio.views["products"] = lambda _now: {"version": self.version}

    # ---- computing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute off the GUI thread; a request while one runs is served once it ends."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        store = self.studio.store
        run_in_thread(lambda: mp.library(store), self._done)

    def _done(self, result: Any, error: BaseException | None) -> None:
        self._busy = False
        if error is not None:
            self.failed.emit(str(error))
        else:
            self.products = list(result)
            self.version += 1
            self.ready.emit(self.products)
            self.studio.publish_state()
        if self._again:
            self._again = False
            self.refresh()

    def list_cmd(self, args: dict[str, Any]) -> dict[str, Any]:
        """The newest library (a second desk's Products tab); `refresh`: compute it again off the GUI
        thread, and the state's `products.version` moves when the new one is ready."""
        if a.flag(args, "refresh", False) or not self.version:
            self.refresh()
        return {"version": self.version, "products": [dataclasses.asdict(p) for p in self.products]}

    def find(self, key: str) -> pl.Product | None:
        return next((p for p in self.products if p.key == key or key in p.merged), None)

    # ---- commands ----------------------------------------------------------------------------

    def _key(self, args: dict[str, Any], name: str) -> str:
        key = a.text(args, name, required=True, max_len=260)
        if not key.startswith(("pid:", "sku:", "name:")):
            raise a.BadArg(name, "a product key (pid:…, sku:… or name:…)")
        return key

    def merge(self, args: dict[str, Any]) -> dict[str, Any]:
        key, into = self._key(args, "key"), self._key(args, "into")
        if pl.resolve(into, mp.merges(self.studio.store)) == key or key == into:
            raise CommandError("refused", self.tr("a product cannot be merged into itself"))
        before = mp.set_merge(self.studio.store, key, into, self.studio.clock.now(), s=self.studio.db())
        self.studio.touch(Change.PRODUCTS)
        self.studio.after_commit(self.refresh)
        return {"undo": ("products.merge", {"key": key, "into": before}) if before else
                ("products.unmerge", {"key": key})}

    def unmerge(self, args: dict[str, Any]) -> dict[str, Any]:
        key = self._key(args, "key")
        before = mp.set_merge(self.studio.store, key, None, self.studio.clock.now(), s=self.studio.db())
        if before is None:
            raise CommandError("refused", self.tr("this product is not merged into another"))
        self.studio.touch(Change.PRODUCTS)
        self.studio.after_commit(self.refresh)
        return {"undo": ("products.merge", {"key": key, "into": before})}

    def plan(self, args: dict[str, Any]) -> dict[str, Any]:
        """Library products into the open show (keys from the newest library)."""
        keys = args.get("keys")
        if not isinstance(keys, list) or not keys or not all(isinstance(k, str) for k in keys):
            raise a.BadArg("keys", "a non-empty list of product keys")
        items = []
        for key in keys:
            p = self.find(key)
            if p is None:
                raise CommandError("refused", self.tr("that product is not in the library (refresh it)"))
            items.append(plan_item(p))
        return self.studio.execute("runsheet.add_many", {"items": items})


def product_desk(studio: DeskStudio, make: Callable[[Studio], ProductDesk] = ProductDesk) -> ProductDesk:
    """The Studio's product desk (made on first use when no runtime attached one)."""
    desk = studio.findChild(ProductDesk)
    assert isinstance(studio, Studio), "a desk is made on the studio itself"
    return desk if desk is not None else make(studio)
