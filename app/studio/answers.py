"""Answers at hand, wired: the lines of an item (its facts, talking points, its product's 话术 and
FAQ) matched to a viewer's question, for the desk, a remote desk (`answers.find`) and the host
view (`answers.show`, through host.message). The matching lives in app.core.answers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from app.core import answers as an
from app.core import args as a
from app.core import phrases as ph
from app.core.host import MAX_MESSAGE_CHARS
from app.studio.desk import DeskStudio
from app.studio.phrases import PhraseDesk
from app.studio.studio import CommandError, Studio


def clip(text: str) -> str:
    return an.host_line(text, MAX_MESSAGE_CHARS)


class AnswerDesk(QObject):
    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        studio.register("answers.find", self.find, writes=False)
        studio.register("answers.show", self.show)

    def _item(self, item_id: int | None) -> int | None:
        st = self.studio.state
        if item_id is not None and st.segment(item_id) is not None:
            return item_id
        return st.current_id if st.current_id is not None else (st.segments[0].item_id if st.segments else None)

    def matcher(self, item_id: int | None) -> an.Matcher:
        seg = self.studio.state.segment(item_id) if item_id is not None else None
        if seg is None:
            return an.Matcher([])
        phrases = self.studio.findChild(PhraseDesk)
        keys = phrases.own_keys(seg.item_id) if phrases is not None else set()
        own = [(p.kind, p.text, p.id) for p in phrases.phrases if p.product_key in keys
               or (p.product_key == "" and p.kind == "问答")] if phrases is not None else []
        item = {"live_price": seg.live_price, "list_price": seg.list_price, "cart_no": seg.cart_no,
                "stock": seg.stock, "talking_points": seg.talking_points}
        if item_id == self.studio.state.current_id:
            live = ph.live_values(self.studio.snapshot())
            item.update(coupon=live.get("优惠券", ""), final=live.get("到手价", ""))
            if live.get("库存", "").isdigit():  # what is left after the orders (the sale's while it runs)
                item["stock"] = int(live["库存"])
        return an.Matcher(an.item_lines(item, own))

    def top(self, text: str, item_id: int | None = None, k: int = 3) -> list[an.Match]:
        return self.matcher(self._item(item_id)).top(text, k)

    def find(self, args: dict[str, Any]) -> dict[str, Any]:
        text = a.text(args, "text", required=True, max_len=500)
        item_id = self._item(a.integer(args, "item_id") if "item_id" in args else None)
        return {"item_id": item_id, "answers": [{"text": m.line.text, "source": m.line.source, "score": m.score,
                                                 "intents": list(m.intents)} for m in self.top(text, item_id)]}

    def show(self, args: dict[str, Any]) -> dict[str, Any]:
        """The `rank`-th answer (1: the best) to the question, on the host view."""
        found = self.find(args)["answers"]
        rank = a.integer(args, "rank", 1, lo=1, hi=3)
        if len(found) < rank:
            raise CommandError("not_found", self.tr("no line of this item answers that question"))
        line = clip(found[rank - 1]["text"])
        self.studio.execute("host.message", {"text": line, "flash": False})
        return {"text": line}


def answer_desk(studio: DeskStudio) -> AnswerDesk:
    desk = studio.findChild(AnswerDesk)
    assert isinstance(studio, Studio), "a desk is made on the studio itself"
    return desk if desk is not None else AnswerDesk(studio)
