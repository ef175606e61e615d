"""The document properties both renderers write (PDF info, DOCX core properties): from the
text where it gives them, else from the preset's ``[metadata]`` defaults."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Signature, Speech
from ..style import Style


@dataclass(frozen=True, slots=True)
class Properties:
    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    language: str


def document_properties(speech: Speech, style: Style) -> Properties:
    """The author is the speaker, else the issuing body (发文机关署名), else the preset's
    author, else the author the text names (on a web page, often whoever posted it); the
    subject is the subtitle, else the occasion, else the preset's subject."""
    meta, defaults = speech.meta, style.metadata
    issuing = next((block.text for block in speech.blocks if isinstance(block, Signature)), None)
    return Properties(
        title=meta.title or "",
        author=meta.speaker or issuing or defaults.author or meta.author or "",
        subject=meta.subtitle or meta.occasion or defaults.subject,
        keywords=defaults.keywords,
        language=defaults.language,
    )
