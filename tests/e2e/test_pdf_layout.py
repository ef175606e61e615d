"""The typeset PDF read back and measured against GB/T 9704 and GB/T 15834 §5.1.

Every example and a stress text (punctuation runs, quotes, numbers, Latin words, long title
and headings) are rendered with the default preset and measured with pdfplumber; ink is
measured on pages rendered by pdfium.

How a line's right edge is measured: the origin (x0) of its last character plus the room that
character takes on the line — one grid cell (156 mm / 28) for a full-width character; half a
cell for a full-width mark set half-width at the line end (its glyph lies in the left half of
its em box; the blank right half is what the typesetter gave up); the advance width (x1) for
a Latin letter or digit.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

import pytest
from helpers.documents import FIXTURES, SEEDS, rendered_pdf
from helpers.pdfmeasure import ink_boxes, mm, open_pdf, rows

import docgen
from docgen.model import Heading, Paragraph

STRESS = FIXTURES / "stress.txt"
DOCS = [*SEEDS, STRESS]
IDS = [p.name[:6] for p in DOCS]

LEFT, RIGHT, TOP, BOTTOM = 28.0, 184.0, 37.0, 262.0  # the text block, mm from the page edges
CELL = 156 / 28                                         # mm
BODY = 16.0
#: GB/T 15834-2011 §5.1, written out here from the standard (not taken from docgen).
NO_START = set("，。、；：？！”’）》〉」』〕】…%％·")
NO_END = set("“‘（《〈「『〔【")
#: Marks whose glyph sits in the left half of the cell (may be set half-width at a line end).
HALF_AT_END = set("，。、；：”’）》〉」』〕】")


def full_width(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F") or ch in "“”‘’…—·"


def han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@functools.cache
def measured(path: Path):
    """(pdf bytes, body lines, indices of lines that end a block, block kind per line)."""
    data = rendered_pdf(path)
    speech = docgen.parse(path)
    lines = []
    with open_pdf(data) as pdf:
        for page in pdf.pages:
            lines.extend((page.page_number, row) for row in rows(page, BODY - 0.5, BODY + 0.5))
    ends, kinds = _blocks(speech, [row.text for _, row in lines])
    return data, lines, ends, kinds


def _blocks(speech, texts: list[str]) -> tuple[set[int], dict[int, str]]:
    """Map the model's blocks onto the printed lines by their text: which line ends each
    block, and the block type of every line."""
    stream = "".join(texts)
    starts, offset = [], 0
    for text in texts:
        starts.append(offset)
        offset += len(text)

    def line_at(position: int) -> int:
        return max(i for i, s in enumerate(starts) if s <= position)

    ends, kinds, cursor = set(), {}, 0
    for block in speech.blocks:
        text = block.full_text if isinstance(block, Paragraph) else block.text
        text = "".join(text.split())
        found = stream.find(text, cursor)
        assert found >= 0, f"block not found in the PDF: {text[:30]}"
        first, last = line_at(found), line_at(found + len(text) - 1)
        ends.add(last)
        for index in range(first, last + 1):
            kinds[index] = "heading" if isinstance(block, Heading) else block.type_name
        cursor = found + len(text)
    return ends, kinds


def right_edge(row) -> float:
    last = row.chars[-1]
    if not full_width(last["text"]):
        return mm(last["x1"])
    whole = mm(last["x0"]) + CELL
    half = mm(last["x0"]) + CELL / 2
    if last["text"] in HALF_AT_END and abs(half - RIGHT) <= 0.3:
        return half
    return whole


def full_lines(path):
    """Body lines that do not end their block (and are not part of the title block)."""
    _, lines, ends, kinds = measured(path)
    return [(i, page, row) for i, (page, row) in enumerate(lines) if i in kinds and i not in ends]


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_every_full_line_ends_at_184mm(path):
    edges = [(round(right_edge(row), 2), row.text) for _, _, row in full_lines(path)]
    assert len(edges) > 40
    bad = [(edge, text) for edge, text in edges if abs(edge - RIGHT) > 0.3]
    assert not bad, bad[:5]


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_body_lines_start_at_28mm_or_two_cells_in(path):
    _, lines, ends, kinds = measured(path)
    for index, (_page, row) in enumerate(lines):
        if index not in kinds or kinds[index] in ("signature", "signature_date", "distribution"):
            continue
        x0 = mm(row.x0)
        continued = index - 1 in kinds and index - 1 not in ends
        if continued or kinds[index] == "salutation":
            assert abs(x0 - LEFT) <= 0.5, (row.text, x0)   # 回行顶格
        else:
            assert abs(x0 - (LEFT + 2 * CELL)) <= 0.5, (row.text, x0)  # first line: 空二字


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_cjk_only_full_lines_hold_28_characters_on_the_grid(path):
    """A full line of full-width characters holds 28 characters on the 15.79 pt grid (26 after
    the 2-字 indent).  The only lines that hold more or fewer are those where a break after the
    28th character is forbidden by GB/T 15834 §5.1: they hold more when marks were set
    half-width (the pulled-in character), fewer when a character was pushed to the next line."""
    _, lines, _, _ = measured(path)
    checked, exceptions = 0, []
    for index, _page, row in full_lines(path):
        text = row.text
        if not all(full_width(c) for c in text):
            continue
        cells = round((mm(row.x0) - LEFT) / CELL)
        expected = 28 - cells
        checked += 1
        if len(text) == expected:
            for k, char in enumerate(row.chars):
                grid = LEFT + (cells + k) * CELL
                assert abs(mm(char["x0"]) - grid) < 0.05, (text, k)
            continue
        following = text + lines[index + 1][1].text
        split = following[expected - 1:expected + 1]
        # the grid edge falls where no break is allowed, or inside a number or Latin word
        # (which keeps its natural width, so the line cannot end exactly there)
        forbidden = (split[1] in NO_START or split[0] in NO_END or split in ("——", "……")
                     or not all(full_width(c) for c in split))
        assert forbidden, (text, lines[index + 1][1].text)
        exceptions.append(text)
    assert checked > 20
    assert len(exceptions) <= checked * 0.2, exceptions


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_no_line_start_or_line_end_violations(path):
    _, lines, ends, kinds = measured(path)
    for index, (_page, row) in enumerate(lines):
        if index not in kinds:
            continue
        assert row.text[0] not in NO_START, row.text
        if index in ends:
            continue
        this, following = row.text, lines[index + 1][1].text
        assert this[-1] not in NO_END, this
        assert not (this[-1] == following[0] and this[-1] in "—…"), (this, following)
        assert not (this[-1].isdigit() and han(following[0])), (this, following)      # 80 | 个
        assert not (this[-1].isascii() and this[-1].isalnum()
                    and following[0].isascii() and following[0].isalnum()), (this, following)


def test_the_stress_text_exercises_every_resolution():
    """The stress text makes the typesetter pull characters in and push them out."""
    counts = {"more": 0, "fewer": 0}
    for _index, _page, row in full_lines(STRESS):
        text = row.text
        if all(full_width(c) for c in text):
            expected = 28 - round((mm(row.x0) - LEFT) / CELL)
            if len(text) > expected:
                counts["more"] += 1
            elif len(text) < expected:
                counts["fewer"] += 1
    assert counts["more"] >= 1 and counts["fewer"] >= 1, counts


def _page_counts(path):
    _, lines, _, kinds = measured(path)
    data = measured(path)[0]
    with open_pdf(data) as pdf:
        titled = {p.page_number for p in pdf.pages if rows(p, 20, 30)}
        total = len(pdf.pages)
    per_page: dict[int, list[int]] = {}
    for index, (page, _row) in enumerate(lines):
        per_page.setdefault(page, []).append(index)
    return per_page, titled, total, kinds


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_pages_hold_22_lines_and_a_heading_never_ends_a_page(path):
    """Every page but the last (and a page with the title) holds 22 body lines — unless the
    heading that would have been its last line moved to the next page with its paragraph."""
    per_page, titled, total, kinds = _page_counts(path)
    for page in range(1, total):
        indices = per_page[page]
        assert kinds.get(indices[-1]) != "heading", page
        if page in titled or len(indices) == 22:
            continue
        following = per_page[page + 1]
        heading = [i for i in following if kinds.get(i) == "heading" and i < following[0] + 4]
        assert heading and heading[0] == following[0], (page, len(indices))
        assert len(indices) + len(heading) + 1 > 22, (page, len(indices), len(heading))


def test_without_keep_with_next_every_page_but_the_last_is_full():
    settings = [f"roles.heading{n}.keep_with_next=false" for n in (1, 2, 3, 4)]
    data = docgen.render(docgen.parse(STRESS), "gbt9704", "pdf", settings=settings, invariant=True)
    with open_pdf(data) as pdf:
        counts = [len(rows(p, BODY - 0.5, BODY + 0.5)) for p in pdf.pages]
    assert counts[1:-1] == [22] * (len(counts) - 2), counts


# --------------------------------------------------------------------------- ink


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_no_ink_outside_the_text_block(path):
    """Nothing hangs past the right edge or the left edge (punctuation included)."""
    one_px = 25.4 / 144
    for page, ink in ink_boxes(rendered_pdf(path)):
        assert ink(RIGHT + 0.3 + one_px, TOP, 210, BOTTOM) is None, page
        assert ink(0, TOP, LEFT - 0.3 - one_px, BOTTOM) is None, page


@pytest.mark.parametrize("path", [SEEDS[0], STRESS], ids=["000", "stress"])
def test_page_number_dash_lies_7mm_below_the_text_block(path):
    """GB/T 9704 §7.5: the 一字线 is 7 mm below the bottom edge of the text block; the
    number sits one 4号 character in from the side (odd pages right, even pages left)."""
    data = rendered_pdf(path)
    with open_pdf(data) as pdf:
        numbers = {p.page_number: rows(p, 13.5, 14.5)[0] for p in pdf.pages}
    for page, ink in ink_boxes(data, scale=6.0):
        dash = numbers[page].chars[0]
        box = ink(mm(dash["x0"]), BOTTOM + 2, mm(dash["x1"]), BOTTOM + 12)
        assert box is not None
        assert abs((box[1] + box[3]) / 2 - (BOTTOM + 7)) <= 0.3, (page, box)
        whole = ink(LEFT - 5, BOTTOM + 2, RIGHT + 10, BOTTOM + 12)
        gap = RIGHT - whole[2] if page % 2 else whole[0] - LEFT
        assert 3.9 <= gap <= 6.6, (page, gap)


@pytest.mark.parametrize("path", DOCS, ids=IDS)
def test_same_input_gives_byte_identical_pdf(path):
    first = docgen.render(docgen.parse(path), "gbt9704", "pdf", invariant=True)
    assert first == rendered_pdf(path)


def test_a_heading_that_would_end_a_page_moves_to_the_next_with_its_paragraph():
    # 同志们： takes line 1; a paragraph of 26 + 19 × 28 characters takes lines 2–21; the
    # heading would be line 22, the last of the page.
    filler = "全面加强机关建设提高工作水平" * 40
    paragraph = filler[:26 + 19 * 28 - 1] + "。"
    text = f"同志们：\n\n{paragraph}\n\n一、加强组织领导\n\n{filler[:100]}。\n"
    data = docgen.render(docgen.parse(text.encode(), no_title=True), "gbt9704", "pdf", invariant=True)
    with open_pdf(data) as pdf:
        first, second = (rows(p, BODY - 0.5, BODY + 0.5) for p in pdf.pages[:2])
    assert len(first) == 21 and first[-1].text.endswith("。")
    assert second[0].text == "一、加强组织领导"


def test_em_model_puts_the_first_em_box_at_37mm_and_the_22nd_at_262mm():
    """GB/T 9704's own geometry: the first line's characters touch the top edge of the text
    block and the 22nd line's touch the bottom edge."""
    speech = docgen.parse(SEEDS[3])  # no title: page 1 starts with body text
    data = docgen.render(speech, "gbt9704", "pdf", settings=["grid.model=em"], invariant=True)
    with open_pdf(data) as pdf:
        for page in pdf.pages[:-1]:
            lines = rows(page, BODY - 0.5, BODY + 0.5)
            assert len(lines) == 22
            assert abs(mm(lines[0].top) - TOP) <= 0.3
            assert abs(mm(lines[-1].bottom) - BOTTOM) <= 0.3


def test_a_long_title_is_broken_between_words_and_centred():
    speech = docgen.parse(STRESS)
    with open_pdf(rendered_pdf(STRESS)) as pdf:
        title = rows(pdf.pages[0], 21.5, 22.5)
    assert len(title) >= 2 and "".join(r.text for r in title) == speech.meta.title
    for row in title:
        assert mm(row.x0) >= LEFT - 0.1 and mm(row.x1) <= RIGHT + 0.1
        assert abs(mm((row.x0 + row.x1) / 2) - (LEFT + RIGHT) / 2) <= 0.5
    for row in title[:-1]:
        assert not row.text.endswith(("的", "关于", "在", "暨", "和", "“")), row.text
    assert "“一网通办”" in "|".join(r.text for r in title)  # the quoted name stays whole


def _family(char) -> str:
    return char["fontname"].split("+")[-1]


def test_run_in_leads_are_set_in_their_own_font_inside_the_paragraph():
    checked = 0
    for path in DOCS:
        speech = docgen.parse(path)
        _, lines, _, _ = measured(path)
        for block in speech.blocks:
            if isinstance(block, Paragraph) and block.lead is not None and \
                    block.lead.kind == "heading" and block.lead.level in (1, 2):
                _check_lead("".join(block.lead.text.split()), lines)
                checked += 1
    assert checked >= 3


def _check_lead(lead: str, lines) -> None:
    row = next(r for _, r in lines if r.text.startswith(lead[:10]))
    cjk = [c for c in row.chars if full_width(c["text"])]
    inside, after = cjk[:min(len(lead), len(cjk))], cjk[len(lead):]
    assert len({_family(c) for c in inside}) == 1, row.text
    if after:
        assert _family(after[0]) != _family(inside[0]), row.text
    assert abs(mm(row.x0) - (LEFT + 2 * CELL)) <= 0.5  # the paragraph's 2-字 indent


def test_byte_identical_across_processes(tmp_path):
    """Nothing in the output depends on hash order or the clock: two separate runs agree."""
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"{seed}.pdf"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "docgen", "convert", str(STRESS), "-o", str(out),
                        "--invariant", "-q"], check=True, env=env)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == rendered_pdf(STRESS)
