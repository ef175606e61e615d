"""The DOCX read back as a package: named styles, page setup, fonts in the right slots,
footers, document properties, deterministic bytes — and docgen reading its own DOCX back.

What LibreOffice makes of the files is measured in test_docx_layout.py."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from helpers.documents import FIXTURES, SEEDS, rendered_docx, rendered_pdf, seed
from helpers.pdfmeasure import mm, open_pdf, rows
from lxml import etree

import docgen
import docgen.readers
from docgen.model import AttachmentLabel, AttachmentTitle, Meta, Paragraph, Speech

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
STRESS, NOTICE = FIXTURES / "stress.txt", FIXTURES / "notice.txt"
#: A 下行文 whose mark is condensed to fit the text block (its style changed for the document).
DOWNWARD = Path(__file__).parents[2] / "examples" / "notice-downward.txt"
ATTACHMENTS = FIXTURES / "attachments.txt"
DOCS = [*SEEDS, STRESS, NOTICE, ATTACHMENTS]
IDS = [p.name[:6] for p in DOCS]

#: What GB/T 9704 and the default preset ask for, written out here (not taken from docgen):
#: style name → (East Asian font, Latin font, size in half-points).
EXPECTED_STYLES = {
    "公文标题": ("方正小标宋简体", "Times New Roman", 44),
    "副标题": ("楷体_GB2312", "Times New Roman", 32),
    "日期行": ("楷体_GB2312", "Times New Roman", 32),
    "讲话人": ("楷体_GB2312", "Times New Roman", 32),
    "称呼": ("仿宋_GB2312", "Times New Roman", 32),
    "一级标题": ("黑体", "Times New Roman", 32),
    "二级标题": ("楷体_GB2312", "Times New Roman", 32),
    "三级标题": ("仿宋_GB2312", "Times New Roman", 32),
    "四级标题": ("仿宋_GB2312", "Times New Roman", 32),
    "正文": ("仿宋_GB2312", "Times New Roman", 32),
    "结束语": ("仿宋_GB2312", "Times New Roman", 32),
    "落款": ("仿宋_GB2312", "Times New Roman", 32),
    "成文日期": ("仿宋_GB2312", "Times New Roman", 32),
    "附件说明": ("仿宋_GB2312", "Times New Roman", 32),
    "附件标识": ("黑体", "Times New Roman", 32),
    "附件标题": ("方正小标宋简体", "Times New Roman", 44),
    "文件标题": ("方正小标宋简体", "Times New Roman", 44),
    "附注": ("仿宋_GB2312", "Times New Roman", 32),
    "版记": ("仿宋_GB2312", "Times New Roman", 28),
    "份号": ("仿宋_GB2312", "Times New Roman", 32),
    "密级和保密期限": ("黑体", "Times New Roman", 32),
    "紧急程度": ("黑体", "Times New Roman", 32),
    "发文机关标志": ("方正小标宋简体", "Times New Roman", 84),
    "发文字号": ("仿宋_GB2312", "Times New Roman", 32),
    "签发人": ("仿宋_GB2312", "Times New Roman", 32),
    "发文机关": ("楷体_GB2312", "Times New Roman", 32),
    "出席列席": ("仿宋_GB2312", "Times New Roman", 32),
    "发文字号和签发人": ("仿宋_GB2312", "Times New Roman", 32),
    "信函份号和发文字号": ("仿宋_GB2312", "Times New Roman", 32),
    "印发机关和印发日期": ("仿宋_GB2312", "Times New Roman", 28),
    "页码（单页）": ("宋体", "宋体", 28),
    "页码（双页）": ("宋体", "宋体", 28),
}
CHARACTER_STYLES = {"段首标题一级": "黑体", "段首标题二级": "楷体_GB2312", "段首标题三级": "仿宋_GB2312",
                    "段首标题四级": "仿宋_GB2312", "列举引导": "仿宋_GB2312", "签发人姓名": "楷体_GB2312",
                    "出席列席标签": "黑体", "份号（字符）": "仿宋_GB2312", "密级（字符）": "黑体",
                    "紧急程度（字符）": "黑体", "发文字号（字符）": "仿宋_GB2312"}


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def part(data: bytes, name: str):
    return etree.fromstring(parts(data)[name])


def styles_by_name(data: bytes) -> dict[str, etree._Element]:
    root = part(data, "word/styles.xml")
    return {s.find(f"{W}name").get(f"{W}val"): s for s in root.iter(f"{W}style")}


def val(el, path: str) -> str | None:
    found = el.find(path)
    return None if found is None else found.get(f"{W}val")


# --------------------------------------------------------------------------- styles


def test_opens_with_python_docx_and_uses_named_styles():
    document = docx.Document(io.BytesIO(rendered_docx(seed("003"))))
    used = {p.style.name for p in document.paragraphs}
    assert {"称呼", "正文", "一级标题", "二级标题", "结束语"} <= used
    heading = next(p for p in document.paragraphs if p.style.name == "一级标题")
    assert heading.text == "一、提高思想认识，增强学习的自觉性和主动性"


def test_every_style_is_present_with_its_fonts_and_size():
    styles = styles_by_name(rendered_docx(NOTICE))
    for name, (east_asia, latin, size) in EXPECTED_STYLES.items():
        rpr = styles[name].find(f"{W}rPr")
        fonts = rpr.find(f"{W}rFonts")
        assert fonts.get(f"{W}eastAsia") == east_asia, name
        assert fonts.get(f"{W}ascii") == fonts.get(f"{W}hAnsi") == latin, name
        assert fonts.get(f"{W}hint") == "eastAsia", name
        assert val(rpr, f"{W}sz") == str(size), name
    for name, east_asia in CHARACTER_STYLES.items():
        assert styles[name].get(f"{W}type") == "character"
        fonts = styles[name].find(f"{W}rPr/{W}rFonts")
        assert (fonts.get(f"{W}eastAsia"), fonts.get(f"{W}ascii")) == (east_asia, "Times New Roman")


def test_only_the_documents_own_styles_and_the_defaults_are_defined():
    styles = styles_by_name(rendered_docx(STRESS))
    defaults = {name for name, s in styles.items() if s.get(f"{W}default") == "1"}
    assert set(styles) == set(EXPECTED_STYLES) | set(CHARACTER_STYLES) | defaults
    assert "Normal" in defaults


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_every_paragraph_and_run_names_a_defined_style(path):
    data = rendered_docx(path)
    ids = {s.get(f"{W}styleId"): s.get(f"{W}type") for s in part(data, "word/styles.xml").iter(f"{W}style")}
    body = part(data, "word/document.xml").find(f"{W}body")
    for p in body.iter(f"{W}p"):
        assert ids[val(p, f"{W}pPr/{W}pStyle")] == "paragraph"
    for r in body.iter(f"{W}r"):
        style = val(r, f"{W}rPr/{W}rStyle")
        assert style is None or ids[style] == "character"


def test_headings_have_outline_levels_and_body_text_follows_every_style():
    styles = styles_by_name(rendered_docx(STRESS))
    for level, name in enumerate(("一级标题", "二级标题", "三级标题", "四级标题")):
        assert val(styles[name], f"{W}pPr/{W}outlineLvl") == str(level)
        assert styles[name].find(f"{W}pPr/{W}keepNext") is not None
    assert styles["正文"].find(f"{W}pPr/{W}outlineLvl") is None
    body_id = styles["正文"].get(f"{W}styleId")
    assert all(val(styles[n], f"{W}next") == body_id for n in ("公文标题", "一级标题", "称呼"))


def test_body_style_is_3hao_fangsong_exact_28_95pt_condensed_without_autospace():
    body = styles_by_name(rendered_docx(seed("000")))["正文"]
    assert val(body, f"{W}rPr/{W}spacing") == "-5"
    spacing = body.find(f"{W}pPr/{W}spacing")
    assert spacing.get(f"{W}line") == "579" and spacing.get(f"{W}lineRule") == "exact"
    assert body.find(f"{W}pPr/{W}ind").get(f"{W}firstLine") == "632"  # 2 字 of 15.8 pt
    assert val(body, f"{W}pPr/{W}jc") == "both"
    assert [val(body, f"{W}pPr/{W}{t}") for t in ("autoSpaceDE", "autoSpaceDN", "snapToGrid")] == ["0"] * 3
    assert body.find(f"{W}pPr/{W}widowControl").get(f"{W}val") == "0"


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_no_theme_font_attributes_anywhere(path):
    for name, content in parts(rendered_docx(path)).items():
        if name.endswith((".xml", ".rels")):
            root = etree.fromstring(content)
            theme = [a for el in root.iter() for a in el.attrib if re.search(r"[Tt]heme$", a)]
            assert not theme, (name, theme)


def test_document_defaults_name_the_fonts_and_the_language():
    root = part(rendered_docx(seed("000")), "word/styles.xml")
    rpr = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    fonts = rpr.find(f"{W}rFonts")
    assert (fonts.get(f"{W}eastAsia"), fonts.get(f"{W}ascii"), fonts.get(f"{W}hint")) == (
        "仿宋_GB2312", "Times New Roman", "eastAsia")
    assert rpr.find(f"{W}lang").get(f"{W}eastAsia") == "zh-CN"


def test_the_preset_chooses_the_font_names():
    speech = docgen.parse(seed("003"))
    data = docgen.render(speech, "gbt9704", "docx", settings=["typefaces.fangsong.docx=仿宋",
                                                            "typefaces.kaiti.docx=楷体"])
    styles = styles_by_name(data)
    assert styles["正文"].find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia") == "仿宋"
    assert styles["二级标题"].find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia") == "楷体"
    table = {f.get(f"{W}name") for f in part(data, "word/fontTable.xml")}
    assert {"仿宋", "楷体"} <= table and "仿宋_GB2312" not in table


def test_a_changed_preset_gets_its_own_styles():
    speech = docgen.parse(seed("003"))
    small = docgen.render(speech, "gbt9704", "docx", settings=["body.size=小三"], invariant=True)
    assert val(styles_by_name(small)["正文"], f"{W}rPr/{W}sz") == "30"
    assert val(styles_by_name(rendered_docx(seed("003")))["正文"], f"{W}rPr/{W}sz") == "32"


# --------------------------------------------------------------------------- body


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_runs_carry_only_character_styles(path):
    """No direct run formatting: a run's properties, if any, are a character style."""
    body = part(rendered_docx(path), "word/document.xml").find(f"{W}body")
    for run in body.iter(f"{W}r"):
        rpr = run.find(f"{W}rPr")
        assert rpr is None or [child.tag for child in rpr] == [f"{W}rStyle"]


def test_run_in_leads_are_set_in_their_character_styles():
    body = part(rendered_docx(seed("000")), "word/document.xml").find(f"{W}body")
    leads = [r for r in body.iter(f"{W}r") if r.find(f"{W}rPr/{W}rStyle") is not None]
    assert len(leads) == 5 and {val(r, f"{W}rPr/{W}rStyle") for r in leads} == {"DocLead1"}
    stress = docx.Document(io.BytesIO(rendered_docx(STRESS)))
    enumerations = [r.text for p in stress.paragraphs for r in p.runs if r.style.name == "列举引导"]
    assert enumerations[:3] == ["一是平台能力持续增强。", "二是服务效能明显提升。", "三是改革举措落地见效。"]
    notice = docx.Document(io.BytesIO(rendered_docx(NOTICE)))
    leads = [r.text for p in notice.paragraphs for r in p.runs if r.style.name == "段首标题二级"]
    assert leads == ["（一）完善标准体系。", "（二）抓好贯彻落实。"]


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_paragraphs_have_no_direct_formatting_but_the_measured_indents(path):
    """A paragraph names its style; only the signature block and attachment notes, whose
    indents depend on their text (GB/T 9704 §7.3.4, §7.3.5.2), carry their own — and a
    title line that LibreOffice would wrap, which gets room on both sides."""
    data = rendered_docx(path)
    names = {s.get(f"{W}styleId"): s.find(f"{W}name").get(f"{W}val")
             for s in part(data, "word/styles.xml").iter(f"{W}style")}
    for p in part(data, "word/document.xml").iter(f"{W}p"):
        tags = [child.tag for child in p.find(f"{W}pPr")]
        assert tags[0] == f"{W}pStyle"
        if len(tags) == 1:
            continue
        name = names[val(p, f"{W}pPr/{W}pStyle")]
        if name == "公文标题":
            ind = p.find(f"{W}pPr/{W}ind")
            assert tags[1:] == [f"{W}ind"] and ind.get(f"{W}left") == ind.get(f"{W}right")
            assert -300 < int(ind.get(f"{W}left")) < 0
        else:
            assert name in {"落款", "成文日期", "附件说明"}
            assert set(tags[1:]) <= {f"{W}ind", f"{W}jc"}


def test_a_title_that_fills_its_line_gets_room_for_libreoffices_spacing():
    """A title of 18 characters and 4 digits is 440 pt wide in 22 pt, 2 pt less than the
    line; LibreOffice adds 0.2 em on each side of the digits and would wrap its last
    character."""
    document = docx.Document(io.BytesIO(rendered_docx(seed("001"))))
    title = document.paragraphs[0]
    assert title.text == "在县委办党支部2022年度组织生活会上的讲话"
    fmt = title.paragraph_format
    assert fmt.left_indent == fmt.right_indent and -8 < fmt.left_indent.pt < -3
    short = docx.Document(io.BytesIO(rendered_docx(seed("004")))).paragraphs[0]
    assert short.style.name == "公文标题" and short.paragraph_format.left_indent is None


def test_signature_block_and_attachment_notes_are_indented_per_the_standard():
    """Twips, computed here from 16 pt characters condensed by 0.25 pt (15.75 pt) and Times
    New Roman digits (8 pt) and full stop (4 pt), each also condensed by 0.25 pt."""
    document = docx.Document(io.BytesIO(rendered_docx(NOTICE)))
    by_style = {}
    for p in document.paragraphs:
        by_style.setdefault(p.style.name, []).append(p.paragraph_format)
    cell, digit, stop = 15.75, 7.75, 3.75
    text_width, char_pitch = 156 / 25.4 * 72, 156 / 25.4 * 72 / 28
    name_start = text_width - 2 * char_pitch - 10 * cell     # 某某县人民政府办公室, 2 字 from the right
    date = by_style["成文日期"][0]
    assert date.alignment == 0 and abs(date.left_indent.pt - (name_start + 2 * char_pitch)) < 0.1
    assert by_style["落款"][0].left_indent is None           # the style's right alignment
    first, second = by_style["附件说明"]
    label = 3 * cell + digit + stop                          # 附件：1.
    assert abs(first.left_indent.pt - (2 * char_pitch + label)) < 0.1
    assert abs(first.first_line_indent.pt + label) < 0.1
    assert abs(second.left_indent.pt - (2 * char_pitch + 3 * cell + digit + stop)) < 0.1
    assert abs(second.first_line_indent.pt + digit + stop) < 0.1


def test_attachment_labels_start_a_page_by_their_style_and_show_in_the_navigation_pane():
    """GB/T 9704 §7.3.7: the page break is the 附件标识 style's (an office that adds an
    attachment gets it by choosing the style), never a paragraph's own; so is the outline
    level; the label is 3号黑体 flush left without indent, its title centred."""
    data = rendered_docx(ATTACHMENTS)
    styles = styles_by_name(data)
    label, title = styles["附件标识"], styles["附件标题"]
    assert label.find(f"{W}pPr/{W}pageBreakBefore") is not None
    assert val(label, f"{W}pPr/{W}pageBreakBefore") in (None, "1", "true", "on")
    assert val(label, f"{W}pPr/{W}outlineLvl") == "0" and val(label, f"{W}pPr/{W}jc") == "left"
    spacing = label.find(f"{W}pPr/{W}spacing")
    assert spacing.get(f"{W}after") == "579"  # one blank line: the title on line 3
    ind = label.find(f"{W}pPr/{W}ind")
    assert ind is None or all(ind.get(f"{W}{k}") in (None, "0") for k in ("firstLine", "left"))
    assert title.find(f"{W}pPr/{W}pageBreakBefore") is None and val(title, f"{W}pPr/{W}jc") == "center"
    assert styles["文件标题"].find(f"{W}pPr/{W}pageBreakBefore") is not None
    unbroken = [n for n, st in styles.items() if st.find(f"{W}pPr/{W}pageBreakBefore") is not None]
    assert sorted(unbroken) == ["文件标题", "附件标识"]
    ids = {st.get(f"{W}styleId"): name for name, st in styles.items()}
    body = part(data, "word/document.xml").find(f"{W}body")
    used = [(ids[val(p, f"{W}pPr/{W}pStyle")], "".join(t.text for t in p.iter(f"{W}t")))
            for p in body.iter(f"{W}p")]
    assert [u for u in used if u[0] in ("附件标识", "附件标题")] == [
        ("附件标识", "附件1"), ("附件标题", "工作任务分解表"), ("附件标识", "附件2"), ("附件标题", "标准清单填报说明")]
    assert body.find(f".//{W}pPr/{W}pageBreakBefore") is None and body.find(f".//{W}br[@{W}type='page']") is None
    index = used.index(("附件标识", "附件1"))
    assert used[index - 1] == ("成文日期", "2024年3月15日")  # no blank line before the break


def test_an_attachment_title_breaks_where_the_pdf_breaks_it():
    path = FIXTURES / "structure" / "notice-shanghai-toys-attachment.txt"
    document = docx.Document(io.BytesIO(rendered_docx(path)))
    title = next(p for p in document.paragraphs if p.style.name == "附件标题")
    with open_pdf(rendered_pdf(path)) as pdf:
        expected = [row.text for row in rows(pdf.pages[2], 21.5, 22.5)]
    assert len(expected) == 2 and title.text.split("\n") == expected


def test_text_is_escaped_and_spaces_are_kept():
    text = " A & B <c> “引号”  两个空格 "
    speech = Speech(Meta(title="标题 & <副>"), (Paragraph(text),))
    data = docgen.render(speech, "gbt9704", "docx")
    document = docx.Document(io.BytesIO(data))
    assert [p.text for p in document.paragraphs if p.text] == ["标题 & <副>", text]
    assert b'xml:space="preserve"' in parts(data)["word/document.xml"]


def test_title_lines_break_where_the_pdf_breaks_them():
    document = docx.Document(io.BytesIO(rendered_docx(STRESS)))
    title = next(p for p in document.paragraphs if p.style.name == "公文标题")
    with open_pdf(rendered_pdf(STRESS)) as pdf:
        expected = [row.text for row in rows(pdf.pages[0], 21.5, 22.5)]
    assert len(expected) == 3 and title.text.split("\n") == expected
    assert len(document.paragraphs[0].runs) == 1  # one paragraph, lines joined by line breaks


# --------------------------------------------------------------------------- page


def test_page_setup_and_grid():
    data = rendered_docx(seed("000"))
    section = docx.Document(io.BytesIO(data)).sections[0]
    assert round(mm(section.page_width.pt)) == 210 and round(mm(section.page_height.pt)) == 297
    margins = [round(mm(m.pt), 1) for m in (section.top_margin, section.bottom_margin,
                                            section.left_margin, section.right_margin)]
    assert margins == [37.0, 35.0, 28.0, 26.0]
    # the 一字线 7 mm below the text block: see test_docx_layout.py for the measurement
    assert 25.2 <= mm(section.footer_distance.pt) <= 25.4
    grid = part(data, "word/document.xml").find(f".//{W}sectPr/{W}docGrid")
    assert grid.get(f"{W}type") == "lines" and grid.get(f"{W}linePitch") == "579"


def test_even_and_odd_footers_with_page_field():
    data = rendered_docx(seed("000"))
    assert part(data, "word/settings.xml").find(f"{W}evenAndOddHeaders") is not None
    rels = {r.get("Id"): r.get("Target") for r in part(data, "word/_rels/document.xml.rels")}
    section = part(data, "word/document.xml").find(f".//{W}sectPr")
    R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    refs = {ref.get(f"{W}type"): rels[ref.get(f"{R}id")] for ref in section.iter(f"{W}footerReference")}
    assert set(refs) == {"default", "even"}
    styles = {s.get(f"{W}styleId"): s for s in part(data, "word/styles.xml").iter(f"{W}style")}
    for kind, side in (("default", "right"), ("even", "left")):
        footer = part(data, f"word/{refs[kind]}")
        (paragraph,) = footer.iter(f"{W}p")
        style = styles[val(paragraph, f"{W}pPr/{W}pStyle")]
        assert val(style, f"{W}pPr/{W}jc") == side
        assert style.find(f"{W}pPr/{W}ind").get(f"{W}{side}") == "280"  # one 4号 字
        fields = [el.get(f"{W}fldCharType") for el in paragraph.iter(f"{W}fldChar")]
        assert fields == ["begin", "separate", "end"]
        assert [t.text.strip() for t in paragraph.iter(f"{W}instrText")] == ["PAGE"]
        texts = "".join(t.text for t in paragraph.iter(f"{W}t"))
        assert texts == "— 1 —"


# --------------------------------------------------------------------------- package


def test_package_holds_only_what_the_document_uses():
    files = parts(rendered_docx(STRESS))
    assert set(files) == {"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                          "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                          "word/settings.xml", "word/fontTable.xml", "word/footer1.xml",
                          "word/footer2.xml"}
    types = etree.fromstring(files["[Content_Types].xml"])
    overrides = {o.get("PartName").lstrip("/") for o in types if o.get("PartName")}
    assert overrides == {n for n in files if n.endswith(".xml") and n != "[Content_Types].xml"}
    for rels_name in ("_rels/.rels", "word/_rels/document.xml.rels"):
        base = rels_name.split("_rels/")[0]
        for rel in etree.fromstring(files[rels_name]):
            assert base + rel.get("Target") in files


def test_settings_for_current_word_and_a_chinese_document():
    settings = part(rendered_docx(seed("000")), "word/settings.xml")
    mode = [c.get(f"{W}val") for c in settings.iter(f"{W}compatSetting") if c.get(f"{W}name") == "compatibilityMode"]
    assert mode == ["15"]
    assert settings.find(f"{W}themeFontLang").get(f"{W}eastAsia") == "zh-CN"
    assert val(settings, f"{W}characterSpacingControl") == "doNotCompress"
    assert settings.find(f"{W}rsids") is None and settings.find(f"{W}proofState") is None


def test_font_table_names_every_font_with_its_character_set():
    """(Its alternatives and descriptors are checked in test_docx_fonts.py.)"""
    fonts = {f.get(f"{W}name"): f for f in part(rendered_docx(seed("000")), "word/fontTable.xml")}
    assert set(fonts) == {"Times New Roman", "仿宋_GB2312", "楷体_GB2312", "黑体", "宋体", "方正小标宋简体"}
    assert val(fonts["仿宋_GB2312"], f"{W}charset") == "86" and val(fonts["Times New Roman"], f"{W}charset") == "00"


def test_document_properties():
    data = rendered_docx(NOTICE)
    core = docx.Document(io.BytesIO(data)).core_properties
    assert core.title == "关于做好2024年度机关事务管理和后勤保障服务标准化建设工作的通知"
    assert core.author == "某某县人民政府办公室"   # the issuing body: no speaker
    assert core.keywords == "" and core.language == "zh-CN"   # the preset names no keywords
    assert core.created == core.modified == dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    assert core.comments.startswith("docgen ")
    tagged = docgen.render(docgen.parse(NOTICE), "gbt9704", "docx",
                           settings=['metadata.keywords=["通知", "机关事务"]'])
    assert docx.Document(io.BytesIO(tagged)).core_properties.keywords == "通知, 机关事务"
    app = parts(data)["docProps/app.xml"].decode()
    assert "<Application>docgen</Application>" in app


def test_without_invariant_the_dates_are_today():
    data = docgen.render(docgen.parse(seed("003")), "gbt9704", "docx")
    created = docx.Document(io.BytesIO(data)).core_properties.created
    assert created.date() >= dt.date.today() - dt.timedelta(days=1)


def test_same_input_gives_identical_bytes():
    a = docgen.render(docgen.parse(seed("001")), "gbt9704", "docx", invariant=True)
    assert a == rendered_docx(seed("001"))


def test_byte_identical_across_processes(tmp_path):
    outputs = []
    for name in ("a.docx", "b.docx"):
        out = tmp_path / name
        subprocess.run([sys.executable, "-m", "docgen", "convert", str(NOTICE), "-o", str(out),
                        "--invariant", "-q"], check=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == rendered_docx(NOTICE)


# --------------------------------------------------------------------------- round trip


#: The structure suite's texts too (official documents: issued notices, regulations, opinions),
#: but one: its articles (第二条 …) are consecutive paragraphs in a DOCX that do not end a
#: sentence, and cleaning rejoins them as a line broken mid-sentence.
ROUND_TRIP = [*DOCS, *(p for p in sorted((FIXTURES / "structure").glob("*.txt"))
                       if p.name != "notice-xiangyin-business.txt")]


@pytest.mark.parametrize("path", ROUND_TRIP, ids=lambda p: p.stem[:24])
def test_docgen_reads_its_own_docx_back_to_the_same_model(path):
    """The blocks and the header docgen typesets (title, subtitle, date, speaker, occasion)
    survive a round trip — titles and date lines set on several lines included.  Source,
    author and publication date came from a web page's chrome lines, which cleaning removes;
    the DOCX keeps the author in its properties only."""
    original = docgen.parse(path)
    data = docgen.render(original, "gbt9704", "docx", invariant=True)
    again = docgen.parse(data, name=f"{path.stem}.docx")
    assert again.blocks == original.blocks
    for field in ("title", "subtitle", "date", "speaker", "occasion"):
        assert getattr(again.meta, field) == getattr(original.meta, field), field


def test_attachments_survive_the_round_trip():
    """Labels, numbers and titles (one set on two lines in the DOCX) come back as they were."""
    for path, expected in ((ATTACHMENTS, [("附件1", 1), ("附件2", 2)]),
                           (FIXTURES / "structure" / "notice-shanghai-toys-attachment.txt", [("附件", None)])):
        original = docgen.parse(path)
        again = docgen.parse(docgen.render(original, "gbt9704", "docx", invariant=True), name="x.docx")
        labels = [(b.text, b.number) for b in again.blocks if isinstance(b, AttachmentLabel)]
        assert labels == expected
        titles = [b for b in again.blocks if isinstance(b, AttachmentTitle)]
        assert titles == [b for b in original.blocks if isinstance(b, AttachmentTitle)] and titles


#: Child order of w:pPr and w:rPr (ECMA-376 Part 1, CT_PPrBase/CT_PPr and CT_RPr), written
#: out from the schema: Word refuses a file whose properties are out of order.
PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"]


@pytest.mark.parametrize("path", [STRESS, NOTICE, DOWNWARD], ids=["stress", "notice", "downward"])
def test_properties_are_in_schema_order(path):
    files = parts(rendered_docx(path))
    for name in ("word/styles.xml", "word/document.xml", "word/footer1.xml", "word/footer2.xml"):
        root = etree.fromstring(files[name])
        for tag, order in (("pPr", PPR_ORDER), ("rPr", RPR_ORDER)):
            for props in root.iter(f"{W}{tag}"):
                children = [child.tag.removeprefix(W) for child in props]
                assert all(c in order for c in children), (name, children)
                assert children == sorted(children, key=order.index), (name, children)


def test_a_line_break_ends_a_line_except_in_a_centred_paragraph():
    """A title or date line set on two lines is one line of text when read back; a line
    break in a body paragraph still ends a line (cleaning rejoins it when mid-sentence)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    title = document.add_paragraph("关于印发《东阳市促进残疾人就业行动实施方案")
    title.add_run().add_break()
    title.add_run("（2023—2025年）》的通知")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    body = document.add_paragraph("一、总体要求")
    body.add_run().add_break()
    body.add_run("二、主要任务")
    out = io.BytesIO()
    document.save(out)
    source = docgen.readers.read_bytes(out.getvalue(), "x.docx")
    assert source.lines == ("关于印发《东阳市促进残疾人就业行动实施方案（2023—2025年）》的通知",
                            "一、总体要求", "二、主要任务")


_RENDER_IN_A_NEW_PROCESS = """
import sys, docgen
style, source, *settings = sys.argv[1:]
data = docgen.render(docgen.parse(source), style, "docx", settings=settings, invariant=True)
sys.stdout.buffer.write(data)
sys.stderr.write("python-docx imported" if "docx" in sys.modules else "python-docx not imported")
"""

_SEAL = Path(__file__).parents[2] / "examples" / "seal-specimen.png"


def _render_fresh(cache: str, style: str, source: Path, *settings: str) -> tuple[bytes, str]:
    """A DOCX rendered in a new process with the cache folder ``cache``, and whether that
    process imported python-docx."""
    env = {**os.environ, "DOCGEN_CACHE_DIR": cache}
    done = subprocess.run([sys.executable, "-c", _RENDER_IN_A_NEW_PROCESS, style, str(source), *settings],
                          capture_output=True, env=env, check=True)
    return done.stdout, done.stderr.decode()


@pytest.mark.parametrize(("style", "source", "settings"), [
    ("gbt9704", None, ()),
    # the 版头 (its mark condensed to fit: a style changed for the one document), the seal's
    # picture, the 版记 on a page of its own after a blank page without numbers
    ("gbt9704", DOWNWARD, (f"seal.file={_SEAL}", "colophon.two_sided=true")),
    ("letter", DOWNWARD, (f"seal.file={_SEAL}",)),  # a first page without a number
    ("order", DOWNWARD, (f"seal.file={_SEAL}",)),
])
def test_the_style_template_kept_in_the_cache_folder_gives_the_same_file(tmp_path, style, source, settings):
    source = source or seed("004")
    uncached, how = _render_fresh("off", style, source, *settings)
    assert how == "python-docx imported"
    built, how = _render_fresh(str(tmp_path), style, source, *settings)  # builds the template, stores it
    assert built == uncached and how == "python-docx imported"
    entries = sorted(tmp_path.glob("docx-template-*"))
    assert entries
    cached, how = _render_fresh(str(tmp_path), style, source, *settings)  # reads it: no python-docx
    assert cached == uncached and how == "python-docx not imported"
    for entry in entries:
        entry.write_bytes(b"\x00not a template")    # a damaged entry is built again
    rebuilt, how = _render_fresh(str(tmp_path), style, source, *settings)
    assert rebuilt == uncached and how == "python-docx imported"


def test_a_new_seal_picture_under_the_same_name_is_not_taken_from_the_cache(tmp_path):
    """The template holds the seal's picture: a preset naming the same file after the file
    changed gets a template with the new picture."""
    from PIL import Image

    seal, cache = tmp_path / "seal.png", tmp_path / "cache"
    seal.write_bytes(_SEAL.read_bytes())
    first, _ = _render_fresh(str(cache), "gbt9704", DOWNWARD, f"seal.file={seal}")
    Image.new("RGBA", (300, 300), (200, 0, 0, 128)).save(seal)
    second, how = _render_fresh(str(cache), "gbt9704", DOWNWARD, f"seal.file={seal}")
    assert how == "python-docx imported"  # not found in the cache: built again
    assert len(list(cache.glob("docx-template-*"))) == 2

    def media(data: bytes) -> list[bytes]:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return [package.read(n) for n in package.namelist() if n.startswith("word/media/")]

    assert media(first) == [_SEAL.read_bytes()]
    assert media(second) == [seal.read_bytes()]


def test_a_changed_style_value_is_a_template_of_its_own(tmp_path):
    plain, _ = _render_fresh(str(tmp_path), "gbt9704", seed("004"))
    changed, how = _render_fresh(str(tmp_path), "gbt9704", seed("004"), "heading1.bold=true")
    assert how == "python-docx imported" and changed != plain
    assert len(list(tmp_path.glob("docx-template-*"))) == 2
