"""A 公文's DOCX as a package and as docgen reads it back, and the command line's options for
the fields of the 版头 and the 版记, the seal and the warnings for fields a preset does not
print."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from click.testing import CliRunner
from helpers.documents import FIXTURES
from helpers.pdfmeasure import open_pdf
from lxml import etree

import docgen
from docgen.cli import main
from docgen.style import load_style

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HUNAN = (FIXTURES / "structure" / "notice-hunan-graduates.txt").read_text(encoding="utf-8")
NOTICE = ("000001\n机密★1年\n特急\n中共某某县委员会\n某某县人民政府文件\n某发〔2024〕3号\n"
          "关于做好春季森林防火工作的通知\n各乡镇党委、人民政府：\n　　为切实做好今年春季森林防火工作，现将有关事项通知如下。\n"
          "　　一、提高思想认识\n　　各乡镇要充分认识森林防火工作的重要性。\n"
          "　　　　　　中共某某县委员会　　某某县人民政府\n　　　　　　2024年3月1日\n　　（此件公开发布）\n"
          "抄送：县人大常委会办公室，县政协办公室。\n中共某某县委办公室　　2024年3月2日印发\n")
UP = ("某某县人民政府文件\n某政发〔2024〕5号　　签发人：李四\n关于请求拨付防汛资金的请示\n市人民政府：\n"
      "今年入汛以来，我县降雨偏多。\n某某县人民政府\n2024年6月1日\n")
LETTER = ("某某县人民政府办公室\n000123　某政办函〔2024〕8号\n关于商请支持的函\n某某市应急管理局：\n特此函商。\n"
          "某某县人民政府办公室\n2024年3月15日\n抄送：县应急管理局。\n")
MINUTES = ("某某县人民政府常务会议纪要\n第5期\n会议研究了春季森林防火工作。\n出席：张三、李四\n列席：县林业局负责同志\n")


def docx_of(text: str, preset: str = "gbt9704") -> bytes:
    return docgen.render(docgen.parse_text(text), load_style(preset), "docx", invariant=True)


def part(data: bytes, name: str):
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read(name))


@pytest.mark.parametrize("text", [NOTICE, UP, LETTER, MINUTES, HUNAN], ids=["joint", "up", "letter", "minutes", "hunan"])
def test_docgens_own_docx_reads_back_into_the_same_fields_and_blocks(text):
    source = docgen.parse_text(text)
    again = docgen.parse(docx_of(text), name="x.docx", input_format="docx")
    assert again.meta == source.meta
    assert [(type(b), b.text) for b in again.blocks] == [(type(b), b.text) for b in source.blocks]
    assert not [d for d in again.diagnostics if d.level == "warning" and d.code.startswith("docx-")]


def test_the_masthead_paragraphs_name_their_styles_and_the_mark_style_is_red():
    document = docx.Document(io.BytesIO(docx_of(NOTICE)))
    names = [p.style.name for p in document.paragraphs if p.text.strip()]
    assert names[:7] == ["份号", "密级和保密期限", "紧急程度", "发文机关标志", "发文机关标志", "发文机关标志", "发文字号"]
    mark = document.styles["发文机关标志"].element
    assert mark.find(f"{W}rPr/{W}color").get(f"{W}val") == "FF0000"
    for run in part(docx_of(NOTICE), "word/document.xml").iter(f"{W}r"):  # no direct run formatting
        rpr = run.find(f"{W}rPr")
        assert rpr is None or [child.tag for child in rpr] == [f"{W}rStyle"]


def test_a_long_mark_condenses_its_own_style_not_its_run():
    data = docx_of("某某自治州某某县人民政府办公室文件\n某政办发〔2024〕1号\n关于某事的通知\n各单位：\n正文。\n")
    style = next(s for s in part(data, "word/styles.xml").iter(f"{W}style") if s.get(f"{W}styleId") == "DocIssuerMark")
    scale = int(style.find(f"{W}rPr/{W}w").get(f"{W}val"))
    assert 50 <= scale < 100
    assert scale == int(156 / 25.4 * 72 / (17 * 42) * 100)   # 17 characters of 42 pt in 156 mm
    plain = docx_of(NOTICE)
    style = next(s for s in part(plain, "word/styles.xml").iter(f"{W}style") if s.get(f"{W}styleId") == "DocIssuerMark")
    assert style.find(f"{W}rPr/{W}w") is None


def test_the_colophon_lines_are_frames_with_rules_for_borders():
    body = part(docx_of(NOTICE), "word/document.xml").find(f"{W}body")
    framed = [p for p in body.iter(f"{W}p") if p.find(f"{W}pPr/{W}framePr") is not None]
    texts = ["".join(t.text for t in p.iter(f"{W}t")) for p in framed]
    assert texts[-2:] == ["抄送：县人大常委会办公室，县政协办公室。", "中共某某县委办公室2024年3月2日印发"]
    last = framed[-1].find(f"{W}pPr")
    assert last.find(f"{W}framePr").get(f"{W}yAlign") == "bottom"
    assert last.find(f"{W}pBdr/{W}bottom").get(f"{W}sz") == "8"        # 0.35 mm ≈ 1 pt
    assert last.find(f"{W}pBdr/{W}top").get(f"{W}sz") == "6"           # 0.25 mm ≈ 0.7 pt


def test_a_letter_package_has_a_blank_first_page_footer_others_none():
    letter, notice = docx_of(LETTER), docx_of(NOTICE)
    sect = part(letter, "word/document.xml").find(f"{W}body/{W}sectPr")
    assert sect.find(f"{W}titlePg") is not None
    assert next(r.get(f"{W}type") for r in sect.findall(f"{W}footerReference")) == "first"
    with zipfile.ZipFile(io.BytesIO(notice)) as package:
        assert len([n for n in package.namelist() if n.startswith("word/footer")]) == 2


# --------------------------------------------------------------------------- command line


def test_field_options_a_seal_and_the_warnings_for_what_a_preset_leaves_out(tmp_path):
    from PIL import Image

    source = tmp_path / "up.txt"
    source.write_text(UP, encoding="utf-8")
    seal = tmp_path / "seal.png"
    Image.new("RGBA", (200, 200), (230, 0, 0, 128)).save(seal)
    runner = CliRunner()
    result = runner.invoke(main, ["convert", str(source), "-o", str(tmp_path / "up.pdf"), "--seal", str(seal),
                                  "--copies-to", "市水利局", "--printed-by", "某某县人民政府办公室",
                                  "--printed-date", "2024年6月1日", "--urgency", "特急"])
    assert result.exit_code == 0, result.output
    assert "no warnings" in result.output
    with open_pdf((tmp_path / "up.pdf").read_bytes()) as pdf:
        text = "".join(c["text"] for page in pdf.pages for c in page.chars)
        assert "特急" in text and "抄送：市水利局。" in text and "2024年6月1日印发" in text
        assert sum(len(page.images) for page in pdf.pages) == 1
    result = runner.invoke(main, ["convert", str(source), "-o", str(tmp_path / "speech.pdf"), "--style", "speech"])
    assert result.exit_code == 0
    assert "3 warnings (field-not-printed ×3)" in result.output
    assert "\n  签发人 '李四' is not printed: the preset 'speech' prints no 版头" in result.output
    assert "\\x0a" not in result.output  # one note a line, not escaped line breaks


def test_a_bad_field_or_seal_is_a_one_line_error(tmp_path):
    source = tmp_path / "up.txt"
    source.write_text(UP, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["convert", str(source), "--doc-format", "poster", "-o", str(tmp_path / "a.pdf")])
    assert result.exit_code == 2 and "--doc-format 'poster': expected 下行文" in result.output
    (tmp_path / "seal.png").write_text("not a picture", encoding="utf-8")
    result = runner.invoke(main, ["convert", str(source), "--seal", str(tmp_path / "seal.png"), "-o", str(tmp_path / "a.pdf")])
    assert result.exit_code == 2 and "the seal's picture is no PNG" in result.output
    assert not (tmp_path / "a.pdf").exists()


def test_inspect_takes_the_field_options():
    result = CliRunner().invoke(main, ["inspect", str(FIXTURES / "official" / "letter-guobanhan-asian-games.txt"),
                                       "--issuer", "国务院办公厅", "--doc-format", "letter"])
    assert result.exit_code == 0, result.output
    assert "issuer           国务院办公厅文件" in result.output and "format           信函" in result.output
