"""The commerce desk: flash sales, coupons and the lottery, wired to the Studio and the feed.

Pure rules live in app.core (sale, coupon, lottery_state, lottery); each desk turns commands into
events and speaks the moments a host must not miss. This only builds the three and feeds them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.core.comments import Comment
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
        if studio.feed is not None:
            studio.feed.arrived.connect(self.on_batch)
        if studio.show_id is not None:
            self.lottery.on_show_opened(studio.show_id)

    def on_batch(self, batch: list[Comment]) -> None:
        """Never raises out of the feed's signal: a failure is logged by the Studio's automatic path."""
        self.lottery.on_batch(batch)
        self.sale.on_batch(batch)

    @property
    def recovering(self) -> bool:
        return self.lottery._held is not None
