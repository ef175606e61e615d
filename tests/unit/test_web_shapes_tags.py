"""More shapes of real web input, each handled by a general rule: a series tag before a
headline, a footnote mark after a title printed in a text, parts numbered ``01……`` without a
separator, and the links a page prints under its text.  Each case is made up for the test in
the shape real pages have."""

from __future__ import annotations

import pytest

import docgen
from docgen.cleaner import clean
from docgen.model import Heading, Paragraph

BODY = "会议指出，今年各项工作任务重、要求高，各单位要提高认识，认真抓好落实。"
FIGURES = "全年全县地区生产总值123.4亿元，比上年增长5.6%。其中，第一产业增加值12.3亿元，增长3.4%。"


def parsed(*lines: str):
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


def cleaned(*lines: str) -> list[str]:
    return [line.text for line in clean(list(lines)).lines if line.text]


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize("line, title", [
    ("【某某系列评论】推动县域经济高质量发展", "推动县域经济高质量发展"),
    ("【 学思践悟 】某某公司开展主题党日活动", "某某公司开展主题党日活动"),
    ("某某县2023年国民经济和社会发展统计公报[1]", "某某县2023年国民经济和社会发展统计公报"),
    ("某某市2023年国民经济和社会发展统计公报［2］", "某某市2023年国民经济和社会发展统计公报"),
    ("某某路延伸工程施工总价承包招标资格预审公告(代招标公告)[文件获取中]", "某某路延伸工程施工总价承包招标资格预审公告（代招标公告）"),
    ("某某医院医用耗材采购项目竞争性磋商公告［已结束］", "某某医院医用耗材采购项目竞争性磋商公告"),
])
def test_a_series_tag_before_a_headline_and_a_footnote_mark_after_a_title_are_no_part_of_it(line, title):
    assert parsed(line, BODY).meta.title == title


def test_a_bracketed_title_too_short_to_stand_without_its_tag_keeps_it():
    assert parsed("【通知】放假", BODY).meta.title == "【通知】放假"


def test_the_page_title_with_the_series_tag_agrees_with_the_headline_without_it():
    body = "".join(f"<p>{BODY[:-1]}，第{i}项工作已经完成。</p>" for i in range(3))
    html = ("<html><head><meta charset=utf-8><title>【某某系列评论】推动县域经济高质量发展-某某新闻网</title></head>"
            "<body><div>某某新闻网</div><h1>【某某系列评论】推动县域经济高质量发展</h1>"
            f"<div class=content>{body}</div></body></html>").encode()
    speech = docgen.parse(html, input_format="html")
    assert speech.meta.title == "推动县域经济高质量发展"
    assert not any("某某系列评论" in b.text for b in speech.blocks)


def test_a_footnote_mark_in_the_text_stays():
    speech = parsed("某某县2023年国民经济和社会发展统计公报[1]", "全年地区生产总值[2]123.4亿元，比上年增长5.6%。")
    assert any("[2]" in b.text for b in speech.blocks if isinstance(b, Paragraph))


# --------------------------------------------------------------------------- 01 numbering

PARTS = ("01综合", "02农业", "03工业和建筑业", "11文化旅游、卫生健康与体育")


def test_parts_numbered_from_01_without_a_separator_are_level_one_headings():
    speech = parsed("某某县2023年国民经济和社会发展统计公报", FIGURES, PARTS[0], FIGURES, PARTS[1], FIGURES,
                    PARTS[2], FIGURES)
    headings = [(b.text, b.level) for b in speech.blocks if isinstance(b, Heading)]
    assert headings == [(PARTS[0], 1), (PARTS[1], 1), (PARTS[2], 1)]


FEATURE_PARTS = ("01《某某》上映，比起票房，更重要的是……", "02坚持三年，新的自己来了", "03学游泳难吗？这样练更安全")


def test_feature_parts_numbered_from_01_with_headline_titles_are_level_one_headings():
    speech = parsed("某某电影背后的故事", BODY, FEATURE_PARTS[0], BODY, FEATURE_PARTS[1], BODY,
                    FEATURE_PARTS[2], BODY)
    headings = [(b.text, b.level) for b in speech.blocks if isinstance(b, Heading)]
    assert headings == [(FEATURE_PARTS[0], 1), (FEATURE_PARTS[1], 1), (FEATURE_PARTS[2], 1)]


def test_a_part_heading_after_a_caption_is_not_glued_to_it():
    lines = cleaned("某某县2023年统计公报", FIGURES, PARTS[0], FIGURES, "表3 2023年全县各类学校招生、在校生人数",
                    "单位：万人", PARTS[3], FIGURES)
    assert PARTS[3] in lines and FIGURES in lines


@pytest.mark.parametrize("lines", [
    ("24小时自助图书馆开放", BODY, "20世纪以来的发展历程", BODY),    # no 01: no such numbering
    ("某某县统计公报", "01综合", BODY, "12月工作安排", BODY),            # a month is no number
    ("某某县统计公报", "01综合", BODY, "02年来，全县共完成造林3万亩。", BODY),  # a sentence is no part
])
def test_numbers_run_on_to_text_elsewhere_are_no_headings(lines):
    speech = parsed(*lines)
    assert not any(isinstance(b, Heading) for b in speech.blocks)


# --------------------------------------------------------------------------- links under the text


def test_a_channel_link_and_the_channels_picks_under_a_pasted_article_are_dropped():
    lines = ["首页", "新闻中心", "理论", "推动县域经济高质量发展", "2024年03月01日 来源：某某日报", BODY, BODY,
             "【编辑:王五】", "更多精彩内容请进入某某频道", "某某新闻精选：", "【某某系列评论】坚持系统观念 统筹发展和安全",
             "2024年02月28日 10:12:13", "版权所有 某某网"]
    assert cleaned(*lines) == ["推动县域经济高质量发展", BODY, BODY]


def test_a_link_to_the_reading_of_a_text_is_dropped_and_the_notes_after_it_stay():
    note = "[1]本公报中数据均为初步统计数。"
    lines = ["某某县2023年国民经济和社会发展统计公报", FIGURES, "相关解读：《某某县2023年国民经济和社会发展统计公报》解读",
             "注释：", note]
    assert cleaned(*lines) == ["某某县2023年国民经济和社会发展统计公报", FIGURES, "注释：", note]


# --------------------------------------------------------------------------- a page's template fields


def test_a_block_of_a_pages_template_fields_under_the_title_is_dropped():
    lines = ["某某中学举办秋季运动会", "学校: 某某市第一中学", "|", "日期: 2017年09月28日 09:22", BODY]
    assert cleaned(*lines) == ["某某中学举办秋季运动会", BODY]


@pytest.mark.parametrize("fields", [
    ("时间: 2024年3月1日", "地点: 县政府三楼会议室"),     # the meeting of a notice
    ("学校: 某某市第一中学",),                            # one field alone: not sure, kept
    ("学校：某某市第一中学", "日期：2017年09月28日"),      # full-width colons: a text's own lines
])
def test_lines_of_a_notice_or_a_lone_field_stay(fields):
    text = "".join(cleaned("关于召开家长会的通知", BODY, *fields, BODY)).replace(" ", "")
    assert all(field.replace(": ", "：") in text for field in fields)


# --------------------------------------------------------------------------- contact lines


@pytest.mark.parametrize("above", [
    ("地址：某某市某某区某某路1号某某大厦", "邮箱：office@example.com"),
    ("电话：0000-00000000", "邮箱：office@example.com"),
    ("联系人：王五", "E-mail: office@example.com"),
])
def test_contact_lines_above_a_short_title_are_passed_over(above):
    speech = parsed(*above, "新年献词", BODY)
    assert speech.meta.title == "新年献词"
    assert [b.text for b in speech.blocks] == [BODY]


# --------------------------------------------------------------------------- captions


def test_the_caption_of_a_table_and_its_unit_line_are_not_glued_to_the_text():
    caption, unit = "表3 2023年全县各类学校招生、在校生和毕业生人数", "单位：万人"
    after = "年末共有公有制艺术表演团体81个，文化馆117个，公共图书馆114个，博物馆203个。"
    assert cleaned("某某县统计公报", FIGURES, caption, unit, after) == ["某某县统计公报", FIGURES, caption, unit, after]


def test_a_sentence_that_names_a_table_is_joined_as_before():
    lines = cleaned("某某县统计公报", FIGURES, "从全县各乡镇的情况来看，今年全县主要经济指标的增长情况如", "表3 所列，均比上年有所提高。")
    assert lines == ["某某县统计公报", FIGURES, "从全县各乡镇的情况来看，今年全县主要经济指标的增长情况如表3 所列，均比上年有所提高。"]


FLOOD = "根据全县防汛工作要求，两座水库今日起开闸泄洪，请下游群众注意安全，远离河道。"


@pytest.mark.parametrize(("headline", "title"), [
    ("防汛|某某县两座水库开闸泄洪", "某某县两座水库开闸泄洪"),
    ("观潮|某某县两座水库开闸泄洪", "观潮|某某县两座水库开闸泄洪"),
    ("某某县召开防汛会议|部署全年工作", "某某县召开防汛会议|部署全年工作"),
    ("全县停水通知 | 将于7月12日晚上10点开始", "全县停水通知 | 将于7月12日晚上10点开始"),
])
def test_a_topic_run_into_a_keyboard_bar_is_no_part_of_the_headline_when_the_text_speaks_of_it(headline, title):
    assert parsed(headline, FLOOD, BODY).meta.title == title


def test_a_columns_name_before_a_bar_that_the_text_cites_as_a_publication_stays():
    cites = "一位水利专家对《防汛》表示，两座水库今日起开闸泄洪，下游群众要注意安全。"
    assert parsed("防汛|某某县两座水库开闸泄洪", cites, BODY).meta.title == "防汛|某某县两座水库开闸泄洪"


@pytest.mark.parametrize(("headline", "title"), [
    ("停水通知|某某县自来水公司2024年7月停水通知", "某某县自来水公司2024年7月停水通知"),
    ("停水通知 ｜ 某某县自来水公司2024年7月停水通知", "某某县自来水公司2024年7月停水通知"),
    ("停水公告|某某县自来水公司2024年7月停水通知", "停水公告|某某县自来水公司2024年7月停水通知"),
])
def test_a_tag_before_a_bar_that_the_headline_after_it_holds_whole_is_no_part_of_it(headline, title):
    assert parsed(headline, BODY, BODY).meta.title == title


NOTICE = "市教育局转发关于做好台风防御工作的通知，公布日期 2024/07/15 ~ 2024/07/30 。"


@pytest.mark.parametrize(("headline", "title"), [
    ("★安全中心重要公告★某某台风第二号通报", "某某台风第二号通报"),
    ("◆校园公告◆某某台风第二号通报", "某某台风第二号通报"),
    ("★安全中心重要公告某某台风第二号通报", "★安全中心重要公告某某台风第二号通报"),
])
def test_a_tag_between_two_stars_before_a_headline_is_no_part_of_it(headline, title):
    assert parsed(headline, NOTICE, BODY).meta.title == title


@pytest.mark.parametrize("headline", ["某某台风第二号通报,请 查照。", "某某台风第二号通报，请查照。"])
def test_a_posts_title_closed_by_a_request_to_take_note_is_a_title_not_a_sentence(headline):
    assert parsed(headline, NOTICE, BODY).meta.title == "某某台风第二号通报，请查照"  # (no full stop after a title)


def test_a_sentence_that_closes_with_a_request_to_take_note_is_no_title():
    sentence = "现将某某市防汛工作要求转发给你们，各校务必认真落实并做好值班安排，请查照。"
    assert parsed(sentence, NOTICE, BODY).meta.title is None


def test_a_headline_over_its_byline_heads_a_guide_set_a_step_a_line():
    guide = ["某某中心办事流程及服务时间", "", "文章类型：服务指南   来源：某某市服务中心  发布日期：2024-09-26", "",
             "办事流程", "", "大厅取号机取号", "", "持身份证听叫号到窗口登记", "",
             "材料齐全的当场受理，不齐全的一次告知", "", "现场等候10分钟", "", "无异议，可离开", "",
             "服务时间", "", "上午8:00-11:30，下午15:00-17:30"]
    assert parsed(*guide).meta.title == "某某中心办事流程及服务时间"


def test_the_lead_pictures_credited_caption_over_the_headline_is_passed_over():
    caption = "▲某某区里长联谊会长交接。(图/某某摄)"
    headline = "某某区里长联谊会长交接 民政局长：期许带动地方发展"
    assert parsed(caption, "", headline, "", BODY, BODY).meta.title == headline


@pytest.mark.parametrize(("heading", "title"), [
    ("实例12《深切缅怀我们的老同学——某某某》(佚名)", "深切缅怀我们的老同学——某某某"),
    ("例3、《在某某会议上的讲话》", "在某某会议上的讲话"),
    ("2024年《某某县政府工作报告》", "2024年《某某县政府工作报告》"),
])
def test_an_examples_number_before_its_title_in_book_title_marks_is_no_part_of_it(heading, title):
    assert parsed(heading, BODY, BODY).meta.title == title


@pytest.mark.parametrize(("headline", "title", "speaker"), [
    ("重返校园致同学——85届机械系某某班张三", "重返校园致同学", "85届机械系某某班张三"),
    ("相聚母校——2003级中文系李四", "相聚母校", "2003级中文系李四"),
    ("相聚母校——2003级软件工程专业王小五", "相聚母校", "2003级软件工程专业王小五"),
    ("怀念我的老同学——张三同志", "怀念我的老同学——张三同志", None),
    ("不负青春 共赴未来——2015级迎新有感", "不负青春 共赴未来——2015级迎新有感", None),
])
def test_an_alumnus_class_and_name_after_a_dash_are_the_speaker(headline, title, speaker):
    meta = parsed(headline, "亲爱的同学们：", BODY, BODY).meta
    assert (meta.title, meta.speaker) == (title, speaker)


# --------------------------------------------------------------------------- a cited document number


def test_a_first_sentence_citing_a_document_number_is_the_text_not_its_header():
    """A notice copied from its first sentence on: that sentence starts with the number of the
    document it cites (``根据某发〔2020〕3号文件《……》要求，……``) — the text's, no page heading —
    and the field under it is no title."""
    first = "根据某文明字〔2020〕3号文件《关于开展某某评选活动的通知》要求，各单位广泛开展了推荐工作，现将候选人名单予以公示。"
    speech = parsed(first, "公示时间：2020年5月7日——2020年5月13日", "监督电话：0000-0000000", "某某县委员会", "2020年5月7日")
    assert speech.meta.document_number is None
    assert speech.meta.title is None
    assert [b.text for b in speech.blocks][:2] == [first, "公示时间：2020年5月7日——2020年5月13日"]
