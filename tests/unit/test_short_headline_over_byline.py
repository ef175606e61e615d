"""A headline of a word or two (``秋收``) as the text's first line, right over the byline or date
that cleaning takes out, is the title: a page prints those under its headline.  Shorter than the
least candidate otherwise, it is taken only so — over nothing taken out, or over a headline
rather than the text's first sentence, it is no title.  The cases are made up in the shape real
pages have."""

from __future__ import annotations

from helpers.cleaning import title_of

BODY = ["今年的春耕比往年来得早一些。村里的农机手一早就把拖拉机开到了田头，开始翻地。",
        "村委会提前联系了农资公司，把种子和化肥送到了各家各户，大家干劲十足。"]


def test_a_two_character_headline_over_its_removed_byline_is_the_title() -> None:
    assert title_of("秋收", "", "2023-03-12 本文已影响0人", "", *BODY) == "秋收"


def test_a_two_character_line_over_nothing_taken_out_is_no_title() -> None:
    assert title_of("秋收", "", *BODY) is None


def test_a_column_name_over_the_byline_and_a_headline_is_no_title() -> None:
    # the byline under a column's name, then the headline: the headline is the title
    title = title_of("新闻", "2023-03-12 本文已影响0人", "某某村春耕生产全面展开", *BODY)
    assert title != "新闻"
