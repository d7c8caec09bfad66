"""The typed change flags: which part of the show's state a command (or an event) changed.

The Studio announces one `Change` per command (`Studio.changed`); each view subscribes to the
flags it reads and skips the rest, so a timer tick or a sale does not rebuild the run-sheet.
"""

from __future__ import annotations

import enum


class Change(enum.Flag):
    SHOW = enum.auto()        # the open show itself: opened, closed, started, ended, renamed
    SHOWS = enum.auto()       # the list of shows (titles, statuses, item counts)
    RUNSHEET = enum.auto()    # items, their order and fields, which one is on air
    TIMER = enum.auto()       # the segment clock: pause, resume, time added, cues fired
    SALE = enum.auto()        # the flash sale
    COUPONS = enum.auto()
    LOTTERY = enum.auto()     # the lottery (福袋): opened, drawn, its entrants on a second desk
    PINNED = enum.auto()      # the comment pinned to the host screen
    MESSAGE = enum.auto()     # the message to the host
    POLL = enum.auto()
    QUESTIONS = enum.auto()   # the question being answered and the queue's counts
    FEED_RULES = enum.auto()  # blocked viewers, keywords, comments deleted at the desk
    CONSOLE = enum.auto()     # an imported platform console export (sales figures)
    SALES = enum.auto()       # order figures as the studio last published them (a second desk)
    FEED = enum.auto()        # feed health as the studio last published it (a second desk)
    COMPLIANCE = enum.auto()
    PHRASES = enum.auto()     # the 话术 library's groups
    PRODUCTS = enum.auto()    # the product library
    SPEECH = enum.auto()      # spoken cues muted or not
    RELAYS = enum.auto()      # the comment relays' settings
    ROOM = enum.auto()        # the live room's claim (a second desk reads it from the studio)


EVERY_PART = (Change.SHOW | Change.RUNSHEET | Change.TIMER | Change.SALE | Change.COUPONS | Change.LOTTERY
              | Change.PINNED)  # what opening or closing a show replaces
# What the host screen shows (core/host_screen.py): its views repaint on any of these.
HOST_SCREEN = (Change.SHOW | Change.RUNSHEET | Change.TIMER | Change.SALE | Change.COUPONS | Change.LOTTERY
               | Change.PINNED | Change.MESSAGE | Change.POLL | Change.QUESTIONS)
