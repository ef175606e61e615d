"""Word files: the text of each paragraph of the main story, in order.

Text is taken from the XML itself rather than from python-docx's ``Paragraph.text``, which
skips tracked insertions, content controls and smart tags — all common in documents that went
through several hands.  Deleted text (tracked deletions, moved-from text) is left out.  What
cannot be carried over — tables, images, text boxes, footnotes, automatic numbering — is
reported with the line it stood at.
"""

from __future__ import annotations

import functools
import io
import zipfile
from dataclasses import dataclass, field

from .. import diagnostics as C
from ..chars import glue
from ..errors import InputError
from ..model import Diagnostic
from .source import Source

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

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
    lines: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)
    pictures: list[int] = field(default_factory=list)
    text_boxes: list[int] = field(default_factory=list)
    numbered: list[int] = field(default_factory=list)
    footnotes: int = 0
    centred_styles: frozenset[str] = frozenset()


def read_docx(data: bytes, name: str) -> Source:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"not a readable Word (.docx) file ({exc.__class__.__name__})", name) from None
    walk = _Walk(centred_styles=_centred_styles(document.styles.element))
    _walk_story(document.element.body, walk)
    if not any(line.strip() for line in walk.lines):
        raise InputError("the document holds no text" + _only(walk), name)
    return Source(name=name, format="docx", lines=tuple(walk.lines), diagnostics=_notes(walk))


def _walk_story(container, walk: _Walk) -> None:
    for child in container.iterchildren():
        if child.tag == _W + "p":
            _paragraph(child, walk)
        elif child.tag == _W + "tbl":
            walk.tables.append(_table_summary(child, len(walk.lines)))
        elif child.tag == _W + "sdt":  # a content control around paragraphs
            for content in child.iterchildren(_W + "sdtContent"):
                _walk_story(content, walk)
        elif child.tag in (_W + "ins", _W + "customXml"):
            _walk_story(child, walk)


def _paragraph(p, walk: _Walk) -> None:
    parts: list[str] = []
    first_line = len(walk.lines) + 1
    _collect(p, parts, walk, first_line)
    if p.find(f"{_W}pPr/{_W}numPr") is not None:
        walk.numbered.append(first_line)
    text = "".join(parts)
    if _centred(p, walk.centred_styles):
        walk.lines.append(_unbroken(text))
    else:
        walk.lines.extend(text.split("\n"))


def _centred(p, centred_styles: frozenset[str]) -> bool:
    """Is paragraph ``p`` centred — a title or a date line, whose line breaks only set it on
    several lines (split, a continuation such as ``（2023—2025年）》的通知`` would read as a
    date line of its own)?"""
    jc = p.find(f"{_W}pPr/{_W}jc")
    if jc is not None:
        return jc.get(_W + "val") == "center"
    style = p.find(f"{_W}pPr/{_W}pStyle")
    return (style.get(_W + "val") if style is not None else "") in centred_styles


def _centred_styles(styles_root) -> frozenset[str]:
    """Ids of the paragraph styles that centre their text, themselves or by inheritance
    (``""`` standing for the default style of paragraphs that name none)."""
    styles = {s.get(_W + "styleId"): s for s in styles_root.iter(_W + "style")
              if s.get(_W + "type") == "paragraph"}
    styles[""] = next((s for s in styles.values() if s.get(_W + "default") == "1"), None)

    def alignment(style_id: str | None, depth: int = 0) -> str | None:
        style = styles.get(style_id)
        if style is None or depth > len(styles):
            return None
        jc = style.find(f"{_W}pPr/{_W}jc")
        if jc is not None:
            return jc.get(_W + "val")
        based = style.find(_W + "basedOn")
        return None if based is None else alignment(based.get(_W + "val"), depth + 1)

    return frozenset(sid for sid in styles if alignment(sid) == "center")


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
            parts.append(child.text or "")
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
