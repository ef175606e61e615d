"""Shared fixtures.  Helper functions live in the ``helpers`` package (``tests/helpers``)."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

from docgen.style import DEFAULT_STYLE, load_style

#: Property tests draw new examples on every run on a developer's machine, to find new failures;
#: under CI (``CI=true``) they draw the same examples each time, so that a run's outcome is the
#: code's and a failure can be repeated, never one of chance.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")

#: Tests see no installed fonts — only the bundled ones and those a test installs itself — so
#: that they give the same PDFs on every machine (subprocesses inherit this too).
os.environ["DOCGEN_FONT_DIRS"] = ""


@pytest.fixture(scope="session")
def style():
    return load_style(DEFAULT_STYLE)
