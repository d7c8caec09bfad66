"""Run-sheet commands: add (insert), add many (an import), update, remove, move.

Before the show and while it is live alike, each edit is an event and the run-sheet table is
changed in the same transaction, so the editor, the desk, the host view and a replay agree.
While live, only what is still to come may be inserted before, pulled or moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from app.core import args as a
from app.core import events as ev
from app.core.runsheet import (
    ITEM_TEXT_LIMITS,
    MAX_CUE_CHARS,
    MAX_CUE_OFFSET_S,
    MAX_MINUTES,
    MIN_MINUTES,
    Cue,
    Item,
    parse_cues,
)
from app.core.show import Segment, check_insert, check_move, check_remove
from app.studio.errors import CommandError

if TYPE_CHECKING:
    from app.studio.studio import Studio

MAX_STOCK = 1_000_000_000
# Refusals decided in app.core.show, shown through Qt's translation.
REFUSALS = (
    QT_TRANSLATE_NOOP("RunSheet", "no such item"),
    QT_TRANSLATE_NOOP("RunSheet", "target position is outside the run-sheet"),
    QT_TRANSLATE_NOOP("RunSheet", "only items still to come can be moved while live"),
    QT_TRANSLATE_NOOP("RunSheet", "the show has ended"),
    QT_TRANSLATE_NOOP("RunSheet", "new items go after what has already been on air"),
    QT_TRANSLATE_NOOP("RunSheet", "items already on air cannot be removed"),
)


def _cues(value: Any) -> list[tuple[int, str]]:
    if isinstance(value, str):
        return [(c.offset_s, c.text) for c in parse_cues(value)]
    if isinstance(value, list):
        out = []
        for pair in value:
            if not (isinstance(pair, list | tuple) and len(pair) == 2):
                raise a.BadArg("cues", 'a list of [seconds, "text"] or "M:SS text; …"')
            out.append((a.integer({"s": pair[0]}, "s", lo=0, hi=MAX_CUE_OFFSET_S),
                        a.text({"t": pair[1]}, "t", max_len=MAX_CUE_CHARS)))
        return sorted(out)
    raise a.BadArg("cues", 'a list of [seconds, "text"] or "M:SS text; …"')


def item_fields(args: dict[str, Any]) -> dict[str, Any]:
    """The Segment fields present in a command's arguments, checked once here."""
    f: dict[str, Any] = {}
    if "name" in args:
        f["name"] = a.text(args, "name", required=True, max_len=ITEM_TEXT_LIMITS["name"])
    if "minutes" in args:
        f["planned_s"] = a.number(args, "minutes", lo=MIN_MINUTES, hi=MAX_MINUTES) * 60
    for name in ("sku", "product_id", "cart_no", "link", "talking_points", "notes"):
        if name in args:
            f[name] = a.text(args, name, max_len=ITEM_TEXT_LIMITS[name])
    for name in ("list_price", "live_price", "coupon_price"):
        if name in args:
            f[name] = a.price(args, name)
    if "stock" in args:  # null: not known (blank in the editor), never the same as 0 (sold out)
        f["stock"] = None if args["stock"] is None else a.integer(args, "stock", lo=0, hi=MAX_STOCK)
    if "cues" in args:
        f["cues"] = _cues(args["cues"])
    return f


def _row_values(fields: dict[str, Any]) -> dict[str, Any]:
    """Segment fields as the run-sheet table stores them."""
    row = dict(fields)
    if "planned_s" in row:
        row["planned_min"] = row.pop("planned_s") / 60
    if "cues" in row:
        row["cues"] = [Cue(o, t) for o, t in row["cues"]]
    return row


class RunSheetCommands(QObject):
    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        for cmd, fn in {"runsheet.add": self.add, "runsheet.insert": self.add, "runsheet.add_many": self.add_many,
                        "runsheet.update": self.update, "runsheet.remove": self.remove,
                        "runsheet.move": self.move}.items():
            studio.register(cmd, fn)

    def _refuse(self, reason: str | None) -> None:
        if reason:
            raise CommandError("refused", QCoreApplication.translate("RunSheet", reason))

    def _editable(self) -> int:
        show_id = self.studio.need_show()
        if self.studio.state.status == "ended":
            self._refuse("the show has ended")
        return show_id

    def add(self, args: dict[str, Any]) -> dict[str, Any]:
        show_id = self._editable()
        fields = item_fields(args)
        if "name" not in fields:
            raise a.BadArg("name", "missing")
        st = self.studio.state
        index = a.integer(args, "index", len(st.segments), lo=0, hi=len(st.segments))
        self._refuse(check_insert(st, index))
        seg = Segment(item_id=0, name=fields["name"], planned_s=fields.get("planned_s", 300.0))
        seg.set_fields(fields)
        item = seg.to_item()
        item.id = a.integer(args, "item_id", lo=1) if "item_id" in args else None  # undo puts it back as it was
        seg.item_id = self.studio.store.add_item(show_id, item, index, s=self.studio.db())
        self.studio.record(ev.ITEM_ADDED, {"segment": seg.to_json(), "index": index})
        return {"item_id": seg.item_id, "index": index}

    def add_many(self, args: dict[str, Any]) -> dict[str, Any]:
        """Many items at the end in one command (an import: all or nothing, one undo step). One bulk
        insert and one event for the lot, so 2,000 items cost what they weigh (issue #17: one add per
        item renumbered the table each time and sent a client one event per item, 1008 too slow)."""
        show_id = self._editable()
        items = args.get("items")
        if not isinstance(items, list) or not items:
            raise a.BadArg("items", "a non-empty list of items")
        st = self.studio.state
        index = len(st.segments)
        self._refuse(check_insert(st, index))
        segments: list[Segment] = []
        rows: list[Item] = []
        for n, raw in enumerate(items, 1):
            if not isinstance(raw, dict):
                raise a.BadArg("items", f"item {n} is not an object")
            try:
                fields = item_fields(raw)
                if "name" not in fields:
                    raise a.BadArg("name", "missing")
                item_id = a.integer(raw, "item_id", lo=1) if "item_id" in raw else None
            except a.BadArg as exc:
                raise a.BadArg("items", f"item {n}: {exc}") from None
            seg = Segment(item_id=0, name=fields["name"], planned_s=fields.get("planned_s", 300.0))
            seg.set_fields(fields)
            item = seg.to_item()
            item.id = item_id  # undo puts them back as they were
            segments.append(seg)
            rows.append(item)
        ids = self.studio.store.add_items(show_id, rows, s=self.studio.db())
        for seg, item_id in zip(segments, ids, strict=True):
            seg.item_id = item_id
        self.studio.record(ev.ITEM_ADDED, {"segments": [seg.to_json() for seg in segments], "index": index})
        return {"item_ids": ids}

    def update(self, args: dict[str, Any]) -> dict[str, Any]:
        """Only the fields that changed are recorded, so live figures (stock sold) survive other edits."""
        self._editable()
        item_id = a.integer(args, "item_id")
        seg = self.studio.state.segment(item_id)
        if seg is None:
            self._refuse("no such item")
        assert seg is not None
        changed = {k: v for k, v in item_fields(args).items() if getattr(seg, k) != v}
        if changed:
            self.studio.store.update_item(item_id, s=self.studio.db(), **_row_values(changed))
            self.studio.record(ev.ITEM_UPDATED, {"item_id": item_id, "fields": _jsonable(changed)})
        return {"changed": sorted(changed)}

    def remove(self, args: dict[str, Any]) -> dict[str, Any]:
        """Pull an item; the reply carries it and its place so undo can put it back."""
        show_id = self._editable()
        item_id = a.integer(args, "item_id")
        st = self.studio.state
        self._refuse(check_remove(st, item_id))
        seg = st.segment(item_id)
        index = st.index_of(item_id)
        assert seg is not None and show_id
        self.studio.store.remove_item(item_id, s=self.studio.db())
        self.studio.record(ev.ITEM_REMOVED, {"item_id": item_id})
        return {"item": seg.to_json(), "index": index}

    def move(self, args: dict[str, Any]) -> dict[str, Any]:
        show_id = self._editable()
        item_id, to_index = a.integer(args, "item_id"), a.integer(args, "to_index")
        self._refuse(check_move(self.studio.state, item_id, to_index))
        self.studio.store.move_item(show_id, item_id, to_index, s=self.studio.db())
        self.studio.record(ev.ITEM_MOVED, {"item_id": item_id, "to_index": to_index})
        return {"order": [s.item_id for s in self.studio.state.segments]}


def _jsonable(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: [list(c) for c in v] if k == "cues" else v for k, v in fields.items()}


def item_args(item: Item) -> dict[str, Any]:
    """An Item as the arguments of runsheet.add (prices in yuan, like every price on the wire)."""
    return {"name": item.name, "minutes": item.planned_min, "sku": item.sku, "product_id": item.product_id,
            "cart_no": item.cart_no, "list_price": item.list_price / 100, "live_price": item.live_price / 100,
            "coupon_price": item.coupon_price / 100, "stock": item.stock, "talking_points": item.talking_points,
            "notes": item.notes, "link": item.link,
            "cues": [[c.offset_s, c.text] for c in item.cues]}
