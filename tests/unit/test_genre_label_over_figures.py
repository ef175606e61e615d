"""A short title naming a genre over a row of figures (a page's tabs run together), over the
text: the title, not a column's label.  The texts are written for the tests."""

from __future__ import annotations

import pytest

import docgen

ARTICLES = ("第十條：本會置理事十五人，由會員大會選舉之，任期三年。\n"
            "一、定期會議：每年至少召開一次。\n"
            "第十一條：理事會之職權如下，審定會員資格，選舉常務理事。\n")


@pytest.mark.parametrize("title", ["協會章程", "学会章程"])
def test_a_genre_title_over_a_row_of_figures_is_the_title(title: str):
    parsed = docgen.parse(f"{title}\n123456\n{ARTICLES}".encode(), input_format="text")
    assert parsed.meta.title == title


def test_a_genre_label_over_a_headline_is_still_a_column_label():
    text = f"领导致辞\n某某协会成立十周年致辞\n2030年5月1日\n{ARTICLES}"
    parsed = docgen.parse(text.encode("utf-8"), input_format="text")
    assert parsed.meta.title == "某某协会成立十周年致辞"
