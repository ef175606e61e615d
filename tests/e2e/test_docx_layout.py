"""The DOCX as LibreOffice lays it out: every example, the stress text and a notice are
converted to PDF in one LibreOffice run (with the bundled fonts mapped by a private
fontconfig file, see office.py) and measured like docgen's own PDF.

The geometry expected is GB/T 9704's, written out here: the text block from 28 to 184 mm
across and from 37 to 262 mm down, 22 lines of 28 characters of 15.79 pt (156 mm / 28)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.documents import FIXTURES, SEEDS, rendered_docx, rendered_pdf
from helpers.office import SOFFICE, laid_out
from helpers.pdfmeasure import ink_boxes, mm, open_pdf, rows

import docgen
from docgen.model import Heading

STRESS, NOTICE = FIXTURES / "stress.txt", FIXTURES / "notice.txt"
DOCS = [*SEEDS, STRESS, NOTICE]
#: A notice with two attachments, converted in the same LibreOffice run; its pages before an
#: attachment are not full, so it is measured by the attachment tests only.
ATTACHMENTS = FIXTURES / "attachments.txt"
IDS = [p.name[:6] for p in DOCS]

LEFT, RIGHT, BOTTOM = 28.0, 184.0, 262.0      # mm
CELL = 156 / 28                                # mm: one 字
PITCH = 28.95                                  # pt: one grid line
LINES = 22
BODY = 16.0
#: GB/T 15834-2011 §5.1, written out from the standard: marks that never start a line, and
#: marks that never end one.
NO_START = set("，。、；：？！”’）》〉」』〕】…·")
NO_END = set("“‘（《〈「『〔【")


@pytest.fixture(scope="module")
def office_pdfs(tmp_path_factory) -> dict[Path, bytes]:
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    return laid_out({path: rendered_docx(path) for path in (*DOCS, ATTACHMENTS)},
                    tmp_path_factory.mktemp("libreoffice"))


def body_rows(page):
    return rows(page, BODY - 0.5, BODY + 0.5)


def full_width(ch: str) -> bool:
    return ord(ch) > 0x2000


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_every_full_page_holds_22_lines_on_the_grid(office_pdfs, path):
    """Lines sit on a grid of 28.95 pt whose first line is where the pages after the first
    start; on every page but the last the last line is the 22nd — except that a heading
    never ends a page: it moves to the next one with its text, and the page it leaves holds
    21 (as in docgen's PDF)."""
    headings = {b.text for b in docgen.parse(path).blocks if isinstance(b, Heading)}
    with open_pdf(office_pdfs[path]) as pdf:
        pages = [body_rows(page) for page in pdf.pages]
    top = min(page[0].baseline for page in pages[1:]) if len(pages) > 1 else pages[0][0].baseline
    for number, page in enumerate(pages, 1):
        slots = [(row.baseline - top) / PITCH + 1 for row in page]
        assert all(abs(s - round(s)) < 0.02 for s in slots), (number, slots)
        assert round(slots[0]) >= 1 and round(slots[-1]) <= LINES, number
        if number < len(pages):
            moved = pages[number][0].text in headings
            assert round(slots[-1]) == (LINES - 1 if moved else LINES), number


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_lines_of_chinese_hold_28_characters(office_pdfs, path):
    """Every full line of Chinese (first lines: 26 after the 2-字 indent) holds 28
    characters inside the text block.  LibreOffice keeps line-start and line-end marks in
    place (GB/T 15834 §5.1) in two ways of its own: it pushes a character to the next line
    when a break after the 28th is forbidden (27 on the line, spread to full width), and it
    lets a mark that may not start a line hang past the right edge (28 inside, one mark
    outside).  docgen's own PDF compresses punctuation instead."""
    with open_pdf(office_pdfs[path]) as pdf:
        lines = [row for page in pdf.pages for row in body_rows(page)]
    checked = 0
    for row, after in zip(lines, lines[1:]):
        indent = round((mm(row.x0) - LEFT) / CELL, 1)
        if indent not in (0.0, 2.0) or mm(row.x1) < RIGHT - 1 or not all(map(full_width, row.text)):
            continue
        inside = [c for c in row.chars if mm(c["x0"]) < RIGHT - 0.5 * CELL]
        hanging = row.text[len(inside):]
        assert len(hanging) <= 1 and set(hanging) <= NO_START, row.text
        expected = 28 - int(indent)
        if len(inside) < expected:
            assert _pushed(after.text, expected - len(inside)), row.text
        else:
            assert len(inside) == expected, (len(inside), row.text)
        checked += 1
    assert checked >= 10 or path == NOTICE


def _pushed(following: str, missing: int) -> bool:
    """Could the start of ``following`` not have ended the line before, leaving ``missing``
    cells empty?  One character that may not end a line (or whose follower may not start
    one, or half of —— / ……), or a number or Latin word (after an opening mark), which is
    never split."""
    first, second = following[0], following[1:2]
    if missing == 1 and (first in NO_END or second in NO_START or first + second in ("——", "……")):
        return True
    word = following.lstrip("".join(NO_END))
    return bool(word) and word[0].isascii() and word[0].isalnum()


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_page_numbers_on_the_outer_side_of_every_page(office_pdfs, path):
    with open_pdf(office_pdfs[path]) as pdf:
        for page in pdf.pages:
            number = rows(page, 13.5, 14.5)[-1]
            assert number.text.replace(" ", "") == f"—{page.page_number}—"
            if page.page_number % 2:
                assert abs(mm(number.x1) - (RIGHT - 14 / 72 * 25.4)) < 1, page.page_number
            else:
                assert abs(mm(number.x0) - (LEFT + 14 / 72 * 25.4)) < 1, page.page_number


def test_page_number_dash_lies_7mm_below_the_text_block(office_pdfs):
    """GB/T 9704 §7.5, measured on the ink of the first 一字线; one 4号 character (4.94 mm)
    between the number and the side of the text block."""
    data = office_pdfs[STRESS]
    with open_pdf(data) as pdf:
        numbers = {p.page_number: rows(p, 13.5, 14.5)[-1] for p in pdf.pages}
    for page, ink in ink_boxes(data, scale=6.0):
        if page > 2:
            break
        dash = numbers[page].chars[0]
        box = ink(mm(dash["x0"]), BOTTOM + 2, mm(dash["x1"]), BOTTOM + 12)
        assert abs((box[1] + box[3]) / 2 - (BOTTOM + 7)) <= 0.15, (page, box)
        whole = ink(LEFT - 5, BOTTOM + 2, RIGHT + 10, BOTTOM + 12)
        gap = RIGHT - whole[2] if page % 2 else whole[0] - LEFT
        assert 3.9 <= gap <= 6.6, (page, gap)


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_page_count_is_that_of_docgens_pdf(office_pdfs, path):
    """Within one page (docs/docx.md, "Pages in a word processor", says when they can differ; for these texts the
    counts were equal when this was written)."""
    with open_pdf(office_pdfs[path]) as office, open_pdf(rendered_pdf(path)) as own:
        assert abs(len(office.pages) - len(own.pages)) <= 1


@pytest.mark.parametrize("path", [STRESS, NOTICE, SEEDS[1]], ids=["stress", "notice", "001"])
def test_title_lines_are_those_of_docgens_pdf(office_pdfs, path):
    def title(data):
        with open_pdf(data) as pdf:
            return [row.text for row in rows(pdf.pages[0], 21.5, 22.5)]

    expected = title(rendered_pdf(path))
    assert expected and title(office_pdfs[path]) == expected


def _notice_rows(data: bytes):
    with open_pdf(data) as pdf:
        return {row.text: row for row in body_rows(pdf.pages[-1])}


@pytest.mark.parametrize("source", ["LibreOffice", "docgen"])
def test_signature_and_date_per_the_standard(office_pdfs, source):
    """§7.3.5.2: the issuing body right-aligned 2 字 from the edge, the date on the next
    line starting 2 字 to the right of the name's first character."""
    found = _notice_rows(office_pdfs[NOTICE] if source == "LibreOffice" else rendered_pdf(NOTICE))
    name, date = found["某某县人民政府办公室"], found["2024年3月15日"]
    assert abs(mm(name.x1) - (RIGHT - 2 * CELL)) < 0.5
    assert abs(mm(date.x0) - mm(name.x0) - 2 * CELL) < 0.3
    assert abs(date.baseline - name.baseline - PITCH) < 0.1


@pytest.mark.parametrize("source", ["LibreOffice", "docgen"])
def test_attachment_notes_per_the_standard(office_pdfs, source):
    """§7.3.4: "附件：" indented 2 字; a name's continuation lines align with its first
    character, and the second note's number with the first one's."""
    found = _notice_rows(office_pdfs[NOTICE] if source == "LibreOffice" else rendered_pdf(NOTICE))
    first = next(row for text, row in found.items() if text.startswith("附件："))
    follow = [row for row in found.values() if abs(row.baseline - first.baseline - PITCH) < 0.1]
    second = next(row for row in found.values() if row.text.startswith("2.标准清单"))
    assert abs(mm(first.x0) - (LEFT + 2 * CELL)) < 0.3
    name_start = first.chars[len("附件：1.")]["x0"]
    assert len(follow) == 1 and abs(mm(follow[0].x0) - mm(name_start)) < 0.3
    assert abs(mm(second.x0) - mm(first.chars[len("附件：")]["x0"])) < 0.3


def test_each_attachment_starts_a_new_page_with_its_label_on_the_first_line(office_pdfs):
    """GB/T 9704 §7.3.7 in LibreOffice: the label (from the style's page break) on the first
    line of a new page — where the text of a page that continues the body starts — flush left
    in 3号, its title centred two lines further down (line 3), in 2号; the page numbers go on,
    and the pages are those of docgen's own PDF."""
    with open_pdf(office_pdfs[ATTACHMENTS]) as pdf:
        pages = [rows(page) for page in pdf.pages]
    with open_pdf(rendered_pdf(ATTACHMENTS)) as own:
        assert len(own.pages) == len(pages) == 4
    first_line = pages[2][0].baseline  # page 3 continues attachment 1's body
    for label, title, page in (("附件1", "工作任务分解表", 1), ("附件2", "标准清单填报说明", 3)):
        top, heading = pages[page][:2]
        assert top.text == label and top.size == 16.0
        assert abs(top.baseline - first_line) < 0.1 and abs(mm(top.x0) - LEFT) < 0.3
        assert heading.text == title and heading.size == 22.0
        assert abs(heading.baseline - top.baseline - 2 * PITCH) < 0.1
        assert abs(mm((heading.x0 + heading.x1) / 2) - (LEFT + RIGHT) / 2) < 0.5
    assert pages[0][-2].text == "2024年3月15日"
    assert [page[-1].text.replace(" ", "") for page in pages] == ["—1—", "—2—", "—3—", "—4—"]
