"""What a reader returns: the decoded input as lines, with what the reader found out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from ..model import Diagnostic, Meta

#: The input formats docgen reads.
InputFormat = Literal["text", "html", "docx"]
FORMATS: tuple[InputFormat, ...] = get_args(InputFormat)


@dataclass(frozen=True, slots=True)
class Source:
    """Decoded input: its display name, format, text lines and what the reader found out."""

    name: str
    format: InputFormat
    lines: tuple[str, ...]
    meta: Meta = Meta()
    diagnostics: tuple[Diagnostic, ...] = ()
