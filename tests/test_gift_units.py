"""Gift values are stored with the unit the relay gave them in (抖币, TikTok coins, 微信豆 …) and the
review never adds two units: it shows the value per unit and a 元 estimate (labelled so) of the units
that have a published rate. Payloads are the relay fixtures of earlier rounds (tests/fixtures/relays),
shaped after each relay's own code."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from app.core import gift_units as gu
from app.core import review as rv
from app.core.comments import Comment
from app.live.adapters import FrameState, flush_streaks, parse_frame
from app.models.store import Store
from app.studio import review as sr
from tests.review_show import T0, add_comments, build_show
from tests.test_relays_fixtures import FIXTURES, frames

# The relay's field and its unit: BarrageGrab DiamondCount, douyinLive gift.diamondCount, dycast gift.price
# (Douyin 抖币); TikTok-Live-Connector diamondCount (the coin price); wxlivespy gift_value ("单位为微信币",
# src/CustomTypes.ts); Twitch bits; OrdinaryRoad's Kuaishou giftPrice (快币; always 0 there).
STREAM_UNITS = {"barragegrab": gu.DOUYIN_DIAMOND, "douyinlive": gu.DOUYIN_DIAMOND, "dycast": gu.DOUYIN_DIAMOND,
                "tiktok1": gu.TIKTOK_COIN, "tiktok2": gu.TIKTOK_COIN, "tiktok24": gu.TIKTOK_COIN,
                "wxlivespy": gu.WECHAT_BEAN, "twitch": gu.TWITCH_BIT, "kuaishou": gu.KUAISHOU_COIN,
                "userscript": gu.UNKNOWN}


def gifts_of(name: str, lines: list[str | bytes] | None = None) -> list[Comment]:
    st = FrameState()
    out: list[Comment] = []
    now = time.time()
    for i, frame in enumerate(frames(name) if lines is None else lines):
        out += parse_frame(frame, st, now + i * 0.1)[0]
    out += flush_streaks(st)
    return [c for c in out if c.kind == "gift"]


@pytest.mark.parametrize("name", list(STREAM_UNITS))
def test_every_stored_gift_names_the_unit_its_relay_gave(name: str) -> None:
    gifts = gifts_of(name)
    assert gifts
    assert {(c.extra or {}).get("value_unit") for c in gifts} == {STREAM_UNITS[name]}


def test_social_stream_tiktok_coins_are_coins_and_money_is_not_guessed() -> None:
    """TikFinity's diamondCount is TikTok coins; a YouTube superchat "5,00 €" is money: unknown, kept apart."""
    held = FIXTURES / "held_out_ssn"
    tik = gifts_of("socialstream", (held / "tikfinity_streak.jsonl").read_text(encoding="utf-8").splitlines())
    yt = gifts_of("socialstream", (held / "youtube_decimal_comma.jsonl").read_text(encoding="utf-8").splitlines())
    assert {(c.extra or {})["value_unit"] for c in tik} == {gu.TIKTOK_COIN}
    assert [((c.extra or {})["value"], (c.extra or {})["value_unit"]) for c in yt] == [(5.0, gu.UNKNOWN),
                                                                                       (1234.56, gu.UNKNOWN)]


def test_livedeck_format_gift_takes_a_known_unit_or_its_platforms() -> None:
    def unit(**o: Any) -> str:
        frame = {"type": "gift", "msg_id": "g1", "gift": "小电视", "count": 1, "value": 1000, **o}
        got = parse_frame(json.dumps(frame), FrameState(), 1.0)[0]
        return str((got[0].extra or {})["value_unit"])

    assert unit(platform="bilibili", value_unit="bili_gold") == gu.BILI_GOLD
    assert unit(platform="tiktok") == gu.TIKTOK_COIN
    assert unit(platform="bilibili") == gu.UNKNOWN  # 金瓜子 or 银瓜子: not guessed
    assert unit(platform="douyin", value_unit="USD") == gu.UNKNOWN


def _rows(gifts: list[Comment], at: float) -> list[dict[str, Any]]:
    return [{"kind": "gift", "platform": c.platform, "msg_id": f"{c.platform}:{c.msg_id}", "ts": at,
             "user_id": c.user_id, "extra": c.extra} for c in gifts]


def test_review_of_a_show_mixing_platforms_gives_gift_value_per_unit(store: Store) -> None:
    """build_show's two Douyin gifts were stored before units (40 抖币, no `value_unit`); TikTok and 视频号
    gifts come from their relays' payloads; an old Social Stream row (it has `donation`) is unknown."""
    show_id, _ = build_show(store)
    tiktok, wx = gifts_of("tiktok2"), gifts_of("wxlivespy")
    coins = sum(float((c.extra or {})["value"]) for c in tiktok)
    beans = sum(float((c.extra or {})["value"]) for c in wx)
    assert coins > 0 and beans > 0
    old_ssn = {"kind": "gift", "platform": "youtube", "ts": T0 + 200, "user_id": "y1",
               "extra": {"gift": "superchat", "count": 1, "value": 5.0, "donation": "5,00 €"}}
    add_comments(store, show_id, [*_rows(tiktok, T0 + 100), *_rows(wx, T0 + 700), old_ssn])
    review = sr.compute(store, show_id, T0 + 5000)
    got = {f.key: f.value for f in review.summary if f.key.startswith("gift")}
    assert got == {"gifts": 4 + sum((c.extra or {})["count"] for c in tiktok + wx) + 1,
                   "gift_yuan_est": pytest.approx((40 + beans) * 0.1 * 100),  # fen: TikTok coins have no rate
                   "gift_value_douyin_diamond": 40, "gift_value_tiktok_coin": coins, "gift_value_wechat_bean": beans,
                   "gift_value_unknown": 5.0}
    assert "estimated" in rv.METRIC["gift_yuan_est"].label  # an estimate, and it says so
    # per item and per minute only the 元 estimate: CT-1 was on air for all of them but 视频号's (SW-2)
    items = {it.sku: it.gift_yuan_est for it in review.items}
    assert items == {"CT-1": pytest.approx(400 + 0), "SW-2": pytest.approx(beans * 10), "SC-3": 0}
    assert review.timeline.series["gift_yuan_est"][1] == 0  # minute 1: TikTok coins only, nothing in 元
    assert review.timeline.series["gift_yuan_est"][11] == pytest.approx(beans * 0.1)


def test_a_tiktok_only_show_keeps_its_coins_and_has_no_yuan_estimate(store: Store) -> None:
    show_id = store.create_show("TikTok", "tiktok", "host", None, [])
    add_comments(store, show_id, _rows(gifts_of("tiktok24"), T0))
    review = sr.compute(store, show_id, T0 + 60)
    assert review.figure("gift_value_tiktok_coin").value == sum(
        float((c.extra or {})["value"]) for c in gifts_of("tiktok24"))
    assert review.figure("gift_yuan_est").value is None
    assert review.figure("gift_yuan_est").na == rv.NA_NO_GIFT_RATE
