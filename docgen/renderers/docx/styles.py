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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.shared import Pt, Twips

from ...style import Role, Style
from ..grid import body_sized
from . import ooxml
from .stylenames import CHARACTER_STYLES, OUTLINE_LEVELS, PAGE_NUMBER_STYLES, PARAGRAPH_STYLES, TWO_PART_STYLES

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
    _two_part_styles(document, style)
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
        if role_name == "issuer_mark":  # GB/T 9704 §7.2.4: red
            ooxml.set_color(st.element.get_or_add_rPr(), style.masthead.color)
        if role_name in OUTLINE_LEVELS:
            ooxml.set_outline_level(st.element.get_or_add_pPr(), OUTLINE_LEVELS[role_name])
    for st in created.values():  # Enter after any part starts a paragraph of body text
        st.next_paragraph_style = created["body"]


def _two_part_styles(document, style: Style) -> None:
    """The styles of :data:`TWO_PART_STYLES`: their role's format, the left part from the
    gap GB/T 9704 gives it (1 字 for a 上行文's number, §7.2.5; none for a 信函's, §10.1;
    the 印发机关's 1 字 from the role, §7.4.3) and a right-aligned tab stop where the right
    part ends (1 字 from the right edge for the 签发人 and the 印发日期)."""
    width = style.page.text_width
    gap = style.roles.signer.right_indent
    print_role = style.roles.distribution
    stops = {"up": (gap, 0.0, width - gap), "letter": (0.0, 0.0, width),
             "print": (print_role.left_indent, print_role.right_indent, width - print_role.right_indent)}
    for kind, (style_id, name, role_name) in TWO_PART_STYLES.items():
        role = style.roles.get(role_name)
        st = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        ooxml.set_style_id(st.element, style_id)
        _character_format(st, style, role)
        _paragraph_format(st, role)
        left, right, stop = stops[kind]
        fmt = st.paragraph_format
        fmt.alignment = ALIGN["left"]
        fmt.first_line_indent, fmt.left_indent, fmt.right_indent = Twips(0), Twips(round(left * 20)), Twips(round(right * 20))
        fmt.tab_stops.add_tab_stop(Twips(round(stop * 20)), WD_TAB_ALIGNMENT.RIGHT)


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
