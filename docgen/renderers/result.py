"""What a renderer returns."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Diagnostic


@dataclass(frozen=True, slots=True)
class Rendered:
    data: bytes
    pages: int  # 0 when the format does not fix pagination (DOCX: the word processor decides)
    diagnostics: tuple[Diagnostic, ...]
