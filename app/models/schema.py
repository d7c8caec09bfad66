"""The tables. Created and changed only by the Alembic revisions in migrations/versions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import (
    text as sa_text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


# Comment ids are 64-bit on a server: each studio takes its ids from its own block (see
# writer.next_comment_id). SQLite's INTEGER is already 64-bit and must stay the rowid alias.
ID64 = BigInteger().with_variant(Integer, "sqlite")


class Show(Base):
    __tablename__ = "shows"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str] = mapped_column(String(40), default="douyin")
    host: Mapped[str] = mapped_column(String(100), default="")
    planned_start: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    # Epoch seconds a studio last had it open while live (every half minute): where a crash's gap starts.
    seen_at: Mapped[float | None] = mapped_column(Float, nullable=True)

    items: Mapped[list[Item]] = relationship(
        back_populates="show", order_by="Item.position", cascade="all, delete-orphan", passive_deletes=True
    )


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    sku: Mapped[str] = mapped_column(String(64), default="")
    list_price: Mapped[int] = mapped_column(Integer, default=0)  # fen
    live_price: Mapped[int] = mapped_column(Integer, default=0)  # fen
    coupon_price: Mapped[int | None] = mapped_column(Integer, nullable=True)  # fen after the coupon; NULL = none
    stock: Mapped[int | None] = mapped_column(Integer, nullable=True)  # NULL = not known; 0 = sold out
    planned_min: Mapped[float] = mapped_column(Float, default=5.0)
    talking_points: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(String(500), default="")
    cues: Mapped[str] = mapped_column(Text, default="")  # "3:00 announce coupon; 6:00 lottery"
    product_id: Mapped[str] = mapped_column(String(40), default="")  # the platform's, 19 digits: text
    cart_no: Mapped[str] = mapped_column(String(40), default="")  # the cart link number: "4", "8/9"

    show: Mapped[Show] = relationship(back_populates="items")


class EventRow(Base):
    __tablename__ = "events"

    seq: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(40))
    ts: Mapped[float] = mapped_column(Float)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (Index("ix_events_show_seq", "show_id", "seq"), Index("ix_events_show_type", "show_id", "type"))


class CommentRow(Base):
    """Every accepted ingest event (comments, gifts, orders, …): the review reads these."""

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(ID64, primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(20))
    msg_id: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(12))
    ts: Mapped[float] = mapped_column(Float)
    user_id: Mapped[str] = mapped_column(String(80), default="")
    user_name: Mapped[str] = mapped_column(String(120), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    follower: Mapped[bool] = mapped_column(Boolean, default=False)
    fans_level: Mapped[int] = mapped_column(Integer, default=0)
    flags: Mapped[int] = mapped_column(Integer, default=0)
    item_ref: Mapped[int | None] = mapped_column(Integer, nullable=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)

    __table_args__ = (
        UniqueConstraint("show_id", "platform", "msg_id", name="uq_comments_msg"),
        Index("ix_comments_show_ts", "show_id", "ts"),
        # The review's aggregates (revision 0004_review).
        Index("ix_comments_show_kind_ts", "show_id", "kind", "ts", "user_id", "flags"),
        # Distinct commenters (of all kinds or one), a user's comments (revision 0007).
        Index("ix_comments_show_user_kind", "show_id", "user_id", "kind"),
        Index("ix_comments_show_item_ref", "show_id", "item_ref", sqlite_where=sa_text("item_ref IS NOT NULL"),
              postgresql_where=sa_text("item_ref IS NOT NULL")),
    )


class DeadLetter(Base):
    """A row the writer could not store, kept with the reason so nothing vanishes unseen."""

    __tablename__ = "dead_letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[float] = mapped_column(Float)


class ReviewFollowup(Base):
    """A 售后 follow-up comment the team ticked off in the review."""

    __tablename__ = "review_followups"

    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"), primary_key=True)
    comment_id: Mapped[int] = mapped_column(ID64, primary_key=True)
    done_at: Mapped[float] = mapped_column(Float)


class ProductMerge(Base):
    """A product-library key shown as part of another (issue #23); deleting the row undoes it."""

    __tablename__ = "product_merges"

    key: Mapped[str] = mapped_column(String(260), primary_key=True)
    into_key: Mapped[str] = mapped_column(String(260))
    created_at: Mapped[float] = mapped_column(Float)


class Phrase(Base):
    """A reusable 话术 line: kind (开场, 展示, 逼单, 问答, 促销, 下播), for one product key or all, in a group."""

    __tablename__ = "phrases"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    product_key: Mapped[str] = mapped_column(String(260), default="", server_default="")
    grp: Mapped[str] = mapped_column(String(60), default="", server_default="")
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    __table_args__ = (Index("ix_phrases_kind_product", "kind", "product_key"),)


class RoomStatus(Base):
    """One row per room (show) a studio has open, rewritten every second: what the wall shows,
    read from the database so the wall needs no connection to each studio."""

    __tablename__ = "room_status"

    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"), primary_key=True)
    updated_at: Mapped[float] = mapped_column(Float)
    pid: Mapped[int] = mapped_column(Integer, default=0)
    machine: Mapped[str] = mapped_column(String(120), default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
