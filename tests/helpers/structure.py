"""Reading the structure the parser found, in the tests of headings."""

from __future__ import annotations

from docgen.model import Heading, Paragraph, Speech


def headings(speech: Speech) -> list[str]:
    """The standalone headings' texts, then the run-in headings' leads."""
    found = [b.text for b in speech.blocks if isinstance(b, Heading)]
    found += [b.lead.text for b in speech.blocks
              if isinstance(b, Paragraph) and b.lead is not None and b.lead.kind == "heading"]
    return found
