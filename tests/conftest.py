"""Shared fixtures: the example texts, the default style, and documents rendered once per session."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

import docgen
from docgen.style import load_style

#: Tests see no installed fonts — only the bundled ones and those a test installs itself — so
#: that they give the same PDFs on every machine (subprocesses inherit this too).
os.environ["DOCGEN_FONT_DIRS"] = ""

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS = sorted(EXAMPLES.glob("[0-9][0-9][0-9]_*.txt"))


def seed(prefix: str) -> Path:
    return next(p for p in SEEDS if p.name.startswith(prefix))


@pytest.fixture(scope="session")
def style():
    return load_style("gbt9704")


@functools.cache
def rendered_pdf(path: Path) -> bytes:
    return docgen.render(docgen.parse(path), "gbt9704", "pdf", invariant=True)


@functools.cache
def rendered_docx(path: Path) -> bytes:
    return docgen.render(docgen.parse(path), "gbt9704", "docx", invariant=True)
