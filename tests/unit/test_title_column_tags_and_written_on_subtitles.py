"""Titles of pages copied as text: a column's tag before a bar of either width, a subtitle
``写在……之际`` over or before the headline, a 公示's title run into its text, a salutation with
its greeting.  The texts are written for the tests."""

from __future__ import annotations

import docgen

BODY = ("近日,某某县组织开展春季植树活动,全县干部群众踊跃参加,共栽植各类苗木三万余株。\n\n"
        "活动中,大家分工协作、干劲十足,为建设美丽家园贡献了力量。\n")


def title_of(text: str) -> str | None:
    return docgen.parse(text.encode("utf-8"), input_format="text").meta.title


def test_a_columns_tag_before_a_bar_of_either_width_is_no_part_of_the_title():
    for bar in ("|", "｜", "丨"):
        assert title_of(f"时评{bar}多为群众办实事\n\n 2030-03-02 09:26  来源:某某网\n\n" + BODY) == "多为群众办实事"


def test_a_kicker_naming_the_moment_over_a_headline_is_no_title():
    head = "\n\n来源:某某网 发布时间: 2030-12-04 06:30\n\n"
    assert title_of("写在某某条例施行10周年之际\n\n久久为功 再启新程" + head + BODY) == "久久为功 再启新程"
    assert title_of("写在某某条例施行10周年之际 久久为功 再启新程" + head + BODY) == "久久为功 再启新程"


def test_an_official_title_run_into_its_text_on_one_line_is_split_off():
    text = ("某某区2030年度拟命名文明单位名单的公示根据《某某区文明单位评选办法》规定,经区文明委办公室"
            "审核,拟命名某某街道等20个单位为2030年度区级文明单位,现予公示,如有不同意见,请于3月10日前反映。")
    parsed = docgen.parse(text.encode("utf-8"), input_format="text")
    assert parsed.meta.title == "某某区2030年度拟命名文明单位名单的公示"
    body = "".join(getattr(b, "text", "") for b in parsed.blocks)
    assert body.startswith("根据《某某区文明单位评选办法》规定"), body[:40]


def test_a_sentence_that_names_a_notice_is_not_split():
    text = "各单位要认真学习市政府的通知精神,结合实际抓好落实,确保各项工作按时完成,不得拖延推诿敷衍了事。\n"
    assert title_of(text) != "各单位要认真学习市政府的通知"


def test_a_salutation_with_its_greeting_after_a_comma_is_no_title():
    speech = ("在这个金秋时节,我们欢聚一堂,共同庆祝属于我们自己的节日。\n\n"
              "祝大家节日快乐,身体健康,工作顺利!\n")
    for comma in (",", "，"):
        text = f"尊敬的各位老师{comma}亲爱的同事们{comma}大家晚上好!\n\n" + speech
        assert title_of(text) is None, text


def test_a_dotted_series_tag_before_a_box_drawing_bar_is_no_part_of_the_title():
    assert title_of("某评·漫说│小院办实事暖人心\n\n" + BODY) == "小院办实事暖人心"
    assert title_of("某某周刊│小院办实事暖人心\n\n" + BODY) == "小院办实事暖人心"


def test_a_box_drawing_bar_between_a_long_headlines_halves_keeps_the_headline():
    # a bar-like line of a table after a sentence's comma is no tag
    title = title_of("春风十里,不如小院里的一片晒粮场│纪实\n\n" + BODY)
    assert title is None or title.startswith("春风十里")
