"""What a gift's `value` is counted in: each platform prices gifts in its own coin, so values are
stored with their unit (`extra.value_unit`) and only ever added up per unit.

Relays give the platform's coin as it is (docs/protocol.md, "What is read, per format"); LiveDeck
never converts a stored value. The review's 元 figure is an estimate from the platforms' published
top-up rates, for the units that have one: TikTok coins are bought at prices that vary by country and
pack, so they stay in coins.
"""

from __future__ import annotations

from typing import Any

DOUYIN_DIAMOND = "douyin_diamond"  # 抖币 (Douyin's "diamondCount"); 1 抖币 = 0.1 元 top-up
TIKTOK_COIN = "tiktok_coin"        # TikTok coins (TikTok's "diamondCount" is the coin price); no fixed 元 rate
KUAISHOU_COIN = "kuaishou_coin"    # 快币; 1 快币 = 0.1 元
WECHAT_BEAN = "wechat_bean"        # 视频号 微信豆 (wxlivespy: "微信币"); 1 微信豆 = 0.1 元
BILI_GOLD = "bili_gold"            # Bilibili 金瓜子; 1000 金瓜子 = 1 元 (= 10 电池)
TWITCH_BIT = "twitch_bit"          # Twitch bits (≈ US cents); no 元 rate
UNKNOWN = "unknown"                # a relay amount LiveDeck cannot place (SSN money texts, old rows)

UNITS = (DOUYIN_DIAMOND, TIKTOK_COIN, KUAISHOU_COIN, WECHAT_BEAN, BILI_GOLD, TWITCH_BIT, UNKNOWN)
YUAN_PER_UNIT: dict[str, float] = {DOUYIN_DIAMOND: 0.1, KUAISHOU_COIN: 0.1, WECHAT_BEAN: 0.1, BILI_GOLD: 0.001}

# The unit a platform's relays give (every relay LiveDeck reads for it gives that coin); a platform not
# here has relays that give other units, or none, and its unlabelled values are `unknown`.
PLATFORM_UNIT = {"douyin": DOUYIN_DIAMOND, "tiktok": TIKTOK_COIN, "kuaishou": KUAISHOU_COIN,
                 "wxchannel": WECHAT_BEAN, "twitch": TWITCH_BIT}


def platform_unit(platform: str) -> str:
    return PLATFORM_UNIT.get(platform, UNKNOWN)


def known(unit: Any) -> str:
    """A unit code as sent from outside: one of `UNITS`, else `unknown` (never guessed)."""
    return unit if isinstance(unit, str) and unit in UNITS else UNKNOWN


def unit_of(stored: Any, platform: str, ssn: bool = False) -> str:
    """The unit of a stored gift row: its `value_unit`; a row stored before units were (none) by its
    platform's coin, except Social Stream Ninja's rows (they carry `donation`), whose amounts may be
    money in any currency: `unknown`."""
    if stored:
        return known(stored)
    return UNKNOWN if ssn else platform_unit(platform)


def fen_estimate(values: dict[str, float]) -> float | None:
    """The 元 estimate (in fen) of the values whose unit has a published rate; None when none has."""
    priced = [v * YUAN_PER_UNIT[u] * 100 for u, v in values.items() if u in YUAN_PER_UNIT]
    return round(sum(priced), 2) if priced else None
