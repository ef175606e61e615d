"""A headline reposted on a forum: the bullet and the series tag before it (``• 【某某小组】……``),
and the poster's line under it with the post's buttons and counts.  The headline is the title;
the poster's line is the site's.  The page is written for the test."""

from __future__ import annotations

import docgen
from docgen.model import Speech
from docgen.shapes.chrome import family_of

PAGE = """• 今日汇率:1元= 1.000元
  • 【某某小组】某某市举行某某博物馆开馆仪式
    某某网 发表于:2030-01-02 赞一个(0) 收藏     分享到朋友圈     0 100
    某某小组按】
    某某博物馆今天开馆,市民排队参观,现场秩序井然。
    博物馆共设三个展厅,展出文物五百余件,免费向公众开放。
"""


def _parsed() -> Speech:
    return docgen.parse(PAGE.encode("utf-8"), input_format="text")


def test_the_headline_after_a_bullet_and_a_series_tag_is_the_title() -> None:
    assert _parsed().meta.title == "某某市举行某某博物馆开馆仪式"


def test_the_posters_line_with_its_buttons_is_chrome() -> None:
    family = family_of("某某网 发表于:2030-01-02 赞一个(0) 收藏     分享到朋友圈     0 100", ("line",))
    assert family is not None and family.name == "post-stats"

