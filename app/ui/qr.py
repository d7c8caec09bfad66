"""QR codes of the studio's links, for a phone or tablet to open the host view without typing a token.

Drawn by `segno` (pure Python, no dependencies, writes the PNG itself): a QR encoder is exactly the
kind of code not to write by hand, and it needs neither Pillow nor a network service.
"""

from __future__ import annotations

import io

import segno
from PySide6.QtGui import QPixmap


def qr_pixmap(text: str, scale: int = 4) -> QPixmap:
    """The text as a QR code (error correction M: still reads off a screen with glare), 4-module border."""
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
