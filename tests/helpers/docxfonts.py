"""Reading a DOCX's font table and embedded fonts back, written from ECMA-376 Part 1 §17.8
(not from docgen's code): the font table's entries, the relationships of its embedded faces,
and each face de-obfuscated and parsed with fontTools."""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
FONT_TABLE = "word/fontTable.xml"
FONT_TABLE_RELS = "word/_rels/fontTable.xml.rels"
FONT_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
KINDS = ("Regular", "Bold", "Italic", "BoldItalic")


@dataclass(frozen=True)
class Embedded:
    font: str          # the w:font name
    kind: str          # Regular, Bold …
    part: str          # the part's name in the package
    key: str           # w:fontKey
    stored: bytes      # the part as stored (obfuscated)
    data: bytes        # the font, de-obfuscated


def package(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def key_bytes(key: str) -> bytes:
    """§17.8.1: the GUID's bytes, in reverse order of its hexadecimal digits."""
    digits = key.strip("{}").replace("-", "")
    return bytes(int(digits[i:i + 2], 16) for i in range(30, -1, -2))


def deobfuscate(stored: bytes, key: str) -> bytes:
    """XOR the first 32 bytes with the key, once against bytes 0–15 and once against 16–31."""
    k = key_bytes(key)
    head = bytes(b ^ k[i % 16] for i, b in enumerate(stored[:32]))
    return head + stored[32:]


def font_entries(data: bytes) -> dict[str, etree._Element]:
    return {f.get(f"{W}name"): f for f in etree.fromstring(package(data)[FONT_TABLE])}


def embedded(data: bytes) -> list[Embedded]:
    parts = package(data)
    if FONT_TABLE_RELS not in parts:
        return []
    targets = {rel.get("Id"): (rel.get("Type"), rel.get("Target"))
               for rel in etree.fromstring(parts[FONT_TABLE_RELS])}
    found = []
    for name, entry in font_entries(data).items():
        for kind in KINDS:
            el = entry.find(f"{W}embed{kind}")
            if el is None:
                continue
            kind_of_rel, target = targets[el.get(f"{R}id")]
            assert kind_of_rel == FONT_RELATIONSHIP, kind_of_rel
            part = posixpath.normpath(posixpath.join("word", target))
            key = el.get(f"{W}fontKey")
            found.append(Embedded(name, kind, part, key, parts[part], deobfuscate(parts[part], key)))
    return found


def parsed(face: Embedded):
    from fontTools.ttLib import TTFont

    return TTFont(io.BytesIO(face.data))
