"""``docgen styles learn`` and ``docgen template``.

A preset learned from docgen's own DOCX gives back, for every shipped preset, the values it
was made with (paper, margins, grid, the title's, headings' and body's size, typeface,
weight, alignment and indent, the page numbers); what could not be measured is listed.  The
template is a .dotx whose styles, page setup and footers LibreOffice reads back."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from helpers.office import SOFFICE
from helpers.presetcheck import PRESETS, W

import docgen
from docgen.check.office import convert
from docgen.style import load_style
from docgen.style.schema import HEADING_ROLES

#: A text with a title, the four heading levels and body text.
TEXT = """关于加强机关作风建设的通知
各乡镇人民政府，县直各单位：
为切实加强机关作风建设，提高工作效能，现将有关事项通知如下。
一、提高思想认识
各单位要充分认识加强机关作风建设的重要意义，切实增强责任感和紧迫感，把作风建设摆上重要位置。
（一）统一思想
各单位主要负责同志要亲自抓，分管负责同志要具体抓，一级抓一级，层层抓落实。
1.加强学习
要认真组织干部职工深入学习有关规定，做到入脑入心。
（1）深入学习
要坚持集中学习与个人自学相结合，确保学习取得实效。
某某县人民政府办公室
2024年3月15日
"""
LEARNED_ROLES = ("title", *HEADING_ROLES, "body")
ROLE_KEYS = ("size", "typeface", "bold", "align", "first_indent")


def learn(tmp_path: Path, preset: str) -> tuple[subprocess.CompletedProcess, Path]:
    sample = tmp_path / f"{preset}.docx"
    sample.write_bytes(docgen.render(docgen.parse_text(TEXT), preset, "docx", invariant=True))
    target = tmp_path / f"learned-{preset}.toml"
    result = subprocess.run([sys.executable, "-m", "docgen", "styles", "learn", f"learned-{preset}", str(sample),
                             "-o", str(target)], capture_output=True, text=True, timeout=120)
    return result, target


@pytest.mark.parametrize("preset", PRESETS)
def test_a_preset_learned_from_docgens_docx_is_the_preset_it_was_made_with(preset, tmp_path):
    result, target = learn(tmp_path, preset)
    assert result.returncode == 0, result.stderr
    original, learned = load_style(preset), load_style(target)
    assert learned.page == original.page
    assert (learned.grid.lines, learned.grid.chars, learned.grid.line_pitch) == \
        (original.grid.lines, original.grid.chars, original.grid.line_pitch)
    assert learned.docx.char_spacing == original.docx.char_spacing
    for role in LEARNED_ROLES:
        for key in ROLE_KEYS:
            assert getattr(learned.roles.get(role), key) == getattr(original.roles.get(role), key), (role, key)
    for key in ("format", "size", "typeface", "placement", "gap"):
        assert getattr(learned.page_number, key) == getattr(original.page_number, key), key


def test_the_learned_preset_says_what_it_measured_and_what_not(tmp_path):
    result, target = learn(tmp_path, "gbt9704")
    text = target.read_text(encoding="utf-8")
    assert 'top = "37mm"' in text and "measured: w:pgMar top, 2098 twips" in text
    assert "# Not measured:" in text and "page_number.offset" in text
    assert "not measured: page_number.offset" in result.stderr
    assert f"--style {target}" in result.stderr
    again = subprocess.run([sys.executable, "-m", "docgen", "styles", "learn", "x", str(tmp_path / "gbt9704.docx"),
                            "-o", str(target)], capture_output=True, text=True, timeout=120)
    assert again.returncode == 3 and "already exists" in again.stderr      # never written over


def test_a_sample_that_lacks_parts_says_so(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("为进一步做好安全生产工作，切实保障人民群众生命财产安全，现就有关事项通知如下。" * 2)
    sample = tmp_path / "plain.docx"
    document.save(sample)
    result = subprocess.run([sys.executable, "-m", "docgen", "styles", "learn", "plain", str(sample), "-o",
                             str(tmp_path / "plain.toml")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for missing in ("roles.title", "roles.heading1", "page_number", "roles.body.typeface"):
        assert f"not measured: {missing}" in result.stderr
    learned = load_style(tmp_path / "plain.toml")
    assert abs(learned.page.width - 612) < 0.5 and learned.roles.body.size == 11   # Letter, 11 pt


# --------------------------------------------------------------------------- template


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("template") / "gongwen.dotx"
    result = subprocess.run([sys.executable, "-m", "docgen", "template", "gbt9704", "-o", str(target)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return target


def test_the_template_is_a_dotx_with_the_presets_styles_and_page(template):
    with zipfile.ZipFile(template) as package:
        types = package.read("[Content_Types].xml").decode()
        assert "wordprocessingml.template.main+xml" in types and "document.main+xml" not in types
        styles = package.read("word/styles.xml").decode()
        document = package.read("word/document.xml").decode()
        footers = [n for n in package.namelist() if n.startswith("word/footer")]
    for name in ("公文标题", "正文", "一级标题", "二级标题", "三级标题", "四级标题", "版记"):
        assert f'w:val="{name}"' in styles
    assert '<w:pgMar w:top="2098"' in document and 'w:linePitch="579"' in document
    assert len(footers) == 2


def test_libreoffice_opens_the_template_with_its_styles(template, tmp_path):
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    from lxml import etree

    (docx_file,) = convert([template], tmp_path, "docx")
    with zipfile.ZipFile(docx_file) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
        document = package.read("word/document.xml").decode()
        footers = [package.read(n).decode() for n in package.namelist() if n.startswith("word/footer")]
    by_name = {s.find(f"{W}name").get(f"{W}val"): s for s in styles.iter(f"{W}style") if s.find(f"{W}name") is not None}
    style = load_style("gbt9704")
    for name, role in (("正文", "body"), ("一级标题", "heading1"), ("公文标题", "title")):
        element = by_name[name]
        assert element.find(f"{W}rPr/{W}sz").get(f"{W}val") == str(round(style.roles.get(role).size * 2))
        east = element.find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia")
        assert east == style.typeface(style.roles.get(role).typeface).docx
    assert 'w:top="2098"' in document and any("PAGE" in f for f in footers)
