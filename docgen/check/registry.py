"""Every finding ``docgen check`` can report, in one registry: its id (stable: scripts and
CI read it), level, where its figures come from, the clause it rests on and what it means.
Checks create findings by calling an entry (``MARGIN_LEFT(message, measured=…, …)``);
docs/check.md lists every id (a test keeps the two in step).  The closing formulas of each
document type add their entries from their rule files (:mod:`.conventions`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .findings import Box, Finding, FindingLevel, Source

#: Which part of ``docgen check`` reports it.
Area = Literal["pdf", "docx", "text", "any"]


@dataclass(frozen=True, slots=True)
class Check:
    """One kind of finding."""

    id: str
    level: FindingLevel
    area: Area
    clause: str
    meaning: str

    def __call__(self, message: str, *, measured: str = "", expected: str = "",
                 pages: tuple[int, ...] = (), line: int | None = None, paragraph: int | None = None,
                 box: Box | None = None, source: Source | None = None,
                 others: tuple[tuple[int, Box], ...] = ()) -> Finding:
        where: Source = source or ("docx" if self.area == "docx" else "text" if self.area == "text" else "pdf")
        return Finding(self.id, self.level, message, measured, expected, pages, line, paragraph, box, where, others)


CHECKS: dict[str, Check] = {}


def register(id: str, level: FindingLevel, area: Area, clause: str, meaning: str) -> Check:
    if id in CHECKS:
        raise ValueError(f"finding id {id!r} registered twice")
    check = CHECKS[id] = Check(id, level, area, clause, meaning)
    return check


_ = register

# --------------------------------------------------------------------------- any file

NOT_MEASURED = _("not-measured", "note", "any", "—", "something the check could not measure on this file, and why")
RENDERED_BY = _("rendered-by", "note", "docx", "—",
                "the page figures of a DOCX come from LibreOffice's rendering of it (what a LibreOffice or "
                "WPS user on Linux sees; Word may differ)")
NOT_RENDERED = _("not-rendered", "note", "docx", "—",
                 "LibreOffice is not installed: the DOCX was checked from its XML only, not on the page")

# --------------------------------------------------------------------------- the page (PDF)

PAGE_SIZE = _("page-size", "error", "pdf", "GB/T 9704 §5.1", "the paper is not A4 (210 × 297 mm ± 1 mm) or the preset's size")
MARGIN_TOP = _("margin-top", "error", "pdf", "GB/T 9704 §5.2.1", "天头: the text block does not start 37 mm ± 1 mm from the top edge")
MARGIN_BOTTOM = _("margin-bottom", "error", "pdf", "GB/T 9704 §5.2.1",
                  "the last line of a full page does not end 35 mm ± 1 mm above the bottom edge")
MARGIN_LEFT = _("margin-left", "error", "pdf", "GB/T 9704 §5.2.1", "订口: lines do not start 28 mm ± 1 mm from the left edge")
MARGIN_RIGHT = _("margin-right", "error", "pdf", "GB/T 9704 §5.2.1", "full lines do not end 26 mm ± 1 mm from the right edge")
TEXT_WIDTH = _("text-width", "error", "pdf", "GB/T 9704 §5.2.1", "版心 width: full lines are not 156 mm ± 1 mm long")
TEXT_HEIGHT = _("text-height", "error", "pdf", "GB/T 9704 §5.2.1",
                "版心 height: the lines of a full page do not span 225 mm ± 1 mm")
BODY_SIZE = _("body-size", "error", "pdf", "GB/T 9704 §5.2.2", "the body text is not 3号 (16 pt ± 0.5 pt) or the preset's size")
BODY_FONT = _("body-font", "warning", "pdf", "GB/T 9704 §5.2.2", "the body text is not set in 仿宋 (or the preset's typeface)")
ROLE_SIZE = _("role-size", "warning", "pdf", "GB/T 9704 §7.3",
              "a title, heading, signature or other part is not set in its size (2号 title, 3号 headings …)")
ROLE_FONT = _("role-font", "warning", "pdf", "GB/T 9704 §7.3",
              "a title or heading is not set in its typeface (小标宋 title, 黑体 一、, 楷体 （一） …)")
LINE_PITCH = _("line-pitch", "error", "pdf", "GB/T 9704 §5.2.3",
               "the baseline step of body lines is outside 28.0–30.2 pt (the preset's pitch)")
LINES_PER_PAGE = _("lines-per-page", "error", "pdf", "GB/T 9704 §5.2.3", "a full page does not hold 22 lines")
CHARS_PER_LINE = _("chars-per-line", "error", "pdf", "GB/T 9704 §5.2.3",
                   "a full line does not hold 28 characters ± 0.5 (Latin letters and digits count half)")
JUSTIFICATION = _("justification", "warning", "pdf", "practice (两端对齐)",
                  "lines inside paragraphs end short of the right edge: the text is not justified")
LINE_START_MARK = _("line-start-mark", "error", "pdf", "GB/T 15834 §5.1",
                    "a line starts with a mark that never starts a line (，。、；：？！ or a closing mark)")
LINE_END_MARK = _("line-end-mark", "error", "pdf", "GB/T 15834 §5.1",
                  "a line ends with an opening mark (“（《〔【) while its paragraph goes on")
SPLIT_MARK = _("split-mark", "error", "pdf", "GB/T 15834 §5.1", "a 破折号 —— or 省略号 …… is split across two lines")
TEXT_COLOUR = _("text-colour", "error", "pdf", "GB/T 9704 §5.2.4",
                "text that is not black outside the 版头 (the mark is red; everything else black)")
FONT_NOT_EMBEDDED = _("font-not-embedded", "error", "pdf", "print-ready PDF",
                      "a font used by the PDF is not embedded: the printer or reader substitutes another")

# --------------------------------------------------------------------------- page numbers (PDF)

PAGE_NUMBER_MISSING = _("page-number-missing", "error", "pdf", "GB/T 9704 §7.5", "a page with text has no page number")
PAGE_NUMBER_FORM = _("page-number-form", "error", "pdf", "GB/T 9704 §7.5",
                     "a page number is not in the form “— N —” (一字线 on both sides) or the preset's format")
PAGE_NUMBER_SEQUENCE = _("page-number-sequence", "error", "pdf", "GB/T 9704 §7.5",
                         "page numbers are not consecutive")
PAGE_NUMBER_SIZE = _("page-number-size", "error", "pdf", "GB/T 9704 §7.5", "a page number is not 4号 (14 pt ± 0.5 pt)")
PAGE_NUMBER_SIDE = _("page-number-side", "error", "pdf", "GB/T 9704 §7.5",
                     "a page number is not on its side: odd pages right, even pages left, one 字 in (3.9–6.6 mm)")
PAGE_NUMBER_OFFSET = _("page-number-offset", "error", "pdf", "GB/T 9704 §7.5",
                       "the 一字线 of a page number is not 7 mm ± 1 mm below the text block")

# --------------------------------------------------------------------------- 版头 and 版记 (PDF)

MASTHEAD_MARK_TOP = _("masthead-mark-top", "error", "pdf", "GB/T 9704 §7.2.4, §10",
                      "the 发文机关标志's top edge is not 35 mm ± 1 mm below the text block (信函 30 mm from the "
                      "paper, 命令 20 mm)")
MASTHEAD_MARK_CENTRE = _("masthead-mark-centre", "error", "pdf", "GB/T 9704 §7.2.4",
                         "the 发文机关标志 is not centred on the text block (± 1 mm) or is wider than it")
MASTHEAD_MARK_COLOUR = _("masthead-mark-colour", "error", "pdf", "GB/T 9704 §7.2.4", "the 发文机关标志 is not red")
MASTHEAD_NUMBER = _("masthead-number", "warning", "pdf", "GB/T 9704 §7.2.5",
                    "the 发文字号 is not in the form 代字〔2024〕5号, or not where its format puts it")
MASTHEAD_RULE_GAP = _("masthead-rule-gap", "error", "pdf", "GB/T 9704 §7.2.7, §10.1",
                      "the red separator is not 4 mm ± 1 mm below the 发文字号 (信函: below the mark)")
MASTHEAD_RULE_WIDTH = _("masthead-rule-width", "error", "pdf", "GB/T 9704 §7.2.7, §10.1",
                        "the red separator is not as wide as the text block (156 mm ± 1 mm; 信函 170 mm), centred")
MASTHEAD_RULE_COLOUR = _("masthead-rule-colour", "error", "pdf", "GB/T 9704 §7.2.7", "the separator under the 版头 is not red")
LETTER_BOTTOM_RULE = _("letter-bottom-rule", "error", "pdf", "GB/T 9704 §10.1",
                       "the 信函's red double rule at the foot of the first page (文武线) is missing, not thin over "
                       "thick, not 20 mm ± 1 mm above the bottom edge, or not 170 mm ± 1 mm long and centred")
COLOPHON_BOTTOM = _("colophon-bottom", "error", "pdf", "GB/T 9704 §7.4.1",
                    "the last 版记 rule is not on the bottom edge of the text block (± 1 mm)")
COLOPHON_RULE_WIDTH = _("colophon-rule-width", "error", "pdf", "GB/T 9704 §7.4.1",
                        "a 版记 rule is not as wide as the text block (156 mm ± 1 mm)")
COLOPHON_RULE_WEIGHT = _("colophon-rule-weight", "warning", "pdf", "GB/T 9704 §7.4.1",
                         "the first and last 版记 rules are not heavier than those between (0.35 mm, 0.25 mm)")
COLOPHON_SIZE = _("colophon-size", "warning", "pdf", "GB/T 9704 §7.4.2", "the 版记's lines are not 4号 (14 pt ± 0.5 pt)")
COLOPHON_PAGE = _("colophon-page", "error", "pdf", "GB/T 9704 §7.4.1", "版记 rules on a page before the last")

# --------------------------------------------------------------------------- DOCX

DOCX_PAGE_SIZE = _("docx-page-size", "error", "docx", "GB/T 9704 §5.1", "the section's paper is not A4 (w:pgSz)")
DOCX_MARGIN_TOP = _("docx-margin-top", "error", "docx", "GB/T 9704 §5.2.1", "the section's top margin is not 37 mm ± 1 mm")
DOCX_MARGIN_BOTTOM = _("docx-margin-bottom", "error", "docx", "GB/T 9704 §5.2.1",
                       "the section's bottom margin is not 35 mm ± 1 mm")
DOCX_MARGIN_LEFT = _("docx-margin-left", "error", "docx", "GB/T 9704 §5.2.1", "the section's left margin is not 28 mm ± 1 mm")
DOCX_MARGIN_RIGHT = _("docx-margin-right", "error", "docx", "GB/T 9704 §5.2.1",
                      "the section's right margin is not 26 mm ± 1 mm")
DOCX_GRID = _("docx-grid", "warning", "docx", "GB/T 9704 §5.2.3",
              "the document grid (w:docGrid) is missing or of a kind that LibreOffice and WPS on Linux lay "
              "out differently (linesAndChars: 14 characters a line)")
DOCX_LINES_PER_PAGE = _("docx-lines-per-page", "error", "docx", "GB/T 9704 §5.2.3",
                        "the body's line pitch does not give 22 lines in the text block")
DOCX_CHARS_PER_LINE = _("docx-chars-per-line", "error", "docx", "GB/T 9704 §5.2.3",
                        "the body's size and character spacing do not give 28 characters a line")
DOCX_LINE_PITCH = _("docx-line-pitch", "error", "docx", "GB/T 9704 §5.2.3",
                    "a paragraph's line spacing is not the grid's (exact 28.95 pt, or single on a 22-line grid)")
DOCX_BODY_SIZE = _("docx-body-size", "error", "docx", "GB/T 9704 §5.2.2", "body paragraphs are not 3号 (16 pt)")
DOCX_ROLE_SIZE = _("docx-role-size", "warning", "docx", "GB/T 9704 §7.3",
                   "a title, heading or other part is not in its size")
DOCX_ROLE_FONT = _("docx-role-font", "warning", "docx", "GB/T 9704 §5.2.2, §7.3",
                   "a paragraph's Chinese text is not in its typeface (仿宋 body, 小标宋 title, 黑体 一、 …)")
DOCX_FONT_SLOT = _("docx-font-slot", "warning", "docx", "practice",
                   "a w:rFonts slot left to the theme or to Word's default (eastAsia: the Chinese text; "
                   "ascii/hAnsi: digits and Latin letters)")
DOCX_ALIGNMENT = _("docx-alignment", "warning", "docx", "GB/T 9704 §7.3",
                   "a paragraph is not aligned as its part is (body justified, title centred, signature right)")
DOCX_INDENT = _("docx-indent", "warning", "docx", "GB/T 9704 §7.3.3",
                "a paragraph's first-line indent is not its part's (body and headings 2 字, salutation 0)")
DOCX_DIRECT_FORMATTING = _("docx-direct-formatting", "note", "docx", "practice",
                           "paragraphs carry direct formatting over their style (size, font, indent …)")
DOCX_LETTER_BOTTOM_RULE = _("docx-letter-bottom-rule", "error", "docx", "GB/T 9704 §10.1",
                            "the 信函's red double rule at the foot of the first page, drawn as floating lines, is "
                            "missing, not thin over thick, not 20 mm ± 1 mm above the bottom edge, or not 170 mm "
                            "± 1 mm long and centred")
DOCX_PAGE_NUMBER_MISSING = _("docx-page-number-missing", "error", "docx", "GB/T 9704 §7.5",
                             "no footer holds a PAGE field: the pages are not numbered")
DOCX_PAGE_NUMBER_FORM = _("docx-page-number-form", "error", "docx", "GB/T 9704 §7.5",
                          "the footer's page number is not “— PAGE —” (or the preset's format)")
DOCX_PAGE_NUMBER_SIZE = _("docx-page-number-size", "error", "docx", "GB/T 9704 §7.5",
                          "the footer's page number is not 4号 (14 pt)")
DOCX_PAGE_NUMBER_SIDE = _("docx-page-number-side", "error", "docx", "GB/T 9704 §7.5",
                          "page numbers are not outside (odd footer right, even footer left, with "
                          "w:evenAndOddHeaders) or where the preset puts them")

# --------------------------------------------------------------------------- the text

TEXT_PLACEHOLDER = _("text-placeholder", "warning", "text", "practice", "a placeholder left to fill in (XX, ××, □)")
TEXT_NUMBERING_GAP = _("text-numbering-gap", "warning", "text", "GB/T 9704 §7.3.3",
                       "a heading number skipped (一、 then 三、)")
TEXT_NUMBERING_ORDER = _("text-numbering-order", "warning", "text", "GB/T 9704 §7.3.3",
                         "a heading number repeated or going back")
TEXT_LEVEL_SKIPPED = _("text-level-skipped", "warning", "text", "GB/T 9704 §7.3.3",
                       "a heading level skipped (一、 then 1. without （一）)")
TEXT_NUMBERING_MIXED = _("text-numbering-mixed", "warning", "text", "GB/T 9704 §7.3.3",
                         "headings of one level numbered in different forms (1. and 1、)")
TEXT_HEADING_PUNCTUATION = _("text-heading-punctuation", "warning", "text", "practice",
                             "a standalone heading ends with a punctuation mark")
TEXT_DATE_FORM = _("text-date-form", "warning", "text", "GB/T 9704 §7.3.5.4",
                   "a 成文日期 (or 印发日期) not in Arabic numerals with the year in full and no zero padding "
                   "(2024年3月5日)")
TEXT_ATTACHMENT_FORM = _("text-attachment-form", "warning", "text", "GB/T 9704 §7.3.4",
                         "the 附件说明 is not “附件：1. 名称” (full-width colon, numbers with a half-width full "
                         "stop, no punctuation after a name), or does not match the attachments")
