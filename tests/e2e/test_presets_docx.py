"""Every shipped preset, every example, as DOCX: the file's XML carries the preset's numbers,
and LibreOffice lays it out as the preset says (mark, line numbers, page numbers, grid)."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import docx
import pytest
from helpers.documents import SEEDS, seed
from helpers.office import SOFFICE, laid_out
from helpers.pdfmeasure import EM_ASCENT, MM, open_pdf, rows
from helpers.presetcheck import (
    FIXTURE_PRESETS,
    PRESETS,
    W,
    attr,
    docx_part,
    docx_parts,
    flag,
    rendered,
    style_of,
    twips,
)

ALL = (*PRESETS, *FIXTURE_PRESETS)
CASES = [(preset, path) for preset in ALL for path in SEEDS]
IDS = [f"{Path(preset).stem}-{path.name[:3]}" for preset, path in CASES]
#: Paragraph style ids of the roles (what Word shows as 公文标题, 正文 …).
ROLE_STYLES = {"title": "DocTitle", "date_line": "DocDateLine", "speaker": "DocSpeaker",
               "salutation": "DocSalutation", "heading1": "DocHeading1", "heading2": "DocHeading2",
               "heading3": "DocHeading3", "body": "DocBody", "closing": "DocClosing"}
JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}


def style_element(styles, style_id: str):
    return styles.find(f"{W}style[@{W}styleId='{style_id}']")


@pytest.mark.parametrize("preset, path", CASES, ids=IDS)
def test_page_setup_and_grid(preset, path):
    style, data = style_of(preset), rendered(preset, path, "docx")
    sect = docx_part(data, "word/document.xml").find(f".//{W}body/{W}sectPr")
    size, margins = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar")
    assert int(attr(size, "w")) == twips(style.page.width) and int(attr(size, "h")) == twips(style.page.height)
    for side in ("top", "bottom", "left", "right"):
        assert abs(int(attr(margins, side)) - twips(getattr(style.page.margins, side))) <= 1
    grid = sect.find(f"{W}docGrid")
    # the grid's lines fill the text block (LibreOffice centres a shorter grid in it); where the
    # preset's lines fill it too, that is their pitch
    filling = int(style.page.text_height * 20 / style.grid.lines)
    assert attr(grid, "type") == "lines" and int(attr(grid, "linePitch")) == max(twips(style.grid.line_pitch), filling)
    assert style.page.text_height - style.grid.lines * style.grid.line_pitch > 5 or filling == twips(style.grid.line_pitch)


@pytest.mark.parametrize("preset, path", CASES, ids=IDS)
def test_role_styles(preset, path):
    style, data = style_of(preset), rendered(preset, path, "docx")
    styles = docx_part(data, "word/styles.xml")
    for role_name, style_id in ROLE_STYLES.items():
        role, element = getattr(style.roles, role_name), style_element(styles, style_id)
        rpr, ppr = element.find(f"{W}rPr"), element.find(f"{W}pPr")
        assert int(attr(rpr.find(f"{W}sz"), "val")) == round(role.size * 2), role_name
        assert attr(rpr.find(f"{W}rFonts"), "eastAsia") == style.typeface(role.typeface).docx
        assert flag(rpr, "b") == role.bold, role_name
        assert attr(ppr.find(f"{W}jc"), "val") == JC[role.align], role_name
        spacing = ppr.find(f"{W}spacing")
        assert int(attr(spacing, "line")) == twips(role.line_pitch) and attr(spacing, "lineRule") == "exact"
        assert flag(ppr, "keepLines") == role.keep_together, role_name
        assert flag(ppr, "keepNext") == role.keep_with_next, role_name
    lead = style_element(styles, "DocEnumeration").find(f"{W}rPr")  # 一是…… leads
    assert flag(lead, "b") == style.roles.enumeration.bold
    assert attr(lead.find(f"{W}rFonts"), "eastAsia") == style.typeface(style.roles.enumeration.typeface).docx


@pytest.mark.parametrize("preset, path", CASES, ids=IDS)
def test_page_number_style(preset, path):
    spec, data = style_of(preset).page_number, rendered(preset, path, "docx")
    styles = docx_part(data, "word/styles.xml")
    sides = {"odd": "DocPageNumberOdd", "even": "DocPageNumberEven"}
    for side, style_id in sides.items():
        element = style_element(styles, style_id)
        assert int(attr(element.find(f"{W}rPr/{W}sz"), "val")) == round(spec.size * 2)
        assert flag(element.find(f"{W}rPr"), "b") == spec.bold
        placement = spec.placement
        if placement == "outside":
            placement = "right" if side == "odd" else "left"
        assert attr(element.find(f"{W}pPr/{W}jc"), "val") == placement
    footers = docx_parts(data, "word/footer").values()
    texts = ["".join(t.text or "" for t in footer.iter(f"{W}t")) for footer in footers]
    before, _, after = spec.format.partition("{page}")
    assert texts and all(text.startswith(before) and text.endswith(after) for text in texts)


@pytest.mark.parametrize("preset, path", CASES, ids=IDS)
def test_mark_header(preset, path):
    style, data = style_of(preset), rendered(preset, path, "docx")
    mark = style.mark
    headers = {name: "".join(t.text or "" for t in part.iter(f"{W}t"))
               for name, part in docx_parts(data, "word/header").items()}
    sect = docx_part(data, "word/document.xml").find(f".//{W}body/{W}sectPr")
    if not mark.text:
        assert not any(headers.values())
        return
    references = {attr(ref, "type") for ref in sect.findall(f"{W}headerReference")}
    assert references == ({"first"} if mark.pages == "first" else {"default", "even"})
    assert flag(sect, "titlePg") == (mark.pages == "first")
    assert sorted(t for t in headers.values() if t) == [mark.text] * len(references)
    element = style_element(docx_part(data, "word/styles.xml"), "DocMark")
    assert int(attr(element.find(f"{W}rPr/{W}sz"), "val")) == round(mark.size * 2)
    assert attr(element.find(f"{W}rPr/{W}rFonts"), "eastAsia") == style.typeface(mark.typeface).docx
    assert attr(element.find(f"{W}pPr/{W}jc"), "val") == mark.align


@pytest.mark.parametrize("preset, path", CASES, ids=IDS)
def test_line_numbering(preset, path):
    spec, data = style_of(preset).line_numbers, rendered(preset, path, "docx")
    numbering = docx_part(data, "word/document.xml").find(f".//{W}body/{W}sectPr/{W}lnNumType")
    if not spec.every:
        assert numbering is None
        return
    assert int(attr(numbering, "countBy")) == spec.every
    assert int(attr(numbering, "distance")) == twips(spec.gap)
    assert attr(numbering, "restart") == {"page": "newPage", "document": "continuous"}[spec.restart]
    number_style = style_element(docx_part(data, "word/styles.xml"), "LineNumber")
    assert int(attr(number_style.find(f"{W}rPr/{W}sz"), "val")) == round(spec.size * 2)


@pytest.mark.parametrize("preset", ALL, ids=lambda p: Path(p).stem)
def test_document_properties(preset):
    meta = docx.Document(io.BytesIO(rendered(preset, seed("004"), "docx"))).core_properties
    assert meta.language == style_of(preset).metadata.language
    assert meta.title == "在全区党政办公室主任会议上的讲话"


# --------------------------------------------------------------------------- LibreOffice


@pytest.fixture(scope="module")
def libreoffice(tmp_path_factory):
    """Example 000 of every preset, laid out by LibreOffice in one run."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    documents = {preset: rendered(preset, seed("000"), "docx") for preset in ALL}
    return laid_out(documents, tmp_path_factory.mktemp("lo-presets"))


@pytest.mark.parametrize("preset", ALL, ids=lambda p: Path(p).stem)
def test_libreoffice_layout(libreoffice, preset):
    style = style_of(preset)
    margins, body = style.page.margins, style.roles.body
    top, bottom = margins.top, margins.top + style.page.text_height
    with open_pdf(libreoffice[preset]) as pdf:
        lines_per_page = []
        for page in pdf.pages:
            assert abs(page.width - style.page.width) < 1 and abs(page.height - style.page.height) < 1
            text = [r for r in rows(page) if top <= r.baseline <= bottom and r.x1 > margins.left]
            lines_per_page.append(len(text))
            _check_furniture(style, page, text)
        assert max(lines_per_page) == style.grid.lines
        if not body.keep_together:
            assert Counter(lines_per_page[:-1]).most_common(1)[0][0] == style.grid.lines
        else:  # Word's "keep lines together" only on paragraphs that fit on a page
            assert min(lines_per_page[:-1]) >= style.grid.lines // 4, lines_per_page
        sizes = Counter(round(c["size"], 1) for page in pdf.pages for c in page.chars)
        assert sizes.most_common(1)[0][0] == body.size


def _check_furniture(style, page, text) -> None:
    margins, mark, numbers = style.page.margins, style.mark, style.line_numbers
    above = [r for r in rows(page) if r.baseline < margins.top]
    if mark.text and (page.page_number == 1 or mark.pages == "all"):
        assert [r.text for r in above] == [mark.text]
        assert abs(above[0].baseline - (margins.top - mark.offset)) < 1 * MM
        if mark.align == "right":
            assert abs(above[0].x1 - (style.page.width - margins.right)) < 1 * MM
    else:
        assert not above
    left = [c for c in page.chars if c["x1"] < margins.left - 0.5 * MM and c["text"].strip()]
    if numbers.every:
        assert left and all(c["text"].isdigit() for c in left)
        assert all(abs(c["size"] - numbers.size) < 0.5 for c in left)
    else:
        assert not left
    below = [r for r in rows(page) if r.baseline > margins.top + style.page.text_height + 1]
    spec = style.page_number
    assert len(below) == 1 and abs(below[0].size - spec.size) < 0.5
    centre = below[0].baseline - (EM_ASCENT - 0.5) * spec.size
    assert abs(centre - (margins.top + style.page.text_height + spec.offset)) < 1.5 * MM
    if spec.placement == "center":
        middle = margins.left + style.page.text_width / 2
        assert abs((below[0].x0 + below[0].x1) / 2 - middle) < 1 * MM
