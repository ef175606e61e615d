"""Fonts embedded in the DOCX (``[docx] embed_fonts``): subsets of the bundled fonts, so that
the document keeps its look and its page breaks on a machine without the official fonts —
or without any Chinese font.

Each font the styles name (仿宋_GB2312, 楷体_GB2312, 黑体, 宋体, 方正小标宋简体, Times New
Roman) gets a subset of the free font docgen ships for it, holding the characters the
document sets in it, named as the document names it (:mod:`docgen.fonts.subset`).  The
parts follow ECMA-376 Part 1 §17.8.1 and §17.8.3.3: each subset is obfuscated — the first
32 bytes XORed with the bytes of a GUID in reverse order — and stored as
``word/fonts/fontN.odttf`` (content type ``…obfuscatedFont``), targeted by a relationship of
the font table, whose entry names it in ``w:embedRegular`` (or ``w:embedBold``) with the
GUID as ``w:fontKey``.  The key is derived from the subset's bytes, so the same document
gives the same package.

A character is counted for the font that a word processor sets it in: ASCII in the Latin
font of its run, anything else in the run's Chinese font — and also in the Latin font when
it is not a CJK character (“ ” — é …: Word may set those in either).  A Chinese character
the Chinese font's stand-in lacks goes into the 宋体 subset as well (Noto Serif SC covers
all of GBK), where a word processor's glyph fallback finds it, as the PDF draws it.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from collections.abc import Iterable

from ...fonts.resolve import bundled_file
from ...fonts.subset import Subset, require_subsetter, subset_font
from ...style import Style
from ...style.schema import TypefaceName
from ..paragraphs import Para
from . import ooxml
from .fontnames import font_entries

FONT_TABLE = "word/fontTable.xml"
FONT_TABLE_RELS = "word/_rels/fontTable.xml.rels"
FONT_FOLDER = "word/fonts"
#: The relationship type of an embedded font and the content type of an obfuscated one.
FONT_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
FONT_EXTENSION = "odttf"
#: Bytes of the font obfuscated with the key (§17.8.1): the first 32, the key twice over.
_OBFUSCATED_BYTES = 32
#: Characters from here on are CJK (radicals, punctuation, kana, ideographs, full-width
#: forms): set in the Chinese font only.
_FIRST_CJK = 0x2E80
#: The typeface whose subset also gets the Chinese characters another stand-in lacks.
FALLBACK_TYPEFACE: TypefaceName = "songti"
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"

#: (typeface, bold) → the characters set in that typeface and weight.
Usage = dict[tuple[TypefaceName, bool], set[str]]


def embedded_parts(paras: list[Para], style: Style) -> dict[str, bytes]:
    """The parts that embed the document's fonts: the font table naming them, its
    relationships and the obfuscated subsets."""
    require_subsetter("embedding fonts in the DOCX (docx.embed_fonts)")
    subsets = _subsets(used_characters(paras, style), style)
    parts: dict[str, bytes] = {}
    embedded: dict[str, list[ooxml.EmbeddedFace]] = defaultdict(list)
    relationships = []
    for number, ((name, kind), subset) in enumerate(subsets.items(), 1):
        key, rel_id, target = font_key(subset.data), f"rId{number}", f"fonts/font{number}.{FONT_EXTENSION}"
        parts[f"{FONT_FOLDER}/font{number}.{FONT_EXTENSION}"] = obfuscate(subset.data, key)
        embedded[name].append(ooxml.EmbeddedFace(kind, rel_id, key))
        relationships.append((rel_id, target))
    entries = [ooxml.FontEntry(e.name, e.descriptor, tuple(embedded.get(e.name, ())))
               for e in font_entries(style)]
    parts[FONT_TABLE] = ooxml.font_table(entries)
    parts[FONT_TABLE_RELS] = relationships_xml(relationships)
    return parts


def used_characters(paras: Iterable[Para], style: Style) -> Usage:
    """The characters of each typeface and weight: the paragraphs' runs, the page numbers,
    the mark and the line numbers."""
    usage: Usage = defaultdict(set)
    latin: TypefaceName = "latin"
    for para in paras:
        role = style.roles.get(para.role)
        for segment in para.segments:
            run = style.roles.get(segment.role) if segment.role else role
            _add(usage, segment.text, run.typeface, latin, run.bold)
    number = style.page_number
    if number.placement != "none":
        _add(usage, number.format.replace("{page}", "0123456789"), number.typeface, number.typeface, number.bold)
    if style.mark.text:
        _add(usage, style.mark.text, style.mark.typeface, latin, style.mark.bold)
    if style.line_numbers.every:
        face = style.line_numbers.typeface
        _add(usage, "0123456789", face, face, False)
    return usage


def _add(usage: Usage, text: str, east_asian: TypefaceName, latin: TypefaceName, bold: bool) -> None:
    for ch in text:
        if ch < " ":
            continue
        if ch.isascii():
            usage[(latin, bold)].add(ch)
            continue
        usage[(east_asian, bold)].add(ch)
        if ord(ch) < _FIRST_CJK:
            usage[(latin, bold)].add(ch)


def _subsets(usage: Usage, style: Style) -> dict[tuple[str, str], Subset]:
    """(font name, ``Regular``/``Bold``) → its subset.  Bold text of a typeface without a bold
    stand-in is set from the regular face (emboldened, as the PDF does); typefaces that share
    a font name share its subsets; the fallback typeface comes last, with the characters the
    others lack."""
    wanted: dict[tuple[str, str], tuple[TypefaceName, set[str]]] = {}
    for (typeface, bold), chars in usage.items():
        face = style.typeface(typeface)
        kind = "Bold" if bold and face.bundled_bold else "Regular"
        wanted.setdefault((face.docx, kind), (typeface, set()))[1].update(chars)
    fallback = (style.typeface(FALLBACK_TYPEFACE).docx, "Regular")
    order = sorted(wanted, key=lambda key: key == fallback)
    made: dict[tuple[str, str], Subset] = {}
    lacking: set[str] = set()
    for name, kind in order:
        typeface, chars = wanted[(name, kind)]
        if (name, kind) == fallback:
            chars = chars | lacking
        file = bundled_file(style.typeface(typeface), kind == "Bold")
        made[(name, kind)] = subset = subset_font(file.path, chars, name, kind == "Bold", typeface)
        lacking |= {c for c in subset.missing if ord(c) >= _FIRST_CJK}
    if lacking and fallback not in made:
        file = bundled_file(style.typeface(FALLBACK_TYPEFACE), False)
        made[fallback] = subset_font(file.path, lacking, fallback[0], False, FALLBACK_TYPEFACE)
    return made


def font_key(data: bytes) -> str:
    """A GUID derived from the font's bytes, in the form ``w:fontKey`` takes."""
    return "{" + str(uuid.UUID(bytes=hashlib.sha256(data).digest()[:16], version=4)).upper() + "}"


def _key_bytes(key: str) -> bytes:
    """The key's 16 bytes in reverse order of the GUID's hexadecimal digits (§17.8.1)."""
    return bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]


def obfuscate(data: bytes, key: str) -> bytes:
    """Obfuscate a font with ``key`` — or recover it: the operation is its own inverse."""
    mask = _key_bytes(key) * 2
    head = bytes(b ^ m for b, m in zip(data[:_OBFUSCATED_BYTES], mask))
    return head + data[_OBFUSCATED_BYTES:]


def relationships_xml(relationships: list[tuple[str, str]]) -> bytes:
    """``word/_rels/fontTable.xml.rels``: the font table's relationships to the font parts."""
    items = "".join(f'<Relationship Id="{rel_id}" Type="{FONT_RELATIONSHIP}" Target="{target}"/>'
                    for rel_id, target in relationships)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_RELS_NS}">{items}</Relationships>').encode()
