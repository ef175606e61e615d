"""Titles of the web, shape by shape: what stands over a headline (a column's name in English,
a site's contact box), what stands under it (a speech's speaker and occasion), and a headline
set for display.  Each case is written for the test in the shape real pages have."""

from __future__ import annotations

import pytest

import docgen

BODY = "会议指出，今年各项工作任务重、要求高，各单位要提高认识，认真抓好落实。"


def parsed(*lines: str):
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


@pytest.mark.parametrize("headline, title", [
    (["砥砺前行谋新篇"], "砥砺前行谋新篇"),
    (["同心同向谋发展", "齐心协力开新局"], "同心同向谋发展 齐心协力开新局"),  # a headline set over two lines
    (["拼 未 来"], "拼未来"),                                           # a short headline letter-spaced: set solid
])
def test_a_headline_over_the_speakers_occasion_line_is_the_title_and_that_line_its_subtitle(headline, title):
    occasion = "王某某总经理在公司2023年度工作会议上的讲话"
    speech = parsed(*headline, occasion, "各位同事：", BODY)
    assert (speech.meta.title, speech.meta.subtitle) == (title, occasion)


def test_a_column_label_over_a_speakers_occasion_line_is_still_no_title():
    # a column's name (short, no letter-spacing) or one naming a genre stays a label above the title
    for label in ("领导讲话", "校长专栏"):
        speech = parsed(label, "张某某校长在2024年秋季开学典礼上的讲话", "老师们、同学们：", BODY)
        assert speech.meta.title == "张某某校长在2024年秋季开学典礼上的讲话"


def test_a_headline_with_its_genre_word_over_an_occasion_line_keeps_both_apart():
    speech = parsed("在全市安全生产工作会议上的讲话", "同志们：", BODY)
    assert speech.meta.title == "在全市安全生产工作会议上的讲话"


def test_contact_lines_over_a_title_are_no_part_of_it():
    speech = parsed("地址：某某市某某路88号", "电话：010-12345678", "董事长致辞", BODY)
    assert speech.meta.title == "董事长致辞"
    furniture = [d.text for d in speech.diagnostics if d.code == "header-furniture"]
    assert furniture == ["地址：某某市某某路88号", "电话：010-12345678"]


def test_contact_lines_with_no_title_under_them_stay_in_the_text():
    speech = parsed("联系人：张某某", "电话：010-12345678", BODY)
    assert speech.meta.title is None
    texts = [getattr(b, "text", "") for b in speech.blocks]
    assert any("张某某" in t for t in texts) and any("12345678" in t for t in texts)


@pytest.mark.parametrize("label", ["News Center", "About Us", "Company News"])
def test_a_column_label_in_english_over_a_chinese_headline_is_passed_over(label):
    speech = parsed(label, "某某公司承办第三届某某地区汽车文化博览会", BODY)
    assert speech.meta.title == "某某公司承办第三届某某地区汽车文化博览会"


def test_an_english_headline_alone_is_still_a_title():
    speech = parsed("Annual Report", BODY)
    assert speech.meta.title == "Annual Report"  # a label is passed over only for a headline under it


def test_a_video_item_with_its_running_time_over_the_headline_is_passed_over():
    speech = parsed("某某夜市人潮涌动 市长前往视察 02:35", "某某路口发生车祸 两人受伤送医", "本报记者／综合报导", BODY)
    assert speech.meta.title == "某某路口发生车祸 两人受伤送医"


PAGE_TOP = ("设为首页", "手机版", "某某网首页", "宏观", "资本", "金融", "产经", "汽车", "科技", "地产",
            "当前位置：宏观频道首页 > 经济 >")
PAGE_BOTTOM = ("相关阅读", "某某指数连续三个月保持稳定", "某某报价维持不变 专家称短期内不会调整",
               "关于我们|联系我们|广告合作|网站地图", "Copyright 某某网 All Rights Reserved 版权所有")


def test_the_article_tab_between_a_pasted_headline_and_its_date_keeps_the_headline():
    headline = "某某指数按兵不动：一年期与上月持平"
    speech = parsed(*PAGE_TOP, headline, "正文", "本文来源于某某日报　2024-05-20 09:47:48", "打印|", "字号：",
                    "某某日报讯（记者 张某）5月20日，某某中心公布最新指数，与上月持平。" + BODY, *PAGE_BOTTOM)
    assert speech.meta.title == headline
    assert speech.meta.speaker is None
    assert all(getattr(b, "text", "") != "正文" for b in speech.blocks)


def test_a_short_heading_under_the_breadcrumb_that_ends_with_it_is_the_title():
    menu = ("网站首页", "|", "培训课程", "|", "关于我们", "栏目导航", "公司简介", "企业文化", "荣誉资质", "董事长致辞", "联系我们")
    speech = parsed(*menu, "您现在的位置：某某培训中心 > 董事长致辞", "董事长致辞",
                    "某某公司成立于1995年，" + BODY + "我们坚信，只要坚持下去，目标一定能够达到！",
                    "友情链接:", "某某协会", "|", "某某考试网", "版权所有 Copyright(C)2014-2015 某某培训中心")
    assert speech.meta.title == "董事长致辞"


def test_a_heading_beside_the_breadcrumb_that_ends_with_it_is_the_title():
    speech = parsed("当前位置： 首页 - 学校概况 - 董事长寄语 董事长寄语", "每一位学生都值得被认真对待，" + BODY)
    assert speech.meta.title == "董事长寄语"
    crumb = parsed("当前位置： 首页 - 学校概况 - 办学理念 董事长寄语", "每一位学生都值得被认真对待，" + BODY)
    assert crumb.meta.title is None  # the word after it is no item of the breadcrumb: nothing is split off


def test_a_list_of_links_between_the_headline_s_byline_and_the_body_is_no_title():
    headline = "秋季养生喝什么粥，记好这几个小方法"
    links = ("频道推荐：", "养生保健", "中医食疗", "运动健身", "心理健康", "晚饭吃多少最合适", "久坐的人如何护腰",
             "每天走多少步才健康", "失眠了怎么办")
    speech = parsed("登录注册", "问医生 找医院 查疾病 健康笔记", "首页 > 饮食 > 烹饪技巧 > 正文", headline, "举报/反馈",
                    "2023-10-08 09:12:30某某健康网", *links,
                    "秋天气候干燥，不少人喜欢喝粥养胃，那么秋季应该喝什么粥？" + BODY,
                    "小米粥养胃安神，适合肠胃不好的人经常食用。" + BODY,
                    "相关资讯", "秋季吃梨的好处有哪些", "版权所有 某某健康网 未经授权禁止转载")
    assert speech.meta.title == headline
    texts = [getattr(b, "text", "") for b in speech.blocks]
    assert not any(t in links for t in texts)
    assert any(t.startswith("秋天气候干燥") for t in texts) and not any("相关资讯" in t for t in texts)


@pytest.mark.parametrize("widget", ["总访问人数：2046813", "获取Flash9.0播放器", "请安装 Adobe Flash Player",
                                    "[IE浏览器] [其他浏览器]"])
def test_a_visit_counter_or_a_plugin_prompt_over_the_headline_is_no_title(widget):
    speech = parsed("友情链接", "某某市第一中学", widget, "我校举行第十二届科技节闭幕式", BODY)
    assert speech.meta.title == "我校举行第十二届科技节闭幕式"


@pytest.mark.parametrize("line", [
    "乡村振兴·蓝图笔记丨“一颗种子长成一片林”",       # a series' name before a vertical bar
    "“一颗种子长成一片林”更新时间 2019年3月2日，北京时间08:15",  # the page's date line run on
])
def test_what_a_site_prints_around_a_headline_is_taken_off_it(line):
    speech = parsed("首页", line, BODY)
    assert speech.meta.title == "“一颗种子长成一片林”"


PROMULGATION = "《城市绿地养护条例》已经2019年4月3日国务院第48次常务会议通过，现予公布，自2019年7月1日起施行。"


@pytest.mark.parametrize("above", [
    (),                                                           # the law's title over its order line
    ("【法规文号】812", "【效力等级】行政法规", "【正文】"),           # under a legal database's record fields
])
def test_a_laws_title_over_the_order_that_promulgates_it_is_the_title(above):
    speech = parsed(*above, "城市绿地养护条例", "中华人民共和国国务院令第812号", PROMULGATION)
    assert speech.meta.title == "城市绿地养护条例"


def test_the_label_of_a_field_that_holds_the_title_is_no_part_of_it():
    speech = parsed("公告名稱：某某地方法院公告（第三次拍賣）", "本院定於下列期日公開拍賣下列不動產，茲將有關事項公告如下。")
    assert speech.meta.title == "某某地方法院公告（第三次拍賣）"


def test_a_sites_name_over_a_speechs_title_broken_over_two_lines_is_no_part_of_it():
    speech = parsed("某某历史纪念网", "在纪念某某大桥建成", "六十周年座谈会上的讲话", "王某某", "同志们：", BODY)
    assert speech.meta.title == "在纪念某某大桥建成六十周年座谈会上的讲话"


def test_a_sites_hotline_under_its_label_over_the_headline_is_passed_over():
    speech = parsed("服务热线", "0571-88886666", "三分钟，读懂体检报告里的五个指标", "体检报告拿到手，很多人只看结论。" + BODY)
    assert speech.meta.title == "三分钟，读懂体检报告里的五个指标"


def test_a_page_titled_with_its_columns_label_over_the_headline_takes_the_headline():
    page = ("<html><head><title>动态详情</title></head><body><div>动态详情</div>"
            "<div>总经理李某某 出席长三角产业合作对接会</div><p>" + BODY + "</p></body></html>")
    speech = docgen.parse(page.encode("utf-8"), input_format="html")
    assert speech.meta.title == "总经理李某某 出席长三角产业合作对接会"


@pytest.mark.parametrize("line", [
    "留言标题：小区门口路灯不亮", "留言标题:小区门口路灯不亮 | ||",  # a form's field, full or half width, in a table row
    "主题：小区门口路灯不亮",
    "词条 小区门口路灯不亮",                                          # an encyclopedia's entry label
])
def test_a_fields_label_before_a_title_is_no_part_of_it(line):
    speech = parsed(line, "来信内容：", BODY)
    assert speech.meta.title == "小区门口路灯不亮"


@pytest.mark.parametrize("label", ["附件2：", "附件:", "附件十一："])
def test_an_attachments_label_before_a_title_is_no_part_of_it(label):
    speech = parsed(label + "关于举办某某读书月活动的通知", "各班级：", BODY)
    assert speech.meta.title == "关于举办某某读书月活动的通知"


def test_a_search_boxs_prompt_over_an_entry_does_not_hide_its_title():
    speech = parsed("请输入您要检索的词条：", "", "词条 某某市关于加强校园安全管理的通知", "各学校：", BODY)
    assert speech.meta.title == "某某市关于加强校园安全管理的通知"


def test_an_entry_over_its_sites_tab_labels_and_number_keeps_its_title():
    # the entry's tabs (释义) stand between the entry and its text: the header block reaches up
    # past them to the line that names itself the entry
    speech = parsed("请输入您要查询的百科知识:", "", "词条 某某市关于加强校园安全管理的通知", "释义", "",
                    "某教发〔2030〕5号", "", "各学校:", "", BODY, "", "随便看", "", "请输入您要查询的百科知识:")
    assert speech.meta.title == "某某市关于加强校园安全管理的通知"
    assert speech.meta.document_number == "某教发〔2030〕5号"


@pytest.mark.parametrize("verse", ["春风起/杨柳绿/燕子归来时/桃花满山坡", "春风起 / 杨柳绿 / 燕子归来时 / 桃花满山坡"])
def test_lines_of_verse_run_together_with_slashes_are_no_title(verse):
    speech = parsed(verse, BODY)
    assert speech.meta.title is None
    assert any("燕子归来时" in getattr(b, "text", "") for b in speech.blocks)


@pytest.mark.parametrize("row", [
    "栏目 | 村务公开 | 更新于 | 2030-04-02 10:20:30 |",   # a date in the last cell
    "栏目 | 通知公告 | 来自 | 某某镇人民政府",          # a genre word in a cell makes no title of the row
])
def test_a_tables_row_of_cells_over_a_letter_is_no_title(row):
    speech = parsed(row, "全体村民：", BODY)
    assert speech.meta.title is None


def test_a_page_title_with_its_column_after_a_bar_is_still_a_title():
    speech = parsed("某某县召开春季农业生产工作会 | 工作动态", BODY)
    assert speech.meta.title == "某某县召开春季农业生产工作会 | 工作动态"


def test_a_disclosure_index_copied_as_rows_of_cells_is_dropped_with_no_title_from_it():
    speech = parsed("索引号 | 000000-1-/2030-0101001 | 发布机构 | 某某镇 |",
                    "公开目录 | 村务信息 | 发布日期 | 2030-04-02 10:20:30 |", "文号 | 浏览量 |", "全体村民：", BODY)
    assert speech.meta.title is None and speech.meta.document_number is None
    texts = [getattr(b, "text", "") for b in speech.blocks]
    assert not any("|" in t for t in texts)


def test_a_short_headline_over_the_full_one_repeating_its_part_gives_way_to_it():
    speech = parsed("某某期望企业积极融入发展大局", "某某商会举行新春酒会 某某期望企业积极融入发展大局",
                    "本报讯（记者 王某）某某商会12日举行新春酒会，近600位来宾出席。", BODY)
    assert speech.meta.title == "某某商会举行新春酒会 某某期望企业积极融入发展大局"
    assert not any(getattr(b, "text", "") == "某某期望企业积极融入发展大局" for b in speech.blocks)


@pytest.mark.parametrize("headline, title", [
    ("开业典礼嘉宾致辞范文", "开业典礼嘉宾致辞"),
    ("六一儿童节欢迎致辞范文（精选3篇）", "六一儿童节欢迎致辞"),
    ("某某联谊会开幕式上的致辞范文1200字", "某某联谊会开幕式上的致辞"),   # with the piece's length
    ("读后感范文800字写作要点", "读后感范文800字写作要点"),         # a title about samples, the tag inside it
    ("春节慰问信范文", "春节慰问信"),
    ("悼词写法及范文", "悼词写法及范文"),            # a page about samples keeps the word
    ("优秀范文评选活动的通知", "优秀范文评选活动的通知"),
])
def test_a_sample_sites_tag_after_a_titles_kind_is_no_part_of_it(headline, title):
    speech = parsed(headline, "各位来宾：", BODY)
    assert speech.meta.title == title


def test_the_pages_tools_with_its_byline_run_on_are_no_title():
    speech = parsed("设置字体大小:【大 中 小】 【打印】 【页面调色板 】 发布时间:2015-05-06",
                    "一、全局性的会议召开必须经局领导班子商定。", "二、会议实行签到制，若有特殊事情必须提前请假。")
    assert speech.meta.title is None


@pytest.mark.parametrize(("headline", "title"), [
    ("仓库安全检查通知怎么写？（ 二 ）", "仓库安全检查通知怎么写？"),   # a pager's page number
    ("仓库安全检查通知怎么写? ( 3 )", "仓库安全检查通知怎么写？"),
    ("关于仓库安全检查的通知（二）", "关于仓库安全检查的通知（二）"),  # a title's own part number stays
])
def test_a_pagers_spaced_page_number_after_a_title_is_no_part_of_it(headline, title):
    speech = parsed(headline, BODY)
    assert speech.meta.title == title


def test_a_forums_doubled_angle_brackets_round_a_title_go():
    speech = parsed("<<林老师的退休感言>>", "各位同事：", BODY)
    assert speech.meta.title == "林老师的退休感言"


def test_a_tables_field_rows_above_a_title_are_passed_over():
    speech = parsed("| 日期： | 2019年1月17日，上午10时 |", "| 地址： | 12 Harbour Road, Northcote, Auckland 0627 |",
                    "2020新春致辞", "各位来宾：", BODY)
    assert speech.meta.title == "2020新春致辞"


@pytest.mark.parametrize("source", ["來源:某某理工大學(xué)醫(yī)學(xué)院醫(yī)管處 2006-04-13 |", "來源：某某市衛生局辦公室 2006-04-13"])
def test_a_source_row_in_traditional_characters_is_no_title(source):
    speech = parsed(source, "為做好節日期間的醫療工作，現將有關事項通知如下：", "會議指出，今年各項工作任務重。")
    assert speech.meta.title is None


@pytest.mark.parametrize("headline", ["发刊词", "續刋詞", "欢迎辞"])
def test_a_three_character_address_title_is_a_title(headline):
    speech = parsed(headline, "", "本刊由同乡某某先生出资创办，后因故停刊。")
    assert speech.meta.title == headline


def test_a_clock_and_a_search_boxs_label_over_the_headline_are_no_title():
    speech = parsed("当前时间", "站内搜索:", "某某社区举行迎新春志愿服务活动", BODY)
    assert speech.meta.title == "某某社区举行迎新春志愿服务活动"


@pytest.mark.parametrize("line", ["某某报 国内统一刊号 CN-00(Q)第0001号", "所属分类:本地资讯"])
def test_a_papers_registration_or_its_category_row_is_no_title(line):
    speech = parsed(line, BODY)
    assert speech.meta.title is None


@pytest.mark.parametrize(("headline", "title"), [
    ("某公司关于开展安全生产月活动的通知 20310615", "某公司关于开展安全生产月活动的通知"),
    ("某公司关于开展安全生产月活动的通知 2031-06-15", "某公司关于开展安全生产月活动的通知"),
    ("某公司关于开展安全生产月活动的通知　2031年6月15日", "某公司关于开展安全生产月活动的通知"),
    ("某公司2030-2031年度工作总结", "某公司2030-2031年度工作总结"),   # a span of years is the title's own
    ("某公司关于表彰2031年度先进集体的决定", "某公司关于表彰2031年度先进集体的决定"),
])
def test_the_day_a_page_runs_on_after_a_headline_is_no_part_of_it(headline, title):
    speech = parsed(headline, BODY)
    assert speech.meta.title == title


def test_a_betting_sites_brand_injected_before_the_headline_and_into_the_text_is_no_part_of_it():
    speech = parsed("365比分直播做好2031年度防汛工作的通知", "各部门：",
                    "根据《365比分直播防汛工作管理办法》要求，现将有关事项通知如下。", BODY)
    assert speech.meta.title == "做好2031年度防汛工作的通知"


def test_a_headline_that_names_a_betting_site_once_keeps_it():
    speech = parsed("365比分直播涉嫌违法被查处", BODY)
    assert speech.meta.title == "365比分直播涉嫌违法被查处"
