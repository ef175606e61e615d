"""Chrome of Taiwanese and overseas news and blog pages, kept as a browser's text in traditional
characters and half-width punctuation: credits with a division slash or an outlet's dash, a
source note, a picture's file name, a template's placeholder, a blog feed's footer, English
labels, fan-page invitations, a blog's default tagline and a site's name in brackets.  The texts
are written for the tests."""

from __future__ import annotations

import pytest
from helpers.cleaning import kept

from docgen.cleaner import clean
from docgen.shapes.chrome import family_of

BODY = ("今年以來,某某縣持續推動各項民生工程,鄉親對公共服務的滿意度明顯提升。\n\n"
        "下一步,縣府將繼續完善公共服務體系,努力為鄉親辦好更多實事。\n")



@pytest.mark.parametrize("line", [
    "記者王某某∕台南報導",
    "某某新聞─王某某/高雄",
    "新聞資料來源:某某日報--2017-06-16",
    "資料來源:-某某縣新聞報",
    "#201001011200000.jpg#",
    "some_imgsome_imgsome_img",
    "The post 某某活動今日登場 first appeared on 某某網.",
    "2View 5Comments",
    "More Related News",
    "某某網News粉絲團",
    "成為某某網Line好友",
    "又一個 WordPress 網站",
    "【某某新聞網】",
])
def test_a_line_of_page_chrome_is_recognised(line):
    assert family_of(line, ("line", "page")) is not None


def test_chrome_around_a_blog_post_is_dropped_and_its_text_kept():
    page = ("【某某新聞網】\n"
            "某某縣民生工程見實效\n"
            "記者王某某∕台南報導\n"
            "2View 5Comments\n"
            + BODY +
            "新聞資料來源:某某日報--2017-06-16\n"
            "#201001011200000.jpg#\n"
            "More Related News\n"
            "成為某某網Line好友\n"
            "The post 某某縣民生工程見實效 first appeared on 某某新聞網.\n")
    texts = kept(page)
    assert len([t for t in texts if t.startswith(("今年以來", "下一步"))]) == 2
    rest = [t for t in texts if not t.startswith(("今年以來", "下一步", "某某縣民生"))]
    assert rest == []


def test_a_keyword_link_naming_a_fan_page_is_not_a_site_s_fan_page():
    assert family_of("專營FB粉絲團", ("line", "page")) is None


def test_a_row_of_tags_under_the_title_leaves_the_title_found():
    page = ("人氣 1234\n\n"
            "某某縣民生工程見實效\n\n"
            "#地方 #某某里 #民生工程 #服務\n\n"
            "記者王某某/某市報導\n\n"
            + BODY +
            "\n某某網News粉絲團\n\n成為某某網Line好友\n")
    result = clean(page.splitlines())
    texts = [line.text for line in result.lines if line.text]
    assert "某某縣民生工程見實效" in texts
    assert not [t for t in texts if t.startswith("#")]
