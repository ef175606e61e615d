"""The parsed-font cache only makes loading faster: the same PDF with it, without it, and with
a damaged cache entry."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import seed


def convert(tmp_path: Path, name: str, cache: str) -> bytes:
    out = tmp_path / f"{name}.pdf"
    env = {**os.environ, "DOCGEN_CACHE_DIR": cache}
    subprocess.run([sys.executable, "-m", "docgen", "convert", str(seed("002")), "-o", str(out),
                    "--invariant", "-q"], env=env, check=True)
    return out.read_bytes()


def test_cached_fonts_give_the_same_pdf(tmp_path: Path):
    cache = tmp_path / "cache"
    reference = convert(tmp_path, "off", "off")
    assert convert(tmp_path, "fills", str(cache)) == reference
    entries = sorted(cache.glob("*.fontinfo"))
    assert len(entries) >= 3  # body, heading and page-number fonts at least
    assert convert(tmp_path, "cached", str(cache)) == reference
    for entry in entries:  # damaged entries are ignored (and rewritten)
        entry.write_bytes(b"\x00garbage")
    assert convert(tmp_path, "damaged", str(cache)) == reference
    assert all(e.stat().st_size > 1000 for e in entries)


def test_a_cached_font_measures_like_a_parsed_one(tmp_path: Path, monkeypatch):
    from docgen.fonts import facecache
    from docgen.resources import fonts_dir

    monkeypatch.setenv("DOCGEN_CACHE_DIR", str(tmp_path))
    path = fonts_dir() / "FandolFang-Regular.ttf"
    parsed = facecache.load_ttfont("parsed", path)        # parses and stores
    cached = facecache.load_ttfont("cached", path)        # loads the entry
    assert cached.face is not parsed.face
    for ch in "国，“”—0aW堃":
        code = ord(ch)
        assert cached.face.charToGlyph.get(code) == parsed.face.charToGlyph.get(code)
        assert cached.face.charWidths.get(code) == parsed.face.charWidths.get(code)
    assert cached.face.name == parsed.face.name and cached.face.ascent == parsed.face.ascent
    assert cached.stringWidth("中华人民共和国", 16) == parsed.stringWidth("中华人民共和国", 16) == 16 * 7


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert convert(tmp_path, "blocked", str(blocker / "cache")) == convert(tmp_path, "off", "off")
