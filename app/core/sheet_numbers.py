"""Numbers as spreadsheets in other locales write them, before a price or count is read: thousands
grouped by spaces (LibreOffice, WPS and Numbers in fr/ru/… locales; a plain, no-break, narrow no-break
or ideographic space), by commas (`1,299.00`), or by dots before a decimal comma (`1.299,00`); a
decimal comma after space groups (`1 299,00`). Read wrongly these go on air as ¥1.00 or ¥129900. Pure."""

from __future__ import annotations

import re

from app.core.text import BadValue

# Space kinds a grouping locale writes between thousands; _fold in sheet_values maps them to " ".
SPACES = {0x00A0: " ", 0x202F: " ", 0x2007: " ", 0x2009: " ", 0x3000: " "}

# A number with at least one 3-digit group after a separator (the same one throughout), and perhaps
# a decimal part: `1 299`, `12 500 000`, `1 299,00`, `1,299.00`, `1.299,00`.
_GROUPED = re.compile(r"(?<![\d.,])(\d{1,3})((?P<sep>[ ,.])\d{3}(?:(?P=sep)\d{3})*)"
                      r"(?:(?P<dec>[.,])(?P<frac>\d{1,2}))?(?!\d)(?![.,]\d)")


# What may stand around a number grouped by spaces for the cell to be that one number.
_BEFORE = re.compile(r"\s*(?:[¥$€]|rmb|cny|usd)?\s*", re.IGNORECASE)
_AFTER = re.compile(r"\s*(?:元|件|个|套|rmb|cny|usd)?\s*", re.IGNORECASE)


def ungroup(text: str, what: str, raw: str) -> tuple[str, bool]:
    """`text` with each grouped number written plainly (`1 299,00` -> `1299.00`), and whether spaces
    were taken out (the caller says so: never silently). Spaces join only a cell that is that one
    number (`¥1 299`, `12 500 000`), never numbers among words (`59 500ml`). Raises BadValue for a
    cell of two space-apart numbers that may as well be two prices (`99 199`, `199 299`)."""
    joined = False

    def plain(m: re.Match[str]) -> str:
        nonlocal joined
        sep, dec, groups = m.group("sep"), m.group("dec"), m.group(2)
        if dec == sep or (sep == "." and dec is None):
            return m.group(0)  # `1,299,00` or `1.299`: not a grouping this reads (the caller decides)
        parts = groups.split(sep)[1:]
        if sep == " ":
            if not (_BEFORE.fullmatch(text[:m.start()]) and _AFTER.fullmatch(text[m.end():])):
                return m.group(0)  # among words or other numbers: not one grouped number
            if dec is None and len(parts) == 1 and len(m.group(1)) > 1 and not parts[0].startswith("0"):
                raise BadValue(what + ' "%1" could be one number with spaces between its thousands or several '
                               'numbers: type it without the spaces, or with " / " between the numbers', raw)
            joined = True
        return m.group(1) + "".join(parts) + (f".{m.group('frac')}" if dec else "")

    return _GROUPED.sub(plain, text), joined


_DATE_TIME = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?")
_SERIAL = re.compile(r"(\d{5})\.(\d+)")  # Excel's date+time serial in General format: 45678.8333 = 20:00


def day_seconds(text: str) -> int | None:
    """Seconds since midnight of a date and time written whole (`2025/1/20 20:00`, `2025-03-01
    10:00:00`) or as Excel's serial (`45678.8333333333`, days since 1900), else None."""
    m = _DATE_TIME.fullmatch(text.strip())
    if m and int(m.group(1)) < 24:
        return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3) or 0)
    m = _SERIAL.fullmatch(text.strip())
    if m and 20000 <= int(m.group(1)) <= 80000:
        return round(float("0." + m.group(2)) * 24 * 3600) % (24 * 3600)
    return None


_SECONDS_ONLY = re.compile(r"(\d+(?:\.\d+)?)(?:s|sec|secs|seconds|秒钟?)", re.IGNORECASE)
_HALF = re.compile(r"(\d+)(?:分钟?|min|m|′|')半")
_PRIMES = re.compile(r"(\d+)[′'](\d{1,2})(?:[″\"]|'')?")


def spoken_minutes(compact: str) -> float | None:
    """Durations as teams type them, spaces removed: `210s`, `90秒` (seconds), `1分半` (and a half),
    `3′30″` (prime marks, or `3'30''`). None when it is none of these."""
    m = _SECONDS_ONLY.fullmatch(compact)
    if m:
        return float(m.group(1)) / 60
    m = _HALF.fullmatch(compact)
    if m:
        return int(m.group(1)) + 0.5
    m = _PRIMES.fullmatch(compact)
    return int(m.group(1)) + int(m.group(2)) / 60 if m else None


def id_rounded(text: str) -> bool:
    """An ID a spreadsheet rounded (`3.72962E+18`, 15 digits then zeros): different products share
    it, so it names none of them (never a key to join rows by)."""
    return re.fullmatch(r"\d+(\.\d+)?[eE]\+?\d+", text) is not None or (
        len(text) >= 16 and text.isdigit() and set(text[15:]) == {"0"})
