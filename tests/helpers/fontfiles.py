"""Making font files for tests out of the bundled ones: renamed, with other embedding rights,
with PostScript (CFF) outlines, with an extra character, as a collection.

A font file is a table directory and tables (OpenType "sfnt"); these helpers take a bundled
font apart into its tables, change one of them, and write a new file.  Nothing here is
shipped: the files are written into each test's temporary folder.
"""

from __future__ import annotations

import struct
from pathlib import Path

from docgen.resources import fonts_dir

#: Windows platform, Unicode BMP encoding; languages: US English and PRC Chinese.
_WINDOWS, _UNICODE_BMP, _ENGLISH, _CHINESE = 3, 1, 0x0409, 0x0804


def bundled(name: str) -> Path:
    return fonts_dir() / name


def read_tables(path: Path) -> tuple[bytes, dict[str, bytes]]:
    data = path.read_bytes()
    version, count = struct.unpack(">4sH", data[:6])
    tables = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sLLL", data, 12 + 16 * i)
        tables[tag.decode("latin-1")] = data[offset:offset + length]
    return version, tables


def _checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}L", padded)) & 0xFFFFFFFF


def _directory(version: bytes, tables: dict[str, bytes], start: int) -> tuple[bytes, bytes]:
    """The offset table of a font whose table data begins at ``start``, and that data."""
    tags = sorted(tables)
    count = len(tags)
    power = 1 << (count.bit_length() - 1)
    header = struct.pack(">4sHHHH", version, count, power * 16, power.bit_length() - 1, count * 16 - power * 16)
    records, body = [], b""
    for tag in tags:
        data = tables[tag]
        records.append(struct.pack(">4sLLL", tag.encode("latin-1"), _checksum(data), start + len(body), len(data)))
        body += data + b"\0" * (-len(data) % 4)
    return header + b"".join(records), body


def write_font(path: Path, version: bytes, tables: dict[str, bytes]) -> Path:
    head_size = 12 + 16 * len(tables)
    directory, body = _directory(version, tables, head_size)
    path.write_bytes(directory + body)
    return path


def write_collection(path: Path, fonts: list[Path]) -> Path:
    """A TrueType collection (``.ttc``) of the single-face ``fonts``, in order."""
    parts = [read_tables(font) for font in fonts]
    header_size = 12 + 4 * len(parts)
    offsets, blobs = [], []
    at = header_size
    for version, tables in parts:
        start = at + 12 + 16 * len(tables)
        directory, body = _directory(version, tables, start)
        offsets.append(at)
        blobs.append(directory + body)
        at += len(directory) + len(body)
    header = struct.pack(">4sHHL", b"ttcf", 1, 0, len(parts)) + struct.pack(f">{len(parts)}L", *offsets)
    path.write_bytes(header + b"".join(blobs))
    return path


def name_table(family: str, english: str, postscript: str, subfamily: str = "Regular") -> bytes:
    """A ``name`` table: family, subfamily, full and PostScript names, in English (the
    ``english`` family) and in Chinese (``family``)."""
    records = []
    for language, fam in ((_ENGLISH, english), (_CHINESE, family)):
        records += [(language, 1, fam), (language, 2, subfamily), (language, 4, f"{fam} {subfamily}")]
    records.append((_ENGLISH, 6, postscript))
    records.sort(key=lambda r: (r[0], r[1]))
    strings, entries = b"", []
    for language, name_id, text in records:
        raw = text.encode("utf-16-be")
        entries.append(struct.pack(">6H", _WINDOWS, _UNICODE_BMP, language, name_id, len(raw), len(strings)))
        strings += raw
    header = struct.pack(">HHH", 0, len(entries), 6 + 12 * len(entries))
    return header + b"".join(entries) + strings


def renamed(source: Path, target: Path, family: str, english: str, postscript: str,
            subfamily: str = "Regular") -> Path:
    """A copy of ``source`` whose ``name`` table says it is ``family``."""
    version, tables = read_tables(source)
    tables["name"] = name_table(family, english, postscript, subfamily)
    return write_font(target, version, tables)


def with_fs_type(source: Path, target: Path, fs_type: int) -> Path:
    """A copy of ``source`` with ``OS/2.fsType`` set to ``fs_type`` (its embedding rights)."""
    version, tables = read_tables(source)
    os2 = bytearray(tables["OS/2"])
    os2[8:10] = struct.pack(">H", fs_type)
    tables["OS/2"] = bytes(os2)
    return write_font(target, version, tables)


def as_cff(source: Path, target: Path) -> Path:
    """``source`` turned into an OpenType font with PostScript outlines: version ``OTTO``, a
    ``CFF `` table instead of ``glyf``/``loca`` (a minimal CFF header and empty INDEXes —
    what matters is the kind of outlines, which docgen and reportlab read from the tables)."""
    _version, tables = read_tables(source)
    del tables["glyf"], tables["loca"]
    # CFF header (major 1, minor 0, header size 4, offSize 1), then empty Name, Top DICT,
    # String and Global Subr INDEXes (count 0).
    tables["CFF "] = bytes([1, 0, 4, 1]) + b"\0\0" * 4
    return write_font(target, b"OTTO", tables)


def with_char(source: Path, target: Path, code: int, like: str) -> Path:
    """A copy of ``source`` that also maps ``code`` (e.g. 𠮷, outside the BMP) to the glyph
    of ``like``: a format-12 ``cmap`` holding every mapping of the font and the new one."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    return with_mappings(source, target, [(code, TTFontFile(str(source)).charToGlyph[ord(like)])])


def with_mappings(source: Path, target: Path, extra: list[tuple[int, int]]) -> Path:
    """A copy of ``source`` whose format-12 ``cmap`` holds every mapping of the font, then
    the (code, glyph) pairs of ``extra`` — which may map a character a second time, or to a
    glyph the font does not have."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    mapping = dict(TTFontFile(str(source)).charToGlyph)
    pairs = [(c, g) for c, g in sorted(mapping.items()) if g] + list(extra)
    groups = b"".join(struct.pack(">LLL", c, c, g) for c, g in pairs)
    count = len(groups) // 12
    subtable = struct.pack(">HHLLL", 12, 0, 16 + len(groups), 0, count) + groups
    version, tables = read_tables(source)
    tables["cmap"] = struct.pack(">HHHHL", 0, 1, 3, 10, 12) + subtable
    return write_font(target, version, tables)


def with_short_hmtx(source: Path, target: Path, shared: int = 8) -> Path:
    """A copy of ``source`` whose last ``shared`` glyphs take the advance width of the glyph
    before them: ``hhea.numberOfHMetrics`` is smaller than the number of glyphs, and ``hmtx``
    lists only the side bearing of those glyphs (a common way of saving space, which DejaVu
    Sans uses)."""
    version, tables = read_tables(source)
    hhea = bytearray(tables["hhea"])
    (metrics,) = struct.unpack_from(">H", hhea, 34)
    (glyphs,) = struct.unpack_from(">H", tables["maxp"], 4)
    hmtx = tables["hmtx"]
    kept = min(metrics, glyphs) - shared
    full = hmtx[:4 * kept]
    bearings = b"".join(hmtx[4 * g + 2:4 * g + 4] for g in range(kept, min(metrics, glyphs)))
    tables["hmtx"] = full + bearings + hmtx[4 * metrics:]
    struct.pack_into(">H", hhea, 34, kept)
    tables["hhea"] = bytes(hhea)
    return write_font(target, version, tables)
