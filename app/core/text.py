"""Filling translated templates. PySide has no QString.arg, and translators need %1, %2 (not
f-strings) so they can reorder the parts of a sentence."""

from __future__ import annotations


def fill(template: str, *args: object) -> str:
    """Replace %1, %2, … with args; the highest number first so %1 never eats the start of %10."""
    for n in range(len(args), 0, -1):
        template = template.replace(f"%{n}", str(args[n - 1]))
    return template
