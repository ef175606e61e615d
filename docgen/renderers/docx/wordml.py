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
    a tab a tab character (``w:tab``), a form feed a page break."""
    if text == "\f":
        return '<w:r><w:br w:type="page"/></w:r>'
    props = f'<w:rPr><w:rStyle w:val="{escape(char_style)}"/></w:rPr>' if char_style else ""
    content = "<w:br/>".join("<w:tab/>".join(_text(piece) for piece in line.split("\t"))
                             for line in text.split("\n"))
    return f"<w:r>{props}{content}</w:r>"


@dataclass(frozen=True, slots=True)
class Spacing:
    """A paragraph's own space above and exact line height, in twips (the 版头's lines,
    placed where GB/T 9704 puts them)."""

    before: int = 0
    line: int | None = None

    def xml(self) -> str:
        line = f' w:line="{self.line}" w:lineRule="exact"' if self.line is not None else ""
        return f'<w:spacing w:before="{max(self.before, 0)}" w:after="0"{line}/>'


@dataclass(frozen=True, slots=True)
class Frame:
    """A paragraph set apart from the text at a fixed place (``w:framePr``): ``width`` wide,
    its top ``y`` below the edge ``vertical`` names (page or margin), horizontally aligned
    in the text block (``x_align``) or ``x`` right of its edge; text flows under it
    (``wrap``: none) or round it (around).  All in twips."""

    width: int
    y: int | None = None
    y_align: str | None = None
    vertical: str = "margin"
    x: int | None = None
    x_align: str | None = "center"
    wrap: str = "around"

    def xml(self) -> str:
        where = f'w:y="{self.y}"' if self.y is not None else f'w:yAlign="{self.y_align}"'
        across = f'w:x="{self.x}"' if self.x is not None else f'w:xAlign="{self.x_align}"'
        return (f'<w:framePr w:w="{self.width}" w:wrap="{self.wrap}" w:vAnchor="{self.vertical}" '
                f'w:hAnchor="margin" {across} {where}/>')


def borders(top: float = 0.0, bottom: float = 0.0, color: str = "000000") -> str:
    """``w:pBdr`` with single rules above and below the paragraph, weights in points (0:
    none), drawn at the paragraph's edges."""
    sides = [f'<w:{side} w:val="single" w:sz="{max(2, round(weight * 8))}" w:space="0" w:color="{color}"/>'
             for side, weight in (("top", top), ("bottom", bottom)) if weight]
    return f'<w:pBdr>{"".join(sides)}</w:pBdr>' if sides else ""


def paragraph(style_id: str, runs: Iterable[str] = (), indent: Indent | None = None,
              align: str | None = None, *, keep_lines: bool | None = None,
              suppress_line_numbers: bool = False, frame: Frame | None = None, rules: str = "",
              spacing: Spacing | None = None, section: str = "") -> str:
    """A paragraph in ``style_id`` holding ``runs`` (from :func:`run`), with its own indent,
    alignment (a ``w:jc`` value), keeping of its lines together, exclusion from line
    numbering, frame, rules (:func:`borders`), spacing and the properties of the section it
    ends where given — in the schema's order: style, keepLines, framePr,
    suppressLineNumbers, pBdr, spacing, ind, jc, sectPr."""
    props = [f'<w:pStyle w:val="{escape(style_id)}"/>']
    if keep_lines is not None:
        props.append(f'<w:keepLines w:val="{int(keep_lines)}"/>')
    if frame is not None:
        props.append(frame.xml())
    if suppress_line_numbers:
        props.append("<w:suppressLineNumbers/>")
    props.append(rules)
    if spacing is not None:
        props.append(spacing.xml())
    if indent is not None:
        props.append(indent.xml())
    if align:
        props.append(f'<w:jc w:val="{align}"/>')
    props.append(section)
    return f'<w:p><w:pPr>{"".join(props)}</w:pPr>{"".join(runs)}</w:p>'


# --------------------------------------------------------------------------- sections

#: The section properties in the text after the body (``<w:sectPr …>…</w:sectPr>``).
_SECTION = re.compile(r"<w:sectPr\b.*?</w:sectPr>", re.S)
_FOOTER_REFERENCE = re.compile(r'<w:footerReference w:type="(?P<kind>\w+)" r:id="[^"]*"/>')


def section_properties(tail: str) -> str:
    """The ``w:sectPr`` element at the start of a template's tail."""
    found = _SECTION.search(tail)
    if found is None:
        raise ValueError("the document has no section properties")
    return found.group()


def with_title_page(tail: str, blank_footer: str) -> str:
    """``tail`` whose section has a first page of its own without a page number (GB/T 9704
    §10.1): ``w:titlePg`` and a blank first-page footer."""
    section = section_properties(tail)
    changed = _FOOTER_REFERENCE.sub(lambda m: "" if m.group("kind") == "first" else m.group(), section)
    cut = changed.index(">") + 1
    changed = changed[:cut] + f'<w:footerReference w:type="first" r:id="{blank_footer}"/>' + changed[cut:]
    if "<w:titlePg" not in changed:
        changed = changed.replace("<w:docGrid", "<w:titlePg/><w:docGrid", 1)
    return tail.replace(section, changed, 1)


def unnumbered_section(tail: str, blank_footer: str) -> tuple[str, str]:
    """A section of its own for a blank page and the 版记's page after it, without page
    numbers (GB/T 9704 §7.5): the properties that end the text's section (to go in a
    paragraph's ``w:pPr``), and the tail with the new section's.  (A section that starts on
    an even page by itself would do in Word, but LibreOffice neither shows nor prints the
    blank page it adds.)"""
    section = section_properties(tail)
    blank = "".join(f'<w:footerReference w:type="{kind}" r:id="{blank_footer}"/>' for kind in ("default", "even", "first"))
    changed = _FOOTER_REFERENCE.sub("", section)
    cut = changed.index(">") + 1
    changed = changed[:cut] + blank + changed[cut:]
    return section, tail.replace(section, changed, 1)
