"""The style schema: typed, frozen dataclasses that renderers receive.

Every field says (in its metadata) how its TOML value is read: its ``kind`` (length, size,
count, flag, choice, text …), the allowed range, and a one-line description used in error
messages.  There are no silent defaults: a preset either sets a key or inherits it with
``extends``; a missing key is an error.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any, Literal, get_args

#: The typeface roles of the ``[typefaces]`` tables.
TypefaceName = Literal["title", "fangsong", "kaiti", "heiti", "songti", "latin"]
TYPEFACE_NAMES: tuple[TypefaceName, ...] = get_args(TypefaceName)
#: The paragraph and character roles of the ``[roles]`` tables (the fields of :class:`Roles`).
RoleName = Literal["title", "subtitle", "date_line", "speaker", "salutation", "heading1", "heading2",
                   "heading3", "heading4", "body", "enumeration", "closing", "signature",
                   "signature_date", "attachment", "attachment_label", "attachment_title",
                   "document_title", "note", "distribution"]
ROLE_NAMES: tuple[RoleName, ...] = get_args(RoleName)
#: The roles of heading levels 1–4.
HEADING_ROLES: tuple[RoleName, ...] = ("heading1", "heading2", "heading3", "heading4")
Alignment = Literal["left", "center", "right", "justify"]
ALIGNMENTS: tuple[Alignment, ...] = get_args(Alignment)
GridModel = Literal["linebox", "em"]
GRID_MODELS: tuple[GridModel, ...] = get_args(GridModel)
PageNumberPlacement = Literal["outside", "center", "right", "left", "none"]
PAGE_NUMBER_PLACEMENTS: tuple[PageNumberPlacement, ...] = get_args(PageNumberPlacement)
#: Where a page number goes on one page ('outside' resolved to a side).
PageSide = Literal["center", "right", "left", "none"]
SpeakerPosition = Literal["before_date", "after_date", "none"]
SPEAKER_POSITIONS: tuple[SpeakerPosition, ...] = get_args(SpeakerPosition)
MarkAlignment = Literal["left", "center", "right"]
MARK_ALIGNMENTS: tuple[MarkAlignment, ...] = get_args(MarkAlignment)
MarkPages = Literal["first", "all"]
MARK_PAGES: tuple[MarkPages, ...] = get_args(MarkPages)
LineNumberRestart = Literal["page", "document"]
LINE_NUMBER_RESTARTS: tuple[LineNumberRestart, ...] = get_args(LineNumberRestart)
#: A language tag as PDF and DOCX store it (BCP 47: zh-CN, zh-Hans-CN, en-US …).
LANGUAGE_TAG = r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*"


def _f(kind: str, doc: str, **extra: Any) -> Any:
    return field(metadata={"kind": kind, "doc": doc, **extra})


@dataclass(frozen=True, slots=True)
class Margins:
    top: float = _f("length", "天头, from the top edge of the paper to the text block", absolute=True)
    bottom: float = _f("length", "from the text block to the bottom edge", absolute=True)
    left: float = _f("length", "订口, from the left edge of the paper to the text block",
                     absolute=True)
    right: float = _f("length", "from the text block to the right edge", absolute=True)


@dataclass(frozen=True, slots=True)
class Page:
    width: float = _f("length", "paper width", absolute=True)
    height: float = _f("length", "paper height", absolute=True)
    margins: Margins = _f("table", "margins around the text block (版心)")

    @property
    def text_width(self) -> float:
        return self.width - self.margins.left - self.margins.right

    @property
    def text_height(self) -> float:
        return self.height - self.margins.top - self.margins.bottom


@dataclass(frozen=True, slots=True)
class Grid:
    lines: int = _f("count", "lines per page", min=1, max=100)
    chars: int = _f("count", "characters per line", min=1, max=100)
    line_pitch: float = _f("length", "distance from one line to the next", absolute=True)
    model: GridModel = _f("choice", "where lines sit: 'linebox' (glyph centred in equal line boxes, as "
                    "Word lays out exact line spacing) or 'em' (first glyph touching the top of the "
                    "text block, GB/T 9704's own geometry)", choices=GRID_MODELS)


@dataclass(frozen=True, slots=True)
class Typeface:
    docx: str = _f("text", "font name written into the DOCX (Word/WPS pick the installed font)")
    font: str = _f("text", "font for the PDF, tried first: a file (path; 'x.ttc#1' = face 1 of a "
                   "collection) or an installed family name; '' = none")
    search: tuple[str, ...] = _f("text_list", "family names looked for among installed fonts, in order")
    bundled: str = _f("text", "file in docgen's fonts folder used when none is installed")
    bundled_bold: str = _f("text", "bold file in the fonts folder ('' = embolden the regular one)")


@dataclass(frozen=True, slots=True)
class Typefaces:
    title: Typeface = _f("table", "小标宋: the title")
    fangsong: Typeface = _f("table", "仿宋: body text")
    kaiti: Typeface = _f("table", "楷体: level-2 headings, date and speaker lines")
    heiti: Typeface = _f("table", "黑体: level-1 headings")
    songti: Typeface = _f("table", "宋体: page numbers")
    latin: Typeface = _f("table", "Latin letters and digits (Times New Roman)")


@dataclass(frozen=True, slots=True)
class Role:
    typeface: TypefaceName = _f("choice", "typeface (one of the [typefaces] tables)", choices=TYPEFACE_NAMES)
    size: float = _f("size", "font size: 三号, 小二, 16pt …")
    bold: bool = _f("flag", "bold")
    align: Alignment = _f("choice", "alignment", choices=ALIGNMENTS)
    first_indent: float = _f("length", "first-line indent (2字 = two character cells)")
    left_indent: float = _f("length", "left indent of every line")
    right_indent: float = _f("length", "right indent of every line")
    space_before: float = _f("length", "space above (1行 = one blank grid line)")
    space_after: float = _f("length", "space below")
    line_pitch: float = _f("length", "line pitch of this role's lines (1行 = the grid)")
    keep_with_next: bool = _f("flag", "never the last line of a page")
    keep_together: bool = _f("flag", "never split across pages when the paragraph fits on one "
                             "page; a longer one is split after a line that ends a sentence")
    page_break_before: bool = _f("flag", "start on a new page (an attachment's label, GB/T 9704 "
                                 "§7.3.7); nothing when the page is still empty")


@dataclass(frozen=True, slots=True)
class Roles:
    title: Role = _f("table", "公文标题")
    subtitle: Role = _f("table", "副标题 (——在……上的讲话)")
    date_line: Role = _f("table", "日期行 under the title: （2023年6月12日）")
    speaker: Role = _f("table", "讲话人 line")
    salutation: Role = _f("table", "称呼 / 主送机关: 同志们：")
    heading1: Role = _f("table", "一级标题 一、")
    heading2: Role = _f("table", "二级标题 （一）")
    heading3: Role = _f("table", "三级标题 1.")
    heading4: Role = _f("table", "四级标题 （1）")
    body: Role = _f("table", "正文")
    enumeration: Role = _f("table", "enumeration leads 一是…… (typeface and weight only)")
    closing: Role = _f("table", "结束语: 谢谢大家！")
    signature: Role = _f("table", "落款: issuing body")
    signature_date: Role = _f("table", "成文日期 under the signature")
    attachment: Role = _f("table", "附件说明")
    attachment_label: Role = _f("table", "附件标识 at the head of an attachment: 附件2")
    attachment_title: Role = _f("table", "附件标题: the title of an attachment, under its label")
    document_title: Role = _f("table", "the title of a document a 印发 notice issues, after its signature")
    note: Role = _f("table", "附注: （此件公开发布）")
    distribution: Role = _f("table", "版记: 抄送 / 印发 lines")

    def heading(self, level: int) -> Role:
        return (self.heading1, self.heading2, self.heading3, self.heading4)[min(max(level, 1), 4) - 1]

    def get(self, name: RoleName) -> Role:
        """The role called ``name``."""
        role: Role = getattr(self, name)
        return role


@dataclass(frozen=True, slots=True)
class PageNumber:
    typeface: TypefaceName = _f("choice", "typeface", choices=TYPEFACE_NAMES)
    size: float = _f("size", "font size")
    bold: bool = _f("flag", "bold")
    format: str = _f("text", "text around the number; {page} is replaced by it",
                     pattern=r"[^{}]*\{page\}[^{}]*",
                     allowed='text containing {page} once and no other braces, e.g. "— {page} —"')
    placement: PageNumberPlacement = _f("choice", "'outside': odd pages right, even pages left (GB/T 9704 §7.5)",
                        choices=PAGE_NUMBER_PLACEMENTS)
    gap: float = _f("length", "gap between the number and the text block's side edge")
    offset: float = _f("length", "from the bottom of the text block to the centre of the number line")

    def side(self, odd: bool) -> PageSide:
        """The placement on an odd or an even page: 'outside' is 'right' or 'left'."""
        if self.placement == "outside":
            return "right" if odd else "left"
        return self.placement


@dataclass(frozen=True, slots=True)
class Layout:
    speaker_position: SpeakerPosition = _f("choice", "speaker line above or below the date line, or "
                               "not printed", choices=SPEAKER_POSITIONS)
    show_date_line: bool = _f("flag", "print the date line （2023年6月12日） under the title")
    header_space_after: float = _f("length", "space between the title block and the body")
    attachment_space_before: float = _f("length", "space above the attachment note")
    signature_space_before: float = _f("length", "space above the signature block")


@dataclass(frozen=True, slots=True)
class Docx:
    char_spacing: float = _f("signed_length", "character spacing of body-size text (−0.25pt lets 28 "
                             "16-pt characters fit in 156 mm in Word and LibreOffice)")
    embed_fonts: bool = _f("flag", "embed subsets of the bundled fonts under the names the DOCX uses, "
                           "so that it keeps its look and page breaks where the official fonts (or "
                           "any Chinese font) are missing; needs fontTools (the 'embed' extra)")


@dataclass(frozen=True, slots=True)
class Mark:
    """A word printed above the text block, e.g. 征求意见稿 on a draft."""

    text: str = _f("text", "the mark ('' = no mark)")
    typeface: TypefaceName = _f("choice", "typeface", choices=TYPEFACE_NAMES)
    size: float = _f("size", "font size")
    bold: bool = _f("flag", "bold")
    align: MarkAlignment = _f("choice", "flush with the text block's left or right edge, or centred",
                    choices=MARK_ALIGNMENTS)
    pages: MarkPages = _f("choice", "on the first page only, or on every page", choices=MARK_PAGES)
    offset: float = _f("length", "from the mark's baseline down to the top of the text block")


@dataclass(frozen=True, slots=True)
class LineNumbers:
    """Line numbers in the left margin, e.g. for comments on a draft."""

    every: int = _f("count", "number every n-th line (0 = no line numbers)", min=0, max=100)
    typeface: TypefaceName = _f("choice", "typeface", choices=TYPEFACE_NAMES)
    size: float = _f("size", "font size")
    gap: float = _f("length", "from the numbers' right edge to the text block's left edge")
    restart: LineNumberRestart = _f("choice", "start again from 1 on each page, or count through the document",
                      choices=LINE_NUMBER_RESTARTS)


@dataclass(frozen=True, slots=True)
class Metadata:
    """Document properties used when the text itself does not give them."""

    author: str = _f("text", "author when the text names no speaker or issuing body ('' = none)")
    subject: str = _f("text", "subject when the text has no subtitle or occasion")
    keywords: tuple[str, ...] = _f("text_list", "keywords of the PDF and DOCX")
    language: str = _f("text", "language of the text", pattern=LANGUAGE_TAG,
                       allowed='a language tag such as "zh-CN"')


@dataclass(frozen=True, slots=True)
class Style:
    name: str = _f("text", "preset name")
    description: str = _f("text", "one line shown by `docgen styles list`")
    page: Page = _f("table", "paper and margins")
    grid: Grid = _f("table", "the line and character grid")
    typefaces: Typefaces = _f("table", "fonts for each typeface role")
    roles: Roles = _f("table", "formatting of each part of the document")
    page_number: PageNumber = _f("table", "page numbers")
    layout: Layout = _f("table", "arrangement of the parts")
    docx: Docx = _f("table", "DOCX-only settings")
    mark: Mark = _f("table", "a mark above the text block (征求意见稿)")
    line_numbers: LineNumbers = _f("table", "line numbers in the left margin")
    metadata: Metadata = _f("table", "document properties")
    source: str = field(default="", compare=False, metadata={"kind": "internal"})

    @property
    def char_pitch(self) -> float:
        """Width of one character cell: text width / characters per line (156 mm / 28)."""
        return self.page.text_width / self.grid.chars

    def typeface(self, name: TypefaceName) -> Typeface:
        face: Typeface = getattr(self.typefaces, name)
        return face


def schema_fields(cls: type) -> list[Any]:
    """The fields of a schema class that come from the preset file."""
    return [f for f in fields(cls) if f.metadata.get("kind") != "internal"]


@cache
def schema_hints(cls: type) -> dict[str, Any]:
    """The types of a schema class's fields, evaluated once (not to be changed)."""
    return typing.get_type_hints(cls)
