"""The module that touches WordprocessingML through python-docx (``qn``/``OxmlElement``); what
a document needs without python-docx is in :mod:`.stylexml`.

Everything python-docx has no API for lives here: east-Asian font slots, theme-font removal,
the document grid, character spacing, outline levels, the PAGE field, the settings an office
reads on opening and the font table.  (The body's paragraphs are written
as text by :mod:`docgen.renderers.wordml`.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml

from .stylexml import PPR_ORDER, RPR_ORDER, SECT_PR_ORDER, place_in_order

_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


#: The elements whose children :func:`_child` creates in schema order.
_ORDERS = {"w:rPr": RPR_ORDER, "w:pPr": PPR_ORDER, "w:sectPr": SECT_PR_ORDER}


def _child(parent, tag: str):
    """The child ``tag`` of ``parent``, created in schema order if missing."""
    getter = getattr(parent, f"get_or_add_{tag.split(':')[1]}", None)
    if getter is not None:
        return getter()
    found = parent.find(qn(tag))
    if found is not None:
        return found
    found = OxmlElement(tag)
    order = next((o for t, o in _ORDERS.items() if parent.tag == qn(t)), ())
    place_in_order(parent, found, tag, order)
    return found


def set_flag(ppr, tag: str, on: bool) -> None:
    """A paragraph property that is on or off (``w:snapToGrid``, ``w:autoSpaceDE`` …)."""
    _child(ppr, tag).set(qn("w:val"), "1" if on else "0")


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


def footer_relationship(sect_pr, kind: str) -> str | None:
    """The relationship id of the section's footer of ``kind`` (default, even, first)."""
    for ref in sect_pr.findall(qn("w:footerReference")):
        if ref.get(qn("w:type")) == kind:
            found: str | None = ref.get(qn("r:id"))
            return found
    return None


def set_color(rpr, color: str) -> None:
    """Text colour, ``#RRGGBB``."""
    _child(rpr, "w:color").set(qn("w:val"), color.lstrip("#").upper())


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


#: ``line_numbers.restart`` → ``w:lnNumType/@w:restart``.
LINE_NUMBER_RESTART = {"page": "newPage", "document": "continuous"}


def set_line_numbering(sect_pr, count_by: int, distance_twips: int, restart: str) -> None:
    """``w:lnNumType``: number every ``count_by``-th line, ``distance`` from the text."""
    el = _child(sect_pr, "w:lnNumType")
    el.set(qn("w:countBy"), str(count_by))
    el.set(qn("w:distance"), str(distance_twips))
    el.set(qn("w:restart"), LINE_NUMBER_RESTART[restart])


def suppress_line_numbers(ppr) -> None:
    """Leave a paragraph (a blank spacing line) out of the line numbering."""
    _child(ppr, "w:suppressLineNumbers")


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


def keep_only_styles(styles_root, style_ids: Iterable[str]) -> None:
    """Remove every style but ``style_ids`` and the document's default styles (Normal, the
    default paragraph font, the normal table and no list): the blank template's built-in
    headings, lists and table styles would only crowd the style list an office shows."""
    keep = set(style_ids)
    for el in styles_root.findall(qn("w:style")):
        if el.get(qn("w:styleId")) not in keep and el.get(qn("w:default")) != "1":
            styles_root.remove(el)


def set_default_paragraph_spacing(styles_root) -> None:
    """No space after paragraphs and single line spacing as the document default (the blank
    template's 10 pt after and 1.15 lines would apply to anything without a style)."""
    defaults = styles_root.find(qn("w:docDefaults"))
    ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}") if defaults is not None else None
    spacing = ppr.find(qn("w:spacing")) if ppr is not None else None
    if spacing is not None:
        for attr in list(spacing.attrib):
            del spacing.attrib[attr]
        spacing.set(qn("w:after"), "0")
        spacing.set(qn("w:line"), "240")
        spacing.set(qn("w:lineRule"), "auto")


#: Settings of the blank template that describe another document (its revision ids, its
#: spelling state, its preview picture, its id) and have no place in a new one.
_STALE_SETTINGS = ("w:rsids", "w:proofState", "w:savePreviewPicture", "w14:docId")


def tidy_settings(settings_root, east_asian_language: str = "zh-CN") -> None:
    """Settings for a Chinese document in current Word: compatibility mode 15 (Word 2013 and
    later; the blank template says 14, which opens in compatibility mode), theme fonts of the
    document's language (the template says Japanese), and nothing left of the template's
    own history."""
    for tag in _STALE_SETTINGS:
        for el in settings_root.findall(qn(tag)):
            settings_root.remove(el)
    for el in settings_root.iter(qn("w:compatSetting")):
        if el.get(qn("w:name")) == "compatibilityMode":
            el.set(qn("w:val"), "15")
    lang = settings_root.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), east_asian_language)


@dataclass(frozen=True, slots=True)
class FontDescriptor:
    """How the font table describes a font to an office looking for it or for a substitute
    (ECMA-376 Part 1 §17.8.3): character set (``w:charset``, hexadecimal), family
    (``roman``, ``swiss``, ``modern``, ``script``, ``decorative``, ``auto``), pitch (``fixed``,
    ``variable``, ``default``), PANOSE number (20 hex digits, or none), Unicode and code-page
    ranges (``w:sig``: usb0–usb3, csb0, csb1, or none), and the alternative name(s) to use
    where the font is missing."""

    charset: str
    family: str
    pitch: str
    panose: str = ""
    sig: tuple[str, ...] = ()
    alternative: str = ""


@dataclass(frozen=True, slots=True)
class EmbeddedFace:
    """One face of a font embedded in the package: ``kind`` is ``Regular`` or ``Bold``
    (``w:embedRegular``, ``w:embedBold``), ``rel_id`` the relationship of the font table that
    targets the obfuscated part, ``key`` the obfuscation key (a GUID in braces)."""

    kind: str
    rel_id: str
    key: str


@dataclass(frozen=True, slots=True)
class FontEntry:
    """A font named in the document, its descriptor, and its embedded faces (if any)."""

    name: str
    descriptor: FontDescriptor
    embedded: tuple[EmbeddedFace, ...] = ()


#: ``w:sig``'s attributes, in order.
_SIG_ATTRS = ("w:usb0", "w:usb1", "w:usb2", "w:usb3", "w:csb0", "w:csb1")


def font_table(fonts: Iterable[FontEntry]) -> bytes:
    """``word/fontTable.xml`` naming ``fonts``, each element in the schema's order (CT_Font:
    altName, panose1, charset, family, pitch, sig, embedRegular, embedBold)."""
    root = parse_xml(f"<w:fonts {nsdecls('w', 'r')}/>")
    for font in fonts:
        d = font.descriptor
        el = OxmlElement("w:font")
        el.set(qn("w:name"), font.name)
        if d.alternative:
            _valued(el, "w:altName", d.alternative)
        if d.panose:
            _valued(el, "w:panose1", d.panose)
        _valued(el, "w:charset", d.charset)
        _valued(el, "w:family", d.family)
        _valued(el, "w:pitch", d.pitch)
        if d.sig:
            sig = OxmlElement("w:sig")
            for attr, value in zip(_SIG_ATTRS, d.sig):
                sig.set(qn(attr), value)
            el.append(sig)
        for face in font.embedded:
            embed = OxmlElement(f"w:embed{face.kind}")
            embed.set(qn("r:id"), face.rel_id)
            embed.set(qn("w:fontKey"), face.key)
            embed.set(qn("w:subsetted"), "1")
            el.append(embed)
        root.append(el)
    from lxml import etree

    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


#: The children of ``w:settings`` (ECMA-376 CT_Settings) that come before the font-embedding
#: settings, in order.
_SETTINGS_BEFORE_EMBEDDING = ("w:writeProtection", "w:view", "w:zoom", "w:removePersonalInformation",
                              "w:removeDateAndTime", "w:doNotDisplayPageBoundaries",
                              "w:displayBackgroundShape", "w:printPostScriptOverText",
                              "w:printFractionalCharacterWidth", "w:printFormsData")
#: Embed TrueType fonts when saving, common system fonts too (the names the document uses
#: are such fonts in an office that has them), and only the characters used.
_EMBEDDING_SETTINGS = ("w:embedTrueTypeFonts", "w:embedSystemFonts", "w:saveSubsetFonts")


def set_font_embedding(settings_root) -> None:
    """The settings of a document with embedded fonts, so that Word keeps embedding them
    (subsets) when it saves the document again."""
    before = {qn(t) for t in _SETTINGS_BEFORE_EMBEDDING}
    anchor = None
    for child in settings_root:
        if child.tag in before:
            anchor = child
    for tag in _EMBEDDING_SETTINGS:
        if settings_root.find(qn(tag)) is not None:
            continue
        el = OxmlElement(tag)
        if anchor is None:
            settings_root.insert(0, el)
        else:
            anchor.addnext(el)
        anchor = el


def _valued(parent, tag: str, value: str) -> None:
    el = OxmlElement(tag)
    el.set(qn("w:val"), value)
    parent.append(el)
