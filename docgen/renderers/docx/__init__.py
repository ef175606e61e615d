"""DOCX renderer: named styles created once from the preset, paragraphs that only
reference them.

A user who opens the file sees 公文标题, 正文, 一级标题 … in Word's style list and can change
them all at once; the only run-level formatting is the character style of a run-in lead.

Everything that depends only on the style — styles, page setup, footers, settings, the font
table, the seal's picture — is built once per style with python-docx (:mod:`.template`) and
kept packed (:mod:`.package`), in the process and in the cache folder (:mod:`.templatecache`),
so that a new process need not import python-docx at all; each document then only adds its
body, written as text by :mod:`.wordml`, and its core properties.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Iterator

from ...chars import is_cjk
from ...fonts import FontSet
from ...model import Speech
from ...style import Role, Style
from ...typesetting.linebreak import takes_cell
from ...version import __version__
from ..colophon import Colophon, Placement, colophon, placement
from ..grid import body_sized, cell_width, centred_width
from ..masthead import Masthead, masthead
from ..measure import centred_lines
from ..pages import lay_out_para, paginate
from ..paragraphs import Para, Shape, paragraphs
from ..properties import document_properties
from ..result import Rendered
from . import drawing, wordml
from .dotx import as_template
from .official import Shapes, colophon_xml, masthead_xml
from .package import CoreProperties, Template, assemble, core_xml
from .stylenames import CHARACTER_STYLES, PARAGRAPH_STYLES
from .stylexml import scaled_style
from .templatecache import style_template

#: Alignment → the value of ``w:jc``.
_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}

#: LibreOffice (7.x) ignores ``w:autoSpaceDE``/``w:autoSpaceDN`` and puts 0.2 em between a
#: Chinese character and a Latin letter or digit (measured).  A centred title line that the
#: PDF fills could then wrap in LibreOffice, leaving a character on a line of its own; such a
#: paragraph gets that room as an equal outdent on both sides, which changes nothing where
#: the lines fit (Word, WPS): they are centred and broken by line breaks.
LIBREOFFICE_AUTOSPACE_EM = 0.2
_ROOM_MARGIN = 0.5  # pt

FIXED_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def render_docx(speech: Speech, style: Style, *, invariant: bool = False) -> Rendered:
    prepared = _prepared(style)
    paras = paragraphs(speech, style, prepared.measure)
    head = masthead(speech.meta, style, prepared.measure)
    if any(para.seal is not None for para in paras):  # set the signature where the PDF sets it
        settled: list[Para] = []
        paginate(paras, style, prepared.fonts, head.body_top if head else 0.0, settled)
        paras = settled
    shapes = Shapes()
    parts = [masthead_xml(head, style, shapes)] if head is not None else []
    parts.extend(_body(paras, style, prepared, shapes))
    col = colophon(speech, style, prepared.measure)
    where = _colophon_page(paras, col, head, prepared) if col is not None else None
    unnumbered_first = head is not None and not head.first_page_number
    template, blank = prepared.template, None
    if unnumbered_first or (where is not None and where.blank):
        template, blank = prepared.blank_template
    tail = template.tail
    if unnumbered_first and blank:
        tail = wordml.with_title_page(tail, blank)
    if col is not None:
        before = ""
        if where is not None and where.blank and blank:
            ending, tail = wordml.unnumbered_section(tail, blank)
            before = (wordml.paragraph(PARAGRAPH_STYLES["body"][0], (), section=ending)
                      + wordml.paragraph(PARAGRAPH_STYLES["body"][0], (wordml.run("\f"),)))
        elif where is not None:
            before = wordml.paragraph(PARAGRAPH_STYLES["body"][0], (wordml.run("\f"),))
        counts = [len(lay_out_para(para, style, prepared.fonts)) for para in col.lines]
        parts.append(before + colophon_xml(col, counts, style))
    core = core_xml(_properties(speech, style, invariant))
    fonts = None
    if style.docx.embed_fonts:
        from .embedding import embedded_parts

        fonts = embedded_parts(paras, style)
    return Rendered(assemble(template, "".join(parts), core, fonts, tail=tail,
                             styles=_fitted_mark(head, style, prepared)), 0, ())


def _colophon_page(paras: list[Para], col: Colophon, head: Masthead | None,
                   prepared: _Prepared) -> Placement | None:
    """Where the 版记 goes when it is printed on both sides and cannot stay on the text's last
    page (GB/T 9704 §7.4.1, §7.5): after a page break, or after a blank page in a section of
    its own that has no page numbers (None: where it is).  The pages are counted as
    the PDF sets them.  On one side, the 版记's frames move to a page of their own by
    themselves when the last page has no room."""
    style = prepared.style
    if not style.colophon.two_sided:
        return None
    pages = paginate(paras, style, prepared.fonts, head.body_top if head else 0.0)
    height = col.count * style.roles.distribution.line_pitch
    where = placement(len(pages), pages[-1].filled + height <= style.page.text_height + 0.01, True)
    return None if where.page == len(pages) else where


def _fitted_mark(head: Masthead | None, style: Style, prepared: _Prepared) -> bytes | None:
    """The styles with the mark's style condensed (and made smaller) as the 版头 fits the
    mark to the text block — the style's own 字符缩放, not formatting of the run — or None
    when the mark fits as the preset sets it."""
    lines = [line for line in head.lines if line.kind in ("mark", "mark_word")] if head else []
    if not lines:
        return None
    scale, size = lines[0].scale, lines[0].size
    role_size = style.roles.issuer_mark.size
    if abs(scale - 1.0) < 0.005 and abs(size - role_size) < 0.01:
        return None
    return scaled_style(prepared.template.styles, PARAGRAPH_STYLES["issuer_mark"][0],
                              max(1, math.floor(scale * 100)), None if abs(size - role_size) < 0.01 else size)


def render_template(style: Style) -> bytes:
    """A Word template (.dotx) of ``style``: its named styles, page setup, document grid and
    page-number footers, and one empty paragraph in 正文 to start writing in."""
    template = _prepared(style).template
    core = core_xml(CoreProperties(style.name, "docgen", style.description, "", f"docgen {__version__}: "
                                   f"the preset {style.name}", FIXED_TIME, style.metadata.language))
    body = wordml.paragraph(PARAGRAPH_STYLES["body"][0])
    return as_template(assemble(template, body, core))


class _Prepared:
    """A style's packed template, and the fonts measured for it (loaded only when a document
    needs a measurement: a title too long for one line, a signature, an attachment note)."""

    def __init__(self, style: Style) -> None:
        self.style = style
        built = style_template(style)
        self.template, self.seal = built.template, built.seal
        self._blank: tuple[Template, str | None] | None = None
        self._fonts: FontSet | None = None

    @property
    def blank_template(self) -> tuple[Template, str | None]:
        """The template with a blank footer too, and that footer's relationship — for a
        document with a page that shows no number (a 信函's first page, the pages of a 版记
        printed on both sides); made when the first such document needs it."""
        if self._blank is None:
            built = style_template(self.style, blank=True)
            self._blank = (built.template, built.blank_footer)
        return self._blank

    @property
    def fonts(self) -> FontSet:
        if self._fonts is None:
            self._fonts = FontSet(self.style)
        return self._fonts

    def measure(self, text: str, role: Role) -> float:
        """Width of ``text`` as Word and LibreOffice set it: Chinese characters one em (no
        character grid), Latin ones their Times New Roman advance, every character condensed
        by the style's character spacing where the role is body-size."""
        style = self.style
        spacing = style.docx.char_spacing if body_sized(style, role.size) else 0.0
        latin = self.fonts.font("latin", role.bold)
        return sum((role.size if takes_cell(c) else latin.advance(c, role.size)) + spacing for c in text)


@functools.lru_cache(maxsize=8)
def _prepared(style: Style) -> _Prepared:
    return _Prepared(style)


def _body(paras: list[Para], style: Style, prepared: _Prepared, shapes: Shapes) -> Iterator[str]:
    # The PDF numbers lines of text only: blank spacing lines are left out of the numbering.
    blank = wordml.paragraph(PARAGRAPH_STYLES["body"][0],
                             suppress_line_numbers=bool(style.line_numbers.every))
    for para in paras:
        yield blank * _blank_lines(para, style)
        yield _paragraph(para, style, prepared, _seal(para, prepared, shapes))


def _seal(para: Para, prepared: _Prepared, shapes: Shapes) -> str:
    """The seal's picture anchored in ``para``, placed from its top and the text block's left
    edge (the blank lines above it are paragraphs of their own)."""
    spot = para.seal
    if spot is None or spot.picture is None or prepared.seal is None:
        return ""
    return drawing.picture(shapes.take(), prepared.seal, spot.x, spot.y, spot.width, spot.height)


def _blank_lines(para: Para, style: Style) -> int:
    """Space asked for by the layout is set as blank grid lines (空一行), which an office
    keeps editing naturally, rather than as direct paragraph spacing."""
    if para.space_before <= 0:
        return 0
    return max(1, math.floor(para.space_before / style.grid.line_pitch + 0.5))


def _paragraph(para: Para, style: Style, prepared: _Prepared, anchored: str = "") -> str:
    role = style.roles.get(para.role)
    shape = para.shape
    if ((shape and shape.align) or role.align) == "center":
        text, shape = _centred(para, role, style, prepared)
        runs = [wordml.run(text)]
    else:
        runs = [wordml.run(s.text, CHARACTER_STYLES[s.role][0] if s.role else None)
                for s in para.segments]
    if anchored:
        runs.insert(0, anchored)
    indent, align = _own_shape(shape)
    return wordml.paragraph(PARAGRAPH_STYLES[para.role][0], runs, indent, align,
                            keep_lines=False if _too_long_to_keep(para, role, style) else None)


def _centred(para: Para, role: Role, style: Style, prepared: _Prepared) -> tuple[str, Shape | None]:
    """The title block's lines, broken where the PDF breaks them and joined by line breaks
    (one paragraph, which an office can re-break), and the room LibreOffice needs to keep
    each on one line (see :data:`LIBREOFFICE_AUTOSPACE_EM`).  A text that fits even with
    every character a full em wide is one line without measuring."""
    available = centred_width(style, role)
    text = para.text
    if (len(text) + LIBREOFFICE_AUTOSPACE_EM * _script_changes(text)) * role.size <= available:
        return text, para.shape
    lines = centred_lines(para, style, prepared.fonts)
    widest = max(prepared.measure(line, role) + LIBREOFFICE_AUTOSPACE_EM * role.size * _script_changes(line)
                 for line in lines)
    if widest <= available:
        return "\n".join(lines), para.shape
    room = (widest - available) / 2 + _ROOM_MARGIN
    return "\n".join(lines), Shape(left=role.left_indent - room, right=role.right_indent - room)


def _script_changes(text: str) -> int:
    """How often ``text`` changes between Chinese characters and Latin letters or digits."""
    latin = [c.isascii() and c.isalnum() for c in text]
    han = [is_cjk(c) for c in text]
    return sum(1 for i in range(1, len(text)) if (han[i - 1] and latin[i]) or (latin[i - 1] and han[i]))


def _too_long_to_keep(para: Para, role: Role, style: Style) -> bool:
    """Word keeps the lines of a paragraph together by moving it to the next page even when it
    is longer than a page, and then splits it anyway, leaving a page almost empty: a
    kept-together paragraph that cannot fit on one page is let go (``keepLines`` off)."""
    return role.keep_together and estimated_lines(para, style) > style.page.text_height // role.line_pitch


def estimated_lines(para: Para, style: Style) -> int:
    """Lines a paragraph takes, estimated from its characters (a Latin letter or digit is
    about half a cell) — Word does its own line breaking."""
    role = style.roles.get(para.role)
    cell = cell_width(style, role.size)
    cells = sum(1.0 if ord(ch) > 0x2000 else 0.5 for ch in para.text) + role.first_indent / cell
    per_line = max(1, int((style.page.text_width - role.left_indent - role.right_indent) // cell))
    return math.ceil(cells / per_line)


def _own_shape(shape: Shape | None) -> tuple[wordml.Indent | None, str | None]:
    """A paragraph's own indents (twips) and alignment (w:jc value)."""
    if shape is None:
        return None, None
    twips = [None if v is None else round(v * 20) for v in (shape.left, shape.right, shape.first)]
    return wordml.Indent(*twips), _JC.get(shape.align) if shape.align else None


def _properties(speech: Speech, style: Style, invariant: bool) -> CoreProperties:
    """The properties both renderers give (:func:`document_properties`); fixed dates with
    ``invariant``."""
    found = document_properties(speech, style)
    when = FIXED_TIME if invariant else dt.datetime.now(dt.UTC).replace(microsecond=0)
    return CoreProperties(title=found.title, author=found.author, subject=found.subject,
                          keywords=", ".join(found.keywords), description=f"docgen {__version__}",
                          when=when, language=found.language)
