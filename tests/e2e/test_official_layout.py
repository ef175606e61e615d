"""The 版头, the 版记, seals and the special formats measured on the page: in docgen's PDF and
in the PDF LibreOffice makes of docgen's DOCX (skipped without LibreOffice), against GB/T
9704's numbers written out here — the mark red, centred on the text block, its top 35 mm
below it; the number under it and the red rule 3–6 mm under the number's baseline, 156 mm
wide; the 版记's rules on the last page, the last on the bottom edge of the text block; the
seal centred over the signature and the date; a 上行文's number and 签发人; a 信函's mark,
double rules and unnumbered first page; an order without a rule; the 版记 on an even page.

The 下行文 is a real notice (its 版头 real, the 版记 given by the header block); the other
formats are texts written for these tests (see tests/fixtures/official/SOURCES.md)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from helpers.documents import FIXTURES
from helpers.office import SOFFICE, laid_out
from helpers.official import (
    BLACK,
    BOTTOM,
    CELL,
    LEFT,
    RED,
    RIGHT,
    TOP,
    centre_mm,
    images,
    page_number_rows,
    red_rows,
    row_with,
    rules,
    top_mm,
)
from helpers.pdfmeasure import MM, open_pdf, rows

import docgen
from docgen.style import load_style

LINE = 28.95 / MM  # mm: one 行

HUNAN = (FIXTURES / "structure" / "notice-hunan-graduates.txt").read_text(encoding="utf-8")
#: The real notice with the 版记 a user gives it in the header block, and its signature.
DOWN = ("---\n抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省高级人民法院，省人民检察院。\n"
        "印发机关：湖南省人民政府办公厅\n印发日期：2009年3月20日\n---\n" + HUNAN
        + "\n湖南省人民政府办公厅\n2009年3月18日\n")
UP = ("某某县人民政府文件\n签发人：张三\n某政发〔2024〕5号　　　　签发人：李四\n关于请求拨付防汛资金的请示\n"
      "市人民政府：\n　　今年入汛以来，我县降雨偏多，部分乡镇受灾严重。为做好灾后恢复工作，恳请市政府拨付防汛资金500万元。\n"
      "　　妥否，请批示。\n　　　　　　　　某某县人民政府\n　　　　　　　　2024年6月1日\n"
      "　　（联系人：王五，电话：12345678）\n抄送：市水利局，市财政局。\n某某县人民政府办公室　　　　2024年6月1日印发\n")
LETTER = ("---\n格式：信函\n份号：000123\n---\n某某县人民政府办公室\n某政办函〔2024〕8号\n关于商请支持开展森林防火联合演练的函\n"
          "某某市应急管理局：\n　　为提高森林火灾应急处置能力，我县拟于2024年4月中旬开展森林防火联合演练，恳请贵局给予指导和支持。\n"
          "　　特此函商，请予支持。\n某某县人民政府办公室\n2024年3月15日\n抄送：县应急管理局。\n")
ORDER = ("某某省人民政府令\n第12号\n　　《某某省森林防火办法》已经2024年2月20日省人民政府第5次常务会议通过，现予公布，"
         "自2024年5月1日起施行。\n省长　张三\n2024年3月1日\n")
#: A notice whose text fills its sixth page: printed on both sides its 版记 goes on page 8, after a
#: blank page 7, and neither is numbered.
TWO_SIDED = ("某某县人民政府文件\n某政发〔2024〕9号\n关于某事的通知\n各乡镇人民政府：\n"
             + "　　为切实做好今年春季森林防火工作，有效预防和减少森林火灾发生，保护人民群众生命财产安全，现将有关事项通知如下。\n" * 57
             + "某某县人民政府\n2024年3月1日\n抄送：县委办公室。\n某某县人民政府办公室　　2024年3月1日印发\n")

DOCUMENTS = {  # name → (text, preset, settings)
    "down": (DOWN, "gbt9704", ("seal.file={seal}",)),
    "up": (UP, "gbt9704", ("seal.file={seal}",)),
    "letter": (LETTER, "gbt9704", ()),
    "order": (ORDER, "order", ("seal.file={seal}",)),
    "two-sided": (TWO_SIDED, "gbt9704", ("colophon.two_sided=true",)),
}
SOURCES = ["pdf", "docx"]


@pytest.fixture(scope="module")
def seal(tmp_path_factory) -> Path:
    """A round red seal with a star, on a transparent ground."""
    from PIL import Image, ImageDraw

    size = 400
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, size - 8, size - 8), outline=(230, 0, 0, 230), width=16)
    draw.regular_polygon((size / 2, size / 2, 60), 5, fill=(230, 0, 0, 230))
    path = tmp_path_factory.mktemp("seal") / "seal.png"
    image.save(path)
    return path


@pytest.fixture(scope="module")
def rendered(seal, tmp_path_factory) -> dict[tuple[str, str], bytes]:
    """(name, format) → the document: docgen's PDF, and its DOCX laid out by LibreOffice."""
    out: dict[tuple[str, str], bytes] = {}
    docx: dict[str, bytes] = {}
    for name, (text, preset, settings) in DOCUMENTS.items():
        style = load_style(preset, [s.format(seal=seal) for s in settings])
        speech = docgen.parse_text(text)
        out[(name, "pdf")] = docgen.render(speech, style, "pdf", invariant=True)
        docx[name] = docgen.render(speech, style, "docx", invariant=True)
    out.update({(name, "docx-bytes"): data for name, data in docx.items()})
    if SOFFICE is not None:
        pdfs = laid_out(docx, tmp_path_factory.mktemp("lo-official"))
        out.update({(name, "docx"): data for name, data in pdfs.items()})
    return out


def pdf_of(rendered, name: str, source: str):
    if (name, source) not in rendered:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    return open_pdf(rendered[(name, source)])


@functools.cache
def tolerance(source: str) -> float:
    """mm: GB/T 9704's ±1 mm for docgen's PDF; LibreOffice sets lines 0.5 pt off docgen's."""
    return 1.0 if source == "pdf" else 1.5


# --------------------------------------------------------------------------- 下行文


@pytest.mark.parametrize("source", SOURCES)
def test_the_mark_is_red_centred_and_35_mm_below_the_text_block(rendered, source):
    with pdf_of(rendered, "down", source) as pdf:
        page = pdf.pages[0]
        (mark,) = [row for row in red_rows(page) if row.size > 30]
        assert "".join(mark.text.split()) == "湖南省人民政府办公厅文件"
        assert abs(top_mm(mark) - (TOP + 35)) <= tolerance(source)
        assert abs(centre_mm(mark) - (LEFT + RIGHT) / 2) <= tolerance(source)
        assert mark.x0 / MM >= LEFT - 0.5 and mark.x1 / MM <= RIGHT + 0.5


@pytest.mark.parametrize("source", SOURCES)
def test_the_number_under_the_mark_and_the_red_rule_under_the_number(rendered, source):
    with pdf_of(rendered, "down", source) as pdf:
        page = pdf.pages[0]
        mark = max(red_rows(page), key=lambda row: row.size)
        number = row_with(page, "湘政办发〔2009〕24号")
        assert number.baseline > mark.bottom + 2 * 28.95 - 1           # 下空二行
        assert abs(centre_mm(number) - (LEFT + RIGHT) / 2) <= tolerance(source)
        (rule,) = rules(page, RED)
        assert 3 <= rule.y - number.baseline / MM <= 6
        assert abs(rule.x0 - LEFT) <= 1 and abs(rule.x1 - RIGHT) <= 1 and abs(rule.length - 156) <= 1
        title = row_with(page, "湖南省人民政府办公厅关于加强")
        assert title.top / MM - rule.y >= 2 * LINE - 1                  # the title two lines under the rule


@pytest.mark.parametrize("source", SOURCES)
def test_the_colophon_on_the_last_page_between_its_rules_the_last_on_the_bottom_edge(rendered, source):
    with pdf_of(rendered, "down", source) as pdf:
        page = pdf.pages[-1]
        found = [r for r in rules(page, BLACK) if r.length > 100]
        assert len(found) == 3
        first, middle, last = found
        assert all(abs(r.x0 - LEFT) <= 1 and abs(r.length - 156) <= 1 for r in found)
        assert abs(last.y - BOTTOM) <= 1
        assert first.weight > middle.weight and last.weight > middle.weight
        copies = row_with(page, "抄送：省委各部门")
        printed = row_with(page, "2009年3月20日印发")
        assert first.y < copies.baseline / MM < middle.y < printed.baseline / MM < last.y
        assert abs(copies.size - 14) < 0.5 and abs(copies.x0 / MM - (LEFT + CELL)) <= 1
        assert abs(printed.x0 / MM - (LEFT + CELL)) <= 1 and abs(printed.x1 / MM - (RIGHT - CELL)) <= 1
        for earlier in pdf.pages[:-1]:
            assert not [r for r in rules(earlier, BLACK) if r.length > 100]


@pytest.mark.parametrize("source", SOURCES)
def test_the_seal_is_centred_over_the_signature_and_the_date(rendered, source):
    with pdf_of(rendered, "down", source) as pdf:
        page = next(p for p in pdf.pages if images(p))
        (x0, top, x1, bottom) = images(page)[0]
        name, date = row_with(page, "湖南省人民政府办公厅"), row_with(page, "2009年3月18日")
        assert abs((x0 + x1) / 2 - centre_mm(date)) <= tolerance(source)
        assert abs(centre_mm(name) - centre_mm(date)) <= tolerance(source)
        # 右空四字; LibreOffice puts 0.2 em between Chinese characters and digits, which Word
        # does not: the date, centred under the seal, ends half of that further right there
        autospace = 0 if source == "pdf" else 5 * 0.2 * 16 / 2 / MM
        assert abs(date.x1 / MM - (RIGHT - 4 * CELL) - autospace) <= tolerance(source)
        assert (top + bottom) / 2 < name.baseline / MM < date.baseline / MM < bottom
        above = [row for row in rows(page, 15.5, 16.5) if row.baseline < name.top]
        if above:  # the seal's top within one line of the text above
            assert -0.5 <= top - above[-1].bottom / MM <= LINE


def test_the_seal_lets_the_signature_show_through_its_transparent_ground(rendered):
    """The PDF's seal is drawn with its alpha channel as a soft mask: inside the seal's box the
    signature and date stay as dark as without the seal, the ground stays paper, and the
    ring and star are red."""
    import pypdfium2

    text, preset, _ = DOCUMENTS["down"]
    without = load_style(preset, ["seal.kind=seal"])   # the same space, no picture
    plain = docgen.render(docgen.parse_text(text), without, "pdf", invariant=True)
    with pdf_of(rendered, "down", "pdf") as pdf:
        number = next(i for i, p in enumerate(pdf.pages) if images(p))
        (x0, top, x1, bottom) = images(pdf.pages[number])[0]
    scale = 2  # 144 dpi
    box = tuple(round(v * MM * scale) for v in (x0, top, x1, bottom))

    def pixels(data: bytes) -> list[tuple[int, int, int]]:
        page = pypdfium2.PdfDocument(data)[number]
        data = page.render(scale=scale).to_pil().convert("RGB").crop(box).tobytes()
        return list(zip(data[0::3], data[1::3], data[2::3]))

    sealed, unsealed = pixels(rendered[("down", "pdf")]), pixels(plain)
    dark = [i for i, (r, g, b) in enumerate(unsealed) if r + g + b < 200]   # the signature's strokes
    assert len(dark) > 500
    assert sum(1 for i in dark if sum(sealed[i]) < 300) > 0.8 * len(dark)   # still dark under the seal
    red = [p for p in sealed if p[0] > 180 and p[1] < 90 and p[2] < 90]
    assert len(red) > 0.05 * len(sealed)
    paper = [p for p in sealed if min(p) > 245]
    assert len(paper) > 0.4 * len(sealed)                                    # no opaque ground


# --------------------------------------------------------------------------- 上行文


@pytest.mark.parametrize("source", SOURCES)
def test_an_upward_number_left_and_its_signer_right_on_one_line(rendered, source):
    with pdf_of(rendered, "up", source) as pdf:
        page = pdf.pages[0]
        number = row_with(page, "某政发〔2024〕5号")
        signers = [row for row in rows(page) if "签发人" in row.text]
        assert len(signers) == 2 and signers[0].baseline < signers[1].baseline
        assert number.chars[0]["x0"] / MM == pytest.approx(LEFT + CELL, abs=tolerance(source))   # 居左空一字
        last = signers[1]
        li = [c for c in last.chars if c["text"] in "李四"]
        assert len(li) == 2
        assert abs(li[-1]["x1"] / MM - (RIGHT - CELL)) <= tolerance(source)                     # 居右空一字
        assert abs(li[0]["bottom"] - number.chars[0]["bottom"]) < 0.5 * MM                        # one line
        (rule,) = rules(page, RED)
        assert 3 <= rule.y - number.baseline / MM <= 6


# --------------------------------------------------------------------------- 信函


@pytest.mark.parametrize("source", SOURCES)
def test_a_letter_mark_double_rules_number_right_and_no_first_page_number(rendered, source):
    with pdf_of(rendered, "letter", source) as pdf:
        page = pdf.pages[0]
        mark = max(red_rows(page), key=lambda row: row.size)
        assert "".join(mark.text.split()) == "某某县人民政府办公室"
        assert abs(top_mm(mark) - 30) <= tolerance(source)
        red = [r for r in rules(page, RED) if r.length > 100]
        assert len(red) == 4
        upper, lower = red[:2], red[2:]
        assert all(abs(r.length - 170) <= 1 and abs(r.x0 - (LEFT - 7)) <= 1 for r in red)
        assert upper[0].weight > upper[1].weight and lower[1].weight > lower[0].weight   # 武文线, 文武线
        assert abs(upper[0].y - mark.bottom / MM - 4) <= 1.5
        assert abs(lower[1].y + lower[1].weight / 2 - (297 - 20)) <= 1
        number = row_with(page, "某政办函〔2024〕8号")
        assert abs(number.x1 / MM - RIGHT) <= tolerance(source) and number.baseline / MM > upper[1].y
        assert not page_number_rows(page)
        assert row_with(page, "抄送：县应急管理局")
        assert not [r for r in rules(page, BLACK) if r.length > 100]                     # no 版记 rules


# --------------------------------------------------------------------------- 命令（令）


@pytest.mark.parametrize("source", SOURCES)
def test_an_order_mark_20_mm_down_no_rule_and_the_signature_seal(rendered, source):
    with pdf_of(rendered, "order", source) as pdf:
        page = pdf.pages[0]
        mark = max(red_rows(page), key=lambda row: row.size)
        assert abs(top_mm(mark) - (TOP + 20)) <= tolerance(source)
        assert not rules(page, RED)
        number = row_with(page, "第12号")
        assert 2 * LINE - 1 <= (number.top - mark.bottom) / MM <= 3 * LINE + 1
        (x0, top, x1, bottom) = images(page)[0]
        assert abs(x1 - (RIGHT - 4 * CELL)) <= tolerance(source)                        # 右空四字
        title = row_with(page, "省长")
        assert abs(x0 - title.x1 / MM - 2 * CELL) <= tolerance(source)                  # 左空二字
        assert top < title.baseline / MM < bottom
        date = row_with(page, "2024年3月1日")
        assert date.top / MM - bottom >= LINE - 1.5                                       # a line under it


# --------------------------------------------------------------------------- printed on both sides


@pytest.mark.parametrize("source", SOURCES)
def test_printed_on_both_sides_the_colophon_goes_on_an_even_page(rendered, source):
    with pdf_of(rendered, "two-sided", source) as pdf:
        pages = pdf.pages
        assert len(pages) % 2 == 0
        last = pages[-1]
        assert row_with(last, "抄送：县委办公室")
        black = [r for r in rules(last, BLACK) if r.length > 100]
        assert black and abs(black[-1].y - BOTTOM) <= 1
        text_pages = [p for p in pages if [r for r in rows(p) if TOP <= r.baseline / MM <= BOTTOM]]
        blank = [p for p in pages if p not in text_pages]
        assert len(pages) == 8 and [p.page_number for p in blank] == [7]   # a blank page before it …
        assert not page_number_rows(blank[0]) and not page_number_rows(last)  # … and neither numbered
        assert all(page_number_rows(p) for p in pages[:6])
