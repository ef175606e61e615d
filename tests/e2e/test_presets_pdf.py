"""Every shipped preset, every example, as PDF: the numbers on the pages are the preset's.

Each example is rendered once per preset (see presetcheck.py) and measured with pdfplumber;
the expected page size, margins, grid, sizes, fonts, mark, line numbers and page numbers are
read from the loaded preset.
"""

from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path

import pytest
from helpers.documents import SEEDS
from helpers.pdfmeasure import MM, font_name, open_pdf, rows
from helpers.presetcheck import (
    CLOSING,
    FIXTURE_PRESETS,
    PRESETS,
    SENTENCE_OR_CLAUSE_END,
    body_lines,
    grid_rows,
    line_box_top,
    pdf_pages,
    pitch_of,
    speech_of,
    style_of,
    typeface_names,
)

CASES = [(preset, path) for preset in (*PRESETS, *FIXTURE_PRESETS) for path in SEEDS]
IDS = [f"{Path(preset).stem}-{path.name[:3]}" for preset, path in CASES]
#: Marks whose glyph sits in the left half of the cell (GB/T 15834 §5.1.1: 。，、；： "居左下",
#: and the closing halves of paired marks).
HALF_AT_END = set("，。、；：”’）》〉」』〕】")
#: Measuring tolerance for positions set by docgen itself, in points.
EXACT = 0.3 * MM


def full_width(ch: str) -> bool:
    return ord(ch) > 0x2000


@pytest.mark.parametrize("preset, path", CASES, ids=IDS)
def test_page_size_margins_and_body(preset, path):
    style, pages = style_of(preset), pdf_pages(preset, path)
    margins, body = style.page.margins, style.roles.body
    right = style.page.width - margins.right
    for page in pages:
        assert abs(page.width - style.page.width) < 0.5 and abs(page.height - style.page.height) < 0.5
    lines = [line for page in pages for line in body_lines(style, page)]
    sizes = Counter(round(c["size"], 1) for line in lines for c in line.chars)
    assert sizes.most_common(1)[0][0] == body.size
    lefts = Counter(round(line.x0, 1) for line in lines)
    assert abs(lefts.most_common(1)[0][0] - margins.left) < EXACT
    # full lines of Chinese end where the text block does: the last cell's right edge (half a
    # cell for a mark in the left half of its cell, which may be set half-width at a line end)
    ends = [line.chars[-1]["x0"] + style.char_pitch * (0.5 if line.chars[-1]["text"] in HALF_AT_END else 1)
            for line in lines if full_width(line.chars[-1]["text"])]
    assert max(ends) < right + EXACT
    assert abs(Counter(round(e, 1) for e in ends).most_common(1)[0][0] - right) < EXACT
    assert Counter(line.font for line in lines).most_common(1)[0][0] in typeface_names(style, body.typeface)


@pytest.mark.parametrize("preset, path", CASES, ids=IDS)
def test_grid_pitch_lines_and_characters(preset, path):
    style, pages = style_of(preset), pdf_pages(preset, path)
    pitch = pitch_of(style)
    for page in pages:
        lines = body_lines(style, page)
        steps = [b.baseline - a.baseline for a, b in zip(page.text, page.text[1:])
                 if a in lines and b in lines]
        assert steps and Counter(round(s, 2) for s in steps).most_common(1)[0][0] == pytest.approx(pitch, abs=0.02)
        assert grid_rows(style, page) <= style.grid.lines
        first = page.text[0]
        if first in lines:  # the first line box starts at the top of the text block
            assert abs(line_box_top(style, first) - style.page.margins.top) < EXACT
    # full lines of Chinese, not indented, hold the grid's characters a line
    counts = [len(line.text) for page in pages for line in body_lines(style, page)
              if abs(line.x0 - style.page.margins.left) < EXACT and all(full_width(c) for c in line.text)
              and line.chars[-1]["x0"] + style.char_pitch > style.page.width - style.page.margins.right - EXACT]
    assert Counter(counts).most_common(1)[0][0] == style.grid.chars, Counter(counts)


@pytest.mark.parametrize("preset", [*PRESETS, *FIXTURE_PRESETS], ids=lambda p: Path(p).stem)
def test_full_pages_hold_the_grids_lines(preset):
    style = style_of(preset)
    spans = [grid_rows(style, page) for path in SEEDS for page in pdf_pages(preset, path)[:-1]]
    assert max(spans) == style.grid.lines
    if not style.roles.body.keep_together:  # pages are full but for a heading moved on
        assert Counter(spans).most_common(1)[0][0] == style.grid.lines
    else:  # paragraphs are moved whole, or split after a sentence: never a page left nearly empty
        assert min(spans) >= style.grid.lines // 4, spans


@pytest.mark.parametrize("preset, path", CASES, ids=IDS)
def test_title_block(preset, path):
    style, meta = style_of(preset), speech_of(path).meta
    first = pdf_pages(preset, path)[0]
    if meta.title:
        title = first.text[0]
        assert title.size == style.roles.title.size
        assert title.font in typeface_names(style, style.roles.title.typeface)
        centre = style.page.margins.left + style.page.text_width / 2
        assert abs((title.x0 + title.x1) / 2 - centre) < 1 * MM
    else:
        assert all(line.size != style.roles.title.size for line in first.text)


@pytest.mark.parametrize("preset, path", CASES, ids=IDS)
def test_page_numbers(preset, path):
    style, spec = style_of(preset), style_of(preset).page_number
    margins = style.page.margins
    for page in pdf_pages(preset, path):
        if spec.placement == "none":
            assert not page.below
            continue
        assert len(page.below) == 1
        number = page.below[0]
        assert number.size == spec.size
        assert number.font in typeface_names(style, spec.typeface)
        assert number.text == spec.format.replace("{page}", str(page.number)).replace(" ", "")
        dash_centre = number.baseline - 0.38 * number.size  # where a 一字线 sits in its em box
        assert abs(dash_centre - (margins.top + style.page.text_height + spec.offset)) < 1 * MM
        side = spec.placement
        if side == "outside":
            side = "right" if page.number % 2 else "left"
        if side == "center":
            centre = margins.left + style.page.text_width / 2
            assert abs((number.x0 + number.x1) / 2 - centre) < 1 * MM
        elif side == "right":
            assert abs(style.page.width - margins.right - number.x1 - spec.gap) < 1 * MM
        else:
            assert abs(number.x0 - margins.left - spec.gap) < 1 * MM


@pytest.mark.parametrize("preset, path", CASES, ids=IDS)
def test_mark(preset, path):
    style, mark = style_of(preset), style_of(preset).mark
    margins = style.page.margins
    for page in pdf_pages(preset, path):
        shown = mark.text and (page.number == 1 or mark.pages == "all")
        if not shown:
            assert not page.above
            continue
        assert len(page.above) == 1
        line = page.above[0]
        assert line.text == mark.text and line.size == mark.size
        assert line.font in typeface_names(style, mark.typeface)
        assert abs(line.baseline - (margins.top - mark.offset)) < EXACT
        right = style.page.width - margins.right
        if mark.align == "right":
            assert abs(line.x1 - right) < EXACT
        elif mark.align == "left":
            assert abs(line.x0 - margins.left) < EXACT
        else:
            assert abs((line.x0 + line.x1) / 2 - (margins.left + right) / 2) < 1 * MM


@pytest.mark.parametrize("preset, path", CASES, ids=IDS)
def test_line_numbers(preset, path):
    style, spec = style_of(preset), style_of(preset).line_numbers
    count = 0
    for page in pdf_pages(preset, path):
        if not spec.every:
            assert not page.left
            continue
        if spec.restart == "page":
            count = 0
        baselines = [line.baseline for line in page.text]
        expected = []
        for _ in baselines:
            count += 1
            if count % spec.every == 0:
                expected.append(str(count))
        assert [line.text for line in page.left] == expected
        for number in page.left:
            assert number.size == spec.size
            assert number.font in typeface_names(style, spec.typeface)
            assert abs(number.x1 - (style.page.margins.left - spec.gap)) < EXACT
            assert min(abs(number.baseline - b) for b in baselines) < 0.05


KEPT = [(preset, path) for preset, path in CASES if style_of(preset).roles.body.keep_together]


@pytest.mark.parametrize("preset, path", KEPT, ids=[f"{p}-{s.name[:3]}" for p, s in KEPT])
def test_kept_together_paragraphs_turn_the_page_after_a_sentence(preset, path):
    """With ``keep_together`` on the body, a page that ends inside a paragraph (the next page
    starts with a line that is not indented) ends with a sentence or a clause."""
    style = style_of(preset)
    pages = pdf_pages(preset, path)
    breaks = 0
    for page, following in zip(pages, pages[1:]):
        last, first = body_lines(style, page)[-1], body_lines(style, following)[0]
        if page.text[-1] is last and following.text[0] is first and \
                abs(first.x0 - style.page.margins.left) < EXACT:
            breaks += 1
            text = last.text.rstrip("".join(CLOSING))
            assert text[-1] in SENTENCE_OR_CLAUSE_END, (page.number, last.text)
    assert breaks  # the examples do have paragraphs longer than a page


def test_the_checks_read_the_numbers_from_the_presets():
    """The presets differ where these tests look, so the checks cannot all pass on one
    preset's numbers."""
    styles = [style_of(p) for p in PRESETS]
    assert len({s.roles.body.size for s in styles}) > 1 and len({s.grid.lines for s in styles}) > 1
    assert len({s.grid.chars for s in styles}) > 1 and len({s.page.margins.right for s in styles}) > 1
    assert len({s.grid.line_pitch for s in styles}) > 2
    assert {s.page_number.placement for s in styles} >= {"outside", "center"}
    assert any(s.mark.text for s in styles) and any(s.line_numbers.every for s in styles)
    assert any(s.roles.body.keep_together for s in styles)


def test_document_properties_come_from_the_text_else_the_preset():
    import io

    import docx

    import docgen
    from docgen.model import Meta

    settings = ['metadata.author=县委办公室', 'metadata.subject=讲话', 'metadata.keywords=["党建", "讲话"]',
                "metadata.language=zh-Hans-CN"]
    speech = speech_of(SEEDS[4])  # 004: no speaker; the web page's author is 心旷神怡
    with open_pdf(docgen.render(speech, "gbt9704", "pdf", settings=settings, invariant=True)) as pdf:
        info = pdf.metadata
        assert (info["Author"], info["Subject"], info["Keywords"]) == ("县委办公室", "讲话", "党建, 讲话")
        assert pdf.doc.catalog["Lang"] == b"zh-Hans-CN"
    props = docx.Document(io.BytesIO(docgen.render(speech, "gbt9704", "docx", settings=settings))).core_properties
    assert (props.author, props.subject, props.keywords, props.language) == (
        "县委办公室", "讲话", "党建, 讲话", "zh-Hans-CN")
    spoken = docgen.parse(SEEDS[4], overrides=Meta(speaker="张三", occasion="在全区会议上"))
    with open_pdf(docgen.render(spoken, "gbt9704", "pdf", settings=settings, invariant=True)) as pdf:
        assert (pdf.metadata["Author"], pdf.metadata["Subject"]) == ("张三", "在全区会议上")


@functools.cache
def with_date_and_speaker(preset: str):
    import docgen
    from docgen.model import Meta

    speech = docgen.parse(SEEDS[1], overrides=Meta(date="2023年6月12日", speaker="县委书记 张三"))
    data = docgen.render(speech, style_of(preset), "pdf", invariant=True)
    with open_pdf(data) as pdf:
        page = pdf.pages[0]
        left = style_of(preset).page.margins.left - 0.5 * MM  # not the line numbers
        return rows(page.filter(lambda obj: obj.get("x1", left + 1) > left))


def cjk_font(row) -> str:
    """The font of a row's Chinese characters (its digits are set in the Latin font)."""
    return Counter(font_name(c["fontname"]) for c in row.chars if full_width(c["text"])).most_common(1)[0][0]


@pytest.mark.parametrize("preset", [*PRESETS, *FIXTURE_PRESETS], ids=lambda p: Path(p).stem)
def test_title_block_with_date_and_speaker(preset):
    """001 starts with its title and 同志们：; the date and speaker are given on the command line."""
    style = style_of(preset)
    roles, layout = style.roles, style.layout
    lines = [r for r in with_date_and_speaker(preset) if r.baseline > style.page.margins.top]
    count = next(i for i, r in enumerate(lines) if r.size != roles.title.size)  # title lines
    title, lines = lines[:count], lines[count - 1:]
    assert "".join(r.text for r in title) == "在县委办党支部2022年度组织生活会上的讲话"
    header = ["（2023年6月12日）", "县委书记张三"]  # (extraction drops the space)
    if layout.speaker_position == "before_date":
        header.reverse()
    assert [r.text for r in lines[1:3]] == header
    centre = style.page.margins.left + style.page.text_width / 2
    for row, text in zip(lines[1:3], header):
        role = roles.date_line if text.startswith("（") else roles.speaker
        assert row.size == role.size and cjk_font(row) in typeface_names(style, role.typeface)
        assert role.align != "center" or abs((row.x0 + row.x1) / 2 - centre) < 1 * MM
    salutation = lines[3]
    assert salutation.text == "同志们："
    assert salutation.size == roles.salutation.size
    assert abs(salutation.x0 - style.page.margins.left - roles.salutation.first_indent) < EXACT
    if style.grid.model == "linebox":  # then one blank line (layout.header_space_after)
        gap = salutation.baseline - lines[2].baseline
        assert gap == pytest.approx(roles.speaker.line_pitch + layout.header_space_after, abs=0.5)
