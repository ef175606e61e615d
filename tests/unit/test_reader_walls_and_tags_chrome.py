"""Walls before the rest of a text, counters, credits and tags that writing sites and news apps
print around a piece."""

import pytest

from docgen.shapes.chrome import family_of

SCOPES = ("line", "page")


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("（如需阅读全部内容，您需要先登陆！）", "login-to-read"),
        ("===此处隐藏3000字,下载后查看===", "paywall-note"),
        ("在线试读", "preview-notes"),
        ("【温馨提示：vip会员免费下载全部资料】", "member-ads"),
        ("摄像：", "empty-field-label"),
        ("某某市某某区卫生健康局 3月15日供稿", "credit-by-role"),
        ("值班主编：某某", "credit-by-role"),
        ("「导读」 各位来宾：值此佳节到来之际，我谨代表某某", "teaser-lead"),
        ("12 次浏览", "visit-counter"),
        ("我是空白区块", "widget-placeholder"),
        ("5021 范文", "fanwen-site"),
        ("本周热门排行", "related"),
        ("致辞稿2030-01-02某某小编", "post-date-author-row"),
        ("注：更多精彩内容请关注某某节日专题，", "more-links"),
        ("本文由www.example.org/x/2.html整理,转载请注明出处!", "reprint-note"),
    ],
)
def test_walls_counters_credits_and_tags_are_chrome(line: str, family: str) -> None:
    found = family_of(line, SCOPES)
    assert found is not None and found.name == family, (line, found)


@pytest.mark.parametrize(
    "line",
    [
        "如需阅读原文的同志请先登录内网系统查询。",
        "此处省略五百字，后文另行说明。",
        "在线试读活动受到读者欢迎。",
        "会员免费下载全部资料的做法需要规范。",
        "摄像：要求画面稳定，不得晃动。",
        "请各单位于3月15日前供稿。",
        "值班主编要对当日稿件负总责。",
        "本期导读由张老师撰写。",
        "3次浏览均未发现问题。",
        "我是一个空白的人，需要不断学习。",
        "精选范文5篇",
        "本周排行前三的单位予以表扬。",
        "2030年1月2日某某老师在大会上发言。",
        "注：更多精彩内容请关注某某专题中的每一篇稿件。",
        "本文由张某某撰写，转载需经作者同意。",
    ],
)
def test_text_alike_is_kept(line: str) -> None:
    assert family_of(line, SCOPES) is None, line
