"""Titles in texts copied from pages: a blog's date header over the post's title, a memo's
number over its subject line."""

from __future__ import annotations

import docgen


def test_blog_date_header_is_no_part_of_the_title_below():
    text = ("2019年3月4日 星期一\n\n王某某主任2018年贺信\n\n"
            "各位同仁，大家好！\n值此新春佳节之际，谨向各位致以诚挚的问候。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title == "王某某主任2018年贺信"
