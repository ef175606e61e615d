"""Embedding the glyphs a PDF uses: one Type 0 / CIDFontType2 font per font file.

Text is shown with two-byte glyph IDs (``Identity-H``), so one embedded font carries every
glyph of its font that the document uses — instead of reportlab's TrueType subsets of 256
characters each, every one a separate font program that copies the font's tables again.
The embedded program keeps the original glyph IDs: its ``glyf`` table holds only the glyphs
used (and the components of composite glyphs), every other glyph is empty in ``loca``.  Widths
go into ``/W``; a ``ToUnicode`` map lets readers extract and search the text.

:mod:`.canvas` adds the objects to reportlab's document at the end, like its own fonts, so
page resources, object numbering and invariant output work unchanged.
"""

from __future__ import annotations

import hashlib
import struct
import sys
import zlib
from array import array
from dataclasses import dataclass

from ...fonts import Font
from .glyphpieces import GlyphPieces, pieces_of
from .streams import LEVEL

#: Tables copied from the font as they are (those present); hinting tables must travel with
#: the glyphs whose instructions use them.
_COPIED = ("hhea", "maxp", "OS/2", "cvt ", "fpgm", "prep")
#: Composite glyph flags (OpenType ``glyf``): argument sizes and transforms to step over.
_ARG_WORDS, _SCALE, _MORE, _XY_SCALE, _TWO_BY_TWO = 0x0001, 0x0008, 0x0020, 0x0040, 0x0080
#: An array type code of 32-bit unsigned integers (``L`` is 64 bits on some platforms).
_U32 = next(code for code in "IL" if array(code).itemsize == 4)
#: bfchar entries per block of the ToUnicode map (the CMap format allows at most 100).
_BFCHAR_BLOCK = 100


@dataclass(frozen=True, slots=True)
class FontProgram:
    """What a PDF embeds of one font: the subset's name, the font program (as it is and as a
    FlateDecode stream), the widths array and the ToUnicode map."""

    base_name: str
    raw: bytes
    deflated: bytes
    widths: str
    to_unicode: str


class EmbeddedFont:
    """The glyphs of one font that one document uses, and their encoding for ``Tj``."""

    def __init__(self, font: Font, resource: str) -> None:
        self.font = font
        self.resource = resource          # the name in the page resources, e.g. "F3"
        self._codes: dict[str, str] = {}  # character → four hex digits of its glyph ID
        self.used: dict[int, str] = {}    # glyph ID → the first character shown with it

    def encode(self, text: str) -> str:
        """``text`` as hex glyph IDs, remembering the glyphs used."""
        codes = self._codes
        try:
            return "".join([codes[ch] for ch in text])
        except KeyError:
            for ch in text:
                if ch not in codes:
                    gid = self.font.glyph(ch)
                    self.used.setdefault(gid, ch)
                    codes[ch] = f"{gid:04X}"
            return "".join([codes[ch] for ch in text])

    def program(self) -> FontProgram:
        """The subset of the glyphs used so far (and the components they are built from)."""
        font = self.font
        gids = _with_components(font, set(self.used) | {0})
        base = f"{_tag(font, gids)}+{font.metrics.postscript_name}"
        compressed = pieces_of(font)
        raw, deflated = font_program(font, gids, compressed)
        compressed.save()
        return FontProgram(base, raw, deflated, _widths(font, sorted(self.used)), _to_unicode(self.used))


# --------------------------------------------------------------------------- the font program


def font_program(font: Font, gids: set[int], compressed: GlyphPieces) -> tuple[bytes, bytes]:
    """A TrueType font with the tables a PDF needs, holding the outlines of ``gids`` only:
    the program, and the program as a zlib (FlateDecode) stream (its glyphs as
    ``compressed`` has them, or compressed now and added to it)."""
    glyf = b"".join(_glyph_pieces(font, gids))
    tables = {tag: font.table(tag) for tag in _COPIED if font.has_table(tag)}
    head = bytearray(font.table("head"))
    head[8:12] = b"\0\0\0\0"        # checkSumAdjustment, set by _assemble
    head[50:52] = b"\0\1"           # indexToLocFormat: long offsets
    tables.update(head=bytes(head), glyf=glyf, loca=_loca(font, gids), post=_post(font),
                  hmtx=_metrics(font, gids))
    raw, glyf_at = _assemble(tables)
    used = sorted(g for g in gids if g < font.glyph_count)
    return raw, _deflate(font, raw, (glyf_at, glyf_at + len(glyf)), used, compressed.pieces)


def _deflate(font: Font, raw: bytes, glyf: tuple[int, int], gids: list[int],
             chunks: dict[int, bytes]) -> bytes:
    """``raw`` as a zlib stream whose ``glyf`` part is put together from glyphs compressed
    once (see :mod:`~docgen.renderers.glyphpieces`): a batch compresses each glyph's outline
    the first time it is used, not once per document (most of a speech's PDF is glyph
    outlines).  Each piece is a run of deflate blocks ending on a byte boundary (a sync
    flush), so the pieces concatenate into one valid stream; a glyph new to ``chunks`` is
    compressed and added to it."""
    glyf_at, glyf_end = glyf
    head = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    tail = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    parts = [b"\x78\x01", head.compress(raw[:glyf_at]), head.flush(zlib.Z_SYNC_FLUSH)]
    for gid in gids:
        chunk = chunks.get(gid)
        if chunk is None:
            piece = _glyph_piece(font, gid)
            chunk = chunks[gid] = (_sync_deflate(piece) if piece else b"")
        parts.append(chunk)
    parts += [tail.compress(raw[glyf_end:]), tail.flush(zlib.Z_FINISH),
              struct.pack(">L", zlib.adler32(raw))]
    return b"".join(parts)


def _sync_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)


def _glyph_piece(font: Font, gid: int) -> bytes:
    """The outline of ``gid``, padded to four bytes."""
    glyph = font.outline(gid)
    return glyph + b"\0" * (-len(glyph) % 4)


def _glyph_pieces(font: Font, gids: set[int]) -> list[bytes]:
    count = font.glyph_count
    return [_glyph_piece(font, gid) for gid in sorted(g for g in gids if g < count)]


def _loca(font: Font, gids: set[int]) -> bytes:
    """The long-format ``loca`` of a ``glyf`` holding only ``gids``: every other glyph empty."""
    pos = font.offsets
    count = len(pos) - 1
    loca = array(_U32, bytes(4 * (count + 1)))
    offset, filled = 0, 0
    for gid in sorted(g for g in gids if g < count):
        loca[filled:gid + 1] = array(_U32, [offset]) * (gid + 1 - filled)
        length = pos[gid + 1] - pos[gid]
        offset += length + (-length % 4)
        filled = gid + 1
    loca[filled:] = array(_U32, [offset]) * (count + 1 - filled)
    if sys.byteorder == "little":
        loca.byteswap()
    return loca.tobytes()


def _metrics(font: Font, gids: set[int]) -> bytes:
    """The ``hmtx`` table with the metrics of ``gids`` only (the rest zero): the same size as
    the font's, so that ``hhea`` still describes it, but compressing to almost nothing."""
    table = font.table("hmtx")
    out = bytearray(len(table))
    long_count = struct.unpack(">H", font.table("hhea")[34:36])[0]
    for gid in gids:
        at = 4 * gid if gid < long_count else 4 * long_count + 2 * (gid - long_count)
        size = 4 if gid < long_count else 2
        out[at:at + size] = table[at:at + size]
    if long_count:  # the last long entry's advance also serves every glyph after it
        at = 4 * (long_count - 1)
        out[at:at + 2] = table[at:at + 2]
    return bytes(out)


def _with_components(font: Font, gids: set[int]) -> set[int]:
    """``gids`` and, recursively, the glyphs their composite glyphs are built from."""
    count = font.glyph_count
    todo, seen = list(gids), set()
    while todo:
        gid = todo.pop()
        if gid in seen or gid >= count:
            continue
        seen.add(gid)
        glyph = font.outline(gid)
        if len(glyph) < 10 or struct.unpack(">h", glyph[:2])[0] >= 0:
            continue
        at = 10
        while True:
            flags, component = struct.unpack(">HH", glyph[at:at + 4])
            todo.append(component)
            at += 4 + (4 if flags & _ARG_WORDS else 2)
            at += 2 if flags & _SCALE else 4 if flags & _XY_SCALE else 8 if flags & _TWO_BY_TWO else 0
            if not flags & _MORE:
                break
    return seen


def _post(font: Font) -> bytes:
    """A version-3 ``post`` table (no glyph names): the original's header, version changed."""
    header = bytearray(font.table("post")[:32]) if font.has_table("post") else bytearray(32)
    header[0:4] = b"\0\3\0\0"
    return bytes(header)


def _assemble(tables: dict[str, bytes]) -> tuple[bytes, int]:
    """The font file of ``tables`` (in tag order, checksums set), and where its ``glyf`` starts."""
    from reportlab.lib.rl_accel import calcChecksum

    tags = sorted(tables)
    count = len(tags)
    power = 1 << (count.bit_length() - 1)
    header = struct.pack(">LHHHH", 0x00010000, count, power * 16, power.bit_length() - 1,
                         count * 16 - power * 16)
    offset = 12 + 16 * count
    records, bodies = [], []
    for tag in tags:
        body = tables[tag]
        records.append(struct.pack(">4sLLL", tag.encode("latin-1"), calcChecksum(body), offset, len(body)))
        padded = body + b"\0" * (-len(body) % 4)
        bodies.append(padded)
        offset += len(padded)
    font = bytearray(header + b"".join(records) + b"".join(bodies))
    adjustment = (0xB1B0AFBA - calcChecksum(bytes(font))) & 0xFFFFFFFF
    start = 12 + 16 * count
    head_at = start + sum(len(b) for t, b in zip(tags, bodies) if t < "head")
    font[head_at + 8:head_at + 12] = struct.pack(">L", adjustment)
    return bytes(font), start + sum(len(b) for t, b in zip(tags, bodies) if t < "glyf")


# --------------------------------------------------------------------------- PDF-side data


def _widths(font: Font, gids: list[int]) -> str:
    """The ``/W`` array: runs of consecutive glyph IDs with their widths (1000 = 1 em),
    written out directly (thousands of small numbers)."""
    scale = 1000 / font.units_per_em
    advances = font.advances
    last = len(advances) - 1
    out: list[str] = []
    run: list[str] = []
    start = -2
    for gid in gids:
        width = advances[min(gid, last)] * scale
        text = f"{width:.0f}" if abs(width - round(width)) < 1e-6 else f"{width:.3f}"
        if gid != start + len(run):
            if run:
                out.append(f"{start} [{' '.join(run)}]")
            start, run = gid, []
        run.append(text)
    if run:
        out.append(f"{start} [{' '.join(run)}]")
    return "[" + " ".join(out) + "]"


def _to_unicode(used: dict[int, str]) -> str:
    entries = [f"<{gid:04X}> <{ch.encode('utf-16-be').hex().upper()}>"
               for gid, ch in sorted(used.items()) if gid]
    blocks = []
    for i in range(0, len(entries), _BFCHAR_BLOCK):
        chunk = entries[i:i + _BFCHAR_BLOCK]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + "\n".join(blocks) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")


def _tag(font: Font, gids: set[int]) -> str:
    """The six-letter subset tag: derived from the glyphs, so identical input gives identical
    output."""
    digest = hashlib.sha1(repr((font.metrics.font_name, sorted(gids))).encode()).digest()
    return "".join(chr(ord("A") + b % 26) for b in digest[:6])
