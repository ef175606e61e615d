"""The cache folder only makes a fresh process faster: the same PDF with it, without it, with
damaged entries and with the glyph outlines an earlier run compressed; a face loaded from it,
or just parsed, has reportlab's values."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.documents import seed


def convert(tmp_path: Path, name: str, cache: str) -> bytes:
    out = tmp_path / f"{name}.pdf"
    env = {**os.environ, "DOCGEN_CACHE_DIR": cache}
    subprocess.run([sys.executable, "-m", "docgen", "convert", str(seed("002")), "-o", str(out),
                    "--invariant", "-q"], env=env, check=True)
    return out.read_bytes()


def test_cached_fonts_and_glyphs_give_the_same_pdf(tmp_path: Path):
    cache = tmp_path / "cache"
    reference = convert(tmp_path, "off", "off")
    assert convert(tmp_path, "fills", str(cache)) == reference
    fonts, pieces = sorted(cache.glob("*.fontinfo")), sorted(cache.glob("*.pieces"))
    assert len(fonts) >= 3 and len(pieces) >= 3  # body, heading and page-number fonts at least
    stored = {e: marshal.loads(e.read_bytes()) for e in pieces}
    assert sum(len(p) for p in stored.values()) > 500  # a speech's glyphs
    assert convert(tmp_path, "cached", str(cache)) == reference
    assert {e: marshal.loads(e.read_bytes()) for e in pieces} == stored  # nothing new to write

    # The stored glyphs are what the PDF is made of: one changed on purpose changes it.
    biggest = max(pieces, key=lambda e: len(stored[e]))
    changed = dict(stored[biggest])
    first, second = sorted(gid for gid, p in changed.items() if p)[:2]
    changed[first] = changed[second]
    biggest.write_bytes(marshal.dumps(changed))
    assert convert(tmp_path, "changed", str(cache)) != reference

    for entry in fonts + pieces:  # damaged entries are ignored (and rewritten)
        entry.write_bytes(b"\x00garbage")
    assert convert(tmp_path, "damaged", str(cache)) == reference
    assert all(e.read_bytes() != b"\x00garbage" for e in fonts + pieces)


def test_a_cached_font_measures_like_a_parsed_one(tmp_path: Path, monkeypatch):
    from docgen.fonts import facecache
    from docgen.resources import fonts_dir

    monkeypatch.setenv("DOCGEN_CACHE_DIR", str(tmp_path))
    path = fonts_dir() / "FandolFang-Regular.ttf"
    parsed = facecache.load_face(path)        # parses and stores
    cached = facecache.load_face(path)        # loads the entry
    assert cached is not parsed
    for ch in "国，“”—0aW堃":
        code = ord(ch)
        assert cached.charToGlyph.get(code) == parsed.charToGlyph.get(code)
        assert cached.charWidths.get(code) == parsed.charWidths.get(code)
    assert cached.name == parsed.name and cached.ascent == parsed.ascent

    def width(face, text):
        return sum(face.getCharWidth(ord(ch)) for ch in text) * 16 / 1000

    assert width(cached, "中华人民共和国") == width(parsed, "中华人民共和国") == 16 * 7


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert convert(tmp_path, "blocked", str(blocker / "cache")) == convert(tmp_path, "off", "off")


# --------------------------------------------------------------------------- the compact face

#: reportlab's tables that the compact face derives from its arrays.
_TABLES = ("charToGlyph", "charWidths", "hmetrics", "glyphPos")
#: Attributes kept as they are.
_KEPT = ("name", "ascent", "descent", "capHeight", "bbox", "italicAngle", "stemV", "flags",
         "unitsPerEm", "defaultWidth", "numGlyphs", "table")


def parsed_and_cached(tmp_path: Path, monkeypatch, path: Path):
    """reportlab's own parse of ``path``, and the faces docgen gets for it: just parsed (and
    stored), and loaded from the cache entry."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    from docgen.fonts import facecache

    monkeypatch.setenv("DOCGEN_CACHE_DIR", str(tmp_path / "cache"))
    fresh = facecache.load_face(path)
    assert len(list((tmp_path / "cache").glob("*.fontinfo"))) == 1
    cached = facecache.load_face(path)
    assert cached is not fresh
    return TTFontFace(str(path)), (fresh, cached)


def assert_like(face, reference, codes):
    for name in _TABLES + _KEPT:
        assert getattr(face, name) == getattr(reference, name), name
    assert ({type(w) for w in face.charWidths.values()}
            == {type(w) for w in reference.charWidths.values()})
    for code in codes:  # docgen's questions, answered from the arrays
        assert face.glyph(code) == reference.charToGlyph.get(code), hex(code)
        assert face.getCharWidth(code) == reference.getCharWidth(code), hex(code)
    assert list(face.offsets) == reference.glyphPos
    assert list(face.advances) == [aw for aw, _ in reference.hmetrics]
    inverse: dict[int, list[int]] = {}
    for code, gid in sorted(reference.charToGlyph.items()):
        inverse.setdefault(gid, []).append(code)
    assert face.glyphToChar == inverse


@pytest.mark.parametrize("name", ["LiberationSerif-Regular.ttf", "FandolFang-Regular.ttf"])
def test_a_compact_face_has_reportlabs_values(tmp_path: Path, monkeypatch, name: str):
    """2,048 and 1,000 units per em: widths scaled, and kept as reportlab's numbers."""
    from docgen.resources import fonts_dir

    reference, faces = parsed_and_cached(tmp_path, monkeypatch, fonts_dir() / name)
    absent = [0x10FFFF, 0xE000, 0x1F600, 0x7F]
    codes = [*reference.charToGlyph, *(c for c in absent if c not in reference.charToGlyph)]
    for face in faces:
        assert_like(face, reference, codes)
        assert face.widths_apart == {}  # a sound font: every width is its glyph's


def test_a_character_mapped_twice_keeps_reportlabs_width(tmp_path: Path, monkeypatch):
    """A character map that maps "A" a second time, to the space's glyph (reportlab then
    keeps the glyph of the second mapping but the width of the first, which the face stores
    apart), and U+E000 to a glyph the font lacks (no width: the default)."""
    from helpers.fontfiles import bundled, with_mappings
    from reportlab.pdfbase.ttfonts import TTFontFile

    source = bundled("LiberationSerif-Regular.ttf")
    original = TTFontFile(str(source))
    odd = with_mappings(source, tmp_path / "odd.ttf",
                        [(ord("A"), original.charToGlyph[32]), (0xE000, original.numGlyphs + 5)])
    reference, faces = parsed_and_cached(tmp_path, monkeypatch, odd)
    assert reference.charToGlyph[ord("A")] == original.charToGlyph[32]
    assert reference.charWidths[ord("A")] == original.charWidths[ord("A")] != original.charWidths[32]
    assert 0xE000 in reference.charToGlyph and 0xE000 not in reference.charWidths
    for face in faces:
        assert face.widths_apart == {ord("A"): original.charWidths[ord("A")]}
        assert_like(face, reference, [ord("A"), 0xE000, 32, ord("B")])
        assert face.getCharWidth(0xE000) == reference.defaultWidth


def test_an_entry_of_another_shape_is_parsed_again(tmp_path: Path, monkeypatch):
    import marshal

    from docgen.fonts import facecache
    from docgen.resources import fonts_dir

    monkeypatch.setenv("DOCGEN_CACHE_DIR", str(tmp_path))
    path = fonts_dir() / "LiberationSerif-Regular.ttf"
    expected = facecache.load_face(path).charWidths
    (entry,) = tmp_path.glob("*.fontinfo")
    entry.write_bytes(marshal.dumps({"codes": b"\0" * 8, "unitsPerEm": 1000}))
    assert facecache.load_face(path).charWidths == expected
    assert facecache.load_face(path).charWidths == expected  # rewritten
    assert entry.stat().st_size > 10_000
