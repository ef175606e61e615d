"""A page's heading for an item that is the item's headline with the page's tag run in before it
— a column's name set apart by a separator, or a column and a place — over the headline alone:
the headline is the title, the heading above it the page's.  A line above that only differs by
the headline's own first words, or by the issuer of a whole title, keeps the title.  The cases
are made up in the shape real pages have."""

from __future__ import annotations

import pytest
from helpers.cleaning import title_of

BODY = "某某市長今日晚間出席廟方舉辦的祈福晚宴，祝福市民平安健康，並感謝各界長期支持地方公益。"


@pytest.mark.parametrize("heading", [
    "南部新聞某某市某某宮舉辦祈福晚宴 市長祝福市民平安",      # a column and a place run in
    "地方新聞-某某宮舉辦祈福晚宴-市長祝福市民平安",          # a column set apart by dashes
    "活動花絮｜某某宮舉辦祈福晚宴 市長祝福市民平安",          # … or by a bar
])
def test_the_headline_under_a_heading_that_holds_it_after_a_tag_is_the_title(heading: str) -> None:
    assert title_of(heading, "", "某某宮舉辦祈福晚宴 市長祝福市民平安", "", BODY) == "某某宮舉辦祈福晚宴 市長祝福市民平安"


def test_blank_lines_between_the_heading_and_the_headline_change_nothing() -> None:
    lines = ["社區日曆-某某社區-中秋聯歡晚會活動", *[""] * 10, "某某社區 中秋聯歡晚會活動", BODY]
    assert title_of(*lines) == "某某社區 中秋聯歡晚會活動"


def test_a_headline_whose_first_words_run_into_the_line_below_stays_the_title() -> None:
    # no separator and no place after the extra words: they are the headline's own
    assert title_of("某某公司召開全體員工安全生產大會", "", "全體員工安全生產大會", "", BODY) == "某某公司召開全體員工安全生產大會"


def test_an_issuers_name_before_a_whole_title_is_no_tag() -> None:
    notice = "各學校：現將有關事項通知如下，請認真貫徹執行。"
    title = title_of("某某縣教育局 關於做好寒假安全工作的通知", "關於做好寒假安全工作的通知", notice, BODY)
    assert title == "某某縣教育局 關於做好寒假安全工作的通知"


def test_a_short_tail_held_by_the_line_above_is_no_headline() -> None:
    assert title_of("北部新聞某某市舉辦晚宴", "舉辦晚宴", "", BODY) == "北部新聞某某市舉辦晚宴"
