"""WordprocessingML markup of body paragraphs, written as text — the one place that does so.

A document's body is a few hundred paragraphs that only name a paragraph style, hold runs
that at most name a character style, and sometimes an indent of their own.  Writing that
markup directly is about a hundred times faster than building it element by element, and
simple enough to keep exact: element order follows the ECMA-376 schema (``w:pPr`` before the
runs, ``w:pStyle`` first in it; ``w:rPr`` first in a run), text is escaped, characters XML
cannot hold are dropped, and ``xml:space="preserve"`` keeps spaces that an XML reader would
otherwise strip.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

#: Characters XML 1.0 cannot hold (C0 controls other than tab, line feed and carriage
#: return; lone surrogates; U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: Text that needs xml:space="preserve": spaces at either end or two in a row (which an XML
#: reader may otherwise collapse or strip).
_NEEDS_PRESERVE = re.compile(r"^\s|\s$|\s\s")
#: Anything :func:`escape` has to change (most Chinese text has nothing).
_SPECIAL = re.compile("[&<>\"\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def escape(text: str) -> str:
    """``text`` as XML character data (also safe inside a double-quoted attribute)."""
    if _SPECIAL.search(text) is None:
        return text
    text = _NOT_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


@dataclass(frozen=True, slots=True)
class Indent:
    """A paragraph's own indents, in twips, where they differ from its style's."""

    left: int | None = None
    right: int | None = None
    first_line: int | None = None  # negative: a hanging indent

    def xml(self) -> str:
        attrs = []
        if self.left is not None:
            attrs.append(f'w:left="{self.left}"')
        if self.right is not None:
            attrs.append(f'w:right="{self.right}"')
        if self.first_line is not None:
            attrs.append(f'w:hanging="{-self.first_line}"' if self.first_line < 0
                         else f'w:firstLine="{self.first_line}"')
        return f"<w:ind {' '.join(attrs)}/>" if attrs else ""


def _text(text: str) -> str:
    if not text:
        return ""
    space = ' xml:space="preserve"' if _NEEDS_PRESERVE.search(text) else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def run(text: str, char_style: str | None = None) -> str:
    """One run of ``text`` in ``char_style``; a line feed in it is a line break (``w:br``),
    a tab a tab character (``w:tab``)."""
    props = f'<w:rPr><w:rStyle w:val="{escape(char_style)}"/></w:rPr>' if char_style else ""
    content = "<w:br/>".join("<w:tab/>".join(_text(piece) for piece in line.split("\t"))
                             for line in text.split("\n"))
    return f"<w:r>{props}{content}</w:r>"


def paragraph(style_id: str, runs: Iterable[str] = (), indent: Indent | None = None,
              align: str | None = None, *, keep_lines: bool | None = None,
              suppress_line_numbers: bool = False) -> str:
    """A paragraph in ``style_id`` holding ``runs`` (from :func:`run`), with its own indent,
    alignment (a ``w:jc`` value), keeping of its lines together and exclusion from line
    numbering where given — in the schema's order: style, keepLines, suppressLineNumbers,
    ind, jc."""
    props = [f'<w:pStyle w:val="{escape(style_id)}"/>']
    if keep_lines is not None:
        props.append(f'<w:keepLines w:val="{int(keep_lines)}"/>')
    if suppress_line_numbers:
        props.append("<w:suppressLineNumbers/>")
    if indent is not None:
        props.append(indent.xml())
    if align:
        props.append(f'<w:jc w:val="{align}"/>')
    return f'<w:p><w:pPr>{"".join(props)}</w:pPr>{"".join(runs)}</w:p>'
