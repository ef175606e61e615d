"""Titles in texts copied from pages: a blog's date header over the post's title, a memo's
number over its subject line."""

from __future__ import annotations

import docgen


def test_blog_date_header_is_no_part_of_the_title_below():
    text = ("2019年3月4日 星期一\n\n王某某主任2018年贺信\n\n"
            "各位同仁，大家好！\n值此新春佳节之际，谨向各位致以诚挚的问候。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title == "王某某主任2018年贺信"


def test_memo_number_over_its_fields_and_subject_line():
    text = ("会长通函1234\n\n致：全体会员\n由：会长某某某\n日期：2023年5月6日\n\n"
            "2024年度会员大会安排\n\n根据本会章程，年度会员大会将于六月举行，现谨通知各位会员。\n")
    speech = docgen.parse_text(text)
    assert (speech.meta.title, speech.meta.document_number) == ("2024年度会员大会安排", "会长通函1234")
    printed = [getattr(block, "text", "") for block in speech.blocks]
    assert "致：全体会员" in printed[0] and "由：会长某某某" in printed[1]


def test_salutation_with_greeting_after_a_comma_and_no_mark_is_no_title():
    text = ("各位家长、老师、同学们，大家好\n"
            "时光飞逝，我们的学校又走过了一年，今天在这里隆重集会，共同庆祝这个美好的日子。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title is None
