"""The commerce desk: flash sales, coupons and the lottery, wired to the Studio and the feed.

Pure rules live in app.core (sale, coupon, lottery_state, lottery); each desk turns commands into
events and speaks the moments a host must not miss. This only builds the three and feeds them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.core.comments import Comment
from app.live.counting import Counting, OrderInbox
from app.studio.coupons import CouponDesk
from app.studio.flash_sale import FlashSaleDesk
from app.studio.lottery import LotteryDesk
from app.studio.studio import Studio


class Commerce(QObject):
    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        self.sale = FlashSaleDesk(studio)
        self.coupons = CouponDesk(studio)
        self.lottery = LotteryDesk(studio)
        studio.tick.connect(self.lottery.on_tick)
        self.counting = studio.feed.pipeline.counting if studio.feed is not None else Counting()
        if studio.feed is not None:
            studio.feed.counted.connect(self.on_counted)
        studio.show_opened.connect(self.on_show_opened)
        if studio.show_id is not None:
            self.lottery.on_show_opened(studio.show_id)
            self.on_show_opened(studio.show_id)

    def on_show_opened(self, show_id: int) -> None:
        """Orders accepted from now on come to the flash sale (entrants are collected on the ingest side)."""
        self.counting.start("orders", show_id, OrderInbox)

    def on_counted(self, moved: frozenset[str]) -> None:
        if "orders" in moved:
            orders = self.counting.take("orders")
            if orders:
                self.sale.on_batch(orders)

    def on_batch(self, batch: list[Comment]) -> None:
        """Comments handed in directly, not through the ingest pipeline (tools, tests)."""
        self.lottery.on_batch(batch)
        self.sale.on_batch(batch)

    @property
    def recovering(self) -> bool:
        return self.lottery._rebuilding
