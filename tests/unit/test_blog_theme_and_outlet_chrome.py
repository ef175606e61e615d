"""Chrome that blogs, site themes and reposting sites print around a text: a post's row of its
date, its author's user name and its category, a theme's sample caption, an outlet's name in
Latin letters, the note naming the original news (its spaces gone once the line is settled),
the site's invitation to reprint with the source named, and a count of comments.  The texts
are written for the tests."""

from __future__ import annotations

import pytest
from helpers.cleaning import kept

from docgen.shapes.chrome import family_of

SCOPES = ("line", "page")

BODY = ("某某學年度第一學期校長會議於8月15日在某某高中舉行,全市校長齊聚一堂,共商教育發展大計。\n\n"
        "會議最後,主持人提出三項心願與全體校長共勉,期盼大家攜手前行。\n")


@pytest.mark.parametrize(
    "line",
    [
        "2030 年 01 月 02 日 someone 活動報導",
        "2030-01-02 admin 未分類",
        "This is an example of a HTML caption with a link.",
        "This is a sample page.",
        "The Epoch Times",
        "China Daily",
        "原始新聞來源某某會理事長交接|某某接任某某時報。",
        "某某資訊港原創資訊歡迎轉載,轉載敬請標明出處 爆料熱線:0000-0000000",
        "0條評論",
    ],
)
def test_the_rows_are_chrome(line: str) -> None:
    assert family_of(line, SCOPES) is not None, line


@pytest.mark.parametrize(
    "line",
    [
        "2030年1月2日 iphone 新品在某地发布。",
        "2030年1月2日 某某公司",
        "This is an example of how two cities can work together.",
        "News",
        "The times are changing.",
        "原始新闻来源于某某报的报道。",
        "原始新闻来源必须注明。",
        "网上文章转载须注明出处，这是基本的规范。",
        "3条评论意见已转交有关部门。",
    ],
)
def test_text_alike_is_kept(line: str) -> None:
    assert family_of(line, SCOPES) is None, line


def test_a_blog_posts_date_row_goes_under_its_title() -> None:
    texts = kept("某某學年度校長聯席會議\n\n2030 年 01 月 02 日 someone 教育理念活動報導\n\n" + BODY)
    assert texts[0] == "某某學年度校長聯席會議"
    assert len(texts) == 3 and texts[1].startswith("某某學年度第一學期")


def test_an_outlet_name_under_a_headline_goes() -> None:
    texts = kept("某某學年度校長聯席會議\nThe Epoch Times\n" + BODY)
    assert "The Epoch Times" not in texts
    assert len(texts) == 3


def test_the_original_news_note_goes_from_under_the_text_its_spaces_settled() -> None:
    texts = kept(BODY + "原始新聞來源 某某會新舊任理事長交接|某某接任 某某時報.\n")
    assert len(texts) == 2 and not any("原始" in t for t in texts)


def test_the_authors_note_in_a_blog_themes_author_box_goes_with_it() -> None:
    page = ("Search\n\n某某學年度校長聯席會議\n\n" + BODY +
            "\nTags:\n\nAbout author\nnot provided\n"
            "[[某某縣某某鄉某某村9鄰280-3號]] 礦泉水、茶葉、咖啡、香菸以及文具用品。\nView all posts\n")
    texts = kept(page)
    assert texts[-1].startswith("會議最後")
    assert not any("礦泉水" in t for t in texts)
