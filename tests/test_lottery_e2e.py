"""End to end: a lottery opened over the control websocket, 1,000 viewers entering over the ingest
websocket (with duplicates and comments that do not match), a draw, a re-draw, and the proof."""

import hashlib
import json
import sqlite3
import subprocess
from pathlib import Path

from websockets.sync.client import connect

from tests.conftest import PYTHON, ROOT
from tests.procs import Serve
from tests.waits import wait_for


def livedeck(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PYTHON, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_lottery_from_keyword_comments_is_verifiable(tmp_path: Path) -> None:
    serve = Serve(tmp_path, "--demo", "--simulate", "0")
    try:
        c = serve.control()
        c.first_state()
        assert c.call("show.start")["ok"]
        opened = c.call("lottery.open", prize="羊绒围巾", winners=3, keyword="福袋", match="contains",
                        duration_s=600)
        assert opened["ok"], opened
        commitment = opened["result"]["commitment"]
        assert all("_seed" not in e and "seed" not in e for e in c.events)  # the seed stays sealed
        assert c.states[-1]["lottery"]["commitment"] == commitment

        events = []
        for i in range(1000):  # 1,000 entrants, in mixed spellings of the keyword
            text = ["我要福袋", "福袋福袋", "ＦＵ福袋！", "福\u200b袋"][i % 4]
            events.append({"type": "comment", "platform": "douyin", "msg_id": f"e{i}", "ts": 1764000000 + i,
                           "user": {"id": f"u{i}", "name": f"观众{i}"}, "text": text})
        for i in range(0, 1000, 3):  # the same viewers again, and the platform repeating messages
            events.append({"type": "comment", "platform": "douyin", "msg_id": f"again{i}", "ts": 1764001000 + i,
                           "user": {"id": f"u{i}", "name": f"观众{i}"}, "text": "福袋！"})
            events.append(dict(events[i]))
        for i in range(300):  # viewers who did not type the keyword
            events.append({"type": "comment", "platform": "douyin", "msg_id": f"n{i}", "ts": 1764002000 + i,
                           "user": {"id": f"x{i}", "name": f"路人{i}"}, "text": "好看"})
        with connect(f"{serve.url}/ingest", open_timeout=5) as ws:
            for i in range(0, len(events), 100):
                ws.send(json.dumps(events[i:i + 100], ensure_ascii=False))
        wait_for(lambda: c.call("state.get")["result"]["lottery"]["entrants"] >= 1000, timeout=10)
        assert c.call("state.get")["result"]["lottery"]["entrants"] == 1000

        drawn = c.call("lottery.draw")
        assert drawn["ok"], drawn
        winners = drawn["result"]["winners"]
        seed = drawn["result"]["seed"]
        assert hashlib.sha256(bytes.fromhex(seed)).hexdigest() == commitment
        assert len({w["key"] for w in winners}) == 3 and all(w["key"].startswith("douyin:u") for w in winners)
        assert c.call("lottery.redraw", user_id=winners[0]["key"].split(":")[1], reason="48小时内未领取")["ok"]
        final = c.call("state.get")["result"]["lottery"]
        assert len(final["winners"]) == 3 and winners[0]["key"] not in {w["key"] for w in final["winners"]}
        assert final["redraws"][0]["reason"] == "48小时内未领取"
        assert c.call("app.quit")["ok"]
        assert serve.proc.wait(timeout=30) == 0
    finally:
        serve.stop()

    r = livedeck("verify-draw", "--show", "1", "--data-dir", str(tmp_path))
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("PASS") and "1000 entrants, 3 winners, 1 re-draws" in r.stdout

    r = livedeck("export", "1", "--what", "lottery", "--format", "json", "--data-dir", str(tmp_path))
    [lottery] = json.loads(r.stdout)
    assert lottery["seed"] == seed and lottery["entrants"] == 1000 and len(lottery["redraws"]) == 1
    r = livedeck("export", "1", "--what", "events", "--format", "json", "--data-dir", str(tmp_path))
    assert "_seed" not in r.stdout

    # Someone edits the comment log after the fact: the proof no longer holds.
    db = sqlite3.connect(tmp_path / "livedeck.sqlite3")
    db.execute("UPDATE comments SET text = '好看' WHERE msg_id = 'e5'")
    db.commit()
    db.close()
    r = livedeck("verify-draw", "--show", "1", "--data-dir", str(tmp_path))
    assert r.returncode == 1 and r.stdout.startswith("FAIL") and "999 entrants" in r.stdout


def test_sale_and_coupon_refusals_come_back_as_error_replies(tmp_path: Path) -> None:
    serve = Serve(tmp_path, "--demo", "--simulate", "0")
    try:
        c = serve.control()
        c.first_state()
        assert c.call("sale.start", price=1, quantity=1)["error"]["code"] == "not_live"
        c.call("show.start")
        c.call("segment.next")  # the coat: live price ¥499, stock 120
        assert c.call("sale.start", price=499, quantity=10)["error"]["code"] == "price_not_below_live"
        assert c.call("sale.start", price=399, quantity=500)["error"]["code"] == "quantity_above_stock"
        assert c.call("sale.start", price=399, quantity=10, countdown_s=3)["error"]["code"] == "bad_countdown"
        assert c.call("sale.start", price=399, quantity=10, duration_s=5000)["error"]["code"] == "bad_duration"
        ok = c.call("sale.start", price=399, quantity=10, per_buyer_limit=1, countdown_s=10, duration_s=60)
        assert ok["ok"]
        assert c.call("sale.start", price=399, quantity=10)["error"]["code"] == "sale_running"
        sale = c.call("state.get")["result"]["sale"]
        assert sale["status"] == "countdown" and sale["remaining"] == 10
        assert c.call("sale.adjust_stock", delta=-4)["result"]["remaining"] == 6
        assert c.call("sale.adjust_stock", delta=-40)["result"]["remaining"] == 0  # never below zero
        assert c.call("state.get")["result"]["sale"]["end_reason"] == "sold_out"
        assert c.call("coupon.issue", amount=300, threshold=199, quantity=100)["error"]["code"] == \
            "amount_above_threshold"
        issued = c.call("coupon.issue", amount=30, threshold=199, quantity=100, valid_s=600)
        assert issued["ok"]
        coupons = c.call("state.get")["result"]["coupons"]
        assert coupons[0]["status"] == "active" and coupons[0]["value"] == 3000
        assert c.call("coupon.stop", coupon_id=issued["result"]["coupon_id"])["ok"]
        assert c.call("lottery.draw")["error"]["code"] == "no_lottery"
    finally:
        serve.stop()
