"""Answers at hand: a viewer's question about the item on air finds the line that answers it."""

from __future__ import annotations

import importlib.util
import json
import time

from app.core import answers as an
from app.studio.studio import Studio
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "answers"


def test_the_labelled_set_is_answered_in_the_top_three() -> None:
    """≥ 200 questions built from the relays' and sheet E's comments against the sheets' 卖点."""
    spec = importlib.util.spec_from_file_location("answers_bench", ROOT / "benchmarks" / "answers.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    res = bench.evaluate()
    assert res["tune"]["n"] + res["held"]["n"] >= 200 and res["held"]["n"] >= 60
    assert res["held"]["top3"] >= 0.8 and res["tune"]["top3"] >= 0.8


def test_lines_of_one_item_answer_its_questions() -> None:
    product = json.loads((FIXTURES / "products.json").read_text(encoding="utf-8"))[1]  # the 377 serum, link 4
    m = an.Matcher(an.item_lines(product, [("问答", f, None) for f in product["faq"]]))
    assert m.top("精华多少钱")[0].line.text.startswith("直播价 159 元")
    assert "28天见效" in m.top("28天能淡斑吗？")[0].line.text
    assert "满150减20" in m.top("4号能用券吗")[0].line.text
    assert "4号链接" in m.top("几号链接")[0].line.text
    assert m.top("🔥🔥🔥") == []  # nothing shared: nothing offered


def test_the_desk_finds_and_the_host_view_shows_an_answer(studio: Studio) -> None:
    from app.studio.answers import AnswerDesk
    from app.studio.host import HostDesk
    from app.studio.phrases import PhraseDesk

    HostDesk(studio)
    PhraseDesk(studio)
    AnswerDesk(studio)
    first = studio.state.segments[0]
    studio.execute("runsheet.update", {"item_id": first.item_id, "cart_no": "3",
                                       "talking_points": "面料：双面羊毛呢，80%羊毛\n版型：落肩宽松"})
    studio.execute("phrases.add", {"kind": "问答", "text": "问：穿什么码？答：160/100斤穿S，165/115斤穿M，170以上穿L"})
    studio.execute("show.start")
    found = studio.execute("answers.find", {"text": "164穿什么码"})["answers"]
    assert found[0]["source"] == "faq" and "165/115斤穿M" in found[0]["text"]
    assert "80%羊毛" in studio.execute("answers.find", {"text": "什么材质"})["answers"][0]["text"]
    from app.studio.commerce import Commerce

    Commerce(studio)
    studio.execute("coupon.issue", {"amount": 30, "threshold": 199, "quantity": 200})
    coupon = studio.execute("answers.find", {"text": "能用券吗"})["answers"][0]
    assert coupon["text"] == "现在领券满199减30，到手 469 元"
    shown = studio.execute("answers.show", {"text": "164穿什么码"})
    assert shown["text"] == "160/100斤穿S，165/115斤穿M，170以上穿L" == studio.snapshot()["message"]["text"]


def test_questions_panel_shows_answers_for_the_selected_question(qtbot, live_studio: Studio) -> None:  # type: ignore[no-untyped-def]
    from app.studio.host import HostDesk
    from app.studio.questions import Questions
    from app.ui.questions_panel import QuestionsPanel
    from tests.conftest import comment

    HostDesk(live_studio)
    desk = Questions(live_studio)
    live_studio.execute("show.start")
    panel = QuestionsPanel(live_studio)
    qtbot.addWidget(panel)
    assert live_studio.feed is not None
    live_studio.feed.pipeline.accept([comment(1, "这个多少钱"), comment(2, "怎么买")], "test",  # type: ignore[list-item]
                                     time.time())
    live_studio.feed.drain()
    qtbot.waitUntil(lambda: len(desk.queue.newest_first()) == 2, timeout=2000)  # the desk's next copy
    panel.repaint_queue(force=True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    row = next(r for r in range(2) if panel.model.rows[r].text == "这个多少钱")
    panel.table.selectRow(row)
    assert panel.answers.list.count() >= 1 and "直播价 499 元" in panel.answers.list.item(0).text()
    panel.answers.to_host()
    assert live_studio.snapshot()["message"]["text"].startswith("直播价 499 元")
