"""A DOCX checked from its XML: the section's paper and margins, the document grid, what the
body's size, pitch and character spacing give (lines a page, characters a line), each part's
style and direct formatting — size, typeface in each ``w:rFonts`` slot, alignment, first-line
indent — and the page-number footers."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..style import Style
from ..style.schema import RoleName
from . import registry as R
from .context import mm, pt
from .docxletter import letter_rule
from .docxread import DocxDocument, DocxParagraph, Section, read_docx
from .findings import Finding
from .patterns import CHARS, GEOMETRY, PAPER, PITCH_ABOVE, PITCH_BELOW, SIZE
from .pdffolio import form_pattern
from .pdfroles import CHECKED_ROLES, LABELS
from .textroles import Parsed, parse_paragraphs
from .typefaces import describe, typefaces_of

#: A role's alignment → the values of ``w:jc`` that give it.
JC: dict[str, tuple[str, ...]] = {"justify": ("both", "distribute"), "center": ("center",), "right": ("right", "end"),
                                  "left": ("left", "start")}
#: Parts whose lines are set with tabs, frames or computed indents (the 版记's 印发 line, the
#: 发文字号 and 签发人 of a 上行文, the signature and date placed over each other, GB/T 9704
#: §7.3.5): their alignment and indent are not their role's.
UNALIGNED_ROLES = frozenset(("distribution", "document_number", "signature", "signature_date"))
#: Word's single line spacing without a grid: about 1.3 × the font size (fonts differ).
SINGLE_LINE = 1.3
#: A first-line indent within this share of a character of the role's is right.
INDENT_CHARS = 0.25


@dataclass(frozen=True, slots=True)
class DocxChecked:
    findings: tuple[Finding, ...]
    parsed: Parsed
    numbers: tuple[int, ...]   # the DOCX paragraph number of each paragraph parsed


def check_docx(data: bytes, name: str, style: Style) -> DocxChecked:
    document = read_docx(data, name)
    texts = [p for p in document.paragraphs if p.text.strip() and not is_mark(p)]
    parsed = parse_paragraphs([p.text for p in texts])
    roles = {texts[i].number: role for i, role in parsed.roles.items()}
    found: list[Finding] = []
    section = document.sections[-1] if document.sections else None
    if section is None:
        found.append(R.NOT_MEASURED("the document has no section properties", source="docx"))
    else:
        found.extend(_page(section, style))
        found.extend(_grid(document, section, style, roles))
    found.extend(_roles(document, style, roles))
    found.extend(_footers(document, style))
    found.extend(letter_rule(document, style, any(is_mark(p) for p in document.paragraphs)))
    return DocxChecked(tuple(found), parsed, tuple(p.number for p in texts))


def is_mark(para: DocxParagraph) -> bool:
    """A paragraph in red: the 版头's mark (its format and place are checked on the page);
    docgen's parser reads a text, not a 版头 drawn for a format it was not written for."""
    color = str(para.run.get("color", ""))
    return len(color) == 6 and color[:2] >= "C0" and color[2:4] <= "60" and color[4:] <= "60"


def _page(section: Section, style: Style) -> list[Finding]:
    page = style.page
    found = []
    if abs(section.width - page.width) > PAPER or abs(section.height - page.height) > PAPER:
        found.append(R.DOCX_PAGE_SIZE(f"the paper is {mm(section.width)} × {mm(section.height)}",
                                      measured=f"{mm(section.width)} × {mm(section.height)}",
                                      expected=f"{mm(page.width)} × {mm(page.height)}"))
    for check, measured, wanted, side in (
            (R.DOCX_MARGIN_TOP, section.top, page.margins.top, "top"),
            (R.DOCX_MARGIN_BOTTOM, section.bottom, page.margins.bottom, "bottom"),
            (R.DOCX_MARGIN_LEFT, section.left, page.margins.left, "left"),
            (R.DOCX_MARGIN_RIGHT, section.right, page.margins.right, "right")):
        if abs(measured - wanted) > GEOMETRY:
            found.append(check(f"the {side} margin is {mm(measured)}", measured=mm(measured),
                               expected=f"{mm(wanted)} ± 1 mm"))
    return found


def _body(document: DocxDocument, roles: dict[int, RoleName]) -> list[DocxParagraph]:
    return [p for p in document.paragraphs if roles.get(p.number) == "body"]


def pitch_of(para: DocxParagraph, section: Section) -> tuple[float, bool]:
    """A paragraph's line pitch, and whether it is exact (False: estimated from the font)."""
    rule, line = para.para.get("line_rule", "auto"), float(para.para.get("line", 240))
    size = para.run.get("size", 10.5)
    if rule in ("exact", "atLeast"):
        pitch = line / 20
        return (max(pitch, SINGLE_LINE * size) if rule == "atLeast" else pitch), rule == "exact"
    if section.grid_type in ("lines", "linesAndChars", "snapToChars") and section.line_pitch and \
            para.para.get("snap", True):
        grid = section.line_pitch
        return grid * math.ceil(SINGLE_LINE * size * line / 240 / grid - 0.01), True
    return SINGLE_LINE * size * line / 240, False


def _grid(document: DocxDocument, section: Section, style: Style, roles: dict[int, RoleName]) -> list[Finding]:
    body = _body(document, roles)
    found: list[Finding] = []
    if section.grid_type in ("linesAndChars", "snapToChars"):
        found.append(R.DOCX_GRID(f"the document grid is “{section.grid_type}”: LibreOffice and WPS on Linux give "
                                 "each Chinese character two cells (14 a line)", measured=section.grid_type,
                                 expected="lines (and body text condensed to fit 28 characters)"))
    if not body:
        return [*found, R.NOT_MEASURED("no body paragraph: lines and characters a page not measured", source="docx")]
    para = body[0]
    pitch, exact = pitch_of(para, section)
    if not exact and section.grid_type in ("", "default"):
        found.append(R.DOCX_GRID("no document grid and no exact line spacing: the lines follow the font's height",
                                 measured="none", expected=f"exact {pt(style.roles.body.line_pitch)}",
                                 paragraph=para.number))
    found.extend(_lines_and_chars(section, style, para, pitch))
    return found


def _lines_and_chars(section: Section, style: Style, para: DocxParagraph, pitch: float) -> list[Finding]:
    found = []
    height = section.height - section.top - section.bottom
    width = section.width - section.left - section.right
    lines = math.floor(height / pitch + 0.02)
    em = (style.page.text_height - style.roles.body.size) / max(style.grid.lines - 1, 1)
    low, high = min(style.roles.body.line_pitch, em) - PITCH_BELOW, max(style.roles.body.line_pitch, em) + PITCH_ABOVE
    if not low <= pitch <= high:
        found.append(R.DOCX_LINE_PITCH(f"body lines are {pt(pitch)} apart", measured=pt(pitch),
                                       expected=f"{pt(low)}–{pt(high)}", paragraph=para.number))
    if lines != style.grid.lines:
        found.append(R.DOCX_LINES_PER_PAGE(f"{pt(pitch)} lines give {lines} lines in {mm(height)}",
                                           measured=f"{lines} lines", expected=f"{style.grid.lines} lines",
                                           paragraph=para.number))
    size = para.run.get("size", 10.5)
    cell = size + para.run.get("spacing", 0.0)
    if section.grid_type in ("linesAndChars", "snapToChars") and section.char_space is not None:
        cell = document_default_size(para) + section.char_space / 4096
    chars = width / cell if cell > 0 else 0.0
    if abs(math.floor(chars + 0.02) - style.grid.chars) > CHARS:
        found.append(R.DOCX_CHARS_PER_LINE(f"characters of {pt(cell)} give {math.floor(chars + 0.02)} a line in "
                                           f"{mm(width)}", measured=f"{math.floor(chars + 0.02)} characters",
                                           expected=f"{style.grid.chars} characters", paragraph=para.number))
    return found


def document_default_size(para: DocxParagraph) -> float:
    """The size the character grid counts in (the body's, as Word's page setup does)."""
    return float(para.run.get("size", 10.5))


def _roles(document: DocxDocument, style: Style, roles: dict[int, RoleName]) -> list[Finding]:
    members: dict[RoleName, list[DocxParagraph]] = {}
    for para in document.paragraphs:
        role = roles.get(para.number)
        if role in CHECKED_ROLES:
            members.setdefault(role, []).append(para)
    found: list[Finding] = []
    for role, paras in members.items():
        for check in (_size, _font, _align, _indent):
            found.extend(check(style, role, paras))
    found.extend(_slots(document, roles))
    found.extend(_direct(members))
    return found


def _first_wrong(paras: list[DocxParagraph], wrong: Callable[[DocxParagraph], bool]) -> tuple[DocxParagraph, int] | None:
    bad = [p for p in paras if wrong(p)]
    return (bad[0], len(bad)) if bad else None


def _of(role: RoleName, para: DocxParagraph, count: int) -> str:
    more = f" (and {count - 1} more)" if count > 1 else ""
    text = para.text.strip()
    return f"{LABELS.get(role, role)} “{text[:14]}{'…' if len(text) > 14 else ''}”{more}"


def _size(style: Style, role: RoleName, paras: list[DocxParagraph]) -> list[Finding]:
    """A role's size; the body's is the size of most of its text (an error), a paragraph the
    parser took for body text in another size a warning."""
    wanted = style.roles.get(role).size
    hit = _first_wrong(paras, lambda p: abs(p.run.get("size", 10.5) - wanted) > SIZE)
    if hit is None:
        return []
    para, count = hit
    check = R.DOCX_ROLE_SIZE
    if role == "body":
        sizes = Counter({p.run.get("size", 10.5): 0 for p in paras})
        for p in paras:
            sizes[p.run.get("size", 10.5)] += len(p.text)
        if abs(sizes.most_common(1)[0][0] - wanted) > SIZE:
            check = R.DOCX_BODY_SIZE
            para = next(p for p in paras if p.run.get("size", 10.5) == sizes.most_common(1)[0][0])
    size = para.run.get("size", 10.5)
    return [check(f"{_of(role, para, count)} is {pt(size)} (style {para.style})", measured=pt(size),
                  expected=pt(wanted), paragraph=para.number)]


def _font(style: Style, role: RoleName, paras: list[DocxParagraph]) -> list[Finding]:
    wanted = style.roles.get(role).typeface
    hit = _first_wrong(paras, lambda p: not str(p.run.get("eastAsia", "")).startswith("theme:") and
                       wanted not in typefaces_of(str(p.run.get("eastAsia", "")), style))
    if hit is None:
        return []
    para, count = hit
    font = para.run.get("eastAsia") or "(none: the application's default)"
    return [R.DOCX_ROLE_FONT(f"{_of(role, para, count)} is set in {font}", measured=str(font),
                             expected=describe(style, wanted), paragraph=para.number)]


def _align(style: Style, role: RoleName, paras: list[DocxParagraph]) -> list[Finding]:
    wanted = style.roles.get(role).align
    if role in UNALIGNED_ROLES:
        return []
    hit = _first_wrong(paras, lambda p: p.para.get("jc", "left") not in JC[wanted])
    if hit is None:
        return []
    para, count = hit
    return [R.DOCX_ALIGNMENT(f"{_of(role, para, count)} is aligned “{para.para.get('jc', 'left')}”",
                             measured=para.para.get("jc", "left"), expected=JC[wanted][0], paragraph=para.number)]


def first_indent(para: DocxParagraph) -> float:
    """A paragraph's first-line indent in points (negative: hanging)."""
    size = para.run.get("size", 10.5)
    if "first_line_chars" in para.para:
        return para.para["first_line_chars"] * size
    if "hanging_chars" in para.para:
        return -para.para["hanging_chars"] * size
    return para.para.get("first_line", 0.0) - para.para.get("hanging", 0.0)


def line_start(para: DocxParagraph) -> float:
    """Where a paragraph's first line starts, from the text block's left edge (pt)."""
    return para.para.get("left", 0.0) + first_indent(para)


def _indent(style: Style, role: RoleName, paras: list[DocxParagraph]) -> list[Finding]:
    spec = style.roles.get(role)
    if spec.align in ("center", "right") or role in UNALIGNED_ROLES:
        return []
    wanted = spec.left_indent + spec.first_indent
    if role == "attachment":  # the notes after the first align with its first number (§7.3.4)
        paras = [p for p in paras if p.text.strip().startswith("附件")]
    hit = _first_wrong(paras, lambda p: abs(line_start(p) - wanted) > INDENT_CHARS * spec.size)
    if hit is None:
        return []
    para, count = hit
    chars = lambda points: f"{points / style.char_pitch:.1f} 字 ({pt(points)})"
    return [R.DOCX_INDENT(f"{_of(role, para, count)} starts its first line {chars(line_start(para))} in",
                          measured=chars(line_start(para)), expected=chars(wanted), paragraph=para.number)]


def _slots(document: DocxDocument, roles: dict[int, RoleName]) -> list[Finding]:
    """Slots left to the theme or unset on the paragraphs with text."""
    found = []
    paras = [p for p in document.paragraphs if p.text.strip() and p.number in roles]
    for slot, what in (("eastAsia", "Chinese text"), ("ascii", "digits and Latin letters")):
        unset = [p for p in paras if not p.run.get(slot) or str(p.run.get(slot)).startswith("theme:")]
        if unset:
            value = unset[0].run.get(slot) or "not set"
            found.append(R.DOCX_FONT_SLOT(f"w:rFonts {slot} ({what}) is {value} in {len(unset)} paragraph(s): "
                                          "the font is left to the theme or the application",
                                          measured=str(value), expected="a font named in the style",
                                          paragraph=unset[0].number))
    return found


def _direct(members: dict[RoleName, list[DocxParagraph]]) -> list[Finding]:
    direct = [p for paras in members.values() for p in paras if p.direct & {"size", "eastAsia", "ascii", "bold",
                                                                            "jc", "first_line", "line", "spacing"}]
    if not direct:
        return []
    props = sorted({k for p in direct for k in p.direct})
    return [R.DOCX_DIRECT_FORMATTING(f"{len(direct)} paragraph(s) carry direct formatting ({', '.join(props)}) "
                                     "over their style", measured=f"{len(direct)} paragraphs",
                                     expected="formatting in the styles", paragraph=direct[0].number)]


def _footers(document: DocxDocument, style: Style) -> list[Finding]:
    spec = style.page_number
    if spec.placement == "none" or not document.sections:
        return []
    section = document.sections[-1]
    lines = {kind: next((line for line in document.footers.get(part, ()) if line.has_page), None)
             for kind, part in section.footers.items()}
    numbered = {kind: line for kind, line in lines.items() if line is not None}
    if not numbered:
        return [R.DOCX_PAGE_NUMBER_MISSING("no footer holds a PAGE field", measured="no page numbers",
                                           expected=spec.format.replace("{page}", "PAGE"))]
    found = []
    pattern = form_pattern(spec.format)
    for kind, line in numbered.items():
        if not pattern.fullmatch("".join(line.text.replace("{page}", "1").split())):
            found.append(R.DOCX_PAGE_NUMBER_FORM(f"the {kind} footer reads “{line.text.replace('{page}', 'N')}”",
                                                 measured=line.text.replace("{page}", "N"),
                                                 expected=spec.format.replace("{page}", "N")))
        if abs(line.run.get("size", 10.5) - spec.size) > SIZE:
            found.append(R.DOCX_PAGE_NUMBER_SIZE(f"the {kind} footer's page number is {pt(line.run.get('size', 10.5))}",
                                                 measured=pt(line.run.get("size", 10.5)), expected=pt(spec.size)))
    return found + _footer_sides(document, style, numbered)


def _footer_sides(document: DocxDocument, style: Style, numbered: dict) -> list[Finding]:
    spec = style.page_number
    wanted = {"default": spec.side(True), "even": spec.side(False)}
    if spec.placement == "outside" and not (document.even_and_odd and "even" in numbered):
        return [R.DOCX_PAGE_NUMBER_SIDE("page numbers are on the same side on odd and even pages (no even footer "
                                        "or no w:evenAndOddHeaders)", measured=_jc(numbered.get("default")),
                                        expected="odd pages right, even pages left")]
    for kind, side in wanted.items():
        line = numbered.get(kind)
        if line is not None and line.para.get("jc", "left") not in JC[side if side != "none" else "left"]:
            return [R.DOCX_PAGE_NUMBER_SIDE(f"the {kind} footer's page number is aligned {_jc(line)}",
                                            measured=_jc(line), expected=side)]
    return []


def _jc(line) -> str:
    return "none" if line is None else line.para.get("jc", "left")
