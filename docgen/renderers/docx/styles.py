"""The named styles of a DOCX, created once from the preset: a paragraph style for every
part of the document (公文标题, 正文, 一级标题 …, 附件标识, with outline levels on the headings
and attachment labels, and a page break before the roles that start a new page), a
character style for every kind of run-in lead, and the page-number styles of the footers.

Styles carry all the formatting — fonts in their slots, size, indents, exact line pitch, the
condensing that fits 28 characters in a line — so that an office can change every heading
at once, and paragraphs only name them.
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import Pt, Twips

from ...style import Role, Style
from ...style.schema import RoleName
from ..grid import body_sized
from . import ooxml

#: Paragraph roles → (style id, name shown in Word).
PARAGRAPH_STYLES: dict[RoleName, tuple[str, str]] = {
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
    "attachment_label": ("DocAttachmentLabel", "附件标识"),
    "attachment_title": ("DocAttachmentTitle", "附件标题"),
    "document_title": ("DocDocumentTitle", "文件标题"),
    "note": ("DocNote", "附注"),
    "distribution": ("DocDistribution", "版记"),
}

#: Paragraph roles shown in Word's navigation pane, with their outline level: the headings,
#: and each attachment's label and a document a notice issues, which start a part of their own.
OUTLINE_LEVELS: dict[RoleName, int] = {"heading1": 1, "heading2": 2, "heading3": 3, "heading4": 4,
                                  "attachment_label": 1, "document_title": 1}

#: Character roles of run-in leads → (style id, name shown in Word).
CHARACTER_STYLES: dict[RoleName, tuple[str, str]] = {
    "heading1": ("DocLead1", "段首标题一级"),
    "heading2": ("DocLead2", "段首标题二级"),
    "heading3": ("DocLead3", "段首标题三级"),
    "heading4": ("DocLead4", "段首标题四级"),
    "enumeration": ("DocEnumeration", "列举引导"),
}

PAGE_NUMBER_STYLES = {"odd": ("DocPageNumberOdd", "页码（单页）"),
                      "even": ("DocPageNumberEven", "页码（双页）")}

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def _defaults(document, style: Style) -> None:
    styles_root = document.styles.element
    ooxml.strip_theme_fonts(styles_root)
    ooxml.set_default_paragraph_spacing(styles_root)
    normal = document.styles["Normal"]
    _character_format(normal, style, style.roles.body)
    _paragraph_format(normal, style.roles.body)
    for rpr in ooxml.default_run_properties(styles_root):
        ooxml.set_fonts(rpr, latin=style.typefaces.latin.docx, east_asia=style.typefaces.fangsong.docx)
        ooxml.set_east_asian_language(rpr)


def create_styles(document, style: Style) -> None:
    """The document defaults and every named style of ``style``, and nothing else."""
    ooxml.keep_only_styles(document.styles.element, ())
    _defaults(document, style)
    _paragraph_styles(document, style)
    _character_styles(document, style)
    _page_number_styles(document, style)


def _paragraph_styles(document, style: Style) -> None:
    created = {}
    for role_name, (style_id, name) in PARAGRAPH_STYLES.items():
        role = style.roles.get(role_name)
        st = created[role_name] = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        ooxml.set_style_id(st.element, style_id)
        st.quick_style = True
        _character_format(st, style, role)
        _paragraph_format(st, role)
        if role_name in OUTLINE_LEVELS:
            ooxml.set_outline_level(st.element.get_or_add_pPr(), OUTLINE_LEVELS[role_name])
    for st in created.values():  # Enter after any part starts a paragraph of body text
        st.next_paragraph_style = created["body"]


def _character_styles(document, style: Style) -> None:
    for role_name, (style_id, name) in CHARACTER_STYLES.items():
        role = style.roles.get(role_name)
        st = document.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        ooxml.set_style_id(st.element, style_id)
        st.font.bold = role.bold
        rpr = st.element.get_or_add_rPr()
        ooxml.set_fonts(rpr, latin=style.typefaces.latin.docx,
                        east_asia=style.typeface(role.typeface).docx)


def _page_number_styles(document, style: Style) -> None:
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
        _page_number_alignment(fmt, spec.side(odd=side == "odd"), spec.gap)


def _page_number_alignment(fmt, placement: str, gap: float) -> None:
    fmt.alignment = ALIGN.get(placement, ALIGN["center"])  # 'none': the style is unused
    if placement == "right":
        fmt.right_indent = Twips(round(gap * 20))
    elif placement == "left":
        fmt.left_indent = Twips(round(gap * 20))


def _character_format(st, style: Style, role: Role) -> None:
    st.font.size = Pt(role.size)
    st.font.bold = role.bold
    rpr = st.element.get_or_add_rPr()
    ooxml.set_fonts(rpr, latin=style.typefaces.latin.docx, east_asia=style.typeface(role.typeface).docx)
    if body_sized(style, role.size) and style.docx.char_spacing:
        ooxml.set_char_spacing(rpr, style.docx.char_spacing)


def _paragraph_format(st, role: Role) -> None:
    fmt = st.paragraph_format
    fmt.alignment = ALIGN[role.align]
    fmt.first_line_indent = Twips(round(role.first_indent * 20))
    fmt.left_indent = Twips(round(role.left_indent * 20))
    fmt.right_indent = Twips(round(role.right_indent * 20))
    fmt.space_before = Twips(round(role.space_before * 20))
    fmt.space_after = Twips(round(role.space_after * 20))
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Twips(round(role.line_pitch * 20))
    fmt.keep_with_next = role.keep_with_next
    fmt.keep_together = role.keep_together
    # In the style, not on the paragraph: an office that adds an attachment gets the new page
    # by choosing the style (GB/T 9704 §7.3.7).
    fmt.page_break_before = True if role.page_break_before else None
    fmt.widow_control = False
    ppr = st.element.get_or_add_pPr()
    # No extra space between Chinese and Latin letters or digits (Word and LibreOffice add a
    # quarter em by default): the PDF adds none, and lines would hold fewer characters.
    ooxml.set_flag(ppr, "w:autoSpaceDE", False)
    ooxml.set_flag(ppr, "w:autoSpaceDN", False)
    # The exact line pitch places every line; snapping to the line grid as well would give
    # a line of a font taller than the pitch (the 22 pt title) two grid lines in LibreOffice.
    ooxml.set_flag(ppr, "w:snapToGrid", False)
