"""Attachments in the PDF, read back with pdfplumber and pypdfium2: each starts on a new page,
its label on the first line of the text block in 3号黑体 flush left, its title centred on the
third line in 2号小标宋, the page numbers going on through them, and an outline entry for each.

The geometry expected is GB/T 9704's, written out here (text block from 28 mm across and 37 mm
down, 156 mm wide, lines of 28.95 pt); for the other presets it is read from the preset."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from helpers.documents import FIXTURES, rendered_pdf
from helpers.pdfmeasure import EM_ASCENT, MM, mm, open_pdf, rows
from helpers.presetcheck import FIXTURE_PRESETS, PRESETS, pdf_pages, pitch_of, style_of, typeface_names

import docgen

ATTACHMENTS = FIXTURES / "attachments.txt"
SHANGHAI = FIXTURES / "structure" / "notice-shanghai-toys-attachment.txt"

LEFT, TOP, WIDTH = 28.0, 37.0, 156.0   # mm
PITCH = 28.95                          # pt
HEITI = {"NotoSansSC-Medium", "黑体", "SimHei"}
XIAOBIAOSONG = {"NotoSerifSC-Bold", "方正小标宋简体"}


def page_rows(data: bytes) -> list[list]:
    with open_pdf(data) as document:
        return [rows(page) for page in document.pages]


def line_baseline(line: int, size: float, pitch: float = PITCH, top: float = TOP * MM) -> float:
    """Baseline of grid line ``line`` (1 = the first) for a glyph of ``size`` centred in its
    line box (Word's layout of exact line spacing, the default grid model)."""
    return top + (line - 1) * pitch + (pitch - size) / 2 + EM_ASCENT * size


def find(pages: list[list], text: str) -> tuple[int, int]:
    """(page index, row index) of the row whose text is ``text``."""
    for p, page in enumerate(pages):
        for r, row in enumerate(page):
            if row.text == text:
                return p, r
    raise AssertionError(f"{text!r} not printed")


@pytest.mark.parametrize("label, title", [("附件1", "工作任务分解表"), ("附件2", "标准清单填报说明")])
def test_each_label_opens_a_page_on_its_first_line_in_3hao_heiti_flush_left(label, title):
    pages = page_rows(rendered_pdf(ATTACHMENTS))
    p, r = find(pages, label)
    assert p > 0 and r == 0, "the label is the first text of its page"
    row = pages[p][0]
    assert row.size == 16.0 and font_of(row) in HEITI
    assert abs(mm(row.x0) - LEFT) < 0.3
    assert abs(row.baseline - line_baseline(1, 16.0)) < 0.3
    heading = pages[p][1]
    assert heading.text == title and heading.size == 22.0
    assert font_of(heading) in XIAOBIAOSONG
    assert abs(heading.baseline - line_baseline(3, 22.0)) < 0.3, "the title is on line 3"
    assert abs(mm((heading.x0 + heading.x1) / 2) - (LEFT + WIDTH / 2)) < 0.5, "centred"
    body = pages[p][2]
    assert abs(body.baseline - line_baseline(5, 16.0)) < 0.3, "one blank line under the title"


def test_the_page_before_an_attachment_ends_with_the_text_before_it():
    pages = page_rows(rendered_pdf(ATTACHMENTS))
    first = find(pages, "附件1")[0]
    texts = [row.text for row in pages[first - 1]]
    assert texts[-2:] == ["2024年3月15日", "—1—"]
    second = find(pages, "附件2")[0]
    assert second == first + 2 and pages[second - 1][-2].text.endswith("确保各项任务按期完成、取得实效。")


def test_page_numbers_go_on_through_the_attachments():
    pages = page_rows(rendered_pdf(ATTACHMENTS))
    assert len(pages) == 4
    assert [page[-1].text.replace(" ", "") for page in pages] == ["—1—", "—2—", "—3—", "—4—"]


def test_an_outline_entry_for_each_attachment_with_its_headings_under_it():
    document = pdfium.PdfDocument(rendered_pdf(ATTACHMENTS))
    try:
        toc = [(item.level, item.get_title(), item.get_dest().get_index()) for item in document.get_toc()]
    finally:
        document.close()
    assert toc == [(0, "一、主要任务", 0),
                   (0, "附件1\u3000工作任务分解表", 1), (1, "一、公务用车管理", 1),
                   (1, "二、办公用房管理", 1), (1, "三、公共机构节能", 2), (1, "四、后勤服务保障", 2),
                   (0, "附件2\u3000标准清单填报说明", 3), (1, "一、填报范围", 3), (1, "二、填报时间", 3)]


def test_a_real_notice_with_its_plan_attached():
    pages = page_rows(rendered_pdf(SHANGHAI))
    p, r = find(pages, "附件")
    assert p == 2 and r == 0
    assert [row.text for row in pages[1]][-2:] == ["2018年2月13日", "—2—"]
    first, second = pages[2][1:3]  # the title on two lines, each centred
    assert first.text + second.text == "第四届上海市幼儿园优秀自制玩教具评选活动方案"
    assert all(abs(mm((row.x0 + row.x1) / 2) - (LEFT + WIDTH / 2)) < 0.5 for row in (first, second))
    assert abs(first.baseline - line_baseline(3, 22.0)) < 0.3
    assert abs(second.baseline - line_baseline(4, 22.0)) < 0.3
    assert abs(pages[2][3].baseline - line_baseline(6, 16.0)) < 0.3
    assert [page[-1].text for page in pages] == ["—1—", "—2—", "—3—", "—4—"]


def test_an_issued_document_starts_on_a_new_page():
    text = ("关于印发管理办法的通知\n各县人民政府：\n现将《某某市管理办法》印发给你们，请认真执行。\n"
            "某某市人民政府办公室\n2023年3月13日\n某某市管理办法\n第一条 为加强管理，制定本办法。\n")
    pages = page_rows(docgen.render(docgen.parse_text(text), "gbt9704", "pdf", invariant=True))
    assert [row.text for row in pages[0]][-2:] == ["2023年3月13日", "—1—"]
    title, article = pages[1][:2]
    assert title.text == "某某市管理办法" and abs(title.baseline - line_baseline(1, 22.0)) < 0.3
    assert article.text.startswith("第一条") and abs(article.baseline - line_baseline(3, 16.0)) < 0.3


@pytest.mark.parametrize("preset", [*PRESETS, *FIXTURE_PRESETS], ids=lambda p: Path(p).stem)
def test_every_preset_sets_the_label_and_title_as_it_says(preset):
    """The label's typeface and size, the page break (or none: then the label follows the
    signature date on its page, which has room), and the title the label's pitch plus its
    space below the label's line — all read from the preset."""
    style = style_of(preset)
    label_role, title_role = style.roles.attachment_label, style.roles.attachment_title
    pages = [list(page.text) for page in pdf_pages(preset, SHANGHAI)]  # the text block only
    p, r = find(pages, "附件")
    row = pages[p][r]
    date = find(pages, "2018年2月13日")
    assert (date[0] + 1, 0) == (p, r) if label_role.page_break_before else (date[0], date[1] + 1) == (p, r)
    assert abs(row.size - label_role.size) < 0.1
    assert font_of(row) in typeface_names(style, label_role.typeface)
    assert abs(row.x0 - (style.page.margins.left + label_role.left_indent + label_role.first_indent)) < 0.3 * MM
    title = pages[p][r + 1]
    assert title.text.startswith("第四届") and abs(title.size - title_role.size) < 0.1
    scale = pitch_of(style) / style.grid.line_pitch
    step = (label_role.line_pitch + label_role.space_after) * scale
    expected = (row.baseline - EM_ASCENT * row.size - _inset(style, label_role) + step
                + _inset(style, title_role) + EM_ASCENT * title.size)
    assert abs(title.baseline - expected) < 0.3


def font_of(row) -> str:
    return row.chars[0]["fontname"].split("+")[-1].removesuffix("-Regular")


def _inset(style, role) -> float:
    """How far below its line box's top a glyph's em box starts (centred in the line-box
    model, at the top in the em model)."""
    if style.grid.model == "em":
        return 0.0
    return (role.line_pitch - role.size) / 2
