"""What an import says about itself: per row imported or skipped (why) with warnings, and the real
errors that refuse a file. Pure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.runsheet import Item
from app.core.text import Message, fill, say


@dataclass(frozen=True)
class RowError:
    line: int
    message: Message  # str() is the English the CLI prints; a Note is translated in the app
    field: str = ""  # the column's field when one cell is at fault (the dialog offers to retype it)
    value: str = ""  # that cell as written

    def __str__(self) -> str:
        return f"{self.line}: {self.message}"


class ImportFailed(Exception):
    """A real error: nothing is imported. Carries every problem so the sheet is fixed in one pass."""

    def __init__(self, source: str, errors: Sequence[RowError]) -> None:
        self.source = source
        self.errors = list(errors)
        super().__init__("\n".join(self.lines()))

    def lines(self, translate: Callable[[str], str] | None = None) -> list[str]:
        """`file:line: why` per error: English for `livedeck import`, the app passes Qt's translate."""
        t = translate or (lambda s: s)
        return [fill(t("%1:%2: %3"), self.source, e.line, say(e.message, translate)) for e in self.errors]


class NoHeader(ImportFailed):
    """No row names a product title column: the user can map the columns by hand (`candidates` is
    the likeliest header row's text)."""

    def __init__(self, source: str, errors: Sequence[RowError], candidates: Sequence[str]) -> None:
        super().__init__(source, errors)
        self.candidates = list(candidates)


@dataclass
class RowResult:
    """What happened to one row of the sheet."""

    line: int
    status: str  # "imported", "skipped" or "problem" (a cell that cannot be read: fix it or skip the row)
    reason: Message = ""  # why skipped; for imported rows a short note ("pulled", "revisit of row 7")
    warnings: list[Message] = field(default_factory=list)
    name: str = ""
    pulled: bool = False
    revisit_of: int | None = None  # the line of the product this 返场 row repeats
    errors: list[RowError] = field(default_factory=list)  # a problem row: the cells that cannot be read


@dataclass
class ImportReport:
    """Everything a producer needs to trust an import: per row, and for the file."""

    source: str = ""
    sheet: str = ""
    other_sheets: list[str] = field(default_factory=list)  # sheets read but not the product list
    header_line: int = 0
    headers: list[str] = field(default_factory=list)
    columns: dict[int, str] = field(default_factory=dict)  # column position -> field
    unknown_headers: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    rows: list[RowResult] = field(default_factory=list)
    item_lines: list[int] = field(default_factory=list)  # the sheet line of each item
    explained: list[Message] = field(default_factory=list)  # why this sheet and header (the candidates)
    plan: list[Any] = field(default_factory=list)  # PlanCue rows of the marketing-plan sheet
    phrases: list[tuple[str, str]] = field(default_factory=list)  # 口令 -> what the 场控 screen shows
    loud: list[Message] = field(default_factory=list)  # file-level warnings: no price / stock column

    @property
    def problems(self) -> list[RowResult]:
        return [r for r in self.rows if r.status == "problem"]

    @property
    def sku_per_spec(self) -> bool:
        """Is the sheet's code column one code per spec (its header says SKU: SKU编码, skuid, SellerSKU),
        not one per product (货号, 款号, 商家编码)? (sheet_items.continues)"""
        return any(key == "sku" and pos < len(self.headers) and "sku" in self.headers[pos].lower()
                   for pos, key in self.columns.items())

    def refusal(self) -> ImportFailed | None:
        """All or nothing (`livedeck import`): every problem row named, or None."""
        errors = [e for r in self.problems for e in r.errors]
        return ImportFailed(self.source, errors) if errors else None

    @property
    def imported(self) -> list[RowResult]:
        return [r for r in self.rows if r.status == "imported"]

    @property
    def skipped(self) -> list[RowResult]:
        return [r for r in self.rows if r.status == "skipped"]

    @property
    def pulled(self) -> list[RowResult]:
        return [r for r in self.rows if r.pulled]

    def warnings(self) -> list[str]:
        """`line: text` for every warning, in row order."""
        return [f"{r.line}: {w}" for r in self.rows for w in r.warnings]

    def lines(self, translate: Callable[[str], str] | None = None) -> list[str]:
        """A plain-text report, one line per fact, as `livedeck import` prints it (in English; the app
        passes Qt's translate for its own language)."""
        t = translate or (lambda s: s)
        out = []
        if self.sheet:
            out.append(fill(t('sheet "%1", header on row %2'), self.sheet, self.header_line))
        out.extend(say(m, translate) for m in self.explained)
        if not self.explained:
            for name in self.other_sheets:
                out.append(fill(t('sheet "%1" skipped: not the product list'), name))
        out.extend(fill(t("warning: %1"), say(m, translate)) for m in self.loud)
        if self.unknown_headers:
            out.append(fill(t("columns not used: %1"), ", ".join(self.unknown_headers)))
        for r in self.rows:
            if r.status == "skipped":
                out.append(fill(t("%1: skipped: %2"), r.line, say(r.reason, translate)))
            elif r.status == "problem":
                out.extend(fill(t("%1: cannot be read: %2"), e.line, say(e.message, translate)) for e in r.errors)
            elif r.reason:
                out.append(fill(t("%1: imported (%2): %3"), r.line, say(r.reason, translate), r.name))
            for w in r.warnings:
                out.append(fill(t("%1: warning: %2"), r.line, say(w, translate)))
        return out
