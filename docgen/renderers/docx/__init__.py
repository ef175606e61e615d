"""DOCX renderer: named styles created once from the preset, paragraphs that only
reference them.

A user who opens the file sees 公文标题, 正文, 一级标题 … in Word's style list and can change
them all at once; the only run-level formatting is the character style of a run-in lead.

Everything that depends only on the style — styles, page setup, footers, settings, the font
table — is built once per style with python-docx and kept packed
(:mod:`.package`); each document then only adds its body, written as
text by :mod:`.wordml`, and its core properties.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import math
from collections.abc import Iterator

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.shared import Pt, Twips

from ...chars import is_cjk
from ...fonts import FontSet
from ...model import Speech
from ...style import Role, Style
from ...typesetting.linebreak import takes_cell
from ...version import __version__
from ..grid import body_sized, cell_width, centred_width
from ..measure import centred_lines
from ..paragraphs import Para, Shape, paragraphs
from ..properties import document_properties
from ..result import Rendered
from . import embedding, ooxml, wordml
from .fontnames import font_entries
from .package import CoreProperties, Template, app_xml, assemble, core_xml, template_from, trim
from .styles import ALIGN, CHARACTER_STYLES, PAGE_NUMBER_STYLES, PARAGRAPH_STYLES, create_styles

#: The mark above the text block (征求意见稿), a header paragraph.
MARK_STYLE = ("DocMark", "版头标记")
#: Word's own character style of line numbers (built in; LibreOffice maps it by this name to
#: its "Line Numbering" style).
LINE_NUMBER_STYLE = ("LineNumber", "Line Number")

#: Alignment → the value of ``w:jc``.
_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}

#: Height of the 一字线's centre above the bottom of a single-spaced footer line, in ems of
#: the page-number size: 0.543 measured in LibreOffice with the bundled 宋体 stand-in (GB/T
#: 9704 §7.5 wants the dash 7 mm below the text block: a footer distance of 25.3 mm for A4
#: with a 35 mm bottom margin; 25 mm would put it 7.55 mm below).
_FOOTER_CENTRE_EM = 0.543

#: LibreOffice (7.x) ignores ``w:autoSpaceDE``/``w:autoSpaceDN`` and puts 0.2 em between a
#: Chinese character and a Latin letter or digit (measured).  A centred title line that the
#: PDF fills could then wrap in LibreOffice, leaving a character on a line of its own; such a
#: paragraph gets that room as an equal outdent on both sides, which changes nothing where
#: the lines fit (Word, WPS): they are centred and broken by line breaks.
LIBREOFFICE_AUTOSPACE_EM = 0.2
_ROOM_MARGIN = 0.5  # pt

#: Where the baseline of a header line of exact line spacing equal to its size lies below the
#: top of the line, in em (measured in LibreOffice).
_HEADER_BASELINE_EM = 0.8

FIXED_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def render_docx(speech: Speech, style: Style, *, invariant: bool = False) -> Rendered:
    prepared = _prepared(style)
    paras = paragraphs(speech, style, prepared.measure)
    body = "".join(_body(paras, style, prepared))
    core = core_xml(_properties(speech, style, invariant))
    fonts = embedding.embedded_parts(paras, style) if style.docx.embed_fonts else None
    return Rendered(assemble(prepared.template, body, core, fonts), 0, ())


class _Prepared:
    """A style's packed template, and the fonts measured for it (loaded only when a document
    needs a measurement: a title too long for one line, a signature, an attachment note)."""

    def __init__(self, style: Style) -> None:
        self.style = style
        self.template = _template(style)
        self._fonts: FontSet | None = None

    @property
    def fonts(self) -> FontSet:
        if self._fonts is None:
            self._fonts = FontSet(self.style)
        return self._fonts

    def measure(self, text: str, role: Role) -> float:
        """Width of ``text`` as Word and LibreOffice set it: Chinese characters one em (no
        character grid), Latin ones their Times New Roman advance, every character condensed
        by the style's character spacing where the role is body-size."""
        style = self.style
        spacing = style.docx.char_spacing if body_sized(style, role.size) else 0.0
        latin = self.fonts.font("latin", role.bold)
        return sum((role.size if takes_cell(c) else latin.advance(c, role.size)) + spacing for c in text)


@functools.lru_cache(maxsize=8)
def _prepared(style: Style) -> _Prepared:
    return _Prepared(style)


def _template(style: Style) -> Template:
    import docx

    document = docx.Document()
    create_styles(document, style)
    _page_setup(document, style)
    _footers(document, style)
    _mark(document, style)
    _line_numbers(document, style)
    ooxml.tidy_settings(document.settings.element)
    if style.docx.embed_fonts:
        ooxml.set_font_embedding(document.settings.element)
    trim(document, ooxml.font_table(font_entries(style)), app_xml("docgen"))
    buffer = io.BytesIO()
    document.save(buffer)
    embedded = {embedding.FONT_EXTENSION: embedding.OBFUSCATED_FONT} if style.docx.embed_fonts else None
    return template_from(buffer.getvalue(), embedded)


def _page_setup(document, style: Style) -> None:
    """A4 (or the preset's paper), the margins and the line grid."""
    section = document.sections[0]
    page, margins = style.page, style.page.margins
    section.page_width, section.page_height = Twips(round(page.width * 20)), Twips(round(page.height * 20))
    section.top_margin = Twips(round(margins.top * 20))
    section.bottom_margin = Twips(round(margins.bottom * 20))
    section.left_margin = Twips(round(margins.left * 20))
    section.right_margin = Twips(round(margins.right * 20))
    ooxml.set_doc_grid(section._sectPr, round(style.grid.line_pitch * 20))


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


def _body(paras: list[Para], style: Style, prepared: _Prepared) -> Iterator[str]:
    # The PDF numbers lines of text only: blank spacing lines are left out of the numbering.
    blank = wordml.paragraph(PARAGRAPH_STYLES["body"][0],
                             suppress_line_numbers=bool(style.line_numbers.every))
    for para in paras:
        yield blank * _blank_lines(para, style)
        yield _paragraph(para, style, prepared)


def _blank_lines(para: Para, style: Style) -> int:
    """Space asked for by the layout is set as blank grid lines (空一行), which an office
    keeps editing naturally, rather than as direct paragraph spacing."""
    if para.space_before <= 0:
        return 0
    return max(1, math.floor(para.space_before / style.grid.line_pitch + 0.5))


def _paragraph(para: Para, style: Style, prepared: _Prepared) -> str:
    role = style.roles.get(para.role)
    shape = para.shape
    if ((shape and shape.align) or role.align) == "center":
        text, shape = _centred(para, role, style, prepared)
        runs = [wordml.run(text)]
    else:
        runs = [wordml.run(s.text, CHARACTER_STYLES[s.role][0] if s.role else None)
                for s in para.segments]
    indent, align = _own_shape(shape)
    return wordml.paragraph(PARAGRAPH_STYLES[para.role][0], runs, indent, align,
                            keep_lines=False if _too_long_to_keep(para, role, style) else None)


def _centred(para: Para, role: Role, style: Style, prepared: _Prepared) -> tuple[str, Shape | None]:
    """The title block's lines, broken where the PDF breaks them and joined by line breaks
    (one paragraph, which an office can re-break), and the room LibreOffice needs to keep
    each on one line (see :data:`LIBREOFFICE_AUTOSPACE_EM`).  A text that fits even with
    every character a full em wide is one line without measuring."""
    available = centred_width(style, role)
    text = para.text
    if (len(text) + LIBREOFFICE_AUTOSPACE_EM * _script_changes(text)) * role.size <= available:
        return text, para.shape
    lines = centred_lines(para, style, prepared.fonts)
    widest = max(prepared.measure(line, role) + LIBREOFFICE_AUTOSPACE_EM * role.size * _script_changes(line)
                 for line in lines)
    if widest <= available:
        return "\n".join(lines), para.shape
    room = (widest - available) / 2 + _ROOM_MARGIN
    return "\n".join(lines), Shape(left=role.left_indent - room, right=role.right_indent - room)


def _script_changes(text: str) -> int:
    """How often ``text`` changes between Chinese characters and Latin letters or digits."""
    latin = [c.isascii() and c.isalnum() for c in text]
    han = [is_cjk(c) for c in text]
    return sum(1 for i in range(1, len(text)) if (han[i - 1] and latin[i]) or (latin[i - 1] and han[i]))


def _too_long_to_keep(para: Para, role: Role, style: Style) -> bool:
    """Word keeps the lines of a paragraph together by moving it to the next page even when it
    is longer than a page, and then splits it anyway, leaving a page almost empty: a
    kept-together paragraph that cannot fit on one page is let go (``keepLines`` off)."""
    return role.keep_together and estimated_lines(para, style) > style.page.text_height // role.line_pitch


def estimated_lines(para: Para, style: Style) -> int:
    """Lines a paragraph takes, estimated from its characters (a Latin letter or digit is
    about half a cell) — Word does its own line breaking."""
    role = style.roles.get(para.role)
    cell = cell_width(style, role.size)
    cells = sum(1.0 if ord(ch) > 0x2000 else 0.5 for ch in para.text) + role.first_indent / cell
    per_line = max(1, int((style.page.text_width - role.left_indent - role.right_indent) // cell))
    return math.ceil(cells / per_line)


def _own_shape(shape: Shape | None) -> tuple[wordml.Indent | None, str | None]:
    """A paragraph's own indents (twips) and alignment (w:jc value)."""
    if shape is None:
        return None, None
    twips = [None if v is None else round(v * 20) for v in (shape.left, shape.right, shape.first)]
    return wordml.Indent(*twips), _JC.get(shape.align) if shape.align else None


def _properties(speech: Speech, style: Style, invariant: bool) -> CoreProperties:
    """The properties both renderers give (:func:`document_properties`); fixed dates with
    ``invariant``."""
    found = document_properties(speech, style)
    when = FIXED_TIME if invariant else dt.datetime.now(dt.UTC).replace(microsecond=0)
    return CoreProperties(title=found.title, author=found.author, subject=found.subject,
                          keywords=", ".join(found.keywords), description=f"docgen {__version__}",
                          when=when, language=found.language)
