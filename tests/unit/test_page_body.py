"""Whole pages copied as text (select all → copy → paste): the `page-body` rule keeps the body
and the header block above it and drops the chrome around them; a text that is no page is never
cut; prose outside the body that may belong to the document is kept and reported.  The pages
here are written for the tests, in the shapes real pages have (menus of short lines, link bars,
related lists, comments, footers)."""

from __future__ import annotations

import pytest

import docgen
from docgen.cleaner import Context, Line, clean
from docgen.cleaner.pagebody import page_body

SCHOOL_PAGE = """今天是
校内邮箱 | 智慧校园 | 教学平台 | 办公电话
首页
新闻中心
学校公告
校长专栏
校务公开
走进学校
党建引领
推荐阅读
春季开学典礼讲话[02-28]
新年献词：奋进新征程[01-10]
当前位置：首页 > 新闻中心 > 校长专栏
校长专栏
家长开放日讲话稿
发布时间：2020年10月29日
2020年10月29日上午

各位家长：
首先，我代表学校，对各位家长的到来表示热烈的欢迎和衷心的感谢！
下面我向大家介绍学校一年来的工作和下一阶段的打算，请大家多提宝贵意见。
一、一年来的工作
在大家的大力支持和全校师生的共同努力下，学校各项工作取得了新的进展。
二、下一阶段的打算
今天的孩子知识面宽，对话语权要求高，对个性化生活的要求也很高，需要我们耐心引导。
再次感谢大家的理解和支持！
【打印正文】
上一篇：新学期家长会通知
下一篇：校运会圆满落幕
网站地图
|
怀旧网站
|
校长信箱
某某市第一中学 版权所有 Copyright © 2020 All Rights Reserved
地址：某某市站前大道1号 电话：0575-00000000
浙公网安备 33060200000000号 浙ICP备00000000号-1
"""

NEWS_PAGE = """新闻首页
新闻
体育
财经
娱乐
科技
注册
登录
国内新闻>正文
老旧小区改造让居民住得更舒心？
老旧小区改造让居民住得更舒心？
2024年05月13日 13:48 某某日报
缩小字体 放大字体 收藏 微博 微信 分享 106
23

原标题：老旧小区改造进入快车道
本报记者 张三

今年以来，全市共启动老旧小区改造项目120个，惠及居民3万余户。
改造内容包括加装电梯、管网更新、停车位增设等，居民满意度明显提升。
“以前上下楼最难，现在有了电梯，方便多了。”居民李大爷说。
下一步，各区将继续推进改造工作，确保年底前完成全部项目。
责任编辑：王五

关键字 : 小区
我要反馈
6条评论|106人参与网友评论
最热评论
电梯装得好，老人出门方便多了，希望别的小区也能尽快改造。
今天20:58举报赞38回复
相关新闻
某某市召开城市更新工作会议
老旧小区加装电梯有了新政策
Copyright © 1996-2024 某某 Corporation
"""

NOTICE = """某某市人民政府办公室关于做好防汛工作的通知
某政办发〔2024〕12号
各县（市、区）人民政府，市政府各部门：
为切实做好今年防汛工作，经市政府同意，现就有关事项通知如下。
一、压实防汛责任
各地要落实以行政首长负责制为核心的防汛责任制。
二、做好应急准备
各地要修订完善应急预案，储备必要的防汛物资。
某某市人民政府办公室
2024年5月10日
（此件公开发布）
附件
防汛责任人名单
张三
李四
王五
赵六
"""


def kept(text: str, **kw) -> list[str]:
    return [line.text for line in clean(text.splitlines(), **kw).lines if line.text]


def test_a_pasted_school_page_keeps_the_speech_and_its_header_and_nothing_else():
    texts = kept(SCHOOL_PAGE)
    assert texts[0] == "家长开放日讲话稿"          # the column label 校长专栏 above it goes
    assert "2020年10月29日上午" in texts and "各位家长：" in texts
    assert texts[-1] == "再次感谢大家的理解和支持！"
    for chrome in ("今天是", "首页", "推荐阅读", "开学典礼讲话[02-28]", "当前位置", "校长专栏", "【打印正文】",
                   "上一篇", "网站地图", "怀旧网站", "版权所有", "地址：", "公网安备"):
        assert not any(chrome in t for t in texts), chrome


def test_the_school_page_parses_to_its_title_date_and_headings():
    speech = docgen.parse(SCHOOL_PAGE.encode("utf-8"), input_format="text")
    assert speech.meta.title == "家长开放日讲话稿"
    assert [b.text for b in speech.blocks if type(b).__name__ == "Heading"] == [
        "一、一年来的工作", "二、下一阶段的打算"]


def test_a_pasted_news_page_keeps_the_article_and_drops_menus_bylines_comments_and_lists():
    texts = kept(NEWS_PAGE)
    assert texts[0] == "老旧小区改造让居民住得更舒心？"
    assert "下一步，各区将继续推进改造工作，确保年底前完成全部项目。" in texts
    for chrome in ("新闻首页", "登录", "国内新闻>正文", "2024年05月13日 13:48", "缩小字体", "原标题", "本报记者",
                   "责任编辑", "关键字", "评论", "电梯装得好", "举报", "相关新闻", "老旧小区加装电梯", "Copyright"):
        assert not any(chrome in t for t in texts), chrome
    speech = docgen.parse(NEWS_PAGE.encode("utf-8"), input_format="text")
    assert speech.meta.title == "老旧小区改造让居民住得更舒心？"


def test_a_pasted_page_is_cleaned_like_the_same_page_saved():
    page = ("<html><head><title>老旧小区改造让居民住得更舒心？_新闻中心</title></head><body>"
            "<div class=nav><a href=/>新闻首页</a> <a href=/a>体育</a></div>"
            "<h1>老旧小区改造让居民住得更舒心？</h1><div class=content>"
            + "".join(f"<p>{line}</p>" for line in NEWS_PAGE.splitlines()[18:22])
            + "</div><div class=footer>Copyright © 1996-2024 某某 Corporation</div></body></html>")
    saved = docgen.parse(page.encode("utf-8"), input_format="html")
    pasted = docgen.parse(NEWS_PAGE.encode("utf-8"), input_format="text")
    assert pasted.meta.title == saved.meta.title
    assert [b.text for b in pasted.blocks] == [b.text for b in saved.blocks]


def test_an_official_text_without_chrome_is_never_cut():
    # an attachment of short lines at the end looks like a menu, but nothing shows a page
    assert kept(NOTICE) == [line for line in NOTICE.splitlines() if line]


def test_prose_outside_the_body_that_may_belong_to_it_is_kept_and_reported():
    text = "\n".join([
        "首页", "新闻", "体育", "网站导航", "某某县召开春耕生产工作会议",
        "会议指出，今年春耕生产时间紧、任务重，各乡镇要抓住有利时机，全力以赴做好备耕工作，确保粮食面积稳定。" * 3,
        "相关阅读：某某县部署春耕工作", "扫一扫", "分享到：微信 微博",
        "会议强调，各乡镇要压实责任，层层抓好落实，确保各项措施落地见效，为全年粮食丰收打下坚实基础，努力实现增产增收。",
        "联系我们", "版权所有 © 某某县人民政府 ICP备00000000号",
    ])
    result = clean(text.splitlines())
    texts = [line.text for line in result.lines]
    assert any(t.startswith("会议强调") for t in texts)
    unsure = [d for d in result.diagnostics if d.code == "page-body-unsure"]
    assert [d.line for d in unsure] == [10] and unsure[0].level == "warning"
    assert not any("版权所有" in t or t == "首页" for t in texts)


def test_every_line_it_drops_is_in_the_record_under_its_name_and_it_can_be_turned_off():
    result = clean(SCHOOL_PAGE.splitlines())
    dropped = {d.line for d in result.diagnostics if d.message.startswith("page-body: ")}
    assert {1, 3, 4, 10, 11} <= dropped
    assert all(d.code == "boilerplate-removed" for d in result.diagnostics if d.message.startswith("page-body: "))
    # edge-chrome, which weighs the lines left at a text's edges, would take the menu item too
    off = clean(SCHOOL_PAGE.splitlines(), skip=["page-body", "edge-chrome"])
    assert "新闻中心" in [line.text for line in off.lines]
    assert not any(d.message.startswith("page-body: ") for d in off.diagnostics)


def test_a_line_asked_to_be_kept_stays_where_it_was():
    result = clean(SCHOOL_PAGE.splitlines(), keep=[4])
    texts = [line.text for line in result.lines]
    assert "新闻中心" in texts and texts.index("新闻中心") < texts.index("家长开放日讲话稿")
    assert any(d.code == "line-kept" and d.line == 4 for d in result.diagnostics)


@pytest.mark.parametrize("text", [SCHOOL_PAGE, NEWS_PAGE])
def test_every_line_recorded_as_removed_is_gone(text):
    result = clean(text.splitlines())
    removed = {d.line for d in result.diagnostics if d.code == "boilerplate-removed"}
    assert removed and not removed & {line.number for line in result.lines}


@pytest.mark.parametrize("text", [SCHOOL_PAGE, NEWS_PAGE, NOTICE])
def test_cleaning_a_cleaned_page_again_changes_nothing(text):
    once = [line.text for line in clean(text.splitlines()).lines]
    assert [line.text for line in clean(once).lines] == once


def test_the_title_the_reader_found_anchors_the_header_block():
    lines = ["首页", "新闻中心", "图片新闻", "某某县召开春耕生产工作会议", "县长在田间指导工作。视频截图",
             "会议指出，今年春耕生产时间紧、任务重，各乡镇要抓住有利时机，全力以赴做好备耕工作。" * 2,
             "网站地图", "联系我们"]
    ctx = Context(rule="page-body", title_hint="某某县召开春耕生产工作会议")
    got = page_body([Line(n, t) for n, t in enumerate(lines, 1)], ctx)
    assert got[0].text == "某某县召开春耕生产工作会议"


def test_the_docstring_example_drops_what_lies_around_the_speech():
    # the rule's own example, run through the whole cleaner: column label, menu and footer go
    lines = ["首页", "新闻中心", "学校公告", "校长专栏", "家长开放日讲话稿", "各位家长：",
             "首先，我代表学校，对大家的到来表示热烈的欢迎！", "下面我向大家介绍学校一年来的工作。", "网站地图",
             "版权所有 浙ICP备00000000号"]
    assert kept("\n".join(lines)) == ["家长开放日讲话稿", "各位家长：", "首先，我代表学校，对大家的到来表示热烈的欢迎！",
                                       "下面我向大家介绍学校一年来的工作。"]


PARAGRAPHS = ["某某市召开全市安全生产工作会议，会议强调，各地各部门要压紧压实安全生产责任。",
              "会议指出，今年以来，全市安全生产形势总体平稳，但一些领域风险隐患依然突出。",
              "会议要求，要聚焦重点行业领域，深入开展隐患排查整治，确保形势持续稳定向好。"]
HEADLINE = "某某市召开全市安全生产工作会议"


@pytest.mark.parametrize("under_byline", [["字号", "大", "中", "小", "打印", "关闭"], ["A-", "A", "A+"],
                                          ["听新闻", "00:00", "03:12"]])
def test_buttons_and_a_players_counter_under_the_byline_keep_the_title_in_the_header(under_byline):
    page = ["某某网", "首页", "新闻", "体育", "财经", HEADLINE, "2024-05-13 10:12 来源：某某网", *under_byline,
            *PARAGRAPHS, "责任编辑：王五", "相关新闻", "某某县召开春耕生产工作推进会", "2024-05-12", "版权所有 某某网"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS]
    speech = docgen.parse("\n".join(page).encode("utf-8"), input_format="text")
    assert speech.meta.title == HEADLINE


def test_a_speakers_office_and_name_on_two_lines_are_no_buttons():
    page = ["某某网", "首页", "新闻", "体育", "财经", "在全县经济工作会议上的讲话", "发布时间：2024-01-05", "县委书记",
            "张三", "同志们：", *PARAGRAPHS, "版权所有 某某网", "网站地图"]
    assert kept("\n".join(page))[:5] == ["在全县经济工作会议上的讲话", "县委书记", "张三", "同志们：", PARAGRAPHS[0]]


@pytest.mark.parametrize("byline", [["2024", "05/13", "10:12", "张三", "某某号"], ["05月13日", "10:12", "某某日报"]])
def test_a_byline_set_a_piece_a_line_under_the_headline_keeps_the_title_in_the_header(byline):
    page = ["要闻", "娱乐", "财经", "体育", "图片", "一键登录", HEADLINE, *byline, "分享", "评论", "106",
            *PARAGRAPHS, "免责声明：本文来自某某客户端自媒体，不代表某某网的观点和立场。", "相关推荐", "换一换"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS]
    assert docgen.parse("\n".join(page).encode("utf-8"), input_format="text").meta.title == HEADLINE


def test_short_lines_without_a_date_under_a_headline_are_no_byline():
    # a menu under a line of the site: no time among the short lines, the headline is below
    page = ["某某网首页导航栏目", "新闻", "体育", "财经", "娱乐", "科技", HEADLINE, "2024-05-13 10:12 来源：某某网",
            *PARAGRAPHS, "版权所有 某某网", "网站地图"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS]


def test_the_text_ends_where_the_editors_line_stood_though_an_earlier_rule_dropped_it():
    # under the editor's line: the article's tags and a count, then the sharing row
    page = ["首页", "资讯", "技术", "社区", HEADLINE, "时间：2024-05-13 作者：某某", *PARAGRAPHS, "责编：某某",
            "芯片 人工智能 产业前沿", "22", "分享到：", "返回列表", "评论(0)", "版权所有 某某网"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS]


def test_a_notice_of_the_site_above_the_headline_is_no_title():
    notice = "本刊提供免费订阅，任何第三方平台的赠送或售卖行为均未获得本刊授权，本刊保留追究其法律责任的权利！"
    page = ["首页", "资讯", "技术", "社区", "杂志声明", notice, "广告", HEADLINE, "时间：2024-05-13 作者：某某",
            *PARAGRAPHS, "分享到：", "版权所有 某某网"]
    assert kept("\n".join(page))[0] == HEADLINE
    assert docgen.parse("\n".join(page).encode("utf-8"), input_format="text").meta.title == HEADLINE


def test_an_accounts_list_of_the_days_articles_above_the_headline_is_no_title():
    items = ["【头条】某某县召开春耕生产工作推进会", "【二条】关于做好春节期间安全工作的几点看法", "【三条】某某镇开展文明城市创建活动"]
    page = [HEADLINE, "今日要闻：", *items, HEADLINE, "【导读】", *PARAGRAPHS]
    text = "\n".join(page)
    assert kept(text) == [HEADLINE, "【导读】", *PARAGRAPHS]
    assert docgen.parse(text.encode("utf-8"), input_format="text").meta.title == HEADLINE


def test_an_accounts_name_over_its_follow_button_goes_and_the_title_stays():
    page = ["登录", "首页 / 图片 / 正文", "搜索", HEADLINE, "某某旅行家", "关注", *PARAGRAPHS, "举报", "分享到", "相关推荐"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS]
    # a title right over the button is the title all the same
    page = ["登录", "首页 / 图片 / 正文", "搜索", HEADLINE, "关注", *PARAGRAPHS, "举报", "分享到", "相关推荐"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS]


def test_the_tags_of_an_article_under_its_last_paragraph_go_with_the_chrome_under_them():
    tags = ["安全生产", "应急管理", "Windows", "某某市", "隐患排查"]
    page = ["首页", "新闻", "体育", "财经", HEADLINE, "2024-05-13 10:12 来源：某某网", *PARAGRAPHS, *tags, "收藏", "举报",
            "1 条评论", "相关推荐"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS]


def test_names_under_an_attachments_title_are_no_tags():
    names = ["张三", "李四", "王五", "赵六", "钱七"]
    page = ["首页", "政务公开", "通知公告", "某某市人民政府办公室关于做好防汛工作的通知", *PARAGRAPHS, "附件", "防汛责任人名单",
            *names, "版权所有 某某市人民政府", "网站地图"]
    assert kept("\n".join(page))[-len(names):] == names


def test_a_count_drawn_with_an_icon_fonts_glyph_is_judged_without_it():
    # a private-use character (the icon font's eye) before the count of readers
    page = ["当前位置：主页 > 新闻 >", HEADLINE, "发布时间： 2024-05-13 10:12:11", "\ue60e4", *PARAGRAPHS,
            "20240513|安全|生产|会议"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS]


def test_a_disclaimer_under_the_article_ends_it_though_a_players_text_below_reads_as_prose():
    player = ("广告剩余： 15秒 VIP可关闭广告 为了给用户提供更多优质节目，应版权方要求，会员在观看时无法跳过广告。"
              "我们会为会员用户继续争取免广告权益，请您谅解，谢谢！ 我知道了! 意见反馈")
    controls = ("某某视频 v.example.com 网络链接似乎出现问题， 你可以 刷新 或 使用兼容模式播放 试试 使用客户端播放更稳定 "
                "立即下载 返回继续播放 或使用最新浏览器观看 [ 错误码: xx, xxx ] 我要反馈 暂停 下一集 00:00 / 01:16 直播 弹幕 "
                "高清 超清 720P 高清 480P 标清 270P 倍速 0.5x 1.0x 1.25x 1.5x 2.0x 倍速播放 在这里 全屏 到某某视频观看此视频 下一个")
    headlines = ["某某音乐学院迎新现场，新生看了想恋爱", "某某街头现奇特景观，游客：不怕被偷？"]
    page = ["要闻", "娱乐", "财经", "体育", "一键登录", HEADLINE, *PARAGRAPHS, "某某晚报记者 张三",
            "免责声明：本文来自某某新闻客户端自媒体，不代表某某网的观点和立场。", "相关推荐", "换一换", "进入广告", player,
            controls, *headlines, "Copyright © 1998 - 2019 Example. All Rights Reserved"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS]


def test_a_side_columns_contact_box_above_the_title_is_no_part_of_it():
    box = ["客服中心", "+ 在线：点击咨询", "+ QQ：10000000", "+ 传真：010-00000000", "+ 邮政编码：100000",
           "+ 邮箱：service@example.com", "+ 地址：某某市某某区某某路1号"]
    page = ["首页", "公司简介", "经营理念", "董事长致辞", *box, "董事长致辞", *PARAGRAPHS, "关于我们 | 联系我们 | 网站地图",
            "Copyright © 2014 某某公司"]
    assert kept("\n".join(page)) == ["董事长致辞", *PARAGRAPHS]


@pytest.mark.parametrize("block", [
    ["某某中心", "东校区：某某中心楼", "地点：图书馆后面", "西校区：综合服务大厅", "地点：学生食堂东面"],  # the site's places
    ["业务资料", "业务查询用户注册条款", "用户注册申请表", "用户撤销申请表"],                            # a column of links
])
def test_a_contact_block_or_a_column_of_links_over_the_footer_goes_with_it(block):
    page = ["首页", "新闻", "体育", "财经", HEADLINE, "2024-05-13 10:12 来源：某某网", *PARAGRAPHS, *block, "关于我们",
            "网站地图", "Copyright © 2024 某某大学"]
    texts = kept("\n".join(page))
    assert texts[:4] == [HEADLINE, *PARAGRAPHS] and not any(line in texts for line in block[1:])


def test_a_related_texts_title_with_a_quoted_phrase_is_an_item_of_the_list_above_the_title():
    related = ["某某省人民政府办公厅关于印发某某行动方案的通知", "某某省某某管理局、某某省某某监督管理厅关于联合开展“护苗，保平安”专项行动的通知",
               "某某市人民政府关于进一步加强某某工作的意见"]
    page = [*related, "首页", "法规检索", HEADLINE, *PARAGRAPHS, "网站地图", "Copyright © 2024 某某网"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS]


BODIES = ["某某部", "国家某某和某某委员会", "某某和信息化部", "某某督察局", "某某市生态环境局", "某某省生态环境厅"]


def test_a_column_of_links_to_other_bodies_sites_over_the_footer_goes_with_it():
    page = ["首页", "新闻", "政务", "服务", HEADLINE, "2024-05-13 来源：某某部", *PARAGRAPHS, *BODIES, "网站声明",
            "网站地图", "版权所有：某某部"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS]


@pytest.mark.parametrize("ending", [
    [*BODIES, "2024年5月13日"],  # a joint text's signers, closed by its date
    BODIES[:3],                  # a few bodies: signers, no column of links
])
def test_the_bodies_that_sign_a_text_over_the_footer_stay(ending):
    page = ["首页", "政务公开", "通知公告", "关于做好防汛工作的通知", *PARAGRAPHS, *ending, "网站地图", "版权所有：某某部"]
    assert kept("\n".join(page))[-len(ending):] == ending


def test_a_notices_contact_lines_and_signature_over_the_footer_stay():
    ending = ["联系人：张三", "联系电话：0000-00000000", "地址：某某市某某路1号", "某某市应急管理局"]
    page = ["首页", "政务公开", "通知公告", "某某市应急管理局关于做好防汛工作的通知", *PARAGRAPHS, *ending,
            "关于我们", "网站地图", "版权所有 某某市人民政府"]
    text = "".join(kept("\n".join(page)))
    assert text.endswith("".join(ending))  # (the short label lines are joined; none is lost)


def test_the_last_phrases_of_a_passage_written_a_phrase_a_line_stay_over_a_side_list():
    phrases = ["学校还为老师们准备了三份礼物：", "一张贺卡、", "一束鲜花、", "一顿暖心午餐", "小学部慰问现场", "初中部慰问现场"]
    page = ["首页", "学校新闻", "正文", HEADLINE, "发布时间：2024-09-10", *PARAGRAPHS, *phrases, "最新动态",
            HEADLINE, "2024.09.27", "网站地图", "Copyright © 2024 某某中学"]
    texts = kept("\n".join(page))
    assert "一顿暖心午餐" in "".join(texts) and "最新动态" not in texts


def test_a_column_menu_under_the_last_paragraph_goes():
    # the side menu of a company's news columns comes out of the page after the article
    page = [HEADLINE, *PARAGRAPHS, "", "新闻中心", "最新公告", "公司新闻"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS]


def test_a_notice_signed_by_a_centre_keeps_its_signature_over_a_column_menu():
    ending = ["某某市政务服务中心", "2024年5月13日"]
    page = ["首页", "通知公告", "某某市政务服务中心关于调整办公时间的通知", *PARAGRAPHS, *ending, "新闻中心", "工作动态",
            "通知公告", "版权所有 某某市人民政府"]
    texts = kept("\n".join(page))
    assert texts[-2:] == ending and "工作动态" not in texts


def test_a_polls_placeholder_under_the_byline_goes_and_the_title_stays():
    page = ["首页", "新闻", "体育", "财经", HEADLINE, "2024-05-13 10:12 来源：某某网", "",
            "调查问题加载中，请稍候。", "若长时间无响应，请刷新本页面", "", *PARAGRAPHS, "阅读剩余全文（）",
            "网站地图", "Copyright © 2024 某某网"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS]


def test_the_label_of_the_replies_under_a_notice_ends_it():
    page = ["首页", "通知公告", "某某县关于做好防汛工作的通知", "各乡镇：", *PARAGRAPHS, "特此通知。", "评论回复",
            "张三：请办公室审签 ［2024-05-10］", "李四：同意 ［2024-05-10］", "提交回复返回"]
    texts = kept("\n".join(page))
    assert texts[-1] == "特此通知。"


#: An account page: the account's box (with a sentence explaining its medals) and a toolbar
#: whose 评论 button stands over its count and the sharing buttons — above a short article.
ACCOUNT_PAGE = """首页
新闻
体育
财经
登录
某某观察
勋章由内容质量、互动评论等多维度分值决定，级别越高，代表其在平台内的综合表现越好。
2.1万文章
35亿总阅读
评论
12
分享
微信分享
新浪微博
复制链接
某某市图书馆新馆今日开放
2024-05-20 06:48
某某市图书馆新馆今天上午正式向读者开放，首日接待读者三千余人次。
新馆共设阅览座位一千二百个，藏书一百五十万册。
市民可凭身份证免费办理借阅证。
返回首页，查看更多
平台声明：该文观点仅代表作者本人。
大家都在看
某某景区五一接待游客再创新高
"""


def test_a_comment_button_in_a_toolbar_does_not_end_the_article_under_it():
    texts = kept(ACCOUNT_PAGE)
    for passage in ("某某市图书馆新馆今天上午正式向读者开放，首日接待读者三千余人次。",
                    "新馆共设阅览座位一千二百个，藏书一百五十万册。", "市民可凭身份证免费办理借阅证。"):
        assert passage in texts
    assert "某某市图书馆新馆今日开放" in texts
    assert not any(t in ("评论", "12", "分享", "微信分享", "大家都在看") for t in texts)
    # the account box's sentence is prose outside the body: kept, and said so (never lost)


def unsure_lines(text: str) -> list[str]:
    result = clean(text.splitlines())
    return [d.text for d in result.diagnostics if d.code == "page-body-unsure"]


#: A page whose first stretch of prose is a short lead, then a line of the comment area's
#: family that is no comment area (a button with nothing of a toolbar under it), then the
#: article itself: the finder takes the lead for the body.
ARTICLE = ["今年以来，全市共启动老旧小区改造项目一百二十个，惠及居民三万余户，改造内容涉及加装电梯、管网更新等。",
           "“以前上下楼最难，现在有了电梯，方便多了。”居民李大爷说。改造后小区环境焕然一新，居民满意度明显提升。",
           "下一步，各区将继续推进改造工作，确保年底前完成全部项目。市里还将建立长效管理机制，巩固改造成果。"]
LEAD_OVER_ARTICLE = ["首页", "新闻", "体育", "财经", "登录", HEADLINE,
                     "全市老旧小区改造进展顺利，一百二十个项目已经开工，居民住得更舒心，满意度明显提升。",
                     "我要评论", "", *ARTICLE, "网站地图", "Copyright © 2024 某某网"]


def test_a_stretch_heavier_than_the_body_under_a_line_that_seemed_to_end_it_is_kept_and_reported():
    texts = kept("\n".join(LEAD_OVER_ARTICLE))
    assert all(paragraph in texts for paragraph in ARTICLE)
    assert unsure_lines("\n".join(LEAD_OVER_ARTICLE)) == ARTICLE
    assert "网站地图" not in texts and "首页" not in texts


def test_a_live_feed_heavier_than_the_body_goes_its_items_each_under_a_name_and_time():
    feed = [line for i, item in enumerate(ARTICLE) for line in (f"某某{i}今天 12:0{i}:48", item)]
    page = ["首页", "新闻", "体育", "财经", HEADLINE, "2024-05-13 10:12 来源：某某网", *PARAGRAPHS[:2], "责任编辑：张三",
            "股市直播", *feed, *feed, "网站地图", "Copyright © 2024 某某网"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS[:2]]


def test_a_readers_comment_of_several_lines_goes_with_the_comment_area():
    comment = ARTICLE * 2  # one reader's comment of several paragraphs, its tools under it
    page = ["首页", "新闻", "体育", "财经", HEADLINE, *PARAGRAPHS, "网友评论", "张三", *comment, "3小时前",
            "回复 踩0 赞2 收藏", "网站地图", "Copyright © 2024 某某网"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS]


def test_a_passage_of_real_prose_under_a_lists_heading_is_kept_and_reported():
    # a related list set inside the article: the list heading names its items, not the
    # paragraphs of several sentences under them
    items = [f"某某{place}召开城市更新工作会议" for place in "东南西北中上下左"]
    page = ["首页", "新闻", "体育", "财经", HEADLINE, *PARAGRAPHS, *PARAGRAPHS, "相关阅读", *items, "扫一扫",
            "分享到：微信 微博", *ARTICLE, "网站地图", "Copyright © 2024 某某网"]
    texts = kept("\n".join(page))
    assert all(paragraph in texts for paragraph in ARTICLE)
    assert unsure_lines("\n".join(page)) == ARTICLE
    assert not any(item in texts for item in items)


def test_teasers_under_a_lists_heading_still_go():
    teasers = [line for item in ("某某市召开城市更新工作会议", "老旧小区加装电梯有了新政策")
               for line in (item, "会议指出，要扎实推进城市更新工作，让群众生活更美好。")]
    page = ["首页", "新闻", "体育", "财经", HEADLINE, *PARAGRAPHS, "相关阅读", *teasers, "网站地图",
            "Copyright © 2024 某某网"]
    assert kept("\n".join(page)) == [HEADLINE, *PARAGRAPHS]


def test_a_portals_source_and_editor_line_ends_the_article_and_the_next_articles_teaser_goes():
    teaser = "昨天，某某社区发布了某某接受采访的纪要。某某在采访中表示，今天的失败不要归罪于别人的崛起，是自己走错了路：第一"
    lines = [HEADLINE, *PARAGRAPHS, "本文来源：某某日报 责任编辑：张三_NF0000", "×", "阅读下一篇", teaser, "返回某某首页 返回财经首页"]
    assert kept("\n".join(lines)) == [HEADLINE, *PARAGRAPHS]


def test_chrome_an_earlier_rule_dropped_under_the_article_shows_a_page_and_the_teaser_below_goes():
    teaser = ["某地警方：某某行动未发生伤亡事件，谴责造谣者",
              "某某公司总监表示，8月31日晚，因设备故障，公司于22点53分启动疏散程序。医院方面表示，当晚有46人因伤就医…",
              ",某某都市报"]
    lines = [HEADLINE, *PARAGRAPHS, "采写：某都记者 张三 李四", "责任编辑：", *teaser]
    assert kept("\n".join(lines)) == [HEADLINE, *PARAGRAPHS]


@pytest.mark.parametrize("occasion", ["——2025年1月20日在某某市第十届人民代表大会第三次会议上",
                                      "2025年1月20日在某某市第十届人民代表大会第三次会议上 某某市市长 张三"])
def test_a_short_title_over_its_occasion_line_under_the_page_tools_stays(occasion):
    page = ["当前位置：", "首页", ">", "政务要闻", "2025年某某市政府工作报告", "发布时间：2025-01-22 09:45",
            "【字体：", "大", "中", "小", "】", "政府工作报告", occasion, "各位代表：", *PARAGRAPHS,
            "【打印本页】", "【关闭窗口】"]
    texts = kept("\n".join(page))
    assert texts[0] == "政府工作报告"
    assert occasion in texts and texts[-1] == PARAGRAPHS[-1]


def test_a_column_label_over_a_headline_still_goes():
    page = ["首页", "新闻中心", "政务要闻", "工作动态", "某某市召开全市安全生产工作会议",
            "2024-05-13 10:12 来源：某某网", *PARAGRAPHS, "【打印本页】", "【关闭窗口】"]
    assert kept("\n".join(page))[0] == HEADLINE


def test_a_bar_of_buttons_in_its_brackets_goes_from_a_copy_that_is_no_whole_page():
    copy = [HEADLINE, "2024年05月13日 10时12分", "【字体：", "大", "中", "小", "】", *PARAGRAPHS]
    assert kept("\n".join(copy)) == [HEADLINE, *PARAGRAPHS]


def test_single_characters_without_the_bars_brackets_stay_in_a_copy_that_is_no_whole_page():
    copy = [HEADLINE, "甲", "乙", "丙", *PARAGRAPHS]
    assert kept("\n".join(copy)) == copy


# A notice whose body is a long list of entries, each over short ``label：value`` fields, with a
# lead paragraph above it and a few prose notes at its end; the site's channel menu above it
# has a channel named 评论 among the others.
ENTRY_NOTICE_PAGE = "\n".join([
    "某某网首页 手机版", "登录", "首页", "要闻", "本地", "评论", "体育", "文化", "图片",
    "某某市博物馆周末免费开放 二十家场馆迎客",
    "2023-06-01 09:00 来源：某某网",
    "本报讯 为迎接国际博物馆日，某某市文物局组织全市二十家博物馆在本周末免费开放，市民可凭预约码入馆参观。",
    "免费开放场馆",
    *[line for n, name in enumerate(("某某市历史博物馆", "某某美术馆", "某某科技馆", "某某自然博物馆", "某某民俗馆",
                                      "某某钱币博物馆"), start=1)
      for line in (f"{n}、{name}", f"平日票价：{n * 10}元", f"预约电话：8800{n:04d}",
                   "备注：周一闭馆，团体参观须提前三天预约" if n % 2 else f"开放时间：9:0{n}-17:00")],
    "特别提示",
    "一、请市民提前在官方平台预约，按预约时段入馆，服从现场工作人员的引导。",
    "二、入馆时请佩戴口罩，保持间距，文明参观，爱护展品和公共设施。",
    "版权所有 某某网 Copyright © 2023 沪ICP备00000000号",
])


def test_a_notice_listing_entries_over_their_fields_keeps_every_entry():
    texts = kept(ENTRY_NOTICE_PAGE)
    assert texts[0] == "某某市博物馆周末免费开放 二十家场馆迎客"
    for line in ENTRY_NOTICE_PAGE.splitlines()[11:-1]:
        assert line.replace(" ", "") in texts, line
    for chrome in ("登录", "要闻", "评论", "图片", "版权所有"):
        assert not any(chrome in t for t in texts), chrome
    assert docgen.parse(ENTRY_NOTICE_PAGE.encode("utf-8"), input_format="text").meta.title == (
        "某某市博物馆周末免费开放 二十家场馆迎客")


def test_a_comment_areas_label_among_the_items_of_a_menu_does_not_end_the_article():
    # prose cut off from the body by a list of links stays (reported) when the only line
    # "ending the article" above it is a channel named 评论 in the site's menu
    text = "\n".join([
        "首页", "要闻", "本地", "评论", "体育", "文化", "图片",
        "会议指出，今年春耕生产时间紧、任务重，各乡镇要抓住有利时机，全力以赴做好备耕工作，确保粮食面积稳定。",
        "相关阅读：某某县部署春耕工作", "扫一扫", "分享到：微信 微博",
        "某某县召开春耕生产工作会议",
        "会议强调，各乡镇要压实责任，层层抓好落实，确保各项措施落地见效，为全年粮食丰收打下坚实基础。" * 3,
        "联系我们", "版权所有 © 某某县人民政府 ICP备00000000号",
    ])
    result = clean(text.splitlines())
    assert any(line.text.startswith("会议指出") for line in result.lines)
    assert [d.line for d in result.diagnostics if d.code == "page-body-unsure"] == [8]
    assert not any(line.text in ("评论", "体育") for line in result.lines)


def test_the_entries_of_a_list_kept_as_unsure_prose_are_kept_with_it():
    # a link and page tools between a list of entries and the heavier prose under it: the lead
    # and the entries above the tools may be the document's, and are kept and reported
    text = "\n".join([
        "首页", "要闻", "本地", "体育", "文化",
        "本报讯 某某市文物局组织全市博物馆在本周末免费开放，市民可凭预约码入馆参观，欢迎广大市民前往。",
        "1、某某市历史博物馆", "平日票价：10元", "预约电话：88000001",
        "2、某某美术馆", "平日票价：20元", "备注：周一闭馆",
        "相关阅读：某某县博物馆举办夏令营", "扫一扫", "分享到：微信 微博",
        "某某市博物馆周末免费开放",
        "各场馆将延长开放时间，增加讲解场次，并推出一批特色展览和社会教育活动，方便市民就近参观。" * 4,
        "版权所有 某某网 Copyright © 2023 沪ICP备00000000号",
    ])
    result = clean(text.splitlines())
    texts = [line.text for line in result.lines]
    for entry in ("1、某某市历史博物馆", "平日票价：10元", "预约电话：88000001", "2、某某美术馆", "备注：周一闭馆"):
        assert entry in texts, entry
    assert [d.line for d in result.diagnostics if d.code == "page-body-unsure"] == list(range(6, 13))
    assert not any(t in ("要闻", "相关阅读：某某县博物馆举办夏令营") for t in texts)


def test_the_head_of_a_list_of_links_is_known_by_its_shape_whatever_its_words():
    # a short label no family knows, over headlines: the article ends above it
    article = ["首页", "要闻", "本地", "体育", "文化", "某某县新建三座口袋公园",
               "2023-06-01 09:00 来源：某某网",
               "记者从县住建局获悉，今年以来，某某县利用边角地块新建口袋公园三座，方便市民就近休闲健身。",
               "据介绍，三座公园总面积约一万平方米，栽植乔木两百余株，并配建了健身步道和儿童游乐设施。"]
    reads = ["本周热读", "某某县举办首届乡村美食节 游客纷至沓来", "暑期游泳安全提示：这些水域不要去！",
             "老街改造后重新开放 市民点赞", "某某高铁站新增两条公交接驳线路", "大学生返乡创业 种出致富“金果子”",
             "县城首家24小时自助图书馆开馆，市民可凭身份证借阅图书？"]
    text = "\n".join([*article, *reads, "版权所有 某某网 Copyright © 2023 沪ICP备00000000号"])
    texts = kept(text)
    assert texts[-1].startswith("据介绍")
    assert not any(t in texts for t in reads)
    assert not [d for d in clean(text.splitlines()).diagnostics if d.code == "page-body-unsure"]


def test_a_label_over_the_names_of_offices_or_files_is_no_list_of_links():
    text = "\n".join([
        "首页", "要闻", "本地", "体育", "文化",
        "关于开展安全生产大检查的通知",
        "各乡镇人民政府，县直各有关部门：",
        "为切实做好汛期安全生产工作，经县政府同意，决定在全县范围内开展安全生产大检查，请各单位认真组织实施。",
        "检查结束后，请各单位于7月10日前将检查情况报县安委办。",
        "联合检查单位",
        "某某县应急管理局", "某某县住房和城乡建设局", "某某县交通运输局", "某某县市场监督管理局",
        "某某县人民政府办公室",
        "2023年6月1日",
        "版权所有 某某县人民政府 Copyright © 2023 ICP备00000000号",
    ])
    texts = kept(text)
    for line in ("联合检查单位", "某某县应急管理局", "某某县市场监督管理局", "2023年6月1日"):
        assert line in texts, line


def test_the_teasers_of_other_articles_under_the_body_are_not_kept_as_unsure_prose():
    teasers = [("暑期游泳安全提示 这些水域不要去", "入夏以来，各地溺水事故时有发生，记者从县应急管理局了解到，今年以来全县已排查危险水域..."),
               ("老街改造后重新开放 市民点赞", "经过一年多的改造，城区老街昨日重新开放，青石板路、老字号店铺和新建的口袋广场吸引了……")]
    text = "\n".join([
        "首页", "要闻", "本地", "体育", "文化", "某某县新建三座口袋公园", "2023-06-01 09:00 来源：某某网",
        "记者从县住建局获悉，今年以来，某某县利用边角地块新建口袋公园三座，方便市民就近休闲健身。",
        "公园建设过程中，县住建局多次征求周边居民意见，根据居民需求调整了设计方案，增加了休息座椅和照明设施。",
        "下一步，某某县将继续挖掘城区闲置地块，计划年内再建成口袋公园五座，让市民出门就能见到绿色。",
        "据介绍，三座公园总面积约一万平方米，栽植乔木两百余株，并配建了健身步道和儿童游乐设施。",
        "更多", "《社会》", "爆料", "论坛", *[line for pair in teasers for line in pair],
        "版权所有 某某网 Copyright © 2023 沪ICP备00000000号",
    ])
    texts = kept(text)
    assert texts[-1].startswith("据介绍")
    assert not any(t.startswith(("入夏以来", "经过一年多")) for t in texts)
    # prose cut off by the same links that is no teaser is still kept, and reported
    paragraph = "会议强调，各乡镇要压实责任，层层抓好落实，确保各项措施落地见效，为全年粮食丰收打下坚实基础。"
    result = clean(text.replace(teasers[1][1], paragraph).splitlines())
    assert paragraph in [line.text for line in result.lines]


@pytest.mark.parametrize("signature", [["某某县文化馆"], []])
def test_a_bare_date_closing_a_text_is_its_date_not_the_pages_timestamp(signature):
    """A bare date in the ISO form under the last paragraph, or under a signature line under
    it, is the document's date, on a whole page and on the article alone; with an hour, or
    with prose under it, it stays the page's timestamp."""
    body = ["各位读者：", "本馆定于国庆假期照常开放，开放时间为上午九时至下午五时，请合理安排参观时间。",
            "特此通知。", *signature, "2024-09-28"]
    page = ["某某县文化馆", "首页", "通知公告", "展览活动", "关于国庆假期开放时间的通知", *body,
            "返回上一页", "版权所有 © 2024 某某县文化馆 ICP备00000000号"]
    for text in ("\n".join(page), "\n".join(["关于国庆假期开放时间的通知", *body])):
        texts = kept(text)
        assert texts[-1] == "2024-09-28", texts
        assert "版权所有" not in texts[-1] and "返回上一页" not in texts
    timed = kept("\n".join(page).replace("2024-09-28", "2024-09-28 10:32"))
    assert not any(t.startswith("2024-09-28") for t in timed)


def test_a_notices_own_contact_lines_over_its_signature_and_date_are_kept():
    """Contact lines in the shape of a site's footer (``监督电话：…``) under a notice's last
    paragraph, over its signature and its date, are the notice's: they, the signature and
    the date are kept; the site's footer under them is dropped."""
    body = ["某某区人民法院拍卖公告", "本院将于2024年5月10日在网络平台公开拍卖下列财产，有意者请按规定办理竞买手续。",
            "一、拍卖标的：某某牌小型轿车一辆，起拍价五万元。", "咨询电话：0000-00000000",
            "本院监督电话：0000-11111111", "上级法院举报电话：0000-22222222 0000-33333333",
            "某某区人民法院", "2024年4月20日"]
    page = ["首页", "拍卖公告", "法院动态", "网上竞价", *body, "网站声明", "关于我们",
            "版权所有 © 2024 某某拍卖网 ICP备00000000号"]
    for text in ("\n\n".join(page), "\n".join(page)):
        texts = kept(text)
        for line in body[3:]:
            assert line in texts, (line, texts)
        assert texts[-1] == "2024年4月20日"


def test_the_closing_block_kept_under_a_notice_still_marks_what_follows_it_as_the_pages():
    """The kept closing block's footer-shaped lines still tell that a page goes on under the
    notice: the page's own lines under its date are dropped."""
    page = ["首页", "拍卖公告", "法院动态", "网上竞价", "某某区人民法院拍卖公告",
            "本院将于2024年5月10日在网络平台公开拍卖下列财产，有意者请按规定办理竞买手续。",
            "本院监督电话：0000-11111111", "上级法院举报电话：0000-22222222", "某某区人民法院", "2024年4月20日",
            "暂无竞买记录", "竞价结果"]
    texts = kept("\n".join(page))
    assert texts[-3:] == ["上级法院举报电话：0000-22222222", "某某区人民法院", "2024年4月20日"], texts


def test_a_date_closing_prose_kept_outside_the_main_text_is_kept_with_it():
    """Prose found outside the main text and kept as unsure keeps its closing date (in words)
    right under it; the page's tools under that date go."""
    text = "\n".join([
        "---", "标题：某某市建设管理委员会关于批准某某标准的通知", "层级：市级", "状态：有效", "---", "",
        "> 本文正文由脚本自官方公开页面提取，仅供检索查阅；以官方发布的文本为准，如有出入，请以发布机关公布的正式文本为准，"
        "本站不对提取过程中可能出现的差错承担责任。",
        "> 依照著作权法的有关规定，具有立法、行政、司法性质的文件及其官方正式译文不受著作权法保护，"
        "本站转录的文本仅作检索和学习之用，不作其他用途。",
        "", "# 某某市建设管理委员会关于批准某某标准的通知", "",
        "索取号", "0000000000/2025-00001", "载体类型", "发布机构", "某某市建设管理委员会", "文件编号",
        "某建标〔2025〕1 号", "记录形式", "公开类别", "主动公开", "关键词", "内容描述",
        "各有关单位：",
        "由某某设计院主编的《某某建筑设计标准》，经我委审核，现批准为本市工程建设规范，自2025年10月1日起实施。",
        "本标准由某某市建设管理委员会负责管理，某某设计院负责解释。",
        "特此通知。", "2025年4月23日", "收藏", "打印本页", "关闭窗口",
    ])
    texts = kept(text)
    assert "特此通知。" in texts
    assert "2025年4月23日" in texts
    assert "打印本页" not in texts and "关闭窗口" not in texts


def test_a_notices_contact_block_under_its_heading_is_kept_whatever_family_a_line_has():
    """The contact lines a notice lists under the heading that introduces them
    (``四、联系方式：``) are its own, an e-mail line among them too (shaped like a sign-in
    link) and a contact person's line without a digit; the page's button and footer under
    them go."""
    contacts = ["地址：某某市某某路100号某某大厦1201室", "电话（传真）：0000-00000000", "E-mail：12345678@example.com",
                "联系人：张某某"]
    page = ["首页", "协会简介", "会员服务", "入会须知", "某某行业协会入会须知",
            "一、凡承认本会章程，自愿加入本会的单位，均可申请入会，经理事会审议通过后成为会员。",
            "二、会员享有选举权、被选举权和表决权，参加本会组织的活动，获得本会提供的服务。",
            "三、会员应遵守本会章程，执行本会决议，按规定缴纳会费，维护本会合法权益。",
            "四、联系方式：", *contacts, "", "开始填写入会申请", "© 2024 example.cn"]
    texts = kept("\n".join(page))
    assert texts[-len(contacts):] == contacts, texts
    assert "开始填写入会申请" not in texts


def test_a_short_heading_set_over_the_breadcrumb_that_ends_with_it_is_the_title():
    """A page that sets its heading above the breadcrumb (``董事长致辞`` over ``首页 – 公司概况 –
    董事长致辞``), the breadcrumb right over the text, keeps the heading as its title; the
    menu above goes, and so does the breadcrumb."""
    page = ["首页", "公司概况", "公司简介", "董事长致辞", "组织机构", "发展历程", "企业文化", "新闻中心", "联系我们",
            "董事长致辞", "首页 – 公司概况 – 董事长致辞", "",
            "公司始终秉承“诚信为本，服务社会”的宗旨，把质量和信誉融入生产经营的每一个环节，",
            "把诚实做人、踏实做事作为立业之本。严以律己，勤以立身，用真情服务每一位客户。", "",
            "公司董事长  某某某", "网站地图", "|", "隐私声明", "版权所有 © 2024 某某公司 ICP备00000000号"]
    texts = kept("\n".join(page))
    assert texts[0] == "董事长致辞", texts
    assert not any(t.startswith("首页") for t in texts)
    assert docgen.parse("\n".join(page).encode("utf-8"), input_format="text").meta.title == "董事长致辞"


def test_a_short_heading_alone_under_a_line_of_chrome_right_over_the_text_is_the_title():
    """A page's heading set alone between a line of chrome (the player prompt) and the text
    is its title; the last item of a menu right over the text is not."""
    menu = ["首 页 | 学校概况 | 教育教学 | 校园生活 | 联系我们", "学校概况", "校长寄语", "学校沿革", "办学理念",
            "师资队伍", "招生信息", "友情链接"]
    body = ["", "教育应该是润物细无声的过程，学校应该是培育民族精神的地方。通过创建满足学生发展需求的教育，"
                "我们要让每一个学生都能找到适合自己的发展道路，成为有理想、有本领、有担当的时代新人。", "",
            "校长：某某某", "", "版权所有 © 2024 某某中学 ICP备00000000号"]
    page = [*menu, "获取Flash播放器", "校长寄语", *body]
    texts = kept("\n".join(page))
    assert texts[0] == "校长寄语", texts
    assert docgen.parse("\n".join(page).encode("utf-8"), input_format="text").meta.title == "校长寄语"
    texts = kept("\n".join([*menu, *body]))
    assert texts[0].startswith("教育应该"), texts


def test_a_sharing_row_set_a_line_each_under_the_titles_date_is_dropped_and_the_title_kept():
    """A sharing row set a line each under the title's date, some of its targets unknown
    (``开心网``, ``转寄朋友``, ``打印文稿``), is dropped as the page's; the title above it is the
    title, and the lines above the title go."""
    row = ["Facebook", "Twitter", "开心网", "新浪微博", "书签收藏", "豆瓣", "转寄朋友", "打印文稿"]
    page = ["跳过导航", "网站导航", "简体版", "繁體版", "某市市长就施工扰民事件致歉", "更新时间 2012年12月10日 10:41",
            *row, "",
            "某市市长周一在市议会接受质询，就市政工程施工扰民问题向市民公开道歉，并承诺在一个月内完成整改。", "",
            "他表示，市政府将成立专门小组，逐一核查各区在建工程的施工时间和噪音控制措施，接受市民监督。", "",
            "版权所有 © 2012 某某网"]
    for text in ("\n".join(page), "\n".join(page[4:])):
        texts = kept(text)
        assert texts[0] == "某市市长就施工扰民事件致歉", texts
        assert not set(row) & set(texts), texts
        assert docgen.parse(text.encode("utf-8"), input_format="text").meta.title == "某市市长就施工扰民事件致歉"


def test_a_breadcrumb_between_the_headline_and_its_text_does_not_hide_the_headline():
    """A headline set over the breadcrumb (then the page's tools, then the text) is the title:
    the breadcrumb between them does not end the header block below it; the contact line of
    the site above the headline is no line of the title."""
    page = ["首页", "新闻", "要闻", "国内", "国际", "太原", "大同", "新闻：0000-0000000  广告：0000-0000001",
            "多地将实施生活垃圾分类 居民正确投放可获奖励", "首页 > 某某新闻网 > 新闻频道 > 国内新闻", "分享到：评论：", "",
            "某某社北京3月31日电 国务院办公厅30日发布生活垃圾分类制度实施方案，部署推动生活垃圾分类工作。", "",
            "方案提出，到2020年底，实施生活垃圾强制分类的城市，生活垃圾回收利用率要达到35%以上。", "",
            "责任编辑：某某", "版权所有 © 2017 某某新闻网"]
    for text in ("\n".join(page), "\n".join(page[8:])):
        texts = kept(text)
        assert texts[0] == "多地将实施生活垃圾分类 居民正确投放可获奖励", texts
        assert docgen.parse(text.encode("utf-8"), input_format="text").meta.title == texts[0]


def test_a_tag_in_latin_letters_over_a_chinese_title_is_no_line_of_it():
    """A site's tag in Latin letters repeated between menu items (``acme-bio``) right over the
    Chinese title is no line of the title: the title is the Chinese line alone."""
    page = ["首页", "关于我们", "企业新闻", "acme-bio", "售后支持", "acme-bio", "产品介绍", "acme-bio",
            "一分钟，看懂孕期检查报告", "", "",
            "停经四十天时，准妈妈做的尿样检查呈阳性，医生会告诉你已经怀孕了，接下来要按时做好各项检查。",
            "如果一切正常，医生会提醒你按时到医院建档，并做第一次全面检查，了解各项指标是否正常。", "",
            "版权所有 © 2024 某某生物 ICP备00000000号"]
    text = "\n".join(page)
    assert kept(text)[0] == "一分钟，看懂孕期检查报告"
    assert docgen.parse(text.encode("utf-8"), input_format="text").meta.title == "一分钟，看懂孕期检查报告"


def test_a_numbered_clause_with_a_postcode_ends_no_text_and_the_links_over_the_address_are_the_footer():
    """A numbered clause of the text that gives a phone and a postcode (``22.…（邮编100000）``) is
    the text's, not the site's contact line: it and the sentence under it are kept.  A column of
    the site's links with its address under them (two lines: ``地址：…`` and the second campus's
    road and number) is the footer, though its links are as short as names."""
    page = ["首页", "学校概况", "招生信息", "当前位置：首页 > 招生信息",
            "某某大学2030年本科招生章程", "发布时间：2030-05-01", "",
            "第一条 为保证本科招生工作顺利进行，根据有关规定，结合我校实际，制定本章程。", "",
            "21.学生学业期满，成绩合格，由学校颁发本科毕业证书，符合条件的授予学士学位。", "",
            "22.学校招生办公室电话：0000－00000000，地点位于东校区（邮编100000）", "",
            "招生网址:http://zs.example.edu.cn。", "", "　", "",
            "热点关注", "报考指南", "学校概况", "招生简章", "招生计划", "专业介绍",
            "地    址：某某市某某区某某路2号（南校区）", "某某市某某区和平大道100号（东校区）",
            "相关链接：某某大学主页", "技术支持：某某工作室"]
    texts = kept("\n".join(page))
    assert "22.学校招生办公室电话：0000－00000000，地点位于东校区（邮编100000）" in texts, texts
    assert "招生网址：http://zs.example.edu.cn。" in texts, texts
    assert not {"报考指南", "招生简章", "某某市某某区和平大道100号（东校区）"} & set(texts), texts


def test_a_notice_of_fields_and_numbered_headings_keeps_them_and_the_headline_over_its_metadata_line():
    """A pasted notice made of numbered headings and ``label：value`` fields, with one paragraph
    of prose far down: the headline right over the page's metadata line (``发布日期：… 浏览数：…``)
    is the title, and every field and heading between it and the prose is kept."""
    fields = ["成交结果公告", "", "一、项目编号：某某采[2030]001号", "", "二、项目名称：某某医院医用耗材供应", "",
              "三、成交信息：", "", "供应商名称：某某实业有限公司", "", "供应商统一社会信用代码：91000000MA0000000X", "",
              "供应商地址：某某市某某区某某路", "", "成交金额（单价）：壹仟元整/吨（¥1000.00元/吨）", "",
              "四、主要标的信息：", "", "货物类", "", "名称：某某医院医用耗材供应", "", "品 牌（如有）：详见附件", "",
              "规格型号：详见附件", "", "单价：1000元/吨", "", "五、评审专家名单：", "", "张某、李某、王某", "",
              "六、代理服务费收费标准及金额：", "",
              "以成交金额为基数，按照成交金额的9‰收取。本项目代理服务费人民币3000.00元，由成交单位在领取成交通知书时支付。",
              "七、公告期限：", "", "自本公告发布之日起一个工作日", "八、其他补充事宜：无"]
    page = ["网站首页\t办事指南\t政策法规\t采购信息\t下载中心", "", "今天是：", "全文搜索：", "",
            "您当前的位置：首页 >> 采购信息 >> 成交公告 >> 正文", "", "某某医院医用耗材供应成交结果公告",
            "发布日期：2030-10-13  浏览数：  字号：〖大 中 小〗", "", *fields, "",
            "Copyright (C) 2030 by 某某市财政局 版权所有", "ICP备案号：某ICP备00000000号"]
    text = "\n".join(page)
    texts = kept(text)
    for line in ("一、项目编号：某某采[2030]001号", "供应商名称：某某实业有限公司", "成交金额（单价）：壹仟元整/吨（¥1000.00元/吨）"):
        assert line in texts, texts
    assert "网站首页\t办事指南\t政策法规\t采购信息\t下载中心" not in texts and "全文搜索：" not in texts
    assert docgen.parse(text.encode("utf-8"), input_format="text").meta.title == "某某医院医用耗材供应成交结果公告"


def test_a_column_label_with_its_name_in_latin_capitals_over_the_headline_is_no_title():
    """A column's label with its English name (``新闻中心 NEWS CENTER``) over the headline is the
    site's, not the title: the headline under it is."""
    page = ["Toggle navigation", "网站首页", "关于我们", "在线购票", "新闻资讯", "联系我们", "", "常见问题", "在线留言",
            "新闻中心 NEWS CENTER", "某某铁路暑运7月1日启动 共开行列车300对", "", "发布时间：2030-6-28", "",
            "2030年铁路暑运将于7月1日零时正式启动，至8月31日结束，共计62天，全国铁路将实施新的列车运行图。", "",
            "今年暑运，某某局预计发送旅客2000万人次，日均30万人次，同比增长1.1%，高峰期发送旅客将达到40万人次以上。", "",
            "网站首页", "在线留言", "Copyright © 2030 某某票务 版权所有"]
    text = "\n".join(page)
    assert "新闻中心 NEWS CENTER" not in kept(text)
    assert docgen.parse(text.encode("utf-8"), input_format="text").meta.title == "某某铁路暑运7月1日启动 共开行列车300对"


def test_a_bilingual_heading_or_a_cross_head_with_an_acronym_in_the_main_text_is_kept():
    """The shape of a column's label with its English (``新闻中心 NEWS CENTER``) is chrome outside
    the main text only: in it, ``总则 GENERAL PROVISIONS`` is a bilingual heading and ``人工智能 AI``
    a cross-head.  (Directly under the title, in the header block, it is still taken for a label.)"""
    page = ["网站首页", "关于我们", "新闻中心", "政策法规", "联系我们", "",
            "政策法规 POLICIES", "某某协会章程（中英文对照）", "", "发布时间：2030-6-28", "",
            "为规范某某协会的组织和活动，根据有关法律法规的规定，经会员大会讨论通过，制定本章程。", "",
            "总则 GENERAL PROVISIONS", "",
            "第一条　本会名称为某某协会，英文名称为Example Association，是由有关企业自愿组成的行业组织。", "",
            "第二条　本会的宗旨是服务会员、规范行业、促进发展，维护会员的合法权益和行业的共同利益。", "",
            "人工智能 AI", "",
            "第三条　本会推动人工智能技术在行业中的应用，组织会员开展交流与合作，制定有关团体标准。", "",
            "网站首页", "联系我们", "Copyright © 2030 某某协会 版权所有"]
    texts = kept("\n".join(page))
    assert "总则 GENERAL PROVISIONS" in texts and "人工智能 AI" in texts, texts
    assert "政策法规 POLICIES" not in texts and "Copyright © 2030 某某协会 版权所有" not in texts


NUMBERED_NOTICE = ["关于举办某某学院第三届写作比赛的通知", "",
                   "为丰富校园文化生活，提高学生写作能力，经研究，决定举办第三届写作比赛，现将有关事项通知如下：", "",
                   "一、比赛信息", "比赛时间：2031年5月10日", "参赛对象：全体在校学生", "承办单位：某某学院教务处、文学院",
                   "协办单位：某某学院写作协会", "", "二、报名时间", "2031年4月1日至4月20日", "",
                   "三、报名方式", "报名方式：", "1、向班长提交报名表", "2、到学院办公室现场报名", "",
                   "四、奖项设置", "设一等奖、二等奖和三等奖。获奖学生由学院颁发证书。", "",
                   "扫码关注某某学院公众号", "微信公众号ID：example"]


def test_a_numbering_the_main_text_started_goes_on_below_a_line_that_seemed_to_end_it():
    """The main text numbers its sections ``一、``; a line of a site's operator shape under its
    first section (``承办单位：…``) seemed to end the article, but ``二、`` / ``三、`` / ``四、``
    go on under it: they and what stands between them (labels, numbered items) are the text's;
    the account block under the last section is not."""
    ctx = Context()
    got = [line.text for line in page_body([Line(n, t) for n, t in enumerate(NUMBERED_NOTICE, 1)], ctx)]
    for line in ("二、报名时间", "2031年4月1日至4月20日", "报名方式：", "1、向班长提交报名表", "四、奖项设置",
                 "设一等奖、二等奖和三等奖。获奖学生由学院颁发证书。"):
        assert line in got, got
    assert "微信公众号ID：example" not in got


def test_an_operator_field_among_a_notices_label_lines_is_no_site_footer():
    """``承办单位：…`` / ``主办：…`` in a run of a notice's ``label：value`` lines under its heading
    is a field of the notice and kept; the same line alone under the text is the site's."""
    texts = kept("\n".join(NUMBERED_NOTICE))
    for line in ("承办单位：某某学院教务处、文学院", "协办单位：某某学院写作协会", "二、报名时间", "2、到学院办公室现场报名"):
        assert line in texts, texts
    footer = kept("某某学院召开教学工作会议\n\n会议总结了一年来的教学工作，部署了下一阶段的任务。\n\n主办单位：某某学院\n")
    assert "主办单位：某某学院" not in footer, footer


HOME_PAGE = ["某某纪念馆", "展馆介绍", "英模风采", "馆藏文物", "参观预约", "", "展馆介绍", "",
             "馆长在开馆仪式上的致辞", "", "各位来宾：", "",
             "今天，我们在这里隆重集会，庆祝纪念馆正式开馆，向所有关心支持展馆建设的朋友表示感谢。", "",
             "纪念馆的建成，凝聚了社会各界的心血，也寄托了人们对先辈的深切怀念，我们一定把它办好。", "",
             "英模风采", "", "某某某", "", "某某某在一次抢险中冲在最前面，为保护群众的生命财产献出了年轻的生命。", "",
             "馆藏文物", "", "书信", "照片", "", "参观预约", "", "请选择您想要上传的文件：", "",
             "本站为课程作业，服务邮箱：someone@example.com，如需联系作者，请联系QQ：10000", "更多功能敬请期待..."]


def test_a_home_page_section_named_in_its_menu_ends_the_text_above_it():
    """A home page of several blocks copied whole: its menu (``展馆介绍`` / ``英模风采`` / …)
    names its sections, and the short line under the text that repeats a menu item
    (``英模风采``) heads the next block — the text ends above it, and the blocks' labels, the
    form's prompt and the keeper's contact line under it are dropped (a passage of prose there
    is still kept and reported)."""
    texts = kept("\n".join(HOME_PAGE))
    assert "纪念馆的建成，凝聚了社会各界的心血，也寄托了人们对先辈的深切怀念，我们一定把它办好。" in texts, texts
    for line in ("英模风采", "馆藏文物", "书信", "参观预约", "请选择您想要上传的文件：",
                 "本站为课程作业，服务邮箱：someone@example.com，如需联系作者，请联系QQ：10000"):
        assert line not in texts, texts



APP_ARTICLE = ["某某公司举行新春团拜会", "",
               "2月1日，某某公司在总部礼堂举行新春团拜会，全体干部职工欢聚一堂，共迎新春。", "",
               "总经理在致辞中回顾了过去一年的工作，感谢全体员工的辛勤付出，并向大家致以新春的祝福。", "",
               "阅读 1024", "点赞 88", "观点", "张某", "123", "说得太好了！", "6小时 · 回复", "李某", "你说得对！",
               "王某", "456", "新的一年我们一定要继续努力，把工作做得更好，为公司的发展贡献自己的力量。", "4小时 · 回复"]


def test_readers_comments_under_an_article_each_over_its_time_and_reply_button_are_dropped():
    """A comment thread under an article as an app's page prints it: a reader's name, a like
    count, the comment, then how long ago and its reply button (``6小时 · 回复``).  That line
    belongs to a comment area: the text ends above the thread, whose sentences go with it."""
    texts = kept("\n".join(APP_ARTICLE))
    assert "总经理在致辞中回顾了过去一年的工作，感谢全体员工的辛勤付出，并向大家致以新春的祝福。" in texts, texts
    for line in ("说得太好了！", "你说得对！", "新的一年我们一定要继续努力，把工作做得更好，为公司的发展贡献自己的力量。"):
        assert line not in texts, texts


def test_the_items_a_sentence_introduces_under_the_body_are_kept_and_links_under_a_label_go():
    menu = ["首页", "新闻中心", "学校概况", "联系我们"]
    footer = "版权所有 © 某某中学 备案号：京ICP备12345678号"
    intro = "为丰富校园文化生活，学校定于4月10日举办春季运动会，本次运动会设以下比赛项目，请各班积极组织报名："
    items = ["男子一百米", "女子一百米", "男子跳远", "女子跳高"]
    page = [*menu, "关于举办春季运动会的通知", "各班级：", intro, *items, footer]
    assert [line.text for line in clean(page).lines] == ["关于举办春季运动会的通知", "各班级：", intro, *items]
    links = [*menu, "关于举办春季运动会的通知", "学校定于4月10日举办春季运动会，请各班积极组织报名。", "友情链接：",
             "某某教育网", "某某市政府", "某某大学", "某某中学", footer]
    assert "某某教育网" not in [line.text for line in clean(links).lines]


@pytest.mark.parametrize("date", ["202341", "20230401"])
def test_a_date_that_lost_its_separators_under_the_signature_stays(date):
    page = ("分享到：\n关于做好防汛工作的通知\n各村：\n\n为确保今年安全度汛，现将有关事项通知如下，望认真贯彻执行。\n\n"
            "各村必须把防汛工作作为一项重要工作来抓，落实防汛责任制，做好各项准备工作。\n\n"
            f"附：1、防汛物资储备计划表\n\n某某镇人民政府\n\n{date}\n\n扫一扫在手机打开当前页\n相关阅读\n")
    out = kept(page)
    assert out[-2:] == ["某某镇人民政府", date]


def test_a_bare_number_under_a_paragraph_is_still_a_count():
    page = ("关于做好防汛工作的通知\n各村：\n为确保今年安全度汛，现将有关事项通知如下，望认真贯彻执行。\n"
            "各村必须把防汛工作作为一项重要工作来抓，落实防汛责任制，做好各项准备工作。\n"
            "202341\n扫一扫在手机打开当前页\n相关阅读\n")
    assert "202341" not in kept(page)


def test_a_date_with_a_tables_bar_after_it_under_the_signature_stays():
    page = ("学校举行升旗仪式\n10月17日上午，我校在操场上举行了本周的升旗仪式，全校师生参加。\n"
            "随后，老师还告诫同学们，要用自己的智慧推动社会进步，做一个热爱祖国的人。\n"
            "某某镇小学某某校区\n2011/10/17 |\n")
    assert kept(page)[-1] == "2011/10/17 |"


def test_a_posts_headline_over_the_short_lines_that_open_it_heads_the_text():
    page = ("某某网\n首页\n\n注意！县城这些地方禁止种植农作物！请尽快清理\n\n小伙伴们注意啦！\n\n"
            "县城这些地方禁止种植农作物\n\n如果你有这种行为\n\n可要赶紧清理啦~\n\n"
            "根据县里工作的部署和要求，决定对县城区范围内的河岸、山边林地、路边闲置地种植农作物的行为进行清理。\n\n"
            "请各种植户在通告发布之日起自行对种植的农作物进行清理，逾期不清理的，由有关部门强行清除。\n\n"
            "特此通告，望知照执行。\n\n相关话题\n\n上一篇：某某镇召开工作会议\n"
            "版权所有 © 某某网 粤ICP备12345678号\n")
    out = kept(page)
    assert out[:2] == ["注意！县城这些地方禁止种植农作物！请尽快清理", "小伙伴们注意啦！"]


# A repost from a phone, a phrase a line, between the bars of the post's table: the lines over
# the densest part break off at clauses (``，`` ``、`` ``的``) — a passage, no menu.
BROKEN_REPOST = """|
|
各位居民朋友
再过两周的时间
今年的秋收就要结束了
根据区农业农村局发布的
关于秋季秸秆禁烧的通告
禁烧安排如下
10月1日至11月30日
全区禁烧,共61天
另外,打算在假期
回乡的朋友要注意啦!
在田间、地头、路边、
林区周边一律禁止焚烧
违者将依法处理并追究责任
具体要求
1.禁烧范围:全区所有农田、林地、道路两侧及村庄周边,一律不得露天焚烧秸秆和垃圾。
2. 禁烧时间:10月1日至11月30日,每日全天,节假日不停,各村安排专人巡查。
3. 处理办法:发现焚烧的,由镇综合执法队依法处罚,并通报所在村委会,计入年度考核。
来源:区农业农村局
|
|"""


def test_a_passage_set_a_phrase_a_line_over_the_body_is_kept() -> None:
    cleaned = clean(BROKEN_REPOST.splitlines())
    text = "".join(line.text for line in cleaned.lines)
    for phrase in ("各位居民朋友", "根据区农业农村局发布的", "林区周边一律禁止焚烧", "另外，打算在假期"):
        assert phrase in text
    assert not any(line.text == "|" for line in cleaned.lines)


def test_a_menu_over_the_body_is_still_dropped() -> None:
    menu = "\n".join(["首页", "新闻中心", "通知公告", "政务公开", "办事服务", "互动交流", "专题专栏"])
    page = BROKEN_REPOST.replace("\n".join(BROKEN_REPOST.splitlines()[2:15]), menu)
    cleaned = clean(page.splitlines())
    assert not any(line.text in menu.splitlines() for line in cleaned.lines)


def test_a_passage_set_a_phrase_a_line_gives_no_title_and_loses_no_line() -> None:
    speech = docgen.parse(BROKEN_REPOST.encode("utf-8"), input_format="text")
    assert speech.meta.title is None
    text = "".join(getattr(block, "text", "") for block in speech.blocks)
    for phrase in ("各位居民朋友", "再过两周的时间", "关于秋季秸秆禁烧的通告", "林区周边一律禁止焚烧"):
        assert phrase in text


def test_a_headline_with_a_comma_over_short_lines_stays_the_title() -> None:
    page = "5月1日至10日，某某路段封闭！\n下周一，\n某某路施工将进入第二阶段，\n也是对市民出行影响最大的一段。\n请提前规划路线。\n"
    assert docgen.parse(page.encode("utf-8"), input_format="text").meta.title == "5月1日至10日，某某路段封闭！"


def test_a_numeric_date_under_the_signature_of_a_double_spaced_notice_is_kept() -> None:
    page = ("关于评选优秀学生的通知\n\n各学院：\n\n请于本月底前将评选结果报送学生处，逾期不再受理。\n\n"
            "附件1:优秀学生名单.xlsx\n\n                学生处\n\n                2030-5-21\n")
    cleaned = clean(page.splitlines())
    assert "2030-5-21" in [line.text.strip() for line in cleaned.lines]


def test_a_lone_timestamp_under_a_label_is_still_dropped() -> None:
    page = ("关于评选优秀学生的通知\n\n各学院：\n\n请于本月底前将评选结果报送学生处，逾期不再受理。\n\n"
            "相关链接\n\n2030-5-21\n")
    cleaned = clean(page.splitlines())
    assert "2030-5-21" not in [line.text.strip() for line in cleaned.lines]


def test_the_author_line_of_a_work_appended_to_the_text_is_kept() -> None:
    page = "座谈会上，几位老教师作为代表发言，畅谈了学校的发展变化。\n附《春日抒怀》\n作者:某某某\n春风又绿江南岸，\n桃李芬芳满校园。\n"
    cleaned = clean(page.splitlines())
    assert any("作者" in line.text and "某某某" in line.text for line in cleaned.lines)


def test_an_author_line_under_a_headline_is_still_the_pages_byline() -> None:
    page = "春日抒怀\n作者:某某某\n座谈会上，几位老教师作为代表发言，畅谈了学校的发展变化。\n"
    cleaned = clean(page.splitlines())
    assert not any("作者" in line.text for line in cleaned.lines)


def _lines(page: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(page.splitlines(), 1)]


_CALL_PAGE = """首页
政务公开
通知公告
政策解读
互动交流
当前位置:首页 > 通知公告
某某县人民政府关于公开征集民生实事项目的公告
为进一步提高民生实事项目的科学性和群众满意度,现面向社会公开征集明年的民生实事项目,有关事项公告如下。
一、征集内容
以解决群众关心的就业、教育、养老、医疗等民生问题为重点,提出具体可行的项目建议。
二、征集途径
(一)信函邮寄至:某某县人民政府办公室,邮编:000000(收)。
(二)拨打电话:0000-0000000,反馈意见。
(三)邮箱:someone@example.com
投寄地址:某某县人民政府办公室,邮编:000000;传真:0000-0000001;电子邮箱:someone@example.com。
咨询电话:0000-0000002(工作时间)。
来稿请注明作者姓名、工作单位、联系方式。感谢您的大力支持!
某某县人民政府
2030年9月30日
上一篇:关于某某的通知
地址:某某县某某路1号 电话:0000-0000003 邮编:000000
版权所有 某某县人民政府 备案号:某ICP备00000000号
"""


def test_a_notices_own_contact_sentences_under_its_body_are_kept() -> None:
    kept = [line.text for line in page_body(_lines(_CALL_PAGE), Context())]
    for own in ("(一)信函邮寄至:某某县人民政府办公室,邮编:000000(收)。", "(三)邮箱:someone@example.com",
                "咨询电话:0000-0000002(工作时间)。", "来稿请注明作者姓名、工作单位、联系方式。感谢您的大力支持!",
                "2030年9月30日"):
        assert own in kept
    assert "地址:某某县某某路1号 电话:0000-0000003 邮编:000000" not in kept  # the site's footer
    assert not any("ICP" in text for text in kept)


def test_a_sites_contact_lines_with_nothing_of_the_text_under_them_are_still_dropped() -> None:
    page = _CALL_PAGE.split("(一)")[0] + "地址:某某县某某路1号,邮编:000000。\n版权所有 某某县人民政府\n"
    kept = [line.text for line in page_body(_lines(page), Context())]
    assert "地址:某某县某某路1号,邮编:000000。" not in kept


def test_a_trailer_shaped_sentence_over_the_texts_signature_and_date_is_kept() -> None:
    page = ("某某图书馆临时闭馆公告\n因设备检修,本馆自即日起临时闭馆,恢复开放时间另行通知。\n"
            "更多信息请大家关注某某图书馆微信公众平台。\n感谢您对本馆工作的理解和支持!\n某某图书馆\n2030年10月1日\n")
    kept = [line.text.strip() for line in clean(page.splitlines()).lines]
    assert "更多信息请大家关注某某图书馆微信公众平台。" in kept


def test_a_trailer_at_the_end_of_a_text_is_still_dropped() -> None:
    page = "某某图书馆临时闭馆公告\n因设备检修,本馆自即日起临时闭馆,恢复开放时间另行通知。\n更多信息请关注某某网微信公众号。\n"
    kept = [line.text.strip() for line in clean(page.splitlines()).lines]
    assert not any("微信公众号" in text for text in kept)


def test_a_table_set_a_cell_a_line_under_the_body_is_kept_and_a_column_of_numbers_is_not():
    """A page's text gives a table a cell a line: the row numbers alone on their lines, each
    row's cells under its number, the text going on under the table.  The cells are the
    document's, though the numbers look like a page's counts; numbers with no cell between them
    are no table."""
    menu = ["首页", "新闻公告", "停电公告", "联系我们", "当前位置：首页 >> 新闻公告 >> 正文"]
    footer = "版权所有 © 某某电力公司 备案号：浙ICP备12345678号"
    intro = "因线路检修，经公司研究决定对下列区域暂停供电，停电时间为上午8点到下午5点，具体安排如下："
    cells = ["日期", "区域", "1", "5月2日、5月9日", "东山村、西山村", "2", "5月3日、", "南湖村、北湖村、", "中心村",
             "3", "5月4日", "前进村"]
    after = "请广大用户提前做好准备，给您带来的不便，敬请谅解！"
    page = "\n\n".join([*menu, "关于某某镇的停电通知", intro, *cells, after, footer])
    out = kept(page)
    assert out == ["关于某某镇的停电通知", intro, *cells, after], out
    counts = "\n\n".join([*menu, "关于某某镇的停电通知", intro, "1", "2", "3", after, footer])
    assert "2" not in kept(counts)


def test_a_chapter_heading_printed_a_character_apart_over_the_body_is_no_menu_line():
    """A page of a charter gives one chapter: its heading printed a character apart
    (``第 三 章 理 事``) under the site's menu, over the first article — the text's, kept."""
    menu = ["首頁", "關於我們", "公會章程", "會員名錄", "聯絡我們", "入會申請"]
    body = ["第 三 章 理 事", "第十條",
            "本會置理事十五人，由會員大會選舉之，任期三年，連選得連任，理事會每三個月開會一次。",
            "第十一條", "理事會之職權如下：審定會員資格，選舉常務理事，議決會員大會之召開事項。"]
    out = kept("\n".join([*menu, *body, "廣告專區", "版權所有 © 某某公會"]))
    assert "第 三 章 理 事" in out, out
    assert "會員名錄" not in out, out


def test_a_double_spaced_letters_date_spaced_out_under_its_signature_stays():
    body = ["各位村民：", "", "我村第十届村民委员会任期即将届满，根据有关法律规定，将进行换届选举，请大家积极参加。", "",
            "选举工作从10月19日开始，到12月底结束，希望全体村民依法行使自己的民主权利，选出好的带头人。", "",
            "某某村村民选举委员会", "", "2030年 10 月 29 日", "", "", "村民意见箱", "某某政务服务网"]
    page = ["当前位置: 首页> 公示公告", "某某村致村民的公开信", "", *body]
    kept = [line.text for line in clean(page).lines]
    assert "2030年 10 月 29 日" in kept or "2030年10月29日" in kept
    assert "某某村村民选举委员会" in kept


#: A guide whose headings start above the page's body and go on numbering in it.
VACCINATION_PAGE = ["另一篇文章的标题在这里", "2030-01-31", "某某卫生院疫苗接种指南", "一、接种对象",
                    "1、3岁及以上人群。", "2、符合条件接种第二针的人群。", "（图片来源：某某卫生院）",
                    "二、接种时间（5月30~31日）", "上午 常规儿童疫苗接种", "下午 2:30——5:00", "三、接种地点",
                    "某某卫生院预防接种门诊（公共卫生楼一楼）", "四、注意事项",
                    "1、未成年人由监护人陪同接种，签订知情同意书，请监护人带好证件。",
                    "2、配合疫情防控，请出示健康码、行程卡，如实填写健康申报卡，配合测温。",
                    "3、全程佩戴口罩，保持社交距离，遵守现场秩序，听从工作人员安排。",
                    "4、接种后观察30分钟，无不适方可离开，如有不适请及时告知医生。"]


def test_headings_above_the_body_whose_numbering_goes_on_in_it_stay():
    page = VACCINATION_PAGE
    kept = [line.text for line in clean(page).lines]
    assert "一、接种对象" in kept
    assert "二、接种时间（5月30~31日）" in kept


def test_the_title_over_headings_whose_numbering_goes_on_in_the_body_stays():
    """The title right over ``一、`` of such headings is the text's own: kept, and the title."""
    page = VACCINATION_PAGE
    kept = [line.text for line in clean(page).lines]
    assert "某某卫生院疫苗接种指南" in kept
    assert "另一篇文章的标题在这里" not in kept
    parsed = docgen.parse("\n".join(page).encode("utf-8"), input_format="text")
    assert parsed.meta.title == "某某卫生院疫苗接种指南"


BROKEN_TITLE = ["某某县人民政府关于公开征集", "2031年民生实事项目的", "公告"]


def test_a_title_broken_before_its_kind_keeps_the_kind_a_column_menu_could_name():
    # ``公告`` alone is also a column of a site's menu; under a title line broken after its 的 it
    # is the title's last line
    page = [*BROKEN_TITLE, *PARAGRAPHS, "网站地图", "版权所有 某某县人民政府 备案号：某ICP备00000000号"]
    texts = kept("\n".join(page))
    assert texts[:3] == BROKEN_TITLE and "网站地图" not in texts
    assert docgen.parse("\n".join(page).encode("utf-8"), input_format="text").meta.title == "".join(BROKEN_TITLE)


def test_the_column_menu_item_of_that_name_over_a_headline_still_goes():
    page = ["首页", "新闻中心", "公告", HEADLINE, *PARAGRAPHS, "网站地图", "版权所有 某某县人民政府"]
    texts = kept("\n".join(page))
    assert texts[0] == HEADLINE and "公告" not in texts


def test_a_lead_pictures_file_name_between_the_headline_and_the_text_keeps_the_headline():
    # the picture's file name, with its alternative text run on, over the headline, and again
    # alone under it (the lead picture) above its caption and the text
    page = ["某某縣農會慶祝農民節.jpg某某縣農會慶祝農民節", "", "2031-01-09", "", "某某縣農會慶祝農民節 表揚績優人員", "",
            "某某縣農會慶祝農民節.jpg", "", "圖說：副縣長表揚優秀農友。（記者某某攝）", "",
            "【記者某某報導】某某縣農會9日辦理慶祝農民節表彰大會，副縣長到場感謝推動農業有功人員，也感謝農會配合各項政策。",
            "表彰大會於縣農會前廣場舉辦，副縣長、立委、議員等人到場恭賀，副縣長並頒獎表揚資深績優服務人員。",
            "副縣長表示，透過表揚大會要嘉勉並感謝所有農民的堅持，讓優質的農產品一直被看見。"]
    texts = kept("\n".join(page))
    assert texts[0] == "某某縣農會慶祝農民節 表揚績優人員" and not any(".jpg" in t for t in texts)
    speech = docgen.parse("\n".join(page).encode("utf-8"), input_format="text")
    assert speech.meta.title == "某某縣農會慶祝農民節 表揚績優人員"


@pytest.mark.parametrize("date", ["2030521", "20300521"])
def test_a_date_that_lost_its_separators_under_the_signature_after_a_closing_formula_stays(date):
    page = ("今天是：\n关于组织职工参加合唱比赛的通知\n各支部：\n\n"
            "为丰富职工文化生活，学校定于6月举办合唱比赛，现将有关事项通知如下，请各支部认真组织。\n\n"
            "各支部要动员职工积极参加，按时参加排练，做好赛前准备工作。\n\n特此通知\n\n某某学院机关委员会\n\n"
            f"{date}\n\nCOPYRIGHT © 某某学院\n")
    out = kept(page)
    assert out[-2:] == ["某某学院机关委员会", date]


def test_digits_that_read_as_no_date_under_the_signature_after_a_closing_formula_go_with_the_footer():
    page = ("今天是：\n关于组织职工参加合唱比赛的通知\n各支部：\n\n"
            "为丰富职工文化生活，学校定于6月举办合唱比赛，现将有关事项通知如下，请各支部认真组织。\n\n"
            "各支部要动员职工积极参加，按时参加排练，做好赛前准备工作。\n\n特此通知\n\n某某学院机关委员会\n\n"
            "2030135\n\nCOPYRIGHT © 某某学院\n")
    out = kept(page)
    assert out[-1] == "某某学院机关委员会"


def test_a_sharing_row_set_as_a_bulleted_list_under_the_date_keeps_the_title_in_the_header():
    # the targets behind a list's bullets (• 微信好友) are the sharing row's all the same
    page = [HEADLINE, "", "2024-05-13", "2876", "分享到", "  • 微信好友", "  • QQ空间", "  • 新浪微博", "  • 人人网", "",
            PARAGRAPHS[0], "", "请携带以下材料：", "  • 身份证原件", "  • 户口簿", "", *PARAGRAPHS[1:], "",
            "20240513093512345.jpg", "", "20240513093598765.jpg"]
    texts = kept("\n".join(page))
    assert texts[0] == HEADLINE and "• 微信好友" not in texts
    assert "• 身份证原件" in texts and "• 户口簿" in texts  # a bulleted list of the text stays
    assert docgen.parse("\n".join(page).encode("utf-8"), input_format="text").meta.title == HEADLINE
