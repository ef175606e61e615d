"""The embedded fonts: one Type 0 font per font file, a valid TrueType program holding the
outline of every glyph the text shows (and no others), and a ToUnicode map that gives the
text back."""

from __future__ import annotations

import re
import struct

import pytest
from helpers.documents import rendered_pdf, seed
from helpers.pdfmeasure import open_pdf
from pdfminer.pdftypes import resolve1


def fonts(pdf) -> dict[str, dict]:
    found = {}
    for page in pdf.pages:
        resources = resolve1(page.page_obj.resources)
        for font in (resolve1(resources["Font"]) or {}).values():
            font = resolve1(font)
            found[font["BaseFont"].name] = font
    return found


def table_directory(program: bytes) -> dict[str, tuple[int, int]]:
    count = struct.unpack(">H", program[4:6])[0]
    out = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sLLL", program[12 + 16 * i:28 + 16 * i])
        out[tag.decode("latin-1")] = (offset, length)
    return out


def checksum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}L", data)) & 0xFFFFFFFF


def glyph_lengths(program: bytes) -> list[int]:
    tables = table_directory(program)
    head_at = tables["head"][0]
    assert struct.unpack(">h", program[head_at + 50:head_at + 52])[0] == 1  # long loca
    at, length = tables["loca"]
    offsets = struct.unpack(f">{length // 4}L", program[at:at + length])
    return [b - a for a, b in zip(offsets, offsets[1:])]


@pytest.fixture(scope="module")
def pdf():
    return open_pdf(rendered_pdf(seed("004")))


def test_one_type0_font_per_font_file(pdf):
    found = fonts(pdf)
    files = [name.split("+", 1)[1] for name in found]
    assert len(files) == len(set(files)) >= 3
    for name, font in found.items():
        assert font["Subtype"].name == "Type0" and font["Encoding"].name == "Identity-H"
        (descendant,) = resolve1(font["DescendantFonts"])
        descendant = resolve1(descendant)
        assert descendant["Subtype"].name == "CIDFontType2"
        assert "FontFile2" in resolve1(descendant["FontDescriptor"]), name


def test_each_program_is_a_valid_truetype_subset_with_every_shown_glyph(pdf):
    for name, font in fonts(pdf).items():
        descendant = resolve1(resolve1(font["DescendantFonts"])[0])
        program = resolve1(resolve1(descendant["FontDescriptor"])["FontFile2"]).get_data()
        assert program[:4] == b"\0\1\0\0"
        assert checksum(program) == 0xB1B0AFBA, name  # whole-font checksum, as the spec says
        for tag, (offset, length) in table_directory(program).items():
            if tag != "head":
                assert checksum(program[offset:offset + length]) == struct.unpack(
                    ">L", program[12 + 16 * sorted(table_directory(program)).index(tag) + 4:][:4])[0]
        lengths = glyph_lengths(program)
        cmap = resolve1(font["ToUnicode"]).get_data().decode()
        entries = "".join(re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S))
        shown = {int(gid, 16): bytes.fromhex(code).decode("utf-16-be")
                 for gid, code in re.findall(r"<([0-9A-F]{4})> <([0-9A-F]+)>", entries)}
        assert shown, name
        for gid, ch in shown.items():
            assert ch.isspace() or lengths[gid] > 0, (name, ch)
        # a subset numbered afresh: .notdef, the glyphs shown, the components of composites —
        # and every table describing just those glyphs
        assert len(shown) < len(lengths) <= len(shown) + 10, name
        tables = table_directory(program)
        count = len(lengths)
        maxp, hhea, hmtx = tables["maxp"][0], tables["hhea"][0], tables["hmtx"]
        assert struct.unpack(">H", program[maxp + 4:maxp + 6])[0] == count, name
        assert struct.unpack(">H", program[hhea + 34:hhea + 36])[0] == count, name
        assert hmtx[1] == 4 * count, name


def test_the_text_reads_back_through_the_tounicode_maps(pdf):
    text = "".join(page.extract_text() for page in pdf.pages)
    assert "在全区党政办公室主任会议上的讲话" in text.replace("\n", "")
    assert "“老把式”" in text.replace("\n", "")


def test_glyphs_compressed_for_one_document_give_the_same_bytes_for_the_next():
    import docgen

    first = docgen.parse(seed("000"))
    second = docgen.parse(seed("001"))
    before = docgen.render(first, "gbt9704", "pdf", invariant=True)   # glyphs compressed now
    docgen.render(second, "gbt9704", "pdf", invariant=True)
    again = docgen.render(first, "gbt9704", "pdf", invariant=True)    # glyphs reused
    assert again == before
    assert open_pdf(again).pages[0].extract_text() == open_pdf(before).pages[0].extract_text() != ""
