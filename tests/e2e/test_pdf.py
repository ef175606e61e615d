"""The PDF read back and measured: page size, fonts, body size, margins, grid, page numbers."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from helpers.documents import FIXTURES, SEEDS, rendered_pdf, seed
from helpers.pdfmeasure import MM, embedded_fonts, mm, open_pdf, rows

BODY = 16.0
PITCH = 28.95  # pt, the preset's line pitch (579 twips)
TEXT_LEFT, TEXT_RIGHT, TEXT_TOP, TEXT_BOTTOM = 28.0, 184.0, 37.0, 262.0  # mm
#: the examples and the stress text of test_pdf_layout.py
DOCS = [*SEEDS, FIXTURES / "stress.txt"]


def body_rows(page):
    return rows(page, BODY - 0.5, BODY + 0.5)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name[:3])
def test_pages_are_a4_with_every_font_embedded(path):
    with open_pdf(rendered_pdf(path)) as pdf:
        for page in pdf.pages:
            assert abs(mm(page.width) - 210) < 1 and abs(mm(page.height) - 297) < 1
        fonts = embedded_fonts(pdf)
        assert fonts and all(fonts.values()), fonts


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_body_text_is_16pt_starting_28mm_from_the_left(path):
    with open_pdf(rendered_pdf(path)) as pdf:
        sizes = Counter(round(c["size"], 1) for p in pdf.pages for c in p.chars)
        assert sizes.most_common(1)[0][0] == BODY
        lefts = Counter(round(mm(r.x0), 1) for p in pdf.pages for r in body_rows(p))
        assert abs(lefts.most_common(1)[0][0] - TEXT_LEFT) <= 0.5


def test_title_is_22pt_and_centred():
    with open_pdf(rendered_pdf(seed("004"))) as pdf:
        title = rows(pdf.pages[0])[0]
        assert title.size == 22.0
        assert title.text == "在全区党政办公室主任会议上的讲话"
        centre = mm((title.x0 + title.x1) / 2)
        assert abs(centre - (TEXT_LEFT + TEXT_RIGHT) / 2) < 1


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_full_pages_hold_22_lines_filling_the_text_block(path):
    """Line-box model: 22 equal boxes of 28.95 pt from 37 mm, each 16 pt glyph centred in its
    box, so the first em box starts (28.95 − 16)/2 pt below 37 mm and the last ends as far
    above the end of the 22nd box."""
    inset = mm((PITCH - BODY) / 2)
    with open_pdf(rendered_pdf(path)) as pdf:
        full = [body_rows(page) for page in pdf.pages[1:-1]]
        full = [lines for lines in full if len(lines) == 22]  # the count: test_pdf_layout.py
        assert full
        for lines in full:
            assert abs(mm(lines[0].top) - (TEXT_TOP + inset)) < 0.5
            block_end = TEXT_TOP + mm(22 * PITCH)  # 224.7 mm of line boxes in the 225 mm block
            assert abs(mm(lines[-1].bottom) - (block_end - inset)) < 0.5
            steps = {round(b.bottom - a.bottom, 2) for a, b in zip(lines, lines[1:])}
            assert all(abs(s - PITCH) < 0.02 for s in steps), steps


def test_first_line_box_starts_at_37mm():
    with open_pdf(rendered_pdf(seed("003"))) as pdf:  # no title: first line is body size
        first = body_rows(pdf.pages[0])[0]
        box_top = mm(first.top) - mm((PITCH - BODY) / 2)
        assert abs(box_top - TEXT_TOP) <= 1


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name[:3])
def test_page_numbers(path):
    """"— N —" in 14 pt, the dash centred 7 mm below the text block, odd pages right and even
    pages left with a one-character gap (GB/T 9704 §7.5)."""
    with open_pdf(rendered_pdf(path)) as pdf:
        for page in pdf.pages:
            number = rows(page, 13.5, 14.5)
            assert len(number) == 1
            row = number[0]
            assert re.fullmatch(r"—\s*(\d+)\s*—", row.text).group(1) == str(page.page_number)
            centre = row.baseline - 0.38 * row.size  # centre of the em box, where a 一字线 sits
            assert abs(mm(centre) - (TEXT_BOTTOM + 7)) <= 1
            if page.page_number % 2:
                gap = TEXT_RIGHT - mm(row.x1)
            else:
                gap = mm(row.x0) - TEXT_LEFT
            assert 3.9 <= gap <= 6.6, (page.page_number, gap)


def test_full_cjk_lines_hold_28_characters_and_end_at_the_right_edge():
    cell = 156 * MM / 28
    with open_pdf(rendered_pdf(seed("001"))) as pdf:
        checked = 0
        for page in pdf.pages:
            for row in body_rows(page):
                text = row.text
                if len(text) == 28 and all(ord(c) > 0x2000 for c in text) and mm(row.x0) < 28.5:
                    # the 28th cell ends at 184 mm (the glyph is 16 pt in a 15.79 pt cell)
                    assert abs(mm(row.chars[-1]["x0"] + cell) - TEXT_RIGHT) < 0.3
                    checked += 1
        assert checked > 50


def test_same_input_gives_identical_bytes():
    import docgen

    speech = docgen.parse(seed("000"))
    first = docgen.render(speech, "gbt9704", "pdf", invariant=True)
    second = docgen.render(docgen.parse(seed("000")), "gbt9704", "pdf", invariant=True)
    assert first == second


def test_document_info_outline_page_labels_and_language():
    from pdfminer.pdftypes import resolve1

    with open_pdf(rendered_pdf(seed("004"))) as pdf:
        info = pdf.metadata
        assert info["Title"] == "在全区党政办公室主任会议上的讲话"
        assert info["Creator"].startswith("docgen ") and info["Producer"].startswith("docgen ")
        assert info["Author"] == "心旷神怡"  # no speaker or issuing body: the text's author
        assert info["Subject"] == ""        # no subtitle or occasion
        catalog = pdf.doc.catalog
        assert resolve1(catalog["Lang"]) == b"zh-CN"
        labels = resolve1(resolve1(catalog["PageLabels"])["Nums"])
        assert labels[0] == 0 and resolve1(labels[1])["S"].name == "D" and resolve1(labels[1])["St"] == 1
        assert resolve1(catalog["PageMode"]).name == "UseOutlines"
        outline = [(level, title) for level, title, *_ in pdf.doc.get_outlines()]
        assert outline[0] == (1, "第一，牢牢把握正确工作方向")  # line 12 of the text
        assert {level for level, _ in outline} <= {1, 2, 3, 4} and len(outline) >= 4


def test_author_is_the_speaker_when_there_is_one():
    import docgen
    from docgen.model import Meta

    speech = docgen.parse(seed("004"), overrides=Meta(speaker="张三"))
    with open_pdf(docgen.render(speech, "gbt9704", "pdf", invariant=True)) as pdf:
        assert pdf.metadata["Author"] == "张三"
