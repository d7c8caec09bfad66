"""Filling translated templates. PySide has no QString.arg, and translators need %1, %2 (not
f-strings) so they can reorder the parts of a sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


_MARKER = re.compile(r"%(\d+)")


def fill(template: str, *args: object) -> str:
    """Replace %1, %2, … with args in one pass (as QString.arg reads markers: %10 is the tenth), so
    a part that itself contains "%2" (a cell, a file name, a nested message) is left as it is."""
    def part(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return str(args[n - 1]) if 1 <= n <= len(args) else m.group(0)

    return _MARKER.sub(part, template)


@dataclass(frozen=True, eq=False)
class Note:
    """A message for people from a pure module: English as str() (and equal to that text), translatable
    by its template (the UI lists the templates for lupdate and translates them) with the parts filled
    in after. A part that is itself a Note is translated too."""

    template: str
    args: tuple[object, ...] = ()

    def __str__(self) -> str:
        return self.text()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Note | str):
            return str(self) == str(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))

    def __contains__(self, part: str) -> bool:  # `"stock" in error.message` keeps working on the English
        return part in str(self)

    def text(self, translate: Callable[[str], str] | None = None) -> str:
        parts = [a.text(translate) if isinstance(a, Note) else a for a in self.args]
        return fill(translate(self.template) if translate else self.template, *parts)


def note(template: str, *args: object) -> Note:
    return Note(template, args)


Message = Note | str


def say(message: Message, translate: Callable[[str], str] | None = None) -> str:
    """A message in the caller's language: English without `translate`, as the CLI prints it."""
    return message.text(translate) if isinstance(message, Note) else message


class BadValue(ValueError):
    """A value that cannot be read: str() is the English (callers that print it are unchanged), `note`
    the same sentence for the app to translate."""

    def __init__(self, template: str, *args: object) -> None:
        self.note = Note(template, args)
        super().__init__(str(self.note))


def message_of(exc: BaseException) -> Message:
    """The translatable message of an error when it has one, else its English text."""
    return exc.note if isinstance(exc, BadValue) else str(exc)


_CONTROL = {c: None for c in range(32) if chr(c) not in "\n\t"} | {0x7F: None}


def clean_text(text: str) -> str:
    """Text that can be stored and shown: lone surrogates (a cut emoji from a JavaScript relay)
    become U+FFFD, control characters other than newline and tab are dropped."""
    if not text.isprintable():
        text = text.translate(_CONTROL)
    return _SURROGATE.sub("\ufffd", text)


# OWASP CSV injection: a cell starting with these is a formula in Excel, LibreOffice and Sheets.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula gets a leading single quote (OWASP)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
