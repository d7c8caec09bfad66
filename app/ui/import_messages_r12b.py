"""More of the import's words (see app.ui.column_mapping.IMPORT_MESSAGES, which joins these): kept
apart so column_mapping stays within the module size limit. lupdate extracts them from here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MORE_IMPORT_MESSAGES = (
    QT_TRANSLATE_NOOP("Import", 'price "%1" could be one number with spaces between its thousands or several '
                                'numbers: type it without the spaces, or with " / " between the numbers'),
    QT_TRANSLATE_NOOP("Import", 'stock "%1" could be one number with spaces between its thousands or several '
                                'numbers: type it without the spaces, or with " / " between the numbers'),
    QT_TRANSLATE_NOOP("Import", "no row has a price (columns read: %1): every price is 0.00; map the price column or "
                                "fix the sheet"),
    QT_TRANSLATE_NOOP("Import", 'run order "%1" is not a number: placed after run order %2 (the highest above it)'),
    QT_TRANSLATE_NOOP("Import", 'run order "%1" is not a number: placed first (no number above it)'),
)
