"""Filling translated templates. PySide has no QString.arg, and translators need %1, %2 (not
f-strings) so they can reorder the parts of a sentence."""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def fill(template: str, *args: object) -> str:
    """Replace %1, %2, … with args; the highest number first so %1 never eats the start of %10."""
    for n in range(len(args), 0, -1):
        template = template.replace(f"%{n}", str(args[n - 1]))
    return template


_CONTROL = {c: None for c in range(32) if chr(c) not in "\n\t"} | {0x7F: None}


def clean_text(text: str) -> str:
    """Text that can be stored and shown: lone surrogates (a cut emoji from a JavaScript relay)
    become U+FFFD, control characters other than newline and tab are dropped."""
    if not text.isprintable():
        text = text.translate(_CONTROL)
    return _SURROGATE.sub("\ufffd", text)
