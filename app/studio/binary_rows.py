"""The hidden rows of an .xls (BIFF8) or .xlsb sheet. python-calamine reads their values but not
their row visibility (tafia/calamine#237), and a row the merchant hid (a product pulled from
tonight's show, a note) must not go on air, as in an .xlsx. So the rows' own flags are read from
the file: the BIFF8 ROW record's fDyZero bit (0x20 of its options) in the OLE "Workbook" stream
(olefile), the .xlsb BrtRowHdr's fDyZero bit (0x10 of its 12th byte) in each sheet part.
An autofilter's filtered-out rows carry the same flag."""

from __future__ import annotations

import posixpath
import struct
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

import olefile

_BIFF_BOF, _BIFF_EOF, _BIFF_ROW, _BIFF_SHEET, _BIFF_FILEPASS = 0x0809, 0x000A, 0x0208, 0x0085, 0x002F
_BRT_ROW_HDR, _BRT_BUNDLE_SH = 0, 156
_UNREADABLE = (OSError, struct.error, IndexError, KeyError, UnicodeDecodeError, zipfile.BadZipFile, ET.ParseError)


def hidden_rows(path: Path) -> dict[str, set[int]]:
    """Sheet name -> the 1-based rows hidden in it. Empty when the file's rows cannot be read for
    it (an encrypted or BIFF5 .xls, a damaged part): calamine has read the values already."""
    try:
        return _xlsb(path) if path.suffix.lower() == ".xlsb" else _xls(path)
    except _UNREADABLE:
        return {}


def _biff(data: bytes, pos: int) -> Iterator[tuple[int, bytes]]:
    while pos + 4 <= len(data):
        kind, size = struct.unpack_from("<HH", data, pos)
        yield kind, data[pos + 4:pos + 4 + size]
        pos += 4 + size


def _xls(path: Path) -> dict[str, set[int]]:
    if not olefile.isOleFile(str(path)):
        return {}
    with olefile.OleFileIO(str(path)) as ole:
        if not ole.exists("Workbook"):  # BIFF5's "Book" names its sheets in a codepage: not read
            return {}
        data = ole.openstream("Workbook").read()
    starts: dict[str, int] = {}
    for kind, body in _biff(data, 0):  # the workbook globals: each sheet's name and where it starts
        if kind == _BIFF_FILEPASS:
            return {}  # encrypted: the records after this one are not readable as they stand
        if kind == _BIFF_SHEET:
            size, wide = body[6], body[7] & 1
            starts[body[8:8 + size * (1 + wide)].decode("utf-16-le" if wide else "latin-1")] = \
                struct.unpack_from("<I", body)[0]
        elif kind == _BIFF_EOF:
            break
    out: dict[str, set[int]] = {}
    for name, start in starts.items():
        rows, depth = out.setdefault(name, set()), 0
        for kind, body in _biff(data, start):
            depth += (kind == _BIFF_BOF) - (kind == _BIFF_EOF)  # an embedded chart is a substream of its own
            if kind == _BIFF_ROW and body[12] & 0x20:
                rows.add(struct.unpack_from("<H", body)[0] + 1)
            elif depth == 0:
                break
    return out


def _xlsb_records(data: bytes) -> Iterator[tuple[int, bytes]]:
    """[MS-XLSB] records: a type of 1-2 and a size of 1-4 bytes, 7 bits each, high bit = more."""
    pos, end = 0, len(data)
    while pos < end:
        kind = data[pos] & 0x7F
        if data[pos] & 0x80:
            pos += 1
            kind |= (data[pos] & 0x7F) << 7
        pos += 1
        size = shift = 0
        for _ in range(4):
            size |= (data[pos] & 0x7F) << shift
            shift += 7
            pos += 1
            if not data[pos - 1] & 0x80:
                break
        yield kind, data[pos:pos + size]
        pos += size


def _xlsb(path: Path) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    with zipfile.ZipFile(path) as z:
        rels = {r.get("Id"): r.get("Target", "") for r in ET.fromstring(z.read("xl/_rels/workbook.bin.rels"))}
        for kind, body in _xlsb_records(z.read("xl/workbook.bin")):
            if kind != _BRT_BUNDLE_SH:  # hsState, iTabID, then strRelID and strName (UTF-16, length first)
                continue
            rel_size = struct.unpack_from("<I", body, 8)[0]
            rel = body[12:12 + 2 * rel_size].decode("utf-16-le")
            name_at = 12 + 2 * rel_size
            name = body[name_at + 4:name_at + 4 + 2 * struct.unpack_from("<I", body, name_at)[0]].decode("utf-16-le")
            target = rels[rel]
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            out[name] = {struct.unpack_from("<I", row)[0] + 1 for kind, row in _xlsb_records(z.read(part))
                         if kind == _BRT_ROW_HDR and row[11] & 0x10}
    return out
