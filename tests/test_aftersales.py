"""售后 follow-up: after the show, who to contact and why, grouped with counts, as CSV."""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

from app.core import comments as cm
from app.models.store import Store
from app.studio.aftersales import rows, summary
from tests.conftest import PYTHON, ROOT
from tests.review_show import T0, add_comments, build_show


def show_with_aftersales(store: Store) -> int:
    show_id, _ids = build_show(store)

    def c(dt: float, user: str, text: str, flags: int = 0) -> dict[str, object]:
        return {"kind": "comment", "ts": T0 + dt, "user_id": user, "user_name": f"观众{user}", "text": text,
                "flags": flags}

    q = cm.QUESTION
    add_comments(store, show_id, [
        c(200, "a1", "164穿什么码", q), c(210, "a2", "160 100斤穿哪个", q), c(300, "a3", "什么时候发货", q),
        c(310, "a4", "已下单，发货快吗", q), c(320, "a5", "我买了两件不想要了能退吗", q), c(330, "a6", "已拍"),
        c(340, "a6", "已拍 🛒🛒"), c(350, "a7", "能便宜点吗", q), c(360, "a8", "好看"),
    ])
    return show_id


def test_followups_are_grouped_with_counts(store: Store) -> None:
    show_id = show_with_aftersales(store)
    got = {(r["group"], r["text"]) for r in rows(store, show_id)}
    assert {("size", "164穿什么码"), ("size", "160 100斤穿哪个"), ("delivery", "什么时候发货"),
            ("delivery", "已下单，发货快吗"), ("returns", "我买了两件不想要了能退吗"), ("paid", "已拍"),
            ("unanswered", "能便宜点吗")} <= got
    assert ("unanswered", "多少钱?") not in got  # pinned to the host view during the show: handled
    assert ("unanswered", "多少钱？ ") in got
    assert all(text != "好看" for _g, text in got)
    counts = summary(store, show_id)
    assert counts["paid"] == {"comments": 2, "viewers": 1} and counts["size"]["viewers"] == 2
    items = {r["text"]: r["item"] for r in rows(store, show_id)}
    assert items["164穿什么码"] == "羊毛大衣"  # asked while the coat was on air


def test_cli_exports_the_list_as_csv(data_dir: Path, store: Store) -> None:
    show_id = show_with_aftersales(store)
    r = subprocess.run([PYTHON, "-m", "app", "export", str(show_id), "--what", "aftersales", "--format", "csv",
                        "--data-dir", str(data_dir)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    table = list(csv.DictReader(io.StringIO(r.stdout)))
    assert list(table[0]) == ["group", "user_name", "user_id", "time", "item", "text", "comment_id"]
    assert [row["group"] for row in table][:2] == ["size", "size"]  # grouped, in the groups' order
