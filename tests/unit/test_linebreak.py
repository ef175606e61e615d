"""The Chinese line breaker on its own: text and widths in, line boxes out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from docgen.chars import NO_LINE_END, NO_LINE_START
from docgen.typesetting.linebreak import Run, break_lines

CELL = 442.2047 / 28  # 156 mm / 28
WIDTH = 28 * CELL
HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府"
PUNCT = set("，。、；：？！“”‘’（）《》") | {"——", "……"}
LATIN = 8.0  # every Latin glyph is half a 16 pt em wide


def measure(text, face):
    return LATIN * len(text)


def lines_of(text, **kw):
    return break_lines([Run(text, "f")], WIDTH, CELL, measure, **kw)


def widths(line):
    return [round(b.width / CELL, 3) for b in line.boxes]


def test_28_characters_fill_a_line_exactly():
    lines = lines_of(HAN[:28])
    assert len(lines) == 1
    assert abs(lines[0].width - WIDTH) < 1e-6


def test_29th_character_starts_a_new_line_and_full_lines_end_at_the_edge():
    lines = lines_of(HAN[:60])
    assert [len(line.text) for line in lines] == [28, 28, 4]
    assert abs(lines[0].width - WIDTH) < 1e-6 and abs(lines[1].width - WIDTH) < 1e-6
    assert lines[2].xs[1] - lines[2].xs[0] == CELL  # last line not stretched


def test_first_line_indent_of_two_cells():
    lines = lines_of(HAN[:40], first_indent=2 * CELL)
    assert lines[0].x == 2 * CELL and len(lines[0].text) == 26 and lines[1].x == 0


def test_closing_quote_is_pulled_in_by_compressing_the_marks_at_the_line_end():
    # 27 characters and 。 fill the line; ” may not start the next one.  。” share a blank
    # half cell each: both are set half-width and the line holds 29 characters in 28 cells.
    text = HAN[:27] + "。”" + HAN[27:40]
    first, second = lines_of(text)
    assert first.text == HAN[:27] + "。”"
    assert widths(first)[-2:] == [0.5, 0.5] and set(widths(first)[:-2]) == {1.0}
    assert abs(first.width - WIDTH) < 1e-6
    assert second.text == HAN[27:40]


def test_a_pair_of_marks_inside_the_line_gives_up_the_second_half_cell():
    # “前哨后院”“两个表率”: the ” before “ has a blank right half facing the “.
    text = HAN[:5] + "”“" + HAN[5:26] + "，" + HAN[26:40]
    first = lines_of(text)[0]
    assert first.text == HAN[:5] + "”“" + HAN[5:26] + "，"
    assert widths(first)[5] == 0.5 and widths(first)[6] == 1.0 and widths(first)[-1] == 0.5
    assert abs(first.width - WIDTH) < 1e-6


def test_a_lone_comma_inside_the_line_is_never_squeezed_the_line_is_pushed_instead():
    text = HAN[:10] + "，" + HAN[10:27] + "，" + HAN[27:40]   # the 29th character is a comma
    first, second = lines_of(text)[:2]
    assert first.text == HAN[:10] + "，" + HAN[10:26]       # 27 characters …
    assert set(widths(first)) == {1.0}
    assert abs(first.width - WIDTH) < 1e-6                    # … spread to the full width
    gaps = {round(b - a, 6) for a, b in zip(first.xs, first.xs[1:])}
    assert gaps == {round(CELL + CELL / 26, 6)}
    assert second.text.startswith(HAN[26] + "，")


def test_without_compressible_marks_a_character_is_pushed_to_the_next_line():
    text = HAN[:28] + "？" + HAN[28:40]    # ？ cannot start a line and is not compressible
    lines = lines_of(text)
    assert lines[0].text == HAN[:27]
    assert lines[1].text.startswith(HAN[27] + "？")
    assert abs(lines[0].width - WIDTH) < 1e-6   # the shortened line is justified


def test_opening_quote_never_ends_a_line():
    text = HAN[:27] + "“" + HAN[27:35] + "”" + HAN[35:40]
    lines = lines_of(text)
    assert lines[0].text == HAN[:27]
    assert lines[1].text.startswith("“")


def test_an_opening_mark_after_a_mark_gives_up_its_left_half_and_moves_left():
    # 《 would end the line: the character after it is pulled in.  ，“ : the comma's blank
    # right half faces the quote; “《 : 《 gives up its blank left half (drawn half a cell left).
    text = HAN[:25] + "，“《" + HAN[25:30] + "》”" + HAN[30:50]
    line = lines_of(text)[0]
    assert line.text == HAN[:25] + "，“《" + HAN[25]
    assert widths(line)[25:] == [0.5, 1.0, 0.5, 1.0]
    squeezed = line.boxes[27]
    assert squeezed.shift == CELL / 2
    assert abs(line.width - WIDTH) < 1e-6


def test_dash_and_ellipsis_are_never_split():
    for mark in ("——", "……"):
        for before in (26, 27):
            text = HAN[:before] + mark + HAN[before:40]
            lines = lines_of(text)
            assert sum(line.text.count(mark) for line in lines) == 1
            assert all(line.width <= WIDTH + 1e-6 for line in lines)


def test_number_stays_with_its_unit_and_latin_words_are_whole():
    for before in range(22, 28):
        text = HAN[:before] + "2014年" + HAN[before:60]
        lines = lines_of(text)
        assert any("2014年" in line.text for line in lines), before
        text = HAN[:before] + "第3次" + HAN[before:60]
        assert any("第3次" in line.text for line in lines_of(text)), before
        text = HAN[:before] + "reportlab" + HAN[before:60]
        assert any("reportlab" in line.text for line in lines_of(text)), before


def test_a_word_wider_than_the_line_is_cut_so_that_nothing_overflows():
    url = "https://example.org/" + "a" * 80
    lines = lines_of(HAN[:3] + url + HAN[3:10])
    assert "".join(line.text for line in lines) == HAN[:3] + url + HAN[3:10]
    assert all(line.x + line.width <= WIDTH + 1e-6 for line in lines)


def test_spaces_between_latin_words_are_break_points_and_vanish_at_line_ends():
    words = " ".join(["alpha"] * 20)
    lines = lines_of(words)
    assert all(not line.text.startswith(" ") and not line.text.endswith(" ") for line in lines)
    assert all(line.width <= WIDTH + 1e-6 for line in lines)
    assert " ".join(line.text for line in lines) == words


def test_centred_and_right_aligned_lines():
    centred = lines_of(HAN[:10], align="center")[0]
    assert abs(centred.xs[0] - (WIDTH - 10 * CELL) / 2) < 1e-6
    right = lines_of(HAN[:10], align="right")[0]
    assert abs(right.width - WIDTH) < 1e-6


_MARKS = ["，", "。", "、", "；", "：", "？", "！", "“", "”", "（", "）", "《", "》", "——", "……",
          "。”", "”，", "）。", "”“", "", "", ""]
_piece = st.tuples(
    st.text(alphabet=HAN, min_size=2, max_size=12),
    st.sampled_from(["", "", "", "2023年", "80个", "第3次", "XX", "PDF", "GB/T", "15.79"]),
    st.sampled_from(_MARKS),
).map(lambda t: t[0] + t[1] + t[2])


@settings(max_examples=300, deadline=None)
@given(st.lists(_piece, min_size=1, max_size=40))
def test_properties_on_generated_text(pieces):
    text = "".join(pieces)
    lines = lines_of(text, first_indent=2 * CELL)
    assert "".join(line.text for line in lines) == text            # nothing lost or repeated
    for index, line in enumerate(lines):
        assert line.x + line.width <= WIDTH + 1e-6                   # never past the edge
        assert line.text[0] not in NO_LINE_START
        for k, box in enumerate(line.boxes):
            if box.kind == "cell" and box.width < CELL - 1e-6:         # a squeezed mark ends
                before = line.boxes[k - 1].text if k else ""          # the line or touches
                after = line.boxes[k + 1].text if k + 1 < len(line.boxes) else ""  # a mark
                assert k == len(line.boxes) - 1 or (box.text in "”’）》，。、；：" and after in PUNCT) \
                    or (box.text in "“‘（《" and before in PUNCT), line.text
        if not line.last:
            assert line.text[-1] not in NO_LINE_END
            assert not (line.text[-1].isdigit() and "\u4e00" <= lines[index + 1].text[0] <= "\u9fff")
            assert abs(line.x + line.width - WIDTH) < 1e-6              # full lines are justified
