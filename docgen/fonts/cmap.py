"""Does a font have a character?  One binary search in its ``cmap`` table, without parsing it.

Used to find a fallback font for a character the role's font lacks (堃 in FandolFang, 𠮷 in
most fonts) among fonts not loaded yet: asking each candidate's ``cmap`` costs a few small
reads, where loading it with reportlab costs tens of milliseconds.  Formats 4 (the Basic
Multilingual Plane) and 12 (every plane) are read — what Chinese and Latin fonts use.
"""

from __future__ import annotations

import struct
from pathlib import Path

from .sfnt import FontFileError, Reader

#: Subtables asked, in order: supplementary-plane code points need a format-12 table
#: (Windows UCS-4 or Unicode full repertoire); BMP ones may use format 4.
_CMAP_PREFERENCE = ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0))


def has_char(path: Path, index: int, code: int) -> bool:
    """Does face ``index`` of ``path`` map ``code`` to a glyph?  One binary search in its
    ``cmap`` (formats 4 and 12), not a full parse; False for an unreadable file."""
    try:
        reader = Reader(path)
    except FontFileError:
        return False
    try:
        offset = reader.face_offsets()[index]
        _version, tables = reader.tables(offset)
        return _cmap_has(reader, tables, code)
    except (FontFileError, IndexError, struct.error):
        return False
    finally:
        reader.close()


def _cmap_has(reader: Reader, tables: dict[str, tuple[int, int]], code: int) -> bool:
    entry = tables.get("cmap")
    if entry is None:
        return False
    base = entry[0]
    _version, count = struct.unpack(">HH", reader.read(base, 4))
    records = reader.read(base + 4, 8 * count)
    subtables: dict[tuple[int, int], int] = {}
    for i in range(count):
        platform, encoding, at = struct.unpack_from(">HHL", records, 8 * i)
        subtables.setdefault((platform, encoding), base + at)
    for key in _CMAP_PREFERENCE:
        if key in subtables:
            at = subtables[key]
            fmt = struct.unpack(">H", reader.read(at, 2))[0]
            if fmt == 12:
                return _format12_has(reader, at, code)
            if fmt == 4:
                if code > 0xFFFF:
                    continue  # a BMP-only table cannot answer for 𠮷; try the next
                return _format4_has(reader, at, code)
    return False


def _format12_has(reader: Reader, at: int, code: int) -> bool:
    groups = struct.unpack(">L", reader.read(at + 12, 4))[0]
    low, high = 0, groups - 1
    while low <= high:
        mid = (low + high) // 2
        start, end, glyph = struct.unpack(">LLL", reader.read(at + 16 + 12 * mid, 12))
        if code < start:
            high = mid - 1
        elif code > end:
            low = mid + 1
        else:
            return glyph + code - start != 0
    return False


def _format4_has(reader: Reader, at: int, code: int) -> bool:
    length, _language, seg_x2 = struct.unpack(">HHH", reader.read(at + 2, 6))
    data = reader.read(at, length)
    segs = seg_x2 // 2
    ends = struct.unpack_from(f">{segs}H", data, 14)
    low, high = 0, segs - 1
    while low < high:  # the first segment whose end is ≥ code
        mid = (low + high) // 2
        if ends[mid] < code:
            low = mid + 1
        else:
            high = mid
    starts_at = 16 + seg_x2
    start = struct.unpack_from(">H", data, starts_at + 2 * low)[0]
    if not start <= code <= ends[low]:
        return False
    delta = struct.unpack_from(">h", data, starts_at + seg_x2 + 2 * low)[0]
    range_at = starts_at + 2 * seg_x2 + 2 * low
    range_offset = struct.unpack_from(">H", data, range_at)[0]
    if range_offset == 0:
        return (code + delta) & 0xFFFF != 0
    glyph = struct.unpack_from(">H", data, range_at + range_offset + 2 * (code - start))[0]
    return glyph != 0
