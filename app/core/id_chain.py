"""An id index that grows by links nobody changes again, so a snapshot on another thread can share it."""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Container, Mapping
from typing import TypeVar, cast

V = TypeVar("V")


def chained(new: dict[int, V], prev: Mapping[int, V], live: Container[V]) -> Mapping[int, V]:
    """`prev` with `new` in front, as a chain of dicts nobody changes again; at 16 links the recent
    ones are merged, so a look-up stays a few dict reads. The big copy keeps only the values still
    `live` (the question queue's dropped groups go then)."""
    if not new:
        return prev
    links = prev.maps if isinstance(prev, ChainMap) else [prev]
    maps: list[dict[int, V]] = [new, *(cast(dict[int, V], m) for m in links)]
    if len(maps) <= 16:
        return ChainMap(*maps)
    *recent, base = maps
    merged: dict[int, V] = {}
    for m in reversed(recent):  # dict.update, in C: dict(ChainMap) looks each key up in Python (0.4 s)
        merged.update(m)
    if len(merged) * 4 < len(base):
        return ChainMap(merged, base)  # the big one is copied only each time it has grown by a quarter
    return {i: k for m in (base, merged) for i, k in m.items() if k in live}
