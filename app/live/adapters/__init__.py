"""Relay wire formats → Comment, one module per relay; each registers the JSON shapes it reads.

A frame's objects go to the adapter whose required keys they have (base.py, `shape_of`), never to
the first that guesses: an object two relays could send is refused as `ambiguous_format`, one no
relay sends as `unknown_format`, and neither is stored. docs/protocol.md names, per relay, the
project, commit and files each parser follows.
"""

from __future__ import annotations

# Importing a relay module registers its shapes; the order does not matter.
from app.live.adapters import (  # noqa: F401
    barragegrab,
    douyinlive,
    dycast,
    generic,
    kuaishou,
    oba,
    orders,
    socialstream,
    tiktok,
    twitch,
    userscript,
    wxlivespy,
)
from app.live.adapters.base import SHAPES, Bad, FrameState, Parsed, Shape, clean_text, shape_of
from app.live.adapters.frame import detect, expire_streaks, flush_streaks, parse_frame
from app.live.adapters.generic import parse_generic

# The formats the simulator can write (app/live/simulator.py).
FORMATS = ("generic", "barragegrab", "douyinlive", "tiktok", "socialstream", "twitch")

__all__ = ["FORMATS", "SHAPES", "Bad", "FrameState", "Parsed", "Shape", "clean_text", "detect", "expire_streaks",
           "flush_streaks", "parse_frame", "parse_generic", "shape_of"]
