"""A relay's own string id that starts with `~` (the mark LiveDeck gives a rounded number's key) is an
id like any other: a `delete` naming it strikes that comment out instead of being refused as
`inexact_msg_id` (review of round 14)."""

from __future__ import annotations

import json
from typing import Any

from app.models.store import Store
from tests.test_msg_id_float import generic, pipeline, stored  # noqa: F401  (pipeline: the fixture)


def test_a_delete_of_a_string_id_starting_with_a_tilde_strikes_it(pipeline: Any) -> None:  # noqa: F811
    p, engine, show = pipeline
    stored(p, engine, show, [generic("~7f3a", "加微信领券"), generic("~7f3b", "留着")])
    stored(p, engine, show, [json.dumps({"type": "delete", "platform": "douyin", "msg_id": "~7f3a"})])
    comments = [(c.text, c.deleted) for c in Store(engine).comments(show) if c.kind == "comment"]
    assert comments == [("加微信领券", True), ("留着", False)]
    assert p.sources["generic"].malformed == {}
