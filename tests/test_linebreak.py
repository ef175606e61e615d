"""The Chinese line breaker on its own: text and widths in, line boxes out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from docgen.chars import NO_LINE_END, NO_LINE_START
from docgen.typesetting.linebreak import Run, break_lines

CELL = 442.2047 / 28  # 156 mm / 28
WIDTH = 28 * CELL
HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府"
PUNCT = "，。、；：？！“”‘’（）《》"


def measure(text, face):
    return 0.5 * 16 * len(text)  # Latin glyphs half a 16 pt em each


def lines_of(text, **kw):
    return break_lines([Run(text, "f")], WIDTH, CELL, measure, **kw)


def test_28_characters_fill_a_line_exactly():
    lines = lines_of(HAN[:28])
    assert len(lines) == 1
    assert abs(lines[0].width - WIDTH) < 1e-6


def test_29th_character_starts_a_new_line_and_full_lines_end_at_the_edge():
    lines = lines_of(HAN[:60])
    assert [len(line.text) for line in lines] == [28, 28, 4]
    assert abs(lines[0].width - WIDTH) < 1e-6 and abs(lines[1].width - WIDTH) < 1e-6
    assert lines[2].boxes[1].x - lines[2].boxes[0].x == CELL  # last line not stretched


def test_first_line_indent_of_two_cells():
    lines = lines_of(HAN[:40], first_indent=2 * CELL)
    assert lines[0].x == 2 * CELL and len(lines[0].text) == 26 and lines[1].x == 0


def test_comma_after_a_full_line_is_pulled_in_by_compressing_punctuation():
    text = HAN[:10] + "，" + HAN[10:27] + "，" + HAN[27:40]   # the 29th character is a comma
    first = lines_of(text)[0]
    assert first.text.endswith("，") and len(first.text) == 29
    assert first.width <= WIDTH + 1e-6
    assert not lines_of(text)[1].text[0] in NO_LINE_START


def test_without_compressible_marks_a_character_is_pushed_to_the_next_line():
    text = HAN[:28] + "？" + HAN[28:40]    # ？ cannot start a line and is not compressible
    lines = lines_of(text)
    assert lines[0].text == HAN[:27]
    assert lines[1].text.startswith(HAN[27] + "？")
    assert abs(lines[0].width - WIDTH) < 1e-6   # the shortened line is justified


def test_opening_quote_never_ends_a_line():
    text = HAN[:27] + "“" + HAN[27:35] + "”" + HAN[35:40]
    lines = lines_of(text)
    assert lines[0].text[-1] not in NO_LINE_END
    assert lines[1].text.startswith("“")


def test_dash_and_ellipsis_are_never_split():
    for mark in ("——", "……"):
        text = HAN[:27] + mark + HAN[27:40]
        lines = lines_of(text)
        assert all(mark[0] not in (line.text[-1], line.text[0]) or mark in line.text for line in lines)
        assert sum(line.text.count(mark) for line in lines) == 1


def test_number_stays_with_its_unit_and_latin_words_are_whole():
    text = HAN[:26] + "2014年" + HAN[26:40]
    lines = lines_of(text)
    assert "2014年" in lines[0].text or lines[1].text.startswith("2014年")
    text = HAN[:25] + "reportlab" + HAN[25:40]
    lines = lines_of(text)
    assert any("reportlab" in line.text for line in lines)


def test_centred_and_right_aligned_lines():
    centred = lines_of(HAN[:10], align="center")[0]
    assert abs(centred.boxes[0].x - (WIDTH - 10 * CELL) / 2) < 1e-6
    right = lines_of(HAN[:10], align="right")[0]
    assert abs(right.width - WIDTH) < 1e-6


_piece = st.tuples(st.text(alphabet=HAN, min_size=2, max_size=12),
                   st.sampled_from(["，", "。", "、", "；", "：", "？", "！", "“", "”", "（", "）", "——", ""])
                   ).map(lambda t: t[0] + t[1])


@settings(max_examples=200, deadline=None)
@given(st.lists(_piece, min_size=1, max_size=40))
def test_properties_on_generated_text(pieces):
    text = "".join(pieces)
    lines = lines_of(text, first_indent=2 * CELL)
    assert "".join(line.text for line in lines) == text            # nothing lost or repeated
    for index, line in enumerate(lines):
        assert line.x + line.width <= WIDTH + 1e-6                   # never past the edge
        # at least two hanzi separate the marks, so a legal break always exists
        assert line.text[0] not in NO_LINE_START
        if not line.last:
            assert line.text[-1] not in NO_LINE_END
            assert abs(line.x + line.width - WIDTH) < 1e-6              # full lines are justified
