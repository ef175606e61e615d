"""A PDF read into what the checks measure: each page's printed lines (characters grouped by
baseline), its rules and pictures, and the fonts with whether each is embedded.

pdfplumber (pdfminer.six) reads the PDF; nothing else in the checker touches it.  Every
length is in points from the page's top left corner.
"""

from __future__ import annotations

import contextlib
import io
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..errors import InputError, UsageError
from .patterns import BLACK_MAX, EM_ASCENT, EM_DESCENT, RED_MIN, RED_OTHERS_MAX, RULE_HEIGHT, SAME_LINE

#: An RGB colour, each channel 0–1 (None: a pattern or a colour space not read).
RGB = tuple[float, float, float]


@dataclass(frozen=True, slots=True)
class Glyph:
    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    font: str          # the font's name without its subset prefix
    color: RGB | None


@dataclass(frozen=True, slots=True)
class Row:
    """The characters of one printed line, left to right (spaces left out)."""

    glyphs: tuple[Glyph, ...]

    @property
    def baseline(self) -> float:
        return self.glyphs[0].baseline

    @property
    def text(self) -> str:
        return "".join(g.text for g in self.glyphs)

    @property
    def size(self) -> float:
        """The most common size of the row's characters."""
        return Counter(round(g.size, 1) for g in self.glyphs).most_common(1)[0][0]

    @property
    def top(self) -> float:
        """The top of the em box of the row's largest characters."""
        return self.baseline - EM_ASCENT * max(g.size for g in self.glyphs)

    @property
    def bottom(self) -> float:
        return self.baseline + EM_DESCENT * max(g.size for g in self.glyphs)

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return self.glyphs[-1].x1

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def font(self) -> str:
        """The most common font of the row's Chinese characters (of all, when it has none)."""
        chinese = [g.font for g in self.glyphs if ord(g.text[0]) > 0x2E80] or [g.font for g in self.glyphs]
        return Counter(chinese).most_common(1)[0][0]

    def is_red(self) -> bool:
        return all(is_red(g.color) for g in self.glyphs)


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal rule: a stroked line, or a filled rectangle no higher than 1 mm."""

    x0: float
    x1: float
    y: float        # its centre line
    weight: float
    color: RGB | None

    @property
    def length(self) -> float:
        return self.x1 - self.x0

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (self.x0, self.y - self.weight / 2 - 1, self.x1, self.y + self.weight / 2 + 1)


@dataclass(frozen=True, slots=True)
class PdfPage:
    number: int
    width: float
    height: float
    rows: tuple[Row, ...]
    rules: tuple[Rule, ...]
    pictures: tuple[tuple[float, float, float, float], ...]


@dataclass(frozen=True, slots=True)
class FontUse:
    name: str
    embedded: bool
    pages: tuple[int, ...]
    aliases: frozenset[str] = frozenset()   # the name its descriptor gives (what its characters say)


@dataclass(frozen=True, slots=True)
class PdfDocument:
    pages: tuple[PdfPage, ...]
    fonts: tuple[FontUse, ...]


def is_red(color: RGB | None) -> bool:
    return color is not None and color[0] >= RED_MIN and max(color[1], color[2]) <= RED_OTHERS_MAX


def is_black(color: RGB | None) -> bool:
    return color is None or max(color) <= BLACK_MAX


def rgb(value: Any) -> RGB | None:
    """pdfplumber's colour (grey: one number, RGB: three, CMYK: four) as RGB."""
    if value is None:
        return (0.0, 0.0, 0.0)
    if not isinstance(value, (tuple, list)) or not all(isinstance(v, (int, float)) for v in value):
        return None
    v = [float(x) for x in value]
    if len(v) == 1:
        return (v[0], v[0], v[0])
    if len(v) == 3:
        return (v[0], v[1], v[2])
    if len(v) == 4:
        c, m, y, k = v
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


def font_name(name: Any) -> str:
    """``ABCDEF+FandolFang-Regular`` → ``FandolFang-Regular``; a name written in GBK bytes
    (as Word writes Chinese font names) is decoded."""
    text = name.decode("latin-1") if isinstance(name, bytes) else str(name)
    text = text.split("+", 1)[1] if len(text) > 7 and text[6] == "+" else text
    if any(ord(c) > 0x7F for c in text):
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            text = text.encode("latin-1").decode("gbk")
    return text


def read_pdf(data: bytes, name: str) -> PdfDocument:
    """Read ``data``; an unreadable file is an :class:`InputError`."""
    try:
        import pdfplumber
        from pdfminer.pdfparser import PDFSyntaxError
    except ImportError:
        raise UsageError("checking a PDF needs pdfplumber: pip install 'docgen-gbt9704[check]'") from None
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = tuple(_page(page) for page in pdf.pages)
            fonts = _fonts(pdf)
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"not a readable PDF ({type(exc).__name__}: {exc})", name) from None
    except Exception as exc:  # pdfminer raises its own errors for damaged files
        if type(exc).__module__.startswith(("pdfminer", "pdfplumber")):
            raise InputError(f"not a readable PDF ({type(exc).__name__})", name) from None
        raise
    if not pages:
        raise InputError("the PDF has no pages", name)
    return PdfDocument(pages, fonts)


def _page(page: Any) -> PdfPage:
    height = float(page.height)
    glyphs = [_glyph(c, height) for c in page.chars if c.get("upright", True) and c["text"].strip()]
    return PdfPage(page.page_number, float(page.width), height, _rows(glyphs), _rules(page),
                   tuple((float(i["x0"]), float(i["top"]), float(i["x1"]), float(i["bottom"])) for i in page.images))


def _glyph(char: dict[str, Any], height: float) -> Glyph:
    return Glyph(char["text"], float(char["x0"]), float(char["x1"]), height - float(char["matrix"][5]),
                 float(char["size"]), font_name(char["fontname"]), rgb(char.get("non_stroking_color")))


def _rows(glyphs: list[Glyph]) -> tuple[Row, ...]:
    glyphs.sort(key=lambda g: g.baseline)
    groups: list[list[Glyph]] = []
    for glyph in glyphs:
        if groups and glyph.baseline - groups[-1][0].baseline <= SAME_LINE:
            groups[-1].append(glyph)
        else:
            groups.append([glyph])
    return tuple(Row(tuple(sorted(group, key=lambda g: g.x0))) for group in groups)


def _rules(page: Any) -> tuple[Rule, ...]:
    found = []
    for line in page.lines:
        if abs(line["top"] - line["bottom"]) < 0.5:
            found.append(Rule(float(line["x0"]), float(line["x1"]), float(line["top"]),
                              float(line.get("linewidth") or 0), rgb(line.get("stroking_color"))))
    for rect in page.rects:
        high = rect["bottom"] - rect["top"]
        if high <= RULE_HEIGHT and rect["x1"] - rect["x0"] > 20 * 72 / 25.4:
            color = rect.get("non_stroking_color") if rect.get("fill") else rect.get("stroking_color")
            found.append(Rule(float(rect["x0"]), float(rect["x1"]), float(rect["top"] + rect["bottom"]) / 2,
                              float(high), rgb(color)))
    return tuple(sorted(found, key=lambda r: r.y))


def _fonts(pdf: Any) -> tuple[FontUse, ...]:
    from pdfminer.pdftypes import resolve1

    found: dict[str, tuple[bool, list[int], set[str]]] = {}
    for page in pdf.pages:
        resources = resolve1(page.page_obj.resources) or {}
        for ref in (resolve1(resources.get("Font")) or {}).values():
            font = resolve1(ref)
            name = font_name(getattr(font.get("BaseFont"), "name", font.get("BaseFont") or "(unnamed)"))
            descriptor = _descriptor(font)
            alias = font_name(getattr(descriptor.get("FontName"), "name", "")) if descriptor else ""
            embedded = _embedded(font, descriptor)
            known = found.setdefault(name, (embedded, [], set()))
            known[1].append(page.page_number)
            known[2].update({name, alias} - {""})
            found[name] = (known[0] and embedded, known[1], known[2])
    return tuple(FontUse(name, embedded, tuple(pages), frozenset(aliases))
                 for name, (embedded, pages, aliases) in found.items())


def _descriptor(font: Any) -> Any:
    from pdfminer.pdftypes import resolve1

    descriptor = resolve1(font.get("FontDescriptor"))
    if descriptor is None and "DescendantFonts" in font:
        descendant = resolve1(resolve1(font["DescendantFonts"])[0])
        descriptor = resolve1(descendant.get("FontDescriptor"))
    return descriptor


def _embedded(font: Any, descriptor: Any) -> bool:
    from pdfminer.pdftypes import resolve1

    if getattr(resolve1(font.get("Subtype")), "name", "") == "Type3":
        return True  # a Type 3 font's glyphs are drawn by the PDF itself
    return descriptor is not None and any(k in descriptor for k in ("FontFile", "FontFile2", "FontFile3"))


__all__ = ["BLACK_MAX", "FontUse", "Glyph", "PdfDocument", "PdfPage", "Row", "Rule", "font_name", "is_black",
           "is_red", "read_pdf", "rgb"]
