"""The 话术 library's rows (table `phrases`, revision 0005_issue23): read, add, change, remove.
Writes take the running Studio command's session so they commit or roll back with it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.core.phrases import Phrase
from app.models.schema import Phrase as PhraseRow
from app.models.store import Store


def _phrase(r: PhraseRow) -> Phrase:
    return Phrase(r.id, r.kind, r.text, r.product_key, r.grp, r.position)


def all_phrases(store: Store) -> list[Phrase]:
    with store.session() as s:
        return [_phrase(r) for r in s.scalars(select(PhraseRow).order_by(PhraseRow.position, PhraseRow.id))]


def add(s: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Rows of kind, text, product_key, group (and id, when undo puts one back)."""
    start = int(s.scalar(select(func.coalesce(func.max(PhraseRow.position), 0))) or 0)
    made = []
    for i, r in enumerate(rows):
        row = PhraseRow(kind=r["kind"], text=r["text"], product_key=r.get("product_key", ""),
                        grp=r.get("group", ""), position=int(r.get("position") or start + i + 1))
        if r.get("id"):
            row.id = int(r["id"])
        s.add(row)
        made.append(row)
    s.flush()
    return [r.id for r in made]


def get(s: Session, phrase_id: int) -> Phrase | None:
    row = s.get(PhraseRow, phrase_id)
    return None if row is None else _phrase(row)


def update(s: Session, phrase_id: int, **values: Any) -> None:
    row = s.get(PhraseRow, phrase_id)
    if row is not None:
        for k, v in values.items():
            setattr(row, "grp" if k == "group" else k, v)
        s.flush()


def remove(s: Session, phrase_ids: Sequence[int]) -> None:
    s.execute(delete(PhraseRow).where(PhraseRow.id.in_(list(phrase_ids))))
