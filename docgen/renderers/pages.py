"""Page building for the PDF: paragraphs → lines on the grid → pages.

Vertical geometry follows the preset's grid model:

* ``linebox`` — the text block is divided into equal line boxes of the line pitch (28.95 pt)
  and each glyph's em box is centred in its box: how Word and WPS lay out exact line spacing,
  so the PDF paginates like the DOCX;
* ``em`` — GB/T 9704's own geometry (§3, §5.2.3): the first line's characters touch the top
  edge of the text block and the last line's touch the bottom edge, so the pitch is derived:
  (225 mm − 16 pt) / 21 = 29.61 pt.  Every vertical length of the preset (line pitches and
  spaces set in 行) is scaled by the same factor.

Headings (roles with ``keep_with_next``) are never left as the last line of a page: they
move to the next page with the line that follows them, and the page they leave is one line
short.  That is the one exception to "every page holds 22 lines"; a preset that sets
``keep_with_next = false`` on its headings gets full pages throughout.

Centred paragraphs (the title block) are broken by :func:`docgen.typesetting.title.break_title`
— between words, in a 梯形 or 菱形 shape — instead of filling each line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..fonts import FontSet
from ..style import Role, Style
from ..typesetting.linebreak import LineBox, Measure, Run, break_lines, make_boxes
from ..typesetting.title import break_title
from .paragraphs import Para

#: Where the baseline sits in a character's em box (ideographic em box: 0.88 above, 0.12 below).
EM_ASCENT = 0.88
#: Tolerance when checking whether a line still fits on the page, in points.
_FIT_EPS = 0.01


@dataclass(frozen=True, slots=True)
class PlacedLine:
    line: LineBox
    role: str
    size: float
    left: float      # x of the line's origin from the left edge of the paper, pt
    baseline: float  # from the top edge of the paper, pt


@dataclass(frozen=True, slots=True)
class Bookmark:
    title: str
    level: int
    top: float  # from the top edge of the paper, pt


@dataclass(frozen=True, slots=True)
class PageLayout:
    number: int
    lines: tuple[PlacedLine, ...]
    bookmarks: tuple[Bookmark, ...]


def face_key(typeface: str, bold: bool) -> str:
    return f"{typeface}:{int(bold)}"


def parse_face(key: str) -> tuple[str, bool]:
    typeface, bold = key.split(":")
    return typeface, bold == "1"


def role_of(style: Style, name: str) -> Role:
    return getattr(style.roles, name)


def lay_out_para(para: Para, style: Style, fonts: FontSet) -> list[LineBox]:
    """Break one paragraph into lines."""
    role = role_of(style, para.role)
    runs = []
    for segment in para.segments:
        char_role = role_of(style, segment.role) if segment.role else role
        runs.append(Run(segment.text, face_key(char_role.typeface, char_role.bold or role.bold)))
    size = role.size
    # The grid's cell is for body-size text; other sizes set their characters solid.
    cell = style.char_pitch if abs(size - style.roles.body.size) < 1e-6 else size
    measure = _measurer(fonts, size)
    width = style.page.text_width
    options = dict(first_indent=role.first_indent, left_indent=role.left_indent,
                   right_indent=role.right_indent, align=role.align)
    if role.align != "center":
        return break_lines(runs, width, cell, measure, **options)
    available = width - role.left_indent - role.right_indent - role.first_indent
    face = runs[0].face if runs else face_key(role.typeface, role.bold)
    texts = break_title(para.text, available,
                        lambda text: sum(b.width for b in make_boxes([Run(text, face)], cell, measure)))
    return [line for text in texts for line in break_lines([Run(text, face)], width, cell, measure, **options)]


def _measurer(fonts: FontSet, size: float) -> Measure:
    """Natural width of Latin text: the Latin font where it has every character, else the
    face's own font."""
    def measure(text: str, face: str) -> float:
        typeface, bold = parse_face(face)
        latin = fonts.pdf("latin", bold)
        if all(latin.has(c) for c in text):
            return latin.width(text, size)
        return fonts.pdf(typeface, bold).width(text, size)

    return measure


class _Pager:
    def __init__(self, style: Style) -> None:
        self.style = style
        self.height = style.page.text_height
        self.em = style.grid.model == "em"
        #: em model: every vertical length is scaled so that the grid's lines fill the block
        self.scale = 1.0
        if self.em and style.grid.lines > 1:
            pitch = (self.height - style.roles.body.size) / (style.grid.lines - 1)
            self.scale = pitch / style.grid.line_pitch
        self.pages: list[PageLayout] = []
        self.lines: list[PlacedLine] = []
        self.marks: list[Bookmark] = []
        self.cursor = 0.0

    def pitch(self, role: Role) -> float:
        return role.line_pitch * self.scale

    def fits(self, role: Role, count: int = 1, extra: float = 0.0) -> bool:
        """Do ``count`` lines of ``role`` fit below the cursor (after ``extra`` space)?  The
        last of them needs its line box (line-box model) or its em box (em model)."""
        last = role.size if self.em else self.pitch(role)
        need = extra * self.scale + (count - 1) * self.pitch(role) + last
        return self.cursor + need <= self.height + _FIT_EPS

    def new_page(self) -> None:
        self.pages.append(PageLayout(len(self.pages) + 1, tuple(self.lines), tuple(self.marks)))
        self.lines, self.marks, self.cursor = [], [], 0.0

    def space(self, amount: float) -> None:
        """Blank space, which a page never starts with."""
        if self.lines and amount:
            self.cursor += amount * self.scale

    def place(self, line: LineBox, role_name: str, role: Role) -> None:
        if not self.fits(role):
            self.new_page()
        top = self.style.page.margins.top + self.cursor
        if not self.em:
            top += (self.pitch(role) - role.size) / 2
        baseline = top + EM_ASCENT * role.size
        left = self.style.page.margins.left + line.x
        self.lines.append(PlacedLine(line, role_name, role.size, left, baseline))
        self.cursor += self.pitch(role)

    def finish(self) -> list[PageLayout]:
        if self.lines or not self.pages:
            self.new_page()
        return self.pages


def paginate(paras: Sequence[Para], style: Style, fonts: FontSet) -> list[PageLayout]:
    laid = [(para, role_of(style, para.role), lay_out_para(para, style, fonts)) for para in paras]
    pager = _Pager(style)
    for index, (para, role, lines) in enumerate(laid):
        spacing = para.space_before + role.space_before
        if role.keep_with_next and pager.lines:
            if not pager.fits(role, _kept_lines(laid, index), spacing):
                pager.new_page()
        pager.space(spacing)
        if para.outline_level and lines:
            if not pager.fits(role):
                pager.new_page()
            pager.marks.append(Bookmark(para.text[:80], para.outline_level,
                                        style.page.margins.top + pager.cursor))
        for line in lines:
            pager.place(line, para.role, role)
        pager.space(role.space_after)
    return pager.finish()


def _kept_lines(laid: list, index: int) -> int:
    """Lines that must share a page: this paragraph, every following keep-with-next
    paragraph, and the first line of the paragraph after them."""
    count = 0
    for _para, role, lines in laid[index:]:
        if role.keep_with_next:
            count += len(lines)
        else:
            return count + 1
    return count
