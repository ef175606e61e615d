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
                   "document_title", "note", "distribution", "copy_number", "secrecy", "urgency",
                   "issuer_mark", "document_number", "signer", "signer_name", "issuer", "attendance",
                   "attendance_label"]
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
#: Which format's 版头 a preset prints: 'auto' takes the text's own (its 格式 field), else
#: 上行文 when it names a 签发人, else 下行文; 'none' prints no 版头.
MastheadFormat = Literal["auto", "none", "down", "up", "letter", "order", "minutes"]
MASTHEAD_FORMATS: tuple[MastheadFormat, ...] = get_args(MastheadFormat)
#: A format's own layout (the tables under [masthead]).
FormatName = Literal["down", "up", "letter", "order", "minutes"]
FORMAT_NAMES: tuple[FormatName, ...] = get_args(FormatName)
MarkFrom = Literal["text", "paper"]
MARK_FROMS: tuple[MarkFrom, ...] = get_args(MarkFrom)
NumberPlacement = Literal["center", "left", "right"]
NUMBER_PLACEMENTS: tuple[NumberPlacement, ...] = get_args(NumberPlacement)
RuleKind = Literal["single", "double", "none"]
RULE_KINDS: tuple[RuleKind, ...] = get_args(RuleKind)
SealKind = Literal["auto", "none", "seal", "signature"]
SEAL_KINDS: tuple[SealKind, ...] = get_args(SealKind)
#: A colour as ``#RRGGBB``.
COLOR = r"#[0-9A-Fa-f]{6}"
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
    copy_number: Role = _f("table", "份号 of the 版头: 000001")
    secrecy: Role = _f("table", "密级和保密期限 of the 版头: 机密★1年")
    urgency: Role = _f("table", "紧急程度 of the 版头: 特急")
    issuer_mark: Role = _f("table", "发文机关标志: the issuing body's mark (its colour: masthead.color)")
    document_number: Role = _f("table", "发文字号: 某政办发〔2024〕12号 (also under a title without a mark)")
    signer: Role = _f("table", "签发人 of a 上行文, on the 发文字号's line: 签发人：")
    signer_name: Role = _f("table", "the 签发人's name (typeface and weight only)")
    issuer: Role = _f("table", "an issuing body named under the title, without a mark")
    attendance: Role = _f("table", "出席 / 请假 / 列席 lines of minutes (纪要)")
    attendance_label: Role = _f("table", "the label of an attendance line (typeface and weight only)")

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
class FormatLayout:
    """The 版头 and the pages of one format of GB/T 9704 (§7.2, §10)."""

    mark_top: float = _f("signed_length", "from the top of the text block (or of the paper, mark_from) "
                         "to the top edge of the mark")
    mark_from: MarkFrom = _f("choice", "what mark_top is measured from: 'text' (the text block) or "
                             "'paper'", choices=MARK_FROMS)
    mark_suffix: str = _f("text", "the word after the body's name in the mark (文件, 令, 纪要; '' = the name alone)")
    number: NumberPlacement = _f("choice", "where the 发文字号 goes: 'center' under the mark, 'left' with the "
                                 "签发人 right on its line (上行文), 'right' under the rule (信函)",
                                 choices=NUMBER_PLACEMENTS)
    number_gap: float = _f("length", "blank space between the mark and the number under it")
    rule: RuleKind = _f("choice", "the red rule under the 版头: 'single', 'double' (thick over thin) or 'none'",
                        choices=RULE_KINDS)
    rule_gap: float = _f("length", "from the number (or the mark, when the number is under the rule) down to the rule")
    rule_length: float = _f("length", "length of the rule, centred on the text block")
    elements_gap: float = _f("length", "from the rule down to the 份号 … and the number under it ('right' only)")
    body_gap: float = _f("length", "blank space between the 版头 and the title (or the text)")
    footer_rule: bool = _f("flag", "a double rule (thin over thick) near the bottom of the first page (信函)")
    footer_rule_bottom: float = _f("length", "from the bottom edge of the paper up to the footer rule")
    first_page_number: bool = _f("flag", "number the first page")
    colophon_rules: bool = _f("flag", "rules above, between and under the lines of the 版记")
    print_line: bool = _f("flag", "print the 印发机关和印发日期 line of the 版记")


@dataclass(frozen=True, slots=True)
class Masthead:
    """The 版头 (GB/T 9704 §7.2) and the special formats (§10)."""

    format: MastheadFormat = _f("choice", "the format printed: 'auto' (the text's 格式 field, else 上行文 when "
                                "it names a 签发人, else 下行文), 'none' (no 版头: fields found are warned "
                                "about), or one of down, up, letter, order, minutes", choices=MASTHEAD_FORMATS)
    color: str = _f("text", "colour of the mark and the rules", pattern=COLOR,
                    allowed='a colour "#RRGGBB", e.g. "#FF0000"')
    mark_min_scale: int = _f("count", "narrowest horizontal scale (%) of a mark too wide for the text "
                             "block; a mark that does not fit even so is set smaller", min=30, max=100)
    rule_weight: float = _f("length", "weight of the single rule and of a double rule's thick one")
    thin_rule_weight: float = _f("length", "weight of a double rule's thin one")
    double_rule_gap: float = _f("length", "space between the two rules of a double rule")
    down: FormatLayout = _f("table", "下行文 (§7.2)")
    up: FormatLayout = _f("table", "上行文: the 发文字号 left and the 签发人 right (§7.2.5, §7.2.6)")
    letter: FormatLayout = _f("table", "信函格式 (§10.1)")
    order: FormatLayout = _f("table", "命令（令）格式 (§10.2)")
    minutes: FormatLayout = _f("table", "纪要格式 (§10.3)")

    def layout(self, name: FormatName) -> FormatLayout:
        """The layout of format ``name``."""
        found: FormatLayout = getattr(self, name)
        return found


@dataclass(frozen=True, slots=True)
class Colophon:
    """The 版记 (GB/T 9704 §7.4)."""

    two_sided: bool = _f("flag", "printed on both sides: the 版记 goes on an even page (a blank page "
                         "is added before it when needed; neither is numbered)")
    thick_rule: float = _f("length", "weight of the first and the last rule")
    thin_rule: float = _f("length", "weight of the rules between")


@dataclass(frozen=True, slots=True)
class Seal:
    """The seal over the signature and date (GB/T 9704 §7.3.5)."""

    file: str = _f("text", "the seal's picture, a PNG with transparency (relative to the preset's folder; "
                   "'' = none)")
    kind: SealKind = _f("choice", "'auto': the sealed layout (§7.3.5.1) with a file, else none (§7.3.5.2); "
                        "'seal': the sealed layout, its space left without a file; 'signature': the "
                        "signer's signature seal of an order (§7.3.5.3); 'none'", choices=SEAL_KINDS)
    size: float = _f("length", "width of the printed seal (its height follows the picture)")
    date_right: float = _f("length", "the date's gap to the right edge under a seal")
    title_gap: float = _f("length", "between the signer's title and a signature seal")


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
    masthead: Masthead = _f("table", "the 版头 and the special formats")
    colophon: Colophon = _f("table", "the 版记")
    seal: Seal = _f("table", "the seal")
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
