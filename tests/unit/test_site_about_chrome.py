"""A site's note about itself over a reprinted document (``某某网是……成员单位，……本站于……正式上线
运行``) and the row of the article's column, tags and comment link under the headline (``热点 某某
协会 评论``) are the page's, not the document's: on a whole page they go, and the headline above
the document is its title.  Every text is made up for the test."""

from __future__ import annotations

from docgen.api import parse_text
from docgen.cleaner import clean

PAGE = ["某某健康网是某某协会传播工作委员会成员单位，已入驻某某APP，本站于2016年5月8日正式上线运行。如需合作请加微信abc。",
        "", "某某协会致全体会员的倡议书", "", "热点 某某协会 评论", "",
        "某某协会", "致全体会员的倡议书", "",
        "为做好今冬明春的防病工作，某某协会向全体会员发出倡议：",
        "一、坚守岗位，认真履行职责，做好自身防护。",
        "二、加强宣传，普及科学知识，引导群众理性看待疫情。", "",
        "某某协会", "2031年1月27日", "", "文章来源：某某协会", "编辑：张某", "", "发表我的评论", "网友最新评论", "",
        "版权所有：某某健康网", "某ICP备12345678号-2"]


def test_the_sites_note_about_itself_and_the_tag_row_go():
    kept = [line.text for line in clean(PAGE).lines if line.text]
    assert PAGE[0] not in kept
    assert "热点 某某协会 评论" not in kept
    assert "二、加强宣传，普及科学知识，引导群众理性看待疫情。" in kept


def test_the_headline_under_the_sites_note_is_the_title():
    assert parse_text("\n".join(PAGE)).meta.title == "某某协会致全体会员的倡议书"


def test_news_of_a_site_going_online_is_text():
    lines = ["某某政务服务网正式上线", "", "某某政务服务网是全省统一的办事平台，于2031年3月1日正式上线运行，群众可在网上办理各类事项。",
             "据介绍，该平台汇集了全省各级部门的服务事项。"]
    kept = [line.text for line in clean(lines).lines if line.text]
    assert lines[2] in kept
