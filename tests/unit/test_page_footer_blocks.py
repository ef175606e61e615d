"""The footer blocks of a whole page copied as text: the labels of its groups of links to other
sites, the rows of those links (``+某某部 +某某厅 …``), its contact lines (``电话：…``), a
telephone number or a postal address alone, the buttons of its app, and the site's menu again
over its contact lines — all below the main text, all dropped with it; a text's own numbers,
under the line that introduces them, are kept.  The pages are written for the tests."""

from __future__ import annotations

from docgen.cleaner import clean

BODY = """首页
项目介绍
平台资讯
关于我们
某某县加快发展现代农业

近年来，某某县注重凸显农业在经济发展中的作用，坚持以工业化思维谋划农业发展，全县农业总产值稳步增长。
日前，记者在某某镇农业示范园区内看到，来自某某农林科学院的专家正在为园区的技术员讲解种植知识。
该县大力推进农业示范园区建设，将园区建设作为加快农业规模化、产业化的重要抓手，成效明显。
"""


def _kept(page: str) -> list[str]:
    return [line.text for line in clean(page.splitlines()).lines if line.text.strip()]


def test_groups_of_links_and_contact_lines_under_the_text_are_dropped():
    page = BODY + """
政府机构网站
科研院所网站
某某大学某某学院
+某某部 +某某厅 +某某市科技局 +某某市农业局
+某某大学 +某某科学院 +某某研究院

地址：某某市某某大街1号

电话：0000-00000000

传真：0000-00000000

Copyright © 2016 某某大学某某学院 All Right Reserved
"""
    kept = _kept(page)
    assert kept[-1].startswith("该县大力推进农业示范园区建设")
    assert kept[0] == "某某县加快发展现代农业"


def test_a_number_and_an_address_alone_over_the_footer_are_the_sites():
    page = BODY + """
张明 校长 (中)

+886-4-00000000

台湾00000台中市某某区某某路一段100号 某某楼5楼

GOOGLE PLAY 点击下载

APP STORE 点击下载

Copyright © 2020 某某校友会 All Rights Reserved
"""
    kept = _kept(page)
    assert not any("+886" in t or "某某楼" in t or "下载" in t for t in kept), kept
    assert any(t.startswith("该县大力推进") for t in kept)


def test_the_sites_menu_over_its_contact_lines_is_dropped():
    page = BODY + """
企业文化
党团活动
光彩事业
文体活动
各类培训
企业报

公司地址：某某省某某市某某工业园
邮　　编：000000
总　　机：0000-00000000
传　　真：0000-00000000

Copyright © 1986 - Example Group Co., Ltd. All Rights Reserved
"""
    kept = _kept(page)
    assert kept[-1].startswith("该县大力推进农业示范园区建设"), kept


def test_numbers_the_text_introduces_are_kept():
    page = BODY + """请有需要的同胞拨打领事保护与服务应急热线（24小时）：
+86-10-00000000
+86-10-11111111

网站地图
Copyright © 2024 某某网 版权所有
"""
    kept = _kept(page)
    assert "+86-10-00000000" in kept and "+86-10-11111111" in kept, kept


def test_a_columns_label_with_its_english_is_chrome_beside_the_text():
    page = BODY + "\nenterprise culture 企业文化\n党团活动\n文体活动\n\n网站地图\nCopyright © 2024 某某网 版权所有\n"
    assert _kept(page)[-1].startswith("该县大力推进农业示范园区建设"), _kept(page)


def test_single_buttons_and_a_stored_files_label_are_chrome():
    page = BODY + """
相关附件： W020180101000000000000.doc
【编辑：张明】
BACK
评论列表
打印本页 返回顶部
Copyright © 2024 某某网 版权所有
"""
    kept = _kept(page)
    assert kept[-1].startswith("该县大力推进农业示范园区建设"), kept
    assert [line.text for line in clean(["×"]).lines if line.text] == []


def test_an_authors_name_and_a_date_in_figures_under_the_headline_are_its_byline():
    text = "某某校友会举办羽毛球赛\n张明 2016-12-03\n\n10月22日，某某校友会在某某羽毛球馆举办首届羽毛球赛，共有八支队伍参加。\n"
    kept = _kept(text)
    assert "张明 2016-12-03" not in kept and kept[-1].startswith("10月22日"), kept


def test_a_blogs_side_columns_under_the_text_are_dropped():
    page = BODY + """
更多博客
更多时事新闻
某某博客提供

三月28

某某部门3月28日召开工作会议，研究部署下一阶段的重点工作，强调要坚持稳中求进的工作总基调...

5月31

某某机构5月31日发布数据：5月份某某指数为51.2%，较上月回落0.6个百分点，仍处于扩张区间...

个人知识技能
前端：html，css，js，jquery，ajax等
后端：PHP与框架，数据库优化，缓存
Cras vitae metus aliquam risus pellentesque pharetra.
Copyright © 2017-2018 by ZhangSan All rights reserved.
"""
    kept = _kept(page)
    assert kept[-1].startswith("该县大力推进农业示范园区建设"), kept
    assert "by ZhangSan" not in _kept("by ZhangSan\n" + BODY)
    assert "更多博客" not in _kept("近年来，某某县注重凸显农业在经济发展中的作用，全县农业总产值稳步增长。\n更多博客\n")


def test_a_reposts_lead_box_and_a_templates_empty_title_field_are_chrome():
    text = ("某某公司秘书工作的讲话\n【导  读】某某队伍是公司负有特殊使命的团体，在公司的运作中起着不可或缺的作用。\n"
            "新闻标题\n同志们：\n秘书工作在公司的运作中起着不可或缺的作用，今天我讲三点意见。\n")
    kept = _kept(text)
    assert not any(t.startswith("【导") or t == "新闻标题" for t in kept), kept
    assert kept[-1].startswith("秘书工作在公司的运作中")


def test_an_attachments_label_with_no_file_under_the_text_goes_with_the_page():
    page = BODY + "\n附件:\n友情链接\n某某部\n某某厅\nCopyright © 2024 某某网 版权所有\n"
    kept = _kept(page)
    assert kept[-1].startswith("该县大力推进农业示范园区建设"), kept
    listed = BODY + "\n附件:\n1.报名表\n2.日程安排\nCopyright © 2024 某某网 版权所有\n"
    assert "附件:" in _kept(listed) or "附件：" in _kept(listed)


def test_a_link_named_before_its_address_under_the_text_goes_with_the_page():
    page = BODY + "\n某某诚信企业；http://www.example.com/zt/list.jsp\n\n网站地图 版权说明 人才招聘 友情链接 帮助中心\n"
    kept = _kept(page)
    assert kept[-1].startswith("该县大力推进农业示范园区建设"), kept


def test_a_notices_last_paragraph_formula_and_signature_under_the_text_are_kept():
    # the notice's last paragraph names an account to follow (a chrome family's words), and a
    # page tool stands under its signature: the formula still closes the text, not the page
    page = """某某局关于节日期间道路临时管制的通告
为确保节日期间道路安全、有序、畅通，根据有关规定，现将临时管制措施通告如下：
一、10月1日至10月7日，禁止货运车辆驶入城区主干道。
二、10月1日至10月7日，禁止所有道路路面施工。
请广大市民通过关注某某交警官方微博、微信公众号等方式获取路况信息，提前规划出行路线。
特此通告
某某市公安局交通警察支队 2024年9月20日
|
打印本页 关闭窗口
"""
    kept = _kept(page)
    assert kept[-3].startswith("请广大市民通过关注"), kept
    assert kept[-2:] == ["特此通告", "某某市公安局交通警察支队 2024年9月20日"], kept


def test_several_contact_fields_on_a_line_over_the_footer_are_the_sites():
    page = BODY + """
总部地址:某某省某某市某某镇某某路    客服邮箱：service@example.com

电话热线：4000-000-000    传真：000-00000000

某某公司 Copyright © 2020 All rights reserved.
"""
    kept = _kept(page)
    assert kept[-1].startswith("该县大力推进农业示范园区建设"), kept


def test_a_templates_contact_fields_left_empty_over_the_footer_are_the_sites():
    page = BODY + """
某某县农业局

2024年5月13日

电话：000-000000

地址：

版权所有 某某县农业局 Copyright © 2024
"""
    kept = _kept(page)
    assert kept[-1] == "2024年5月13日", kept
    assert "某某县农业局" in kept


RELATED = ["“学习某某精神”③抓住关键 做好实事", "图说丨春风吹绿了某某村", "每日快评丨守住底线 方能行稳",
           "某某观察 | 让基层减负真正落地见效", "涵养担当作为的精气神"]


def test_a_block_of_other_articles_headlines_over_the_footer_goes_with_it():
    # the list's head (往期回顾) was hidden: only its headlines are left, one under the other
    page = BODY + "\n" + "\n".join(RELATED) + "\n©某某委员会 版权所有 京ICP备00000000号 关于我们\n"
    kept = _kept(page)
    assert kept[-1].startswith("该县大力推进农业示范园区建设")
    assert not set(RELATED) & set(kept)


def test_headlines_over_the_footer_under_a_line_that_introduces_them_stay():
    # under a line that ends no sentence (it introduces them) the lines are the text's own
    items = ["抓住关键环节始终做到不放松不停步", "守住安全底线坚决做到不动摇不退让", "压实各方责任真正做到不推诿不扯皮",
             "做好群众工作切实做到不懈怠不敷衍"]
    page = BODY.replace("成效明显。", "重点做好以下工作：") + "\n".join(items) + "\n©某某县人民政府 版权所有\n"
    assert "".join(_kept(page)).endswith("".join(items))


NOTICE_PAGE = """保卫处

校园服务

当前位置: 首页 >> 保卫处 >> 校园服务

关于校园消防演练的通知

发布时间:2031-09-30 发布者: 浏览次数:

关于校园消防演练的通知

全体师生:

为提高师生应急处置能力,学校定于10月10日下午开展校园消防演练,请各单位按时组织参加。

演练时间:10月10日14:30

演练地点:学校操场

注意事项:

1、听到警报后,按疏散路线有序撤离,不推挤。

2、演练期间请勿使用电梯。

特此通知。

保卫部

2031年9月30日

保卫处

关注官方公众号

某某学院地址:某某市某某路1号 保卫值班电话:0000-0000000
某某学院 某ICP备00000000号
"""


def test_the_columns_label_printed_again_under_the_closing_date_is_chrome_and_the_signature_stays():
    kept = [line.text for line in clean(NOTICE_PAGE.splitlines()).lines if line.text]
    assert kept[-2:] == ["保卫部", "2031年9月30日"]
    assert "保卫处" not in kept


def test_a_short_line_under_a_date_that_was_not_removed_above_stays():
    lines = ["关于校园消防演练的通知", "全体师生：", "学校定于10月10日下午开展校园消防演练，请按时参加。",
             "2031年9月30日", "保卫处"]
    assert [line.text for line in clean(lines).lines if line.text][-1] == "保卫处"
