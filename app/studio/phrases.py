"""The 话术 library, wired: phrases stored in the database, changed only by Studio commands (each
reply names its inverse, so the desk's undo and a control client undo alike), filled from the live
state, switched per segment by group, checked for compliance, and put on the host view.

Commands: phrases.add {kind, text, product_key?, group?}; phrases.add_many {phrases: [...]} or
{text, kind, product_key?, group?} (pasted lines, "【逼单】…" picks the kind); phrases.update
{id, …, position?}; phrases.order {ids, positions?} (lines in the producer's order: the strongest
first); phrases.remove {ids}; phrases.group {item_id, group} (an event: the segment's group);
phrases.show {id} (the line, filled, to the host view through host.message).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core import args as a
from app.core import compliance as cc
from app.core import phrases as ph
from app.core import product_library as pl
from app.core.answers import host_line
from app.core.changes import Change
from app.core.events import Event
from app.core.host import MAX_MESSAGE_CHARS
from app.core.product_library import product_key
from app.core.reducers import register
from app.core.show import ShowState
from app.models import phrases as mph
from app.models import product_library as mpl
from app.studio.compliance import desk_of
from app.studio.desk import DeskStudio
from app.studio.studio import CommandError, Studio

PHRASE_GROUP_SET = "phrase_group_set"


def _group_set(state: ShowState, e: Event) -> None:
    state.extra.setdefault("phrase_groups", {})[str(e.data["item_id"])] = str(e.data.get("group", ""))


register(PHRASE_GROUP_SET, _group_set, Change.PHRASES)


def _fields(args: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    f: dict[str, Any] = {}
    if "kind" in args or not partial:
        kind = a.text(args, "kind", required=True, max_len=10)
        if kind not in ph.KINDS:
            raise a.BadArg("kind", "one of " + "、".join(ph.KINDS))
        f["kind"] = kind
    if "text" in args or not partial:
        f["text"] = " ".join(a.text(args, "text", required=True, max_len=ph.MAX_TEXT).split())
        if not f["text"]:
            raise a.BadArg("text", "empty")
    if "product_key" in args:
        f["product_key"] = a.text(args, "product_key", max_len=260)
    if "group" in args:
        f["group"] = a.text(args, "group", max_len=60).strip()
    if "position" in args:
        f["position"] = a.integer(args, "position", lo=0)
    return f


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class PhraseDesk(QObject):
    changed = Signal()

    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        # A second desk (RemoteStudio) has no store: its phrase commands run on the studio.
        self.phrases: list[ph.Phrase] = mph.all_phrases(studio.store) if studio.store is not None else []
        for cmd, fn in {"phrases.add": self.add, "phrases.add_many": self.add_many, "phrases.update": self.update,
                        "phrases.remove": self.remove, "phrases.order": self.order,
                        "phrases.group": self.group, "phrases.show": self.show,
                        "phrases.list": self.list_cmd, "phrases.all": self.all_cmd}.items():
            studio.register(cmd, fn, writes=cmd not in ("phrases.list", "phrases.all"))
        self._merges: dict[str, str] | None = None  # the product library's merges, read once per change
        self._ids: frozenset[tuple[str, str]] = frozenset()  # the open show's (product ID, 货号) pairs they saw
        studio.changed.connect(self._products_changed)
        self.version = 0  # published, so a second desk knows when to fetch the library again
        studio.views["phrases"] = lambda _now: {"count": len(self.phrases), "version": self.version}
        compliance = desk_of(studio)
        if compliance is not None:
            compliance.sources.append(self._check)

    def _changed(self) -> None:
        self.studio.touch(Change.PHRASES)
        self.version += 1  # in the state this command publishes (a refused one only costs a fetch)

        def reload() -> None:
            if self.studio.store is not None:
                self.phrases = mph.all_phrases(self.studio.store)
            self.changed.emit()

        self.studio.after_commit(reload)

    def _products_changed(self, changes: Change) -> None:
        """The merges are read again when a 货号 or ID may have been seen: the library changed, a show
        came or went, or the open show's pairs did (not at each segment change, which is RUNSHEET too)."""
        if changes & (Change.PRODUCTS | Change.SHOWS) or self._pairs() != self._ids:
            self._merges = None

    def _pairs(self) -> frozenset[tuple[str, str]]:
        return frozenset((seg.product_id, seg.sku) for seg in self.studio.state.segments)

    # ---- reading ------------------------------------------------------------------------------

    def item_key(self, item_id: int | None) -> str:
        seg = self.studio.state.segment(item_id) if item_id is not None else None
        return "" if seg is None else product_key(seg.product_id, seg.sku, seg.name)

    def group_of(self, item_id: int | None) -> str:
        return str(self.studio.state.extra.get("phrase_groups", {}).get(str(item_id), ""))

    def values(self) -> dict[str, str]:
        return ph.live_values(self.studio.snapshot())

    def own_keys(self, item_id: int | None) -> set[str]:
        """The product keys of the phrases that are the item's product's: filed under its ID, 货号 or
        title in an earlier show, under a key the producer merged into it (products.merge), or under the
        ID its 货号 was seen with, or the 货号 its ID was (pl.sku_links)."""
        seg = self.studio.state.segment(item_id) if item_id is not None else None
        if seg is None:
            return set()
        if self._merges is None:  # not per call: each refresh of the panel and each question asked
            self._merges = mpl.linked_merges(self.studio.store) if self.studio.store is not None else {}
            self._ids = self._pairs()
        merges = self._merges
        keys = {pl.resolve(k, merges) for k in pl.item_keys(seg.product_id, seg.sku, seg.name)}
        return {p.product_key for p in self.phrases if p.product_key and pl.resolve(p.product_key, merges) in keys}

    def for_item(self, item_id: int | None) -> list[ph.Phrase]:
        return ph.for_item(self.phrases, self.own_keys(item_id) | {self.item_key(item_id)}, self.group_of(item_id))

    def list_cmd(self, args: dict[str, Any]) -> dict[str, Any]:
        st = self.studio.state
        item_id = a.integer(args, "item_id") if "item_id" in args else st.current_id
        values = self.values()
        return {"item_id": item_id, "group": self.group_of(item_id), "groups": ph.groups(self.phrases),
                "values": values, "phrases": [{"id": p.id, "kind": p.kind, "text": p.text, "group": p.group,
                                               "product_key": p.product_key, "filled": ph.fill(p.text, values)}
                                              for p in self.for_item(item_id)]}

    def all_cmd(self, _args: dict[str, Any]) -> dict[str, Any]:
        """The whole library as the desk keeps it (a second desk's 话术 tab) with its version."""
        return {"version": self.version, "phrases": [dataclasses.asdict(p) for p in self.phrases]}

    def _check(self, checker: cc.Checker) -> list[cc.LineHits]:
        return [lh for p in self.phrases for lh in checker.check_lines("phrase", p.id, "text", p.text)]

    # ---- commands ----------------------------------------------------------------------------

    def add(self, args: dict[str, Any]) -> dict[str, Any]:
        return self._add([_fields(args) | ({"id": a.integer(args, "id", lo=1)} if "id" in args else {})])

    def _add(self, rows: list[dict[str, Any]]) -> dict[str, Any]:
        ids = mph.add(self.studio.db(), rows)
        self._changed()
        return {"ids": ids, "undo": ["phrases.remove", {"ids": ids}]}

    def add_many(self, args: dict[str, Any]) -> dict[str, Any]:
        """A list of phrases, or pasted text / a sheet column split into lines (one undo step)."""
        if isinstance(args.get("phrases"), list):
            rows = [_fields(p) | ({"id": int(p["id"])} if isinstance(p, dict) and p.get("id") else {})
                    for p in args["phrases"] if isinstance(p, dict)]
        else:
            given = args.get("lines")
            lines: list[str] = [str(x) for x in given] if isinstance(given, list) else \
                a.text(args, "text", required=True, max_len=200_000).splitlines()
            default = a.text(args, "kind", "展示", max_len=10)
            extra = {k: v for k, v in _fields(args, partial=True).items() if k in ("product_key", "group")}
            try:
                rows = [{"kind": k, "text": t, **extra} for k, t in ph.parse_bulk(lines, default)]
            except ValueError as exc:
                raise a.BadArg("kind", str(exc)) from None
        if not rows:
            raise a.BadArg("phrases", "nothing to add")
        return self._add(rows)

    def update(self, args: dict[str, Any]) -> dict[str, Any]:
        phrase_id = a.integer(args, "id", lo=1)
        s = self.studio.db()
        old = mph.get(s, phrase_id)
        if old is None:
            raise CommandError("not_found", self.tr("no such phrase"))
        new = _fields(args, partial=True)
        before = {k: getattr(old, k) for k in new}
        mph.update(s, phrase_id, **new)
        self._changed()
        return {"undo": ["phrases.update", {"id": phrase_id, **before}]}

    def remove(self, args: dict[str, Any]) -> dict[str, Any]:
        ids = args.get("ids")
        if not isinstance(ids, list) or not ids or not all(isinstance(i, int) for i in ids):
            raise a.BadArg("ids", "a non-empty list of phrase ids")
        s = self.studio.db()
        gone = [p for p in (mph.get(s, i) for i in ids) if p is not None]
        if not gone:
            raise CommandError("not_found", self.tr("no such phrase"))
        mph.remove(s, [p.id for p in gone])
        self._changed()
        rows = [{"id": p.id, "kind": p.kind, "text": p.text, "product_key": p.product_key, "group": p.group,
                 "position": p.position} for p in gone]  # undo puts a line back in its place, not last
        return {"removed": [p.id for p in gone], "undo": ["phrases.add_many", {"phrases": rows}]}

    def order(self, args: dict[str, Any]) -> dict[str, Any]:
        """Lines in the order given (the panel's Move up / Move down sends a kind's lines for an item):
        they share out the places they held, so every other line keeps its own; made distinct, as lines
        from before positions were kept all share 0. `positions` sets them outright (what undo sends)."""
        ids = args.get("ids")
        if not isinstance(ids, list) or not ids or not all(_whole(i) for i in ids) or len(set(ids)) != len(ids):
            raise a.BadArg("ids", "a non-empty list of distinct phrase ids")
        given = args.get("positions")
        if given is not None and (not isinstance(given, list) or len(given) != len(ids)
                                  or not all(_whole(n) and n >= 0 for n in given)):
            raise a.BadArg("positions", "one whole number ≥ 0 per id")
        s = self.studio.db()
        lines = [mph.get(s, i) for i in ids]
        if any(p is None for p in lines):
            raise CommandError("not_found", self.tr("no such phrase"))
        before = [p.position for p in lines if p is not None]
        places = list(given) if given is not None else sorted(before)
        for i in range(1, len(places)) if given is None else ():
            places[i] = max(places[i], places[i - 1] + 1)
        for phrase_id, place in zip(ids, places, strict=True):
            mph.update(s, phrase_id, position=place)
        self._changed()
        return {"undo": ["phrases.order", {"ids": ids, "positions": before}]}

    def group(self, args: dict[str, Any]) -> dict[str, Any]:
        """The 话术 group an item uses (e.g. 新客 / 老客, 上午场): an event, so every station follows."""
        self.studio.need_show()
        item_id = a.integer(args, "item_id")
        if self.studio.state.segment(item_id) is None:
            raise CommandError("not_found", self.tr("no such item"))
        before = self.group_of(item_id)
        self.studio.record(PHRASE_GROUP_SET, {"item_id": item_id, "group": a.text(args, "group", max_len=60)})
        return {"undo": ["phrases.group", {"item_id": item_id, "group": before}]}

    def show(self, args: dict[str, Any]) -> dict[str, Any]:
        """The line, filled from the live state, to the host view (host.message checks its length)."""
        phrase = next((p for p in self.phrases if p.id == a.integer(args, "id")), None)
        if phrase is None:
            raise CommandError("not_found", self.tr("no such phrase"))
        text = host_line(ph.fill(phrase.text, self.values()), MAX_MESSAGE_CHARS)
        self.studio.execute("host.message", {"text": text, "flash": bool(args.get("flash", False))})
        return {"text": text}


def phrase_desk(studio: DeskStudio) -> PhraseDesk:
    desk = studio.findChild(PhraseDesk)
    assert isinstance(studio, Studio), "a desk is made on the studio itself"
    return desk if desk is not None else PhraseDesk(studio)
