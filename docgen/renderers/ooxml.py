"""The only module that touches WordprocessingML directly (``qn``/``OxmlElement``).

Everything python-docx has no API for lives here: east-Asian font slots, theme-font removal,
the document grid, character spacing, outline levels, the PAGE field and deterministic zips.
"""

from __future__ import annotations

import io
import zipfile

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
#: 2000-01-01: the fixed timestamp of every zip entry and document date in invariant mode.
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


#: Child order of ``w:rPr`` (ECMA-376 CT_RPr): Word rejects a file whose run properties are
#: out of this order.
RPR_ORDER = ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps",
             "w:strike", "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint",
             "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden", "w:color", "w:spacing",
             "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
             "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
             "w:eastAsianLayout", "w:specVanish", "w:oMath")


def _child(parent, tag: str):
    """The child ``tag`` of ``parent``, created in schema order if missing."""
    getter = getattr(parent, f"get_or_add_{tag.split(':')[1]}", None)
    if getter is not None:
        return getter()
    found = parent.find(qn(tag))
    if found is not None:
        return found
    found = OxmlElement(tag)
    later = RPR_ORDER[RPR_ORDER.index(tag) + 1:] if tag in RPR_ORDER else ()
    for sibling in parent:
        if sibling.tag in {qn(t) for t in later}:
            sibling.addprevious(found)
            return found
    parent.append(found)
    return found


def set_fonts(rpr, *, latin: str, east_asia: str) -> None:
    """Name the fonts in the right slots: ``eastAsia`` for Chinese, ``ascii``/``hAnsi`` for
    Latin; ``hint="eastAsia"`` makes Word use the Chinese font for characters both could set
    (“ ” ‘ ’ — …), which it would otherwise draw in the Latin font."""
    fonts = _child(rpr, "w:rFonts")
    for attr in _THEME_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:hint"), "eastAsia")


def set_east_asian_language(rpr, lang: str = "zh-CN") -> None:
    el = _child(rpr, "w:lang")
    el.set(qn("w:val"), "en-US")
    el.set(qn("w:eastAsia"), lang)


def set_char_spacing(rpr, points: float) -> None:
    """Character spacing (condensed when negative), in twentieths of a point."""
    el = _child(rpr, "w:spacing")
    el.set(qn("w:val"), str(round(points * 20)))


def strip_theme_fonts(root) -> None:
    """Remove theme-font attributes everywhere under ``root`` (styles and defaults): they
    override the named fonts and make WPS report missing theme fonts."""
    for fonts in root.iter(qn("w:rFonts")):
        for attr in _THEME_ATTRS:
            fonts.attrib.pop(qn(attr), None)


def set_style_id(style_element, style_id: str) -> None:
    """Give a style a stable ASCII id (its display name stays Chinese)."""
    style_element.set(qn("w:styleId"), style_id)


def default_run_properties(styles_root) -> list:
    """The ``w:rPr`` elements of the document defaults (``w:docDefaults``)."""
    defaults = styles_root.find(qn("w:docDefaults"))
    return [] if defaults is None else list(defaults.iter(qn("w:rPr")))


def set_outline_level(ppr, level: int) -> None:
    """Outline level 1–9 (shown in Word's navigation pane); stored 0-based."""
    el = _child(ppr, "w:outlineLvl")
    el.set(qn("w:val"), str(level - 1))


def set_doc_grid(sect_pr, line_pitch_twips: int) -> None:
    """``docGrid type="lines"``: a grid of lines only.  The line-and-character grid
    (``linesAndChars``) is not used: LibreOffice and WPS for Linux then give each 16 pt
    character two grid cells, i.e. 14 characters a line."""
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    for attr in list(grid.attrib):
        del grid.attrib[attr]
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(line_pitch_twips))


#: Child order of ``w:sectPr`` (ECMA-376 CT_SectPr), after the header and footer references.
SECT_PR_ORDER = ("w:footnotePr", "w:endnotePr", "w:type", "w:pgSz", "w:pgMar", "w:paperSrc",
                 "w:pgBorders", "w:lnNumType", "w:pgNumType", "w:cols", "w:formProt", "w:vAlign",
                 "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter",
                 "w:docGrid", "w:printerSettings", "w:sectPrChange")
#: ``line_numbers.restart`` → ``w:lnNumType/@w:restart``.
LINE_NUMBER_RESTART = {"page": "newPage", "document": "continuous"}


def set_line_numbering(sect_pr, count_by: int, distance_twips: int, restart: str) -> None:
    """``w:lnNumType``: number every ``count_by``-th line, ``distance`` from the text."""
    el = sect_pr.find(qn("w:lnNumType"))
    if el is None:
        el = OxmlElement("w:lnNumType")
        sect_pr.insert_element_before(el, *SECT_PR_ORDER[SECT_PR_ORDER.index("w:lnNumType") + 1:])
    el.set(qn("w:countBy"), str(count_by))
    el.set(qn("w:distance"), str(distance_twips))
    el.set(qn("w:restart"), LINE_NUMBER_RESTART[restart])


#: Children of ``w:pPr`` that come after ``w:suppressLineNumbers`` (ECMA-376 CT_PPr).
_AFTER_SUPPRESS_LINE_NUMBERS = (
    "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange")


def suppress_line_numbers(ppr) -> None:
    """Leave a paragraph (a blank spacing line) out of the line numbering."""
    if ppr.find(qn("w:suppressLineNumbers")) is None:
        ppr.insert_element_before(OxmlElement("w:suppressLineNumbers"), *_AFTER_SUPPRESS_LINE_NUMBERS)


def add_page_field(paragraph, before: str, after: str, style_id: str | None = None) -> None:
    """Append ``before`` + PAGE field + ``after`` to ``paragraph`` as runs."""
    def run(text: str | None = None):
        r = paragraph.add_run(text)
        if style_id:
            r.style = style_id
        return r

    if before:
        run(before)
    begin = run()._r
    begin.append(_fld_char("begin"))
    instr = run()._r
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = " PAGE "
    instr.append(code)
    run()._r.append(_fld_char("separate"))
    run("1")
    run()._r.append(_fld_char("end"))
    if after:
        run(after)


def _fld_char(kind: str):
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    return el


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a .docx with fixed entry timestamps and order, so equal input gives equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()
