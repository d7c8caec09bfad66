"""The run-sheet editor's undo steps: each redo and undo is a Studio command, and a refused one leaves
the stack (a part of the run-sheet model, app/ui/runsheet_model.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.core.runsheet import Item
from app.core.show import Segment
from app.core.text import fill
from app.studio.runsheet_cmds import item_args

if TYPE_CHECKING:
    from app.ui.runsheet_model import RunSheetModel

PRICES = ("list_price", "live_price", "coupon_price")  # in fen in the model, in yuan in the commands


def command_arg(field: str, value: Any) -> tuple[str, Any]:
    """A model field and value as runsheet.update takes them (minutes, prices in yuan, cue pairs)."""
    if field == "planned_min":
        return "minutes", value
    if field in PRICES:
        return field, value / 100
    if field == "cues":
        return field, [[c.offset_s, c.text] for c in value]
    return field, value


class Step(QUndoCommand):
    """An undo step whose redo/undo are Studio commands; a refused one is dropped from the stack."""

    def __init__(self, model: RunSheetModel, text: str) -> None:
        super().__init__(text)
        self.model = model

    def run(self, cmd: str, args: dict[str, Any]) -> dict[str, Any] | None:
        result = self.model.run(cmd, args)
        if result is None:
            self.setObsolete(True)
        return result


class EditItem(Step):
    def __init__(self, model: RunSheetModel, item_id: int, field: str, old: Any, new: Any) -> None:
        header = model.header_of(field)
        super().__init__(model, fill(QCoreApplication.translate("RunSheetModel", "Edit %1"), header))
        self.item_id, self.field, self.old, self.new = item_id, field, old, new

    def _set(self, value: Any) -> None:
        name, arg = command_arg(self.field, value)
        self.run("runsheet.update", {"item_id": self.item_id, name: arg})

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class AddItems(Step):
    def __init__(self, model: RunSheetModel, items: list[Item], position: int | None, text: str = "") -> None:
        super().__init__(model, text or QCoreApplication.translate("RunSheetModel", "Add product"))
        self.items, self.position = items, position
        self.ids: list[int] = []

    def redo(self) -> None:
        # After an undo, the same rows come back under the same ids.
        args = [{**item_args(it), **({"item_id": i} if i else {})}
                for it, i in zip(self.items, self.ids or [0] * len(self.items), strict=True)]
        if self.position is not None and len(args) == 1:
            result = self.run("runsheet.add", {**args[0], "index": self.position})
            self.ids = [result["item_id"]] if result else []
        else:
            result = self.run("runsheet.add_many", {"items": args})
            self.ids = list(result["item_ids"]) if result else []

    def undo(self) -> None:
        for item_id in reversed(self.ids):
            self.run("runsheet.remove", {"item_id": item_id})


class RemoveItem(Step):
    def __init__(self, model: RunSheetModel, item_id: int) -> None:
        super().__init__(model, QCoreApplication.translate("RunSheetModel", "Remove product"))
        self.item_id = item_id
        self.removed: dict[str, Any] | None = None

    def redo(self) -> None:
        self.removed = self.run("runsheet.remove", {"item_id": self.item_id})

    def undo(self) -> None:
        if self.removed is not None:
            item = Segment.from_json(self.removed["item"]).to_item()
            self.run("runsheet.add", {**item_args(item), "item_id": self.item_id, "index": self.removed["index"]})


class MoveItem(Step):
    """A live show records the move as an event (and refuses moving what is already on air); undo is the
    inverse move, recorded the same way."""

    def __init__(self, model: RunSheetModel, item_id: int, src: int, dst: int) -> None:
        super().__init__(model, QCoreApplication.translate("RunSheetModel", "Move product"))
        self.item_id, self.src, self.dst = item_id, src, dst

    def _move(self, to_index: int) -> None:
        if self.run("runsheet.move", {"item_id": self.item_id, "to_index": to_index}) is None:
            self.model.move_refused = True

    def redo(self) -> None:
        self._move(self.dst)

    def undo(self) -> None:
        self._move(self.src)
