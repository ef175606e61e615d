"""The DOCX's fonts read back from the package: the font table's descriptors and the stock
faces its alternatives lead to, and — with ``docx.embed_fonts`` — the embedded subsets:
parts, relationships, content types, obfuscation (undone here as ECMA-376 Part 1 §17.8.1
describes it) and the fonts themselves, parsed with fontTools.

How LibreOffice lays the embedded fonts out on a machine without Chinese fonts is measured in
test_docx_embedded_layout.py."""

from __future__ import annotations

import functools
import io
import re
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from helpers.documents import FIXTURES, rendered_docx, seed
from helpers.docxfonts import FONT_TABLE_RELS, W, embedded, font_entries, package, parsed
from lxml import etree

import docgen
from docgen import cli
from docgen.resources import fonts_dir
from docgen.style import load_style

pytest.importorskip("fontTools", reason="embedding fonts needs fontTools: pip install '.[embed]'")

STRESS = FIXTURES / "stress.txt"
EMBEDDING = ("docx.embed_fonts=true",)
#: The stock faces of Chinese Windows and WPS (仿宋, 楷体, 黑体, 宋体, Times New Roman, and the
#: English names of the same fonts), written out here.
STOCK = {"仿宋", "楷体", "黑体", "宋体", "Times New Roman", "FangSong", "KaiTi", "SimHei", "SimSun"}
#: Font → the face an office without it should use (the default preset's names).
EXPECTED_ALTERNATIVES = {"仿宋_GB2312": "仿宋", "楷体_GB2312": "楷体", "方正小标宋简体": "宋体",
                         "黑体": "SimHei", "宋体": "SimSun", "Times New Roman": None}
#: ECMA-376 CT_Font's children, in order.
FONT_CHILDREN = ["altName", "panose1", "charset", "family", "notTrueType", "pitch", "sig",
                 "embedRegular", "embedBold", "embedItalic", "embedBoldItalic"]
#: The start of ECMA-376 CT_Settings, in order, up to the font-embedding settings and the one
#: after them.
SETTINGS_ORDER = ["writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
                  "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
                  "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts",
                  "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins"]
GUID = re.compile(r"\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}")
OBFUSCATED = "application/vnd.openxmlformats-officedocument.obfuscatedFont"


@functools.cache
def embedded_docx(path: Path, preset: str = "gbt9704") -> bytes:
    style = load_style(preset, EMBEDDING)
    return docgen.render(docgen.parse(path), style, "docx", invariant=True)


def local(el) -> str:
    return etree.QName(el).localname


def cjk(text: str) -> set[str]:
    return {c for c in text if ord(c) >= 0x2E80}


def cmap(face) -> set[str]:
    return {chr(code) for code in parsed(face).getBestCmap()}


def paragraphs_in(data: bytes, style_name: str) -> str:
    return "".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs if p.style.name == style_name)


# --------------------------------------------------------------------------- the font table


def test_font_table_leads_each_font_to_a_face_stock_windows_and_wps_have():
    entries = font_entries(rendered_docx(seed("000")))
    assert set(entries) == set(EXPECTED_ALTERNATIVES)
    for name, alternative in EXPECTED_ALTERNATIVES.items():
        found = entries[name].find(f"{W}altName")
        assert (found.get(f"{W}val") if found is not None else None) == alternative, name
        assert alternative is None or alternative in STOCK


def test_font_table_describes_each_font_as_word_does():
    entries = font_entries(rendered_docx(seed("000")))
    for name, entry in entries.items():
        children = [local(c) for c in entry]
        assert children == sorted(children, key=FONT_CHILDREN.index), name
        assert re.fullmatch(r"[0-9A-F]{20}", entry.find(f"{W}panose1").get(f"{W}val")), name
        sig = entry.find(f"{W}sig")
        assert all(re.fullmatch(r"[0-9A-F]{8}", sig.get(f"{W}{a}")) for a in
                   ("usb0", "usb1", "usb2", "usb3", "csb0", "csb1")), name
        charset = entry.find(f"{W}charset").get(f"{W}val")
        assert charset == ("00" if name == "Times New Roman" else "86"), name
    # the GB2312-era fonts and their stock counterparts as Word describes them
    assert entries["仿宋_GB2312"].find(f"{W}panose1").get(f"{W}val") == "02010609030101010101"
    assert entries["黑体"].find(f"{W}panose1").get(f"{W}val") == "02010609060101010101"
    assert entries["宋体"].find(f"{W}panose1").get(f"{W}val") == "02010600030101010101"
    assert entries["Times New Roman"].find(f"{W}panose1").get(f"{W}val") == "02020603050405020304"


def test_a_preset_naming_other_fonts_gets_a_stock_alternative_from_its_search_list(tmp_path):
    preset = tmp_path / "mine.toml"
    preset.write_text('extends = "gbt9704"\nname = "mine"\n\n[typefaces.fangsong]\n'
                      'docx = "汉仪仿宋"\nsearch = ["汉仪仿宋", "仿宋", "FangSong"]\n', encoding="utf-8")
    data = docgen.render(docgen.parse(seed("000")), load_style(str(preset)), "docx", invariant=True)
    entry = font_entries(data)["汉仪仿宋"]
    assert entry.find(f"{W}altName").get(f"{W}val") == "仿宋"
    assert entry.find(f"{W}charset").get(f"{W}val") == "86"


def test_by_default_nothing_is_embedded():
    data = rendered_docx(seed("000"))
    files = package(data)
    assert not any(n.startswith("word/fonts/") for n in files) and FONT_TABLE_RELS not in files
    assert not embedded(data)
    settings = etree.fromstring(files["word/settings.xml"])
    assert settings.find(f"{W}embedTrueTypeFonts") is None


# --------------------------------------------------------------------------- embedded fonts


def test_embedded_fonts_are_parts_with_relationships_and_a_content_type():
    data = embedded_docx(seed("004"))
    files = package(data)
    faces = embedded(data)
    assert {(f.font, f.kind) for f in faces} == {(n, "Regular") for n in EXPECTED_ALTERNATIVES}
    font_parts = {n for n in files if n.startswith("word/fonts/")}
    assert font_parts == {f.part for f in faces}
    assert all(re.fullmatch(r"word/fonts/font\d+\.odttf", n) for n in font_parts)
    types = etree.fromstring(files["[Content_Types].xml"])
    defaults = {t.get("Extension"): t.get("ContentType") for t in types if t.get("Extension")}
    assert defaults["odttf"] == OBFUSCATED
    overrides = {t.get("PartName") for t in types if t.get("PartName")}
    assert not any(p.startswith("/word/fonts/") for p in overrides)
    document_rels = etree.fromstring(files["word/_rels/document.xml.rels"])
    assert any(r.get("Target") == "fontTable.xml" for r in document_rels)
    for face in faces:
        assert GUID.fullmatch(face.key), face.key
        embed = font_entries(data)[face.font].find(f"{W}embed{face.kind}")
        assert embed.get(f"{W}subsetted") in ("1", "true")


def test_each_embedded_font_is_obfuscated_and_named_as_the_document_names_it():
    for face in embedded(embedded_docx(seed("004"))):
        assert face.stored[:32] != face.data[:32] and face.stored[32:] == face.data[32:]
        assert face.stored[:4] not in (b"\x00\x01\x00\x00", b"true", b"OTTO")
        assert face.data[:4] == b"\x00\x01\x00\x00", face.font  # TrueType outlines
        font = parsed(face)
        names = {(n.nameID, n.langID): n.toUnicode() for n in font["name"].names if n.platformID == 3}
        assert names[(1, 0x409)] == face.font and names[(4, 0x409)] == face.font
        assert font["OS/2"].usWeightClass == 400
        assert font["OS/2"].fsType in (0, 8)  # installable or editable: LibreOffice uses it


def test_embedded_fonts_are_subsets_holding_the_documents_characters():
    data = embedded_docx(seed("004"))
    faces = {f.font: f for f in embedded(data)}
    body, heading = paragraphs_in(data, "正文"), paragraphs_in(data, "一级标题")
    title = paragraphs_in(data, "公文标题")
    assert cjk(body) and cjk(heading) and cjk(title)
    assert cjk(body) <= cmap(faces["仿宋_GB2312"]) | cmap(faces["宋体"])
    assert cjk(heading) <= cmap(faces["黑体"])
    assert cjk(title) <= cmap(faces["方正小标宋简体"])
    latin = {c for c in body + heading if c.isascii() and c.isalnum()}
    assert latin and latin <= cmap(faces["Times New Roman"])
    assert set("—0123456789") <= cmap(faces["宋体"])  # the page numbers
    bundled = parsed_bundled("FandolFang-Regular.ttf")
    assert len(parsed(faces["仿宋_GB2312"]).getGlyphOrder()) < len(cjk(body)) + 200 < len(bundled.getGlyphOrder())


def parsed_bundled(name: str):
    from fontTools.ttLib import TTFont

    return TTFont(str(fonts_dir() / name), lazy=True)


def test_a_character_the_fangsong_stand_in_lacks_is_embedded_in_songti():
    text = "关于表彰王堃同志的通知\n\n各单位：\n\n王堃同志工作认真负责，成绩突出。\n".encode()
    data = docgen.render(docgen.parse(text, name="x.txt"), load_style("gbt9704", EMBEDDING), "docx")
    faces = {f.font: f for f in embedded(data)}
    assert "堃" not in cmap(faces["仿宋_GB2312"])      # FandolFang has no 堃 …
    assert "堃" in cmap(faces["宋体"])                 # … Noto Serif SC has


def test_bold_latin_text_gets_the_bold_face():
    """The speech preset sets 1. headings in bold: their digits need Times New Roman Bold."""
    data = embedded_docx(STRESS, "speech")
    faces = {(f.font, f.kind): f for f in embedded(data)}
    bold = faces[("Times New Roman", "Bold")]
    assert parsed(bold)["OS/2"].usWeightClass == 700
    assert "1" in cmap(bold)
    assert ("仿宋_GB2312", "Bold") not in faces  # no bold 仿宋 ships: emboldened from the regular face


def test_settings_ask_word_to_keep_embedding_subsets_in_schema_order():
    settings = etree.fromstring(package(embedded_docx(seed("004")))["word/settings.xml"])
    for tag in ("embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts"):
        el = settings.find(f"{W}{tag}")
        assert el is not None and el.get(f"{W}val") in (None, "1", "true"), tag
    known = [local(c) for c in settings if local(c) in SETTINGS_ORDER]
    assert known == sorted(known, key=SETTINGS_ORDER.index)


def test_embedding_is_reproducible():
    style = load_style("gbt9704", EMBEDDING)
    speech = docgen.parse(seed("002"))
    assert docgen.render(speech, style, "docx", invariant=True) == docgen.render(speech, style, "docx", invariant=True)


# --------------------------------------------------------------------------- the command line


def test_embed_fonts_option_and_its_negation(tmp_path):
    source = seed("000")
    on, off = tmp_path / "on.docx", tmp_path / "off.docx"
    preset = tmp_path / "embedding.toml"
    preset.write_text('extends = "gbt9704"\nname = "embedding"\n\n[docx]\nembed_fonts = true\n', encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli.main, ["convert", str(source), "-o", str(on), "--embed-fonts", "-q"]).exit_code == 0
    result = runner.invoke(cli.main, ["convert", str(source), "-o", str(off), "--style", str(preset),
                                      "--no-embed-fonts", "-q"])
    assert result.exit_code == 0, result.output
    assert embedded(on.read_bytes()) and not embedded(off.read_bytes())


def test_without_fonttools_embedding_is_one_line_and_exit_2(tmp_path, monkeypatch):
    from docgen.fonts import subset

    monkeypatch.setattr(subset, "can_subset", lambda: False)
    runner = CliRunner()
    result = runner.invoke(cli.main, ["convert", str(seed("000")), "-o", str(tmp_path / "x.docx"), "--embed-fonts"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "docgen-gbt9704[embed]" in lines[0] and "pip install '.[embed]'" in lines[0], lines
    assert not (tmp_path / "x.docx").exists()
    pdf_only = runner.invoke(cli.main, ["convert", str(seed("000")), "-o", str(tmp_path / "x.pdf"), "--embed-fonts"])
    assert pdf_only.exit_code == 0  # nothing to embed in a PDF-only run


def test_styles_show_documents_the_key():
    result = CliRunner().invoke(cli.main, ["styles", "show", "gbt9704"])
    assert re.search(r"^embed_fonts = false +# ", result.output, re.M), result.output[-800:]
