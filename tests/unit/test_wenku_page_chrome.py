"""The leftovers of 文库 (document-sharing) and 范文 sites in a document's browser text: the
stylesheet a document converter left as text before the document, with half-width
punctuation as the source has it.  The pages are written for the test."""

from __future__ import annotations

import docgen

CONVERTED_PAGE = """某某县长在全县防汛工作会议上的讲话
x> [标签:正文] @page { size: 8.5in 11in; margin-top: 0.8in } p { color: #333333; line-height: 120% } td.cn { font-family: "黑体"; font-size: 12pt } 某某县长在全县防汛工作会议上的讲话 同志们: 今天召开全县防汛工作会议,主要任务是分析形势,部署今年的防汛工作,确保安全度汛。
"""


def _printed(text: str) -> tuple[str | None, list[str]]:
    speech = docgen.parse_text(text)
    return speech.meta.title, [b.text for b in speech.blocks]


def test_a_converters_stylesheet_before_the_text_goes_and_the_speech_stays():
    title, printed = _printed(CONVERTED_PAGE)
    assert title == "某某县长在全县防汛工作会议上的讲话"
    assert any("今天召开全县防汛工作会议" in text for text in printed), printed
    for piece in ("@page", "font-family", "标签", "line-height"):
        assert not any(piece in text for text in printed), (piece, printed)


def test_a_sentence_quoting_one_style_rule_stays():
    text = "通知\n请在样式中写入 p { color: red } 即可,各单位按此执行。\n"
    _, printed = _printed(text)
    assert any("color: red" in t or "color:red" in t for t in printed), printed


ONE_LINE_PAGE = ("第1页共3页本文格式为Word版,下载后可任意编辑和复制某某公司董事长在新厂投产仪式上的讲话"
                 "各位来宾、各位同事:大家下午好。某某范文网http://www.example.com今天是公司发展史上值得纪念的日子,"
                 "新厂历经两年建设终于投产,我们全体员工为此付出了第2页共3页本文格式为Word版,下载后可任意编辑和复制"
                 "艰辛的努力。最后,祝愿新厂投产顺利!\n")


def test_a_document_sites_page_markers_and_an_inserted_site_link_go_from_inside_a_line():
    _, printed = _printed(ONE_LINE_PAGE)
    whole = "".join(printed)
    for piece in ("第1页共3页", "第2页共3页", "本文格式为", "编辑和复制", "example.com", "范文网"):
        assert piece not in whole, (piece, printed)
    assert "大家下午好。今天是公司发展史上值得纪念的日子" in whole, printed
    assert "付出了艰辛的努力。" in whole, printed


def test_an_address_a_sentence_gives_and_a_bare_page_counter_in_prose_stay():
    text = ("关于网上申报的通知\n各单位:\n请登录某某政务网http://www.example.gov.cn申报,"
            "材料见附件第1页共2页的表格。\n")
    _, printed = _printed(text)
    whole = "".join(printed)
    assert "某某政务网http://www.example.gov.cn申报" in whole, printed
    assert "第1页共2页" in whole, printed


def test_tag_links_closed_by_a_bar_after_the_last_sentence_go():
    text = ("某某小学校长新年寄语 新年的钟声即将敲响,我们又走过了难忘的一年。 愿同学们在新的一年里快乐成长!"
            " 校长寄语 小学校长新年寄语 新年致辞 |\n")
    _, printed = _printed(text)
    whole = "".join(printed)
    assert "快乐成长！" in whole, printed
    assert "新年致辞" not in whole and "|" not in whole, printed


def test_a_signature_after_the_last_sentence_without_a_bar_stays():
    text = "某某通知\n请各部门按时报送材料。 办公室 张某某\n"
    _, printed = _printed(text)
    assert any("张某某" in t for t in printed), printed


def test_a_posters_row_after_a_bar_goes():
    text = "某某中学开学典礼校长致辞\n\n| 阿明\n\n新学期开始了,我代表学校向全体同学表示热烈的欢迎。\n"
    _, printed = _printed(text)
    assert not any("阿明" in t for t in printed), printed
    assert any("热烈的欢迎" in t for t in printed), printed


def test_a_platforms_blurb_under_the_closing_date_goes_and_the_notice_keeps_its_end():
    text = ("某某公司全体员工:\n国庆节将至,现将放假安排通知如下。\n一、放假时间:10月1日至7日。\n"
            "祝大家节日快乐!\n某某公司行政部\n2020年9月25日\n关于国庆:\n"
            "国庆节是由一个国家制定的用来纪念国家本身的法定假日,各国的国庆节各有不同的由来。\n")
    _, printed = _printed(text)
    whole = "\n".join(printed)
    assert "关于国庆" not in whole and "法定假日" not in whole, printed
    assert "某某公司行政部" in whole and "2020年9月25日" in whole, printed


def test_a_label_under_the_date_over_a_longer_text_stays():
    text = ("某某公司全体员工:\n现将放假安排通知如下。\n某某公司行政部\n2020年9月25日\n关于值班:\n"
            "值班人员名单另行通知。\n请各部门提前做好安排。\n节后第一天全体员工准时到岗。\n")
    _, printed = _printed(text)
    assert any("关于值班" in t for t in printed), printed


def test_a_note_that_the_text_is_not_shown_in_full_goes():
    text = ("尊敬的老师们、同学们:\n大家好!\n今天我们在这里隆重举行运动会开幕式。\n谢谢大家!\n"
            "因篇幅问题不能全部显示,请点此查看更多更全内容\n")
    _, printed = _printed(text)
    assert not any("篇幅" in t for t in printed), printed
    assert any("谢谢大家" in t for t in printed), printed


COMPANY_PAGE = """登录 免费注册 手机客户端 帮助中心 English
首页
产品中心
解决方案
走进某某科技
当前位置：
首页
关于我们

董事长致辞


携手共进 共创未来

某某科技自创立以来，始终坚持以客户为中心，以创新为动力，在行业中走出了一条稳健发展的道路。

面向未来，我们将继续加大研发投入，完善服务体系，与合作伙伴一道为客户创造更大的价值。

某某科技有限公司董事长 王某某

二〇二〇年五月一日



走进某某科技
公司介绍
发展历程
荣誉资质
网站声明
服务条款
Copyright © 2020 某某科技有限公司 版权所有 京ICP备12345678号
"""


def test_a_company_pages_footer_menu_under_the_date_goes_when_the_menu_above_holds_its_first_item():
    _, printed = _printed(COMPANY_PAGE)
    whole = "\n".join(printed)
    for piece in ("走进某某科技", "公司介绍", "发展历程", "荣誉资质"):
        assert piece not in whole, (piece, printed)
    assert "二〇二〇年五月一日" in whole and "与合作伙伴一道" in whole, printed


def test_short_lines_ending_a_text_stay_when_no_menu_above_holds_them():
    text = COMPANY_PAGE.replace("走进某某科技\n公司介绍", "研发中心\n公司介绍").replace("走进某某科技\n当前位置", "关于某某\n当前位置")
    _, printed = _printed(text)
    assert any("公司介绍" in t for t in printed), printed

