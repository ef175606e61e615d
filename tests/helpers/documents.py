"""The example texts and fixtures, and documents rendered once per session."""

from __future__ import annotations

import functools
from pathlib import Path

import docgen
from docgen.style import DEFAULT_STYLE

ROOT = Path(__file__).resolve().parent.parent.parent
TESTS = ROOT / "tests"
FIXTURES = TESTS / "fixtures"
EXAMPLES = ROOT / "examples"
SEEDS = sorted(EXAMPLES.glob("[0-9][0-9][0-9]_*.txt"))


def seed(prefix: str) -> Path:
    return next(p for p in SEEDS if p.name.startswith(prefix))


@functools.cache
def rendered_pdf(path: Path) -> bytes:
    return docgen.render(docgen.parse(path), DEFAULT_STYLE, "pdf", invariant=True)


@functools.cache
def rendered_docx(path: Path) -> bytes:
    return docgen.render(docgen.parse(path), DEFAULT_STYLE, "docx", invariant=True)
