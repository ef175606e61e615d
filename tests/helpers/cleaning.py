"""Cleaning a made-up page in the tests of chrome families."""

from __future__ import annotations

from docgen.cleaner import clean


def kept(text: str) -> list[str]:
    """The lines with text that cleaning ``text`` (a page, one line a line) keeps."""
    return [line.text for line in clean(text.splitlines()).lines if line.text]
