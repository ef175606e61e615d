"""Every shipped preset rendered once per example and format, and read back.

The expected numbers always come from the preset as loaded (``load_style(name)``), never from
copies written into the tests, so a preset added to ``styles/`` is checked without new code.
"""

from __future__ import annotations

import functools
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

import docgen
from docgen.resources import presets_dir
from docgen.style import Style, load_style
from helpers.documents import FIXTURES
from helpers.pdfmeasure import EM_ASCENT, MM, Row, baseline, font_name, open_pdf

PRESETS = sorted(p.stem for p in presets_dir().glob("*.toml"))
#: Presets written for the tests (as paths): other values of the same keys.
FIXTURE_PRESETS = sorted(str(p) for p in (FIXTURES / "presets").glob("*.toml"))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Marks that end a sentence or a clause, and the closing marks that may follow them
#: (GB/T 15834: 句号 问号 叹号 省略号 分号; 引号 括号 书名号).
SENTENCE_OR_CLAUSE_END = set("。！？…；")
CLOSING = set("”’）》」』〕】")


@functools.cache
def style_of(preset: str) -> Style:
    return load_style(preset)


@functools.cache
def speech_of(path: Path):
    return docgen.parse(path)


@functools.cache
def rendered(preset: str, path: Path, fmt: str) -> bytes:
    return docgen.render(speech_of(path), style_of(preset), fmt, invariant=True)


# --------------------------------------------------------------------------- PDF


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    text: tuple[Row, ...]      # lines inside the text block
    above: tuple[Row, ...]     # lines above it (the mark)
    below: tuple[Row, ...]     # lines below it (the page number)
    left: tuple[Row, ...]      # lines in the left margin (line numbers)


def typeface_names(style: Style, typeface: str) -> set[str]:
    """The names a typeface's font may have in a PDF: its bundled file's or a searched family's."""
    spec = style.typeface(typeface)
    return {font_name(Path(spec.bundled).stem), *(n.replace(" ", "") for n in spec.search)}


def _lines(chars: list[dict], page_height: float) -> tuple[Row, ...]:
    groups: dict[float, list[dict]] = {}
    for c in chars:
        groups.setdefault(round(baseline(c, page_height), 1), []).append(c)
    return tuple(Row(sorted(cs, key=lambda c: c["x0"]), baseline(cs[0], page_height))
                 for _, cs in sorted(groups.items()))


@functools.cache
def pdf_pages(preset: str, path: Path) -> tuple[Page, ...]:
    style = style_of(preset)
    margins = style.page.margins
    top, bottom = margins.top, margins.top + style.page.text_height
    out = []
    with open_pdf(rendered(preset, path, "pdf")) as pdf:
        for page in pdf.pages:
            chars = [c for c in page.chars if c["text"].strip()]
            line_of = {id(c): baseline(c, page.height) for c in chars}
            left = [c for c in chars if c["x1"] < margins.left - 0.5 * MM]
            rest = [c for c in chars if c["x1"] >= margins.left - 0.5 * MM]
            out.append(Page(
                page.page_number, page.width, page.height,
                _lines([c for c in rest if top <= line_of[id(c)] <= bottom + 1], page.height),
                _lines([c for c in rest if line_of[id(c)] < top], page.height),
                _lines([c for c in rest if line_of[id(c)] > bottom + 1], page.height),
                _lines(left, page.height)))
    return tuple(out)


def body_lines(style: Style, page: Page) -> list[Row]:
    size = style.roles.body.size
    return [line for line in page.text if abs(line.size - size) < 0.3]


def pitch_of(style: Style) -> float:
    """The PDF's line pitch for body lines: the grid's, or derived from the text block in the
    em model (the first and last lines' em boxes touching its edges)."""
    if style.grid.model == "em":
        return (style.page.text_height - style.roles.body.size) / (style.grid.lines - 1)
    return style.roles.body.line_pitch


def line_box_top(style: Style, line: Row) -> float:
    """Top of the line box of a body line (line-box model: the glyph centred in the box)."""
    pitch = pitch_of(style)
    inset = 0.0 if style.grid.model == "em" else (pitch - line.size) / 2
    return line.baseline - EM_ASCENT * line.size - inset


def grid_rows(style: Style, page: Page) -> int:
    """How many grid lines a page's text spans, from its first line to its last."""
    if not page.text:
        return 0
    return round((page.text[-1].baseline - page.text[0].baseline) / pitch_of(style)) + 1


# --------------------------------------------------------------------------- DOCX


def docx_part(data: bytes, name: str):
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(name))


def docx_parts(data: bytes, prefix: str) -> dict[str, object]:
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    return {n: docx_part(data, n) for n in names if n.startswith(prefix) and n.endswith(".xml")}


def twips(points: float) -> int:
    return round(points * 20)


def attr(element, name: str) -> str | None:
    return None if element is None else element.get(f"{W}{name}")


def flag(parent, tag: str) -> bool:
    """An OOXML on/off property: present and not switched off (``w:val="0"``)."""
    element = None if parent is None else parent.find(f"{W}{tag}")
    return element is not None and attr(element, "val") not in ("0", "false", "off")
