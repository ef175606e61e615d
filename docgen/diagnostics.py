"""Every diagnostic docgen reports, in one registry: its code, level, the stage it comes from
and what it means.  Stages create diagnostics through these codes (``LINES_JOINED(reason,
line, text)``); the report, the command line and the documentation read the registry
instead of matching code strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .model import Diagnostic, Level

#: The stage a diagnostic comes from, which decides where reports show it.
Stage = Literal["reading", "cleaning", "header", "structure", "fonts"]


@dataclass(frozen=True, slots=True)
class Code:
    """One kind of diagnostic."""

    name: str
    level: Level
    stage: Stage
    meaning: str

    def __call__(self, message: str, line: int | None = None, text: str | None = None) -> Diagnostic:
        """A diagnostic of this kind."""
        return Diagnostic(self.level, self.name, message, line, text)


CODES: dict[str, Code] = {}


def _code(name: str, level: Level, stage: Stage, meaning: str) -> Code:
    code = CODES[name] = Code(name, level, stage, meaning)
    return code


# --------------------------------------------------------------------------- reading

ENCODING = _code("encoding", "info", "reading", "how the input was decoded (or that it was read as a .docx)")
ENCODING_DAMAGED = _code("encoding-damaged", "warning", "reading",
                         "bytes that no encoding explains were replaced by U+FFFD")
EXPORT_HEADER = _code("export-header", "info", "reading",
                      "a scraper's record over a plain text (title:/url:/author:/content:) read: the title kept")
HTML_OUTSIDE_MAIN = _code("html-outside-main", "info", "reading",
                          "text blocks of a web page outside its main text were left out")
HTML_IMAGES_DROPPED = _code("html-images-dropped", "warning", "reading",
                            "images of the page's main text are not carried over")
HTML_TABLES_FLATTENED = _code("html-tables-flattened", "warning", "reading",
                              "tables of the page's main text are kept as lines of text")
HTML_TEXT_DROPPED = _code("html-text-dropped", "warning", "reading",
                          "prose inside elements a page does not show as text (noscript, template …) left out")
DOCX_TABLE_DROPPED = _code("docx-table-dropped", "warning", "reading",
                           "tables of a Word document are not carried over")
DOCX_IMAGES_DROPPED = _code("docx-images-dropped", "warning", "reading",
                            "images of a Word document are not carried over")
DOCX_TEXT_BOXES_DROPPED = _code("docx-text-boxes-dropped", "warning", "reading",
                                "text boxes of a Word document are not carried over")
DOCX_FOOTNOTES_DROPPED = _code("docx-footnotes-dropped", "warning", "reading",
                               "footnotes of a Word document are not carried over")
DOCX_AUTO_NUMBERING = _code("docx-auto-numbering", "warning", "reading",
                            "Word's automatic numbering is not rebuilt: numbers it drew are missing")

# --------------------------------------------------------------------------- cleaning

BOILERPLATE_REMOVED = _code("boilerplate-removed", "info", "cleaning",
                            "a line removed: site chrome, metadata, a repeated title, a teaser …")
MARKER_REMOVED = _code("marker-removed", "info", "cleaning",
                       "a text extractor's marker removed from a line")
LINES_JOINED = _code("lines-joined", "info", "cleaning",
                     "a line joined to the one before it (a paragraph broken mid-sentence)")
BLANK_LINE_REMOVED = _code("blank-line-removed", "info", "cleaning", "a repeated or trailing blank line removed")
PUNCTUATION_NORMALISED = _code("punctuation-normalised", "info", "cleaning",
                               "half-width punctuation or quotes in Chinese text made full-width")
TEXT_NORMALISED = _code("text-normalised", "info", "cleaning",
                        "entities, control characters, markup or full-width letters normalised")
SPACES_TRIMMED = _code("spaces-trimmed", "info", "cleaning", "spaces at the ends or inside Chinese text removed")
LINE_KEPT = _code("line-kept", "info", "cleaning", "a line a rule would remove, kept as asked")
PAGE_BODY_UNSURE = _code("page-body-unsure", "warning", "cleaning",
                         "prose outside the main text of a whole page, kept: check that it belongs to the document")
PLACEHOLDER = _code("placeholder", "warning", "cleaning", "a placeholder (XX, ××, □) left to fill in")

# --------------------------------------------------------------------------- the header

HEADER_TITLE = _code("header-title", "info", "header", "a line taken for the title, or split from it")
HEADER_SUBTITLE = _code("header-subtitle", "info", "header", "a line taken for the subtitle")
HEADER_DATE = _code("header-date", "info", "header", "a line taken for the date (and occasion)")
HEADER_SPEAKER = _code("header-speaker", "info", "header", "a line taken for the speaker")
HEADER_AUTHOR = _code("header-author", "info", "header",
                      "a line under a headline of the web taken for its author, source or account (kept, not printed)")
HEADER_ISSUER = _code("header-issuer", "info", "header", "a line taken for the issuing body (发文机关)")
HEADER_DOCUMENT_NUMBER = _code("header-document-number", "info", "header",
                               "a line taken for the document number (发文字号)")
HEADER_MASTHEAD = _code("header-masthead", "info", "header",
                        "a line taken for a field of the 版头: 份号, 密级和保密期限, 紧急程度 or 签发人")
HEADER_BLOCK = _code("header-block", "info", "header", "a field read from the header block at the top of the text")
HEADER_BLOCK_FIELD = _code("header-block-field", "warning", "header",
                           "a line of the header block that is no field, or a value a field cannot take: left out")
FIELD_NOT_PRINTED = _code("field-not-printed", "warning", "header",
                          "a field of the 版头 or the 版记 that the preset does not print")
HEADER_FURNITURE = _code("header-furniture", "info", "header",
                         "a line around the title left out as web-page furniture or a repeat")
NO_TITLE = _code("no-title", "warning", "header", "no line of the text was taken for the title")
TEXT_ABOVE_TITLE = _code("text-above-title", "warning", "header",
                         "lines above the title (another text's tail?) kept at the start of the body")

# --------------------------------------------------------------------------- structure

NO_BODY = _code("no-body", "warning", "structure", "no body text was found")
LEVEL_TOO_DEEP = _code("level-too-deep", "warning", "structure",
                       "more heading levels than the four of GB/T 9704; deeper ones set as level 4")
LEVEL_SKIPPED = _code("level-skipped", "warning", "structure", "a heading level skipped (一、 then 1.)")
NUMBERING_GAP = _code("numbering-gap", "warning", "structure", "a heading number skipped (一、 then 三、)")
NUMBERING_REPEAT = _code("numbering-repeat", "warning", "structure", "a heading number repeated or going back")
NUMBERING_MIXED = _code("numbering-mixed", "warning", "structure",
                        "headings of one level numbered with different separators (1. and 1、)")
HEADING_END_PUNCTUATION = _code("heading-end-punctuation", "warning", "structure",
                                "a standalone heading ends with a punctuation mark")
ATTACHMENT_NUMBER = _code("attachment-number", "warning", "structure",
                          "an attachment label's number out of order or missing")
ATTACHMENT_COUNT = _code("attachment-count", "warning", "structure",
                         "the attachment note lists more or fewer attachments than the text has")
ATTACHMENT_TITLE = _code("attachment-title", "warning", "structure",
                         "an attachment's title differs from its name in the attachment note")

# --------------------------------------------------------------------------- fonts

FONT_NOT_USED = _code("font-not-used", "warning", "fonts", "a configured font could not be used")
FONT_SKIPPED = _code("font-skipped", "info", "fonts", "an installed font passed over (CFF outlines, embedding not allowed …)")
FONT_BUNDLED = _code("font-bundled", "info", "fonts", "no installed font for a role: the bundled stand-in is used")
GLYPH_FALLBACK = _code("glyph-fallback", "info", "fonts", "a character drawn in a fallback font")
GLYPH_MISSING = _code("glyph-missing", "warning", "fonts", "a character no font has, left blank")

#: The codes of a stage.
def stage_codes(stage: Stage) -> frozenset[str]:
    return frozenset(name for name, code in CODES.items() if code.stage == stage)


def stage_of(diagnostic: Diagnostic) -> Stage | None:
    """The stage a diagnostic comes from (None for a code docgen does not know: a dump
    written by another version)."""
    code = CODES.get(diagnostic.code)
    return code.stage if code else None


#: The header codes by the kind of line the header parser found.
HEADER_KINDS: dict[str, Code] = {
    "title": HEADER_TITLE, "subtitle": HEADER_SUBTITLE, "date": HEADER_DATE, "speaker": HEADER_SPEAKER,
    "issuer": HEADER_ISSUER, "document_number": HEADER_DOCUMENT_NUMBER, "furniture": HEADER_FURNITURE,
    "masthead": HEADER_MASTHEAD, "author": HEADER_AUTHOR,
}
