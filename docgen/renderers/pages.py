"""Page building: paragraphs → lines on the grid → pages.  The PDF draws these pages; the
DOCX, whose pages the word processor makes, asks them only where its 版记 falls.

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
``keep_with_next = false`` on its headings gets full pages throughout.  A role with
``keep_together`` (the large-print body) is never split across pages when it fits on one; a
longer paragraph turns the page after a line that ends a sentence.

A role with ``page_break_before`` (an attachment's label, GB/T 9704 §7.3.7) starts a new page,
unless the page is still empty; the page numbers go on through it.

Centred paragraphs (the title block) are broken by :func:`docgen.typesetting.title.break_title`
— between words, in a 梯形 or 菱形 shape — instead of filling each line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..chars import CLOSING, SENTENCE_END
from ..fonts import FontSet
from ..style import Role, Style
from ..style.schema import RoleName
from ..typesetting.linebreak import LineBox, Run, break_lines
from ..typesetting.patterns import CLAUSE_BREAKS
from .grid import cell_width
from .measure import FaceKey, centred_lines, measurer, para_runs
from .paragraphs import Para
from .seal import Spot

#: Where the baseline sits in a character's em box (ideographic em box: 0.88 above, 0.12 below).
EM_ASCENT = 0.88
#: Tolerance when checking whether a line still fits on the page, in points.
_FIT_EPS = 0.01


@dataclass(frozen=True, slots=True)
class PlacedLine:
    line: LineBox[FaceKey]
    role: RoleName
    size: float
    left: float      # x of the line's origin from the left edge of the paper, pt
    baseline: float  # from the top edge of the paper, pt


@dataclass(frozen=True, slots=True)
class Bookmark:
    title: str
    level: int
    top: float  # from the top edge of the paper, pt


@dataclass(frozen=True, slots=True)
class Anchored:
    """A seal and the top of the line box it is placed from (from the top edge of the paper)."""

    spot: Spot
    top: float


@dataclass(frozen=True, slots=True)
class PageLayout:
    number: int
    lines: tuple[PlacedLine, ...]
    bookmarks: tuple[Bookmark, ...]
    filled: float = 0.0                 # how far down the text block its lines reach, pt
    numbered: bool = True               # the page number is printed
    seals: tuple[Anchored, ...] = ()


def lay_out_para(para: Para, style: Style, fonts: FontSet) -> list[LineBox[FaceKey]]:
    """Break one paragraph into lines: its role's indents and alignment, or the paragraph's
    own where its shape gives them."""
    role = style.roles.get(para.role)
    runs = para_runs(para, style, role)
    cell, measure = cell_width(style, role.size), measurer(fonts, role.size)
    first, left, right, align = role.first_indent, role.left_indent, role.right_indent, role.align
    shape = para.shape
    if shape is not None:
        first = first if shape.first is None else shape.first
        left = left if shape.left is None else shape.left
        right = right if shape.right is None else shape.right
        align = align if shape.align is None else shape.align
    if para.continued:  # the rest of a paragraph split at a page
        first = 0.0
    width = style.page.text_width

    def lines(of: list[Run[FaceKey]]) -> list[LineBox[FaceKey]]:
        return break_lines(of, width, cell, measure, first_indent=first, left_indent=left,
                           right_indent=right, align=align)

    if align != "center":
        return lines(runs)
    face = runs[0].face if runs else FaceKey(role.typeface, role.bold)
    return [line for text in centred_lines(para, style, fonts) for line in lines([Run(text, face)])]


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
        self.seals: list[Anchored] = []
        self.cursor = 0.0

    def pitch(self, role: Role) -> float:
        return role.line_pitch * self.scale

    def fits(self, role: Role, count: int = 1, extra: float = 0.0) -> bool:
        """Do ``count`` lines of ``role`` fit below the cursor (after ``extra`` space)?  The
        last of them needs its line box (line-box model) or its em box (em model)."""
        last = role.size if self.em else self.pitch(role)
        need = extra * self.scale + (count - 1) * self.pitch(role) + last
        return self.cursor + need <= self.height + _FIT_EPS

    def fits_height(self, height: float) -> bool:
        """Does ``height`` (before the grid's scaling) fit below the cursor?"""
        return self.cursor + height * self.scale <= self.height + _FIT_EPS

    def room(self, role: Role, extra: float = 0.0, *, empty: bool = False) -> int:
        """How many lines of ``role`` fit below the cursor (on an empty page with ``empty``)."""
        cursor, self.cursor = self.cursor, 0.0 if empty else self.cursor
        count = 0
        while self.fits(role, count + 1, extra):
            count += 1
        self.cursor = cursor
        return count

    def new_page(self) -> None:
        self.pages.append(PageLayout(len(self.pages) + 1, tuple(self.lines), tuple(self.marks),
                                     self.cursor, seals=tuple(self.seals)))
        self.lines, self.marks, self.seals, self.cursor = [], [], [], 0.0

    def line_top(self, placed: PlacedLine, role: Role) -> float:
        """The top of the box of a placed line of ``role`` (from the top edge of the paper)."""
        top = placed.baseline - EM_ASCENT * role.size
        return top if self.em else top - (self.pitch(role) - role.size) / 2

    def space(self, amount: float) -> None:
        """Blank space, which a page never starts with."""
        if self.lines and amount:
            self.cursor += amount * self.scale

    def place(self, line: LineBox[FaceKey], role_name: RoleName, role: Role) -> None:
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


def paginate(paras: Sequence[Para], style: Style, fonts: FontSet, first_top: float = 0.0,
             settled: list[Para] | None = None) -> list[PageLayout]:
    """The pages of ``paras``; the first page's text starts ``first_top`` below the top of
    the text block (under a 版头).  ``settled``, when given, receives the paragraphs as they
    were set (a signature's space above shrunk to keep it on the page, :data:`SQUEEZED`),
    for a renderer that sets the pages itself to set alike."""
    laid = [(para, style.roles.get(para.role), lay_out_para(para, style, fonts)) for para in paras]
    pager = _Pager(style)
    pager.cursor = first_top
    kept = _Kept(pager, style, fonts)
    for index, (para, role, lines) in enumerate(laid):
        keeps = role.keep_with_next or role.keep_together
        if para.role in SQUEEZED and para.space_before and pager.lines:
            para = laid[index][0] if not keeps else _squeezed(laid, index, kept)
        if pager.lines and (role.page_break_before or (keeps and _must_turn(laid, index, kept))):
            pager.new_page()
        pager.space(para.space_before + role.space_before)
        if para.outline_level and lines:
            if not pager.fits(role):
                pager.new_page()
            pager.marks.append(Bookmark((para.outline_text or para.text)[:80], para.outline_level,
                                        style.page.margins.top + pager.cursor))
        if role.keep_together:
            kept.place(para, role, lines)
        else:
            for line in lines:
                pager.place(line, para.role, role)
        if para.seal is not None and lines:
            first = pager.lines[-len(lines)] if len(pager.lines) >= len(lines) else pager.lines[0]
            pager.seals.append(Anchored(para.seal, pager.line_top(first, role)))
        pager.space(role.space_after)
        if settled is not None:
            settled.append(para)
    return pager.finish()


#: Roles whose space above may shrink, a grid line at a time, to keep them on the page with
#: the text above: the signature block, which GB/T 9704 §7.3.5.5 fits under the text by
#: adjusting the spacing rather than leave a page without text above a seal.
SQUEEZED: frozenset[RoleName] = frozenset(("signature",))


def _squeezed(laid: list, index: int, kept: _Kept) -> Para:
    """The paragraph at ``index`` with as much of its space above as lets it stay on this
    page with the paragraphs it keeps with; all of it when even none would not do."""
    para, role, lines = laid[index]
    pitch = kept.style.grid.line_pitch
    space = para.space_before
    while space > 0 and _must_turn(laid, index, kept):
        space = max(0.0, space - pitch)
        laid[index] = (replace(para, space_before=space), role, lines)
    if _must_turn(laid, index, kept):
        laid[index] = (para, role, lines)
    return laid[index][0]


def _must_turn(laid: list, index: int, kept: _Kept) -> bool:
    """Must the paragraph at ``index`` start a new page?  Yes when it and the keep-with-next
    paragraphs after it (headings, an attachment's label and title), with the space between
    them, do not fit on this page with the first line of the paragraph that follows them — or
    with the part of it that :meth:`_Kept.first_part` puts on this page, when that one is kept
    together."""
    pager, need = kept.pager, 0.0  # the height the chain takes, before the grid's scaling
    for offset, (para, role, lines) in enumerate(laid[index:]):
        before = para.space_before + role.space_before
        if offset and role.page_break_before:
            break  # it goes to a page of its own: the chain only has to fit
        if role.keep_with_next:
            need += before + len(lines) * role.line_pitch + role.space_after
            continue
        room = pager.room(role, need + before)
        if role.keep_together:
            return room < 1 or kept.first_part(para, role, lines, room) is None
        return room < 1
    return not pager.fits_height(need)


class _Kept:
    """Places kept-together paragraphs (``keep_together``): never split across pages when
    they fit on one; a longer one turns the page at the end of a sentence."""

    def __init__(self, pager: _Pager, style: Style, fonts: FontSet) -> None:
        self.pager, self.style, self.fonts = pager, style, fonts

    def place(self, para: Para, role: Role, lines: list[LineBox[FaceKey]]) -> None:
        while lines:
            part = self.first_part(para, role, lines, self.pager.room(role))
            if part is None:
                self.pager.new_page()
                continue
            head, para, lines = part
            for line in head:
                self.pager.place(line, para.role, role)
            if lines:
                self.pager.new_page()

    def first_part(self, para: Para, role: Role, lines: list[LineBox[FaceKey]], room: int):
        """(lines for this page, the rest as a paragraph, its lines), or None: start the
        paragraph on the next page.

        All of it when it fits.  Otherwise the paragraph is split after the last sentence
        that ends within the room, else after the last clause (；) — the line it ends on is
        not spread out and the next page continues without an indent — provided that fills
        more than half the room.  Failing that, it starts on the next page when it fits on
        one or when this page is more than half full; else it is split where that fills the
        most of the room, and when no sentence or clause ends in the room at all, at the end
        of the room: the one case where the page turns in the middle of a sentence."""
        capacity = self.pager.room(role, empty=True)
        if len(lines) <= room:
            return lines, para, []
        if room <= 0:
            return None
        splits = [split for marks in (SENTENCE_END, CLAUSE_BREAKS)
                  if (split := self._split(para, lines[:room], room, marks)) is not None]
        full = [split for split in splits if len(split[0]) > room // 2]
        if full:
            return full[0]
        if len(lines) <= capacity or room <= capacity / 2:
            return None
        if splits:
            return max(splits, key=lambda split: len(split[0]))
        return lines[:room], para.split(text_offset(para.text, lines[:room]))[1], lines[room:]

    def _split(self, para: Para, head: list[LineBox[FaceKey]], room: int, marks: frozenset[str]):
        end = last_break(para.text, head, marks)
        if end is None:
            return None
        first, rest = para.split(end)
        first_lines = lay_out_para(first, self.style, self.fonts)
        if len(first_lines) > room:
            return None
        return first_lines, rest, lay_out_para(rest, self.style, self.fonts)


def text_offset(text: str, head: Sequence[LineBox[FaceKey]]) -> int:
    """The offset in ``text`` just after the characters set in the lines ``head``."""
    budget = sum(len("".join(line.text.split())) for line in head)
    seen = 0
    for i, ch in enumerate(text):
        if seen == budget:
            return i
        seen += not ch.isspace()
    return len(text)


def last_break(text: str, head: Sequence[LineBox[FaceKey]], marks: frozenset[str]) -> int | None:
    """The offset in ``text`` just after the last of ``marks`` (with any closing quotes or
    brackets after it) within the lines ``head``; None if there is none, or only at the end
    of the text."""
    budget = sum(len("".join(line.text.split())) for line in head)
    seen, best, i = 0, None, 0
    while i < len(text):
        seen += not text[i].isspace()
        if seen > budget:
            break
        if text[i] in marks:
            j = i + 1
            while j < len(text) and (text[j] in marks or text[j] in CLOSING):
                j += 1
            if seen + (j - i - 1) <= budget and text[j:].strip():
                best = j
            seen += j - i - 1
            i = j
            continue
        i += 1
    return best
