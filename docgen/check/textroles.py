"""The parts of a checked document, recognised by docgen's own parser: the paragraphs of a
DOCX, or the paragraphs rebuilt from a PDF's lines, parsed as docgen parses a text — so the
part each paragraph plays (title, heading of level 2, body, signature …) is what docgen would
set it as."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .. import diagnostics as C
from ..cleaner import clean, merged_meta
from ..model import (
    AttachmentLabel,
    AttachmentNote,
    AttachmentTitle,
    Attendance,
    Block,
    Closing,
    Distribution,
    DocumentTitle,
    Heading,
    Meta,
    Note,
    Salutation,
    Signature,
    SignatureDate,
    Speech,
)
from ..parser import parse_lines
from ..style.schema import RoleName

#: The role of each block type (a heading's by its level).
BLOCK_ROLES: dict[type[Block], RoleName] = {
    Salutation: "salutation", Closing: "closing", Signature: "signature", SignatureDate: "signature_date",
    AttachmentNote: "attachment", AttachmentLabel: "attachment_label", AttachmentTitle: "attachment_title",
    Note: "note", Distribution: "distribution", DocumentTitle: "document_title", Attendance: "attendance",
}
#: The role of a header line by the diagnostic the header parser gave it.
HEADER_ROLES: dict[str, RoleName] = {
    C.HEADER_TITLE.name: "title", C.HEADER_SUBTITLE.name: "subtitle", C.HEADER_DATE.name: "date_line",
    C.HEADER_SPEAKER.name: "speaker", C.HEADER_ISSUER.name: "issuer_mark",
    C.HEADER_DOCUMENT_NUMBER.name: "document_number",
}
#: 版记 lines, read into the document's fields: they start with these words.
COLOPHON_STARTS = ("抄送", "主送", "抄报", "分送")


@dataclass(frozen=True, slots=True)
class Parsed:
    """A document parsed from its paragraphs: the model, and the role of each paragraph
    (0-based index → role) that the parser placed."""

    speech: Speech
    roles: dict[int, RoleName]
    lines: tuple[str, ...] = ()     # the paragraphs as given, before cleaning

    def original(self, line: int | None, fallback: str) -> str:
        """The text of source line ``line`` (1-based) as given, before cleaning."""
        return self.lines[line - 1] if line and 0 < line <= len(self.lines) else fallback


def parse_paragraphs(texts: Sequence[str]) -> Parsed:
    """Parse one paragraph per line, as docgen parses a text file."""
    lines = [" ".join(text.split()) for text in texts]
    cleaned = clean(lines)
    speech = parse_lines(cleaned.lines, merged_meta(Meta(), cleaned.meta), cleaned.diagnostics)
    return Parsed(speech, _roles(speech, lines), tuple(lines))


def _roles(speech: Speech, lines: Sequence[str]) -> dict[int, RoleName]:
    roles: dict[int, RoleName] = {}
    for diagnostic in speech.diagnostics:
        found = HEADER_ROLES.get(diagnostic.code)
        if found is not None and diagnostic.line is not None:
            roles[diagnostic.line - 1] = found
    for block in speech.blocks:
        if block.line is None:
            continue
        if isinstance(block, Heading):
            roles[block.line - 1] = ("heading1", "heading2", "heading3", "heading4")[min(max(block.level, 1), 4) - 1]
        else:
            roles[block.line - 1] = BLOCK_ROLES.get(type(block), "body")
    printed = speech.meta.printed_by or ""
    for index, text in enumerate(lines):
        compact = "".join(text.split())
        if index not in roles and (compact.startswith(COLOPHON_STARTS) or
                                   (printed and compact.startswith(printed) and compact.endswith("印发"))):
            roles[index] = "distribution"
    return roles
