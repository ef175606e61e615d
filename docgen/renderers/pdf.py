"""PDF renderer (reportlab canvas): draws the pages built by :mod:`docgen.renderers.pages`.

Each line is one text object, written as PDF operators; consecutive glyphs in the same font
and with the same spacing form one run, set with the character-spacing operator so that they
land on the grid.  A character missing from its role's font is drawn in the first fallback
font that has it, at the same size and baseline, and reported.  The document gets its info
(title, author, subject, creator), an outline of the headings, page labels, its language
(zh-CN), and with ``invariant`` no dates or random IDs, so identical input gives identical bytes.
"""

from __future__ import annotations

import io

from .. import __version__
from ..fonts import FontSet
from ..model import Speech
from ..style import Style
from .pages import PageLayout, PlacedLine, paginate, parse_face, text_measure
from .paragraphs import paragraphs
from .pdfembed import Embedder
from .pdffurniture import SYNTHETIC_BOLD, Furniture
from .pdfglyphs import Glyphs
from .pdfstreams import fast_streams
from .properties import document_properties
from .result import Rendered

#: (character, face, Latin?, size) → (font, advance, synthetic bold).
GlyphMemo = dict[tuple[str, str, bool, float], tuple]


def render_pdf(speech: Speech, style: Style, *, fonts: FontSet | None = None,
               invariant: bool = False) -> Rendered:
    from reportlab.pdfgen.canvas import Canvas

    if fonts is None:
        fonts, shared = _shared(style)
    else:
        shared = {}
    pages = paginate(paragraphs(speech, style, text_measure(style, fonts)), style, fonts)
    buffer = io.BytesIO()
    glyphs = Glyphs(fonts)
    with fast_streams():
        # The initial font must be one of ours: reportlab's default (Helvetica) would be
        # referenced unembedded on every page.
        canvas = Canvas(buffer, pagesize=(style.page.width, style.page.height),
                        invariant=int(invariant), pageCompression=1, lang=style.metadata.language,
                        initialFontName=fonts.pdf("fangsong").name)
        _describe(canvas, speech, style, any(page.bookmarks for page in pages))
        outline_level, memo, embed = 0, dict(shared), Embedder(canvas)
        furniture = Furniture(canvas, style, glyphs, embed)
        for page in pages:
            for placed in page.lines:
                _draw_line(canvas, placed, style, glyphs, memo, embed)
            outline_level = _bookmarks(canvas, page, style, outline_level)
            furniture.draw(page)
            canvas.showPage()
        canvas.save()
    shared.update((k, v) for k, v in memo.items() if k[:3] not in glyphs.substituted)
    return Rendered(buffer.getvalue(), len(pages), glyphs.diagnostics())


#: Per style (by identity, the style kept alive with it): its fonts and the glyph choices
#: made for it, so that a batch does not choose the font of 的 again for every document.
#: Choices that needed a fallback font are not kept: each document reports its own.
_SHARED: dict[int, tuple[Style, FontSet, GlyphMemo]] = {}
_SHARED_STYLES = 8


def _shared(style: Style) -> tuple[FontSet, GlyphMemo]:
    entry = _SHARED.get(id(style))
    if entry is None or entry[0] is not style:
        if len(_SHARED) >= _SHARED_STYLES:
            _SHARED.clear()
        entry = _SHARED[id(style)] = (style, FontSet(style), {})
    return entry[1], entry[2]


def _describe(canvas, speech: Speech, style: Style, outlined: bool) -> None:
    """Document info, page labels matching the printed numbers, and how a viewer opens it."""
    from reportlab.pdfbase.pdfdoc import PDFPageLabel

    props = document_properties(speech, style)
    if props.title:
        canvas.setTitle(props.title)
    if props.author:
        canvas.setAuthor(props.author)
    canvas.setSubject(props.subject)  # never reportlab's "unspecified"
    if props.keywords:
        canvas.setKeywords(", ".join(props.keywords))
    canvas.setCreator(f"docgen {__version__}")
    canvas.setProducer(f"docgen {__version__}")
    canvas.addPageLabel(0, PDFPageLabel.ARABIC, 1)
    canvas.setViewerPreference("DisplayDocTitle", "true")
    if outlined:
        canvas.showOutline()


def _draw_line(canvas, placed: PlacedLine, style: Style, glyphs: Glyphs, memo: GlyphMemo,
               embed: Embedder) -> None:
    """Write one line as one text object.  The operators are written directly (reportlab's
    text object costs several times more per run), and each run of glyphs gets its own
    origin: some PDF readers (pdfminer) drop the character spacing after the last glyph of a
    text-showing operation, and would misplace everything after it."""
    size = placed.size
    y = style.page.height - placed.baseline
    ops, current, emboldened = [], None, False
    for font, x, chunk, spacing, bold in _segments(_positioned(placed, glyphs, memo)):
        embedded = embed(font)
        ops.append(f"{spacing:.4f} Tc {2 if bold else 0} Tr")
        emboldened |= bold
        if embedded.resource != current:
            ops.append(f"/{embedded.resource} {size:g} Tf")
            current = embedded.resource
        ops.append(f"1 0 0 1 {placed.left + x:.3f} {y:.3f} Tm <{embedded.encode(chunk)}> Tj")
    if ops:
        stroke = f"{size * SYNTHETIC_BOLD:.3f} w " if emboldened else ""
        canvas.addLiteral(f"{stroke}BT {' '.join(ops)} ET")


def _positioned(placed: PlacedLine, glyphs: Glyphs, memo: GlyphMemo) -> list[tuple]:
    """(font, x, character, advance, synthetic bold) for every glyph of the line, x from the
    line's origin: a cell's glyph at the start of its cell (a compressed opening mark half a
    cell further left), ``——`` and ``……`` one glyph per cell, Latin glyphs at their advance."""
    size = placed.size
    out = []
    for box, bx in zip(placed.line.boxes, placed.line.xs):
        kind, text = box.kind, box.text
        if kind == "space":
            continue
        latin = kind == "latin"
        step = box.width / 2 if kind == "cell" else 0.0  # only —— and …… have two glyphs
        x = bx - box.shift
        for k, ch in enumerate(text):
            key = (ch, box.face, latin, size)
            font, advance, bold = memo.get(key) or _glyph(memo, key, glyphs)
            if font is not None:
                out.append((font, x if latin else x + k * step, ch, advance, bold))
            if latin:
                x += advance
    return out


def _glyph(memo: GlyphMemo, key: tuple[str, str, bool, float], glyphs: Glyphs) -> tuple:
    ch, face, latin, size = key
    font = glyphs.font_for(ch, face, latin)
    if font is None:
        memo[key] = (None, 0.0, False)
    else:
        memo[key] = (font, font.advance(ch, size), parse_face(face)[1] and not font.file.bold)
    return memo[key]


def _segments(positioned: list[tuple]):
    """Yield (font, x, text, char spacing, synthetic bold) for runs of glyphs that share a
    font and an even spacing, so that each run is one text-showing operation.  A run's
    spacing is the gap between its first two glyphs; a glyph joins the run when it sits where
    that spacing puts it and the glyph after it (in the same font) keeps the spacing too."""
    n, i = len(positioned), 0
    while i < n:
        font, x0, ch, advance, bold = positioned[i]
        following = positioned[i + 1] if i + 1 < n else None
        spacing = following[1] - x0 - advance if following is not None and following[0] is font else 0.0
        chars, end, j = [ch], x0 + advance, i + 1
        while j < n:
            font2, x2, ch2, advance2, bold2 = positioned[j]
            if font2 is not font or bold2 != bold or abs(end + spacing - x2) >= 1e-6:
                break
            if j + 1 < n:
                after = positioned[j + 1]
                if after[0] is font and abs(after[1] - x2 - advance2 - spacing) >= 1e-6:
                    break
            chars.append(ch2)
            end, j = x2 + advance2, j + 1
        yield font, x0, "".join(chars), spacing, bold
        i = j


def _bookmarks(canvas, page: PageLayout, style: Style, previous: int) -> int:
    """Add the page's headings to the document outline; return the last outline level.
    An outline cannot skip a level, so a heading deeper than its predecessor + 1 is lifted."""
    for index, mark in enumerate(page.bookmarks):
        key = f"p{page.number}h{index}"
        level = min(mark.level, previous + 1)
        canvas.bookmarkHorizontal(key, 0, style.page.height - mark.top)
        canvas.addOutlineEntry(mark.title, key, level=level - 1, closed=False)
        previous = level
    return previous
