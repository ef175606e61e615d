"""The PDF file itself: pages of content streams, the embedded fonts and pictures, the
document info, an outline of the headings, page labels, the language — written out directly.

The renderer writes every page's operators and every font program itself; what is left is
a few dozen small objects, numbered and put in a cross-reference table.  Writing them
directly costs a fraction of building them as a general PDF library's object graph.  With
``invariant`` the file carries no dates and a fixed ID, so identical input gives identical
bytes.
"""

from __future__ import annotations

import hashlib
import os
import time
import zlib
from dataclasses import dataclass, field

from ...fonts import Font
from .embed import EmbeddedFont, FontProgram
from .images import Picture, Samples, picture_samples
from .streams import LEVEL

#: The date an invariant document carries (none would do, but readers show one).
INVARIANT_DATE = "D:20000101000000+00'00'"
_ESCAPES = {ord("\\"): "\\\\", ord("("): "\\(", ord(")"): "\\)", ord("\r"): "\\r", ord("\n"): "\\n"}


@dataclass(frozen=True, slots=True)
class Info:
    """The document information dictionary's text fields (empty ones are left out, but the
    subject is always written)."""

    title: str = ""
    author: str = ""
    subject: str = ""
    keywords: str = ""
    creator: str = ""
    producer: str = ""


@dataclass
class _Bookmark:
    title: str
    page: int     # index of the page
    top: float    # from the bottom of the page, pt
    children: list[_Bookmark] = field(default_factory=list)


class PdfDocument:
    """A PDF being written: pages are added as they are drawn, fonts as they are first
    used, the file is put together by :meth:`write`."""

    def __init__(self, size: tuple[float, float], *, invariant: bool, language: str, info: Info) -> None:
        self.size, self.invariant, self.language, self.info = size, invariant, language, info
        self.fonts: dict[str, EmbeddedFont] = {}
        self._pictures: dict[bytes, tuple[str, Picture]] = {}  # picture file → its name, its samples
        self._pages: list[bytes] = []   # compressed content streams
        self._ops: list[str] = []       # the current page's operators
        self._outline: list[_Bookmark] = []
        self._open: list[_Bookmark] = []  # the last bookmark of each level

    # ----------------------------------------------------------------------- drawing

    def add(self, ops: str) -> None:
        """Operators for the current page."""
        self._ops.append(ops)

    def end_page(self) -> None:
        self._pages.append(zlib.compress("\n".join(self._ops).encode("latin-1"), LEVEL))
        self._ops = []

    def embed(self, font: Font) -> EmbeddedFont:
        """The document's :class:`EmbeddedFont` of ``font`` (resources ``F1``, ``F2`` …)."""
        embedded = self.fonts.get(font.name)
        if embedded is None:
            embedded = self.fonts[font.name] = EmbeddedFont(font, f"F{len(self.fonts) + 1}")
        return embedded

    def picture(self, data: bytes) -> str:
        """The resource name (``Im1``, ``Im2`` …) of the picture file ``data``, to be drawn
        with ``Do``; a picture drawn on several pages is written once.  Raises
        :class:`.images.UnreadablePicture` when the file cannot be decoded."""
        found = self._pictures.get(data)
        if found is None:
            found = self._pictures[data] = (f"Im{len(self._pictures) + 1}", picture_samples(data))
        return found[0]

    def bookmark(self, title: str, level: int, top: float) -> None:
        """An outline entry for the current page at ``top`` (from the bottom), ``level`` 0 at
        the top and never more than one deeper than the entry before."""
        mark = _Bookmark(title, len(self._pages), top)
        del self._open[level:]
        (self._open[-1].children if self._open else self._outline).append(mark)
        self._open.append(mark)

    # ----------------------------------------------------------------------- the file

    def write(self) -> bytes:
        objects = _Objects()
        fonts = objects.reserve()
        for embedded in self.fonts.values():
            objects.font(embedded, embedded.program())
        objects.put(fonts, "<< " + " ".join(f"/{e.resource} {ref} 0 R" for e, ref in
                                             zip(self.fonts.values(), objects.font_refs)) + " >>")
        resources = f"/Font {fonts} 0 R /ProcSet [/PDF /Text]"
        if self._pictures:
            pictures = objects.add("<< " + " ".join(f"/{name} {objects.picture(found)} 0 R"
                                                    for name, found in self._pictures.values()) + " >>")
            resources = f"/Font {fonts} 0 R /ProcSet [/PDF /Text /ImageB /ImageC /ImageI] /XObject {pictures} 0 R"
        pages_ref = objects.reserve()
        width, height = self.size
        kids = []
        for content in self._pages:
            stream = objects.stream(content, "/Filter /FlateDecode")
            kids.append(objects.add(
                f"<< /Type /Page /Parent {pages_ref} 0 R /MediaBox [0 0 {width:.4f} {height:.4f}] "
                f"/Resources << {resources} >> /Contents {stream} 0 R >>"))
        objects.put(pages_ref, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                               f"/Count {len(kids)} >>")
        outline = self._write_outline(objects, kids)
        catalog = objects.add(self._catalog(pages_ref, outline))
        info = objects.add(self._info())
        return objects.file(catalog, info, self._id())

    def _catalog(self, pages: int, outline: int | None) -> str:
        parts = [f"/Type /Catalog /Pages {pages} 0 R /Lang {_text(self.language)}",
                 "/PageLabels << /Nums [0 << /S /D /St 1 >>] >>",
                 "/ViewerPreferences << /DisplayDocTitle true >>"]
        if outline is not None:
            parts.append(f"/Outlines {outline} 0 R /PageMode /UseOutlines")
        return "<< " + " ".join(parts) + " >>"

    def _info(self) -> str:
        info = self.info
        date = INVARIANT_DATE if self.invariant else time.strftime("D:%Y%m%d%H%M%S+00'00'", time.gmtime())
        fields = [("Title", info.title), ("Author", info.author), ("Subject", info.subject),
                  ("Keywords", info.keywords), ("Creator", info.creator), ("Producer", info.producer)]
        parts = [f"/{name} {_text(value)}" for name, value in fields if value or name == "Subject"]
        return f"<< {' '.join(parts)} /CreationDate ({date}) /ModDate ({date}) /Trapped /False >>"

    def _id(self) -> str:
        seed = repr((self.info, len(self._pages))).encode() if self.invariant else os.urandom(16)
        return hashlib.md5(seed, usedforsecurity=False).hexdigest()

    def _write_outline(self, objects: _Objects, pages: list[int]) -> int | None:
        if not self._outline:
            return None
        root = objects.reserve()
        first, last, count = _entries(objects, self._outline, root, pages)
        objects.put(root, f"<< /Type /Outlines /First {first} 0 R /Last {last} 0 R /Count {count} >>")
        return root


def _entries(objects: _Objects, marks: list[_Bookmark], parent: int, pages: list[int]) -> tuple[int, int, int]:
    """Write the outline entries ``marks`` (all open) under ``parent``; return the first's and
    the last's object numbers and how many entries there are in all."""
    refs = [objects.reserve() for _ in marks]
    total = len(marks)
    for i, (mark, ref) in enumerate(zip(marks, refs)):
        parts = [f"/Title {_text(mark.title)} /Parent {parent} 0 R",
                 f"/Dest [{pages[min(mark.page, len(pages) - 1)]} 0 R /XYZ 0 {mark.top:.4f} 0]"]
        if i:
            parts.append(f"/Prev {refs[i - 1]} 0 R")
        if i + 1 < len(refs):
            parts.append(f"/Next {refs[i + 1]} 0 R")
        if mark.children:
            first, last, count = _entries(objects, mark.children, ref, pages)
            parts.append(f"/First {first} 0 R /Last {last} 0 R /Count {count}")
            total += count
        objects.put(ref, "<< " + " ".join(parts) + " >>")
    return refs[0], refs[-1], total


class _Objects:
    """The numbered objects of a file, as bytes."""

    def __init__(self) -> None:
        self._bodies: list[bytes | None] = []
        self.font_refs: list[int] = []

    def reserve(self) -> int:
        self._bodies.append(None)
        return len(self._bodies)

    def put(self, ref: int, body: str | bytes) -> None:
        self._bodies[ref - 1] = body.encode("latin-1") if isinstance(body, str) else body

    def add(self, body: str | bytes) -> int:
        ref = self.reserve()
        self.put(ref, body)
        return ref

    def stream(self, data: bytes, entries: str) -> int:
        return self.add(f"<< {entries} /Length {len(data)} >>\nstream\n".encode("latin-1") + data
                        + b"\nendstream")

    def font(self, embedded: EmbeddedFont, found: FontProgram) -> None:
        """The five objects of one embedded font: program, descriptor, CID font, ToUnicode map
        and the Type 0 font the pages name."""
        metrics = embedded.font.metrics
        base = "/" + found.base_name
        program = self.stream(found.deflated, f"/Filter /FlateDecode /Length1 {len(found.raw)}")
        bbox = " ".join(str(v) for v in metrics.bbox)
        descriptor = self.add(
            f"<< /Type /FontDescriptor /FontName {base} /Flags 4 /FontBBox [{bbox}] "
            f"/ItalicAngle {metrics.italic_angle} /Ascent {metrics.ascent} /Descent {metrics.descent} "
            f"/CapHeight {metrics.cap_height} /StemV {metrics.stem_v} /FontFile2 {program} 0 R >>")
        cid = self.add(
            f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont {base} "
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            f"/FontDescriptor {descriptor} 0 R /DW 1000 /W {found.widths} /CIDToGIDMap /Identity >>")
        to_unicode = self.stream(zlib.compress(found.to_unicode.encode("ascii"), LEVEL), "/Filter /FlateDecode")
        self.font_refs.append(self.add(
            f"<< /Type /Font /Subtype /Type0 /BaseFont {base} /Encoding /Identity-H "
            f"/DescendantFonts [{cid} 0 R] /ToUnicode {to_unicode} 0 R >>"))

    def picture(self, picture: Picture) -> int:
        """A picture's image, its soft mask (the alpha channel) first when it has one."""
        mask = f" /SMask {self._samples(picture.alpha, ' /Decode [0 1]')} 0 R" if picture.alpha else ""
        return self._samples(picture.color, mask)

    def _samples(self, samples: Samples, extra: str) -> int:
        return self.stream(samples.data, f"/Type /XObject /Subtype /Image /Width {samples.width} "
                                         f"/Height {samples.height} /BitsPerComponent 8 "
                                         f"/ColorSpace /{samples.color_space} /Filter /FlateDecode{extra}")

    def file(self, root: int, info: int, file_id: str) -> bytes:
        out = [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"]
        offsets, at = [], len(out[0])
        for ref, body in enumerate(self._bodies, start=1):
            assert body is not None, f"object {ref} reserved but never written"
            chunk = b"%d 0 obj\n" % ref + body + b"\nendobj\n"
            offsets.append(at)
            out.append(chunk)
            at += len(chunk)
        out.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
        out.append(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
        out.append((f"trailer\n<< /Size {len(offsets) + 1} /Root {root} 0 R /Info {info} 0 R "
                    f"/ID [<{file_id}> <{file_id}>] >>\nstartxref\n{at}\n%%EOF\n").encode("latin-1"))
        return b"".join(out)


def _text(value: str) -> str:
    """A PDF text string: literal when ASCII, else UTF-16BE with its byte order mark, in hex."""
    if value.isascii() and value.isprintable():
        return "(" + value.translate(_ESCAPES) + ")"
    return "<FEFF" + value.encode("utf-16-be").hex().upper() + ">"

