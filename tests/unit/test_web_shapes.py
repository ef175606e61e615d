"""The shapes of real web input, one by one, each handled by a general rule: the chrome a page
prints around a text, bylines and notes, teasers, a news lead, titles of the web (column labels,
site names, fused title lines) and headings set the way law databases and PDF copies set them.
Each case is written for the test in the shape real pages have."""

from __future__ import annotations

import pytest

import docgen
from docgen.cleaner import clean
from docgen.model import Article, Heading, Paragraph

BODY = "会议指出，今年各项工作任务重、要求高，各单位要提高认识，认真抓好落实。"


def cleaned(*lines: str) -> list[str]:
    return [line.text for line in clean(list(lines)).lines if line.text]


def parsed(*lines: str):
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


# --------------------------------------------------------------------------- chrome lines


@pytest.mark.parametrize("chrome", [
    "今天是 2024年3月1日 星期五",                                   # a date widget
    "首页 | 新闻中心 | 学校公告 | 校长专栏",                          # a link bar
    "2024学年第二学期开学典礼讲话[02-28]",                            # an item of a related list
    "上一篇：家校合力 携手共赢", "【打印正文】", "网站地图",
    "版权所有 © 2024 某某中学", "Copyright © 2024 All Rights Reserved", "浙ICP备14042003号-1",
    "浙公网安备 33060202000394号",
    "长按二维码关注", "阅读原文", "点击蓝字关注我们", "主编：张三", "微信 微博 QQ空间",
    "2016-05-01 新华社 大案",                                       # a WeChat account line
    "【法宝引证码】 CLI.12.5679380", "原文链接：https://www.pkulaw.com/lar/abc.html",
    "本文来源：新华社 责任编辑：李四", "来源于：人民网", "《 人民日报 》（ 2024年05月10日 04 版）",
    "关注公众号：某某发布", "2024-05-13 13:48", "原标题：这是原来的标题", "新京报记者 王五",
    "1032人参与308评论", "推荐99", "为您推荐", "（实习生某某对此文亦有贡献）", "(综合整理自某某新闻、某某网等)",
    "责编：某某", "正文已结束，您可以按alt+4进行评论", "37评论 收藏", "某某财经2019-09-23 07:48", "《某某》作者 王五",
    "本报记者 王某某 方 某", "小字号", "【1】【2】【3】【4】", "关联稿件：", "最新动态",
])
def test_a_line_of_site_chrome_is_dropped_wherever_it_stands(chrome):
    assert cleaned(BODY, chrome, BODY) == [BODY, BODY]


@pytest.mark.parametrize("footer", ["地址：某某市站前大道1号 电话：0575-00000000", "点击下方“在看”支持我们"])
def test_a_footer_of_a_page_is_dropped_below_the_body(footer):
    lines = ["首页", "新闻中心", "学校公告", "某某中学召开家长会", BODY, BODY, footer, "网站地图"]
    assert cleaned(*lines) == ["某某中学召开家长会", BODY, BODY]


@pytest.mark.parametrize("line", ["地址：某某市站前大道1号，电话：0575-00000000。", "请点击下方链接报名。"])
def test_the_same_shapes_in_a_text_that_is_no_page_stay(line):
    assert cleaned("关于召开家长会的通知", BODY, line) == ["关于召开家长会的通知", BODY, line]


def test_a_list_of_related_articles_under_the_title_ends_where_the_documents_header_starts():
    lines = ["某县2022年国民经济和社会发展统计公报", "关联稿件：", "图文解读：《某县2022年统计公报》 2023-07-12", "",
             "某县统计局 国家统计局某县调查队", "（2023年5月）", BODY]
    assert cleaned(*lines) == ["某县2022年国民经济和社会发展统计公报", "某县统计局 国家统计局某县调查队", "（2023年5月）", BODY]


def test_labels_spaced_out_to_align_a_portals_table_are_labels():
    lines = ["关于做好防汛工作的通知", "来  源：某某市应急管理局  作  者：张三",
             "索  引  号：\t000000000/2024-00012\t主题分类：\t综合政务", "发文机关：\t某某市人民政府办公室\t成文日期：\t2024年05月10日",
             BODY]
    result = clean(lines)
    assert [line.text for line in result.lines if line.text] == ["关于做好防汛工作的通知", BODY]
    assert (result.meta["source"], result.meta["author"]) == ("某某市应急管理局", "张三")


def test_a_title_under_its_label_in_the_index_and_repeated_under_it_is_read_once():
    speech = parsed("标　　题：\t某某市人民政府办公室关于做好防汛工作的通知", "发文字号：\t某政办发〔2024〕12号",
                    "某某市人民政府办公室关于做好防汛工作的通知", "某政办发〔2024〕12号", "各区县人民政府：", BODY)
    assert speech.meta.title == "某某市人民政府办公室关于做好防汛工作的通知"
    assert speech.meta.document_number == "某政办发〔2024〕12号"
    assert [b.text for b in speech.blocks] == ["各区县人民政府：", BODY]


def test_a_menu_pasted_as_a_run_of_short_lines_is_dropped():
    lines = ["首页", "新闻中心", "学校公告", "一中新闻", "工作安排", "校务公开", "走进一中",
             "某某中学召开家长会", BODY, BODY, "网站地图", "版权所有 某某中学"]
    assert cleaned(*lines) == ["某某中学召开家长会", BODY, BODY]


# --------------------------------------------------------------------------- teasers and a news lead


@pytest.mark.parametrize("teaser, start", [
    ("各位代表：...", "各位代表："),
    ("同志们：…", "同志们："),
    ("关于做好防汛工作的通知 2024-05-13...", "关于做好防汛工作的通知"),
    ("同志们：...[详细]", "同志们："),
    ("关于做好防汛工作的通知...[詳", "关于做好防汛工作的通知"),
])
def test_a_teaser_that_a_line_below_starts_with_is_dropped(teaser, start):
    assert cleaned(teaser, start, BODY) == [start, BODY]


def test_a_news_lead_above_a_report_is_dropped_and_a_dated_sentence_of_a_text_is_not():
    lead = ("5月22日上午9时，十三届全国人大三次会议在人民大会堂开幕，听取国务院总理关于政府工作的报告，"
            "审查国务院关于国民经济和社会发展计划的报告。")
    assert cleaned(lead, "一、2019年工作回顾", BODY) == ["一、2019年工作回顾", BODY]
    own = "5月22日上午，我们召开了全县经济工作会议，听取了各乡镇的工作汇报。"
    assert cleaned("同志们：", own, BODY) == ["同志们：", own, BODY]


def test_a_news_items_only_paragraph_reporting_a_meeting_is_never_dropped_as_a_lead():
    only = ("3月5日，某某镇第三届人民代表大会第二次会议隆重召开。会议听取和审议了镇政府工作报告，"
            "与会代表表示将以此次大会为契机，做好本职工作。（王五）")
    assert only in cleaned(only, "", "关闭×")
    assert only in cleaned("某某镇人代会隆重召开", "", only, "", "某某镇人民政府")


# --------------------------------------------------------------------------- titles of the web


def test_a_column_label_above_the_title_is_skipped():
    speech = parsed("领导致辞", "在新学期开学典礼上的讲话", "同学们：", BODY)
    assert speech.meta.title == "在新学期开学典礼上的讲话"
    assert any(d.code == "header-furniture" and d.text == "领导致辞" for d in speech.diagnostics)


@pytest.mark.parametrize("label, headline, under", [
    ("领导致辞", "携手奋进正当时", ["——致某某公司第五届年度表彰大会"]),     # a subtitle under the headline
    ("校长讲话", "做一个有梦想的追光少年", ["某某中学校长张三", "同学们："]),   # the speaker run on after the post
    ("董事长致辞", "乘风破浪 再创佳绩", ["某某集团董事长 李四"]),          # a speaker line spaced
])
def test_a_column_label_naming_a_genre_over_a_headline_is_skipped(label, headline, under):
    speech = parsed(label, headline, *under, BODY)
    assert speech.meta.title == headline
    assert any(d.code == "header-furniture" and d.text == label for d in speech.diagnostics)
    assert not any(b.text == label for b in speech.blocks)


@pytest.mark.parametrize("lines", [
    ["新年致辞", "某某学院院长 张三", "老师们、同学们：", BODY],     # a speaker under it: the title itself
    ["校长致辞", "同学们：", BODY],
])
def test_a_title_that_names_only_its_genre_stays_the_title(lines):
    assert parsed(*lines).meta.title == lines[0]


def test_a_speaker_run_on_after_the_post_is_the_speaker():
    speech = parsed("在全县春耕生产工作会议上的讲话", "某某县副县长王五", "同志们：", BODY)
    assert speech.meta.speaker == "某某县副县长王五"


def test_a_count_after_an_icons_glyph_under_the_title_is_no_paragraph():
    speech = parsed("某某县召开春耕生产工作会议", "发布时间： 2024-05-13 10:12", "\ue60e4", BODY)
    assert [b.text for b in speech.blocks] == [BODY]
    assert speech.meta.author is None  # nor the author's name


def test_a_headline_is_the_title_and_says_how_sure_that_is():
    speech = parsed("老旧小区改造让居民住得更舒心？", BODY)
    assert speech.meta.title == "老旧小区改造让居民住得更舒心？"
    note = next(d for d in speech.diagnostics if d.code == "header-title")
    assert "likely" in note.message or "sure" in note.message


@pytest.mark.parametrize("line, title", [
    ("某某县召开深入推进乡村振兴工作座谈会-某某科普网", "某某县召开深入推进乡村振兴工作座谈会"),
    ("某某县召开春耕生产工作会议 - 某某新闻网", "某某县召开春耕生产工作会议"),
    ("[广告商品]七旬老人接到诈骗电话被骗百万 警方破案", "七旬老人接到诈骗电话被骗百万 警方破案"),
    ("《某某县发展之路》全文", "某某县发展之路"),
    ("某某县召开春耕生产工作会议 来源：新华社 作者：", "某某县召开春耕生产工作会议"),
    ("标题：国务院办公厅关于加强春耕生产工作的意见", "国务院办公厅关于加强春耕生产工作的意见"),
    ("某某公司召开党委中心组学习会议 学先进转作风强执行", "某某公司召开党委中心组学习会议 学先进转作风强执行"),
])
def test_what_the_web_prints_around_a_title_is_taken_off(line, title):
    assert parsed(line, BODY).meta.title == title


@pytest.mark.parametrize("under", [BODY, "来源：某某旅游网特约评论员 王五 | 2012-12-27", "各位员工："])
def test_a_headline_with_the_date_its_site_prints_after_it_is_the_title_without_the_date(under):
    speech = parsed("登高望远，携手同行----2019某某公司秋季团建活动 （10-21）", under, BODY)
    assert speech.meta.title == "登高望远，携手同行——2019某某公司秋季团建活动"


def test_dated_items_of_a_list_are_no_headlines():
    items = ["某某公司秋季团建活动圆满结束 （10-21）", "某某公司召开年度总结大会（12-30）"]
    last = "大家表示，一定要把这次活动的收获带到工作中去。"
    assert items[0] not in cleaned(BODY, "相关新闻", items[0], last)  # under a list's heading
    assert cleaned(BODY, items[0], last) == [BODY, last]             # under a sentence
    assert cleaned(items[0], items[1], BODY) == [BODY]               # one of several


def test_a_page_with_a_dated_headline_and_no_page_title_gets_its_title():
    body = "".join(f"<p>十月的一个周六，公司组织员工登山，大家互相鼓励，一步一步登上了山顶{i}。</p>" for i in range(3))
    html = ("<html><head><meta charset=utf-8></head><body><div class=news-view>"
            "<div class=news-view-title><a>登高望远，携手同行----2019某某公司秋季团建活动 （10-21）</a></div>"
            f"<div class=news-view-content>{body}</div></div></body></html>").encode()
    assert docgen.parse(html, input_format="html").meta.title == "登高望远，携手同行——2019某某公司秋季团建活动"
    titled = html.replace(b"<meta charset=utf-8>",
                          "<title>登高望远，携手同行----2019某某公司秋季团建活动 （10-21）</title>".encode())
    assert docgen.parse(titled, input_format="html").meta.title == "登高望远，携手同行——2019某某公司秋季团建活动"


def test_a_title_fused_with_its_date_occasion_and_speaker_is_split():
    speech = parsed("政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强",
                    "各位代表：", BODY)
    meta = speech.meta
    assert (meta.title, meta.date, meta.occasion, meta.speaker) == (
        "政府工作报告", "2024年3月5日", "在第十四届全国人民代表大会第二次会议上", "国务院总理 李强")


@pytest.mark.parametrize("title, subtitle, salutation", [
    ("奋力谱写高质量发展新篇章", "——在全县经济工作会议上的讲话", "同志们："),
    ("做时间的主人", "——在2024-2025学年度第一学期开学典礼上的讲话", "老师们、同学们："),
])
def test_a_title_fused_with_its_subtitle_is_split(title, subtitle, salutation):
    # a printed speech sets its title, then the occasion as a subtitle on a line of its own
    speech = parsed(title + subtitle, salutation, BODY)
    assert (speech.meta.title, speech.meta.subtitle) == (title, subtitle)


def test_a_title_of_two_phrases_over_the_subtitle_of_a_report_is_one_title():
    speech = parsed("坚定信心 勇毅前行", "为建设更加美好的某某县而团结奋斗", "——在某某县第十五次代表大会上的报告",
                    "（2021年9月26日）", "张三", "同志们：", BODY)
    meta = speech.meta
    assert (meta.title, meta.subtitle, meta.date, meta.speaker) == (
        "坚定信心 勇毅前行 为建设更加美好的某某县而团结奋斗", "——在某某县第十五次代表大会上的报告", "2021年9月26日", "张三")
    headline = parsed("市县两级书画家走进我校", "为千名师生挥毫泼墨", "——某某中学书画艺术进校园活动", BODY)
    assert headline.meta.title == "市县两级书画家走进我校"  # a news headline's 主题 over its 副题


def test_the_owners_name_over_a_title_is_no_part_of_it_and_a_joint_issuer_is():
    notice = parsed("中华人民共和国某某部", "某某部办公厅关于开展春季安全检查工作的通知", "各有关单位：", BODY)
    assert notice.meta.title == "某某部办公厅关于开展春季安全检查工作的通知"
    assert any(d.code == "header-furniture" and d.text == "中华人民共和国某某部" for d in notice.diagnostics)
    joint = parsed("中共某某县委", "某某县人民政府关于开展春季安全检查工作的通知", "各乡镇：", BODY)
    assert joint.meta.title == "中共某某县委某某县人民政府关于开展春季安全检查工作的通知"


def test_a_text_without_a_title_gets_a_warning():
    speech = parsed("各位代表：", BODY)
    assert speech.meta.title is None
    assert [d.level for d in speech.diagnostics if d.code == "no-title"] == ["warning"]


def test_the_page_title_is_a_hint_only_a_line_of_the_text_is_the_title():
    page = ("<html><head><title>学院2016年新年致辞</title></head><body><div>"
            "<p>老师们、同学们：</p><p>" + BODY + "</p><p>" + BODY + "</p></div></body></html>")
    speech = docgen.parse(page.encode("utf-8"), input_format="html")
    assert speech.meta.title is None
    warning = next(d for d in speech.diagnostics if d.code == "no-title")
    assert "学院2016年新年致辞" in warning.message


@pytest.mark.parametrize("above", [
    ["某某首页 登录某某_用户"],                               # a sign-in line of the site
    ["手机客户端"],                                          # an app's name
    ["频道", "某某网 正文"],                                  # a column's name, the site and its 正文
    ["外宣平台", "丝路中国 文明中华 中国湖北 新山东东海资讯 中部纵览 中国四川 七彩云南 海丝泉州 新重庆"],  # a menu row
    ["新闻发布会", "当前位置： 首页", "> 发展改革工作 > 投资运行"],  # a path broken over two lines
])
def test_lines_of_the_site_above_a_headline_are_passed_over(above):
    headline = "七旬老人接到诈骗电话被骗百万！警方三天破案"
    speech = parsed(*above, headline, BODY, BODY)
    assert speech.meta.title == headline
    assert not any(line in b.text for b in speech.blocks for line in above)


def test_a_menu_run_together_above_a_sign_in_line_is_no_title():
    speech = parsed("热门话题科技动态开发者资讯区块链快讯招聘", "登录", "运营商手机促销方式曝光，禁止提供购机补贴",
                    "昨天", BODY, BODY)
    assert speech.meta.title == "运营商手机促销方式曝光，禁止提供购机补贴"


def test_a_headline_over_its_time_and_a_second_headline_line_stays_the_title():
    speech = parsed("市县两级书画家走进我校", "2017-09-28 10:12", "为千名师生挥毫泼墨", BODY, BODY)
    assert speech.meta.title == "市县两级书画家走进我校"


def test_a_menu_row_is_never_glued_to_the_title_or_the_body():
    """A row of links longer than any title is no line of prose broken mid-sentence, and the
    title under it is still in the title block (never joined to the paragraph under it)."""
    menu = " ".join(["丝路中国", "文明中华", "中国湖北", "新山东东海资讯", "中部纵览", "中国四川", "七彩云南", "海丝泉州",
                     "新重庆", "韵动安徽", "创新中国", "一乡一品", "浪潮资讯", "衢州有礼", "新温州", "益美益阳",
                     "常德时代", "东北振兴", "投资山西", "中国湖南", "海峡两岸"])
    headline = "某某市对生育二孩、三孩的家庭发放一次性育儿津贴"
    assert len(menu) > 100
    assert cleaned(menu, headline, BODY) == [menu, headline, BODY]


@pytest.mark.parametrize("byline", ["某某之家", "加拿大头条", "新华社", "某某市发布", "张某某某大学某某研究院执行院长"])
def test_the_byline_under_a_headline_is_its_author_not_a_line_of_the_text(byline):
    speech = parsed("某某市对生育二孩、三孩的家庭发放一次性育儿津贴", byline, BODY, BODY)
    assert speech.meta.author == byline and speech.meta.speaker is None
    assert [b.text for b in speech.blocks] == [BODY, BODY]
    assert any(d.code == "header-author" and d.text == byline for d in speech.diagnostics)


def test_a_second_title_line_and_a_speakers_name_under_a_headline_stay():
    second = parsed("市县两级书画家走进我校", "为千名师生挥毫泼墨", BODY)
    assert second.meta.author is None and "为千名师生挥毫泼墨" in [b.text for b in second.blocks]
    speech = parsed("奋斗的青春最美丽", "张某某某大学党委书记", "同学们：", BODY)
    assert speech.meta.author is None
    named = parsed("奋斗的青春最美丽", "张三", "同学们：", BODY)
    assert named.meta.speaker == "张三"
    caption = parsed("某某市召开全市安全生产工作会议", "图为会议现场", BODY)
    assert caption.meta.author is None and "图为会议现场" in [b.text for b in caption.blocks]


@pytest.mark.parametrize("headline", ["某某镇七届人大主席团召开第九次会议", "我校举行2031届学生毕业典礼"])
def test_a_name_alone_under_a_headline_reporting_an_event_is_its_writer(headline):
    """A news item is written, not spoken: a name alone under a headline that reports an event
    held (no genre word, no salutation under it) is the writer's credit, not a speaker's line."""
    news = parsed(headline, "", "李某某", "", "本网讯（记者 赵某）" + BODY, BODY)
    assert news.meta.author == "李某某" and news.meta.speaker is None
    assert "李某某" not in [b.text for b in news.blocks]


def test_a_name_under_a_speech_or_an_event_headline_over_a_salutation_stays_the_speaker():
    speech = parsed("在某某镇七届人大第九次会议召开之际的讲话", "李某某", BODY, BODY)
    assert speech.meta.speaker == "李某某" and speech.meta.author is None
    greeted = parsed("我校举行2031届学生毕业典礼", "李某某", "亲爱的同学们：", BODY)
    assert greeted.meta.speaker == "李某某" and greeted.meta.author is None


def test_headlines_with_commas_under_a_list_heading_are_its_items():
    lines = [BODY, "作者最新文章", "某地大罢工再次严重影响交通，地铁停运", "12-27 18:40",
             "毒品从天而降！无人机惊现监狱上空", "12-27 17:52"]
    assert [line.text for line in clean(lines, skip=["page-body"]).lines if line.text] == [BODY]


def test_the_mark_of_minutes_or_of_an_order_stands_for_the_title():
    minutes = parsed("某某县人民政府常务会议纪要", "第5期", "某某县人民政府办公室　　2024年3月5日",
                     "2024年3月4日，县长张三主持召开县政府常务会议。纪要如下：", BODY)
    order = parsed("某某市人民政府令", "第12号", "《某某市物业管理办法》已经市政府常务会议通过，现予公布。", "市长　张三")
    for speech in (minutes, order):
        assert speech.meta.title is None
        assert not [d for d in speech.diagnostics if d.code == "no-title"]


# --------------------------------------------------------------------------- headings


def test_a_chapter_heading_run_into_its_first_article_is_split():
    for line in ("第一章　总则　　第一条　为规范政务数据管理，制定本办法。", "第一章总则第一条 为规范政务数据管理，制定本办法。"):
        speech = parsed("某某州政务数据资源管理暂行办法", line, "第二条　本办法适用于本州。")
        heading = next(b for b in speech.blocks if isinstance(b, Heading))
        articles = [b.number for b in speech.blocks if isinstance(b, Article)]
        assert heading.text.replace("　", "") == "第一章总则" and heading.level == 1
        assert articles == ["第一条", "第二条"]


def test_a_sentence_naming_a_chapter_and_an_article_is_not_split():
    speech = parsed("关于做好防汛工作的通知", "第三章第五条规定的情形，应当从严处理。")
    assert not any(isinstance(b, Article) for b in speech.blocks)


def test_a_number_with_a_small_full_stop_heads_a_heading():
    speech = parsed("关于做好防汛工作的通知", "一、压实责任", "1﹒建设外网。支持企业加强网络基础设施建设。",
                    "2﹒改造内网。支持企业运用新技术改造内网。")
    leads = [b.lead.text for b in speech.blocks if isinstance(b, Paragraph) and b.lead]
    assert leads == ["1﹒建设外网。", "2﹒改造内网。"]
    assert not any(d.code == "numbering-mixed" for d in speech.diagnostics)


def test_numbered_sentences_over_paragraphs_of_their_own_are_headings():
    speech = parsed("某某县政府工作报告", "（一）坚持稳字当头，着力完善各项调控措施，全县经济运行保持在合理区间。", BODY,
                    "（二）坚持改革创新，着力培育壮大新的增长动能，全县产业结构加快优化升级。", BODY)
    assert [b.number for b in speech.blocks if isinstance(b, Heading)] == ["（一）", "（二）"]


def test_numbered_sentences_of_a_list_stay_items():
    speech = parsed("关于做好防汛工作的通知", "（一）各乡镇要在汛前完成所有水库和塘坝的安全隐患排查工作。",
                    "（二）各部门要在汛期实行二十四小时值班制度并及时报送有关情况。", BODY)
    assert not any(isinstance(b, Heading) for b in speech.blocks)


def test_a_heading_whose_title_has_a_colon_stays_one_heading():
    speech = parsed("某某县发展之路", "一、新的发展理念：坚持人民至上", BODY, "二、新的发展格局：不断完善革新", BODY)
    assert [b.text for b in speech.blocks if isinstance(b, Heading)] == [
        "一、新的发展理念：坚持人民至上", "二、新的发展格局：不断完善革新"]
