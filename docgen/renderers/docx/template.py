"""The part of a DOCX that depends only on the style, built with python-docx: styles, page
setup, footers (and, for documents with a page that shows no number, a blank one), the mark
above the text block, line numbers, the seal's picture, settings and the font table, saved
once and packed as a :class:`~.package.Template`."""

from __future__ import annotations

import io
import math

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.shared import Pt, Twips

from ...style import Style
from . import embedding, ooxml
from .fontnames import font_entries
from .package import Built, app_xml, template_from, trim
from .styles import ALIGN, PAGE_NUMBER_STYLES, create_styles

#: The mark above the text block (征求意见稿), a header paragraph.
MARK_STYLE = ("DocMark", "版头标记")
#: Word's own character style of line numbers (built in; LibreOffice maps it by this name to
#: its "Line Numbering" style).
LINE_NUMBER_STYLE = ("LineNumber", "Line Number")


#: Height of the 一字线's centre above the bottom of a single-spaced footer line, in ems of
#: the page-number size: 0.543 measured in LibreOffice with the bundled 宋体 stand-in (GB/T
#: 9704 §7.5 wants the dash 7 mm below the text block: a footer distance of 25.3 mm for A4
#: with a 35 mm bottom margin; 25 mm would put it 7.55 mm below).
_FOOTER_CENTRE_EM = 0.543

#: Where the baseline of a header line of exact line spacing equal to its size lies below the
#: top of the line, in em (measured in LibreOffice).
_HEADER_BASELINE_EM = 0.8


def build_template(style: Style, blank: bool = False) -> Built:
    """The style's package, built with python-docx and packed, with the relationship of its
    seal's picture, and — with ``blank`` — of a blank footer (for a first page or a 版记 page
    without a number)."""
    document = docx.Document()
    create_styles(document, style)
    _page_setup(document, style)
    _footers(document, style)
    _mark(document, style)
    blank_footer = _blank_footer(document, style) if blank else None
    _line_numbers(document, style)
    seal = document.part.get_or_add_image(style.seal.file)[0] if style.seal.file else None
    ooxml.tidy_settings(document.settings.element)
    if style.docx.embed_fonts:
        ooxml.set_font_embedding(document.settings.element)
    trim(document, ooxml.font_table(font_entries(style)), app_xml("docgen"))
    buffer = io.BytesIO()
    document.save(buffer)
    embedded = {embedding.FONT_EXTENSION: embedding.OBFUSCATED_FONT} if style.docx.embed_fonts else None
    return Built(template_from(buffer.getvalue(), embedded), seal, blank_footer)


def _blank_footer(document, style: Style) -> str | None:
    """A footer without a page number, for a 信函's first page (GB/T 9704 §10.1) and for the
    blank page and the 版记 page after it (§7.5): the first-page footer, unless the mark
    above the text block (征求意见稿) uses that one (then there is none)."""
    if style.mark.text and style.mark.pages == "first":
        return None
    section = document.sections[0]
    section.first_page_footer.is_linked_to_previous = False
    return ooxml.footer_relationship(section._sectPr, "first")


def _page_setup(document, style: Style) -> None:
    """A4 (or the preset's paper), the margins and the line grid."""
    section = document.sections[0]
    page, margins = style.page, style.page.margins
    section.page_width, section.page_height = Twips(round(page.width * 20)), Twips(round(page.height * 20))
    section.top_margin = Twips(round(margins.top * 20))
    section.bottom_margin = Twips(round(margins.bottom * 20))
    section.left_margin = Twips(round(margins.left * 20))
    section.right_margin = Twips(round(margins.right * 20))
    ooxml.set_doc_grid(section._sectPr, grid_pitch_twips(style))


def grid_pitch_twips(style: Style) -> int:
    """The document grid's pitch: the grid's lines filling the text block (579 twips for 22
    lines in 225 mm).  Paragraphs do not snap to it (their exact pitch places them), so it is
    what Word's page setup shows; a grid of a smaller pitch that leaves room at the foot of the
    text block (22 lines of 28 pt) LibreOffice centres in it, moving the text down (3.9 mm)
    away from what is anchored to the page, such as the 版头's rule."""
    return max(round(style.grid.line_pitch * 20), math.floor(style.page.text_height * 20 / style.grid.lines))


def _footers(document, style: Style) -> None:
    """Separate odd and even footers holding the page number (GB/T 9704 §7.5), the footer
    distance chosen so that the number's centre lies ``offset`` below the text block."""
    section = document.sections[0]
    spec = style.page_number
    if spec.placement == "none":
        return
    centre_from_bottom = style.page.margins.bottom - spec.offset
    section.footer_distance = Twips(round((centre_from_bottom - _FOOTER_CENTRE_EM * spec.size) * 20))
    document.settings.odd_and_even_pages_header_footer = True
    for footer, side in ((section.footer, "odd"), (section.even_page_footer, "even")):
        _page_number_footer(document, footer, side, style)


def _page_number_footer(document, footer, side: str, style: Style) -> None:
    """A footer of its own holding the page number in the style of ``side``'s pages."""
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    paragraph.style = document.styles[PAGE_NUMBER_STYLES[side][1]]
    before, _, after = style.page_number.format.partition("{page}")
    ooxml.add_page_field(paragraph, before, after)


def _mark(document, style: Style) -> None:
    """The mark (征求意见稿) as a header paragraph of its own style, its baseline
    ``mark.offset`` above the text block: on the first page only (a first-page header, and
    a first-page footer with the page number) or in every header."""
    mark = style.mark
    if not mark.text:
        return
    st = document.styles.add_style(MARK_STYLE[1], WD_STYLE_TYPE.PARAGRAPH)
    ooxml.set_style_id(st.element, MARK_STYLE[0])
    st.font.size, st.font.bold = Pt(mark.size), mark.bold
    ooxml.set_fonts(st.element.get_or_add_rPr(), latin=style.typefaces.latin.docx,
                    east_asia=style.typeface(mark.typeface).docx)
    fmt = st.paragraph_format
    fmt.alignment = ALIGN[mark.align]
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(mark.size)
    section = document.sections[0]
    baseline = style.page.margins.top - mark.offset
    section.header_distance = Twips(round((baseline - _HEADER_BASELINE_EM * mark.size) * 20))
    if mark.pages == "first":
        section.different_first_page_header_footer = True
        headers = [section.first_page_header]
        _first_page_number(document, section, style)
    else:
        headers = [section.header, section.even_page_header]
    for header in headers:
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
        paragraph.style = st
        paragraph.add_run(mark.text)


def _first_page_number(document, section, style: Style) -> None:
    """A first page with a header of its own needs a footer of its own for its number."""
    footer = section.first_page_footer
    footer.is_linked_to_previous = False
    if style.page_number.placement != "none":
        _page_number_footer(document, footer, "odd", style)


def _line_numbers(document, style: Style) -> None:
    """Word's line numbering (``w:lnNumType``), in Word's own "line number" character style."""
    spec = style.line_numbers
    if not spec.every:
        return
    st = document.styles.add_style(LINE_NUMBER_STYLE[1], WD_STYLE_TYPE.CHARACTER, builtin=True)
    ooxml.set_style_id(st.element, LINE_NUMBER_STYLE[0])
    st.font.size = Pt(spec.size)
    face = style.typeface(spec.typeface).docx
    ooxml.set_fonts(st.element.get_or_add_rPr(), latin=face, east_asia=face)
    ooxml.set_line_numbering(document.sections[0]._sectPr, spec.every, round(spec.gap * 20),
                             spec.restart)
    # LibreOffice numbers header and footer lines too, unless their styles say not to.
    for style_id in (MARK_STYLE[0], *(ids[0] for ids in PAGE_NUMBER_STYLES.values())):
        element = document.styles.element.get_by_id(style_id)
        if element is not None:
            ooxml.suppress_line_numbers(element.get_or_add_pPr())
