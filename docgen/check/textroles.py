"""The parts of a checked document, recognised by docgen's own parser: the paragraphs of a
DOCX, or the paragraphs rebuilt from a PDF's lines, parsed as docgen parses a text — so the
part each paragraph plays (title, heading of level 2, body, signature …) is what docgen would
set it as."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

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
    """Parse the paragraphs as docgen parses a text file of them, a blank line between two
    (so that cleaning never joins two paragraphs); the parse's line numbers are the
    paragraphs' (1-based)."""
    lines = [" ".join(text.split()) for text in texts]
    spaced = [line for text in lines for line in (text, "")]
    cleaned = clean(spaced)
    speech = parse_lines(cleaned.lines, merged_meta(Meta(), cleaned.meta), cleaned.diagnostics,
                         removed=cleaned.removed)
    speech = _renumbered(speech)
    return Parsed(speech, _roles(speech, lines), tuple(lines))


def _renumbered(speech: Speech) -> Speech:
    """Source line 2k − 1 (paragraph k, with the blank lines between) → line k."""
    line = lambda n: None if n is None else (n + 1) // 2
    return replace(speech, blocks=tuple(replace(b, line=line(b.line)) for b in speech.blocks),
                   diagnostics=tuple(replace(d, line=line(d.line)) for d in speech.diagnostics))


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
