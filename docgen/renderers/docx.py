"""DOCX renderer (python-docx): named styles created once from the preset, paragraphs that only
reference them.

A user who opens the file sees 公文标题, 正文, 一级标题 … in Word's style list and can change
them all at once; the only run-level formatting is the character style of a run-in lead.
"""

from __future__ import annotations

import datetime as dt
import io
import math

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import Pt, Twips

from ..model import Speech
from ..style import Role, Style
from . import ooxml
from .paragraphs import Para, paragraphs
from .properties import document_properties
from .result import Rendered

#: Paragraph roles → (style id, name shown in Word).
PARAGRAPH_STYLES: dict[str, tuple[str, str]] = {
    "title": ("DocTitle", "公文标题"),
    "subtitle": ("DocSubtitle", "副标题"),
    "date_line": ("DocDateLine", "日期行"),
    "speaker": ("DocSpeaker", "讲话人"),
    "salutation": ("DocSalutation", "称呼"),
    "heading1": ("DocHeading1", "一级标题"),
    "heading2": ("DocHeading2", "二级标题"),
    "heading3": ("DocHeading3", "三级标题"),
    "heading4": ("DocHeading4", "四级标题"),
    "body": ("DocBody", "正文"),
    "closing": ("DocClosing", "结束语"),
    "signature": ("DocSignature", "落款"),
    "signature_date": ("DocSignatureDate", "成文日期"),
    "attachment": ("DocAttachment", "附件说明"),
    "note": ("DocNote", "附注"),
    "distribution": ("DocDistribution", "版记"),
}

#: Character roles of run-in leads → (style id, name shown in Word).
CHARACTER_STYLES: dict[str, tuple[str, str]] = {
    "heading1": ("DocLead1", "段首标题一级"),
    "heading2": ("DocLead2", "段首标题二级"),
    "heading3": ("DocLead3", "段首标题三级"),
    "heading4": ("DocLead4", "段首标题四级"),
    "enumeration": ("DocEnumeration", "列举引导"),
}

PAGE_NUMBER_STYLES = {"odd": ("DocPageNumberOdd", "页码（单页）"),
                      "even": ("DocPageNumberEven", "页码（双页）")}

#: The mark above the text block (征求意见稿), a header paragraph.
MARK_STYLE = ("DocMark", "版头标记")
#: Word's own character style of line numbers (built in; LibreOffice maps it by this name to
#: its "Line Numbering" style).
LINE_NUMBER_STYLE = ("LineNumber", "Line Number")

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}

#: Half the height of the page-number line above its baseline… the centre of a 一字线 lies
#: about 0.5 em above the bottom of a single-spaced footer line (measured in LibreOffice).
_FOOTER_CENTRE_EM = 0.5

#: Where the baseline of a header line of exact line spacing equal to its size lies below the
#: top of the line, in em (measured in LibreOffice).
_HEADER_BASELINE_EM = 0.8

FIXED_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)


def render_docx(speech: Speech, style: Style, *, invariant: bool = False) -> Rendered:
    import docx

    document = docx.Document()
    _defaults(document, style)
    _create_styles(document, style)
    _page_setup(document, style)
    _mark(document, style)
    _line_numbers(document, style)
    for para in paragraphs(speech, style):
        _blank_lines(document, para, style)
        _add_paragraph(document, para)
        _release_long_paragraph(document.paragraphs[-1], para, style)
    _properties(document, speech, style, invariant)
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    return Rendered(ooxml.normalise_zip(data) if invariant else data, 0, ())


def _defaults(document, style: Style) -> None:
    styles_root = document.styles.element
    ooxml.strip_theme_fonts(styles_root)
    normal = document.styles["Normal"]
    _character_format(normal, style, style.roles.body, body_size=style.roles.body.size)
    _paragraph_format(normal, style.roles.body)
    for rpr in ooxml.default_run_properties(styles_root):
        ooxml.set_fonts(rpr, latin=style.typefaces.latin.docx, east_asia=style.typefaces.fangsong.docx)
        ooxml.set_east_asian_language(rpr)


def _create_styles(document, style: Style) -> None:
    body_size = style.roles.body.size
    for role_name, (style_id, name) in PARAGRAPH_STYLES.items():
        role: Role = getattr(style.roles, role_name)
        st = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        ooxml.set_style_id(st.element, style_id)
        st.quick_style = True
        _character_format(st, style, role, body_size)
        _paragraph_format(st, role)
        if role_name.startswith("heading"):
            ooxml.set_outline_level(st.element.get_or_add_pPr(), int(role_name[-1]))
    for role_name, (style_id, name) in CHARACTER_STYLES.items():
        role = getattr(style.roles, role_name)
        st = document.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        ooxml.set_style_id(st.element, style_id)
        st.font.bold = role.bold
        rpr = st.element.get_or_add_rPr()
        ooxml.set_fonts(rpr, latin=style.typefaces.latin.docx,
                        east_asia=style.typeface(role.typeface).docx)
    spec = style.page_number
    for side, (style_id, name) in PAGE_NUMBER_STYLES.items():
        st = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        ooxml.set_style_id(st.element, style_id)
        st.font.size = Pt(spec.size)
        st.font.bold = spec.bold
        ooxml.set_fonts(st.element.get_or_add_rPr(), latin=style.typeface(spec.typeface).docx,
                        east_asia=style.typeface(spec.typeface).docx)
        fmt = st.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing = 1.0
        _page_number_alignment(fmt, spec.placement, side, spec.gap)


def _page_number_alignment(fmt, placement: str, side: str, gap: float) -> None:
    if placement == "outside":
        placement = "right" if side == "odd" else "left"
    fmt.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "left": WD_ALIGN_PARAGRAPH.LEFT}.get(
        placement, WD_ALIGN_PARAGRAPH.CENTER)
    if placement == "right":
        fmt.right_indent = Twips(round(gap * 20))
    elif placement == "left":
        fmt.left_indent = Twips(round(gap * 20))


def _character_format(st, style: Style, role: Role, body_size: float) -> None:
    st.font.size = Pt(role.size)
    st.font.bold = role.bold
    rpr = st.element.get_or_add_rPr()
    ooxml.set_fonts(rpr, latin=style.typefaces.latin.docx, east_asia=style.typeface(role.typeface).docx)
    if abs(role.size - body_size) < 1e-6 and style.docx.char_spacing:
        ooxml.set_char_spacing(rpr, style.docx.char_spacing)


def _paragraph_format(st, role: Role) -> None:
    fmt = st.paragraph_format
    fmt.alignment = _ALIGN[role.align]
    fmt.first_line_indent = Twips(round(role.first_indent * 20))
    fmt.left_indent = Twips(round(role.left_indent * 20))
    fmt.right_indent = Twips(round(role.right_indent * 20))
    fmt.space_before = Twips(round(role.space_before * 20))
    fmt.space_after = Twips(round(role.space_after * 20))
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Twips(round(role.line_pitch * 20))
    fmt.keep_with_next = role.keep_with_next
    fmt.keep_together = role.keep_together
    fmt.widow_control = False


def _page_setup(document, style: Style) -> None:
    section = document.sections[0]
    page, margins = style.page, style.page.margins
    section.page_width, section.page_height = Twips(round(page.width * 20)), Twips(round(page.height * 20))
    section.top_margin = Twips(round(margins.top * 20))
    section.bottom_margin = Twips(round(margins.bottom * 20))
    section.left_margin = Twips(round(margins.left * 20))
    section.right_margin = Twips(round(margins.right * 20))
    ooxml.set_doc_grid(section._sectPr, round(style.grid.line_pitch * 20))
    spec = style.page_number
    if spec.placement == "none":
        return
    centre_from_bottom = margins.bottom - spec.offset
    section.footer_distance = Twips(round((centre_from_bottom - _FOOTER_CENTRE_EM * spec.size) * 20))
    before, _, after = spec.format.partition("{page}")
    document.settings.odd_and_even_pages_header_footer = True
    for footer, side in ((section.footer, "odd"), (section.even_page_footer, "even")):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        paragraph.style = document.styles[PAGE_NUMBER_STYLES[side][1]]
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
    fmt.alignment = _ALIGN[mark.align]
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
    spec = style.page_number
    footer = section.first_page_footer
    footer.is_linked_to_previous = False
    if spec.placement == "none":
        return
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    paragraph.style = document.styles[PAGE_NUMBER_STYLES["odd"][1]]
    before, _, after = spec.format.partition("{page}")
    ooxml.add_page_field(paragraph, before, after)


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


def _blank_lines(document, para: Para, style: Style) -> None:
    """Space asked for by the layout is set as blank grid lines (空一行), which an office
    keeps editing naturally, rather than as direct paragraph spacing."""
    if para.space_before <= 0:
        return
    count = max(1, math.floor(para.space_before / style.grid.line_pitch + 0.5))
    for _ in range(count):
        blank = document.add_paragraph(style=document.styles[PARAGRAPH_STYLES["body"][1]])
        if style.line_numbers.every:  # the PDF numbers lines of text only
            ooxml.suppress_line_numbers(blank._p.get_or_add_pPr())


def _add_paragraph(document, para: Para) -> None:
    paragraph = document.add_paragraph(style=document.styles[PARAGRAPH_STYLES[para.role][1]])
    for segment in para.segments:
        run = paragraph.add_run(segment.text)
        if segment.role:
            run.style = document.styles[CHARACTER_STYLES[segment.role][1]]


def _release_long_paragraph(paragraph, para: Para, style: Style) -> None:
    """Word keeps the lines of a paragraph together by moving it to the next page even when it
    is longer than a page, and then splits it anyway, leaving a page almost empty: a
    kept-together paragraph that cannot fit on one page is let go (``keepLines`` off)."""
    role = getattr(style.roles, para.role)
    if role.keep_together and estimated_lines(para, style) > style.page.text_height // role.line_pitch:
        paragraph.paragraph_format.keep_together = False


def estimated_lines(para: Para, style: Style) -> int:
    """Lines a paragraph takes, estimated from its characters (a Latin letter or digit is
    about half a cell) — Word does its own line breaking."""
    role = getattr(style.roles, para.role)
    cell = style.char_pitch if abs(role.size - style.roles.body.size) < 1e-6 else role.size
    cells = sum(1.0 if ord(ch) > 0x2000 else 0.5 for ch in para.text) + role.first_indent / cell
    per_line = max(1, int((style.page.text_width - role.left_indent - role.right_indent) // cell))
    return math.ceil(cells / per_line)


def _properties(document, speech: Speech, style: Style, invariant: bool) -> None:
    from .. import __version__

    props = document.core_properties
    found = document_properties(speech, style)
    props.title = found.title
    props.author = found.author
    props.subject = found.subject
    props.keywords = ", ".join(found.keywords)
    props.language = found.language
    props.comments = f"docgen {__version__}"
    props.last_modified_by = "docgen"
    props.revision = 1
    when = FIXED_TIME if invariant else dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    props.created = props.modified = when
    if invariant:
        props.last_printed = FIXED_TIME
