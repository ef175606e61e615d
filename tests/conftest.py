"""Shared fixtures.  Helper functions live in the ``helpers`` package (``tests/helpers``)."""

from __future__ import annotations

import os

import pytest

from docgen.style import DEFAULT_STYLE, load_style

#: Tests see no installed fonts — only the bundled ones and those a test installs itself — so
#: that they give the same PDFs on every machine (subprocesses inherit this too).
os.environ["DOCGEN_FONT_DIRS"] = ""


@pytest.fixture(scope="session")
def style():
    return load_style(DEFAULT_STYLE)
