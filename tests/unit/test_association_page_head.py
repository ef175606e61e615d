"""The head of an association's or a company's news page: the site's name and its column's
banner that repeats it (``某某协会`` … ``新闻资讯某某协会``), the label of the summary box
(``内容提要``), and a summary that says again, run together, the lines under it.  The texts are
written for the tests."""

from __future__ import annotations

from helpers.cleaning import kept

from docgen.cleaner.repeats import summarises_below

NOTICE = ("各会员单位:\n\n"
          "经理事会研究,现将本会2030年春节放假安排通知如下,请各单位提前做好值班安排。\n\n"
          "一、春节:2月10日至17日放假,共8天。\n\n"
          "二、节后2月18日(星期日)正常上班。\n\n"
          "某某市某某协会\n\n"
          "2030年1月5日\n")


def test_a_line_saying_again_the_lines_under_it_is_a_summary() -> None:
    texts = ["刚刚 某某办公室公布了 2030年放假安排", "", "刚刚", "某某办公室公布了", "2030年放假安排"]
    assert summarises_below(texts, 0)
    assert not summarises_below(texts, 2)


def test_a_line_saying_more_than_the_lines_under_it_is_none() -> None:
    texts = ["刚刚 某某办公室公布了 2030年放假安排和调休办法", "刚刚", "某某办公室公布了", "2030年放假安排"]
    assert not summarises_below(texts, 0)


def test_a_summary_between_a_pages_headline_and_its_text_goes() -> None:
    page = ("首页 | 协会简介 | 新闻资讯 | 联系我们\n\n2030年放假安排出炉!春节连休8天!\n\n"
            "时间:2030/01/05    分类:通知公告    阅读次数:120\n\n"
            "刚刚 某某办公室公布了 2030年放假安排\n\n刚刚\n某某办公室公布了\n2030年放假安排\n\n"
            + NOTICE + "\n技术支持: 某某网    立即注册发布信息\n粤ICP备00000000号\n")
    texts = kept(page)
    assert texts[0] == "2030年放假安排出炉！春节连休8天！"
    assert "刚刚 某某办公室公布了 2030年放假安排" not in texts
    assert texts[1:3] == ["某某办公室公布了", "2030年放假安排"]


def test_the_head_of_an_association_news_page_goes_and_its_headline_is_the_title() -> None:
    page = ("某某市某某协会\n\nNews\n\n新闻资讯某某市某某协会\n\n"
            "2030年放假安排出炉!春节连休8天!\n\n"
            "时间:2030/01/05    分类:通知公告    阅读次数:120\n内容提要\n\n"
            "刚刚 某某办公室公布了 2030年放假安排\n\n刚刚\n某某办公室公布了\n2030年放假安排\n\n"
            + NOTICE +
            "\n技术支持: 某某网    立即注册发布信息\n粤ICP备00000000号\n")
    texts = kept(page)
    assert texts[0] == "2030年放假安排出炉！春节连休8天！"
    for chrome in ("新闻资讯某某市某某协会", "内容提要", "刚刚 某某办公室公布了 2030年放假安排"):
        assert chrome not in texts
    assert texts.count("某某市某某协会") == 1  # the notice's signature stays
    assert texts[-1] == "2030年1月5日"


def test_a_name_over_a_line_that_is_no_columns_banner_stays() -> None:
    texts = kept("某某市某某协会\n某某市某某协会成立大会\n\n" + NOTICE)
    assert texts[:2] == ["某某市某某协会", "某某市某某协会成立大会"]
