"""A DOCX read for checking: its sections (paper, margins, document grid, footers), its
paragraphs with the formatting each one gets — from the document defaults, its style and the
styles that style is based on, and its own direct formatting — and its page-number footers.

Lengths are in points; a run's fonts are given per ``w:rFonts`` slot (``eastAsia`` for
Chinese text, ``ascii``/``hAnsi`` for Latin letters and digits), a theme font as
``theme:minorEastAsia``.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ..errors import InputError
from .docxshapes import DrawnRules, Frame, drawn_rules

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: The ``w:rFonts`` slots, each with its theme attribute.
SLOTS = (("ascii", "asciiTheme"), ("hAnsi", "hAnsiTheme"), ("eastAsia", "eastAsiaTheme"), ("cs", "cstheme"))
#: Run properties read (and the paragraph properties below), each a plain value.
Props = dict[str, Any]
#: Most levels of ``w:basedOn`` followed (a loop in a damaged file stops there).
MAX_BASED_ON = 20


@dataclass(frozen=True, slots=True)
class Section:
    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float
    footer: float
    grid_type: str            # "" (none), "default", "lines", "linesAndChars", "snapToChars"
    line_pitch: float | None
    char_space: int | None
    footers: dict[str, str]   # footer type (default, even, first) → part name
    title_page: bool


@dataclass(frozen=True, slots=True)
class DocxParagraph:
    number: int               # 1-based among the body's paragraphs
    text: str
    style: str                # the paragraph style's name (its id when it has none)
    para: Props               # effective paragraph properties
    run: Props                # effective properties of its longest run (not a run-in lead's)
    direct: frozenset[str]    # properties set on the paragraph or its runs directly


@dataclass(frozen=True, slots=True)
class FooterLine:
    text: str                 # the paragraph's text, the page field as {page}
    has_page: bool
    para: Props
    run: Props


@dataclass(frozen=True, slots=True)
class DocxDocument:
    sections: tuple[Section, ...]
    paragraphs: tuple[DocxParagraph, ...]
    footers: dict[str, tuple[FooterLine, ...]]   # part name → its paragraphs
    even_and_odd: bool
    defaults: Props = field(default_factory=dict)
    rules: DrawnRules = DrawnRules((), 0)   # the floating rules of the body and of the first section's headers and footers


def read_docx(data: bytes, name: str) -> DocxDocument:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = _Parts(archive)
            styles = Styles(parts.xml("word/styles.xml"))
            document = parts.xml("word/document.xml")
            if document is None:
                raise InputError("not a Word document (no word/document.xml)", name)
            rels = parts.rels("word/_rels/document.xml.rels")
            body = document.find(f"{W}body")
            sections = tuple(_section(s, rels) for s in (body.iter(f"{W}sectPr") if body is not None else ()))
            paragraphs = tuple(_paragraph(p, n, styles) for n, p in enumerate(_body_paragraphs(body), 1))
            footers = {part: _footer(parts.xml(part), styles) for s in sections for part in s.footers.values()}
            settings = parts.xml("word/settings.xml")
            even = settings is not None and _flag(settings.find(f"{W}evenAndOddHeaders"))
            rules = _rules(body, sections, rels, parts)
    except (zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, ValueError) as exc:
        raise InputError(f"not a readable Word document ({type(exc).__name__}: {exc})", name) from None
    return DocxDocument(sections, paragraphs, footers, even, styles.run_props(None, None), rules)


def _rules(body: Any, sections: tuple[Section, ...], rels: dict[str, str], parts: _Parts) -> DrawnRules:
    """The floating rules of the body and of the headers and footers of the first section
    (the first page's: a 信函's rules), placed with that section's paper and margins."""
    if not sections:
        return DrawnRules((), 0)
    first = sections[0]
    frame = Frame(first.width, first.height, first.top, first.bottom, first.left, first.right)
    sect = next(body.iter(f"{W}sectPr"))
    extra = [parts.xml(rels.get(ref.get(R_ID), "")) for ref in sect.iter(f"{W}headerReference", f"{W}footerReference")]
    return drawn_rules([body, *extra], frame)


class _Parts:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive, self.names = archive, set(archive.namelist())

    def xml(self, name: str) -> Any:
        if name not in self.names:
            return None
        return etree.fromstring(self.archive.read(name), etree.XMLParser(resolve_entities=False, huge_tree=False))

    def rels(self, name: str) -> dict[str, str]:
        root = self.xml(name)
        if root is None:
            return {}
        return {r.get("Id"): "word/" + r.get("Target", "").lstrip("/").removeprefix("word/")
                for r in root.iter(f"{REL}Relationship")}


def _val(element: Any, attr: str = "val") -> str | None:
    return None if element is None else element.get(f"{W}{attr}")


def _flag(element: Any) -> bool:
    """An on/off property: present and not switched off."""
    return element is not None and _val(element) not in ("0", "false", "off")


def _twips(value: str | None) -> float | None:
    try:
        return None if value is None else float(value) / 20
    except ValueError:
        return None


def _section(sect: Any, rels: dict[str, str]) -> Section:
    size, margin, grid = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar"), sect.find(f"{W}docGrid")
    get = lambda element, attr, default: _twips(_val(element, attr)) or default
    footers = {ref.get(f"{W}type", "default"): rels.get(ref.get(R_ID), "")
               for ref in sect.iter(f"{W}footerReference")}
    char_space = _val(grid, "charSpace")
    return Section(get(size, "w", 612.0), get(size, "h", 792.0), get(margin, "top", 72.0), get(margin, "bottom", 72.0),
                   get(margin, "left", 90.0), get(margin, "right", 90.0), get(margin, "footer", 36.0),
                   "" if grid is None else (_val(grid, "type") or "default"), _twips(_val(grid, "linePitch")),
                   int(char_space) if char_space and char_space.lstrip("-").isdigit() else None,
                   {k: v for k, v in footers.items() if v}, sect.find(f"{W}titlePg") is not None)


def _body_paragraphs(body: Any) -> list[Any]:
    if body is None:
        return []
    return [p for p in body.iter(f"{W}p") if not any(a.tag in (f"{W}tbl", f"{W}txbxContent") for a in p.iterancestors())]


# --------------------------------------------------------------------------- styles


def run_properties(rpr: Any) -> Props:
    """The run properties ``rpr`` sets."""
    out: Props = {}
    if rpr is None:
        return out
    fonts = rpr.find(f"{W}rFonts")
    if fonts is not None:
        for slot, theme in SLOTS:
            if fonts.get(f"{W}{theme}"):
                out[slot] = f"theme:{fonts.get(f'{W}{theme}')}"
            elif fonts.get(f"{W}{slot}"):
                out[slot] = fonts.get(f"{W}{slot}")
    size = _val(rpr.find(f"{W}sz"))
    if size and size.replace(".", "").isdigit():
        out["size"] = float(size) / 2
    if rpr.find(f"{W}b") is not None:
        out["bold"] = _flag(rpr.find(f"{W}b"))
    spacing = _twips(_val(rpr.find(f"{W}spacing")))
    if spacing is not None:
        out["spacing"] = spacing
    color = _val(rpr.find(f"{W}color"))
    if color:
        out["color"] = color.upper()
    return out


def para_properties(ppr: Any) -> Props:
    """The paragraph properties ``ppr`` sets."""
    out: Props = {}
    if ppr is None:
        return out
    jc = _val(ppr.find(f"{W}jc"))
    if jc:
        out["jc"] = jc
    ind = ppr.find(f"{W}ind")
    if ind is not None:
        for attr, key in (("firstLine", "first_line"), ("hanging", "hanging"), ("left", "left"), ("start", "left"),
                          ("right", "right"), ("end", "right")):
            if (value := _twips(_val(ind, attr))) is not None:
                out[key] = value
        for attr, key in (("firstLineChars", "first_line_chars"), ("hangingChars", "hanging_chars")):
            if (chars := _val(ind, attr)) is not None and chars.lstrip("-").isdigit():
                out[key] = int(chars) / 100
    spacing = ppr.find(f"{W}spacing")
    if spacing is not None:
        for attr in ("line", "before", "after"):
            if _val(spacing, attr) is not None:
                out[attr] = _val(spacing, attr)
        if _val(spacing, "lineRule"):
            out["line_rule"] = _val(spacing, "lineRule")
    if ppr.find(f"{W}snapToGrid") is not None:
        out["snap"] = _flag(ppr.find(f"{W}snapToGrid"))
    return out


#: First-line indent properties: a level that sets one replaces all of them.
_FIRST_LINE = ("first_line", "hanging", "first_line_chars", "hanging_chars")


def merged(base: Props, own: Props) -> Props:
    """``base`` overridden by ``own``, as a lower level overrides a higher one (a hanging
    indent set on a paragraph replaces its style's first-line indent)."""
    out = dict(base)
    if any(k in own for k in _FIRST_LINE):
        for key in _FIRST_LINE:
            out.pop(key, None)
    out.update(own)
    return out


class Styles:
    """The styles part: each style's own properties, resolved through ``w:basedOn``."""

    def __init__(self, root: Any) -> None:
        self.styles: dict[str, Any] = {}
        self.default_para: str | None = None
        self.doc_rpr: Props = {}
        self.doc_ppr: Props = {}
        if root is None:
            return
        for style in root.iter(f"{W}style"):
            self.styles[style.get(f"{W}styleId", "")] = style
            if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in ("1", "true"):
                self.default_para = style.get(f"{W}styleId")
        defaults = root.find(f"{W}docDefaults")
        if defaults is not None:
            self.doc_rpr = run_properties(defaults.find(f"{W}rPrDefault/{W}rPr"))
            self.doc_ppr = para_properties(defaults.find(f"{W}pPrDefault/{W}pPr"))

    def chain(self, style_id: str | None) -> list[Any]:
        """The style and those it is based on, the base first."""
        out: list[Any] = []
        while style_id and style_id in self.styles and len(out) < MAX_BASED_ON:
            style = self.styles[style_id]
            if style in out:
                break
            out.insert(0, style)
            style_id = _val(style.find(f"{W}basedOn"))
        return out

    def name(self, style_id: str | None) -> str:
        style = self.styles.get(style_id or "")
        return (_val(style.find(f"{W}name")) or style_id or "") if style is not None else (style_id or "")

    def para_props(self, style_id: str | None) -> Props:
        out = dict(self.doc_ppr)
        for style in self.chain(style_id or self.default_para):
            out = merged(out, para_properties(style.find(f"{W}pPr")))
        return out

    def run_props(self, para_style: str | None, run_style: str | None) -> Props:
        out = dict(self.doc_rpr)
        for style in self.chain(para_style or self.default_para) + self.chain(run_style):
            out.update(run_properties(style.find(f"{W}rPr")))
        return out


# --------------------------------------------------------------------------- paragraphs


def _runs(p: Any) -> list[tuple[Any, str]]:
    """The runs of a paragraph with their text (deleted text left out)."""
    out = []
    for run in p.iter(f"{W}r"):
        if any(a.tag in (f"{W}del", f"{W}moveFrom") for a in run.iterancestors()):
            continue
        text = "".join(t.text or "" for t in run.iter(f"{W}t"))
        out.append((run, text))
    return out


def _paragraph(p: Any, number: int, styles: Styles) -> DocxParagraph:
    ppr = p.find(f"{W}pPr")
    style_id = _val(ppr.find(f"{W}pStyle")) if ppr is not None else None
    runs = _runs(p)
    text = "".join(t for _, t in runs)
    plain = [r for r in runs if r[0].find(f"{W}rPr/{W}rStyle") is None and r[1].strip()]
    longest = max(plain or runs, key=lambda r: len(r[1]), default=(None, ""))[0]
    own_para = para_properties(ppr)
    run_style = _val(longest.find(f"{W}rPr/{W}rStyle")) if longest is not None else None
    run = styles.run_props(style_id, run_style)
    own_run = run_properties(longest.find(f"{W}rPr")) if longest is not None else {}
    run.update(own_run)
    direct = frozenset(own_para) | frozenset(k for r, t in runs if t.strip() for k in run_properties(r.find(f"{W}rPr")))
    return DocxParagraph(number, text, styles.name(style_id or styles.default_para),
                         merged(styles.para_props(style_id), own_para), run, direct)


def _footer(root: Any, styles: Styles) -> tuple[FooterLine, ...]:
    if root is None:
        return ()
    return tuple(_footer_line(p, styles) for p in root.iter(f"{W}p"))


def _footer_line(p: Any, styles: Styles) -> FooterLine:
    """A footer paragraph's text with its PAGE field (simple or complex) as ``{page}``."""
    ppr = p.find(f"{W}pPr")
    style_id = _val(ppr.find(f"{W}pStyle")) if ppr is not None else None
    parts: list[str] = []
    page_run, state = None, "text"   # text → instr (field code) → result (shown value) → text
    for node in p.iter(f"{W}r", f"{W}fldSimple"):
        if node.tag == f"{W}fldSimple":
            if "PAGE" in (node.get(f"{W}instr") or "").split():
                parts.append("{page}")
                page_run = node.find(f"{W}r")
            continue
        if node.getparent().tag == f"{W}fldSimple":
            continue
        char, instr = node.find(f"{W}fldChar"), node.find(f"{W}instrText")
        if char is not None:
            state = {"begin": "instr", "separate": "result", "end": "text"}.get(_val(char, "fldCharType") or "", state)
        elif instr is not None:
            if state == "instr" and "PAGE" in (instr.text or "").split():
                parts.append("{page}")
                page_run = node
        elif state == "text":
            parts.append("".join(t.text or "" for t in node.iter(f"{W}t")))
    run = styles.run_props(style_id, None)
    if page_run is not None:
        run.update(run_properties(page_run.find(f"{W}rPr")))
    return FooterLine("".join(parts), page_run is not None or "{page}" in parts,
                      merged(styles.para_props(style_id), para_properties(ppr)), run)
