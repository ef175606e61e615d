"""A notice's own closing on a whole page: a field of its own (``举报电话：12345``) between its last
paragraph and its closing formula (``特此公告``), then the issuer and the date, are the notice's —
though a hotline line looks like a site's footer and ``……公告`` like an item of a column menu.  The
page is made up for the test."""

from __future__ import annotations

from helpers.cleaning import kept

from docgen.shapes.chrome import family_of

MENU = ["首页", "新闻中心", "通知公告", "政务公开", "办事服务", "互动交流"]
BODY = [
    "为营造安静的考试环境，根据有关规定，现就考试期间禁止燃放烟花爆竹有关事项公告如下：",
    "一、禁止燃放时间：2030年6月6日15时至6月10日10时；",
    "二、禁止燃放区域：某某县城区及某某镇辖区；",
    "三、欢迎广大群众举报违反本公告的行为，共同营造安静的考试环境。",
]
CLOSING = ["举报电话：12345", "特此公告", "某某县公安局", "2030年6月6日"]
FOOTER = ["主办：某某县人民政府办公室", "某公网安备00000000000000号"]


def test_a_notices_field_and_formula_under_its_text_stay_with_it():
    page = "\n".join([*MENU, "某某县公安局关于考试期间禁止燃放烟花爆竹的公告", *BODY, *CLOSING, *FOOTER])
    lines = kept(page)
    for line in [*BODY, *CLOSING]:
        assert line in lines
    assert not any(line in lines for line in FOOTER)


def test_without_a_formula_under_it_a_hotline_under_the_text_is_the_sites():
    page = "\n".join([*MENU, "某某县公安局关于考试期间禁止燃放烟花爆竹的公告", *BODY, "举报电话：12345", *FOOTER])
    lines = kept(page)
    assert BODY[-1] in lines and "举报电话：12345" not in lines


def test_a_closing_formula_is_no_item_of_a_column_menu():
    assert family_of("特此公告", ("line", "page")) is None
    assert family_of("最新公告", ("line", "page")) is not None
