"""PDF renderer: draws the pages built by :mod:`..pages` and writes the file (:mod:`.document`).

Each line is one text object, written as PDF operators; consecutive glyphs in the same font
and with the same spacing form one run, set with the character-spacing operator so that they
land on the grid.  A character missing from its role's font is drawn in the first fallback
font that has it, at the same size and baseline, and reported.  The document gets its info
(title, author, subject, creator), an outline of the headings, page labels, its language
(zh-CN), and with ``invariant`` no dates or random IDs, so identical input gives identical bytes.
"""

from __future__ import annotations

from dataclasses import replace

from ...fonts import FontSet
from ...model import Speech
from ...style import Style
from ...version import __version__
from ..colophon import colophon
from ..masthead import Masthead, masthead
from ..measure import text_measure
from ..pages import PageLayout, paginate
from ..paragraphs import paragraphs
from ..properties import document_properties
from ..result import Rendered
from .document import Info, PdfDocument
from .furniture import Furniture
from .glyphs import Glyphs
from .official import MarkDrawer, Stroke, draw_seals, draw_strokes, masthead_lines, masthead_strokes, place_colophon
from .text import GlyphMemo, draw_line


def render_pdf(speech: Speech, style: Style, *, fonts: FontSet | None = None,
               invariant: bool = False) -> Rendered:
    if fonts is None:
        fonts, shared = _shared(style)
    else:
        shared = {}
    measure = text_measure(style, fonts)
    head = masthead(speech.meta, style, measure)
    pages = paginate(paragraphs(speech, style, measure), style, fonts, head.body_top if head else 0.0)
    pages, strokes = _official(speech, style, fonts, head, pages)
    glyphs = Glyphs(fonts)
    document = PdfDocument((style.page.width, style.page.height), invariant=invariant,
                           language=style.metadata.language, info=_info(speech, style))
    outline_level, memo = 0, dict(shared)
    furniture = Furniture(document, style, glyphs)
    marks = MarkDrawer(document, style, glyphs)
    for page in pages:
        for placed in page.lines:
            draw_line(document, placed, style, glyphs, memo)
        if head is not None and page.number == 1:
            for line in head.lines:
                if line.color is not None:
                    marks.draw(line)
        draw_strokes(document, strokes.get(page.number, []), style.page.height)
        draw_seals(document, page, style)
        outline_level = _bookmarks(document, page, style, outline_level)
        furniture.draw(page)
        document.end_page()
    data = document.write()
    substituted = glyphs.substituted
    shared.update((k, memo[k]) for k in memo.keys() - shared.keys() if k[:3] not in substituted)
    return Rendered(data, len(pages), glyphs.diagnostics())


def _official(speech: Speech, style: Style, fonts: FontSet, head: Masthead | None,
              pages: list[PageLayout]) -> tuple[list[PageLayout], dict[int, list[Stroke]]]:
    """The pages with the 版头's lines on the first and the 版记 at the foot of its page, and
    the rules of each page."""
    strokes: dict[int, list[Stroke]] = {}
    if head is not None:
        rules, footer = masthead_strokes(head, style)
        first = pages[0]
        pages[0] = replace(first, lines=(*masthead_lines(head, style, fonts), *first.lines),
                           numbered=first.numbered and head.first_page_number)
        strokes[1] = rules + footer
    col = colophon(speech, style, text_measure(style, fonts))
    if col is not None:
        placed = place_colophon(pages, col, style, fonts)
        pages = placed.pages
        for number, page_strokes in placed.strokes.items():
            strokes.setdefault(number, []).extend(page_strokes)
    return pages, strokes


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


def _info(speech: Speech, style: Style) -> Info:
    """The document info: the title, author, subject and keywords a reader shows, and docgen
    as creator and producer."""
    props = document_properties(speech, style)
    return Info(props.title or "", props.author or "", props.subject or "", ", ".join(props.keywords),
                f"docgen {__version__}", f"docgen {__version__}")


def _bookmarks(document: PdfDocument, page: PageLayout, style: Style, previous: int) -> int:
    """Add the page's headings to the document outline; return the last outline level.
    An outline cannot skip a level, so a heading deeper than its predecessor + 1 is lifted."""
    for mark in page.bookmarks:
        level = min(mark.level, previous + 1)
        document.bookmark(mark.title, level - 1, style.page.height - mark.top)
        previous = level
    return previous
