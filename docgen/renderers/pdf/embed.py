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
from functools import lru_cache
from itertools import accumulate
from weakref import WeakKeyDictionary

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
    """The glyphs of one font that one document uses, and their encoding for ``Tj``.

    The embedded program numbers its glyphs afresh: 0 is ``.notdef``, then the glyphs in the
    order the document first shows them, then the components of composite glyphs.  Text is
    shown with these numbers (``Identity-H``, ``CIDToGIDMap /Identity``), so the program's
    ``loca`` and ``hmtx`` hold only the glyphs used, not the tens of thousands a CJK font has."""

    def __init__(self, font: Font, resource: str) -> None:
        self.font = font
        self.resource = resource          # the name in the page resources, e.g. "F3"
        self._codes: dict[str, str] = {}  # character → four hex digits of its glyph number
        self._numbers: dict[int, int] = {0: 0}  # the font's glyph ID → its number here
        self.gids: list[int] = [0]        # number → the font's glyph ID
        self.used: dict[int, str] = {}    # number → the first character shown with it

    def encode(self, text: str) -> str:
        """``text`` as hex glyph numbers, remembering the glyphs used."""
        codes = self._codes
        try:
            return "".join([codes[ch] for ch in text])
        except KeyError:
            for ch in text:
                if ch not in codes:
                    number = self._number(self.font.glyph(ch))
                    self.used.setdefault(number, ch)
                    codes[ch] = f"{number:04X}"
            return "".join([codes[ch] for ch in text])

    def _number(self, gid: int) -> int:
        number = self._numbers.get(gid)
        if number is None:
            number = self._numbers[gid] = len(self.gids)
            self.gids.append(gid)
        return number

    def program(self) -> FontProgram:
        """The subset of the glyphs used so far (and the components they are built from)."""
        font = self.font
        for gid in _components(font, self.gids):
            self._number(gid)
        base = f"{_tag(font, self.gids)}+{font.metrics.postscript_name}"
        compressed = pieces_of(font)
        raw, deflated = font_program(font, self.gids, compressed)
        compressed.save()
        return FontProgram(base, raw, deflated, _widths(font, self.gids), _to_unicode(self.used))


# --------------------------------------------------------------------------- the font program


def font_program(font: Font, gids: list[int], compressed: GlyphPieces) -> tuple[bytes, bytes]:
    """A TrueType font with the tables a PDF needs, holding the outlines of ``gids`` (the
    font's glyph IDs, in their order in the program): the program, and the program as a zlib
    (FlateDecode) stream (its glyphs as ``compressed`` has them, or compressed now and added
    to it)."""
    face = _face(font)
    outlines = list(map(face.outline, gids))
    composite = face.composite.intersection(gids)
    if composite:
        numbers = {gid: number for number, gid in enumerate(gids)}
        for i, gid in enumerate(gids):
            if gid in composite:
                outlines[i] = _renumbered(outlines[i], numbers)
    glyf = b"".join(outlines)
    tables = {tag: font.table(tag) for tag in _COPIED if font.has_table(tag)}
    head = bytearray(font.table("head"))
    head[8:12] = b"\0\0\0\0"        # checkSumAdjustment, set by _assemble
    head[50:52] = b"\0\1"           # indexToLocFormat: long offsets
    count = struct.pack(">H", len(gids))
    hhea = bytearray(font.table("hhea"))
    hhea[34:36] = count             # numberOfHMetrics: every glyph has its own
    maxp = bytearray(font.table("maxp"))
    maxp[4:6] = count               # numGlyphs
    tables.update(head=bytes(head), hhea=bytes(hhea), maxp=bytes(maxp), glyf=glyf,
                  loca=_loca(outlines), post=_post(font), hmtx=_metrics(font, gids))
    raw, glyf_at = _assemble(tables)
    return raw, _deflate(raw, (glyf_at, glyf_at + len(glyf)), gids, outlines, composite, compressed.pieces)


def _deflate(raw: bytes, glyf: tuple[int, int], gids: list[int], outlines: list[bytes],
             composite: set[int], chunks: dict[int, bytes]) -> bytes:
    """``raw`` as a zlib stream whose ``glyf`` part is put together from glyphs compressed
    once (see :mod:`~docgen.renderers.glyphpieces`): a batch compresses each glyph's outline
    the first time it is used, not once per document (most of a speech's PDF is glyph
    outlines).  Each piece is a run of deflate blocks ending on a byte boundary (a sync
    flush), so the pieces concatenate into one valid stream; a glyph new to ``chunks`` is
    compressed and added to it.  A composite glyph, whose components are numbered for this
    document, is compressed anew each time (Latin accented letters: rare)."""
    glyf_at, glyf_end = glyf
    head = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    tail = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    parts = [b"\x78\x01", head.compress(raw[:glyf_at]), head.flush(zlib.Z_SYNC_FLUSH)]
    found = list(map(chunks.get, gids))
    for i, (gid, piece) in enumerate(zip(gids, found)):
        if piece is None or gid in composite:
            piece = found[i] = _sync_deflate(outlines[i]) if outlines[i] else b""
            if gid not in composite:
                chunks[gid] = piece
    parts += found  # type: ignore[arg-type]  # every piece is there now
    parts += [tail.compress(raw[glyf_end:]), tail.flush(zlib.Z_FINISH),
              struct.pack(">L", zlib.adler32(raw))]
    return b"".join(parts)


def _sync_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)


def _composite(outline: bytes) -> bool:
    return len(outline) >= 10 and outline[0] & 0x80 != 0  # numberOfContours < 0


def _renumbered(glyph: bytes, numbers: dict[int, int]) -> bytes:
    """A composite glyph with its components' glyph IDs replaced by their numbers here."""
    out = bytearray(glyph)
    for at, component in _component_refs(glyph):
        out[at + 2:at + 4] = struct.pack(">H", numbers[component])
    return bytes(out)


class _FaceData(dict[int, bytes]):
    """What a face's glyphs contribute to every program, kept for the life of the face: the
    outlines of the glyphs used so far (padded to four bytes) and their widths in ``/W``."""

    def __init__(self, font: Font) -> None:
        super().__init__()
        self.font = font
        self.widths: dict[int, str] = {}
        self.components: dict[int, tuple[int, ...]] = {}
        self.composite: set[int] = set()  # the composite glyphs among those looked at

    def outline(self, gid: int) -> bytes:
        glyph = self.get(gid)
        if glyph is None:
            font = self.font
            glyph = font.outline(gid) if gid < font.glyph_count else b""
            glyph = self[gid] = glyph + b"\0" * (-len(glyph) % 4)
        return glyph

    def width(self, gid: int) -> str:
        text = self.widths.get(gid)
        if text is None:
            advances = self.font.advances
            width = advances[min(gid, len(advances) - 1)] * 1000 / self.font.units_per_em
            text = self.widths[gid] = f"{width:.0f}" if abs(width - round(width)) < 1e-6 else f"{width:.3f}"
        return text


_FACES: WeakKeyDictionary = WeakKeyDictionary()


def _face(font: Font) -> _FaceData:
    found = _FACES.get(font.key)
    if found is None or found.font is not font:
        found = _FACES[font.key] = _FaceData(font)
    return found


def _loca(outlines: list[bytes]) -> bytes:
    """The long-format ``loca`` of a ``glyf`` made of ``outlines`` (each padded already)."""
    offsets = array(_U32, [0])
    offsets.extend(accumulate(len(o) for o in outlines))
    if sys.byteorder == "little":
        offsets.byteswap()
    return offsets.tobytes()


def _metrics(font: Font, gids: list[int]) -> bytes:
    """The ``hmtx`` table of ``gids``: an advance width and left side bearing for each."""
    table = font.table("hmtx")
    long_count = struct.unpack(">H", font.table("hhea")[34:36])[0]
    out = bytearray()
    for gid in gids:
        if gid < long_count:
            out += table[4 * gid:4 * gid + 4]
        else:  # the last long entry's advance, the glyph's own side bearing
            at = 4 * long_count + 2 * (gid - long_count)
            out += table[4 * long_count - 4:4 * long_count - 2] + (table[at:at + 2] or b"\0\0")
    return bytes(out)


def _components(font: Font, gids: list[int]) -> list[int]:
    """The glyphs that the composite glyphs among ``gids`` are built from, recursively, that
    are not in ``gids``."""
    face = _face(font)
    known = face.components
    count = font.glyph_count
    seen, found = set(gids), []
    todo = list(gids)
    while todo:
        gid = todo.pop()
        parts = known.get(gid)
        if parts is None:
            glyph = face.outline(gid)
            parts = known[gid] = tuple(c for _, c in _component_refs(glyph)) if _composite(glyph) else ()
            if parts:
                face.composite.add(gid)
        for component in parts:
            if component not in seen and component < count:
                seen.add(component)
                found.append(component)
                todo.append(component)
    return found


def _component_refs(glyph: bytes) -> list[tuple[int, int]]:
    """(offset of the record, glyph ID) of each component of a composite glyph."""
    refs, at = [], 10
    while at + 4 <= len(glyph):
        flags, component = struct.unpack(">HH", glyph[at:at + 4])
        refs.append((at, component))
        at += 4 + (4 if flags & _ARG_WORDS else 2)
        at += 2 if flags & _SCALE else 4 if flags & _XY_SCALE else 8 if flags & _TWO_BY_TWO else 0
        if not flags & _MORE:
            break
    return refs


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
    """The ``/W`` array: the width of every glyph of the program (1000 = 1 em), numbered
    from 0 (thousands of small numbers, written out directly)."""
    width = _face(font).width
    return f"[0 [{' '.join([width(gid) for gid in gids])}]]"


def _to_unicode(used: dict[int, str]) -> str:
    entries = [f"<{gid:04X}> <{_utf16(ch)}>" for gid, ch in sorted(used.items()) if gid]
    blocks = []
    for i in range(0, len(entries), _BFCHAR_BLOCK):
        chunk = entries[i:i + _BFCHAR_BLOCK]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + "\n".join(blocks) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")


@lru_cache(maxsize=65536)
def _utf16(ch: str) -> str:
    return ch.encode("utf-16-be").hex().upper()


def _tag(font: Font, gids: list[int]) -> str:
    """The six-letter subset tag: derived from the glyphs and their order, so identical input
    gives identical output."""
    digest = hashlib.sha1(repr((font.metrics.font_name, gids)).encode()).digest()
    return "".join(chr(ord("A") + b % 26) for b in digest[:6])
