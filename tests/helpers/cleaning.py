"""Cleaning and parsing a made-up page in the tests of chrome families and of titles."""

from __future__ import annotations

import docgen
from docgen.cleaner import clean


def kept(text: str) -> list[str]:
    """The lines with text that cleaning ``text`` (a page, one line a line) keeps."""
    return [line.text for line in clean(text.splitlines()).lines if line.text]


def title_of(*lines: str) -> str | None:
    """The title docgen finds in the text of ``lines`` (one line each)."""
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text").meta.title
