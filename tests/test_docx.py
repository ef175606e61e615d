"""The DOCX read back: named styles, page setup, fonts in the right slots, footers — and what
LibreOffice makes of it."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest
from lxml import etree

from conftest import SEEDS, rendered_docx, rendered_pdf, seed
from office import SOFFICE, docx_to_pdf
from pdfmeasure import mm, open_pdf, rows

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def part(data: bytes, name: str):
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(name))


def test_opens_with_python_docx_and_uses_named_styles():
    document = docx.Document(io.BytesIO(rendered_docx(seed("003"))))
    used = {p.style.name for p in document.paragraphs}
    assert {"称呼", "正文", "一级标题", "二级标题", "结束语"} <= used
    heading = next(p for p in document.paragraphs if p.style.name == "一级标题")
    assert heading.text == "一、提高思想认识，增强学习的自觉性和主动性"


def test_page_setup_and_grid():
    data = rendered_docx(seed("000"))
    section = docx.Document(io.BytesIO(data)).sections[0]
    assert round(mm(section.page_width.pt)) == 210 and round(mm(section.page_height.pt)) == 297
    margins = [round(mm(m.pt), 1) for m in (section.top_margin, section.bottom_margin,
                                            section.left_margin, section.right_margin)]
    assert margins == [37.0, 35.0, 28.0, 26.0]
    grid = part(data, "word/document.xml").find(f".//{W}sectPr/{W}docGrid")
    assert grid.get(f"{W}type") == "lines" and grid.get(f"{W}linePitch") == "579"


def test_body_style_is_3hao_fangsong_exact_28_95pt_condensed():
    styles = part(rendered_docx(seed("000")), "word/styles.xml")
    body = styles.find(f"{W}style[@{W}styleId='DocBody']")
    fonts = body.find(f"{W}rPr/{W}rFonts")
    assert fonts.get(f"{W}eastAsia") == "仿宋_GB2312" and fonts.get(f"{W}ascii") == "Times New Roman"
    assert fonts.get(f"{W}hint") == "eastAsia"
    assert body.find(f"{W}rPr/{W}sz").get(f"{W}val") == "32"
    assert body.find(f"{W}rPr/{W}spacing").get(f"{W}val") == "-5"
    spacing = body.find(f"{W}pPr/{W}spacing")
    assert spacing.get(f"{W}line") == "579" and spacing.get(f"{W}lineRule") == "exact"
    assert not [a for el in styles.iter() for a in el.attrib if a.endswith("Theme")]


def test_run_in_leads_use_the_character_style_and_nothing_else_is_direct():
    document = part(rendered_docx(seed("000")), "word/document.xml")
    runs = document.findall(f".//{W}body//{W}r")
    for run in runs:
        rpr = run.find(f"{W}rPr")
        if rpr is not None:
            assert [child.tag for child in rpr] == [f"{W}rStyle"]
    leads = [r for r in runs if r.find(f"{W}rPr/{W}rStyle") is not None]
    assert len(leads) == 5 and all(
        r.find(f"{W}rPr/{W}rStyle").get(f"{W}val") == "DocLead1" for r in leads)


def test_even_and_odd_footers_with_page_field():
    data = rendered_docx(seed("000"))
    settings = part(data, "word/settings.xml")
    assert settings.find(f"{W}evenAndOddHeaders") is not None
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    footers = [n for n in names if re.match(r"word/footer\d+\.xml", n)]
    assert len(footers) == 2
    for name in footers:
        xml = etree.tostring(part(data, name), encoding="unicode")
        assert "PAGE" in xml and "—" in xml


def test_same_input_gives_identical_bytes():
    import docgen

    a = docgen.render(docgen.parse(seed("001")), "gbt9704", "docx", invariant=True)
    b = docgen.render(docgen.parse(seed("001")), "gbt9704", "docx", invariant=True)
    assert a == b


@pytest.fixture(scope="module")
def libreoffice_pdfs(tmp_path_factory):
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    folder = tmp_path_factory.mktemp("lo")
    files = []
    for path in SEEDS:
        target = folder / f"{path.stem}.docx"
        target.write_bytes(rendered_docx(path))
        files.append(target)
    return dict(zip(SEEDS, docx_to_pdf(files, folder)))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_libreoffice_lays_out_22_lines_of_28_characters(libreoffice_pdfs, path):
    data = libreoffice_pdfs[path].read_bytes()
    counts = []
    with open_pdf(data) as pdf:
        for page in pdf.pages[:-1]:
            body = rows(page, 15.5, 16.5)
            if not any(r.size > 17 for r in rows(page)):   # title pages excepted
                assert len(body) == 22, (page.page_number, len(body))
            for row in body:
                if abs(mm(row.x0) - 28) < 0.5 and mm(row.x1) > 182 and all(ord(c) > 0x2000 for c in row.text):
                    counts.append(len(row.text))

        for page in pdf.pages:
            number = rows(page, 13.5, 14.5)[-1]
            assert re.fullmatch(r"—\s*(\d+)\s*—", number.text).group(1) == str(page.page_number)
            if page.page_number % 2:
                assert mm(number.x1) > 170
            else:
                assert mm(number.x0) < 40
        with open_pdf(rendered_pdf(path)) as own:
            assert abs(len(pdf.pages) - len(own.pages)) <= 1
    # LibreOffice resolves line-start/line-end conflicts its own way (pushing a character before
    # a number or a closing quote: 27; compressing line-end punctuation: 29), so full lines of
    # Chinese hold 28 characters as a rule and never fewer than 27 or more than 29.
    assert counts and all(27 <= n <= 29 for n in counts), counts
    assert counts.count(28) >= 0.9 * len(counts), counts
