"""The demo show: a realistic evening run-sheet so a new user sees LiveDeck doing its job."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.core.runsheet import Item, parse_cues
from app.models.store import Store

DEMO_TITLE = "双11返场 · 秋冬好物专场 (演示)"

# A segment that sells nothing (the opening, the finale) has no stock: None, not 0 (which is 售罄).
_PRODUCTS: list[tuple[str, str, int, int, int | None, int, str, str]] = [
    ("开场福利 · 关注领券", "OPEN-01", 0, 0, None, 5, "欢迎新进直播间的宝宝，点个关注，左下角领 10 元无门槛券；今晚 8 点半福袋。",
     "1:00 提醒关注; 3:00 福袋预告"),
    ("羊毛混纺大衣 (燕麦色)", "CT-2031", 89900, 49900, 120, 10,
     "70% 羊毛，双面呢，不起球；S-XL 四个码，164 穿 M；今天直播间到手价 499，比日常价低 400。",
     "3:00 口播优惠券; 8:00 秒杀预告"),
    ("加厚摇粒绒卫衣", "SW-1188", 19900, 9900, 300, 8, "三色可选，内里加绒，宽松版型，男女同款；拍两件再减 20。",
     "4:00 抽奖口令"),
    ("羊绒围巾 (礼盒装)", "SC-0907", 39900, 19900, 80, 6, "内蒙古羊绒，长 180 厘米，送礼自带礼盒和手提袋。", ""),
    ("保湿面霜 50g", "SK-5501", 26800, 15900, 200, 8, "神经酰胺配方，秋冬干皮救星；买一送同款小样两支。", "5:00 加购提醒"),
    ("氨基酸洁面乳", "SK-5502", 9900, 5900, 500, 5, "温和不紧绷，敏感肌可用，一支用三个月。", ""),
    ("不锈钢保温杯 500ml", "HM-3306", 12900, 6900, 400, 6, "316 不锈钢内胆，12 小时保温，一键开盖。", ""),
    ("家用电煮锅", "HM-7720", 19900, 12900, 90, 8, "1.8L 容量，煮面火锅一锅搞定，不粘涂层，一年保修。", "6:00 秒杀"),
    ("坚果礼盒 (每日坚果 30 袋)", "FD-1010", 15900, 8900, 600, 6, "每袋 25 克，六种坚果果干，独立小包装，临期包退。", ""),
    ("手工红糖姜茶", "FD-2022", 6900, 3900, 800, 5, "云南小粒姜，红糖熬制，冲泡即饮，一盒 12 条。", ""),
    ("儿童羽绒背心", "KD-0455", 25900, 13900, 150, 7, "90% 白鸭绒，轻薄保暖，100-150 码，机洗不跑绒。", ""),
    ("压轴 · 抽奖与下期预告", "END-99", 0, 0, None, 6, "感谢宝宝们陪伴！福袋开奖，记得关注下周三同一时间见。", "2:00 开奖"),
]


def demo_items() -> list[Item]:
    return [Item(name=n, sku=sku, list_price=lp, live_price=p, stock=st, planned_min=m, talking_points=tp,
                 cues=parse_cues(cues)) for n, sku, lp, p, st, m, tp, cues in _PRODUCTS]


def ensure_demo_show(store: Store, now: float | None = None) -> int:
    """Open the demo show, creating it on first use (a finished demo starts afresh), planned ten
    minutes after `now` (the studio's clock; the wall clock if None)."""
    for info in store.list_shows():
        if info.title == DEMO_TITLE and info.status != "ended":
            return info.id
    start = (datetime.now() if now is None else datetime.fromtimestamp(now)) + timedelta(minutes=10)
    start = start.replace(second=0, microsecond=0)
    return store.create_show(DEMO_TITLE, "douyin", "主播小A", start, demo_items())
