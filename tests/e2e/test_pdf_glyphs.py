"""No character drawn as an empty box: every character of the PDF, read back, is drawn in a
font whose file has an outlined glyph for it, at the size and on the baseline of its line;
a character no font has is a warning naming it and is not drawn at all.

The fonts a PDF names (``ABCDEF+FandolFang-Regular``) are mapped back to their files by
PostScript name; installed fonts are faked in a temporary folder (see ``fontfiles``).
"""

from __future__ import annotations

import functools
import io
import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from helpers.documents import ROOT
from helpers.fontfiles import as_cff, bundled, renamed, with_char, with_fs_type, write_collection

from docgen.api import parse_text
from docgen.fonts import FontSet, load_font
from docgen.fonts.folders import scan_folders
from docgen.fonts.listing import InstalledFonts
from docgen.renderers.pdf import render_pdf
from docgen.resources import fonts_dir
from docgen.style import load_style

RARE = "张堃、李喆、王镕、𠮷野同志😀表现突出，“优秀”‘好’——特此表彰……2024年Word版。"
TEXT = f"关于表彰先进的通知\n\n各单位：\n\n{RARE}\n"
EMOJI, EXT_B = "😀", "𠮷"


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DOCGEN_CACHE_DIR", str(tmp_path / "cache"))


def render(fonts: FontSet, text: str = TEXT):
    return render_pdf(parse_text(text), fonts.style, fonts=fonts, invariant=True)


def nothing_installed() -> FontSet:
    return FontSet(load_style("gbt9704"), InstalledFonts([], "none"))


def drawn(pdf: bytes) -> list[dict]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [c for page in doc.pages for c in page.chars if c["text"].strip()]


def font_files(*extra: Path) -> dict[str, tuple[Path, int]]:
    """PostScript name → (file, face) for the bundled fonts and ``extra`` ones."""
    from docgen.fonts.sfnt import read_faces

    out = {}
    for path in [*fonts_dir().glob("*.ttf"), *extra]:
        for face in read_faces(path):
            out[parsed(path, face.index).name.decode()] = (path, face.index)
    return out


@functools.cache
def parsed(path: Path, index: int):
    from reportlab.pdfbase.ttfonts import TTFontFile

    return TTFontFile(str(path), subfontIndex=index)


def glyph_outline(path: Path, index: int, ch: str) -> int:
    """Bytes of outline the font file has for ``ch`` (0: no glyph, or an empty one)."""
    face = parsed(path, index)
    gid = face.charToGlyph.get(ord(ch))
    return 0 if not gid else face.glyphPos[gid + 1] - face.glyphPos[gid]


def assert_no_empty_glyph(chars: list[dict], files: dict[str, tuple[Path, int]]) -> None:
    for c in chars:
        assert not c["text"].startswith("(cid:"), c  # a glyph without a Unicode mapping: .notdef
        ps_name = c["fontname"].split("+", 1)[1]
        assert glyph_outline(*files[ps_name], c["text"]) > 0, (c["text"], c["fontname"])


def test_rare_characters_are_drawn_in_a_font_that_has_them(tmp_path):
    result = render(nothing_installed())
    chars = drawn(result.data)
    assert_no_empty_glyph(chars, font_files())
    fonts = {c["text"]: c["fontname"].split("+")[1] for c in chars}
    assert {fonts[ch] for ch in "堃喆镕"} == {"NotoSerifSC-Regular"}
    assert fonts["张"] == "FandolFang-Regular"
    notes = {d.text: d for d in result.diagnostics if d.code == "glyph-fallback"}
    assert set(notes) == set("堃喆镕")
    assert "U+5803" in notes["堃"].message and "fangsong" in notes["堃"].message
    assert "Noto Serif SC" in notes["堃"].message and "FandolFang" in notes["堃"].message


def test_a_character_no_font_has_is_a_warning_and_is_not_drawn():
    result = render(nothing_installed())
    text = "".join(c["text"] for c in drawn(result.data))
    assert EMOJI not in text and EXT_B not in text and "野同志表现" in text
    missing = {d.text: d for d in result.diagnostics if d.code == "glyph-missing"}
    assert set(missing) == {EMOJI, EXT_B}
    assert all(d.level == "warning" for d in missing.values())
    assert "U+1F600" in missing[EMOJI].message and EMOJI in missing[EMOJI].message
    assert "U+20BB7" in missing[EXT_B].message


def test_a_fallback_glyph_keeps_the_size_baseline_and_cell_of_its_line():
    chars = drawn(render(nothing_installed()).data)
    line = [c for c in chars if c["matrix"][5] == next(x for x in chars if x["text"] == "堃")["matrix"][5]]
    assert len({round(c["size"], 3) for c in line}) == 1
    pitch = load_style("gbt9704").char_pitch
    for i, c in enumerate(line):
        if c["text"] in "堃喆镕":
            assert c["x0"] - line[i - 1]["x0"] == pytest.approx(pitch, abs=0.01)
            assert c["x0"] + pitch == pytest.approx(line[i + 1]["x0"], abs=0.01)


def test_latin_letters_and_digits_use_the_latin_font_and_chinese_punctuation_the_body_font():
    chars = drawn(render(nothing_installed()).data)
    fonts = {c["text"]: c["fontname"].split("+")[1] for c in chars if c["size"] == pytest.approx(16)}
    assert {fonts[ch] for ch in "2024Word"} == {"LiberationSerif"}
    assert {fonts[ch] for ch in "“”‘’—…，。"} == {"FandolFang-Regular"}


def test_an_installed_font_draws_what_no_bundled_font_has(tmp_path):
    folder = tmp_path / "fonts"
    folder.mkdir()
    with_char(renamed(bundled("LiberationSerif-Regular.ttf"), tmp_path / "x.ttf", "花园明朝B", "HanaMinB",
                      "FakeHanaMinB"), folder / "HanaMinB.ttf", ord(EXT_B), "A")
    fonts = FontSet(load_style("gbt9704"), scan_folders([folder], "test"))
    result = render(fonts)
    chars = drawn(result.data)
    assert_no_empty_glyph(chars, font_files(folder / "HanaMinB.ttf"))
    ext_b, = [c for c in chars if c["text"] == EXT_B]
    assert ext_b["fontname"].endswith("+FakeHanaMinB")
    note, = [d for d in result.diagnostics if d.text == EXT_B]
    assert note.code == "glyph-fallback" and "HanaMinB.ttf" in note.message
    assert [d.text for d in result.diagnostics if d.code == "glyph-missing"] == [EMOJI]


def test_installed_fonts_draw_their_roles_and_the_family_covers_what_the_first_face_lacks(tmp_path):
    folder = tmp_path / "fonts"
    folder.mkdir()
    renamed(bundled("FandolKai-Regular.ttf"), folder / "FS_GB2312.ttf", "仿宋_GB2312", "FangSong_GB2312",
            "FakeFangSongGB2312")
    renamed(bundled("NotoSerifSC-Regular.ttf"), folder / "simfang.ttf", "仿宋", "FangSong", "FakeFangSong")
    songti = [renamed(bundled("NotoSerifSC-Regular.ttf"), tmp_path / f"{n}.ttf", n, e, f"Fake{e}")
              for n, e in (("新宋体", "NSimSun"), ("宋体", "SimSun"))]
    write_collection(folder / "simsun.ttc", songti)
    fonts = FontSet(load_style("gbt9704"), scan_folders([folder], "test"))
    chars = drawn(render(fonts).data)
    assert_no_empty_glyph(chars, font_files(*folder.iterdir()))
    fonts_of = {c["text"]: c["fontname"].split("+")[1] for c in chars}
    assert fonts_of["张"] == fonts_of["各"] == "FakeFangSongGB2312"
    assert {fonts_of[ch] for ch in "堃喆镕"} == {"FakeFangSong"}  # 仿宋 before the bundled fallbacks
    page_number = [c for c in chars if c["size"] == pytest.approx(14)]
    assert page_number and {c["fontname"].split("+")[1] for c in page_number} == {"FakeSimSun"}


class CountingFonts(InstalledFonts):
    """No installed fonts, counting the characters looked for among them."""

    def __init__(self) -> None:
        super().__init__([], "none")
        self.asked: list[int] = []

    def covering(self, code: int):
        self.asked.append(code)
        return []


def test_installed_fonts_are_asked_only_for_characters_no_bundled_font_has():
    installed = CountingFonts()
    render(FontSet(load_style("gbt9704"), installed))
    assert sorted(installed.asked) == [ord(EMOJI), ord(EXT_B)]


def test_fonts_are_loaded_once_per_process():
    first = nothing_installed()
    render(first)
    again = nothing_installed()
    render(again)
    for typeface in ("fangsong", "title", "latin", "songti"):
        assert again.font(typeface) is first.font(typeface)
    assert load_font(first.file("fangsong")) is first.font("fangsong")


# --------------------------------------------------------------------------- the command line


def run(*args: str, folder: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "DOCGEN_FONT_DIRS": str(folder or ""), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "docgen", *args], env=env, capture_output=True,
                          text=True, cwd=ROOT)


def test_docgen_fonts_shows_roles_sources_skipped_fonts_and_coverage(tmp_path):
    folder = tmp_path / "fonts"
    folder.mkdir()
    renamed(bundled("FandolKai-Regular.ttf"), folder / "FS_GB2312.ttf", "仿宋_GB2312", "FangSong_GB2312",
            "FakeFangSongGB2312")
    as_cff(renamed(bundled("LiberationSerif-Regular.ttf"), tmp_path / "k.ttf", "楷体_GB2312", "KaiTi_GB2312",
                   "CffKai"), folder / "KaiTi.otf")
    with_fs_type(renamed(bundled("LiberationSerif-Regular.ttf"), tmp_path / "h.ttf", "黑体", "SimHei",
                         "LockedHei"), folder / "simhei.ttf", 0x0002)
    source = tmp_path / "rare.txt"
    source.write_text(TEXT, encoding="utf-8")
    done = run("fonts", str(source), folder=folder)
    assert done.returncode == 0, done.stderr
    table = done.stdout[:done.stdout.index("Notes:")]
    rows = {line.split()[0]: line.split() for line in table.splitlines() if line.strip()}
    assert rows["fangsong"][1:3] == ["仿宋_GB2312", "installed"]
    assert rows["fangsong"][3] == str(folder / "FS_GB2312.ttf")
    assert rows["kaiti"][1:3] == ["FandolKai", "bundled"] and rows["heiti"][-2] == "bundled"
    out = done.stdout
    assert f"{folder / 'KaiTi.otf'} (楷体_GB2312) skipped: PostScript (CFF) outlines" in out
    assert f"{folder / 'simhei.ttf'} (黑体) skipped: its licence forbids embedding" in out
    fallback = out[out.index("Drawn in a fallback font"):out.index("No font has")]
    assert "堃  U+5803  fangsong  Noto Serif SC (NotoSerifSC-Regular.ttf)" in fallback
    missing = out[out.index("No font has"):]
    assert "😀  U+1F600  fangsong" in missing and "𠮷  U+20BB7  fangsong" in missing
    assert "latin" in rows and rows["latin"][1:3] == ["Liberation", "Serif"]


def test_convert_takes_a_font_for_a_role_from_the_command_line(tmp_path):
    mine = renamed(bundled("FandolKai-Regular.ttf"), tmp_path / "mine.ttf", "我的仿宋", "MyFangSong", "MyFangSong")
    out = tmp_path / "x.pdf"
    done = run("convert", str(ROOT / "examples" / "004_03ac6da94b10d2cb.txt"), "-o", str(out),
               "--font", f"body={mine}", "-q")
    assert done.returncode == 0, done.stderr
    chars = drawn(out.read_bytes())
    assert_no_empty_glyph(chars, font_files(mine))
    body = [c for c in chars if c["size"] == pytest.approx(16)]
    assert sum(c["fontname"].endswith("+MyFangSong") for c in body) > 0.8 * len(body)
    bad = run("convert", str(ROOT / "examples" / "004_03ac6da94b10d2cb.txt"), "-o", str(out),
              "--font", f"body={tmp_path / 'none.ttf'}")
    assert bad.returncode == 2 and "no such font file" in bad.stderr and "Traceback" not in bad.stderr


def test_characters_that_print_nothing_are_not_reported_missing():
    from docgen.cleaner import RULE_NAMES

    speech = parse_text("各位同志：\n\n今天\u200b我们\u2060开会。\n", skip_rules=RULE_NAMES)
    assert "\u200b" in speech.blocks[1].text
    result = render_pdf(speech, load_style("gbt9704"), fonts=nothing_installed(), invariant=True)
    assert not [d for d in result.diagnostics if d.code.startswith("glyph-")]
    visible = [c for c in drawn(result.data) if c["text"] not in "\u200b\u2060"]
    assert "".join(c["text"] for c in visible).startswith("各位同志：今天我们开会。")
    assert_no_empty_glyph(visible, font_files())


def test_docgen_fonts_on_a_bare_machine_lists_the_bundled_fonts():
    done = run("fonts")
    assert done.returncode == 0, done.stderr
    table = done.stdout[:done.stdout.index("Notes:")]
    rows = [line.split() for line in table.splitlines()[3:] if line.strip()]
    assert [row[0] for row in rows] == ["title", "fangsong", "kaiti", "heiti", "songti", "latin"]
    assert all("bundled" in row for row in rows)
    assert "installed fonts: 0 faces" in done.stdout
