"""Word files: the text of each paragraph of the main story, in order.

Text is taken from the XML itself rather than from python-docx's ``Paragraph.text``, which
skips tracked insertions, content controls and smart tags — all common in documents that went
through several hands.  Deleted text (tracked deletions, moved-from text) is left out.  What
cannot be carried over — tables, images, text boxes, footnotes, automatic numbering — is
reported with the line it stood at.

The package is read as a stream under the limits (:mod:`docgen.readers.package`): each
paragraph or table of the body is taken at its end and then forgotten, so a document costs
the memory of its lines, never of its XML tree.
"""

from __future__ import annotations

import functools
import io
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from .. import diagnostics as C
from ..chars import glue
from ..errors import InputError
from ..limits import Counter
from ..model import Diagnostic
from .package import ARCHIVE_ERRORS, Package, events, unreadable
from .source import Source

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

#: The parts read: the main story and the paragraph styles (which say what is centred).
MAIN_PART, STYLES_PART = "word/document.xml", "word/styles.xml"
#: Depth of what is taken whole: document (1) > body (2) > paragraph, table … (3); and
#: styles (1) > style (2).
_BODY_CHILD, _STYLE = 3, 2

#: Elements whose text is not part of the document any more (tracked deletions, moves).
_DELETED = frozenset(_W + tag for tag in ("del", "moveFrom"))
#: Elements whose text belongs elsewhere: text boxes (reported), field instructions.
_ELSEWHERE = frozenset((_W + "txbxContent", _W + "instrText", _W + "delText"))
#: Elements that draw a picture or an embedded object inside a paragraph.
_PICTURES = frozenset(_W + tag for tag in ("drawing", "pict", "object"))
#: The reference to a picture's image inside a drawing.
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
#: Markup-compatibility wrapper: its first choice and its fallback hold the same content.
_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
#: Elements that break a line inside a paragraph.
_BREAKS = frozenset(_W + tag for tag in ("br", "cr"))


@dataclass
class _Walk:
    name: str
    lines: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)
    pictures: list[int] = field(default_factory=list)
    text_boxes: list[int] = field(default_factory=list)
    numbered: list[int] = field(default_factory=list)
    footnotes: int = 0
    centred_styles: frozenset[str] = frozenset()
    line_count: Counter = field(init=False)
    char_count: Counter = field(init=False)

    def __post_init__(self) -> None:
        self.line_count = Counter("lines", self.name, "the document has more than {limit} lines")
        self.char_count = Counter("text-chars", self.name, "the document holds more than {limit} characters")

    def add_lines(self, lines: list[str]) -> None:
        self.lines.extend(lines)
        self.line_count.add(len(lines))
        self.char_count.add(sum(map(len, lines)))


def read_docx(data: bytes, name: str) -> Source:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            package = Package(archive, name)
            walk = _Walk(name, centred_styles=_centred_styles(package))
            for event, element, depth in events(package, MAIN_PART, _BODY_CHILD):
                if event == "end" and depth == _BODY_CHILD and element.getparent().tag == _W + "body":
                    _story_element(element, walk)
    except (*ARCHIVE_ERRORS, etree.XMLSyntaxError) as exc:
        raise unreadable(exc, name) from None
    if not any(line.strip() for line in walk.lines):
        raise InputError("the document holds no text" + _only(walk), name)
    return Source(name=name, format="docx", lines=tuple(walk.lines), diagnostics=_notes(walk))


def _story_element(child, walk: _Walk) -> None:
    """A paragraph, table, or a wrapper around paragraphs, of the story."""
    if child.tag == _W + "p":
        _paragraph(child, walk)
    elif child.tag == _W + "tbl":
        walk.tables.append(_table_summary(child, len(walk.lines)))
    elif child.tag == _W + "sdt":  # a content control around paragraphs
        for content in child.iterchildren(_W + "sdtContent"):
            _walk_story(content, walk)
    elif child.tag in (_W + "ins", _W + "customXml"):
        _walk_story(child, walk)


def _walk_story(container, walk: _Walk) -> None:
    for child in container.iterchildren():
        _story_element(child, walk)


def _paragraph(p, walk: _Walk) -> None:
    parts: list[str] = []
    first_line = len(walk.lines) + 1
    _collect(p, parts, walk, first_line)
    if p.find(f"{_W}pPr/{_W}numPr") is not None:
        walk.numbered.append(first_line)
    text = "".join(parts)
    walk.add_lines([_unbroken(text)] if _centred(p, walk.centred_styles) else text.split("\n"))


def _centred(p, centred_styles: frozenset[str]) -> bool:
    """Is paragraph ``p`` centred — a title or a date line, whose line breaks only set it on
    several lines (split, a continuation such as ``（2023—2025年）》的通知`` would read as a
    date line of its own)?"""
    jc = p.find(f"{_W}pPr/{_W}jc")
    if jc is not None:
        return jc.get(_W + "val") == "center"
    style = p.find(f"{_W}pPr/{_W}pStyle")
    return (style.get(_W + "val") if style is not None else "") in centred_styles


def _centred_styles(package: Package) -> frozenset[str]:
    """Ids of the paragraph styles that centre their text, themselves or by inheritance
    (``""`` standing for the default style of paragraphs that name none)."""
    if not package.has(STYLES_PART):
        return frozenset()
    styles: dict[str, tuple[str | None, str | None]] = {}  # id → (alignment, based on)
    default: str | None = None
    for event, style, depth in events(package, STYLES_PART, _STYLE):
        if event != "end" or depth != _STYLE or style.tag != _W + "style" or style.get(_W + "type") != "paragraph":
            continue
        jc, based = style.find(f"{_W}pPr/{_W}jc"), style.find(_W + "basedOn")
        sid = style.get(_W + "styleId") or ""
        styles[sid] = (None if jc is None else jc.get(_W + "val"), None if based is None else based.get(_W + "val"))
        if default is None and style.get(_W + "default") == "1":
            default = sid
    if default is not None:
        styles[""] = styles[default]
    return frozenset(sid for sid, alignment in _alignments(styles).items() if alignment == "center")


def _alignments(styles: dict[str, tuple[str | None, str | None]]) -> dict[str, str | None]:
    """Each style's alignment, its own or the first one up its chain of ``basedOn`` (a
    cycle or a missing style ends a chain): each chain is followed once."""
    found: dict[str, str | None] = {}
    for start in styles:
        chain: list[str] = []
        sid: str | None = start
        result: str | None = None
        while sid is not None and sid in styles and sid not in found and sid not in chain:
            chain.append(sid)
            own, sid = styles[sid]
            if own is not None:
                result, sid = own, None
        if sid is not None and sid in found:
            result = found[sid]
        for member in chain:
            found[member] = result
    return found


def _unbroken(text: str) -> str:
    """``text`` without its line breaks; two Latin words or numbers on either side of a break
    are kept apart by a space."""
    return functools.reduce(glue, text.split("\n"))


def _collect(element, parts: list[str], walk: _Walk, line: int) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if tag in _DELETED or not isinstance(tag, str):
            continue
        if tag == _W + "t":
            parts.append(_run_text(child, walk))
        elif tag == _W + "tab":
            parts.append(" ")
        elif tag in _BREAKS:
            parts.append("\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        elif tag == _W + "footnoteReference":
            walk.footnotes += 1
        elif tag in _PICTURES:
            _picture(child, walk, line + "".join(parts).count("\n"))
        elif tag == _ALTERNATE:
            for choice in child.iterchildren():
                _collect(choice, parts, walk, line)
                break
        elif tag not in _ELSEWHERE and tag != _W + "pPr":
            _collect(child, parts, walk, line)


def _run_text(t, walk: _Walk) -> str:
    """The text of a ``w:t``; an entity left unexpanded in it (an external one: never read)
    makes the document unreadable rather than cutting the run short."""
    if len(t) and any(child.tag is etree.Entity for child in t):
        raise InputError("not a readable Word (.docx) file (its XML uses an external entity, "
                         "which docgen never reads)", walk.name)
    return t.text or ""


def _picture(element, walk: _Walk, line: int) -> None:
    if any(True for _ in element.iter(_W + "txbxContent")):
        walk.text_boxes.append(line)
    elif any(True for _ in element.iter(_BLIP)) or element.tag != _W + "drawing":
        walk.pictures.append(line)
    # else a drawn shape without text or picture (a rule): nothing is lost


def _table_summary(tbl, lines_before: int) -> str:
    rows = tbl.findall(_W + "tr")
    columns = max((len(row.findall(_W + "tc")) for row in rows), default=0)
    first = "".join(t.text or "" for t in tbl.iter(_W + "t")).strip()[:20]
    where = f"after line {lines_before}" if lines_before else "at the start"
    return f"a table of {len(rows)} row(s) × {columns} column(s) {where}" + (f" («{first}…»)" if first else "")


def _notes(walk: _Walk) -> tuple[Diagnostic, ...]:
    notes = [C.ENCODING("read as a Word (.docx) document")]
    for table in walk.tables:
        notes.append(C.DOCX_TABLE_DROPPED(f"{table} not carried over"))
    if walk.pictures:
        notes.append(C.DOCX_IMAGES_DROPPED(f"{len(walk.pictures)} image(s) not carried over (line(s) "
                                f"{_numbers(walk.pictures)})", walk.pictures[0]))
    if walk.text_boxes:
        notes.append(C.DOCX_TEXT_BOXES_DROPPED(f"{len(walk.text_boxes)} text box(es) not carried over (line(s) "
                                f"{_numbers(walk.text_boxes)})", walk.text_boxes[0]))
    if walk.footnotes:
        notes.append(C.DOCX_FOOTNOTES_DROPPED(f"{walk.footnotes} footnote(s) not carried over"))
    if walk.numbered:
        notes.append(C.DOCX_AUTO_NUMBERING(f"{len(walk.numbered)} paragraph(s) use Word's automatic numbering, "
                                f"whose numbers are not part of the text (line(s) "
                                f"{_numbers(walk.numbered)})", walk.numbered[0]))
    return tuple(notes)


def _numbers(lines: list[int], most: int = 8) -> str:
    shown = ", ".join(map(str, lines[:most]))
    return shown + (", …" if len(lines) > most else "")


def _only(walk: _Walk) -> str:
    found = [what for what, count in (("table(s)", len(walk.tables)), ("image(s)", len(walk.pictures)),
                                      ("text box(es)", len(walk.text_boxes))) if count]
    return f" (only {', '.join(found)}, which docgen does not carry over)" if found else ""
