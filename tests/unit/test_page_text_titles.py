"""Titles of page texts (the browser text of a page as a search index keeps it): what a site
prints around the title that is no part of it, and lines that are no title.  Each case is made up
for the test in the shape such texts have, in full-width and half-width punctuation."""

from __future__ import annotations

import pytest

import docgen

BODY = "会议指出，今年各项工作任务重、要求高，各单位要提高认识，认真抓好落实。"
BODY_HALF = "会议指出,今年各项工作任务重、要求高,各单位要提高认识,认真抓好落实。"


def parsed(*lines: str):
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


@pytest.mark.parametrize("line", [
    "某某镇召开秋季防火工作会议 -- 某某资讯港1234.cc!",
    "某某镇召开秋季防火工作会议 - 某某信息网！",
    "某某镇召开秋季防火工作会议 —— 某某在线!",
])
@pytest.mark.parametrize("body", [BODY, BODY_HALF])
def test_a_site_name_after_a_doubled_dash_with_its_exclamation_mark_is_no_part_of_the_title(line, body):
    assert parsed(line, "", body).meta.title == "某某镇召开秋季防火工作会议"


@pytest.mark.parametrize("line", ["教师节表彰大会校长讲话稿 篇1", "教师节表彰大会校长讲话稿 篇二"])
def test_a_fanwen_sites_piece_number_after_a_title_is_no_part_of_it(line):
    assert parsed(line, "尊敬的各位老师：", BODY).meta.title == "教师节表彰大会校长讲话稿"


@pytest.mark.parametrize("line, title", [
    ("元旦联欢会致辞 | |", "元旦联欢会致辞"),
    ("关于某某小区临时停电的通知 | ||||", "关于某某小区临时停电的通知"),
])
def test_a_title_in_a_tables_first_cell_is_kept_without_the_empty_cells(line, title):
    speech = parsed(line, BODY, "| ||||")
    assert speech.meta.title == title
    assert BODY in "".join(b.text for b in speech.blocks if hasattr(b, "text"))


@pytest.mark.parametrize("tag", ["【重要通知】", "[公告]"])
def test_a_line_opened_by_a_bracketed_tag_does_not_go_on_from_the_line_above(tag):
    speech = parsed("Go+用户登录", f"{tag}某某县档案馆关于临时闭馆的通知", "", "各位读者：", BODY)
    assert speech.meta.title == "某某县档案馆关于临时闭馆的通知"


@pytest.mark.parametrize("line", ["尊敬的各位来宾，亲爱的朋友们：大家晚上好！", "尊敬的各位来宾,亲爱的朋友们:大家晚上好!"])
def test_a_salutation_with_its_greeting_run_on_is_no_title(line):
    speech = parsed(line, BODY)
    assert speech.meta.title is None
    assert "大家晚上好！" in [getattr(b, "text", "") for b in speech.blocks]


@pytest.mark.parametrize("hotline", ["服务热线：0510-12345678", "咨询热线:400-123-4567", "热线 12345"])
def test_a_hotline_over_a_headline_is_no_title(hotline):
    speech = parsed(hotline, "", "某某小学举行秋季运动会", "", BODY)
    assert speech.meta.title == "某某小学举行秋季运动会"


@pytest.mark.parametrize("line", ["某某杯篮球赛开幕式致辞 | 2023-05-12 09:30:15", "某某杯篮球赛开幕式致辞 ｜ 2023-05-12"])
def test_a_title_with_the_pages_date_behind_a_bar_is_the_title_without_the_date(line):
    body = "尊敬的各位来宾、运动员：大家好！今天，我们在这里隆重举行开幕式，我代表组委会表示热烈欢迎。"
    assert parsed(line, "", body).meta.title == "某某杯篮球赛开幕式致辞"


@pytest.mark.parametrize("line", ["【中学校长毕业典礼致辞】尊敬的各位家长、亲爱的同学们：", "【中学校长毕业典礼致辞】尊敬的各位家长、亲爱的同学们:"])
def test_a_title_in_brackets_run_into_the_salutation_is_the_title_and_the_salutation_stays(line):
    speech = parsed(line, "大家好！", BODY)
    assert speech.meta.title == "中学校长毕业典礼致辞"
    assert speech.blocks[0].text == "尊敬的各位家长、亲爱的同学们："


def test_a_headline_that_repeats_its_columns_label_above_it_is_the_title():
    speech = parsed("当前位置:首页 > 政务公开 > 通知公告", "", "通知公告", "", "通知公告", "",
                    "发布时间:2022-03-01  所属栏目:通知公告", "", "各位居民:", BODY, "特此公告。")
    assert speech.meta.title == "通知公告"
    assert speech.blocks[0].text == "各位居民："


@pytest.mark.parametrize("head", ["开工仪式致辞(项目开工仪式致辞)", "开工仪式致辞（项目开工仪式致辞）"])
@pytest.mark.parametrize("repeated", [True, False])
def test_a_sites_keyword_variant_in_brackets_after_the_title_is_no_part_of_it(head, repeated):
    lines = [head, "", "时间:2030-01-02", "", head] if repeated else [head]
    speech = parsed(*lines, "各位来宾：", BODY)
    assert speech.meta.title == "开工仪式致辞"


@pytest.mark.parametrize("head, title", [
    ("政府工作报告(2030年政府工作报告)", "政府工作报告（2030年政府工作报告）"),
    ("开工仪式致辞(县长在仪式上)", "开工仪式致辞（县长在仪式上）"),
])
def test_a_note_in_brackets_that_says_more_than_the_title_stays_in_it(head, title):
    assert parsed(head, "各位来宾：", BODY).meta.title == title


@pytest.mark.parametrize("line", ["某某小区环境卫生公告 『范文3』", "某某小区环境卫生公告【範文 2】"])
def test_a_fanwen_sites_numbered_tag_after_a_title_is_no_part_of_it(line):
    assert parsed(line, BODY).meta.title == "某某小区环境卫生公告"


@pytest.mark.parametrize("line", ["某某國小畢業典禮溫馨登場 ——閱讀人次： 858", "某某國小畢業典禮溫馨登場 阅读量:12"])
@pytest.mark.parametrize("body", [BODY, BODY_HALF])
def test_a_read_counter_run_on_after_a_headline_is_no_part_of_it(line, body):
    assert parsed(line, body).meta.title == "某某國小畢業典禮溫馨登場"


@pytest.mark.parametrize("line", ["🚨某某医院停诊情况通报🚨", "📢 某某医院停诊情况通报"])
def test_emoji_round_a_headline_are_no_part_of_the_title(line):
    assert parsed(line, BODY).meta.title == "某某医院停诊情况通报"


@pytest.mark.parametrize("body", [BODY, BODY_HALF])
def test_a_notices_own_title_wins_over_a_portals_headline_that_cuts_its_issuer_short(body):
    speech = parsed("某某县关于禁止露天焚烧垃圾的通告", "发布时间:2030-05-27 来源:某某网",
                    "某政通〔2030〕6号", "某某县人民政府", "关于禁止露天焚烧垃圾的通告", body)
    assert speech.meta.title == "某某县人民政府关于禁止露天焚烧垃圾的通告"


@pytest.mark.parametrize("body", [BODY, BODY_HALF])
def test_a_notices_own_title_wins_over_a_portals_headline_that_retells_its_matter(body):
    speech = parsed("某市某縣全面禁止燃放孔明燈的通知", "某縣人民政府關於某縣全面禁止燃放孔明燈的通告", body)
    assert speech.meta.title == "某縣人民政府關於某縣全面禁止燃放孔明燈的通告"
