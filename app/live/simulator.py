"""Realistic simulated comment streams, in any of the six wire formats, for demos and rehearsals.

`livedeck simulate` sends one to an ingest websocket; `--demo` / `--simulate RATE` run one inside
the studio against its own /ingest, so the whole path is exercised.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidStatus, WebSocketException

from app.live.adapters import FORMATS

NAMES = ["小明", "晴天", "糖糖", "阿杰", "木子", "七七", "大壮", "小鱼儿", "豆豆", "一只橙", "风铃", "momo",
         "Lily", "Anna", "Kevin", "星星", "小雨", "爱购物的猫"]
CHAT = ["好看", "主播好美", "想要想要", "已拍", "已下单", "发货快吗", "支持七天无理由吗", "这个是正品吗",
        "能便宜点吗", "有优惠券吗", "主播穿什么码", "164 穿什么码？", "有黑色吗", "上链接", "福袋什么时候开", "扣1",
        "1", "来了来了", "怎么买", "多少钱", "退货方便吗", "包邮吗", "质量怎么样", "上次买的掉色了", "再便宜点就好了",
        "how much is the blue one?", "size guide?", "love it", "加微信私聊发货", "这是全网最低价吗"]
GIFTS = [("小心心", 1), ("玫瑰", 1), ("人气票", 1), ("墨镜", 9), ("嘉年华", 3000)]


@dataclass
class Event:
    kind: str
    user_id: str
    name: str
    text: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    msg_id: str = ""
    ts: float = 0.0


class Generator:
    """A plausible room: mostly comments, then likes, joins, gifts, follows, shares, orders, viewer counts."""

    KINDS = ["comment"] * 62 + ["like"] * 10 + ["join"] * 10 + ["gift"] * 5 + ["follow"] * 4 + ["share"] * 2 + \
        ["order"] * 4 + ["viewers"] * 3

    def __init__(self, seed: int | None = None, skus: Sequence[str] = (), items: int = 12,
                 prices: Mapping[str, int] | None = None) -> None:
        self.rng = random.Random(seed)
        self.skus = list(skus) or [f"SKU-{1000 + i}" for i in range(items)]
        self.prices = dict(prices or {})  # SKU -> live price in fen: an order's amount (yuan, as relays send it)
        self.items = max(1, items)
        self.n = 0
        self.online = 900
        self.run = uuid.uuid4().hex[:8]  # msg ids unique across runs, stable within one

    def __iter__(self) -> Iterator[Event]:
        return self

    def __next__(self) -> Event:
        rng = self.rng
        self.n += 1
        kind = rng.choice(self.KINDS)
        uid = str(1_000_000_000 + rng.randrange(5000))
        name = f"{rng.choice(NAMES)}{int(uid) % 50}"
        ev = Event(kind, uid, name, msg_id=f"sim-{self.run}-{self.n}", ts=time.time())
        if kind == "comment":
            ev.text = rng.choice(CHAT) if rng.random() > 0.15 else f"{rng.randrange(1, self.items + 1)}号链接还有货吗"
        elif kind == "gift":
            gift, value = rng.choice(GIFTS)
            ev.data = {"gift": gift, "count": rng.randrange(1, 5), "value": value}
        elif kind == "like":
            ev.data = {"count": rng.randrange(1, 20)}
        elif kind == "order":
            sku, quantity = rng.choice(self.skus), rng.randrange(1, 3)
            ev.data = {"sku": sku, "quantity": quantity}
            if self.prices.get(sku):  # else none: the studio prices it from the run-sheet, as for a relay without one
                ev.data["amount"] = self.prices[sku] * quantity / 100
        elif kind == "viewers":
            self.online = max(100, self.online + rng.randrange(-40, 60))
            ev.data = {"online": self.online, "total": 40000 + self.n}
        return ev


# ---- encoders: one event → one frame in a relay's wire format ----------------------------------------

def to_generic(e: Event) -> dict[str, Any]:
    o: dict[str, Any] = {"type": e.kind, "platform": "douyin", "msg_id": e.msg_id, "ts": e.ts}
    if e.kind != "viewers":
        o["user"] = {"id": e.user_id, "name": e.name, "follower": int(e.user_id) % 3 == 0,
                     "fans_level": int(e.user_id) % 8}
    if e.text:
        o["text"] = e.text
    o.update(e.data)
    return o


_BG_TYPES = {"comment": 1, "like": 2, "join": 3, "follow": 4, "gift": 5, "viewers": 6, "share": 8}


def to_barragegrab(e: Event) -> dict[str, Any] | None:
    if e.kind not in _BG_TYPES:
        return None
    # BarrageGrab's shape: numeric MsgId, Data a JSON string; a gift is one pack (GiftCount = increment)
    d: dict[str, Any] = {"MsgId": _numeric_id(e.msg_id), "User": {"Id": int(e.user_id), "Nickname": e.name,
                                                      "FansClub": {"Level": int(e.user_id) % 8},
                                                      "FollowStatus": int(e.user_id) % 2},
                         "Content": e.text or f"{e.name}"}
    if e.kind == "like":
        d.update(Count=e.data["count"], Total=10000)
    elif e.kind == "gift":
        d.update(GiftId=sum(map(ord, e.data["gift"])), GiftName=e.data["gift"], GroupId=_numeric_id(e.msg_id),
                 GiftCount=e.data["count"], RepeatCount=e.data["count"], DiamondCount=e.data["value"], Combo=False)
    elif e.kind == "viewers":
        d.update(OnlineUserCount=e.data["online"], TotalUserCount=e.data["total"])
    return {"Type": _BG_TYPES[e.kind], "ProcessName": "livedeck-sim",
            "Data": json.dumps(d, ensure_ascii=False, separators=(",", ":"))}


def _numeric_id(msg_id: str) -> int:
    """Douyin ids are 64-bit numbers; a stable one from the simulator's string id."""
    return int.from_bytes(uuid.uuid5(uuid.NAMESPACE_OID, msg_id).bytes[:7], "big")


_DL = {"comment": "WebcastChatMessage", "gift": "WebcastGiftMessage", "like": "WebcastLikeMessage",
       "join": "WebcastMemberMessage", "viewers": "WebcastRoomUserSeqMessage"}


def to_douyinlive(e: Event) -> dict[str, Any] | None:
    if e.kind not in _DL:
        return None
    o: dict[str, Any] = {"common": {"method": _DL[e.kind], "msgId": e.msg_id, "createTime": str(int(e.ts * 1000))},
                         "method": _DL[e.kind], "user": {"id": e.user_id, "nickname": e.name}}
    if e.kind == "comment":
        o["content"] = e.text
    elif e.kind == "like":
        o.update(count=str(e.data["count"]), total="20000")
    elif e.kind == "gift":
        o.update(giftId="463", gift={"id": "463", "name": e.data["gift"], "diamondCount": e.data["value"]},
                 repeatCount=str(e.data["count"]))  # a plain gift: protojson omits combo=false and repeatEnd=0
    elif e.kind == "viewers":
        o.update(total=str(e.data["online"]), totalUser=str(e.data["total"]))
    return o


_TT = {"comment": "chat", "gift": "gift", "like": "like", "join": "member", "follow": "follow", "share": "share",
       "viewers": "roomUser"}


def to_tiktok(e: Event) -> dict[str, Any] | None:
    if e.kind not in _TT:
        return None
    d: dict[str, Any] = {"userId": e.user_id, "nickname": e.name, "msgId": e.msg_id,
                         "createTime": str(int(e.ts * 1000)), "followRole": int(e.user_id) % 3}
    if e.kind == "comment":
        d["comment"] = e.text
    elif e.kind == "like":
        d.update(likeCount=e.data["count"], totalLikeCount=5000)
    elif e.kind == "gift":
        d.update(giftName=e.data["gift"], giftType=1, repeatCount=e.data["count"], repeatEnd=True, diamondCount=1)
    elif e.kind == "viewers":
        d = {"viewerCount": e.data["online"]}
    return {"event": _TT[e.kind], "data": d}


def to_socialstream(e: Event) -> dict[str, Any] | None:
    if e.kind == "viewers":
        return {"type": "tiktok", "event": "viewer_update", "meta": e.data["online"]}
    if e.kind != "comment":
        return None
    return {"id": e.msg_id, "type": "tiktok", "chatname": e.name, "userid": e.user_id, "chatmessage": e.text,
            "event": False, "meta": {"messageId": e.msg_id}}


def to_twitch(e: Event) -> str | None:
    if e.kind != "comment":
        return None
    text = e.text.replace("\n", " ")
    return (f"@display-name={e.name.replace(' ', '_')};id={e.msg_id};tmi-sent-ts={int(e.ts * 1000)};"
            f"user-id={e.user_id} :{e.user_id}!{e.user_id}@tmi.twitch.tv PRIVMSG #livedeck :{text}")


ENCODERS = {"generic": to_generic, "barragegrab": to_barragegrab, "douyinlive": to_douyinlive,
            "tiktok": to_tiktok, "socialstream": to_socialstream, "twitch": to_twitch}


def encode(fmt: str, e: Event) -> str | None:
    out = ENCODERS[fmt](e)  # type: ignore[operator]
    if out is None or isinstance(out, str):
        return out
    return json.dumps(out, ensure_ascii=False)


async def simulate(url: str, fmt: str, rate: float, duration: float | None, seed: int | None = None,
                   skus: Sequence[str] = (), stop: asyncio.Event | None = None,
                   prices: Mapping[str, int] | None = None) -> int:
    """Send `rate` events a second for `duration` seconds (None: until `stop`). Returns frames sent."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    gen = Generator(seed, skus, prices=prices)
    sent = 0
    async with await _connect(url) as ws:
        start = time.monotonic()  # the stream's time runs from when the studio took it
        while (duration is None or time.monotonic() - start < duration) and not (stop and stop.is_set()):
            due = int((time.monotonic() - start) * rate) - sent
            frames = []
            for _ in range(max(0, due)):
                frame = encode(fmt, next(gen))
                sent += 1
                if frame is not None:
                    frames.append(frame)
            for frame in frames:
                await ws.send(frame)
            await asyncio.sleep(0.02)
    return sent


STARTING_WAIT_S = 30.0  # how long a studio still starting (503: its comment writer not up) is waited for


async def _connect(url: str) -> ClientConnection:
    """The studio's /ingest; while it answers 503 (starting: app.live.gate) it is asked again after
    its Retry-After, as a relay does, for up to STARTING_WAIT_S."""
    deadline = time.monotonic() + STARTING_WAIT_S
    while True:
        try:
            return await connect(url, max_size=None)
        except InvalidStatus as exc:
            if exc.response.status_code != 503 or time.monotonic() >= deadline:
                raise
            retry = exc.response.headers.get("Retry-After", "1")
            await asyncio.sleep(min(5.0, float(retry)) if retry.isdigit() else 1.0)


def run_simulation(url: str, fmt: str, rate: float, duration: float) -> int:
    """`livedeck simulate`: exit 0 when sent, 2 for bad arguments, 1 when the studio cannot be reached."""
    if fmt not in FORMATS or rate <= 0 or duration <= 0:
        print(f"livedeck simulate: --format is one of {', '.join(FORMATS)}; --rate and --duration must be > 0",
              file=sys.stderr)
        return 2
    if not url.startswith(("ws://", "wss://")):  # a usage slip, not an unreachable studio
        print(f"livedeck simulate: --url is the studio's ws://HOST:PORT/ingest, not {url}", file=sys.stderr)
        return 2
    try:
        n = asyncio.run(simulate(url, fmt, rate, duration))
    except (OSError, WebSocketException) as exc:
        print(f"livedeck simulate: cannot send to {url}: {exc}", file=sys.stderr)
        return 1
    print(f"sent {n} events as {fmt} to {url}")
    return 0
