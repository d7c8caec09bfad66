"""The 话术 panel's product links (the library's merges, read from the database on the GUI thread) are
read again when a 货号 or ID may have been seen, not at every segment change: going to the next
product is RUNSHEET too, and re-read every show's items mid-show (review of round 14)."""

from __future__ import annotations

from typing import Any

import pytest

from app.studio import phrases
from app.studio.studio import Studio


def test_segment_changes_read_no_merges_and_an_id_edit_does(studio: Studio, monkeypatch: pytest.MonkeyPatch) -> None:
    desk = phrases.PhraseDesk(studio)
    reads: list[int] = []
    real = phrases.mpl.linked_merges

    def counted(store: Any) -> dict[str, str]:
        reads.append(1)
        return real(store)

    monkeypatch.setattr(phrases.mpl, "linked_merges", counted)
    items = [s.item_id for s in studio.state.segments]
    desk.for_item(items[0])
    assert len(reads) == 1
    studio.execute("show.start")
    for item in items[1:]:
        studio.execute("segment.next")
        desk.for_item(item)  # the panel shows the product now on air
    assert len(reads) == 1  # the products on air moved, not what is known of them
    studio.execute("runsheet.update", {"item_id": items[1], "product_id": "3712345678901234567"})
    desk.for_item(items[1])
    assert len(reads) == 2
